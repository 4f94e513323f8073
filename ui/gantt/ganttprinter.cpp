// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ganttprinter.h"

#include "ganttitem.h"
#include "ganttlegend.h"
#include "ganttpainter.h"
#include "ganttview.h"
#include "tasks/plantext.h"
#include "tasks/tasktreemodel.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QLoggingCategory>
#include <QPainter>
#include <QPdfWriter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QTextLayout>

#include <algorithm>
#include <cmath>

Q_LOGGING_CATEGORY(lcGantt, "plantrack.gantt", QtWarningMsg)

using namespace Qt::StringLiterals;

namespace PlanTrack {

namespace {

// Margins of a printed timeline, in millimetres; the left one leaves room for binding.
const QMarginsF pageMargins(15, 10, 10, 10);

// Rows carry this many lines of their text on paper; the rest is elided.
constexpr int labelLines = 2;

void prepare(QPagedPaintDevice &device)
{
    device.setPageOrientation(QPageLayout::Landscape);
    device.setPageMargins(pageMargins, QPageLayout::Millimeter);
}

// Breaks text into at most maxLines lines of width; the last line is elided when the text
// goes on.
QStringList
fitLines(const QString &text, const QFont &font, QPaintDevice *device, double width, int maxLines)
{
    const QString simplified = text.simplified();
    QTextLayout layout(simplified, font, device);
    QStringList lines;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        if (lines.size() == maxLines - 1) {
            const QString rest = simplified.mid(line.textStart());
            lines.append(QFontMetricsF(font, device).elidedText(rest, Qt::ElideRight, width));
            break;
        }
        lines.append(simplified.mid(line.textStart(), line.textLength()).trimmed());
    }
    layout.endLayout();
    return lines;
}

/// Splits the units of range into groups that fit a page of capacity units. At zoom levels
/// counted within a year the groups hold whole years where a year fits a page.
QList<DateRange> splitAcross(const DateRange &range, TimeAxis::Zoom zoom, int capacity)
{
    const TimeAxis::Unit unit = TimeAxis::minorUnit(zoom);
    QList<DateRange> units;
    for (QDate first = TimeAxis::unitStart(unit, range.first); first <= range.last;
         first = TimeAxis::unitEnd(unit, first).addDays(1))
        units.append(
            {std::max(first, range.first), std::min(TimeAxis::unitEnd(unit, first), range.last)});

    // Blocks that stay together: the units of one year, or each unit on its own.
    const bool byYear = zoom == TimeAxis::Zoom::Months || zoom == TimeAxis::Zoom::Quarters;
    QList<QList<DateRange>> blocks;
    for (const DateRange &u : units) {
        if (byYear && !blocks.isEmpty()
            && blocks.constLast().constFirst().first.year() == u.first.year())
            blocks.last().append(u);
        else
            blocks.append(QList<DateRange>{u});
    }
    const bool yearsFit = std::all_of(
        blocks.cbegin(), blocks.cend(), [capacity](const auto &b) { return b.size() <= capacity; });
    if (!yearsFit) {
        blocks.clear();
        for (const DateRange &u : units)
            blocks.append(QList<DateRange>{u});
    }

    // Pack greedily, then even out single units over the same number of pages.
    QList<QList<DateRange>> pages;
    for (const QList<DateRange> &block : std::as_const(blocks)) {
        if (pages.isEmpty() || pages.constLast().size() + block.size() > capacity)
            pages.append(QList<DateRange>());
        pages.last().append(block);
    }
    if (!byYear || !yearsFit) {
        const qsizetype count = pages.size();
        pages.clear();
        for (qsizetype i = 0; i < count; ++i) {
            const qsizetype from = units.size() * i / count;
            const qsizetype to = units.size() * (i + 1) / count;
            pages.append(units.mid(from, to - from));
        }
    }

    QList<DateRange> spans;
    for (const QList<DateRange> &page : std::as_const(pages))
        spans.append({page.constFirst().first, page.constLast().last});
    return spans;
}

} // namespace

