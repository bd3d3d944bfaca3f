#include "detailssplitter.h"

#include <QSettings>

namespace punchclock::ui {

DetailsSplitter::DetailsSplitter(const QString &name, const QString &settingsKey, QWidget *parent)
    : QSplitter(Qt::Horizontal, parent)
    , m_settingsKey(settingsKey)
{
    setObjectName(name);
    setChildrenCollapsible(false);
    connect(this, &QSplitter::splitterMoved, this, [this] { QSettings().setValue(m_settingsKey, saveState()); });
}

void DetailsSplitter::setPanes(QWidget *table, QWidget *details, int tableWidth, int detailsWidth)
{
    addWidget(table);
    addWidget(details);
    setStretchFactor(0, tableWidth);
    setStretchFactor(1, detailsWidth);
    const QByteArray state = QSettings().value(m_settingsKey).toByteArray();
    if (state.isEmpty() || !restoreState(state))
        setSizes({tableWidth, detailsWidth});
}

} // namespace punchclock::ui
