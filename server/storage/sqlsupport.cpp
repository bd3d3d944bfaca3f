#include "sqlsupport.h"

#include <QDateTime>
#include <QSqlError>

Q_LOGGING_CATEGORY(lcStorage, "punchclock.storage", QtInfoMsg)

namespace punchclock::storage {

bool exec(QSqlQuery &query, const QString &sql, const QVariantList &values)
{
    if (!query.prepare(sql)) {
        qCWarning(lcStorage) << "prepare failed:" << query.lastError().text() << sql;
        return false;
    }
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        qCWarning(lcStorage) << "query failed:" << query.lastError().text() << sql;
        return false;
    }
    return true;
}

QString utcNowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace punchclock::storage
