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
    for (const QVariant &value : values) {
        // A null QString would bind as SQL NULL; columns that may be NULL are given an invalid
        // QVariant on purpose, so a string is always text, possibly empty.
        if (value.metaType().id() == QMetaType::QString && value.toString().isNull())
            query.addBindValue(QString(QLatin1String("")));
        else
            query.addBindValue(value);
    }
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
