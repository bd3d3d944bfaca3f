#include "pdfreportwriter.h"
#include "reportcellformat.h"
#include "reportlayout.h"

#include <QGuiApplication>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace punchclock;
using namespace punchclock::engine::reports;

namespace {

// The PDF's text as pdftotext (poppler-utils, scripts/install-deps.sh) reads it: one string
// per page.
QStringList pdfPages(const QString &path)
{
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (!pdftotext.waitForFinished(30000) || pdftotext.exitCode() != 0)
        return {};
    QStringList pages = QString::fromUtf8(pdftotext.readAllStandardOutput()).split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.constLast().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

ReportTable monthOf(int employees)
{
    ReportTable table;
    table.kind = ReportKind::Monthly;
    table.from = QDate(2026, 11, 1);
    table.to = QDate(2026, 11, 30);
    table.columns = {{ColumnId::UserId, CellKind::Text},
                     {ColumnId::Name, CellKind::Text},
                     {ColumnId::Worked, CellKind::Duration},
                     {ColumnId::LateCount, CellKind::Count}};
    int worked = 0;
    int late = 0;
    for (int i = 0; i < employees; ++i) {
        const QString name = i == 0 ? QStringLiteral("张伟") : i == employees - 1 ? QStringLiteral("李娜")
                                                                                   : QStringLiteral("Employee %1").arg(i);
        table.rows.append({QString::number(1000 + i), name, 9600 + i, i % 3});
        table.sources.append({QString::number(1000 + i), QDate()});
        worked += 9600 + i;
        late += i % 3;
    }
    table.totals = {QVariant(), QVariant(), worked, late};
    return table;
}

ReportTexts textsFor()
{
    ReportTexts texts;
    texts.title = QStringLiteral("Monthly summary");
    texts.period = QStringLiteral("1 November 2026 – 30 November 2026");
    texts.scope = QStringLiteral("Department: Kitchen");
    texts.headers = {QStringLiteral("User ID"), QStringLiteral("Name"), QStringLiteral("Worked"),
                     QStringLiteral("Late days")};
    texts.totalsLabel = QStringLiteral("Total");
    texts.generated = QStringLiteral("Generated 2026-11-24 09:12 by Punchclock");
    return texts;
}

} // namespace

class tst_PdfReportWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aLongReportIsPaginatedWithHeadersPageNumbersAndTotals()
    {
        const ReportTable table = monthOf(150);
        const ReportTexts texts = textsFor();
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("month.pdf"));
        QString error;
        QVERIFY2(ui::writePdf(table, texts, path, &error), qPrintable(error));

