// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QFontMetricsF;

namespace PlanTrack {

struct GanttStyle;

/// Explains the timeline: a swatch for each status colour and a sample of each kind of
/// mark and line, flowing over as many lines as the width needs. Paints the same way in a
/// window and on paper.
class GanttLegend final : public QWidget
{
    Q_OBJECT

public:
    explicit GanttLegend(QWidget *parent = nullptr);

    bool hasHeightForWidth() const override { return true; }

    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    /// Returns the height the legend needs in a width, measured with metrics (those of the
    /// device it will be painted on, in style's font).
    static double heightFor(double width, const GanttStyle &style, const QFontMetricsF &metrics);

    /// Paints the legend into rect, in style's font and colours.
    static void paint(QPainter &painter, const QRectF &rect, const GanttStyle &style);

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;
};

} // namespace PlanTrack
