#include "commandlineoptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <limits>

namespace punchclock::simulator {

namespace {

bool parseInteger(const QString &text, qint64 minimum, qint64 maximum, qint64 *value)
{
    bool ok = false;
    *value = text.toLongLong(&ok);
    return ok && *value >= minimum && *value <= maximum;
}

// "HOST:PORT", "[v6-address]:PORT".
bool parseServer(const QString &text, ServerAddress *server)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return false;
    QString host = text.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    qint64 port = 0;
    if (host.isEmpty() || !parseInteger(text.mid(colon + 1), 1, 65535, &port))
        return false;
    server->host = host;
    server->port = quint16(port);
    return true;
}

} // namespace

bool CommandLineOptions::parse(const QStringList &arguments, QString *error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Simulates FK-family time-attendance terminals on the wire: polls, commands, realtime punches."));
    parser.addHelpOption();
    parser.addVersionOption();
    const auto option = [&parser](const char *name, const char *description, const char *valueName) {
        QCommandLineOption created{QString::fromLatin1(name), QString::fromLatin1(description),
                                   QString::fromLatin1(valueName)};
        parser.addOption(created);
        return created;
    };
    const auto server = option("server", "Terminal server to talk to (default 127.0.0.1:8090).", "HOST:PORT");
    const auto terminals = option("terminals", "Number of terminals (default 1).", "N");
    const auto library = option("library", "Record library: HS101 or HS103 (default HS101).", "LIB");
    const auto seed = option("seed", "Seed for users, templates and stored logs (default 1).", "S");
    const auto users = option("users", "Users per terminal (default 20).", "N");
    const auto logs = option("logs", "Logs stored per terminal at start (default 100).", "N");
    const auto logsUntil =
        option("logs-until", "Stored logs fall on the 30 days before this date (default today).", "YYYY-MM-DD");
    const auto punchRate = option("punch-rate", "Realtime punches per minute per terminal (default 6).", "N");
    const auto pollInterval = option("poll-interval", "Milliseconds between idle polls (default 5000).", "MS");
    const auto restartDelay =
        option("restart-delay", "Milliseconds a RESET_FK keeps a terminal silent (default 2000).", "MS");
    const auto blockSize =
        option("block-size", "Results larger than this are uploaded in blocks (default 10240).", "BYTES");
    const auto nameLimit = option("name-limit", "Cut stored user names to N characters (0 = keep, 8 = WS535).", "N");
    const auto quirk =
        option("quirk", "silent-unknown-user, delete-says-error, no-remote-enroll or ignore-user-writes; may be "
                        "repeated.",
               "NAME");
    const auto fpVersion = option("fp-data-ver", "fk_info fp_data_ver (default: the library's, 128).", "N");
    const auto faceVersion = option("face-data-ver", "fk_info face_data_ver (default: the library's).", "N");
    const auto enrollScreen =
        option("enroll-screen", "At a remote enrollment: capture (default) or walk-away.", "WHAT");
    const auto enrollDelay =
        option("enroll-delay", "Milliseconds before a remote enrollment is captured (default 1500).", "MS");
    const auto prefix = option("dev-id-prefix", "dev_id prefix; the terminal index follows (default SIM).", "P");
    const auto path = option("path", "Request path the firmware posts to (default /).", "PATH");
    const auto duration = option("duration", "Stop after this many seconds (default 0 = until Ctrl+C).", "SECONDS");
    const QCommandLineOption quiet(QStringLiteral("quiet"), QStringLiteral("Print only the summary at exit."));
    parser.addOption(quiet);
    parser.process(arguments);

    TerminalConfig &terminal = m_config.terminal;
    terminal.punchesPerMinute = 6;
    qint64 number = 0;
    const auto integerOption = [&](const QCommandLineOption &which, qint64 minimum, qint64 maximum, auto apply) {
        if (!parser.isSet(which))
            return true;
        if (!parseInteger(parser.value(which), minimum, maximum, &number)) {
            *error = QStringLiteral("--%1: expected a whole number from %2 to %3")
                         .arg(which.names().first())
                         .arg(minimum)
                         .arg(maximum);
            return false;
        }
        apply(number);
        return true;
    };
    constexpr qint64 intMax = std::numeric_limits<int>::max();
    const bool numbersOk =
        integerOption(terminals, 1, 100000, [&](qint64 v) { m_config.terminals = int(v); }) &&
        integerOption(seed, 0, std::numeric_limits<qint64>::max(),
                      [&](qint64 v) { terminal.seed.seed = quint64(v); }) &&
        integerOption(users, 0, 100000, [&](qint64 v) { terminal.seed.users = int(v); }) &&
        integerOption(logs, 0, 1000000, [&](qint64 v) { terminal.seed.logs = int(v); }) &&
        integerOption(pollInterval, 0, intMax, [&](qint64 v) { terminal.pollIntervalMs = int(v); }) &&
        integerOption(restartDelay, 0, intMax, [&](qint64 v) { terminal.restartDelayMs = int(v); }) &&
        integerOption(enrollDelay, 0, intMax, [&](qint64 v) { terminal.enrollDelayMs = int(v); }) &&
        integerOption(blockSize, 1, intMax, [&](qint64 v) { terminal.blockSize = int(v); }) &&
        integerOption(nameLimit, 0, 1000, [&](qint64 v) { terminal.quirks.nameLimit = int(v); }) &&
        integerOption(fpVersion, 1, 65535, [&](qint64 v) { terminal.fpDataVersion = int(v); }) &&
        integerOption(faceVersion, 1, 65535, [&](qint64 v) { terminal.faceDataVersion = int(v); }) &&
        integerOption(duration, 0, intMax / 1000, [&](qint64 v) { m_durationSeconds = int(v); });
    if (!numbersOk)
        return false;

    if (parser.isSet(server) && !parseServer(parser.value(server), &terminal.server)) {
        *error = QStringLiteral("--server: expected HOST:PORT");
        return false;
    }
    if (parser.isSet(library)) {
        QString name = parser.value(library);
        if (!name.startsWith(QLatin1String("FKData"), Qt::CaseInsensitive))
            name.prepend(QLatin1String("FKData"));
        terminal.library = protocol::recordLibraryFromName(name);
        if (!TerminalModel::forLibrary(terminal.library)) {
            *error = QStringLiteral("--library: HS101 or HS103");
            return false;
        }
    }
    if (parser.isSet(logsUntil)) {
        terminal.seed.logsUntil = QDate::fromString(parser.value(logsUntil), Qt::ISODate);
        if (!terminal.seed.logsUntil.isValid()) {
            *error = QStringLiteral("--logs-until: expected YYYY-MM-DD");
            return false;
        }
    }
    if (parser.isSet(punchRate)) {
        bool ok = false;
        terminal.punchesPerMinute = parser.value(punchRate).toDouble(&ok);
        if (!ok || terminal.punchesPerMinute < 0 || terminal.punchesPerMinute > 60000) {
            *error = QStringLiteral("--punch-rate: expected a number from 0 to 60000");
            return false;
        }
    }
    for (const QString &name : parser.values(quirk)) {
        if (name == QLatin1String("silent-unknown-user")) {
            terminal.quirks.silentOnUnknownUser = true;
        } else if (name == QLatin1String("delete-says-error")) {
            terminal.quirks.deleteAnswersError = true;
        } else if (name == QLatin1String("no-remote-enroll")) {
            terminal.quirks.refusesRemoteEnroll = true;
        } else if (name == QLatin1String("ignore-user-writes")) {
            terminal.quirks.ignoresUserWrites = true;
        } else {
            *error = QStringLiteral("--quirk: unknown quirk \"%1\"").arg(name);
            return false;
        }
    }
    if (parser.isSet(enrollScreen) && !enrollScreenBehaviourFromName(parser.value(enrollScreen), &terminal.enrollScreen)) {
        *error = QStringLiteral("--enroll-screen: capture or walk-away");
        return false;
    }
    if (parser.isSet(prefix))
        m_config.deviceIdPrefix = parser.value(prefix);
    if (parser.isSet(path))
        terminal.path = parser.value(path).toLatin1();
    m_quiet = parser.isSet(quiet);
    if (!parser.positionalArguments().isEmpty()) {
        *error = QStringLiteral("unexpected argument \"%1\"").arg(parser.positionalArguments().first());
        return false;
    }
    *error = Simulator::validate(m_config);
    return error->isEmpty();
}

} // namespace punchclock::simulator
