#pragma once

#include "attentionlist.h"
#include "terminalrepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

namespace punchclock::ui {

// What the Dashboard's Attention list says about the terminal endpoint's guard and about
// biometric retention: terminals that began to talk from another address, registrations the
// caps on waiting terminals refused, biometrics that retention removes within a week, and a
// daily removal that failed. Read at every refresh, so cheaply: the moves come from the
// terminals the page has read already, the rest from a few settings rows and, while retention
// is on, the inactive users.
class DashboardNotices
{
    Q_DECLARE_TR_FUNCTIONS(DashboardNotices)

public:
    static constexpr int addressChangeDays = 7;
    // The refusals are counted since the server started; they are news for an hour after the last.
    static constexpr qint64 refusalNewsSeconds = 60 * 60;
    static constexpr int purgeNoticeDays = 7;
    // People named in the purge notice's tooltip; the others are counted.
    static constexpr int namedPeople = 15;

    // Moves of the last addressChangeDays, the latest first, but for those marked seen.
    static QList<AttentionItem> addressChanges(const QList<storage::TerminalRow> &terminals, const QDateTime &nowUtc);
    static QList<AttentionItem> refusedRegistrations(const QSqlDatabase &db, const QDateTime &nowUtc);
    // Nothing while retention is off.
    static QList<AttentionItem> biometricRetention(const QSqlDatabase &db, const QDateTime &nowUtc);

    // Hides the terminal's move at `changedAt` on this PC (QSettings) until it moves again.
    static void markSeen(const QString &devId, const QDateTime &changedAt, const QDateTime &nowUtc);
};

} // namespace punchclock::ui
