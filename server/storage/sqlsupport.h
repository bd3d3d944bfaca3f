#pragma once

#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>


Q_DECLARE_LOGGING_CATEGORY(lcStorage)

namespace punchclock::storage {

// Prepares and runs a statement with positional bindings; logs the driver's message on failure.
// Pass QVariant() for SQL NULL: null QStrings are bound as empty text.
bool exec(QSqlQuery &query, const QString &sql, const QVariantList &values = {});

// This PC's clock for *_at / *_seen columns: UTC, ISO 8601 with milliseconds.
QString utcNowText();

} // namespace punchclock::storage
