#include "reportcellformat.h"

#include "daystatus.h"
#include "reporttexts.h"

#include <QDateTime>
#include <QLocale>

namespace punchclock::ui {

using engine::reports::CellKind;

QString ReportCellFormat::text(const engine::reports::ReportColumn &column, const QVariant &value,
                               const engine::reports::ReportTexts &texts)
{
    if (column.id == engine::reports::ColumnId::Status)
        return engine::reports::statusText(value.toString(), texts);
    return text(column.kind, value);
}

QString ReportCellFormat::text(CellKind kind, const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return {};
    const QLocale locale;
    switch (kind) {
    case CellKind::Text:
        return value.toString();
    case CellKind::Date:
        return ReportTexts::date(value.toDate());
    case CellKind::Time: {
        const engine::reports::DayTime dayTime = value.value<engine::reports::DayTime>();
        return engine::reports::DayTime::withOffset(time(dayTime.time), dayTime.dayOffset);
    }
    case CellKind::DateTime:
        return dateTime(value.toDateTime());
    case CellKind::Duration:
        return duration(value.toInt());
    case CellKind::Count:
        return locale.toString(value.toInt());
    }
    return {};
}

Qt::Alignment ReportCellFormat::alignment(CellKind kind)
{
    return kind == CellKind::Text ? Qt::AlignLeft | Qt::AlignVCenter : Qt::AlignRight | Qt::AlignVCenter;
}

namespace {

QString withoutSeconds(QString format)
{
    return format.remove(QLatin1String(":ss")).remove(QLatin1String(":s"));
}

} // namespace

QString ReportCellFormat::time(QTime time)
{
    const QLocale locale;
    return locale.toString(time, withoutSeconds(locale.timeFormat(QLocale::ShortFormat)));
}

QString ReportCellFormat::dateTime(const QDateTime &moment)
{
    return ReportTexts::date(moment.date()) + QLatin1Char(' ') + time(moment.time());
}

QString ReportCellFormat::duration(int minutes)
{
    const int magnitude = qAbs(minutes);
    const QString text = QStringLiteral("%1:%2").arg(magnitude / 60).arg(magnitude % 60, 2, 10, QLatin1Char('0'));
    return minutes < 0 ? QString(QLatin1Char('-') + text) : text;
}

} // namespace punchclock::ui