/// Holds where everything goes on a page, in device units, for one device and range.
struct GanttPrinter::Layout
{
    QRectF page;
    QFont font;
    QFont boldFont;
    QFont titleFont;
    GanttStyle style;
    double line = 0;
    double titleHeight = 0;
    double headerHeight = 0;
    double rowHeight = 0;
    double footerHeight = 0;
    double labelWidth = 0;
    double numberWidth = 0;
    double indent = 0;
    double padding = 0;
    QRectF body; ///< the rows, labels and chart, below the header
    int rowsPerPage = 1;
    TimeAxis axis;
    QList<DateRange> spans;
};

GanttPrinter::GanttPrinter()
    : m_font(u"Arial"_s, 8)
{
    m_font.setStyleHint(QFont::SansSerif);
}

GanttPrinter GanttPrinter::fromView(const GanttView &view)
{
    GanttPrinter printer;
    printer.setModel(view.model());
    printer.setRows(view.rowsShown());
    printer.setAsOf(view.asOf());
    printer.setToday(view.today());
    printer.setRules(view.rules());
    printer.setRange(view.dateRange());
    printer.setZoom(view.zoom());
    return printer;
}

void GanttPrinter::setModel(const QAbstractItemModel *model)
{
    m_model = model;
    m_rows.clear();
    if (!model)
        return;
    for (const QModelIndex &index : flattenRows(*model))
        m_rows.append(index);
}

void GanttPrinter::setRows(const QList<QModelIndex> &rows)
{
    m_rows.clear();
    for (const QModelIndex &index : rows)
        m_rows.append(index.siblingAtColumn(0));
}

DateRange GanttPrinter::range() const
{
    return m_range.isValid() ? m_range : defaultTimelineRange(m_model, m_rules, m_asOf);
}

int GanttPrinter::pageCount(const QPageSize &pageSize, int rowCount, const DateRange &range) const
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(pageSize);
    prepare(writer);

    const Layout l = layout(writer, range);
    const int rowPages = std::max(1, (rowCount + l.rowsPerPage - 1) / l.rowsPerPage);
    return rowPages * int(l.spans.size());
}

int GanttPrinter::print(QPagedPaintDevice &device) const
{
    prepare(device);
    const Layout l = layout(device, range());
    const qsizetype rowPages =
        std::max<qsizetype>(1, (m_rows.size() + l.rowsPerPage - 1) / l.rowsPerPage);
    const int pages = int(rowPages * l.spans.size());
    qCDebug(lcGantt) << "printing" << m_rows.size() << "rows on" << pages << "pages,"
                     << l.rowsPerPage << "rows a page," << l.spans.size() << "across";

    QPainter painter;
    if (!painter.begin(&device))
        return 0;
    int page = 0;
    for (qsizetype chunk = 0; chunk < rowPages; ++chunk) {
        for (const DateRange &span : l.spans) {
            if (page > 0)
                device.newPage();
            ++page;
            printPage(painter, l, chunk * l.rowsPerPage, span, page, pages);
        }
    }
    painter.end();
    return pages;
}

int GanttPrinter::pagesIn(QPaintDevice &device, const QSizeF &area) const
{
    const Layout l = layout(device, range(), area);
    const qsizetype rowPages =
        std::max<qsizetype>(1, (m_rows.size() + l.rowsPerPage - 1) / l.rowsPerPage);
    return int(rowPages * l.spans.size());
}

void GanttPrinter::printPageInto(QPainter &painter,
                                 QPaintDevice &device,
                                 const QRectF &area,
                                 int index) const
{
    const Layout l = layout(device, range(), area.size());
    const int across = int(l.spans.size());
    const int pages = pagesIn(device, area.size());
    if (index < 0 || index >= pages || across == 0)
        return;

    // Pages run across the time span first, then down the rows, as print() puts them.
    painter.save();
    painter.translate(area.topLeft());
    printPage(
        painter, l, (index / across) * l.rowsPerPage, l.spans.at(index % across), index + 1, pages);
    painter.restore();
}

void GanttPrinter::showPreview(QWidget *parent) const
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageOrientation(QPageLayout::Landscape);
    printer.setDocName(m_title);

    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print Preview of the Timeline"));
    QObject::connect(
        &dialog, &QPrintPreviewDialog::paintRequested, &dialog, [this](QPrinter *p) { print(*p); });
    dialog.exec();
}

