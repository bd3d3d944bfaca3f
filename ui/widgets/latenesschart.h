#pragma once

#include "reportbuilder.h"

#include <QWidget>

class QBarCategoryAxis;
class QLabel;
class QTimer;

namespace punchclock::ui {

class BarChartView;
class ConsoleContext;

// Dashboard: how many employees arrived late on each of the last 30 days (the site's today
// included), as the report builder counts lateness (shift start plus grace). Recalculated in the
// background when punches or the rules change.
class LatenessChart : public QWidget
{
    Q_OBJECT

public:
    static constexpr int Days = 30;

    explicit LatenessChart(ConsoleContext &context, QWidget *parent = nullptr);
    ~LatenessChart() override;

    // Late employees per date from `from`, one entry per day.
    static QList<int> latePerDay(const QList<engine::reports::EmployeeDays> &employees, QDate from, int days);
    QList<int> counts() const { return m_counts; }
    void refresh();

Q_SIGNALS:
    void refreshed();

private:
    void display(QDate from, const QList<int> &counts, bool anyShift);

    ConsoleContext &m_context;
    BarChartView *m_view = nullptr;
    QBarCategoryAxis *m_dates;
    QLabel *m_noShifts;
    QTimer *m_debounce;
    // The first day shown. Until the first refresh has read the site's date, this PC's date.
    QDate m_from = QDate::currentDate().addDays(1 - Days);
    QList<int> m_counts;
    bool m_running = false;
    bool m_again = false;
};

} // namespace punchclock::ui
