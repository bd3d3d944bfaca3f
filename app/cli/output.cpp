#include "output.h"

#include "csvfield.h"

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
        context.out() << parser.helpText().replace(QLatin1String("Usage: punchclock"),
                                                   QLatin1String("Usage: ") + arguments.first());
        *exitCode = Success;
        return false;
    }
    return true;
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

} // namespace punchclock::cli