GanttPrinter::Layout GanttPrinter::layout(QPaintDevice &device, const DateRange &range) const
{
    return layout(device, range, QSizeF(device.width(), device.height()));
}

GanttPrinter::Layout
GanttPrinter::layout(QPaintDevice &device, const DateRange &range, const QSizeF &area) const
{
    Layout l;
    l.page = QRectF(QPointF(0, 0), area);
    l.font = m_font;
    l.boldFont = m_font;
    l.boldFont.setBold(true);
    l.titleFont = l.boldFont;
    l.titleFont.setPointSizeF(m_font.pointSizeF() * 1.3);
    l.style = GanttStyle::forPrint(l.font, device);

    const QFontMetricsF metrics(l.font, &device);
    const QFontMetricsF titleMetrics(l.titleFont, &device);
    const double em = metrics.averageCharWidth();
    l.line = metrics.lineSpacing();
    l.padding = em * 0.6;
    l.titleHeight = titleMetrics.lineSpacing() + l.line * 1.6;
    l.headerHeight = std::ceil(metrics.height() * 1.4) * 2;
    l.rowHeight = l.line * labelLines + l.line * 0.6;
    l.numberWidth = metrics.horizontalAdvance(u"00.00"_s) + l.padding * 2;
    l.indent = em * 2;
    l.labelWidth = std::clamp(l.page.width() * 0.28, em * 30, em * 70);

    const double pageNumberWidth = metrics.horizontalAdvance(tr("Page %1 / %2").arg(999).arg(999));
    const double legendWidth = l.page.width() - pageNumberWidth - em * 3;
    l.footerHeight = GanttLegend::heightFor(legendWidth, l.style, metrics) + l.line * 0.6;

    const double top = l.titleHeight + l.headerHeight;
    l.body = QRectF(0, top, l.page.width(), l.page.height() - top - l.footerHeight);
    l.rowsPerPage = std::max(1, int(std::floor(l.body.height() / l.rowHeight)));

    // A day is as wide as the widest label of the range needs in its shortest unit.
    const TimeAxis::Unit unit = TimeAxis::minorUnit(m_zoom);
    double widest = 0;
    for (QDate first = TimeAxis::unitStart(unit, range.first); first <= range.last;
         first = TimeAxis::unitEnd(unit, first).addDays(1))
        widest = std::max(widest, metrics.horizontalAdvance(TimeAxis::label(unit, first)));
    const double dayWidth = (widest + em * 2) / TimeAxis::minimumDays(unit);
    l.axis.setRange(range);
    l.axis.setDayWidth(m_zoom, dayWidth);
    l.axis.setZoom(m_zoom);

    const double chartWidth = l.page.width() - l.labelWidth;
    const int capacity =
        std::max(1, int(std::floor(chartWidth / (TimeAxis::maximumDays(unit) * dayWidth))));
    l.spans = splitAcross(range, m_zoom, capacity);
    return l;
}

void GanttPrinter::printPage(QPainter &painter,
                             const Layout &layout,
                             qsizetype firstRow,
                             const DateRange &span,
                             int page,
                             int pages) const
{
    painter.save();
    const qsizetype lastRow = std::min(firstRow + layout.rowsPerPage, m_rows.size()) - 1;
    printTitle(painter, layout, firstRow, lastRow, span);
    printLabels(painter, layout, firstRow);
    printChart(painter, layout, firstRow, span);
    printFooter(painter, layout, page, pages);
    painter.restore();
}

