#include "output.h"

#include "csvfield.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace punchclock::cli {

bool parseArguments(CliContext &context, QCommandLineParser &parser, const QStringList &arguments, int *exitCode)
{
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    parser.addOption(help);
    if (!parser.parse(arguments)) {
        *exitCode = context.usageError(parser.errorText());
        return false;
    }
    if (parser.isSet(help)) {
        // Qt names the program as it was started (/usr/bin/punchclock); the usage names the command.
        const QString started = QLatin1String("Usage: ") + QCoreApplication::arguments().value(0);
        context.out() << parser.helpText().replace(started, QLatin1String("Usage: ") + arguments.first());
        *exitCode = Success;
        return false;
    }
    return true;
}

QCommandLineOption jsonOption()
{
    return QCommandLineOption(QStringLiteral("json"), QStringLiteral("Print JSON."));
}

QString commandName(const QStringList &arguments)
{
    QString name = arguments.value(0);
    return name.startsWith(QLatin1String("punchclock ")) ? name.mid(int(qstrlen("punchclock "))) : name;
}

bool parseOptionsOnly(CliContext &context, QCommandLineParser &parser, const QStringList &arguments, int *exitCode)
{
    if (!parseArguments(context, parser, arguments, exitCode))
        return false;
    if (parser.positionalArguments().isEmpty())
        return true;
    *exitCode = context.usageError(QStringLiteral("%1 takes options only, not '%2' (see --help)")
                                       .arg(commandName(arguments), parser.positionalArguments().first()));
    return false;
}

void printListing(QTextStream &out, bool json, const QJsonArray &items, const QStringList &headers,
                  const QList<QStringList> &rows)
{
    if (json)
        printJson(out, items);
    else
        printTable(out, headers, rows);
}

void printTable(QTextStream &out, const QStringList &headers, const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QString &header : headers)
        widths << header.size();
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], row.at(i).size());
    }
    auto printRow = [&](const QStringList &row) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i)
            line += i + 1 < row.size() ? row.at(i).leftJustified(widths.at(i) + 2) : row.at(i);
        out << line << '\n';
    };
    printRow(headers);
    for (const QStringList &row : rows)
        printRow(row);
    out.flush();
}

void printCsv(QTextStream &out, const QStringList &headers, const QList<QStringList> &rows)
{
    out << engine::reports::csv::line(headers);
    for (const QStringList &row : rows)
        out << engine::reports::csv::line(row);
    out.flush();
}

void printJson(QTextStream &out, const QJsonArray &items)
{
    out << QJsonDocument(items).toJson(QJsonDocument::Indented);
    out.flush();
}

QJsonValue utcJson(const QDateTime &moment)
{
    return moment.isValid() ? QJsonValue(moment.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QString localText(const QDateTime &moment)
{
    return moment.isValid() ? moment.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

} // namespace punchclock::cli
