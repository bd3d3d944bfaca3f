#pragma once

#include "actor.h"
#include "outcome.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <utility>

namespace punchclock::services {

// Site-wide settings (the settings table): Permission::ChangeSettings, or ChangeSiteRules for
// the attendance.* keys, which change results. The front ends check the form of a value (a port,
// a time zone); the service records who changed what from what to what.
class SettingsAdmin
{
public:
    explicit SettingsAdmin(QSqlDatabase db);

    Outcome set(const Actor &actor, const QString &key, const QString &value);
    // Several at once, all or none (the first-run set-up, the Settings page).
    Outcome set(const Actor &actor, const QList<std::pair<QString, QString>> &values);

private:
    QSqlDatabase m_db;
};

} // namespace punchclock::services
