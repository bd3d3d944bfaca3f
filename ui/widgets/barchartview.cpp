#include "barchartview.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QValueAxis>

#include <algorithm>

namespace punchclock::ui {

BarChartView::BarChartView(QBarSet *bars, QBarCategoryAxis *categories, const QString &title, QWidget *parent)
    : QChartView(parent)
    , m_bars(bars)
{
    auto *series = new QBarSeries;
    series->append(bars);
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->addSeries(series);
    chart->legend()->hide();
    // The owners label only some bars, and a label may be wider than its own bar.
    categories->setTruncateLabels(false);
    chart->addAxis(categories, Qt::AlignBottom);
    series->attachAxis(categories);
    auto *values = new QValueAxis;
    values->setLabelFormat(QStringLiteral("%d"));
    values->setMin(0);
    chart->addAxis(values, Qt::AlignLeft);
    series->attachAxis(values);
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(180);
    setAccessibleName(title);
}

void BarChartView::setCounts(const QList<int> &counts)
{
    m_bars->remove(0, m_bars->count());
    int highest = 0;
    for (const int count : counts) {
        m_bars->append(count);
        highest = std::max(highest, count);
    }
    const auto axes = chart()->axes(Qt::Vertical);
    auto *values = axes.isEmpty() ? nullptr : qobject_cast<QValueAxis *>(axes.first());
    if (!values)
        return;
    const CountAxis axis = countAxis(highest);
    values->setRange(0, axis.max);
    values->setTickCount(axis.tickCount());
}

BarChartView::CountAxis BarChartView::countAxis(int highest)
{
    constexpr int MostIntervals = 5;
    // Room above the highest bar, and at least four for a quiet day.
    const int top = std::max(4, highest + 1);
    for (int magnitude = 1;; magnitude *= 10) {
        for (const int factor : {1, 2, 5}) {
            const int step = factor * magnitude;
            const int intervals = (top + step - 1) / step;
            if (intervals <= MostIntervals)
                return {intervals * step, step};
        }
    }
}

} // namespace punchclock::ui
