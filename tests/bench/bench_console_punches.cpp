// The console's Punches page over a big database: 1,000,000 punches over three years from
// 500 users on 8 terminals. In one process, on the offscreen platform, without a server:
// the page built and its first screenful fetched and painted for "today" and for "all time",
// a one-user one-month filter applied, "all time" fetched down to its last row, peak memory.
// Targets (issue 4): page < 1 s, filter < 200 ms, process memory < 300 MB.
//
//   bench_console_punches [--punches 1000000] [--dir DIR]

#include "consolecontext.h"
#include "punchespage.h"
#include "punchfilterbar.h"
#include "punchtablemodel.h"

#include "connection.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QTableView>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <memory>

using namespace punchclock;

namespace {

constexpr int users = 500;
constexpr int terminals = 8;
constexpr int days = 3 * 365;

QString devIdOf(int terminal)
{
    return QStringLiteral("C26100000000%1").arg(terminal, 4, 16, QLatin1Char('0')).toUpper();
}

bool run(sqlite3 *db, const char *sql)
{
    char *message = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &message) == SQLITE_OK)
        return true;
    std::fprintf(stderr, "%s: %s\n", sql, message);
    sqlite3_free(message);
    return false;
}

// Straight through the sqlite3 C API in one transaction: the point is the page, not the insert.
bool fill(const QString &path, int punches, QDate lastDay)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open(QFile::encodeName(path).constData(), &db) != SQLITE_OK)
        return false;
    const auto close = qScopeGuard([db] { sqlite3_close(db); });
    if (!run(db, "PRAGMA synchronous=OFF") || !run(db, "BEGIN"))
        return false;
    sqlite3_stmt *terminal = nullptr;
    sqlite3_prepare_v2(db,
                       "INSERT INTO terminals (dev_id, name, approval, first_seen, last_seen) "
                       "VALUES (?, ?, 'approved', '2023-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')",
                       -1, &terminal, nullptr);
    for (int t = 0; t < terminals; ++t) {
        const QByteArray devId = devIdOf(t).toLatin1();
        const QByteArray name = QStringLiteral("Door %1").arg(t + 1).toUtf8();
        sqlite3_bind_text(terminal, 1, devId.constData(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(terminal, 2, name.constData(), -1, SQLITE_TRANSIENT);
        sqlite3_step(terminal);
        sqlite3_reset(terminal);
    }
    sqlite3_finalize(terminal);
    sqlite3_stmt *user = nullptr;
    sqlite3_prepare_v2(db, "INSERT INTO users (user_id, name, created_at, updated_at) VALUES (?, ?, 'x', 'x')", -1,
                       &user, nullptr);
    for (int u = 1; u <= users; ++u) {
        const QByteArray id = QByteArray::number(u);
        const QByteArray name = QStringLiteral("Employee %1").arg(u).toUtf8();
        sqlite3_bind_text(user, 1, id.constData(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(user, 2, name.constData(), -1, SQLITE_TRANSIENT);
        sqlite3_step(user);
        sqlite3_reset(user);
    }
    sqlite3_finalize(user);

    sqlite3_stmt *punch = nullptr;
    if (sqlite3_prepare_v2(db,
                           "INSERT OR IGNORE INTO punches (dev_id, user_id, io_time, verify_mode, verify_methods, "
                           "io_mode_raw, io_mode, direction, source, flags, received_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'realtime', ?, '2026-01-01T00:00:00.000Z')",
                           -1, &punch, nullptr) != SQLITE_OK)
        return false;
    static const char *methods[] = {"FP", "FACE", "IDCARD", "FP+PASSWORD"};
    QRandomGenerator random(42);
    const QDate firstDay = lastDay.addDays(-(days - 1));
    const int perDay = punches / days;
    int remainder = punches - perDay * days;
    for (int day = 0; day < days; ++day) {
        const int today = perDay + (remainder-- > 0 ? 1 : 0);
        QList<int> seconds(today);
        for (int &second : seconds)
            second = 6 * 3600 + int(random.bounded(14 * 3600));
        std::sort(seconds.begin(), seconds.end());
        const QByteArray date = firstDay.addDays(day).toString(Qt::ISODate).toLatin1();
        for (int second : seconds) {
            const QByteArray ioTime = date + ' ' + QTime(0, 0).addSecs(second).toString(u"HH:mm:ss").toLatin1();
            const QByteArray userId = QByteArray::number(1 + random.bounded(users));
            const QByteArray devId = devIdOf(int(random.bounded(terminals))).toLatin1();
            const int method = int(random.bounded(4));
            const bool in = second < 13 * 3600;
            sqlite3_bind_text(punch, 1, devId.constData(), -1, SQLITE_TRANSIENT);
            sqlite3_bind_text(punch, 2, userId.constData(), -1, SQLITE_TRANSIENT);
            sqlite3_bind_text(punch, 3, ioTime.constData(), -1, SQLITE_TRANSIENT);
            sqlite3_bind_int(punch, 4, method + 1);
            sqlite3_bind_text(punch, 5, methods[method], -1, SQLITE_STATIC);
            sqlite3_bind_int(punch, 6, in ? 1 : 2);
            sqlite3_bind_int(punch, 7, in ? 1 : 2);
            sqlite3_bind_text(punch, 8, in ? "in" : "out", -1, SQLITE_STATIC);
            sqlite3_bind_int(punch, 9, random.bounded(100) == 0 ? 1 : 0);
            if (sqlite3_step(punch) != SQLITE_DONE)
                return false;
            sqlite3_reset(punch);
        }
    }
    sqlite3_finalize(punch);
    return run(db, "COMMIT") && run(db, "PRAGMA wal_checkpoint(TRUNCATE)");
}

qint64 peakRssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

double ms(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("punchclock-bench"));
    QCoreApplication::setApplicationName(QStringLiteral("bench_console_punches"));
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("punches"), QStringLiteral("Punches in the database."), QStringLiteral("n"),
                      QStringLiteral("1000000")});
    parser.addOption({QStringLiteral("dir"), QStringLiteral("Where the database goes."), QStringLiteral("dir"),
                      QDir::currentPath()});
    parser.process(app);
    const int punches = parser.value(QStringLiteral("punches")).toInt();

    QTemporaryDir dir(QDir(parser.value(QStringLiteral("dir"))).filePath(QStringLiteral("bench-punches-XXXXXX")));
    const QString path = dir.filePath(QStringLiteral("punchclock.sqlite"));
    QString error;
    if (!storage::Connection::open(storage::DatabaseConfig::sqlite(path), &error)) {
        std::fprintf(stderr, "cannot create the database: %s\n", qPrintable(error));
        return 1;
    }
    const QDate today = QDate::currentDate();
    QElapsedTimer timer;
    timer.start();
    if (!fill(path, punches, today)) {
        std::fprintf(stderr, "filling the database failed\n");
        return 1;
    }
    std::printf("database: %d punches over %d days, %d users, %d terminals, built in %.1f s\n", punches, days, users,
                terminals, ms(timer) / 1000);

    const std::unique_ptr<storage::Connection> connection =
        storage::Connection::open(storage::DatabaseConfig::sqlite(path), &error);
    if (!connection) {
        std::fprintf(stderr, "cannot open the database: %s\n", qPrintable(error));
        return 1;
    }
    ui::ConsoleContext context(*connection, nullptr);

    auto shown = [](QWidget &page) {
        page.resize(1280, 800);
        return !page.grab().isNull();
    };

    timer.restart();
    ui::PunchesPage todayPage(context);
    shown(todayPage);
    std::printf("page shown, today:            %8.1f ms  (%lld punches, %d rows fetched)\n", ms(timer),
                todayPage.model()->matchingCount(), todayPage.model()->rowCount());

    timer.restart();
    ui::PunchesPage page(context);
    page.filterBar()->setRange(ui::PunchFilterBar::Range::AllTime);
    shown(page);
    std::printf("page shown, all time:         %8.1f ms  (%lld punches, %d rows fetched)\n", ms(timer),
                page.model()->matchingCount(), page.model()->rowCount());

    timer.restart();
    const QDate month(today.year(), today.month(), 1);
    page.filterBar()->setCustomRange(month.addMonths(-1), month.addDays(-1));
    auto *user = page.findChild<QLineEdit *>(QStringLiteral("punchUserFilter"));
    user->setText(QStringLiteral("123"));
    Q_EMIT user->returnPressed();
    shown(page);
    std::printf("one user, one month applied:  %8.1f ms  (%lld punches; two filter changes, two queries)\n", ms(timer),
                page.model()->matchingCount());

    page.filterBar()->setRange(ui::PunchFilterBar::Range::AllTime);
    user->clear();
    // Filters no index serves on their own (verify method, direction) read every punch of
    // the range: all time is their worst case.
    auto *direction = page.findChild<QComboBox *>(QStringLiteral("punchDirectionFilter"));
    timer.restart();
    direction->setCurrentIndex(direction->findData(int(protocol::Direction::Out)));
    shown(page);
    std::printf("all time, direction Out:      %8.1f ms  (%lld punches)\n", ms(timer), page.model()->matchingCount());
    direction->setCurrentIndex(0);
    auto *flagged = page.findChild<QCheckBox *>(QStringLiteral("punchFlaggedOnly"));
    timer.restart();
    flagged->setChecked(true);
    shown(page);
    std::printf("all time, flagged only:       %8.1f ms  (%lld punches)\n", ms(timer), page.model()->matchingCount());
    flagged->setChecked(false);
    ui::PunchTableModel *model = page.model();
    auto *table = page.findChild<QTableView *>(QStringLiteral("punchTable"));
    timer.restart();
    double slowest = 0;
    int fetches = 0;
    QElapsedTimer one;
    while (model->canFetchMore({})) {
        one.restart();
        model->fetchMore({});
        slowest = std::max(slowest, ms(one));
        ++fetches;
    }
    const double fetchedAll = ms(timer);
    timer.restart();
    table->scrollToBottom();
    shown(page);
    std::printf("all time fetched to the end:  %8.1f ms  (%d rows, %d fetches of %d, slowest %.1f ms, "
                "scroll + paint at the bottom %.1f ms)\n",
                fetchedAll, model->rowCount(), fetches, ui::PunchTableModel::pageSize, slowest, ms(timer));
    std::printf("peak memory (VmHWM):          %8.1f MB\n", double(peakRssKiB()) / 1024);
    return 0;
}
