#include "dashboardtile.h"

#include <QLabel>
#include <QVBoxLayout>

namespace punchclock::ui {

DashboardTile::DashboardTile(const QString &objectName, const QString &caption, QWidget *parent)
    : QFrame(parent)
    , m_value(new QLabel(QStringLiteral("–")))
{
    setObjectName(objectName);
    setProperty("tile", true);
    m_value->setObjectName(objectName + QStringLiteral("Value"));
    m_value->setProperty("role", QStringLiteral("tileValue"));
    auto *captionLabel = new QLabel(caption);
    captionLabel->setProperty("role", QStringLiteral("tileCaption"));
    captionLabel->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->addWidget(m_value);
    layout->addWidget(captionLabel);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void DashboardTile::setValue(const QString &value, const QString &toolTip)
{
    m_value->setText(value);
    setToolTip(toolTip);
}

QString DashboardTile::value() const
{
    return m_value->text();
}

} // namespace punchclock::ui
