// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ganttitem.h"
#include "timeaxis.h"

#include <QColor>
#include <QFont>
#include <QPointF>

class QPainter;
class QPaintDevice;
class QRectF;
class QWidget;

namespace PlanTrack {

/// Holds the colours and sizes a timeline is painted with, on screen or on paper.
struct GanttStyle
{
    QFont font;
    QColor text;
    QColor mutedText;
    QColor grid;
    QColor majorGrid;
    QColor headerBackground;
    QColor base;    ///< background of the rows
    QColor neutral; ///< marks of rows without a status
    QColor summary; ///< section bars
    QColor today;
    QColor asOf;
    double markHeight = 12; ///< height of a diamond; every other mark is sized from it
    double lineWidth = 1;   ///< a hairline

    /// Returns the style of a widget: its palette and font, marks sized to the font.
    static GanttStyle forWidget(const QWidget &widget);

    /// Returns the style for paper: black text on white, marks sized to the font as it
    /// measures on the device.
    static GanttStyle forPrint(const QFont &font, QPaintDevice &device);
};

/// Paints the parts of a timeline (axis header, grid, today and as-of lines, the marks of
/// rows) onto any painter, for the view and for print alike. Positions come from a
/// TimeAxis; the shift moves axis positions to painter positions. Each kind of deadline
/// has its own look:
/// - a day, month, quarter or year: a diamond on the due day;
/// - a range of years: a bar from start to due with the progress inside and a tick at each
///   yearly checkpoint;
/// - yearly: one circle per occurrence on a thin line;
/// - ongoing or conditional: a hatched bar from the start of tracking that fades out at
///   the end of the axis, with a tick at the end of each reporting period;
/// - a section: a summary bar over the days of its rows.
/// The mark the status is about (the judged occurrence or period) is filled with the
/// status colour; rows falling due soon get a ring.
class GanttPainter final
{
public:
    GanttPainter(QPainter &painter, const TimeAxis &axis, const GanttStyle &style);

    /// Sets how far painter positions lie right of axis positions.
    void setShift(double shift) { m_shift = shift; }

    void setRules(const ScheduleRules &rules) { m_rules = rules; }

    void setAsOf(QDate day) { m_asOf = day; }

    void setToday(QDate day) { m_today = day; }

    /// Paints the tick labels of the axis positions [fromX, toX) into rect: the major unit
    /// on top and the minor unit below, or the minor unit alone.
    void paintHeader(const QRectF &rect, double fromX, double toX) const;

    /// Paints the vertical lines of the ticks into rect.
    void paintGrid(const QRectF &rect, double fromX, double toX) const;

    /// Paints the today line (solid) and the as-of line (dashed, stronger) into rect.
    void paintDateLines(const QRectF &rect, double fromX, double toX) const;

    /// Paints the marks of a row into band, a strip as high as a line of text.
    void paintItem(const GanttItem &item, const QRectF &band, double fromX, double toX) const;

    /// Returns the paler shade of a status colour for what remains to be done: the rest of a
    /// bar after its progress, an ongoing bar after the as-of date.
    static QColor paler(const QColor &color, const QColor &base);

    /// Returns the days of a row's repeated marks within span: the due days of a yearly
    /// row, the ends of reporting periods of an ongoing or conditional one, from the start
    /// of tracking on; nothing for other rows.
    static QList<QDate>
    occurrenceDays(const GanttItem &item, const ScheduleRules &rules, const DateRange &span);

    /// Returns the painter position of the middle of a day.
    double centerOf(QDate day) const { return m_axis.centerX(day) + m_shift; }

    static void drawDiamond(QPainter &painter,
                            QPointF center,
                            double half,
                            const QColor &fill,
                            const QColor &outline,
                            double lineWidth);
    static void drawCircle(QPainter &painter,
                           QPointF center,
                           double radius,
                           const QColor &fill,
                           const QColor &outline,
                           double lineWidth);
    /// Draws the part bar of an open-ended bar that fades out from fadeFrom to fadeTo.
    static void drawOpenBar(QPainter &painter,
                            const QRectF &bar,
                            double fadeFrom,
                            double fadeTo,
                            const QColor &color,
                            double lineWidth);
    static void drawSummary(QPainter &painter, const QRectF &bar, const QColor &color);

private:
    void paintTier(const QRectF &rect, TimeAxis::Unit unit, double fromX, double toX) const;
    void paintDeadline(const GanttItem &item, const QRectF &band, double scale) const;
    void paintRange(const GanttItem &item, const QRectF &band, double scale) const;
    void paintAnnual(const GanttItem &item,
                     const QRectF &band,
                     double scale,
                     const DateRange &visible) const;
    void paintOngoing(const GanttItem &item,
                      const QRectF &band,
                      double scale,
                      const DateRange &visible) const;
    void paintSection(const GanttItem &item, const QRectF &band, double fromX, double toX) const;
    void paintDueSoon(QPointF center, double half) const;
    QColor fillOf(const GanttItem &item) const;
    DateRange visibleDays(double fromX, double toX) const;

    QPainter &m_painter;
    const TimeAxis &m_axis;
    const GanttStyle &m_style;
    ScheduleRules m_rules;
    QDate m_asOf;
    QDate m_today;
    double m_shift = 0;
};

} // namespace PlanTrack
