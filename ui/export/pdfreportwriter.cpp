#include "pdfreportwriter.h"

#include "reportcellformat.h"

#include <QFile>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>
#include <cmath>

namespace punchclock::ui {

using engine::reports::ReportTable;
// Not ui::ReportTexts, which words them.
using Texts = engine::reports::ReportTexts;

namespace {

constexpr int Resolution = 300;
constexpr qreal MarginMm = 12;
constexpr qreal BodyPointSize = 8;

struct Fonts
{
    QFont body;
    QFont bold;
    QFont title;
    QFont small;
};

Fonts makeFonts()
{
    Fonts fonts;
    fonts.body = QGuiApplication::font();
    fonts.body.setPointSizeF(BodyPointSize);
    fonts.bold = fonts.body;
    fonts.bold.setBold(true);
    fonts.title = fonts.bold;
    fonts.title.setPointSizeF(BodyPointSize * 2);
    fonts.small = fonts.body;
    fonts.small.setPointSizeF(BodyPointSize * 0.85);
    return fonts;
}

// Everything that decides where a row goes, worked out before the first page is drawn so
// that the footer can say how many pages there are.
struct Layout
{
    QRectF area;
    qreal padding = 0;
    qreal rowHeight = 0;
    qreal titleBlock = 0;  // first page: title, period, scope, generated
    qreal runningHead = 0; // later pages: the title in small print
    qreal footer = 0;
    QList<qreal> widths;
    int rowsOnFirstPage = 0;
    int rowsPerPage = 0;
    int lineCount = 0; // rows, plus the totals row
    int pageCount = 1;

    int firstRowOn(int page) const { return page == 0 ? 0 : rowsOnFirstPage + (page - 1) * rowsPerPage; }
    int rowsOn(int page) const { return page == 0 ? rowsOnFirstPage : rowsPerPage; }
};

QList<qreal> naturalWidths(const ReportTable &table, const Texts &texts, const QList<QStringList> &cells,
                           const QFontMetricsF &body, const QFontMetricsF &bold, qreal padding)
{
    QList<qreal> widths;
    for (int col = 0; col < table.columns.size(); ++col)
        widths.append(bold.horizontalAdvance(texts.headers.value(col)) + 2 * padding);
    for (const QStringList &row : cells) {
        for (int col = 0; col < widths.size(); ++col)
            widths[col] = std::max(widths[col], body.horizontalAdvance(row.at(col)) + 2 * padding);
    }
    return widths;
}

QStringList totalsLine(const ReportTable &table, const Texts &texts)
{
    QStringList line;
    for (int col = 0; col < table.columns.size(); ++col)
        line.append(ReportCellFormat::text(table.columns.at(col).kind, table.totals.value(col)));
    line[0] = texts.totalsLabel;
    return line;
}

// Names, departments and remarks may give up width; ids, numbers, dates and times never do: a
// report whose figures read "…" is worthless.
bool mayShrink(const engine::reports::ReportColumn &column)
{
    using engine::reports::ColumnId;
    return column.kind == engine::reports::CellKind::Text && column.id != ColumnId::UserId
        && column.id != ColumnId::Punches;
}

// The widths that fit `available`: the columns that may shrink share what the others leave,
// each keeping its natural width up to a common cap. Only when the fixed columns alone are too
// wide does every column give up the same share.
QList<qreal> fittedWidths(const ReportTable &table, QList<qreal> widths, qreal available)
{
    qreal fixed = 0;
    QList<qreal> flexible;
    for (int col = 0; col < widths.size(); ++col) {
        if (mayShrink(table.columns.at(col)))
            flexible.append(widths.at(col));
        else
            fixed += widths.at(col);
    }
    qreal room = available - fixed;
    qreal wanted = 0;
    for (const qreal width : flexible)
        wanted += width;
    if (wanted <= room)
        return widths;
    const qreal minimum = available / std::max<qsizetype>(1, widths.size()) / 4;
    if (room < minimum * flexible.size()) {
        const qreal scale = available / (fixed + wanted);
        for (qreal &width : widths)
            width *= scale;
        return widths;
    }
    // Water-filling: the narrow ones keep their width, the wide ones share the rest equally.
    std::sort(flexible.begin(), flexible.end());
    qreal cap = room / flexible.size();
    for (int i = 0; i < flexible.size(); ++i) {
        cap = room / (flexible.size() - i);
        if (flexible.at(i) > cap)
            break;
        room -= flexible.at(i);
    }
    for (int col = 0; col < widths.size(); ++col) {
        if (mayShrink(table.columns.at(col)))
            widths[col] = std::min(widths.at(col), cap);
    }
    return widths;
}

void paginate(Layout &layout)
{
    const qreal tableTop = layout.rowHeight; // the repeated header row
    const qreal firstSpace = layout.area.height() - layout.titleBlock - layout.footer - tableTop;
    const qreal laterSpace = layout.area.height() - layout.runningHead - layout.footer - tableTop;
    layout.rowsOnFirstPage = std::max(1, int(firstSpace / layout.rowHeight));
    layout.rowsPerPage = std::max(1, int(laterSpace / layout.rowHeight));
    const int rest = std::max(0, layout.lineCount - layout.rowsOnFirstPage);
    layout.pageCount = 1 + (rest + layout.rowsPerPage - 1) / layout.rowsPerPage;
}

// A line of the title block, wrapped when it is longer than the page is wide (the notes).
qreal textHeight(const QFontMetricsF &metrics, qreal width, const QString &text)
{
    if (text.isEmpty())
        return 0;
    const qreal lines = std::max<qreal>(
        1, std::ceil(metrics.boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, text).height() / metrics.height()));
    return metrics.height() * (lines + 0.3);
}

class PageDrawer
{
public:
    PageDrawer(QPainter &painter, const Layout &layout, const Fonts &fonts, const ReportTable &table,
               const Texts &texts, const QList<QStringList> &cells)
        : m_painter(painter), m_layout(layout), m_fonts(fonts), m_table(table), m_texts(texts), m_cells(cells)
    {
    }

