#pragma once

#include "enrollmentrequestrepository.h"

#include <QDialog>
#include <QTimer>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;

namespace punchclock::ui {

class ConsoleContext;
class HandPicker;
class ProblemLabel;

// Enroll… on a user: choose the finger (or the face) and a terminal that can enroll it, send
// the terminal to its enrollment screen (EnrollmentService), then follow it live: what the
// person has to do there, the time left, and the outcome (enrolled with the template size,
// timed out, refused with the terminal's reason). After success it offers to copy the new
// credential to other terminals (replicateRequested).
class EnrollDialog : public QDialog
{
    Q_OBJECT

public:
    EnrollDialog(ConsoleContext &context, const QString &userId, QWidget *parent = nullptr);

    HandPicker *picker() const { return m_picker; }
    std::optional<qint64> requestId() const { return m_requestId; }

Q_SIGNALS:
    void replicateRequested(const QString &userId, const QString &devId);

protected:
    void done(int result) override;

private:
    void fillTerminals();
    void start();
    void cancel();
    void refresh();
    void showOutcome(const storage::EnrollmentRequest &request);
    QString terminalName(const QString &devId) const;

    ConsoleContext &m_context;
    QString m_userId;
    QStackedWidget *m_pages;
    HandPicker *m_picker;
    QComboBox *m_terminal;
    QLabel *m_noTerminal;
    ProblemLabel *m_problem;
    QPushButton *m_start;
    QLabel *m_waiting;
    QLabel *m_countdown;
    QLabel *m_outcome;
    QPushButton *m_cancel;
    QPushButton *m_replicate;
    QPushButton *m_again;
    QPushButton *m_close;
    QTimer m_poll;
    std::optional<qint64> m_requestId;
    QString m_devId;
};

} // namespace punchclock::ui
