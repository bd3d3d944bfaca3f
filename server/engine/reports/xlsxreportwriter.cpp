#include "xlsxreportwriter.h"

#include "daystatus.h"

#include <QDateTime>
#include <QFile>
#include <QHash>

#include <xlsxwriter.h>

#include <algorithm>
#include <memory>

namespace punchclock::engine::reports {

namespace {

constexpr double MinutesPerDay = 24 * 60;
constexpr double MinColumnWidth = 6;
constexpr double MaxColumnWidth = 60;

struct Formats
{
    lxw_workbook *book = nullptr;
    lxw_format *title = nullptr;
    lxw_format *header = nullptr;
    lxw_format *date = nullptr;
    // "hh:mm", and for times on a later date than the row's "hh:mm" +1": the cell holds the
    // days as well, so it still subtracts and sorts as a time.
    mutable QHash<int, lxw_format *> timeByDayOffset;
    lxw_format *dateTime = nullptr;
    lxw_format *duration = nullptr;
    lxw_format *count = nullptr;
    lxw_format *totalText = nullptr;
    lxw_format *totalDuration = nullptr;
    lxw_format *totalCount = nullptr;
};

lxw_format *numberFormat(lxw_workbook *book, const char *pattern, bool total)
{
    lxw_format *format = workbook_add_format(book);
    format_set_num_format(format, pattern);
    if (total) {
        format_set_bold(format);
        format_set_top(format, LXW_BORDER_THIN);
    }
    return format;
}

lxw_format *timeFormat(const Formats &formats, int dayOffset)
{
    auto found = formats.timeByDayOffset.constFind(dayOffset);
    if (found != formats.timeByDayOffset.constEnd())
        return *found;
    const QByteArray pattern = dayOffset == 0 ? QByteArray("hh:mm")
                                              : QByteArray("hh:mm\" ") + DayTime::withOffset({}, dayOffset).trimmed().toUtf8()
                                                    + '"';
    lxw_format *format = numberFormat(formats.book, pattern.constData(), false);
    formats.timeByDayOffset.insert(dayOffset, format);
    return format;
}

Formats createFormats(lxw_workbook *book, const QString &dateFormat)
{
    Formats formats;
    formats.book = book;
    formats.title = workbook_add_format(book);
    format_set_bold(formats.title);
    format_set_font_size(formats.title, 14);
    formats.header = workbook_add_format(book);
    format_set_bold(formats.header);
    format_set_bottom(formats.header, LXW_BORDER_THIN);
    format_set_bg_color(formats.header, 0xEEEEEE);
    const QByteArray date = excelDateFormat(dateFormat).toUtf8();
    formats.date = numberFormat(book, date.constData(), false);
    formats.dateTime = numberFormat(book, QByteArray(date + " hh:mm").constData(), false);
    // Durations are fractions of a day so that SUM and [h] keep adding past 24 hours.
    formats.duration = numberFormat(book, "[h]:mm", false);
    formats.count = numberFormat(book, "0", false);
    formats.totalText = workbook_add_format(book);
    format_set_bold(formats.totalText);
    format_set_top(formats.totalText, LXW_BORDER_THIN);
    formats.totalDuration = numberFormat(book, "[h]:mm", true);
    formats.totalCount = numberFormat(book, "0", true);
    return formats;
}

lxw_datetime toLxw(QDate date, QTime time)
{
    lxw_datetime value{};
    if (date.isValid()) {
        value.year = date.year();
        value.month = date.month();
        value.day = date.day();
    }
    if (time.isValid()) {
        value.hour = time.hour();
        value.min = time.minute();
        value.sec = time.second();
    }
    return value;
}

// Excel measures widths in characters of the default font; East Asian characters take two.
double displayWidth(const QString &text)
{
    double width = 0;
    for (const QChar c : text)
        width += c.unicode() >= 0x1100 ? 2 : 1;
    return width;
}

double cellWidth(CellKind kind, const QVariant &value)
{
    switch (kind) {
    case CellKind::Text:
        return displayWidth(value.toString());
    case CellKind::Date:
        return 12;
    case CellKind::Time:
        return value.value<DayTime>().dayOffset == 0 ? 5 : 8;
    case CellKind::DateTime:
        return 18;
    case CellKind::Duration:
        return QString::number(value.toInt() / 60).size() + 3;
    case CellKind::Count:
        return QString::number(value.toInt()).size();
    }
    return 0;
}

lxw_error writeCell(lxw_worksheet *sheet, lxw_row_t row, lxw_col_t col, CellKind kind, const QVariant &value,
                    const Formats &formats)
{
    if (!value.isValid() || value.isNull())
        return LXW_NO_ERROR;
    switch (kind) {
    case CellKind::Text:
        return worksheet_write_string(sheet, row, col, value.toString().toUtf8().constData(), nullptr);
    case CellKind::Date: {
        lxw_datetime date = toLxw(value.toDate(), QTime());
        return worksheet_write_datetime(sheet, row, col, &date, formats.date);
    }
    case CellKind::Time: {
        const DayTime time = value.value<DayTime>();
        const double fraction = time.time.msecsSinceStartOfDay() / (MinutesPerDay * 60000);
        return worksheet_write_number(sheet, row, col, time.dayOffset + fraction, timeFormat(formats, time.dayOffset));
    }
    case CellKind::DateTime: {
        const QDateTime moment = value.toDateTime();
        lxw_datetime dateTime = toLxw(moment.date(), moment.time());
        return worksheet_write_datetime(sheet, row, col, &dateTime, formats.dateTime);
    }
    case CellKind::Duration:
        return worksheet_write_number(sheet, row, col, value.toInt() / MinutesPerDay, formats.duration);
    case CellKind::Count:
        return worksheet_write_number(sheet, row, col, value.toInt(), formats.count);
    }
    return LXW_NO_ERROR;
}

lxw_error writeTotal(lxw_worksheet *sheet, lxw_row_t row, lxw_col_t col, lxw_row_t firstDataRow, CellKind kind,
                     const QVariant &value, const Formats &formats)
{
    if (kind != CellKind::Duration && kind != CellKind::Count)
        return worksheet_write_string(sheet, row, col, value.toString().toUtf8().constData(), formats.totalText);
    char range[32];
    lxw_rowcol_to_range(range, firstDataRow, col, row - 1, col);
    const QByteArray formula = QByteArray("=SUM(") + range + ')';
    if (row == firstDataRow)
        return worksheet_write_number(sheet, row, col, 0, kind == CellKind::Duration ? formats.totalDuration
                                                                                    : formats.totalCount);
    // The computed value goes along so that viewers that do not recalculate show it too.
    if (kind == CellKind::Duration)
        return worksheet_write_formula_num(sheet, row, col, formula.constData(), formats.totalDuration,
                                           value.toInt() / MinutesPerDay);
    return worksheet_write_formula_num(sheet, row, col, formula.constData(), formats.totalCount, value.toInt());
}

// A workbook given up on is freed without writing the file.
struct WorkbookFree
{
    void operator()(lxw_workbook *book) const { lxw_workbook_free(book); }
};

} // namespace

QString excelDateFormat(const QString &qtFormat)
{
    // Qt's and Excel's date letters differ only in the month (M → m); anything else that is not
    // punctuation Excel knows goes in quotes, so that 年 or "de" stay text.
    QString excel;
    QString literal;
    const auto flushLiteral = [&excel, &literal] {
        if (!literal.isEmpty())
            excel += QLatin1Char('"') + literal + QLatin1Char('"');
        literal.clear();
    };
    bool quoted = false;
    for (qsizetype i = 0; i < qtFormat.size(); ++i) {
        const QChar c = qtFormat.at(i);
        if (c == QLatin1Char('\'')) {
            if (i + 1 < qtFormat.size() && qtFormat.at(i + 1) == QLatin1Char('\'')) {
                literal += c;
                ++i;
            } else {
                quoted = !quoted;
            }
            continue;
        }
        if (quoted) {
            literal += c;
            continue;
        }
        if (c == QLatin1Char('d') || c == QLatin1Char('M') || c == QLatin1Char('y')) {
            flushLiteral();
            excel += c == QLatin1Char('M') ? QChar(QLatin1Char('m')) : c;
            continue;
        }
        if (QStringLiteral(" -/.,:").contains(c)) {
            flushLiteral();
            excel += c;
            continue;
        }
        literal += c;
    }
    flushLiteral();
    return excel.isEmpty() ? QStringLiteral("yyyy-mm-dd") : excel;
}

bool writeXlsx(const ReportTable &table, const ReportTexts &texts, const QString &path, QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    const QByteArray fileName = QFile::encodeName(path);
    std::unique_ptr<lxw_workbook, WorkbookFree> book(workbook_new(fileName.constData()));
    if (!book)
        return fail(QStringLiteral("cannot create the workbook"));
    const Formats formats = createFormats(book.get(), texts.dateFormat);
    lxw_worksheet *sheet = workbook_add_worksheet(book.get(), nullptr);
    if (!sheet)
        return fail(QStringLiteral("cannot add a worksheet"));

    lxw_row_t row = 0;
    lxw_error status = worksheet_write_string(sheet, row++, 0, texts.title.toUtf8().constData(), formats.title);
    for (const QString &line : QStringList{texts.period, texts.scope} + texts.notes + QStringList{texts.generated}) {
        if (status == LXW_NO_ERROR && !line.isEmpty())
            status = worksheet_write_string(sheet, row++, 0, line.toUtf8().constData(), nullptr);
    }
    ++row;

    const lxw_col_t columnCount = lxw_col_t(table.columns.size());
    QList<double> widths(table.columns.size(), MinColumnWidth);
    const lxw_row_t headerRow = row++;
    for (lxw_col_t col = 0; col < columnCount && status == LXW_NO_ERROR; ++col) {
        const QString header = texts.headers.value(col);
        widths[col] = std::max(widths[col], displayWidth(header) + 2);
        status = worksheet_write_string(sheet, headerRow, col, header.toUtf8().constData(), formats.header);
    }

    const lxw_row_t firstDataRow = row;
    for (const QVariantList &cells : table.rows) {
        for (lxw_col_t col = 0; col < columnCount && status == LXW_NO_ERROR; ++col) {
            const CellKind kind = table.columns.at(col).kind;
            const QVariant value = table.columns.at(col).id == ColumnId::Status
                ? QVariant(statusText(cells.value(col).toString(), texts))
                : cells.value(col);
            widths[col] = std::max(widths[col], cellWidth(kind, value) + 1);
            status = writeCell(sheet, row, col, kind, value, formats);
        }
        ++row;
    }

    if (!table.totals.isEmpty() && status == LXW_NO_ERROR) {
        status = worksheet_write_string(sheet, row, 0, texts.totalsLabel.toUtf8().constData(), formats.totalText);
        for (lxw_col_t col = 1; col < columnCount && status == LXW_NO_ERROR; ++col) {
            const QVariant value = table.totals.value(col);
            if (value.isValid())
                status = writeTotal(sheet, row, col, firstDataRow, table.columns.at(col).kind, value, formats);
        }
        widths[0] = std::max(widths[0], displayWidth(texts.totalsLabel) + 2);
    }

    for (lxw_col_t col = 0; col < columnCount && status == LXW_NO_ERROR; ++col)
        status = worksheet_set_column(sheet, col, col, std::min(widths[col], MaxColumnWidth), nullptr);
    worksheet_freeze_panes(sheet, headerRow + 1, 0);
    if (status != LXW_NO_ERROR)
        return fail(QString::fromUtf8(lxw_strerror(status)));

    status = workbook_close(book.release());
    if (status != LXW_NO_ERROR)
        return fail(QString::fromUtf8(lxw_strerror(status)));
    return true;
}

} // namespace punchclock::engine::reports