    void draw(int page)
    {
        qreal y = m_layout.area.top();
        y = page == 0 ? drawTitleBlock(y) : drawRunningHead(y);
        y = drawRow(y, m_texts.headers, m_fonts.bold, QColor(0xee, 0xee, 0xee), true);
        const int first = m_layout.firstRowOn(page);
        const int last = std::min(m_layout.lineCount, first + m_layout.rowsOn(page));
        for (int line = first; line < last; ++line) {
            if (line < m_cells.size()) {
                y = drawRow(y, m_cells.at(line), m_fonts.body, line % 2 ? QColor(0xf6, 0xf6, 0xf6) : QColor(), false);
            } else {
                m_painter.setPen(QPen(Qt::black, 0));
                m_painter.drawLine(QPointF(m_layout.area.left(), y), QPointF(tableRight(), y));
                y = drawRow(y, totalsLine(m_table, m_texts), m_fonts.bold, QColor(), false);
            }
        }
        drawFooter(page);
    }

private:
    qreal tableRight() const
    {
        qreal right = m_layout.area.left();
        for (const qreal width : m_layout.widths)
            right += width;
        return right;
    }

    qreal drawText(qreal y, const QFont &font, const QString &text)
    {
        if (text.isEmpty())
            return y;
        m_painter.setFont(font);
        const qreal height = textHeight(QFontMetricsF(font, m_painter.device()), m_layout.area.width(), text);
        m_painter.drawText(QRectF(m_layout.area.left(), y, m_layout.area.width(), height),
                           Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, text);
        return y + height;
    }

    qreal drawTitleBlock(qreal y)
    {
        const qreal top = y;
        y = drawText(y, m_fonts.title, m_texts.title);
        y = drawText(y, m_fonts.body, m_texts.period);
        y = drawText(y, m_fonts.body, m_texts.scope);
        for (const QString &note : m_texts.notes)
            y = drawText(y, m_fonts.small, note);
        y = drawText(y, m_fonts.small, m_texts.generated);
        return top + m_layout.titleBlock;
    }

    qreal drawRunningHead(qreal y)
    {
        drawText(y, m_fonts.small, QString(m_texts.title + QStringLiteral(" · ") + m_texts.period));
        return y + m_layout.runningHead;
    }

    qreal drawRow(qreal y, const QStringList &texts, const QFont &font, const QColor &background, bool header)
    {
        if (background.isValid())
            m_painter.fillRect(QRectF(m_layout.area.left(), y, tableRight() - m_layout.area.left(), m_layout.rowHeight),
                               background);
        m_painter.setFont(font);
        m_painter.setPen(Qt::black);
        const QFontMetricsF metrics(font, m_painter.device());
        qreal x = m_layout.area.left();
        for (int col = 0; col < m_layout.widths.size(); ++col) {
            const qreal width = m_layout.widths.at(col);
            const QRectF cell(x + m_layout.padding, y, width - 2 * m_layout.padding, m_layout.rowHeight);
            const Qt::Alignment alignment = header ? Qt::AlignLeft | Qt::AlignVCenter
                                                   : ReportCellFormat::alignment(m_table.columns.at(col).kind);
            m_painter.drawText(cell, int(alignment), metrics.elidedText(texts.value(col), Qt::ElideRight, cell.width()));
            x += width;
        }
        return y + m_layout.rowHeight;
    }

