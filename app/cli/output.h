#pragma once

#include "commandline.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QJsonArray>
#include <QList>

namespace punchclock::cli {

// Parses a subcommand's arguments and answers --help. Returns false when the command should
// end now, with *exitCode set.
bool parseArguments(CliContext &context, QCommandLineParser &parser, const QStringList &arguments, int *exitCode);

// --json, "Print JSON."
QCommandLineOption jsonOption();

// "shifts remove" of arguments[0] = "punchclock shifts remove", for messages.
QString commandName(const QStringList &arguments);

// parseArguments for a command or action that takes options only: an argument is a usage error.
bool parseOptionsOnly(CliContext &context, QCommandLineParser &parser, const QStringList &arguments, int *exitCode);

void printTable(QTextStream &out, const QStringList &headers, const QList<QStringList> &rows);
// A listing: the items as JSON when asked for, else the rows as a table.
void printListing(QTextStream &out, bool json, const QJsonArray &items, const QStringList &headers,
                  const QList<QStringList> &rows);
void printCsv(QTextStream &out, const QStringList &headers, const QList<QStringList> &rows);
void printJson(QTextStream &out, const QJsonArray &items);

// A moment of this PC's clock in JSON: ISO 8601 in UTC, null when there is none.
QJsonValue utcJson(const QDateTime &moment);
// The same for a table, in local time to the minute, as `devices` shows last contact.
QString localText(const QDateTime &moment);

} // namespace punchclock::cli
