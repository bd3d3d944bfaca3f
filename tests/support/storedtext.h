#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QString>
#include <QStringList>

namespace punchclock::test {

// Every value of these tables as text, one a line: what a test searches for a secret that must
// never be stored in clear. A table that cannot be read (a name mistyped) ends the test run: a
// search of nothing would find no secret and pass.
inline QString everythingStoredIn(const QSqlDatabase &db, const QStringList &tables)
{
    QString stored;
    QSqlQuery query(db);
    for (const QString &table : tables) {
        if (!query.exec(QStringLiteral("SELECT * FROM ") + table))
            qFatal("cannot read the table %s to look for secrets in it", qPrintable(table));
        while (query.next()) {
            for (int column = 0; column < query.record().count(); ++column)
                stored += query.value(column).toString() + QLatin1Char('\n');
        }
    }
    return stored;
}

} // namespace punchclock::test