    void drawFooter(int page)
    {
        m_painter.setFont(m_fonts.small);
        m_painter.setPen(Qt::darkGray);
        const QRectF footer(m_layout.area.left(), m_layout.area.bottom() - m_layout.footer, m_layout.area.width(),
                            m_layout.footer);
        m_painter.drawText(footer, Qt::AlignLeft | Qt::AlignBottom, m_texts.generated);
        m_painter.drawText(footer, Qt::AlignRight | Qt::AlignBottom,
                           PdfReportWriter::tr("Page %1 of %2").arg(page + 1).arg(m_layout.pageCount));
    }

    QPainter &m_painter;
    const Layout &m_layout;
    const Fonts &m_fonts;
    const ReportTable &m_table;
    const Texts &m_texts;
    const QList<QStringList> &m_cells;
};

} // namespace

bool PdfReportWriter::write(const ReportTable &table, const Texts &texts, const QString &path, QString *error,
                            const Progress &progress)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (table.columns.isEmpty())
        return fail(tr("The report has no columns."));

    QList<QStringList> cells;
    cells.reserve(table.rows.size());
    for (const QVariantList &row : table.rows) {
        QStringList line;
        for (int col = 0; col < table.columns.size(); ++col)
            line.append(ReportCellFormat::text(table.columns.at(col), row.value(col), texts));
        cells.append(line);
    }

    QPdfWriter writer(path);
    writer.setResolution(Resolution);
    writer.setTitle(texts.title);
    writer.setCreator(QCoreApplication::applicationName());

    const Fonts fonts = makeFonts();
    const QFontMetricsF body(fonts.body, &writer);
    const QFontMetricsF bold(fonts.bold, &writer);
    Layout layout;
    layout.padding = body.averageCharWidth() * 0.6;
    layout.rowHeight = body.height() * 1.5;
    layout.widths = naturalWidths(table, texts, cells, body, bold, layout.padding);
    const QStringList totals = totalsLine(table, texts);
    for (int col = 0; col < layout.widths.size(); ++col)
        layout.widths[col] = std::max(layout.widths[col], bold.horizontalAdvance(totals.at(col)) + 2 * layout.padding);
    qreal natural = 0;
    for (const qreal width : layout.widths)
        natural += width;

    const QMarginsF margins(MarginMm, MarginMm, MarginMm, MarginMm);
    QPageLayout pageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, margins, QPageLayout::Millimeter);
    if (natural > pageLayout.paintRectPixels(Resolution).width())
        pageLayout.setOrientation(QPageLayout::Landscape);
    writer.setPageLayout(pageLayout);
    layout.area = QRectF(QPointF(0, 0), QSizeF(pageLayout.paintRectPixels(Resolution).size()));

    // Too wide even across: names give up width and are elided, figures keep theirs.
    if (natural > layout.area.width())
        layout.widths = fittedWidths(table, layout.widths, layout.area.width());
    const QFontMetricsF title(fonts.title, &writer);
    const QFontMetricsF small(fonts.small, &writer);
    const auto lineHeight = [&layout](const QFontMetricsF &metrics, const QString &text) {
        return textHeight(metrics, layout.area.width(), text);
    };
    layout.titleBlock = lineHeight(title, texts.title) + lineHeight(body, texts.period) + lineHeight(body, texts.scope)
        + lineHeight(small, texts.generated) + layout.rowHeight * 0.5;
    for (const QString &note : texts.notes)
        layout.titleBlock += lineHeight(small, note);
    layout.runningHead = small.height() * 1.3 + layout.rowHeight * 0.3;
    layout.footer = small.height() * 2;
    layout.lineCount = int(cells.size()) + (table.totals.isEmpty() ? 0 : 1);
    paginate(layout);

    QPainter painter;
    if (!painter.begin(&writer))
        return fail(tr("Cannot write %1.").arg(path));
    PageDrawer drawer(painter, layout, fonts, table, texts, cells);
    for (int page = 0; page < layout.pageCount; ++page) {
        if (page > 0)
            writer.newPage();
        drawer.draw(page);
        if (progress && !progress(page + 1, layout.pageCount)) {
            painter.end();
            QFile::remove(path);
            return fail(tr("Export cancelled."));
        }
    }
    if (!painter.end())
        return fail(tr("Cannot write %1.").arg(path));
    return true;
}

} // namespace punchclock::ui
