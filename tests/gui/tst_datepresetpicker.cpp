// The date filter shared by the Punches and Audit pages: each preset's days counted back from
// today, at month and year edges, and the signal a page refreshes on.
#include "datepresetpicker.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using punchclock::ui::DatePresetPicker;
using Preset = DatePresetPicker::Preset;

namespace {

const QList<Preset> everyPreset{Preset::Today,     Preset::Yesterday, Preset::Last7Days, Preset::Last30Days,
                                Preset::ThisWeek,  Preset::ThisMonth, Preset::LastMonth, Preset::ThisYear,
                                Preset::AllTime,   Preset::Custom};

} // namespace

class TestDatePresetPicker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }
    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void eachPresetCoversItsDays_data()
    {
        QTest::addColumn<QDate>("today");
        QTest::addColumn<Preset>("preset");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        const QDate march31(2026, 3, 31); // a Tuesday
        QTest::newRow("today") << march31 << Preset::Today << march31 << march31;
        QTest::newRow("yesterday on New Year's Day") << QDate(2026, 1, 1) << Preset::Yesterday
                                                     << QDate(2025, 12, 31) << QDate(2025, 12, 31);
        QTest::newRow("last 7 days") << march31 << Preset::Last7Days << QDate(2026, 3, 25) << march31;
        QTest::newRow("last 30 days") << march31 << Preset::Last30Days << QDate(2026, 3, 2) << march31;
        // en_GB weeks start on Monday.
        QTest::newRow("this week") << march31 << Preset::ThisWeek << QDate(2026, 3, 30) << QDate(2026, 4, 5);
        QTest::newRow("this week on a Sunday") << QDate(2026, 4, 5) << Preset::ThisWeek << QDate(2026, 3, 30)
                                               << QDate(2026, 4, 5);
        QTest::newRow("this month") << march31 << Preset::ThisMonth << QDate(2026, 3, 1) << march31;
        QTest::newRow("last month after a short one") << march31 << Preset::LastMonth << QDate(2026, 2, 1)
                                                      << QDate(2026, 2, 28);
        QTest::newRow("last month in January") << QDate(2026, 1, 15) << Preset::LastMonth << QDate(2025, 12, 1)
                                               << QDate(2025, 12, 31);
        QTest::newRow("this year") << march31 << Preset::ThisYear << QDate(2026, 1, 1) << march31;
        QTest::newRow("all time") << march31 << Preset::AllTime << QDate() << QDate();
    }

    void eachPresetCoversItsDays()
    {
        QFETCH(QDate, today);
        QFETCH(Preset, preset);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        DatePresetPicker picker(QStringLiteral("test"), everyPreset, Preset::Today);
        picker.setToday(today);
        picker.setPreset(preset);
        QCOMPARE(picker.preset(), preset);
        QCOMPARE(picker.from(), from);
        QCOMPARE(picker.to(), to);
    }

    void theDateFieldsShowOnlyForACustomRange()
    {
        DatePresetPicker picker(QStringLiteral("test"), everyPreset, Preset::Today);
        picker.show();
        auto *from = picker.findChild<QDateEdit *>(QStringLiteral("testDateFrom"));
        auto *to = picker.findChild<QDateEdit *>(QStringLiteral("testDateTo"));
        QVERIFY(from && to);
        QVERIFY(!from->isVisible());
        picker.setCustomRange(QDate(2026, 5, 3), QDate(2026, 5, 9));
        QVERIFY(from->isVisible() && to->isVisible());
        QCOMPARE(picker.from(), QDate(2026, 5, 3));
        QCOMPARE(picker.to(), QDate(2026, 5, 9));
        picker.setPreset(Preset::Today);
        QVERIFY(!from->isVisible());
    }

    void onlyTheOfferedPresetsAreListed()
    {
        DatePresetPicker picker(QStringLiteral("test"), {Preset::Today, Preset::AllTime}, Preset::AllTime);
        auto *combo = picker.findChild<QComboBox *>(QStringLiteral("testDateRange"));
        QVERIFY(combo);
        QCOMPARE(combo->count(), 2);
        QCOMPARE(picker.preset(), Preset::AllTime);
        QCOMPARE(picker.from(), QDate());
    }

    // One refresh per choice, and one per edited day of a custom range; none while being set up.
    void eachChangeIsAnnouncedOnce()
    {
        DatePresetPicker picker(QStringLiteral("test"), everyPreset, Preset::Today);
        QSignalSpy changed(&picker, &DatePresetPicker::rangeChanged);
        picker.setPreset(Preset::LastMonth);
        QCOMPARE(changed.count(), 1);
        picker.setCustomRange(QDate(2026, 5, 3), QDate(2026, 5, 9));
        QCOMPARE(changed.count(), 2);
        picker.findChild<QDateEdit *>(QStringLiteral("testDateTo"))->setDate(QDate(2026, 5, 10));
        QCOMPARE(changed.count(), 3);
        QCOMPARE(picker.to(), QDate(2026, 5, 10));
    }
};

QTEST_MAIN(TestDatePresetPicker)
#include "tst_datepresetpicker.moc"
