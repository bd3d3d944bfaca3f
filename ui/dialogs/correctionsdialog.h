#pragma once

#include "punchcorrectionrepository.h"

#include <QDate>
#include <QDialog>

class QComboBox;
class QDateEdit;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace punchclock::ui {

class ConsoleContext;

// Corrections of punches: add a forgotten one, void a wrong one, move one to another time or
// direction. Every correction needs a reason; the log below shows who changed what, when, and
// the value before. Stored punches themselves are never altered.
class CorrectionsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CorrectionsDialog(ConsoleContext &context, QWidget *parent = nullptr);

    void showDay(const QString &userId, QDate date);

private:
    void loadDay();
    void addPunch();
    void voidPunch();
    void movePunch();
    qint64 selectedPunch();
    QString direction() const;
    bool finish(bool ok, storage::CorrectionError error);
    void showError(const QString &message);

    ConsoleContext &m_context;
    QComboBox *m_employee;
    QDateEdit *m_date;
    QTableWidget *m_punches;
    QDateTimeEdit *m_time;
    QComboBox *m_direction;
    QLineEdit *m_reason;
    QTableWidget *m_history;
    QLabel *m_error;
};

} // namespace punchclock::ui
