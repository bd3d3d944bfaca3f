#pragma once

#include <QSqlDatabase>
#include <QString>

namespace punchclock::storage {

// Site-wide settings shared by every process that opens the database (console, serve, CLI).
class SettingsRepository
{
public:
    explicit SettingsRepository(QSqlDatabase db);

    QString value(const QString &key, const QString &fallback = {}) const;
    bool setValue(const QString &key, const QString &value);

private:
    QSqlDatabase m_db;
};

} // namespace punchclock::storage
