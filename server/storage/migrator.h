#pragma once

#include <QSqlDatabase>
#include <QString>

namespace punchclock::storage {

// Applies the numbered scripts in :/sql (001_initial.sql, 002_…) that the database has not seen,
// each in its own transaction, and records the version reached in schema_version.
class Migrator
{
public:
    struct Result
    {
        bool ok = true;
        int fromVersion = 0;
        int toVersion = 0;
        QString message;
    };

    explicit Migrator(QSqlDatabase db);

    Result migrate();
    // Only the scripts up to this version: a database as an older Punchclock left it, to test
    // what the later scripts do to its data.
    Result migrate(int upToVersion);

    // The schema version this build writes.
    static int latestVersion();

private:
    bool applyScript(int version, const QString &path, QString *error);
    QString dialect(QString sql) const;

    QSqlDatabase m_db;
};

} // namespace punchclock::storage
