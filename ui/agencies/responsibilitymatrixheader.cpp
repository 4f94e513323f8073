// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "responsibilitymatrixheader.h"

#include <QPainter>

namespace PlanTrack {

namespace {

constexpr int padding = 6;

} // namespace

ResponsibilityMatrixHeader::ResponsibilityMatrixHeader(int firstUpright, QWidget *parent)
    : QHeaderView(Qt::Horizontal, parent)
    , m_firstUpright(firstUpright)
{
    setSectionsClickable(false);
    setDefaultAlignment(Qt::AlignLeft | Qt::AlignBottom);
}

QSize ResponsibilityMatrixHeader::sizeHint() const
{
    QSize size = QHeaderView::sizeHint();
    size.setHeight(std::max(size.height(), uprightLength() + 2 * padding));
    return size;
}

// Names run over two lines; the longest decides the height, up to about twenty
// characters a line. Longer ones are cut short on screen and shown whole in the tooltip
// and on paper.
int ResponsibilityMatrixHeader::uprightLength() const
{
    if (!model())
        return 0;
    const QFontMetrics metrics(font());
    int longest = 0;
    for (int section = m_firstUpright; section < model()->columnCount(); ++section)
        longest = std::max(
            longest,
            metrics.horizontalAdvance(model()->headerData(section, orientation()).toString()));
    return std::clamp(longest / 2 + metrics.averageCharWidth() * 3,
                      metrics.averageCharWidth() * 8,
                      metrics.averageCharWidth() * 24);
}

QSize ResponsibilityMatrixHeader::sectionSizeFromContents(int logicalIndex) const
{
    if (logicalIndex < m_firstUpright)
        return QHeaderView::sectionSizeFromContents(logicalIndex);
    const QFontMetrics metrics(font());
    return {2 * metrics.height() + padding, uprightLength() + 2 * padding};
}

void ResponsibilityMatrixHeader::paintSection(QPainter *painter,
                                              const QRect &rect,
                                              int logicalIndex) const
{
    if (logicalIndex < m_firstUpright) {
        QHeaderView::paintSection(painter, rect, logicalIndex);
        return;
    }

    // The frame and background come from the style; only the text turns.
    QStyleOptionHeader option;
    initStyleOption(&option);
    option.rect = rect;
    option.section = logicalIndex;
    painter->save();
    style()->drawControl(QStyle::CE_HeaderSection, &option, painter, this);

    const QVariant font = model()->headerData(logicalIndex, orientation(), Qt::FontRole);
    if (font.canConvert<QFont>())
        painter->setFont(font.value<QFont>());
    const QString text = model()->headerData(logicalIndex, orientation()).toString();
    const QRect upright(0, 0, rect.height() - 2 * padding, rect.width());
    painter->translate(rect.left(), rect.bottom() - padding);
    painter->rotate(-90);
    painter->setPen(palette().color(QPalette::ButtonText));
    painter->setClipRect(upright);
    painter->drawText(upright, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, text);
    painter->restore();
}

} // namespace PlanTrack
