// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ganttpainter.h"

#include "status/statusstyle.h"

#include <QFontMetricsF>
#include <QLinearGradient>
#include <QPaintDevice>
#include <QPainter>
#include <QPainterPath>
#include <QVarLengthArray>
#include <QWidget>

#include <algorithm>

namespace PlanTrack {

namespace {

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

// Marks are never thinner than this many hairlines apart, or ticks turn into a grey blur.
constexpr double minimumTickSpacing = 4;

} // namespace

GanttStyle GanttStyle::forWidget(const QWidget &widget)
{
    const QPalette &palette = widget.palette();
    GanttStyle style;
    style.font = widget.font();
    style.text = palette.color(QPalette::Text);
    style.base = palette.color(QPalette::Base);
    style.mutedText = mix(style.text, style.base, 0.45);
    style.grid = mix(style.base, style.text, 0.10);
    style.majorGrid = mix(style.base, style.text, 0.30);
    style.headerBackground = palette.color(QPalette::Button);
    style.neutral = mix(style.base, style.text, 0.45);
    style.summary = mix(style.text, style.base, 0.15);
    style.today = QColor(0x8e, 0x24, 0xaa);
    style.asOf = QColor(0x1a, 0x23, 0x7e);
    style.markHeight = QFontMetricsF(style.font).height() * 0.8;
    style.lineWidth = 1;
    return style;
}

GanttStyle GanttStyle::forPrint(const QFont &font, QPaintDevice &device)
{
    GanttStyle style;
    style.font = font;
    style.text = Qt::black;
    style.base = Qt::white;
    style.mutedText = QColor(0x55, 0x55, 0x55);
    style.grid = QColor(0xd6, 0xd6, 0xd6);
    style.majorGrid = QColor(0x80, 0x80, 0x80);
    style.headerBackground = QColor(0xf0, 0xf0, 0xf0);
    style.neutral = QColor(0x8a, 0x8a, 0x8a);
    style.summary = QColor(0x30, 0x30, 0x30);
    style.today = QColor(0x8e, 0x24, 0xaa);
    style.asOf = QColor(0x1a, 0x23, 0x7e);
    style.markHeight = QFontMetricsF(font, &device).height() * 0.8;
    style.lineWidth = device.logicalDpiY() / 72.0 * 0.5;
    return style;
}

GanttPainter::GanttPainter(QPainter &painter, const TimeAxis &axis, const GanttStyle &style)
    : m_painter(painter)
    , m_axis(axis)
    , m_style(style)
{}

void GanttPainter::paintHeader(const QRectF &rect, double fromX, double toX) const
{
    m_painter.save();
    m_painter.setFont(m_style.font);
    m_painter.fillRect(rect, m_style.headerBackground);

    const TimeAxis::Unit minor = TimeAxis::minorUnit(m_axis.zoom());
    if (const std::optional<TimeAxis::Unit> major = TimeAxis::majorUnit(m_axis.zoom())) {
        const QRectF top(rect.left(), rect.top(), rect.width(), rect.height() / 2);
        paintTier(top, *major, fromX, toX);
        paintTier(top.translated(0, top.height()), minor, fromX, toX);
        m_painter.setPen(QPen(m_style.grid, m_style.lineWidth));
        m_painter.drawLine(QPointF(rect.left(), top.bottom()), QPointF(rect.right(), top.bottom()));
    } else {
        paintTier(rect, minor, fromX, toX);
    }

    m_painter.setPen(QPen(m_style.majorGrid, m_style.lineWidth));
    m_painter.drawLine(rect.bottomLeft(), rect.bottomRight());

    // Small flags at the foot of the header tell which line is which.
    m_painter.setRenderHint(QPainter::Antialiasing);
    m_painter.setPen(Qt::NoPen);
    const double half = m_style.markHeight / 2;
    for (const auto &[day, color] :
         {std::pair{m_today, m_style.today}, std::pair{m_asOf, m_style.asOf}}) {
        if (!day.isValid() || m_axis.centerX(day) < fromX || m_axis.centerX(day) > toX)
            continue;
        const double x = centerOf(day);
        m_painter.setBrush(color);
        m_painter.drawPolygon(QPolygonF{QPointF(x - half, rect.bottom() - half),
                                        QPointF(x + half, rect.bottom() - half),
                                        QPointF(x, rect.bottom())});
    }
    m_painter.restore();
}

void GanttPainter::paintTier(const QRectF &rect,
                             TimeAxis::Unit unit,
                             double fromX,
                             double toX) const
{
    const QFontMetricsF metrics = m_painter.fontMetrics();
    const double padding = metrics.averageCharWidth();
    const double visibleLeft = fromX + m_shift;
    const double visibleRight = toX + m_shift;

    for (const TimeAxis::Tick &tick : m_axis.ticks(unit, fromX, toX)) {
        const double left = tick.left + m_shift;
        const double right = tick.right + m_shift;
        if (tick.first >= m_axis.range().first) {
            m_painter.setPen(QPen(m_style.grid, m_style.lineWidth));
            m_painter.drawLine(QPointF(left, rect.top()), QPointF(left, rect.bottom()));
        }

        // The label stays inside the visible part of its unit, so it is read while scrolling.
        const QRectF part(QPointF(std::max(left, visibleLeft), rect.top()),
                          QPointF(std::min(right, visibleRight), rect.bottom()));
        QString text = TimeAxis::label(unit, tick.first);
        if (metrics.horizontalAdvance(text) + padding > part.width())
            text = TimeAxis::shortLabel(unit, tick.first);
        if (metrics.horizontalAdvance(text) + padding > part.width())
            continue;
        m_painter.setPen(m_style.text);
        m_painter.drawText(part, Qt::AlignCenter, text);
    }
}

void GanttPainter::paintGrid(const QRectF &rect, double fromX, double toX) const
{
    m_painter.save();
    const TimeAxis::Unit minor = TimeAxis::minorUnit(m_axis.zoom());
    const std::optional<TimeAxis::Unit> major = TimeAxis::majorUnit(m_axis.zoom());

    const auto linesOf = [&](TimeAxis::Unit unit) {
        QVarLengthArray<QLineF, 128> lines;
        for (const TimeAxis::Tick &tick : m_axis.ticks(unit, fromX, toX)) {
            if (tick.first < m_axis.range().first)
                continue;
            const double x = tick.left + m_shift;
            lines.append(QLineF(x, rect.top(), x, rect.bottom()));
        }
        return lines;
    };

    if (m_axis.pixelsPerDay() * TimeAxis::minimumDays(minor)
        >= minimumTickSpacing * m_style.lineWidth) {
        const auto lines = linesOf(minor);
        m_painter.setPen(QPen(m_style.grid, m_style.lineWidth));
        m_painter.drawLines(lines.constData(), int(lines.size()));
    }
    if (major) {
        const auto lines = linesOf(*major);
        m_painter.setPen(QPen(m_style.majorGrid, m_style.lineWidth));
        m_painter.drawLines(lines.constData(), int(lines.size()));
    }
    m_painter.restore();
}

void GanttPainter::paintDateLines(const QRectF &rect, double fromX, double toX) const
{
    m_painter.save();
    const auto line = [&](QDate day, const QPen &pen) {
        if (!day.isValid() || m_axis.centerX(day) < fromX || m_axis.centerX(day) > toX)
            return;
        m_painter.setPen(pen);
        const double x = centerOf(day);
        m_painter.drawLine(QPointF(x, rect.top()), QPointF(x, rect.bottom()));
    };
    line(m_today, QPen(m_style.today, m_style.lineWidth * 1.5));
    QPen asOf(m_style.asOf, m_style.lineWidth * 2, Qt::CustomDashLine);
    asOf.setDashPattern({4, 3});
    line(m_asOf, asOf);
    m_painter.restore();
}

void GanttPainter::paintItem(const GanttItem &item,
                             const QRectF &band,
                             double fromX,
                             double toX) const
{
    m_painter.save();
    m_painter.setRenderHint(QPainter::Antialiasing);

    const double scale = item.kind == ItemKind::SubTask ? 0.75 : 1.0;
    // Marks centred near the edge still show their visible half.
    const double margin = m_style.markHeight;
    const DateRange visible = visibleDays(fromX - margin, toX + margin);

    if (item.isSection()) {
        paintSection(item, band, fromX, toX);
    } else if (item.deadline) {
        switch (item.deadline->kind) {
        case DeadlineKind::Month:
        case DeadlineKind::Quarter:
        case DeadlineKind::Year:
        case DeadlineKind::Date:
            paintDeadline(item, band, scale);
            break;
        case DeadlineKind::YearRange:
            paintRange(item, band, scale);
            break;
        case DeadlineKind::Annual:
            paintAnnual(item, band, scale, visible);
            break;
        case DeadlineKind::Ongoing:
        case DeadlineKind::Conditional:
            paintOngoing(item, band, scale, visible);
            break;
        }
    }
    m_painter.restore();
}

void GanttPainter::paintDeadline(const GanttItem &item, const QRectF &band, double scale) const
{
    const QDate due = item.deadline->due;
    if (!due.isValid())
        return;

    const QPointF center(centerOf(due), band.center().y());
    const double half = m_style.markHeight * scale / 2;
    const QColor fill = fillOf(item);
    if (item.dueSoon)
        paintDueSoon(center, half);
    drawDiamond(m_painter, center, half, fill, fill.darker(150), m_style.lineWidth);
}

void GanttPainter::paintRange(const GanttItem &item, const QRectF &band, double scale) const
{
    const Deadline &deadline = *item.deadline;
    if (!deadline.due.isValid())
        return;

    const double height = m_style.markHeight * 0.7 * scale;
    const double left = m_axis.x(GanttItem::startOf(deadline, m_rules)) + m_shift;
    const double right = m_axis.endX(deadline.due) + m_shift;
    const QRectF bar(left, band.center().y() - height / 2, right - left, height);
    const QColor color = fillOf(item);
    const QColor background = paler(color, m_style.base);

    m_painter.setPen(Qt::NoPen);
    m_painter.setBrush(background);
    m_painter.drawRect(bar);
    if (item.percent > 0) {
        m_painter.setBrush(color);
        m_painter.drawRect(QRectF(bar.left(), bar.top(), bar.width() * item.percent / 100, height));
    }

    // A tick at each yearly checkpoint before the final due day.
    m_painter.setPen(QPen(color.darker(150), m_style.lineWidth * 1.5));
    for (QDate day : m_rules.annualDueDays({deadline.start, deadline.due.addDays(-1)})) {
        const double x = m_axis.endX(day) + m_shift;
        m_painter.drawLine(QPointF(x, bar.top()), QPointF(x, bar.bottom()));
    }
    m_painter.setBrush(Qt::NoBrush);
    m_painter.drawRect(bar);

    if (item.dueSoon)
        paintDueSoon(QPointF(right, bar.center().y()), height / 2);
}

void GanttPainter::paintAnnual(const GanttItem &item,
                               const QRectF &band,
                               double scale,
                               const DateRange &visible) const
{
    const DateRange span{std::max(m_rules.trackingStart, m_axis.range().first),
                         m_axis.range().last};
    if (!span.isValid())
        return;

    const QColor color = fillOf(item);
    const double y = band.center().y();
    m_painter.setPen(QPen(color, m_style.lineWidth));
    m_painter.drawLine(
        QPointF(std::max(m_axis.x(span.first), m_axis.x(visible.first)) + m_shift, y),
        QPointF(std::min(m_axis.width(), m_axis.endX(visible.last)) + m_shift, y));

    // The occurrence the status is about, as the status engine judged it; while none has
    // closed, the next one.
    QDate judged;
    QDate next;
    if (m_asOf.isValid()) {
        next = m_rules.annualOccurrenceFor(m_asOf).last;
        judged = item.judgedUntil.isValid() ? item.judgedUntil : next;
    }

    const double radius = m_style.markHeight * 0.36 * scale;
    const DateRange shown{visible.first, std::min(span.last, visible.last)};
    for (QDate due : occurrenceDays(item, m_rules, shown)) {
        const QPointF center(centerOf(due), y);
        if (item.dueSoon && due == next)
            paintDueSoon(center, radius);
        drawCircle(m_painter,
                   center,
                   radius,
                   due == judged ? color : m_style.base,
                   color.darker(130),
                   m_style.lineWidth * 1.5);
    }
}

void GanttPainter::paintOngoing(const GanttItem &item,
                                const QRectF &band,
                                double scale,
                                const DateRange &visible) const
{
    const DateRange span{std::max(m_rules.trackingStart, m_axis.range().first),
                         m_axis.range().last};
    if (!span.isValid() || !visible.isValid())
        return;

    // The status speaks of the time up to the as-of date; later time is drawn paler.
    const QColor color = fillOf(item);
    const QColor later = paler(color, m_style.base);
    const double asOf = m_asOf.isValid() ? m_axis.endX(m_asOf) + m_shift : 1e12;
    const double height = m_style.markHeight * 0.5 * scale;
    const double start = m_axis.x(span.first) + m_shift;
    const double end = m_axis.width() + m_shift;
    const double fadeFrom = end - std::min((end - start) * 0.25, m_style.markHeight * 8);
    const double left = std::max(start, m_axis.x(visible.first) + m_shift);
    const double right = std::min(end, m_axis.endX(visible.last) + m_shift);
    const double top = band.center().y() - height / 2;
    if (std::min(right, asOf) > left)
        drawOpenBar(m_painter,
                    QRectF(QPointF(left, top), QPointF(std::min(right, asOf), top + height)),
                    fadeFrom,
                    end,
                    color,
                    m_style.lineWidth);
    if (right > std::max(left, asOf))
        drawOpenBar(m_painter,
                    QRectF(QPointF(std::max(left, asOf), top), QPointF(right, top + height)),
                    fadeFrom,
                    end,
                    later,
                    m_style.lineWidth);

    // Ticks at the end of each reporting period; the period judged gets a dot.
    const DateRange shown{visible.first, std::min(span.last, visible.last)};
    const QDate judged = m_asOf.isValid() ? item.judgedUntil : QDate();
    const double tickHeight = m_style.markHeight * 0.8 * scale;
    const bool dense = m_axis.pixelsPerDay() * TimeAxis::minimumDays(TimeAxis::Unit::Month)
                       < minimumTickSpacing * m_style.lineWidth;
    const double y = band.center().y();
    for (QDate day : occurrenceDays(item, m_rules, shown)) {
        const double x = centerOf(day);
        if (day == judged) {
            drawCircle(m_painter,
                       QPointF(x, y),
                       m_style.markHeight * 0.42 * scale,
                       color,
                       m_style.base,
                       m_style.lineWidth * 1.5);
        } else if (!dense) {
            m_painter.setPen(QPen((x > asOf ? later : color).darker(140), m_style.lineWidth * 1.2));
            m_painter.drawLine(QPointF(x, y - tickHeight / 2), QPointF(x, y + tickHeight / 2));
        }
    }
}

QColor GanttPainter::paler(const QColor &color, const QColor &base)
{
    return mix(color, base, 0.55);
}

QList<QDate> GanttPainter::occurrenceDays(const GanttItem &item,
                                          const ScheduleRules &rules,
                                          const DateRange &span)
{
    if (!item.deadline || !span.isValid())
        return {};
    const DateRange tracked{std::max(span.first, rules.trackingStart), span.last};
    switch (item.deadline->kind) {
    case DeadlineKind::Annual:
        return rules.annualDueDays(tracked);
    case DeadlineKind::Ongoing:
    case DeadlineKind::Conditional:
        return rules.periodEnds(tracked);
    default:
        return {};
    }
}

void GanttPainter::paintSection(const GanttItem &item,
                                const QRectF &band,
                                double fromX,
                                double toX) const
{
    const double height = m_style.markHeight * 0.35;
    const double y = band.center().y();
    double openFrom = m_axis.x(std::max(m_rules.trackingStart, m_axis.range().first));

    if (item.span.isValid()) {
        const double left = m_axis.x(item.span.first);
        const double right = m_axis.endX(item.span.last);
        if (right >= fromX - m_style.markHeight && left <= toX + m_style.markHeight)
            drawSummary(m_painter,
                        QRectF(left + m_shift, y - height, right - left, height),
                        m_style.summary);
        openFrom = right;
    }

    // Sections that hold ongoing rows go on after their last due day.
    if (item.spanOpen) {
        const double left = std::max(openFrom, fromX);
        const double right = std::min(m_axis.width(), toX);
        if (right > left) {
            QPen pen(m_style.summary, m_style.lineWidth * 1.5, Qt::CustomDashLine);
            pen.setDashPattern({3, 3});
            m_painter.setPen(pen);
            m_painter.drawLine(QPointF(left + m_shift, y - height / 2),
                               QPointF(right + m_shift, y - height / 2));
        }
    }
}

void GanttPainter::paintDueSoon(QPointF center, double half) const
{
    m_painter.save();
    m_painter.setPen(QPen(StatusStyle::dueSoonColor(), std::max(half * 0.4, m_style.lineWidth)));
    m_painter.setBrush(Qt::NoBrush);
    m_painter.drawEllipse(center, half * 1.6, half * 1.6);
    m_painter.restore();
}

QColor GanttPainter::fillOf(const GanttItem &item) const
{
    return item.status ? StatusStyle::color(*item.status) : m_style.neutral;
}

DateRange GanttPainter::visibleDays(double fromX, double toX) const
{
    const DateRange range = m_axis.range();
    return {std::max(m_axis.dateAt(fromX), range.first), std::min(m_axis.dateAt(toX), range.last)};
}

void GanttPainter::drawDiamond(QPainter &painter,
                               QPointF center,
                               double half,
                               const QColor &fill,
                               const QColor &outline,
                               double lineWidth)
{
    painter.setPen(QPen(outline, lineWidth));
    painter.setBrush(fill);
    painter.drawPolygon(QPolygonF{center + QPointF(0, -half),
                                  center + QPointF(half, 0),
                                  center + QPointF(0, half),
                                  center + QPointF(-half, 0)});
}

void GanttPainter::drawCircle(QPainter &painter,
                              QPointF center,
                              double radius,
                              const QColor &fill,
                              const QColor &outline,
                              double lineWidth)
{
    painter.setPen(QPen(outline, lineWidth));
    painter.setBrush(fill);
    painter.drawEllipse(center, radius, radius);
}

void GanttPainter::drawOpenBar(QPainter &painter,
                               const QRectF &bar,
                               double fadeFrom,
                               double fadeTo,
                               const QColor &color,
                               double lineWidth)
{
    fadeTo = std::max(fadeTo, fadeFrom + 1);
    QColor tint = color;
    tint.setAlphaF(0.28f);
    QColor clear = color;
    clear.setAlphaF(0);

    QLinearGradient fade(QPointF(fadeFrom, 0), QPointF(fadeTo, 0));
    fade.setColorAt(0, tint);
    fade.setColorAt(1, clear);
    painter.setPen(Qt::NoPen);
    painter.setBrush(fade);
    painter.drawRect(bar);

    // Hatching up to where the fading starts; scaled so that paper shows lines, not grey.
    const QRectF hatched(bar.topLeft(), QPointF(std::min(bar.right(), fadeFrom), bar.bottom()));
    if (hatched.width() > 0) {
        QBrush hatch(color, Qt::BDiagPattern);
        hatch.setTransform(QTransform::fromScale(lineWidth, lineWidth));
        painter.setBrush(hatch);
        painter.drawRect(hatched);
        painter.setPen(QPen(color, lineWidth));
        painter.drawLine(hatched.topLeft(), hatched.topRight());
        painter.drawLine(hatched.bottomLeft(), hatched.bottomRight());
    }
}

void GanttPainter::drawSummary(QPainter &painter, const QRectF &bar, const QColor &color)
{
    const double tip = bar.height();
    QPainterPath path;
    path.addRect(bar);
    path.moveTo(bar.bottomLeft());
    path.lineTo(bar.bottomLeft() + QPointF(tip * 1.2, 0));
    path.lineTo(bar.bottomLeft() + QPointF(0, tip));
    path.closeSubpath();
    path.moveTo(bar.bottomRight());
    path.lineTo(bar.bottomRight() - QPointF(tip * 1.2, 0));
    path.lineTo(bar.bottomRight() + QPointF(0, tip));
    path.closeSubpath();
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawPath(path.simplified());
}

} // namespace PlanTrack
