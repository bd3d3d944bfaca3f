#pragma once

#include <QFrame>

class QLabel;

namespace punchclock::ui {

// One figure of the dashboard ("Punches today 42"), styled by the `tile` rules in console.qss.
class DashboardTile : public QFrame
{
    Q_OBJECT

public:
    DashboardTile(const QString &objectName, const QString &caption, QWidget *parent = nullptr);

    void setValue(const QString &value, const QString &toolTip = {});
    QString value() const;

private:
    QLabel *m_value;
};

} // namespace punchclock::ui