void GanttPrinter::printTitle(QPainter &painter,
                              const Layout &layout,
                              qsizetype firstRow,
                              qsizetype lastRow,
                              const DateRange &span) const
{
    const QFontMetricsF titleMetrics(layout.titleFont, painter.device());
    const double width = layout.page.width();
    QString asOf;
    if (m_asOf.isValid())
        asOf = tr("Status as of %1").arg(PlanText::date(m_asOf));

    painter.setFont(layout.titleFont);
    painter.setPen(layout.style.text);
    const double asOfWidth = titleMetrics.horizontalAdvance(asOf);
    const QRectF titleLine(0, 0, width, titleMetrics.lineSpacing());
    painter.drawText(titleLine, Qt::AlignRight | Qt::AlignVCenter, asOf);
    painter.drawText(titleLine.adjusted(0, 0, -asOfWidth - layout.line, 0),
                     Qt::AlignLeft | Qt::AlignVCenter,
                     titleMetrics.elidedText(m_title.isEmpty() ? tr("Timeline") : m_title,
                                             Qt::ElideRight,
                                             width - asOfWidth - layout.line));

    QString rows;
    if (lastRow >= firstRow)
        rows = tr("Rows %1 to %2 of %3", "of a printed timeline")
                   .arg(firstRow + 1)
                   .arg(lastRow + 1)
                   .arg(m_rows.size());
    painter.setFont(layout.font);
    painter.setPen(layout.style.mutedText);
    painter.drawText(QRectF(0, titleLine.bottom(), width, layout.line),
                     Qt::AlignLeft | Qt::AlignVCenter,
                     tr("%1; time from %2 to %3", "rows of a printed page, then its dates")
                         .arg(rows, PlanText::date(span.first), PlanText::date(span.last)));
}

void GanttPrinter::printLabels(QPainter &painter, const Layout &layout, qsizetype firstRow) const
{
    const GanttStyle &style = layout.style;
    const QRectF header(0, layout.titleHeight, layout.labelWidth, layout.headerHeight);
    painter.fillRect(header, style.headerBackground);
    painter.setFont(layout.boldFont);
    painter.setPen(style.text);
    painter.drawText(QRectF(header.left(), header.top(), layout.numberWidth, header.height())
                         .adjusted(layout.padding, 0, -layout.padding, 0),
                     Qt::AlignLeft | Qt::AlignVCenter,
                     headerText(TaskTreeModel::SttColumn));
    painter.drawText(header.adjusted(layout.numberWidth, 0, -layout.padding, 0),
                     Qt::AlignLeft | Qt::AlignVCenter,
                     headerText(TaskTreeModel::TaskColumn));

    const qsizetype last = std::min(firstRow + layout.rowsPerPage, m_rows.size());
    for (qsizetype i = firstRow; i < last; ++i) {
        const QModelIndex row = m_rows.at(i);
        const QRectF cell(0,
                          layout.body.top() + double(i - firstRow) * layout.rowHeight,
                          layout.labelWidth,
                          layout.rowHeight);
        const auto kind = ItemKind(row.data(ItemKindRole).toInt());
        const double textTop = cell.top() + layout.line * 0.3;

        if (kind == ItemKind::Section) {
            painter.fillRect(cell, style.headerBackground);
            painter.setFont(layout.boldFont);
            const double width = cell.width() - layout.padding * 2;
            const QStringList lines = fitLines(
                row.data().toString(), layout.boldFont, painter.device(), width, labelLines);
            for (int n = 0; n < lines.size(); ++n)
                painter.drawText(
                    QPointF(layout.padding,
                            textTop + n * layout.line + painter.fontMetrics().ascent()),
                    lines.at(n));
            continue;
        }

        const double indent = kind == ItemKind::SubTask ? layout.indent : 0;
        painter.setFont(layout.font);
        const QFontMetricsF metrics(layout.font, painter.device());
        painter.drawText(QPointF(layout.padding + indent, textTop + metrics.ascent()),
                         row.siblingAtColumn(TaskTreeModel::SttColumn).data().toString());
        const double left = layout.numberWidth + layout.padding + indent;
        const QStringList lines =
            fitLines(row.siblingAtColumn(TaskTreeModel::TaskColumn).data().toString(),
                     layout.font,
                     painter.device(),
                     cell.width() - left - layout.padding,
                     labelLines);
        for (int n = 0; n < lines.size(); ++n)
            painter.drawText(QPointF(left, textTop + n * layout.line + metrics.ascent()),
                             lines.at(n));
    }
}

