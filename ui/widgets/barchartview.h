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

private:
    QBarSet *m_bars;
};

} // namespace punchclock::ui
