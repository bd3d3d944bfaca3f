#include "xlsxreportwriter.h"

#include <QDateTime>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace punchclock::engine::reports;

namespace {

// A file out of the workbook (a zip), read with unzip(1) from scripts/install-deps.sh.
QString zipEntry(const QString &zipPath, const QString &entry)
{
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), zipPath, entry});
    if (!unzip.waitForFinished(10000) || unzip.exitCode() != 0)
        return {};
    return QString::fromUtf8(unzip.readAllStandardOutput());
}

struct Cell
{
    QString style;
    QString value;
    QString formula;
    QString type;
};

QHash<QString, Cell> readCells(const QString &sheetXml)
{
    QHash<QString, Cell> cells;
    QXmlStreamReader xml(sheetXml);
    QString current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("c")) {
            current = xml.attributes().value(QLatin1String("r")).toString();
            cells[current].style = xml.attributes().value(QLatin1String("s")).toString();
            cells[current].type = xml.attributes().value(QLatin1String("t")).toString();
        } else if (xml.name() == QLatin1String("v")) {
            cells[current].value = xml.readElementText();
        } else if (xml.name() == QLatin1String("f")) {
            cells[current].formula = xml.readElementText();
        }
    }
    return cells;
}

QStringList readSharedStrings(const QString &xmlText)
{
    QStringList strings;
    QXmlStreamReader xml(xmlText);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("t"))
            strings.append(xml.readElementText());
    }
    return strings;
}

// The number format of each cell style index, from styles.xml.
QStringList readCellFormats(const QString &stylesXml)
{
    QHash<QString, QString> numFmts{{QStringLiteral("0"), QStringLiteral("General")}};
    QStringList formats;
    QXmlStreamReader xml(stylesXml);
    bool inCellXfs = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("numFmt"))
            numFmts.insert(xml.attributes().value(QLatin1String("numFmtId")).toString(),
                           xml.attributes().value(QLatin1String("formatCode")).toString());
        if (xml.name() == QLatin1String("cellXfs"))
            inCellXfs = xml.isStartElement();
        if (inCellXfs && xml.isStartElement() && xml.name() == QLatin1String("xf"))
            formats.append(numFmts.value(xml.attributes().value(QLatin1String("numFmtId")).toString()));
    }
    return formats;
}

double excelSerial(QDate date)
{
    return QDate(1899, 12, 30).daysTo(date);
}

} // namespace

