// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tablepainter.h"

#include "pageflow.h"
#include "report/reportdata.h"
#include "reportfonts.h"

#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QRegularExpression>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace PlanTrack {

TablePainter::TablePainter(const ReportTable &table, PageFlow &flow, double pointSize)
    : m_table(table)
    , m_flow(flow)
    , m_pointSize(pointSize)
    , m_left(flow.content().left())
    , m_padX(flow.mm(1.2))
    , m_padY(flow.mm(0.8))
    , m_indent(flow.mm(3))
{
    double total = 0;
    for (const ReportColumn &column : table.columns)
        total += column.weight;
    for (const ReportColumn &column : table.columns)
        m_widths.push_back(flow.content().width() * column.weight / total);
    fitColumns();
    layOutHeader();
}

void TablePainter::fitColumns()
{
    // No word of a title or of a short value is broken: such columns are widened to their
    // widest word, at the expense of the columns of running text.
    const QFontMetricsF bold(ReportFonts::serif(m_pointSize, true), &m_flow.device());
    const QFontMetricsF regular(ReportFonts::serif(m_pointSize), &m_flow.device());
    static const QRegularExpression space(u"\\s+"_s);
    const auto widestWord = [](const QString &text, const QFontMetricsF &metrics) {
        double widest = 0;
        for (const QString &word : text.split(space, Qt::SkipEmptyParts))
            widest = std::max(widest, metrics.horizontalAdvance(word));
        return widest;
    };

    const int count = int(m_widths.size());
    std::vector<double> minimum(count, 0);
    for (int i = 0; i < count; ++i) {
        const ReportColumn &column = m_table.columns.at(i);
        minimum.at(i) = widestWord(column.title, bold);
        for (const ReportTableRow &row : m_table.rows) {
            if (!column.centred || row.kind != ReportTableRow::Kind::Data)
                continue;
            const QFontMetricsF &metrics = row.emphasisedCell == i ? bold : regular;
            minimum.at(i) = std::max(minimum.at(i), widestWord(row.cells.value(i), metrics));
        }
        minimum.at(i) += 2 * m_padX + m_flow.pt(1);
    }

    double need = 0;
    double slack = 0;
    for (int i = 0; i < count; ++i) {
        need += std::max(0.0, minimum.at(i) - m_widths.at(i));
        slack += std::max(0.0, m_widths.at(i) - minimum.at(i));
    }
    if (need <= 0 || slack <= 0)
        return;
    const double share = std::min(1.0, need / slack);
    for (int i = 0; i < count; ++i) {
        if (m_widths.at(i) < minimum.at(i))
            m_widths.at(i) = minimum.at(i);
        else
            m_widths.at(i) -= (m_widths.at(i) - minimum.at(i)) * share;
    }
}

TablePainter::~TablePainter() = default;

double TablePainter::columnX(int column) const
{
    return m_left + std::accumulate(m_widths.cbegin(), m_widths.cbegin() + column, 0.0);
}

double TablePainter::spanWidth(int column, int span) const
{
    return std::accumulate(m_widths.cbegin() + column, m_widths.cbegin() + column + span, 0.0);
}

TextBox
TablePainter::cellBox(const QString &text, double width, bool bold, Qt::Alignment alignment) const
{
    TextStyle style;
    style.font = ReportFonts::serif(m_pointSize, bold);
    style.alignment = alignment;
    return TextBox(text, style, width - 2 * m_padX, &m_flow.device());
}

void TablePainter::layOutHeader()
{
    const bool grouped = m_table.hasGroups();
    const QList<ReportColumn> &columns = m_table.columns;
    const Qt::Alignment centred = Qt::AlignHCenter;

    for (int i = 0; i < columns.size();) {
        const QString &group = columns.at(i).group;
        if (group.isEmpty()) {
            m_header.push_back(
                {i, 1, true, grouped, cellBox(columns.at(i).title, m_widths.at(i), true, centred)});
            ++i;
            continue;
        }
        int span = 1;
        while (i + span < columns.size() && columns.at(i + span).group == group)
            ++span;
        m_header.push_back(
            {i, span, true, false, cellBox(group, spanWidth(i, span), true, centred)});
        for (int c = i; c < i + span; ++c)
            m_header.push_back(
                {c, 1, false, false, cellBox(columns.at(c).title, m_widths.at(c), true, centred)});
        i += span;
    }

    double spanning = 0;
    for (const HeaderCell &cell : m_header) {
        const double height = cell.box.height() + 2 * m_padY;
        if (cell.both)
            spanning = std::max(spanning, height);
        else if (cell.top)
            m_upperHeight = std::max(m_upperHeight, height);
        else
            m_lowerHeight = std::max(m_lowerHeight, height);
    }
    if (grouped)
        m_lowerHeight = std::max(m_lowerHeight, spanning - m_upperHeight);
}

