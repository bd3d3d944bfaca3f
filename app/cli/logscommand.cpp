#include "commands.h"
#include "output.h"

#include "connection.h"
#include "punchrepository.h"
#include "walltime.h"

#include <QJsonObject>

namespace punchclock::cli {

namespace {

const QStringList csvHeaders{QStringLiteral("dev_id"),      QStringLiteral("user_id"),     QStringLiteral("io_time"),
                             QStringLiteral("direction"),   QStringLiteral("io_mode"),     QStringLiteral("verify"),
                             QStringLiteral("verify_mode"), QStringLiteral("work_code"),   QStringLiteral("source"),
                             QStringLiteral("flags"),       QStringLiteral("received_at"), QStringLiteral("resend_count")};

QStringList fields(const storage::PunchRow &punch)
{
    return {punch.devId,
            punch.userId,
            protocol::walltime::toStorage(punch.ioTime),
            punch.direction,
            QString::number(punch.ioMode),
            punch.verifyMethods,
            QString::number(punch.verifyMode),
            QString::number(punch.workCode),
            punch.source,
            QString::number(punch.flags),
            punch.receivedAt.toString(Qt::ISODateWithMs),
            QString::number(punch.resendCount)};
}

bool parseDate(CliContext &context, const QString &text, const char *option, QDate *date, int *exitCode)
{
    if (text.isEmpty())
        return true;
    *date = QDate::fromString(text, Qt::ISODate);
    if (!date->isValid()) {
        *exitCode = context.usageError(QStringLiteral("--%1 expects YYYY-MM-DD, got '%2'").arg(QLatin1String(option), text));
        return false;
    }
    return true;
}

} // namespace

int runLogs(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Print punches, oldest first. Times are the terminals' wall clock."));
    const QCommandLineOption device(QStringLiteral("device"), QStringLiteral("Only this terminal."), QStringLiteral("DEV_ID"));
    const QCommandLineOption user(QStringLiteral("user"), QStringLiteral("Only this user."), QStringLiteral("USER_ID"));
    const QCommandLineOption from(QStringLiteral("from"), QStringLiteral("First day, inclusive."), QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption to(QStringLiteral("to"), QStringLiteral("Last day, inclusive."), QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("csv (default) or json."), QStringLiteral("FORMAT"),
                                    QStringLiteral("csv"));
    parser.addOptions({device, user, from, to, format});
    int exitCode = Success;
    if (!parseArguments(context, parser, arguments, &exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(QStringLiteral("logs takes options only"));

    storage::PunchFilter filter;
    filter.devId = parser.value(device);
    filter.userId = parser.value(user);
    if (!parseDate(context, parser.value(from), "from", &filter.from, &exitCode)
        || !parseDate(context, parser.value(to), "to", &filter.to, &exitCode))
        return exitCode;
    if (filter.from.isValid() && filter.to.isValid() && filter.from > filter.to)
        return context.usageError(QStringLiteral("--from is after --to"));
    const QString outputFormat = parser.value(format);
    if (outputFormat != QLatin1String("csv") && outputFormat != QLatin1String("json"))
        return context.usageError(QStringLiteral("--format must be csv or json, not '%1'").arg(outputFormat));

    const auto connection = context.openDatabase();
    if (!connection)
        return Failure;
    const QList<storage::PunchRow> punches = storage::PunchRepository(connection->database()).query(filter);
    if (outputFormat == QLatin1String("json")) {
        QJsonArray items;
        for (const storage::PunchRow &punch : punches) {
            const QStringList values = fields(punch);
            QJsonObject object;
            for (qsizetype i = 0; i < csvHeaders.size(); ++i)
                object.insert(csvHeaders.at(i), values.at(i));
            object.insert(QStringLiteral("io_mode"), punch.ioMode);
            object.insert(QStringLiteral("verify_mode"), qint64(punch.verifyMode));
            object.insert(QStringLiteral("work_code"), punch.workCode);
            object.insert(QStringLiteral("flags"), punch.flags);
            object.insert(QStringLiteral("resend_count"), punch.resendCount);
            object.insert(QStringLiteral("has_photo"), punch.hasPhoto);
            items.append(object);
        }
        printJson(context.out(), items);
        return Success;
    }
    QList<QStringList> rows;
    rows.reserve(punches.size());
    for (const storage::PunchRow &punch : punches)
        rows << fields(punch);
    printCsv(context.out(), csvHeaders, rows);
    return Success;
}

} // namespace punchclock::cli
