#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace punchclock::ui {

// How times and durations read in the console (ui-guide: relative, with the exact value in
// the tooltip).
class DisplayFormat
{
    Q_DECLARE_TR_FUNCTIONS(DisplayFormat)

public:
    // Terminal minus site clock: "in sync", "42 s ahead", "3 min behind", "2,881 days behind".
    static QString clockDrift(qint64 seconds);
    // "just now", "5 min ago", "3 h ago", "4 days ago"; `now` defaults to the current time.
    static QString age(const QDateTime &moment, const QDateTime &now = QDateTime::currentDateTimeUtc());
    // A clock time to the second in the language's form ("14:05:09", "2:05:09 PM"): QLocale's
    // short time format, which most languages write without seconds, with the seconds added.
    static QString timeWithSeconds(QTime time);
    // A terminal's wall time (zone-less, shown as recorded): the short date and the time to the second.
    static QString wallTime(const QDateTime &time);
};

} // namespace punchclock::ui
