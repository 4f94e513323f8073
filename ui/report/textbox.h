// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QList>
#include <QPointF>
#include <QString>

#include <memory>
#include <vector>

class QPainter;
class QPaintDevice;
class QTextLayout;

namespace PlanTrack {

/// Holds how a box of text is set: its font, alignment, indents and line spacing.
struct TextStyle
{
    QFont font;
    Qt::Alignment alignment = Qt::AlignLeft;
    double firstLineIndent = 0; ///< device units, the first line of each paragraph
    double lineSpacing = 1;     ///< a factor of the font's line height
};

/// Lays a text out in lines of a fixed width on a paint device, so that it can be measured,
/// split between lines across pages and drawn. Each line break of the text starts a
/// paragraph; justified paragraphs leave their last line ragged.
class TextBox final
{
public:
    TextBox(const QString &text, const TextStyle &style, double width, QPaintDevice *device);
    ~TextBox();
    TextBox(TextBox &&) noexcept;
    TextBox &operator=(TextBox &&) noexcept;

    double width() const { return m_width; }

    double height() const { return m_lines.isEmpty() ? 0 : bottomOf(lineCount() - 1); }

    int lineCount() const { return int(m_lines.size()); }

    double topOf(int line) const { return m_lines.at(line).top; }

    double bottomOf(int line) const { return m_lines.at(line).top + m_lines.at(line).height; }

    /// Returns how many lines from first on fit into height.
    int linesFitting(int first, double height) const;

    /// Returns the height of lines [first, end).
    double heightOf(int first, int end) const;

    /// Returns the width of the widest line.
    double naturalWidth() const;

    /// Draws lines [first, end) with the top of line first at topLeft.
    void draw(QPainter &painter, QPointF topLeft, int first = 0, int end = -1) const;

private:
    struct Line
    {
        int layout = 0;
        int index = 0;
        double top = 0;
        double height = 0;
    };

    std::vector<std::unique_ptr<QTextLayout>> m_layouts;
    QList<Line> m_lines;
    double m_width = 0;
};

} // namespace PlanTrack