TablePainter::Row TablePainter::layOutRow(const ReportTableRow &source) const
{
    Row row;
    row.source = &source;
    if (source.kind == ReportTableRow::Kind::Heading) {
        row.cells.push_back(cellBox(
            source.cells.value(0), spanWidth(0, int(m_widths.size())), true, Qt::AlignLeft));
    } else {
        for (int i = 0; i < int(m_widths.size()); ++i) {
            const ReportColumn &column = m_table.columns.at(i);
            const Qt::Alignment alignment = column.centred ? Qt::AlignHCenter : Qt::AlignLeft;
            const double indent = source.indented && i == 1 ? m_indent : 0;
            row.cells.push_back(cellBox(source.cells.value(i),
                                        m_widths.at(i) - indent,
                                        source.emphasisedCell == i,
                                        alignment));
        }
    }
    row.height = contentHeight(row) + 2 * m_padY;
    return row;
}

double TablePainter::contentHeight(const Row &row) const
{
    double height = 0;
    for (const TextBox &box : row.cells)
        height = std::max(height, box.height());
    return height;
}

void TablePainter::paint()
{
    std::vector<Row> rows;
    rows.reserve(m_table.rows.size());
    for (const ReportTableRow &source : m_table.rows)
        rows.push_back(layOutRow(source));

    const double header = m_upperHeight + m_lowerHeight;
    const double first = rows.empty() ? 0 : std::min(rows.front().height, m_flow.pt(60));
    m_flow.ensure(header + first);
    paintHeader();

    for (size_t i = 0; i < rows.size(); ++i) {
        const Row &row = rows.at(i);
        // A section heading stays with the row under it.
        const bool heading = row.source->kind == ReportTableRow::Kind::Heading;
        const double keep = heading && i + 1 < rows.size()
                                ? row.height + std::min(rows.at(i + 1).height, m_flow.pt(40))
                                : row.height;
        if (keep > m_flow.remaining() && keep <= m_flow.content().height() - header) {
            m_flow.newPage();
            paintHeader();
        }
        paintRow(row);
    }
}

void TablePainter::paintHeader()
{
    QPainter &painter = m_flow.painter();
    const double top = m_flow.y();
    const double both = m_upperHeight + m_lowerHeight;
    for (const HeaderCell &cell : m_header) {
        const double y = cell.top ? top : top + m_upperHeight;
        const double height = cell.both ? both : cell.top ? m_upperHeight : m_lowerHeight;
        const QRectF rect(columnX(cell.column), y, spanWidth(cell.column, cell.span), height);
        cell.box.draw(painter, QPointF(rect.left() + m_padX, y + (height - cell.box.height()) / 2));

        painter.save();
        painter.setPen(QPen(Qt::black, m_flow.pt(0.6)));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(rect);
        painter.restore();
    }
    m_flow.advance(both);
}

void TablePainter::paintRow(const Row &row)
{
    if (row.height > m_flow.remaining()) {
        const double header = m_upperHeight + m_lowerHeight;
        if (row.height > m_flow.content().height() - header) {
            paintSplitRow(row);
            return;
        }
        m_flow.newPage();
        paintHeader();
    }

    std::vector<int> next(row.cells.size(), 0);
    m_flow.advance(paintRowPart(row, next, contentHeight(row)));
}

void TablePainter::paintSplitRow(const Row &row)
{
    std::vector<int> next(row.cells.size(), 0);
    const auto unfinished = [&row, &next] {
        for (size_t i = 0; i < row.cells.size(); ++i) {
            if (next.at(i) < row.cells.at(i).lineCount())
                return true;
        }
        return false;
    };

    while (unfinished()) {
        const double available = m_flow.remaining() - 2 * m_padY;
        bool progress = false;
        for (size_t i = 0; i < row.cells.size(); ++i)
            progress = progress || row.cells.at(i).linesFitting(next.at(i), available) > 0;
        if (progress)
            m_flow.advance(paintRowPart(row, next, available));
        if (unfinished()) {
            m_flow.newPage();
            paintHeader();
        }
    }
}

double TablePainter::paintRowPart(const Row &row, std::vector<int> &next, double available)
{
    QPainter &painter = m_flow.painter();
    const double top = m_flow.y();
    const bool heading = row.source->kind == ReportTableRow::Kind::Heading;

    double height = 0;
    std::vector<int> end(row.cells.size());
    for (size_t i = 0; i < row.cells.size(); ++i) {
        const TextBox &box = row.cells.at(i);
        end.at(i) = next.at(i) + box.linesFitting(next.at(i), available);
        height = std::max(height, box.heightOf(next.at(i), end.at(i)));
    }
    height += 2 * m_padY;

    for (size_t i = 0; i < row.cells.size(); ++i) {
        const int column = int(i);
        const double indent = row.source->indented && column == 1 ? m_indent : 0;
        row.cells.at(i).draw(painter,
                             QPointF(columnX(column) + m_padX + indent, top + m_padY),
                             next.at(i),
                             end.at(i));
        next.at(i) = end.at(i);
    }
    drawBorders(top, height, heading);
    return height;
}

void TablePainter::drawBorders(double top, double height, bool heading) const
{
    QPainter &painter = m_flow.painter();
    painter.save();
    painter.setPen(QPen(Qt::black, m_flow.pt(0.6)));
    painter.setBrush(Qt::NoBrush);
    if (heading) {
        painter.drawRect(QRectF(m_left, top, spanWidth(0, int(m_widths.size())), height));
    } else {
        for (int i = 0; i < int(m_widths.size()); ++i)
            painter.drawRect(QRectF(columnX(i), top, m_widths.at(i), height));
    }
    painter.restore();
}

} // namespace PlanTrack
