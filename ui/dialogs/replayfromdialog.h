#pragma once

#include <QDate>
#include <QDialog>

class QDateEdit;

namespace punchclock::ui {

// "Replay from…": the day from which everything a destination receives is queued again,
// delivered or not (services::IntegrationAdmin::replay): what a new destination missed, or
// what the other side lost.
class ReplayFromDialog : public QDialog
{
    Q_OBJECT

public:
    // The day offered first is the first of `today`'s month.
    ReplayFromDialog(const QString &destinationName, QDate today, QWidget *parent = nullptr);

    QDate from() const;
    void setFrom(QDate from);

private:
    QDateEdit *m_from;
};

} // namespace punchclock::ui
