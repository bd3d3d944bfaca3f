#pragma once

#include "reportbuilder.h"

#include <QWidget>

class QTimer;

namespace punchclock::ui {

class BarChartView;
class ConsoleContext;

// Dashboard: how many employees arrived in each hour of today (the site's date, as on the
// tiles), from the report builder's first arrival of each employee's working day (so a
// duplicate or a second punch does not count twice). Recalculated in the background shortly
// after punches arrive.
class ArrivalsChart : public QWidget
{
    Q_OBJECT

public:
    explicit ArrivalsChart(ConsoleContext &context, QWidget *parent = nullptr);
    ~ArrivalsChart() override;

    // Arrivals per hour 0–23 of `day`.
    static QList<int> arrivalsPerHour(const QList<engine::reports::EmployeeDays> &employees, QDate day);
    QList<int> counts() const { return m_counts; }
    void refresh();

Q_SIGNALS:
    void refreshed();

private:
    void display(const QList<int> &counts);

    ConsoleContext &m_context;
    BarChartView *m_view = nullptr;
    QTimer *m_debounce;
    QList<int> m_counts;
    bool m_running = false;
    bool m_again = false;
};

} // namespace punchclock::ui
