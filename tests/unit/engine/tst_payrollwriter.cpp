#include "payrollwriter.h"
#include "workbookcells.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

using namespace punchclock::engine::reports;
using punchclock::test::WorkbookCell;
using punchclock::test::workbookCells;

namespace {

PayrollTable sampleTable(HoursFormat hours)
{
    PayrollTable table;
    PayrollProfile &profile = table.profile;
    profile.name = QStringLiteral("Sage");
    profile.columns = {{PayrollColumn::EmployeeId, QString(), QStringLiteral("Personnel no")},
                       {PayrollColumn::Name, QString(), QStringLiteral("+Name")},
                       {PayrollColumn::Department, QString(), QStringLiteral("Dept; Site")},
                       {PayrollColumn::PeriodFrom, QString(), QStringLiteral("From")},
                       {PayrollColumn::RegularHours, QString(), QStringLiteral("Hours")},
                       {PayrollColumn::LateCount, QString(), QStringLiteral("Late")}};
    profile.hoursFormat = hours;
    profile.decimalPlaces = 2;
    profile.decimalSeparator = QLatin1Char(',');
    profile.dateFormat = QStringLiteral("dd.MM.yyyy");
    profile.delimiter = QLatin1Char(';');
    table.from = QDate(2026, 3, 1);
    table.to = QDate(2026, 3, 31);
    table.rows = {{QStringLiteral("0042"), QStringLiteral("=HYPERLINK(\"x\")"), QStringLiteral("Kitchen"),
                   QDate(2026, 3, 1), 2843, 2},
                  {QStringLiteral("7"), QStringLiteral("Müller; \"Jo\", Sr."), QString(), QDate(2026, 3, 1), 0, 0}};
    table.userIds = {QStringLiteral("0042"), QStringLiteral("7")};
    return table;
}

} // namespace

