// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "responsibilitymatrixprinter.h"

#include "responsibilitymatrixmodel.h"

#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextOption>

using namespace Qt::StringLiterals;

namespace PlanTrack {

namespace {

constexpr auto fontFamily = "Times New Roman"_L1;

QFont printFont(double points, bool bold = false, bool italic = false)
{
    QFont font(fontFamily);
    font.setPointSizeF(points);
    font.setBold(bold);
    font.setItalic(italic);
    return font;
}

} // namespace

/// Holds the measures of the pages, in device pixels.
struct ResponsibilityMatrixPrinter::Layout
{
    QRect page;
    double mm = 1;
    int sttWidth = 0;
    int agencyWidth = 0;
    int headerHeight = 0;
    int padding = 0;
    int footerHeight = 0;
    QList<QList<int>> columnChunks; ///< the agency columns of each band of pages
};

/// Names what one page shows: a band of agency columns and a run of rows.
struct ResponsibilityMatrixPrinter::Page
{
    int chunk = 0;
    int firstRow = 0;
    int endRow = 0;
    bool withTitle = false;
    int taskWidth = 0;
};

ResponsibilityMatrixPrinter::ResponsibilityMatrixPrinter(const ResponsibilityMatrixModel &model)
    : m_model(model)
{}

int ResponsibilityMatrixPrinter::print(QPagedPaintDevice &device) const
{
    QPainter painter;
    if (!painter.begin(&device))
        return 0;

    const Layout measures = layout(painter, device);
    const QList<Page> pages = paginate(painter, measures);
    for (qsizetype i = 0; i < pages.size(); ++i) {
        if (i > 0)
            device.newPage();
        painter.save();
        paintPage(painter, measures, pages.at(i), int(i) + 1, int(pages.size()));
        painter.restore();
    }
    painter.end();
    return int(pages.size());
}

ResponsibilityMatrixPrinter::Layout
ResponsibilityMatrixPrinter::layout(QPainter &painter, const QPagedPaintDevice &device) const
{
    Layout l;
    const int resolution = painter.device()->logicalDpiX();
    l.mm = resolution / 25.4;
    l.page = device.pageLayout().paintRectPixels(resolution);
    l.page.moveTo(0, 0);
    l.padding = int(1.2 * l.mm);
    l.sttWidth = int(11 * l.mm);
    l.agencyWidth = int(9 * l.mm);
    l.footerHeight = int(8 * l.mm);

    // The header is as tall as two lines of the longest name need, within bounds.
    painter.setFont(printFont(8));
    int longest = 0;
    for (int column = ResponsibilityMatrixModel::FirstAgencyColumn; column < m_model.columnCount();
         ++column)
        longest = std::max(longest,
                           painter.fontMetrics().horizontalAdvance(
                               m_model.headerData(column, Qt::Horizontal).toString()));
    l.headerHeight = std::clamp(longest / 2 + int(8 * l.mm), int(22 * l.mm), int(48 * l.mm));

    // As many agencies as leave the task text 8 cm; more are shared out evenly over bands.
    const int minTaskWidth = int(80 * l.mm);
    const int room = std::max(l.agencyWidth, l.page.width() - l.sttWidth - minTaskWidth);
    const int perPage = std::max(1, room / l.agencyWidth);
    const int agencies = m_model.columnCount() - ResponsibilityMatrixModel::FirstAgencyColumn;
    const int bands = std::max(1, (agencies + perPage - 1) / perPage);
    int column = ResponsibilityMatrixModel::FirstAgencyColumn;
    for (int band = 0; band < bands; ++band) {
        const int size = agencies / bands + (band < agencies % bands ? 1 : 0);
        QList<int> chunk;
        for (int i = 0; i < size; ++i)
            chunk.append(column++);
        l.columnChunks.append(chunk);
    }
    return l;
}

QList<ResponsibilityMatrixPrinter::Page>
ResponsibilityMatrixPrinter::paginate(QPainter &painter, const Layout &layout) const
{
    QList<Page> pages;
    for (int chunk = 0; chunk < layout.columnChunks.size(); ++chunk) {
        const int taskWidth = layout.page.width() - layout.sttWidth
                              - int(layout.columnChunks.at(chunk).size()) * layout.agencyWidth;
        Page page{chunk, 0, 0, chunk == 0, taskWidth};
        int top = page.withTitle ? paintTitle(painter, layout) : 0;
        top += layout.headerHeight;
        const int bottom = layout.page.height() - layout.footerHeight;

        for (int row = 0; row < m_model.rowCount(); ++row) {
            const int height = rowHeight(painter, layout, row, taskWidth);
            if (top + height > bottom && page.endRow > page.firstRow) {
                pages.append(page);
                page = Page{chunk, row, row, false, taskWidth};
                top = layout.headerHeight;
            }
            top += height;
            page.endRow = row + 1;
        }
        pages.append(page);
    }
    return pages;
}

int ResponsibilityMatrixPrinter::rowHeight(QPainter &painter,
                                           const Layout &layout,
                                           int row,
                                           int taskWidth) const
{
    const bool totals = m_model.isTotalsRow(row);
    painter.setFont(printFont(9.5, totals));
    const QString text =
        m_model.data(m_model.index(row, ResponsibilityMatrixModel::TaskColumn)).toString();
    const QRect bounds = painter.fontMetrics().boundingRect(
        QRect(0, 0, taskWidth - 2 * layout.padding, 100000), Qt::TextWordWrap, text);
    return std::max(bounds.height() + 2 * layout.padding, int(6.5 * layout.mm));
}

void ResponsibilityMatrixPrinter::paintPage(
    QPainter &painter, const Layout &layout, const Page &page, int number, int count) const
{
    int top = page.withTitle ? paintTitle(painter, layout) : 0;
    paintHeader(painter, layout, page, top);
    top += layout.headerHeight;
    for (int row = page.firstRow; row < page.endRow; ++row)
        top += paintRow(painter, layout, page, row, top);

    painter.setFont(printFont(9));
    painter.setPen(Qt::black);
    const QRect footer(
        0, layout.page.height() - layout.footerHeight, layout.page.width(), layout.footerHeight);
    painter.drawText(
        footer, Qt::AlignHCenter | Qt::AlignBottom, tr("Page %1 of %2").arg(number).arg(count));
}

int ResponsibilityMatrixPrinter::paintTitle(QPainter &painter, const Layout &layout) const
{
    const int width = layout.page.width();
    int top = 0;
    const auto line = [&](const QString &text, const QFont &font, int flags) {
        if (text.isEmpty())
            return;
        painter.setFont(font);
        painter.setPen(Qt::black);
        const QRect bounds = painter.fontMetrics().boundingRect(
            QRect(0, 0, width, 100000), flags | Qt::TextWordWrap, text);
        painter.drawText(QRect(0, top, width, bounds.height()), flags | Qt::TextWordWrap, text);
        top += bounds.height() + int(1.5 * layout.mm);
    };
    line(m_title, printFont(14, true), Qt::AlignHCenter);
    line(m_subtitle, printFont(11, false, true), Qt::AlignHCenter);
    line(tr("L: lead unit, C: coordinating unit, named in the row. (L), (C) in italics: the "
            "role reaches the agency through a group the row names. Totals: rows that name "
            "the agency, in brackets the rows more that reach it through groups."),
         printFont(9),
         Qt::AlignLeft);
    return top + int(2 * layout.mm);
}

void ResponsibilityMatrixPrinter::paintHeader(QPainter &painter,
                                              const Layout &layout,
                                              const Page &page,
                                              int top) const
{
    painter.setPen(QPen(Qt::black, std::max(1.0, 0.25 * layout.mm)));
    painter.setBrush(QColor(0xee, 0xee, 0xee));
    const int height = layout.headerHeight;

    painter.setFont(printFont(9.5, true));
    const QRect stt(0, top, layout.sttWidth, height);
    const QRect task(stt.right() + 1, top, page.taskWidth, height);
    for (const auto &[rect, column] :
         {std::pair{stt, int(ResponsibilityMatrixModel::SttColumn)},
          std::pair{task, int(ResponsibilityMatrixModel::TaskColumn)}}) {
        painter.drawRect(rect);
        painter.drawText(rect.adjusted(layout.padding, 0, -layout.padding, -layout.padding),
                         Qt::AlignHCenter | Qt::AlignBottom,
                         m_model.headerData(column, Qt::Horizontal).toString());
    }

    int left = task.right() + 1;
    for (int column : layout.columnChunks.at(page.chunk)) {
        const QRect cell(left, top, layout.agencyWidth, height);
        painter.drawRect(cell);

        const QVariant font = m_model.headerData(column, Qt::Horizontal, Qt::FontRole);
        painter.setFont(printFont(8, false, font.value<QFont>().italic()));
        painter.save();
        painter.translate(cell.left(), cell.bottom());
        painter.rotate(-90);
        const QRect upright(layout.padding, 0, height - 2 * layout.padding, layout.agencyWidth);
        painter.drawText(upright,
                         Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap,
                         m_model.headerData(column, Qt::Horizontal).toString());
        painter.restore();
        left += layout.agencyWidth;
    }
}

int ResponsibilityMatrixPrinter::paintRow(
    QPainter &painter, const Layout &layout, const Page &page, int row, int top) const
{
    const int height = rowHeight(painter, layout, row, page.taskWidth);
    const bool totals = m_model.isTotalsRow(row);
    const QPen grid(Qt::black, std::max(1.0, 0.2 * layout.mm));
    const auto cellText = [&](int column) {
        return m_model.data(m_model.index(row, column)).toString();
    };

    painter.setPen(grid);
    painter.setBrush(totals ? QColor(0xee, 0xee, 0xee) : QColor(Qt::white));
    painter.setFont(printFont(9.5, totals));
    const QRect stt(0, top, layout.sttWidth, height);
    const QRect task(stt.right() + 1, top, page.taskWidth, height);
    painter.drawRect(stt);
    painter.drawRect(task);
    painter.drawText(stt.adjusted(layout.padding, layout.padding, -layout.padding, 0),
                     Qt::AlignHCenter | Qt::AlignTop,
                     cellText(ResponsibilityMatrixModel::SttColumn));
    painter.drawText(
        task.adjusted(layout.padding, layout.padding, -layout.padding, -layout.padding),
        (totals ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignTop | Qt::TextWordWrap,
        cellText(ResponsibilityMatrixModel::TaskColumn));

    int left = task.right() + 1;
    for (int column : layout.columnChunks.at(page.chunk)) {
        const QModelIndex index = m_model.index(row, column);
        const QRect cell(left, top, layout.agencyWidth, height);
        const QVariant tint = index.data(Qt::BackgroundRole);
        painter.setPen(grid);
        painter.setBrush(tint.isValid() ? tint.value<QColor>()
                                        : (totals ? QColor(0xee, 0xee, 0xee) : QColor(Qt::white)));
        painter.drawRect(cell);

        const QFont shown = index.data(Qt::FontRole).value<QFont>();
        painter.setFont(printFont(totals ? 8.5 : 9.5, shown.bold(), shown.italic()));
        painter.drawText(cell, Qt::AlignCenter, index.data().toString());
        left += layout.agencyWidth;
    }
    return height;
}

} // namespace PlanTrack
