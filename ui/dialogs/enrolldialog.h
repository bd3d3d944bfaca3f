#pragma once

#include "consolereader.h"
#include "enrollmentrequestrepository.h"
#include "terminalrepository.h"

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
    // The terminals that can enroll a choice, read on the console's reader.
    struct Candidates
    {
        std::optional<int> choice;
        QList<storage::TerminalRow> terminals;
    };
    // The request followed, as read on the console's reader, with its terminal's name.
    struct Followed
    {
        qint64 requestId = 0;
        std::optional<storage::EnrollmentRequest> request;
        QString terminal;
    };
    void fillTerminals();
    void showCandidates(const Candidates &candidates);
    void start();
    void cancel();
    void refresh();
    void follow(const Followed &followed);
    void showOutcome(const storage::EnrollmentRequest &request, const QString &terminal);
    // Its name, or its dev_id when it has none or is gone.
    static QString terminalName(const QSqlDatabase &db, const QString &devId);

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
    RepeatedRead<Candidates> m_candidates;
    RepeatedRead<Followed> m_followed;
};

} // namespace punchclock::ui
