#include "payrollwriter.h"

#include "csvfield.h"
#include "xlsxreportwriter.h"

#include <QFile>
#include <QTemporaryFile>
#include <QSaveFile>

#include <xlsxwriter.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>
#include <sys/stat.h>
#include <numeric>

namespace punchclock::engine::reports {

namespace {

constexpr double MinutesPerDay = 24 * 60;
constexpr double NarrowestColumn = 8;
constexpr double WidestColumn = 50;

QString csvText(const QVariant &value, PayrollValueKind kind, const PayrollProfile &profile)
{
    switch (kind) {
    case PayrollValueKind::Text: return csv::spreadsheetSafe(value.toString());
    case PayrollValueKind::Date: return profile.dateText(value.toDate());
    case PayrollValueKind::Hours: return profile.hoursText(value.toInt());
    case PayrollValueKind::Number: return QString::number(value.toInt());
    }
    return {};
}

// The cell formats of one workbook: what makes a value a date, a duration or a number in Excel.
struct CellFormats
{
    lxw_format *header = nullptr;
    lxw_format *date = nullptr;
    lxw_format *hours = nullptr;
    lxw_format *number = nullptr;
};

CellFormats cellFormats(lxw_workbook *book, const PayrollProfile &profile)
{
    CellFormats formats;
    formats.header = workbook_add_format(book);
    format_set_bold(formats.header);
    format_set_bottom(formats.header, LXW_BORDER_THIN);
    formats.date = workbook_add_format(book);
    format_set_num_format(formats.date, excelDateFormat(profile.dateFormat).toUtf8().constData());
    QByteArray hours = "[h]:mm";
    if (profile.hoursFormat == HoursFormat::Decimal) {
        hours = "0";
        if (profile.decimalPlaces > 0)
            hours += '.' + QByteArray(profile.decimalPlaces, '0');
    }
    formats.hours = workbook_add_format(book);
    format_set_num_format(formats.hours, hours.constData());
    formats.number = workbook_add_format(book);
    format_set_num_format(formats.number, "0");
    return formats;
}

lxw_error writeValue(lxw_worksheet *sheet, lxw_row_t row, lxw_col_t col, const QVariant &value, PayrollValueKind kind,
                     const PayrollProfile &profile, const CellFormats &formats)
{
    switch (kind) {
    case PayrollValueKind::Text: {
        const QString text = value.toString();
        return text.isEmpty() ? LXW_NO_ERROR
                              : worksheet_write_string(sheet, row, col, text.toUtf8().constData(), nullptr);
    }
    case PayrollValueKind::Date: {
        const QDate date = value.toDate();
        lxw_datetime day{};
        day.year = date.year();
        day.month = date.month();
        day.day = date.day();
        return worksheet_write_datetime(sheet, row, col, &day, formats.date);
    }
    case PayrollValueKind::Hours: {
        // A duration is a fraction of a day; decimal hours are the number the CSV shows.
        const double hours = profile.hoursFormat == HoursFormat::Decimal ? profile.hoursValue(value.toInt())
                                                                         : value.toInt() / MinutesPerDay;
        return worksheet_write_number(sheet, row, col, hours, formats.hours);
    }
    case PayrollValueKind::Number: return worksheet_write_number(sheet, row, col, value.toInt(), formats.number);
    }
    return LXW_NO_ERROR;
}

// Characters of Excel's default font; East Asian ones take two.
double widthOf(const QString &text)
{
    return std::accumulate(text.cbegin(), text.cend(), 0.0,
                           [](double width, QChar c) { return width + (c.unicode() >= 0x1100 ? 2 : 1); });
}

struct BookCloser
{
    void operator()(lxw_workbook *book) const { lxw_workbook_free(book); }
};

} // namespace

QByteArray PayrollWriter::toCsv(const PayrollTable &table)
{
    const PayrollProfile &profile = table.profile;
    QStringList header;
    for (const PayrollProfileColumn &column : profile.columns)
        header.append(csv::spreadsheetSafe(column.header));
    QString out = csv::line(header, profile.delimiter);
    for (const QVariantList &row : table.rows) {
        QStringList fields;
        for (qsizetype c = 0; c < profile.columns.size(); ++c)
            fields.append(csvText(row.value(c), payrollValueKind(profile.columns.at(c).column), profile));
        out += csv::line(fields, profile.delimiter);
    }
    return QByteArray(csv::byteOrderMark) + out.toUtf8();
}

bool PayrollWriter::write(Format format, const PayrollTable &table, const QString &path, QString *error)
{
    return format == Format::Xlsx ? writeXlsx(table, path, error) : writeCsv(table, path, error);
}

bool PayrollWriter::writeCsv(const PayrollTable &table, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toCsv(table)) < 0 || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

namespace {

// 0666 less this process's umask, read where reading it changes nothing (umask() sets it).
QFileDevice::Permissions newFilePermissions()
{
    mode_t mask = 022;
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("Umask:"))
                mask = mode_t(line.mid(6).trimmed().toUInt(nullptr, 8));
        }
    }
    const mode_t mode = 0666 & ~mask;
    QFileDevice::Permissions permissions;
    const std::pair<mode_t, QFileDevice::Permission> bits[] = {
        {S_IRUSR, QFileDevice::ReadOwner}, {S_IWUSR, QFileDevice::WriteOwner}, {S_IRGRP, QFileDevice::ReadGroup},
        {S_IWGRP, QFileDevice::WriteGroup}, {S_IROTH, QFileDevice::ReadOther}, {S_IWOTH, QFileDevice::WriteOther}};
    for (const auto &[bit, permission] : bits) {
        if (mode & bit)
            permissions |= permission;
    }
    return permissions;
}

} // namespace