class tst_XlsxReportWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyCellKindIsWrittenAsItsOwnType()
    {
        ReportTable table;
        table.kind = ReportKind::Daily;
        table.from = QDate(2026, 11, 1);
        table.to = QDate(2026, 11, 30);
        table.columns = {{ColumnId::Name, CellKind::Text},      {ColumnId::Date, CellKind::Date},
                         {ColumnId::FirstIn, CellKind::Time},   {ColumnId::LastOut, CellKind::DateTime},
                         {ColumnId::Worked, CellKind::Duration}, {ColumnId::LateCount, CellKind::Count},
                         {ColumnId::Status, CellKind::Text}};
        table.rows = {
            {QStringLiteral("张伟"), QDate(2026, 11, 2), QVariant::fromValue(DayTime{QTime(8, 5), 0}),
             QDateTime(QDate(2026, 11, 3), QTime(1, 30)), 1545, 1, QStringLiteral("late,missing_punch")},
            // A night's time on the next date: it shows as such and still subtracts as a time.
            {QStringLiteral("Zoë Müller"), QDate(2026, 11, 3), QVariant::fromValue(DayTime{QTime(6, 2), 1}),
             QDateTime(QDate(2026, 11, 3), QTime(17, 0)), 480, 0, QString()},
        };
        table.sources = {{QStringLiteral("7"), QDate(2026, 11, 2)}, {QStringLiteral("8"), QDate(2026, 11, 3)}};
        table.totals = {QVariant(), QVariant(), QVariant(), QVariant(), 2025, 1, QVariant()};
        ReportTexts texts;
        texts.title = QStringLiteral("Daily report");
        texts.period = QStringLiteral("1–30 November 2026");
        texts.scope = QStringLiteral("Department: 厨房");
        texts.headers = {QStringLiteral("Name"),     QStringLiteral("Date"),   QStringLiteral("In"),
                         QStringLiteral("Out"),      QStringLiteral("Worked"), QStringLiteral("Late"),
                         QStringLiteral("Status")};
        texts.statusWords = {{QStringLiteral("late"), QStringLiteral("Late")},
                             {QStringLiteral("missing_punch"), QStringLiteral("Missing punch")}};
        texts.totalsLabel = QStringLiteral("Total");
        texts.generated = QStringLiteral("Generated 2026-11-24 09:12");
        texts.dateFormat = QStringLiteral("d MMM yyyy"); // the console's language

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("report.xlsx"));
        QString error;
        QVERIFY2(writeXlsx(table, texts, path, &error), qPrintable(error));

        const QString sheet = zipEntry(path, QStringLiteral("xl/worksheets/sheet1.xml"));
        QVERIFY(!sheet.isEmpty());
        const QStringList strings = readSharedStrings(zipEntry(path, QStringLiteral("xl/sharedStrings.xml")));
        const QStringList formats = readCellFormats(zipEntry(path, QStringLiteral("xl/styles.xml")));
        const QHash<QString, Cell> cells = readCells(sheet);
        const auto text = [&](const QString &ref) {
            const Cell cell = cells.value(ref);
            return cell.type == QLatin1String("s") ? strings.value(cell.value.toInt()) : QString();
        };
        const auto format = [&](const QString &ref) { return formats.value(cells.value(ref).style.toInt()); };
        const auto number = [&](const QString &ref) { return cells.value(ref).value.toDouble(); };

        // Title lines, a blank row, the header on row 6, data from row 7.
        QCOMPARE(text(QStringLiteral("A1")), texts.title);
        QCOMPARE(text(QStringLiteral("A2")), texts.period);
        QCOMPARE(text(QStringLiteral("A3")), texts.scope);
        QCOMPARE(text(QStringLiteral("E6")), QStringLiteral("Worked"));
        QVERIFY2(sheet.contains(QLatin1String("<pane ySplit=\"6\" topLeftCell=\"A7\"")), qPrintable(sheet));
        QVERIFY(sheet.contains(QLatin1String("state=\"frozen\"")));

        QCOMPARE(text(QStringLiteral("A7")), QStringLiteral("张伟"));
        QCOMPARE(text(QStringLiteral("A8")), QStringLiteral("Zoë Müller"));
        QCOMPARE(number(QStringLiteral("B7")), excelSerial(QDate(2026, 11, 2)));
        QCOMPARE(format(QStringLiteral("B7")), QStringLiteral("d mmm yyyy"));
        QCOMPARE(number(QStringLiteral("C7")), (8 * 60 + 5) / 1440.0);
        QCOMPARE(format(QStringLiteral("C7")), QStringLiteral("hh:mm"));
        QCOMPARE(number(QStringLiteral("C8")), 1 + (6 * 60 + 2) / 1440.0);
        QCOMPARE(format(QStringLiteral("C8")), QStringLiteral("hh:mm\" +1\""));
        QCOMPARE(number(QStringLiteral("D7")), excelSerial(QDate(2026, 11, 3)) + 90 / 1440.0);
        QCOMPARE(format(QStringLiteral("D7")), QStringLiteral("d mmm yyyy hh:mm"));
        QCOMPARE(number(QStringLiteral("E7")), 1545 / 1440.0);
        QCOMPARE(format(QStringLiteral("E7")), QStringLiteral("[h]:mm"));
        QCOMPARE(number(QStringLiteral("F7")), 1.0);
        QCOMPARE(cells.value(QStringLiteral("F8")).value, QStringLiteral("0"));
        QCOMPARE(text(QStringLiteral("G7")), QStringLiteral("Late, Missing punch"));

        QCOMPARE(text(QStringLiteral("A9")), QStringLiteral("Total"));
        QCOMPARE(cells.value(QStringLiteral("E9")).formula, QStringLiteral("SUM(E7:E8)"));
        QCOMPARE(number(QStringLiteral("E9")), 2025 / 1440.0);
        QCOMPARE(format(QStringLiteral("E9")), QStringLiteral("[h]:mm"));
        QCOMPARE(cells.value(QStringLiteral("F9")).formula, QStringLiteral("SUM(F7:F8)"));
        QCOMPARE(number(QStringLiteral("F9")), 1.0);
        QVERIFY(!cells.contains(QStringLiteral("B9")));

        // The name column is wide enough for the longest name.
        const QRegularExpression nameColumn(QStringLiteral("<col min=\"1\" max=\"1\" width=\"([0-9.]+)\""));
        const QRegularExpressionMatch match = nameColumn.match(sheet);
        QVERIFY2(match.hasMatch(), qPrintable(sheet));
        QVERIFY(match.captured(1).toDouble() >= QStringLiteral("Zoë Müller").size());
    }

    void anEmptyReportStillHasItsHeaderAndTotals()
    {
        ReportTable table;
        table.columns = {{ColumnId::Name, CellKind::Text}, {ColumnId::Worked, CellKind::Duration}};
        table.totals = {QVariant(), 0};
        ReportTexts texts;
        texts.title = QStringLiteral("Monthly summary");
        texts.headers = {QStringLiteral("Name"), QStringLiteral("Worked")};
        texts.totalsLabel = QStringLiteral("Total");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("empty.xlsx"));
        QString error;
        QVERIFY2(writeXlsx(table, texts, path, &error), qPrintable(error));
        const QHash<QString, Cell> cells = readCells(zipEntry(path, QStringLiteral("xl/worksheets/sheet1.xml")));
        QVERIFY(cells.contains(QStringLiteral("B3")));
        QCOMPARE(cells.value(QStringLiteral("B4")).value, QStringLiteral("0"));
    }

    void anUnwritablePathIsAnError()
    {
        ReportTable table;
        table.columns = {{ColumnId::Name, CellKind::Text}};
        ReportTexts texts;
        texts.headers = {QStringLiteral("Name")};
        QString error;
        QVERIFY(!writeXlsx(table, texts, QStringLiteral("/nonexistent-dir/report.xlsx"), &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_XlsxReportWriter)
#include "tst_xlsxreportwriter.moc"
