#include "payrollprofile.h"
#include "payrollprofilelist.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace punchclock::engine::reports;

namespace {

PayrollProfile sample()
{
    PayrollProfile profile;
    profile.name = QStringLiteral("Sage");
    profile.columns = {{PayrollColumn::EmployeeId, QString(), QStringLiteral("Personnel no")},
                       {PayrollColumn::RegularHours, QString(), QStringLiteral("Hours")},
                       {PayrollColumn::LeaveDays, QStringLiteral("sick"), QStringLiteral("Sick days")}};
    profile.hoursFormat = HoursFormat::Decimal;
    profile.decimalPlaces = 2;
    profile.decimalSeparator = QLatin1Char(',');
    profile.dateFormat = QStringLiteral("dd.MM.yyyy");
    profile.delimiter = QLatin1Char(';');
    return profile;
}

QString storedText(const QJsonArray &entries)
{
    return QString::fromUtf8(QJsonDocument(entries).toJson(QJsonDocument::Compact));
}

} // namespace

// What a profile writes, what it refuses, and how the stored list is read.
class tst_PayrollProfile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hoursAsHoursAndMinutes()
    {
        PayrollProfile profile;
        QCOMPARE(profile.hoursText(0), QStringLiteral("0:00"));
        QCOMPARE(profile.hoursText(5), QStringLiteral("0:05"));
        QCOMPARE(profile.hoursText(2843), QStringLiteral("47:23"));
        QCOMPARE(profile.hoursText(-90), QStringLiteral("-1:30"));
    }

    void decimalHours_data()
    {
        QTest::addColumn<int>("places");
        QTest::addColumn<QString>("separator");
        QTest::addColumn<int>("minutes");
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("value");
        QTest::newRow("half an hour") << 2 << "." << 30 << "0.50" << 0.5;
        QTest::newRow("a third, rounded down") << 2 << "." << 20 << "0.33" << 0.33;
        QTest::newRow("a minute, rounded up") << 2 << "." << 1 << "0.02" << 0.02;
        QTest::newRow("47:23") << 2 << "." << 2843 << "47.38" << 47.38;
        QTest::newRow("comma") << 2 << "," << 2843 << "47,38" << 47.38;
        // Halves round up, whatever the binary fraction says (0.15 is 0.1499… as a double).
        QTest::newRow("one place, 9 min") << 1 << "." << 9 << "0.2" << 0.2;
        QTest::newRow("one place, 3 min") << 1 << "." << 3 << "0.1" << 0.1;
        QTest::newRow("whole hours, 30 min") << 0 << "." << 30 << "1" << 1.0;
        QTest::newRow("whole hours, 90 min") << 0 << "." << 90 << "2" << 2.0;
        QTest::newRow("four places") << 4 << "." << 1 << "0.0167" << 0.0167;
        QTest::newRow("negative") << 2 << "." << -45 << "-0.75" << -0.75;
    }

    void decimalHours()
    {
        QFETCH(int, places);
        QFETCH(QString, separator);
        QFETCH(int, minutes);
        QFETCH(QString, text);
        QFETCH(double, value);
        PayrollProfile profile;
        profile.hoursFormat = HoursFormat::Decimal;
        profile.decimalPlaces = places;
        profile.decimalSeparator = separator.front();
        QCOMPARE(profile.hoursText(minutes), text);
        QCOMPARE(profile.hoursValue(minutes), value);
    }

    void datesInTheProfilesFormat()
    {
        PayrollProfile profile;
        const QDate day(2026, 3, 7);
        QCOMPARE(profile.dateText(day), QStringLiteral("2026-03-07"));
        profile.dateFormat = QStringLiteral("dd.MM.yyyy");
        QCOMPARE(profile.dateText(day), QStringLiteral("07.03.2026"));
        profile.dateFormat = QStringLiteral("M/d/yy");
        QCOMPARE(profile.dateText(day), QStringLiteral("3/7/26"));
        profile.dateFormat = QStringLiteral("yyyyMMdd");
        QCOMPARE(profile.dateText(day), QStringLiteral("20260307"));
        QCOMPARE(profile.dateText(QDate()), QString());
    }

    void dateFormatsThatAreRefused_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("no year") << "dd.MM";
        QTest::newRow("a weekday name") << "ddd dd.MM.yyyy";
        QTest::newRow("a month name") << "d MMMM yyyy";
        QTest::newRow("a time") << "yyyy-MM-dd hh:mm";
        QTest::newRow("three-digit year") << "dd.MM.yyy";
        QTest::newRow("a day twice") << "dd.MM.yyyy dd";
        QTest::newRow("quoted text") << "dd 'de' MM yyyy";
        QTest::newRow("empty") << "";
    }

    void dateFormatsThatAreRefused()
    {
        QFETCH(QString, format);
        PayrollProfile profile = sample();
        profile.dateFormat = format;
        QCOMPARE(profile.problem().error, PayrollProfileError::InvalidDateFormat);
        QCOMPARE(profile.problem().detail, format);
    }

    void whatMakesAProfileUnusable_data()
    {
        QTest::addColumn<int>("change");
        QTest::addColumn<int>("error");
        QTest::addColumn<int>("column");
        const auto row = [](const char *name, int change, PayrollProfileError error, int column = -1) {
            QTest::newRow(name) << change << int(error) << column;
        };
        row("valid", 0, PayrollProfileError::None);
        row("empty name", 1, PayrollProfileError::EmptyName);
        row("spaces around the name", 2, PayrollProfileError::InvalidName);
        row("no columns", 3, PayrollProfileError::NoColumns);
        row("empty header", 4, PayrollProfileError::EmptyHeader, 1);
        row("header with a line break", 5, PayrollProfileError::InvalidHeader, 0);
        row("kind on another column", 6, PayrollProfileError::InvalidLeaveKind, 0);
        row("five decimal places", 7, PayrollProfileError::InvalidDecimalPlaces);
        row("a separator that is no separator", 8, PayrollProfileError::InvalidDecimalSeparator);
        row("a colon as delimiter", 9, PayrollProfileError::InvalidDelimiter);
        row("comma twice", 10, PayrollProfileError::SeparatorIsDelimiter);
        row("comma twice, but h:mm", 11, PayrollProfileError::None);
        row("too many columns", 12, PayrollProfileError::TooManyColumns);
    }

    void whatMakesAProfileUnusable()
    {
        QFETCH(int, change);
        QFETCH(int, error);
        QFETCH(int, column);
        PayrollProfile profile = sample();
        switch (change) {
        case 1: profile.name = QStringLiteral("  "); break;
        case 2: profile.name = QStringLiteral(" Sage"); break;
        case 3: profile.columns.clear(); break;
        case 4: profile.columns[1].header = QStringLiteral(" "); break;
        case 5: profile.columns[0].header = QStringLiteral("Personnel\nno"); break;
        case 6: profile.columns[0].leaveKind = QStringLiteral("sick"); break;
        case 7: profile.decimalPlaces = 5; break;
        case 8: profile.decimalSeparator = QLatin1Char('x'); break;
        case 9: profile.delimiter = QLatin1Char(':'); break;
        case 10: profile.delimiter = QLatin1Char(','); break;
        case 11:
            profile.delimiter = QLatin1Char(',');
            profile.hoursFormat = HoursFormat::HoursMinutes;
            break;
        case 12:
            while (profile.columns.size() <= PayrollProfile::MaxColumns)
                profile.columns.append(profile.columns.first());
            break;
        }
        QCOMPARE(int(profile.problem().error), error);
        QCOMPARE(profile.problem().column, column);
    }

    void theShippedProfiles()
    {
        const QList<PayrollProfile> shipped = shippedPayrollProfiles();
        QCOMPARE(shipped.size(), 2);
        QCOMPARE(shipped.at(0).name, QStringLiteral("default"));
        QCOMPARE(shipped.at(0).hoursFormat, HoursFormat::HoursMinutes);
        QCOMPARE(shipped.at(1).name, QStringLiteral("hours-as-decimal"));
        QCOMPARE(shipped.at(1).hoursFormat, HoursFormat::Decimal);
        QCOMPARE(shipped.at(1).decimalPlaces, 2);
        for (const PayrollProfile &profile : shipped)
            QVERIFY2(profile.problem().ok(), qPrintable(profile.name));
        QVERIFY(isShippedPayrollProfile(QStringLiteral("Default")));
        QVERIFY(isShippedPayrollProfile(QStringLiteral(" HOURS-AS-DECIMAL")));
        QVERIFY(!isShippedPayrollProfile(QStringLiteral("sage")));
    }

    void jsonRoundTrip()
    {
        const PayrollProfile profile = sample();
        PayrollProfileProblem problem;
        QCOMPARE(PayrollProfile::fromJson(profile.toJson(), &problem), profile);
        QVERIFY(problem.ok());
        const QJsonObject json = profile.toJson();
        QCOMPARE(json.value(QStringLiteral("hours_format")).toString(), QStringLiteral("decimal"));
        QCOMPARE(json.value(QStringLiteral("delimiter")).toString(), QStringLiteral(";"));
        QCOMPARE(
            json.value(QStringLiteral("columns")).toArray().at(2).toObject().value(QStringLiteral("kind")).toString(),
            QStringLiteral("sick"));
    }

    void jsonLeftOutTakesTheDefaults()
    {
        PayrollProfileProblem problem;
        const PayrollProfile profile = PayrollProfile::fromJson(
            QJsonDocument::fromJson(R"({"name": " Short ", "columns": [{"key": "name"}, {"key": "night_hours"}]})")
                .object(),
            &problem);
        QVERIFY(problem.ok());
        QCOMPARE(profile.name, QStringLiteral("Short"));
        QCOMPARE(profile.columns.size(), 2);
        QCOMPARE(profile.columns.at(1).column, PayrollColumn::NightHours);
        QCOMPARE(profile.columns.at(1).header, QStringLiteral("night_hours"));
        QCOMPARE(profile.hoursFormat, HoursFormat::HoursMinutes);
        QCOMPARE(profile.dateFormat, QStringLiteral("yyyy-MM-dd"));
        QCOMPARE(profile.delimiter, QLatin1Char(','));
    }

    void jsonThatIsNoProfile_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("error");
        QTest::addColumn<int>("column");
        QTest::newRow("unknown column") << QByteArray(R"({"name":"x","columns":[{"key":"name"},{"key":"bonus"}]})")
                                        << int(PayrollProfileError::UnknownColumn) << 1;
        QTest::newRow("no columns") << QByteArray(R"({"name":"x"})") << int(PayrollProfileError::NoColumns) << -1;
        QTest::newRow("columns not a list")
            << QByteArray(R"({"name":"x","columns":"name"})") << int(PayrollProfileError::NotAProfile) << -1;
        QTest::newRow("hours in minutes") << QByteArray(R"({"name":"x","columns":[{"key":"name"}],"hours_format":"m"})")
                                          << int(PayrollProfileError::InvalidHoursFormat) << -1;
        QTest::newRow("places as text") << QByteArray(R"({"name":"x","columns":[{"key":"name"}],"decimal_places":"2"})")
                                        << int(PayrollProfileError::InvalidDecimalPlaces) << -1;
        QTest::newRow("two delimiters") << QByteArray(R"({"name":"x","columns":[{"key":"name"}],"delimiter":";;"})")
                                        << int(PayrollProfileError::InvalidDelimiter) << -1;
        QTest::newRow("a number for a name")
            << QByteArray(R"({"name":7,"columns":[{"key":"name"}]})") << int(PayrollProfileError::NotAProfile) << -1;
    }

    void jsonThatIsNoProfile()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, error);
        QFETCH(int, column);
        PayrollProfileProblem problem;
        PayrollProfile::fromJson(QJsonDocument::fromJson(json).object(), &problem);
        QCOMPARE(int(problem.error), error);
        QCOMPARE(problem.column, column);
    }

    void nothingStoredIsTheShippedProfiles()
    {
        const PayrollProfileList list = PayrollProfileList::fromStored({});
        QCOMPARE(list.profiles(), shippedPayrollProfiles());
        QVERIFY(list.storedProblem().ok());
        QVERIFY(list.broken().isEmpty());
        QCOMPARE(list.problemOf(QStringLiteral("sage")).error, PayrollProfileError::UnknownProfile);
    }

    void storedTextThatIsNoListLeavesTheShippedOnes_data()
    {
        QTest::addColumn<QString>("stored");
        QTest::newRow("not JSON") << "[{\"name\": \"Sage\"";
        QTest::newRow("an object") << "{\"name\": \"Sage\"}";
        QTest::newRow("a number") << "42";
    }

    void storedTextThatIsNoListLeavesTheShippedOnes()
    {
        QFETCH(QString, stored);
        const PayrollProfileList list = PayrollProfileList::fromStored(stored);
        QCOMPARE(list.profiles(), shippedPayrollProfiles());
        QCOMPARE(list.storedProblem().error, PayrollProfileError::InvalidStoredProfiles);
        QVERIFY(!list.storedProblem().detail.isEmpty());
        // Asked for a saved one, the reason is that the list cannot be read, not that it is unknown.
        QCOMPARE(list.problemOf(QStringLiteral("Sage")).error, PayrollProfileError::InvalidStoredProfiles);
        PayrollProfileProblem problem;
        QVERIFY(!PayrollProfileList::storedWith(stored, sample(), &problem));
        QCOMPARE(problem.error, PayrollProfileError::InvalidStoredProfiles);
    }

    void brokenEntriesAreLeftOutAndNamed()
    {
        PayrollProfile zeta = sample();
        zeta.name = QStringLiteral("zeta");
        QJsonObject unknownColumn = sample().toJson();
        unknownColumn.insert(QStringLiteral("name"), QStringLiteral("Newer"));
        unknownColumn.insert(QStringLiteral("columns"),
                             QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("bonus")}}});
        QJsonObject shippedName = sample().toJson();
        shippedName.insert(QStringLiteral("name"), QStringLiteral("Default"));
        const QString stored = storedText({zeta.toJson(), sample().toJson(), unknownColumn, shippedName,
                                           sample().toJson(), QStringLiteral("not an object")});
        const PayrollProfileList list = PayrollProfileList::fromStored(stored);
        QVERIFY(list.storedProblem().ok());
        QStringList names;
        for (const PayrollProfile &profile : list.profiles())
            names.append(profile.name);
        QCOMPARE(names, (QStringList{QStringLiteral("default"), QStringLiteral("hours-as-decimal"),
                                     QStringLiteral("Sage"), QStringLiteral("zeta")}));
        QCOMPARE(list.find(QStringLiteral("SAGE")).value(), sample());
        QCOMPARE(list.broken().size(), 4);
        QCOMPARE(list.broken().at(0).name, QStringLiteral("Newer"));
        QCOMPARE(list.broken().at(0).problem.error, PayrollProfileError::UnknownColumn);
        QCOMPARE(list.broken().at(1).problem.error, PayrollProfileError::ShippedName);
        QCOMPARE(list.broken().at(2).problem.error, PayrollProfileError::DuplicateName);
        QCOMPARE(list.broken().at(3).problem.error, PayrollProfileError::NotAProfile);
        QCOMPARE(list.problemOf(QStringLiteral("newer")).error, PayrollProfileError::UnknownColumn);
        // The default is the shipped one, whatever the stored entry says.
        QCOMPARE(list.find(QStringLiteral("default")).value(), shippedPayrollProfiles().constFirst());
    }

    void savingAndRemovingKeepTheOtherEntries()
    {
        QJsonObject newer = sample().toJson();
        newer.insert(QStringLiteral("name"), QStringLiteral("Newer"));
        newer.insert(QStringLiteral("columns"),
                     QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("bonus")}}});
        const QString stored = storedText({newer, sample().toJson()});
        PayrollProfile changed = sample();
        changed.name = QStringLiteral("SAGE");
        changed.decimalPlaces = 3;
        PayrollProfileProblem problem;
        const std::optional<QString> saved = PayrollProfileList::storedWith(stored, changed, &problem);
        QVERIFY(saved);
        const QJsonArray entries = QJsonDocument::fromJson(saved->toUtf8()).array();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).toObject(), newer); // a newer version's profile survives untouched
        QCOMPARE(entries.at(1).toObject(), changed.toJson());

        bool removed = false;
        const std::optional<QString> without =
            PayrollProfileList::storedWithout(*saved, QStringLiteral("sage"), &removed, &problem);
        QVERIFY(without && removed);
        QCOMPARE(QJsonDocument::fromJson(without->toUtf8()).array(), QJsonArray{newer});
        PayrollProfileList::storedWithout(*without, QStringLiteral("sage"), &removed, &problem);
        QVERIFY(!removed);
    }
};

QTEST_GUILESS_MAIN(tst_PayrollProfile)
#include "tst_payrollprofile.moc"
