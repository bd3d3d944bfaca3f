#pragma once

#include "codetables.h"
#include "consoletestbed.h"
#include "reporttable.h"

#include <QDateTime>
#include <QMessageBox>
#include <QString>
#include <QVariant>

#include <memory>
#include <optional>

class QComboBox;

namespace punchclock::ui {
class ReportsPage;
}

namespace punchclock::test {

// What the reports area's tests run on: a real SQLite database without a server, with an
// approved terminal, filled through the repositories as the server and the rule editors fill
// it.
class AttendanceBed : public ConsoleTestbed
{
public:
    static constexpr char Terminal[] = "FRONT01";

    // Opens the database and registers the approved terminal.
    bool open(QString *error);

    std::optional<qint64> addDepartment(const QString &name);
    bool addUser(const QString &userId, const QString &name, std::optional<qint64> department);
    // A shift from `start` to `end`, everything else as a new shift starts; 0 when refused.
    qint64 addShift(const QString &name, QTime start, QTime end, int lateGraceMinutes = 0);
    // The site most rule tests start from: a department "Kitchen" with Alice Smith (user "1")
    // in it, and a "Day" shift from 09:00 to 17:00. Ids 0 when something could not be stored.
    struct Kitchen
    {
        qint64 department = 0;
        qint64 dayShift = 0;
    };
    Kitchen addKitchen(int lateGraceMinutes = 0);
    // Stored as the server stores a real-time punch, its id (0 on failure). `flags` 1: from a
    // terminal still waiting for approval, so it does not count until the terminal is approved.
    qint64 punch(const QString &userId, const QDateTime &time, protocol::Direction direction,
                 const QString &devId = QLatin1String(Terminal), int flags = 0);
};

// A bed opened for the test function running now, with QSettings of its own; null with
// *error set when it cannot be opened.
std::unique_ptr<AttendanceBed> openAttendanceBed(QString *error);

// The console's words in `language` ("en", "es", "zh_CN"), instead of those installed before.
void useLanguage(const QString &language);

// For tests that check sentences word for word: dates as the C locale writes them
// ("1 Oct 2026") and the English plural forms ("1 punch", "2 punches").
void useEnglishWording();

// Picks the item of `combo` that holds `data`; false when none does.
bool chooseData(QComboBox *combo, const QVariant &data);

// Previews the report `kind` of `page` for [from, to] with the other filters as they are;
// true once the preview is done.
bool previewReport(ui::ReportsPage *page, engine::reports::ReportKind kind, QDate from, QDate to);

// QMessageBox::question is modal: answers the next one with `answer` once it shows, and keeps
// its text in *text when given. `receiver` bounds the wait's life.
void answerNextMessageBox(QObject *receiver, QMessageBox::StandardButton answer, QString *text = nullptr);

} // namespace punchclock::test
