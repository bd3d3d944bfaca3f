#pragma once

#include <QChartView>
#include <QList>

class QBarCategoryAxis;
class QBarSet;

namespace punchclock::ui {

// The dashboard's bar charts: one series of whole counts over a category axis, no legend,
// the value axis starting at zero. The owner keeps the bar set and the category axis to fill.
class BarChartView : public QChartView
{
    Q_OBJECT

public:
    BarChartView(QBarSet *bars, QBarCategoryAxis *categories, const QString &title, QWidget *parent = nullptr);

    // Replaces the bars with `counts`; the value axis keeps room above the highest.
    void setCounts(const QList<int> &counts);

    // A value axis for whole counts up to `highest`: ticks 1, 2 or 5 × 10ⁿ apart from zero, so
    // that every label is a whole number that reads naturally (0, 2, 4, 6, 8, never 0, 1, 3, 5, 7).
    struct CountAxis
    {
        int max = 0;
        int step = 1;
        int tickCount() const { return max / step + 1; }
    };
    static CountAxis countAxis(int highest);

private:
    QBarSet *m_bars;
};

} // namespace punchclock::ui