bool PayrollWriter::writeXlsx(const PayrollTable &table, const QString &path, QString *error)
{
    // Written beside the target and renamed over it once whole: a full disk or a lost share
    // leaves the previous file as it was, never a broken one in its place.
    QTemporaryFile partial(path + QStringLiteral(".XXXXXX.partial"));
    if (!partial.open()) {
        if (error)
            *error = partial.errorString();
        return false;
    }
    partial.close();
    // A temporary file is the owner's alone; the export gets what a new file would have.
    partial.setPermissions(newFilePermissions());
    if (!writeXlsxTo(table, partial.fileName(), error))
        return false;
    if (::rename(QFile::encodeName(partial.fileName()).constData(), QFile::encodeName(path).constData()) != 0) {
        if (error)
            *error = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    partial.setAutoRemove(false);
    return true;
}

bool PayrollWriter::writeXlsxTo(const PayrollTable &table, const QString &path, QString *error)
{
    const auto failed = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    std::unique_ptr<lxw_workbook, BookCloser> book(workbook_new(QFile::encodeName(path).constData()));
    lxw_worksheet *sheet = book ? workbook_add_worksheet(book.get(), nullptr) : nullptr;
    if (!sheet)
        return failed(QStringLiteral("cannot create the workbook"));
    const PayrollProfile &profile = table.profile;
    const CellFormats formats = cellFormats(book.get(), profile);

    lxw_error status = LXW_NO_ERROR;
    QList<double> widths;
    for (lxw_col_t col = 0; col < lxw_col_t(profile.columns.size()) && status == LXW_NO_ERROR; ++col) {
        const QString &header = profile.columns.at(col).header;
        widths.append(std::max(NarrowestColumn, widthOf(header) + 2));
        status = worksheet_write_string(sheet, 0, col, header.toUtf8().constData(), formats.header);
    }
    for (lxw_row_t row = 0; row < lxw_row_t(table.rows.size()) && status == LXW_NO_ERROR; ++row) {
        for (lxw_col_t col = 0; col < lxw_col_t(profile.columns.size()) && status == LXW_NO_ERROR; ++col) {
            const QVariant value = table.rows.at(row).value(col);
            const PayrollValueKind kind = payrollValueKind(profile.columns.at(col).column);
            if (kind == PayrollValueKind::Text)
                widths[col] = std::max(widths.at(col), widthOf(value.toString()) + 1);
            status = writeValue(sheet, row + 1, col, value, kind, profile, formats);
        }
    }
    for (lxw_col_t col = 0; col < lxw_col_t(widths.size()) && status == LXW_NO_ERROR; ++col)
        status = worksheet_set_column(sheet, col, col, std::min(widths.at(col), WidestColumn), nullptr);
    worksheet_freeze_panes(sheet, 1, 0);
    if (status != LXW_NO_ERROR)
        return failed(QString::fromUtf8(lxw_strerror(status)));
    status = workbook_close(book.release());
    if (status != LXW_NO_ERROR)
        return failed(QString::fromUtf8(lxw_strerror(status)));
    return true;
}

} // namespace punchclock::engine::reports
