#pragma once

#include <QHash>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QXmlStreamReader>

namespace punchclock::test {

// A file out of a workbook (a zip), read with unzip(1) from scripts/install-deps.sh; empty when
// it cannot be read.
inline QString workbookEntry(const QString &path, const QString &entry)
{
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), path, entry});
    if (!unzip.waitForFinished(30000) || unzip.exitCode() != 0)
        return {};
    return QString::fromUtf8(unzip.readAllStandardOutput());
}

// One cell of a worksheet as a spreadsheet program reads it.
struct WorkbookCell
{
    QString value;  // a shared string resolved
    QString format; // its number format ("General", "0.00", "[h]:mm", "dd.mm.yyyy")
    bool formula = false;
};

// The cells of the workbook's first sheet by reference ("C2").
inline QHash<QString, WorkbookCell> workbookCells(const QString &path)
{
    QStringList strings;
    QXmlStreamReader shared(workbookEntry(path, QStringLiteral("xl/sharedStrings.xml")));
    while (!shared.atEnd()) {
        if (shared.readNext() == QXmlStreamReader::StartElement && shared.name() == QLatin1String("t"))
            strings.append(shared.readElementText());
    }
    // Excel's built-in number formats that libxlsxwriter refers to by id, then those it defines.
    QHash<QString, QString> numberFormats{{QStringLiteral("0"), QStringLiteral("General")},
                                          {QStringLiteral("1"), QStringLiteral("0")},
                                          {QStringLiteral("2"), QStringLiteral("0.00")}};
    QStringList styleFormats;
    QXmlStreamReader styles(workbookEntry(path, QStringLiteral("xl/styles.xml")));
    bool inCellXfs = false;
    while (!styles.atEnd()) {
        styles.readNext();
        if (styles.isStartElement() && styles.name() == QLatin1String("numFmt"))
            numberFormats.insert(styles.attributes().value(QLatin1String("numFmtId")).toString(),
                                 styles.attributes().value(QLatin1String("formatCode")).toString());
        if (styles.name() == QLatin1String("cellXfs"))
            inCellXfs = styles.isStartElement();
        if (inCellXfs && styles.isStartElement() && styles.name() == QLatin1String("xf"))
            styleFormats.append(numberFormats.value(styles.attributes().value(QLatin1String("numFmtId")).toString()));
    }
    QHash<QString, WorkbookCell> cells;
    QXmlStreamReader sheet(workbookEntry(path, QStringLiteral("xl/worksheets/sheet1.xml")));
    QString reference;
    bool sharedString = false;
    while (!sheet.atEnd()) {
        if (sheet.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (sheet.name() == QLatin1String("c")) {
            reference = sheet.attributes().value(QLatin1String("r")).toString();
            sharedString = sheet.attributes().value(QLatin1String("t")) == QLatin1String("s");
            cells[reference].format = styleFormats.value(sheet.attributes().value(QLatin1String("s")).toInt());
        } else if (sheet.name() == QLatin1String("f")) {
            cells[reference].formula = true;
        } else if (sheet.name() == QLatin1String("v")) {
            const QString value = sheet.readElementText();
            cells[reference].value = sharedString ? strings.value(value.toInt()) : value;
        }
    }
    return cells;
}

} // namespace punchclock::test
