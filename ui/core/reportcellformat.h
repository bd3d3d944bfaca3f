#pragma once

#include "reporttable.h"

#include <QDateTime>
#include <Qt>

namespace punchclock::ui {

// How a report cell reads on screen and in the PDF: the same words in the preview and on paper.
class ReportCellFormat
{
public:
    // A Status cell's codes come out as the words in texts.statusWords.
    static QString text(const engine::reports::ReportColumn &column, const QVariant &value,
                        const engine::reports::ReportTexts &texts);
    static QString text(engine::reports::CellKind kind, const QVariant &value);
    // Numbers, times and durations line up on the right, words on the left.
    static Qt::Alignment alignment(engine::reports::CellKind kind);
    // The locale's short time without seconds: punches are read to the minute.
    static QString time(QTime time);
    static QString dateTime(const QDateTime &moment);
    // 485 → "8:05"; a duration past a day keeps counting hours ("25:45").
    static QString duration(int minutes);
};

} // namespace punchclock::ui
