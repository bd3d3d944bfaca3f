#pragma once

#include "closedperiodrepository.h"

#include <QDate>
#include <QWidget>

class QCheckBox;
class QDateEdit;

namespace punchclock::ui {

// "Applies from": the first day a changed rule counts for. The days before keep the rule as
// it was, so reports of them do not change. "From the start" rewrites every day ever counted,
// to fix a mistake; a closed period forbids it, and says so.
class EffectiveDatePicker : public QWidget
{
    Q_OBJECT

public:
    explicit EffectiveDatePicker(QWidget *parent = nullptr);

    // Invalid: from the start.
    QDate from() const;
    // Invalid: from the start (taken as the given day while that is not allowed).
    void setFrom(QDate from);
    // Allows "from the start" only when no period is closed.
    void setClosedPeriods(const QList<storage::ClosedPeriodRow> &closed);
    bool fromStartAllowed() const;

    // "From the start", or the day in the reports' words ("6 Dec 2026").
    static QString text(QDate from);

Q_SIGNALS:
    void fromChanged(QDate from);

private:
    QDateEdit *m_date;
    QCheckBox *m_fromStart;
};

} // namespace punchclock::ui
