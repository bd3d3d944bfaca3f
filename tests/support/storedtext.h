#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QString>
#include <QStringList>

namespace punchclock::test {

// Every value of these tables as text, one a line: what a test searches for a secret that must
// never be stored in clear. "unreadable" when a table cannot be read, which no secret matches
// and every test that expects one fails on.
inline QString everythingStoredIn(const QSqlDatabase &db, const QStringList &tables)
{
    QString stored;
    QSqlQuery query(db);
    for (const QString &table : tables) {
        if (!query.exec(QStringLiteral("SELECT * FROM ") + table))
            return QStringLiteral("unreadable");
        while (query.next()) {
            for (int column = 0; column < query.record().count(); ++column)
                stored += query.value(column).toString() + QLatin1Char('\n');
        }
    }
    return stored;
}

} // namespace punchclock::test