// Payroll files as a payroll program reads them: CSV byte for byte, the workbook read back.
class tst_PayrollWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void csvWithTheProfilesDelimiterAndNumbers()
    {
        const QByteArray csv = PayrollWriter::toCsv(sampleTable(HoursFormat::Decimal));
        const QByteArray expected = QByteArray("\xEF\xBB\xBF") +
                                    "Personnel no;'+Name;\"Dept; Site\";From;Hours;Late\r\n"
                                    "0042;\"'=HYPERLINK(\"\"x\"\")\";Kitchen;01.03.2026;47,38;2\r\n"
                                    "7;\"M\xC3\xBCller; \"\"Jo\"\", Sr.\";;01.03.2026;0,00;0\r\n";
        QCOMPARE(csv, expected);
    }

    void csvQuotesByTheDelimiterInUse()
    {
        PayrollTable table = sampleTable(HoursFormat::HoursMinutes);
        table.profile.delimiter = QLatin1Char('\t');
        table.rows = {{QStringLiteral("1"), QStringLiteral("Smith; Jo"), QStringLiteral("Bar\tKitchen"),
                       QDate(2026, 3, 1), 2843, 0},
                      {QStringLiteral("2"), QStringLiteral("-5"), QStringLiteral("@home"), QDate(2026, 12, 24), 5, 1}};
        const QList<QByteArray> lines = PayrollWriter::toCsv(table).split('\n');
        QCOMPARE(lines.at(1), QByteArray("1\tSmith; Jo\t\"Bar\tKitchen\"\t01.03.2026\t47:23\t0\r"));
        QCOMPARE(lines.at(2), QByteArray("2\t'-5\t'@home\t24.12.2026\t0:05\t1\r"));
    }

    void excelHoldsNumbersAsNumbers()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("payroll.xlsx"));
        QString error;
        QVERIFY2(PayrollWriter::write(PayrollWriter::Format::Xlsx, sampleTable(HoursFormat::Decimal), path, &error),
                 qPrintable(error));
        const QHash<QString, WorkbookCell> cells = workbookCells(path);
        QCOMPARE(cells.value(QStringLiteral("A1")).value, QStringLiteral("Personnel no"));
        QCOMPARE(cells.value(QStringLiteral("B1")).value, QStringLiteral("+Name")); // text in a cell runs nothing
        QCOMPARE(cells.value(QStringLiteral("C1")).value, QStringLiteral("Dept; Site"));
        QCOMPARE(cells.value(QStringLiteral("A2")).value, QStringLiteral("0042"));
        QCOMPARE(cells.value(QStringLiteral("B2")).value, QStringLiteral("=HYPERLINK(\"x\")"));
        QVERIFY(!cells.value(QStringLiteral("B2")).formula);
        QCOMPARE(cells.value(QStringLiteral("D2")).value.toDouble(),
                 double(QDate(1899, 12, 30).daysTo(QDate(2026, 3, 1))));
        QCOMPARE(cells.value(QStringLiteral("D2")).format, QStringLiteral("dd.mm.yyyy"));
        // The number the CSV shows, not 47.3833…: both files add up to the same total.
        QCOMPARE(cells.value(QStringLiteral("E2")).value, QStringLiteral("47.38"));
        QCOMPARE(cells.value(QStringLiteral("E2")).format, QStringLiteral("0.00"));
        QCOMPARE(cells.value(QStringLiteral("F2")).value, QStringLiteral("2"));
        QCOMPARE(cells.value(QStringLiteral("F2")).format, QStringLiteral("0"));
        QCOMPARE(cells.value(QStringLiteral("B3")).value, QStringLiteral("Müller; \"Jo\", Sr."));
        QVERIFY(!cells.contains(QStringLiteral("C3"))); // no department: an empty cell
        QCOMPARE(cells.value(QStringLiteral("E3")).value, QStringLiteral("0"));
        QVERIFY(!cells.contains(QStringLiteral("A4")));
    }

    void excelHoursAsDurations()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("payroll.xlsx"));
        QString error;
        QVERIFY2(
            PayrollWriter::write(PayrollWriter::Format::Xlsx, sampleTable(HoursFormat::HoursMinutes), path, &error),
            qPrintable(error));
        const QHash<QString, WorkbookCell> cells = workbookCells(path);
        QCOMPARE(cells.value(QStringLiteral("E2")).value.toDouble(), 2843 / 1440.0);
        QCOMPARE(cells.value(QStringLiteral("E2")).format, QStringLiteral("[h]:mm"));
    }

    // The disk fills while the workbook is written (a file-size limit stands for it, since a
    // test run as root writes anywhere): last month's file at the path is left as it was, and
    // nothing half written is left beside it.
    void aWorkbookThatCannotBeFinishedLeavesThePreviousFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("payroll.xlsx"));
        QFile previous(path);
        QVERIFY(previous.open(QIODevice::WriteOnly));
        previous.write("last month's payroll");
        previous.close();
        PayrollTable big = sampleTable(HoursFormat::Decimal);
        for (int i = 0; i < 3000; ++i)
            big.rows.append({QString::number(1000 + i), QStringLiteral("Employee %1").arg(i), QStringLiteral("Hall"),
                             QDate(2026, 3, 1), 9000 + i, i % 5});
        rlimit limit{};
        QVERIFY(::getrlimit(RLIMIT_FSIZE, &limit) == 0);
        const rlimit small{2 * 1024, limit.rlim_max};
        const auto ignored = std::signal(SIGXFSZ, SIG_IGN);
        QVERIFY(::setrlimit(RLIMIT_FSIZE, &small) == 0);
        QString error;
        const bool written = PayrollWriter::write(PayrollWriter::Format::Xlsx, big, path, &error);
        QVERIFY(::setrlimit(RLIMIT_FSIZE, &limit) == 0);
        std::signal(SIGXFSZ, ignored);
        QVERIFY(!written);
        QVERIFY(!error.isEmpty());
        QVERIFY(previous.open(QIODevice::ReadOnly));
        QCOMPARE(previous.readAll(), QByteArray("last month's payroll"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("payroll.xlsx")});
    }

    void aFileThatCannotBeWrittenSaysWhy()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        for (const PayrollWriter::Format format : {PayrollWriter::Format::Csv, PayrollWriter::Format::Xlsx}) {
            const QString path = dir.filePath(QStringLiteral("missing/payroll.file"));
            QString error;
            QVERIFY(!PayrollWriter::write(format, sampleTable(HoursFormat::Decimal), path, &error));
            QVERIFY(!error.isEmpty());
            QVERIFY(!QFile::exists(path));
        }
    }
};

QTEST_GUILESS_MAIN(tst_PayrollWriter)
#include "tst_payrollwriter.moc"
