// Renders every page of the console offscreen at 1366×768 with simulated data, for
// docs/screenshots (scripts/take-screenshots.sh runs it):
//
//   punchclock-screenshots DIR [--language zh_CN] [--pages terminals,users] [--suffix -zh_CN]
//
// The data is real: a temporary SQLite database, the real server on 127.0.0.1, three simulated
// terminals (app/simulator) that register, punch and answer the jobs queued here, employees and
// departments saved through the services.
#include "consoletestbed.h"
#include "mainwindow.h"
#include "page.h"
#include "reporttable.h"
#include "translationloader.h"

#include "commandservice.h"
#include "departmentadmin.h"
#include "serverhost.h"
#include "serversettings.h"
#include "useradmin.h"

#include "simulatedterminal.h"
#include "terminalconfig.h"

#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <memory>

using namespace punchclock;

namespace {

const QSize ScreenSize(1366, 768);

struct Shot
{
    ui::PageId page;
    const char *name;
};

constexpr Shot Shots[] = {
    {ui::PageId::Dashboard, "dashboard"}, {ui::PageId::Terminals, "terminals"}, {ui::PageId::Users, "users"},
    {ui::PageId::Punches, "punches"},     {ui::PageId::Jobs, "jobs"},           {ui::PageId::Reports, "reports"},
    {ui::PageId::Settings, "settings"},   {ui::PageId::Audit, "audit"},
};

// Lets the server, the terminals and the pages' workers run for `ms`.
void settle(int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(10);
    }
}

void fail(const QString &why)
{
    QTextStream(stderr) << "punchclock-screenshots: " << why << '\n';
    ::exit(1);
}

// Three terminals of a small business, each with its own staff, already punching today.
std::vector<std::unique_ptr<simulator::SimulatedTerminal>> startTerminals(quint16 port)
{
    const QList<QPair<QString, QString>> sites{{QStringLiteral("SIM0001"), QStringLiteral("Front door")},
                                               {QStringLiteral("SIM0002"), QStringLiteral("Warehouse gate")},
                                               {QStringLiteral("SIM0003"), QStringLiteral("Office 2nd floor")}};
    std::vector<std::unique_ptr<simulator::SimulatedTerminal>> terminals;
    for (int i = 0; i < sites.size(); ++i) {
        simulator::TerminalConfig config;
        config.deviceId = sites.at(i).first;
        config.fkName = sites.at(i).second;
        config.server = {QStringLiteral("127.0.0.1"), port};
        config.seed.terminalIndex = i;
        config.seed.users = 8;
        config.seed.logs = 40;
        config.pollIntervalMs = 300;
        terminals.push_back(std::make_unique<simulator::SimulatedTerminal>(config));
        terminals.back()->start();
    }
    return terminals;
}

// The terminals' staff as employees of the console, in departments, and the jobs an operator
// queues on a first day: status, users' names, the logs.
void fillConsole(test::ConsoleTestbed &bed, const std::vector<std::unique_ptr<simulator::SimulatedTerminal>> &terminals)
{
    const services::Actor actor = bed.context().actor();
    const QStringList departments{QStringLiteral("Reception"), QStringLiteral("Warehouse"), QStringLiteral("Office")};
    services::UserAdmin users(bed.database());
    services::CommandService commands(bed.database());
    for (std::size_t i = 0; i < terminals.size(); ++i) {
        const simulator::SimulatedTerminal &terminal = *terminals.at(i);
        for (const simulator::SimulatedUser &staff : terminal.state().users()) {
            protocol::UserEnrollment user = staff.toEnrollment();
            user.credentials.clear();
            if (!users.save(actor, user, departments.at(int(i))).ok())
                fail(QStringLiteral("cannot save user %1").arg(user.userId));
        }
        const QString devId = terminal.deviceId();
        commands.queue(devId, protocol::CommandCode::GetDeviceStatus, {}, {}, actor);
        commands.queue(devId, protocol::CommandCode::GetUserIdList, {}, {}, actor);
        commands.pullLogs(devId, QDate(), actor);
    }
}

void punchToday(const std::vector<std::unique_ptr<simulator::SimulatedTerminal>> &terminals)
{
    for (const auto &terminal : terminals) {
        const QList<simulator::SimulatedUser> staff = terminal->state().users();
        for (int i = 0; i < staff.size(); i += 2)
            terminal->punch(staff.at(i).userId);
    }
}

void previewMonth(ui::MainWindow &window)
{
    auto *kind = window.findChild<QComboBox *>(QStringLiteral("reportKind"));
    if (kind)
        kind->setCurrentIndex(std::max(0, kind->findData(int(engine::reports::ReportKind::Monthly))));
    if (auto *preview = window.findChild<QPushButton *>(QStringLiteral("previewReport")))
        preview->click();
}

} // namespace

int main(int argc, char *argv[])
{
    http::ServerHost::prepareProcess();
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("punchclock-screenshots"));
    QCoreApplication::setApplicationName(QStringLiteral("punchclock-screenshots"));
    QTemporaryDir settingsDir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    QSettings::setDefaultFormat(QSettings::NativeFormat);

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("dir"), QStringLiteral("where the PNG files go"));
    const QCommandLineOption language(QStringLiteral("language"), QStringLiteral("en, es or zh_CN"),
                                      QStringLiteral("language"), QStringLiteral("en"));
    const QCommandLineOption pages(QStringLiteral("pages"), QStringLiteral("comma-separated page names (all)"),
                                   QStringLiteral("pages"));
    const QCommandLineOption suffix(QStringLiteral("suffix"), QStringLiteral("appended to each file name"),
                                    QStringLiteral("suffix"));
    parser.addOptions({language, pages, suffix});
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(2);
    const QDir out(parser.positionalArguments().constFirst());
    if (!QDir().mkpath(out.path()))
        fail(QStringLiteral("cannot create %1").arg(out.path()));
    QLocale::setDefault(QLocale(parser.value(language)));
    ui::TranslationLoader::install(parser.value(language));

    test::ConsoleTestbed bed;
    test::ConsoleTestbed::Options options;
    options.settings = {{QLatin1String(engine::ServerSettings::AutoApproveKey), QStringLiteral("1")}};
    QString error;
    if (!bed.open(options, &error))
        fail(error);
    bed.createContext();
    const auto terminals = startTerminals(bed.server()->port());
    settle(1500);
    fillConsole(bed, terminals);
    punchToday(terminals);
    settle(3000);

    ui::MainWindow window(bed.context());
    window.setGeometry(QRect(QPoint(), ScreenSize));
    window.show();
    settle(1000);

    const QStringList wanted = parser.value(pages).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const Shot &shot : Shots) {
        const QString name = QLatin1String(shot.name);
        if (!wanted.isEmpty() && !wanted.contains(name))
            continue;
        window.showPage(shot.page);
        if (shot.page == ui::PageId::Reports)
            previewMonth(window);
        settle(1500);
        const QString path = out.filePath(name + parser.value(suffix) + QStringLiteral(".png"));
        if (!window.grab().save(path))
            fail(QStringLiteral("cannot write %1").arg(path));
        QTextStream(stdout) << path << '\n';
    }
    for (const auto &terminal : terminals)
        terminal->stop();
    return 0;
}