void GanttPrinter::printChart(QPainter &painter,
                              const Layout &layout,
                              qsizetype firstRow,
                              const DateRange &span) const
{
    const GanttStyle &style = layout.style;
    const TimeAxis &axis = layout.axis;
    const double fromX = axis.x(span.first);
    const double toX = axis.endX(span.last);
    const double left = layout.labelWidth;
    const double width = toX - fromX;
    const qsizetype last = std::min(firstRow + layout.rowsPerPage, m_rows.size());
    const double rowsHeight = double(std::max<qsizetype>(last - firstRow, 0)) * layout.rowHeight;
    const QRectF body(left, layout.body.top(), width, rowsHeight);

    GanttPainter gantt(painter, axis, style);
    gantt.setShift(left - fromX);
    gantt.setRules(m_rules);
    gantt.setAsOf(m_asOf);
    gantt.setToday(m_today);
    gantt.paintHeader(QRectF(left, layout.titleHeight, width, layout.headerHeight), fromX, toX);

    painter.save();
    painter.setClipRect(body);
    for (qsizetype i = firstRow; i < last; ++i) {
        const QModelIndex row = m_rows.at(i);
        if (ItemKind(row.data(ItemKindRole).toInt()) == ItemKind::Section)
            painter.fillRect(QRectF(left,
                                    body.top() + double(i - firstRow) * layout.rowHeight,
                                    width,
                                    layout.rowHeight),
                             style.headerBackground);
    }
    gantt.paintGrid(body, fromX, toX);

    const double band = layout.line * 1.2;
    for (qsizetype i = firstRow; i < last; ++i) {
        const double top = body.top() + double(i - firstRow) * layout.rowHeight;
        const QRectF strip(left, top + (layout.rowHeight - band) / 2, width, band);
        gantt.paintItem(GanttItem::of(m_rows.at(i), m_rules), strip, fromX, toX);
    }
    gantt.paintDateLines(body, fromX, toX);
    painter.restore();

    // Lines between rows, across labels and chart, and a frame round the table.
    painter.setPen(QPen(style.grid, style.lineWidth));
    for (qsizetype i = firstRow + 1; i < last; ++i) {
        const double y = body.top() + double(i - firstRow) * layout.rowHeight;
        painter.drawLine(QPointF(0, y), QPointF(left + width, y));
    }
    painter.setPen(QPen(style.majorGrid, style.lineWidth));
    painter.setBrush(Qt::NoBrush);
    const QRectF table(0, layout.titleHeight, left + width, layout.headerHeight + rowsHeight);
    painter.drawRect(table);
    painter.drawLine(QPointF(left, table.top()), QPointF(left, table.bottom()));

    // The number column, except where a section's heading runs across the labels.
    const double x = layout.numberWidth;
    painter.drawLine(QPointF(x, table.top()), QPointF(x, body.top()));
    for (qsizetype i = firstRow; i < last; ++i) {
        if (ItemKind(m_rows.at(i).data(ItemKindRole).toInt()) == ItemKind::Section)
            continue;
        const double y = body.top() + double(i - firstRow) * layout.rowHeight;
        painter.drawLine(QPointF(x, y), QPointF(x, y + layout.rowHeight));
    }
}

void GanttPrinter::printFooter(QPainter &painter, const Layout &layout, int page, int pages) const
{
    const QFontMetricsF metrics(layout.font, painter.device());
    const QString number = tr("Page %1 / %2").arg(page).arg(pages);
    const double numberWidth = metrics.horizontalAdvance(number);
    const double top = layout.page.height() - layout.footerHeight + layout.line * 0.6;

    GanttLegend::paint(painter,
                       QRectF(0,
                              top,
                              layout.page.width() - numberWidth - metrics.averageCharWidth() * 3,
                              layout.footerHeight),
                       layout.style);
    painter.setFont(layout.font);
    painter.setPen(layout.style.text);
    painter.drawText(QRectF(0, top, layout.page.width(), layout.line),
                     Qt::AlignRight | Qt::AlignVCenter,
                     number);
}

QString GanttPrinter::headerText(int column) const
{
    return m_model ? m_model->headerData(column, Qt::Horizontal).toString() : QString();
}

} // namespace PlanTrack