        const QStringList pages = pdfPages(path);
        QVERIFY2(pages.size() >= 3, qPrintable(QString::number(pages.size())));
        const QString all = pages.join(QLatin1Char('\n'));
        QVERIFY2(pages.first().contains(texts.title), qPrintable(pages.first()));
        QVERIFY(pages.first().contains(texts.period));
        QVERIFY(pages.first().contains(texts.scope));
        QVERIFY2(pages.first().contains(QStringLiteral("张伟")), qPrintable(pages.first()));
        QVERIFY2(pages.last().contains(QStringLiteral("李娜")), qPrintable(pages.last()));
        for (int page = 0; page < pages.size(); ++page) {
            QVERIFY2(pages.at(page).contains(QStringLiteral("Page %1 of %2").arg(page + 1).arg(pages.size())),
                     qPrintable(pages.at(page)));
            QVERIFY2(pages.at(page).contains(QLatin1String("Late days")), qPrintable(pages.at(page)));
        }
        // Every employee exactly once, none lost at a page break.
        for (int i = 1; i < 149; ++i)
            QCOMPARE(all.count(QRegularExpression(QStringLiteral("\\bEmployee %1\\b").arg(i))), 1);
        const QRegularExpression totals(QStringLiteral("Total\\s+%1\\s+%2")
                                            .arg(QRegularExpression::escape(ui::ReportCellFormat::duration(
                                                     table.totals.at(2).toInt())))
                                            .arg(table.totals.at(3).toInt()));
        QVERIFY2(pages.last().contains(totals), qPrintable(pages.last()));
    }

    void aWideReportTurnsTheSheet()
    {
        ReportTable table = monthOf(3);
        ReportTexts texts = textsFor();
        for (int extra = 0; extra < 14; ++extra) {
            table.columns.append({ColumnId::Remark, CellKind::Text});
            texts.headers.append(QStringLiteral("Remark %1").arg(extra));
            for (QVariantList &row : table.rows)
                row.append(QStringLiteral("a fairly long remark"));
            table.totals.append(QVariant());
        }
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("wide.pdf"));
        QString error;
        QVERIFY2(ui::writePdf(table, texts, path, &error), qPrintable(error));
        QProcess info;
        info.start(QStringLiteral("pdfinfo"), {path});
        QVERIFY(info.waitForFinished(10000));
        const QString output = QString::fromUtf8(info.readAllStandardOutput());
        QVERIFY2(output.contains(QRegularExpression(QStringLiteral("Page size:\\s+84[12](\\.\\d+)? x 595"))),
                 qPrintable(output));
    }

    // A month of a 300-character name (stored before names were bounded, or the longest a
    // layout must survive): the name gives up its width, every id and figure stays whole.
    void aLongNameNeverCostsAFigure()
    {
        ReportTable table;
        table.kind = ReportKind::Monthly;
        table.from = QDate(2026, 11, 1);
        table.to = QDate(2026, 11, 30);
        table.columns = ReportLayout::columns(ReportKind::Monthly);
        ReportTexts texts = textsFor();
        texts.headers.clear();
        for (int col = 0; col < table.columns.size(); ++col)
            texts.headers.append(QStringLiteral("H%1").arg(col));
        const QString longName = QString(QStringLiteral("Maximiliana Long-Name ")).repeated(14).left(300);
        for (int i = 0; i < 3; ++i) {
            QVariantList row;
            for (const ReportColumn &column : table.columns) {
                switch (column.id) {
                case ColumnId::UserId: row.append(QStringLiteral("EMPLOYEE_%1").arg(1000000000000 + i)); break;
                case ColumnId::Name: row.append(longName); break;
                case ColumnId::Department: row.append(QStringLiteral("Kitchen")); break;
                case ColumnId::Status: row.append(QString()); break;
                default:
                    row.append(column.kind == CellKind::Duration ? 9000 + 37 * i + int(row.size())
                                                                 : 11 + 3 * i + int(row.size()));
                }
            }
            table.rows.append(row);
            table.sources.append({row.constFirst().toString(), QDate()});
        }
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("long-name.pdf"));
        QString error;
        QVERIFY2(ui::writePdf(table, texts, path, &error), qPrintable(error));
        const QString text = pdfPages(path).join(QLatin1Char('\n'));
        QVERIFY2(!text.isEmpty(), "pdftotext read nothing");
        for (const QVariantList &row : std::as_const(table.rows)) {
            QStringList line;
            for (int col = 0; col < table.columns.size(); ++col) {
                if (table.columns.at(col).id == ColumnId::Name || table.columns.at(col).id == ColumnId::Department)
                    continue;
                const QString cell = ui::ReportCellFormat::text(table.columns.at(col), row.at(col), texts);
                line.append(QRegularExpression::escape(cell));
            }
            // The id, then the figures in order; only the name (and its department) may be cut.
            const QString figures = line.mid(1).join(QStringLiteral("\\s+"));
            QVERIFY2(text.contains(QRegularExpression(line.constFirst())), qPrintable(line.constFirst() + QLatin1Char('\n') + text));
            QVERIFY2(text.contains(QRegularExpression(figures)), qPrintable(figures + QLatin1Char('\n') + text));
        }
        QVERIFY2(!text.contains(longName), "the name was not shortened, so the page must have been scaled");
    }

    void cancellingRemovesTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cancelled.pdf"));
        QString error;
        int calls = 0;
        const bool written = ui::PdfReportWriter::write(monthOf(200), textsFor(), path, &error, [&](int done, int total) {
            ++calls;
            return done < 2 && total > 2;
        });
        QVERIFY(!written);
        QCOMPARE(calls, 2);
        QVERIFY(!error.isEmpty());
        QVERIFY(!QFile::exists(path));
    }

    void anUnwritablePathIsAnError()
    {
        QString error;
        QVERIFY(!ui::writePdf(monthOf(1), textsFor(), QStringLiteral("/nonexistent-dir/x.pdf"), &error));
        QVERIFY(error.contains(QLatin1String("/nonexistent-dir/x.pdf")));
    }
};

QTEST_MAIN(tst_PdfReportWriter)
#include "tst_pdfreportwriter.moc"
