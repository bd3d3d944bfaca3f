#include "csvreportwriter.h"

#include "csvfield.h"
#include "daystatus.h"

#include <QDate>
#include <QSaveFile>
#include <QTime>

namespace punchclock::engine::reports {

namespace {

QString duration(int minutes)
{
    const QString sign = minutes < 0 ? QStringLiteral("-") : QString();
    const int magnitude = qAbs(minutes);
    return sign + QString::number(magnitude / 60) + QLatin1Char(':') +
           QString::number(magnitude % 60).rightJustified(2, QLatin1Char('0'));
}

QString cellText(const QVariant &value, const ReportColumn &column, const ReportTexts &texts)
{
    if (!value.isValid() || value.isNull())
        return {};
    switch (column.kind) {
    case CellKind::Text:
        return csv::spreadsheetSafe(column.id == ColumnId::Status ? statusText(value.toString(), texts) : value.toString());
    case CellKind::Date: return value.toDate().toString(Qt::ISODate);
    case CellKind::Time: {
        const DayTime time = value.value<DayTime>();
        return DayTime::withOffset(time.time.toString(QStringLiteral("HH:mm")), time.dayOffset);
    }
    case CellKind::DateTime: return value.toDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    case CellKind::Duration: return duration(value.toInt());
    case CellKind::Count: return QString::number(value.toInt());
    }
    return value.toString();
}

} // namespace

QByteArray CsvReportWriter::toCsv(const ReportTable &table, const ReportTexts &texts)
{
    QString out;
    QStringList header;
    for (qsizetype c = 0; c < table.columns.size(); ++c)
        header.append(csv::spreadsheetSafe(texts.headers.value(c)));
    out += csv::line(header);
    for (const QVariantList &row : table.rows) {
        QStringList fields;
        for (qsizetype c = 0; c < table.columns.size(); ++c)
            fields.append(cellText(row.value(c), table.columns.at(c), texts));
        out += csv::line(fields);
    }
    if (!table.rows.isEmpty()) {
        QStringList totals;
        for (qsizetype c = 0; c < table.columns.size(); ++c)
            totals.append(c == 0 ? csv::spreadsheetSafe(texts.totalsLabel)
                                 : cellText(table.totals.value(c), table.columns.at(c), texts));
        out += csv::line(totals);
    }
    return QByteArray(csv::byteOrderMark) + out.toUtf8();
}

bool CsvReportWriter::write(const ReportTable &table, const ReportTexts &texts, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toCsv(table, texts)) < 0 || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace punchclock::engine::reports
