#include "csvreportwriter.h"

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

// A spreadsheet program runs a cell that starts with one of these as a formula, so a name
// such as "=HYPERLINK(…)" typed on a terminal would run on the payroll clerk's PC. The
// apostrophe is what OWASP recommends: the cell shows as text. Only text is guarded: dates,
// times and durations are written here in fixed forms, and a negative duration must stay a
// number.
QString guarded(const QString &text)
{
    static const QString formulaStarts = QStringLiteral("=+-@\t\r\n");
    return !text.isEmpty() && formulaStarts.contains(text.front()) ? QLatin1Char('\'') + text : text;
}

QString cellText(const QVariant &value, const ReportColumn &column, const ReportTexts &texts)
{
    if (!value.isValid() || value.isNull())
        return {};
    switch (column.kind) {
    case CellKind::Text:
        return guarded(column.id == ColumnId::Status ? statusText(value.toString(), texts) : value.toString());
    case CellKind::Date: return value.toDate().toString(Qt::ISODate);
    case CellKind::Time: return value.toTime().toString(QStringLiteral("HH:mm"));
    case CellKind::DateTime: return value.toDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    case CellKind::Duration: return duration(value.toInt());
    case CellKind::Count: return QString::number(value.toInt());
    }
    return value.toString();
}

QString quoted(const QString &field)
{
    static const QString special = QStringLiteral(",\"\r\n");
    bool needsQuotes = false;
    for (QChar c : field)
        needsQuotes = needsQuotes || special.contains(c);
    if (!needsQuotes)
        return field;
    QString escaped = field;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

void appendLine(QString &out, const QStringList &fields)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out += QLatin1Char(',');
        out += quoted(fields.at(i));
    }
    out += QLatin1String("\r\n");
}

} // namespace

QByteArray CsvReportWriter::toCsv(const ReportTable &table, const ReportTexts &texts)
{
    QString out;
    QStringList header;
    for (qsizetype c = 0; c < table.columns.size(); ++c)
        header.append(guarded(texts.headers.value(c)));
    appendLine(out, header);
    for (const QVariantList &row : table.rows) {
        QStringList fields;
        for (qsizetype c = 0; c < table.columns.size(); ++c)
            fields.append(cellText(row.value(c), table.columns.at(c), texts));
        appendLine(out, fields);
    }
    if (!table.rows.isEmpty()) {
        QStringList totals;
        for (qsizetype c = 0; c < table.columns.size(); ++c)
            totals.append(c == 0 ? guarded(texts.totalsLabel)
                                 : cellText(table.totals.value(c), table.columns.at(c), texts));
        appendLine(out, totals);
    }
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
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
