#include "consoleseed.h"

#include "connection.h"
#include "punchrepository.h"
#include "terminalrepository.h"
#include "userrepository.h"
#include "walltime.h"

#include <QDate>

namespace punchclock::test {

QString consoleSeedDevId(int n)
{
    return QStringLiteral("C2610000%1").arg(n, 8, 10, QLatin1Char('0'));
}

bool seedConsoleData(const storage::DatabaseConfig &config, int terminals, int users, QString *error)
{
    const auto connection = storage::Connection::open(config, error);
    if (!connection)
        return false;
    QSqlDatabase db = connection->database();
    storage::TerminalRepository terminalRepository(db);
    storage::UserRepository userRepository(db);
    QList<storage::NewPunch> punches;
    const QDate today = QDate::currentDate();
    for (int t = 0; t < terminals; ++t) {
        storage::TerminalContact contact;
        contact.devId = consoleSeedDevId(t);
        contact.remoteAddress = QStringLiteral("192.0.2.%1").arg(t + 1);
        contact.approvalIfNew = storage::Approval::Approved;
        if (!terminalRepository.recordContact(contact)) {
            *error = QStringLiteral("cannot register the terminals");
            return false;
        }
    }
    for (int u = 0; u < users; ++u) {
        protocol::UserEnrollment user;
        user.userId = QString::number(1000 + u);
        user.name = QStringLiteral("Employee %1").arg(u);
        user.privilegeName = QStringLiteral("USER");
        if (!userRepository.saveUser(user, consoleSeedDevId(u % terminals))) {
            *error = QStringLiteral("cannot store the users");
            return false;
        }
        for (int day = 0; day < 20; ++day) {
            storage::NewPunch punch;
            punch.devId = consoleSeedDevId(u % terminals);
            punch.source = QStringLiteral("realtime");
            punch.record.userId = user.userId;
            punch.record.ioTime = protocol::walltime::make(today.addDays(-day), QTime(8, u % 60));
            punches.append(punch);
        }
    }
    if (!storage::PunchRepository(db).insertMany(punches)) {
        *error = QStringLiteral("cannot store the punches");
        return false;
    }
    return true;
}

} // namespace punchclock::test
