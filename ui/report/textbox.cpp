// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "textbox.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>

namespace PlanTrack {

TextBox::TextBox(const QString &text, const TextStyle &style, double width, QPaintDevice *device)
    : m_width(width)
{
    QTextOption option(style.alignment);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    const double lineHeight = QFontMetricsF(style.font, device).height() * style.lineSpacing;

    double y = 0;
    const QStringList paragraphs = text.split(u'\n');
    for (const QString &paragraph : paragraphs) {
        auto layout = std::make_unique<QTextLayout>(paragraph, style.font, device);
        layout->setTextOption(option);
        layout->beginLayout();
        for (int index = 0;; ++index) {
            QTextLine line = layout->createLine();
            if (!line.isValid())
                break;
            const double indent = index == 0 ? style.firstLineIndent : 0;
            line.setLineWidth(std::max(1.0, width - indent));
            const double height = std::max(lineHeight, line.height());
            // Centre the glyphs in the spaced line, as word processors do.
            line.setPosition(QPointF(indent, y + (height - line.height()) / 2));
            m_lines.append({int(m_layouts.size()), index, y, height});
            y += height;
        }
        layout->endLayout();
        m_layouts.push_back(std::move(layout));
    }
}

TextBox::~TextBox() = default;
TextBox::TextBox(TextBox &&) noexcept = default;
TextBox &TextBox::operator=(TextBox &&) noexcept = default;

int TextBox::linesFitting(int first, double height) const
{
    int end = first;
    while (end < lineCount() && heightOf(first, end + 1) <= height + 0.01)
        ++end;
    return end - first;
}

double TextBox::heightOf(int first, int end) const
{
    if (end <= first)
        return 0;
    return bottomOf(end - 1) - topOf(first);
}

double TextBox::naturalWidth() const
{
    double widest = 0;
    for (const Line &line : m_lines) {
        const QTextLine text = m_layouts.at(line.layout)->lineAt(line.index);
        widest = std::max(widest, text.x() + text.naturalTextWidth());
    }
    return widest;
}

void TextBox::draw(QPainter &painter, QPointF topLeft, int first, int end) const
{
    if (end < 0)
        end = lineCount();
    if (first >= end)
        return;

    const QPointF origin = topLeft - QPointF(0, topOf(first));
    for (int i = first; i < end; ++i) {
        const Line &line = m_lines.at(i);
        m_layouts.at(line.layout)->lineAt(line.index).draw(&painter, origin);
    }
}

} // namespace PlanTrack
