#pragma once

#include "commandline.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QList>

namespace punchclock::cli {

// Parses a subcommand's arguments and answers --help. Returns false when the command should
// end now, with *exitCode set.
bool parseArguments(CliContext &context, QCommandLineParser &parser, const QStringList &arguments, int *exitCode);

void printTable(QTextStream &out, const QStringList &headers, const QList<QStringList> &rows);
void printCsv(QTextStream &out, const QStringList &headers, const QList<QStringList> &rows);
void printJson(QTextStream &out, const QJsonArray &items);

} // namespace punchclock::cli
