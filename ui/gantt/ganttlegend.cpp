// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ganttlegend.h"

#include "ganttpainter.h"
#include "status/statusstyle.h"

#include <QEvent>
#include <QFontMetricsF>
#include <QPainter>

#include <cmath>

namespace PlanTrack {

namespace {

enum class Sample {
    Status,
    Deadline,
    YearRange,
    Annual,
    Ongoing,
    Section,
    DueSoon,
    Today,
    AsOf,
};

struct Entry
{
    Sample sample;
    QString label;
    Status status = Status::NotDue;
};

QList<Entry> entries()
{
    QList<Entry> list;
    for (Status status : allStatuses())
        list.append({Sample::Status, statusLabel(status), status});
    list.append({Sample::Deadline, GanttLegend::tr("due day")});
    list.append({Sample::YearRange, GanttLegend::tr("range of years, progress inside")});
    list.append({Sample::Annual, GanttLegend::tr("every year")});
    list.append({Sample::Ongoing, GanttLegend::tr("ongoing: ends of reporting periods")});
    list.append({Sample::Section, GanttLegend::tr("section")});
    list.append({Sample::DueSoon, GanttLegend::tr("falls due soon")});
    list.append({Sample::Today, GanttLegend::tr("today")});
    list.append({Sample::AsOf, GanttLegend::tr("as-of date")});
    return list;
}

struct Placed
{
    Entry entry;
    QRectF sample;
    QRectF text;
};

// Flows the entries over lines of the given width; each entry is a sample and its label.
QList<Placed> place(double width, const GanttStyle &style, const QFontMetricsF &metrics)
{
    const double lineHeight = std::max(metrics.height(), style.markHeight) * 1.35;
    const double sampleWidth = style.markHeight * 2.4;
    const double gap = metrics.averageCharWidth() * 2.5;
    const double spacing = metrics.averageCharWidth() * 0.8;

    QList<Placed> placed;
    double x = 0;
    double y = 0;
    for (const Entry &entry : entries()) {
        const double textWidth = metrics.horizontalAdvance(entry.label);
        const double itemWidth = sampleWidth + spacing + textWidth;
        if (x > 0 && x + itemWidth > width) {
            x = 0;
            y += lineHeight;
        }
        placed.append({entry,
                       QRectF(x, y, sampleWidth, lineHeight),
                       QRectF(x + sampleWidth + spacing, y, textWidth + 1, lineHeight)});
        x += itemWidth + gap;
    }
    return placed;
}

void paintSample(QPainter &painter, const Entry &entry, const QRectF &r, const GanttStyle &style)
{
    const double h = style.markHeight;
    const QPointF c = r.center();
    const QColor neutral = style.neutral;

    switch (entry.sample) {
    case Sample::Status:
        painter.setPen(QPen(StatusStyle::color(entry.status).darker(140), style.lineWidth));
        painter.setBrush(StatusStyle::color(entry.status));
        painter.drawRoundedRect(
            QRectF(c.x() - h, c.y() - h * 0.4, h * 2, h * 0.8), h * 0.2, h * 0.2);
        break;
    case Sample::Deadline:
        GanttPainter::drawDiamond(painter, c, h / 2, neutral, neutral.darker(150), style.lineWidth);
        break;
    case Sample::YearRange: {
        const QRectF bar(c.x() - h, c.y() - h * 0.35, h * 2, h * 0.7);
        painter.setPen(Qt::NoPen);
        painter.setBrush(neutral.lighter(150));
        painter.drawRect(bar);
        painter.setBrush(neutral);
        painter.drawRect(QRectF(bar.topLeft(), QSizeF(bar.width() * 0.6, bar.height())));
        painter.setPen(QPen(neutral.darker(150), style.lineWidth));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(bar);
        break;
    }
    case Sample::Annual:
        painter.setPen(QPen(neutral, style.lineWidth));
        painter.drawLine(QPointF(c.x() - h * 1.1, c.y()), QPointF(c.x() + h * 1.1, c.y()));
        GanttPainter::drawCircle(painter,
                                 c - QPointF(h * 0.55, 0),
                                 h * 0.36,
                                 neutral,
                                 neutral.darker(130),
                                 style.lineWidth * 1.5);
        GanttPainter::drawCircle(painter,
                                 c + QPointF(h * 0.55, 0),
                                 h * 0.36,
                                 style.base,
                                 neutral.darker(130),
                                 style.lineWidth * 1.5);
        break;
    case Sample::Ongoing: {
        const QRectF bar(c.x() - h * 1.1, c.y() - h * 0.25, h * 2.2, h * 0.5);
        GanttPainter::drawOpenBar(
            painter, bar, bar.left() + bar.width() * 0.55, bar.right(), neutral, style.lineWidth);
        painter.setPen(QPen(neutral.darker(140), style.lineWidth * 1.2));
        for (double x : {bar.left() + h * 0.4, bar.left() + h * 1.2})
            painter.drawLine(QPointF(x, c.y() - h * 0.4), QPointF(x, c.y() + h * 0.4));
        break;
    }
    case Sample::Section:
        GanttPainter::drawSummary(
            painter, QRectF(c.x() - h, c.y() - h * 0.3, h * 2, h * 0.35), style.summary);
        break;
    case Sample::DueSoon:
        painter.setPen(QPen(StatusStyle::dueSoonColor(), h * 0.2));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(c, h * 0.6, h * 0.6);
        GanttPainter::drawDiamond(
            painter, c, h * 0.35, neutral, neutral.darker(150), style.lineWidth);
        break;
    case Sample::Today:
        painter.setPen(QPen(style.today, style.lineWidth * 1.5));
        painter.drawLine(QPointF(c.x(), r.top() + h * 0.1), QPointF(c.x(), r.bottom() - h * 0.1));
        break;
    case Sample::AsOf: {
        QPen pen(style.asOf, style.lineWidth * 2, Qt::CustomDashLine);
        pen.setDashPattern({2, 1.5});
        painter.setPen(pen);
        painter.drawLine(QPointF(c.x(), r.top() + h * 0.1), QPointF(c.x(), r.bottom() - h * 0.1));
        break;
    }
    }
}

} // namespace

GanttLegend::GanttLegend(QWidget *parent)
    : QWidget(parent)
{
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

int GanttLegend::heightForWidth(int width) const
{
    const GanttStyle style = GanttStyle::forWidget(*this);
    return int(std::ceil(heightFor(width, style, QFontMetricsF(font()))));
}

QSize GanttLegend::sizeHint() const
{
    const int width = fontMetrics().averageCharWidth() * 120;
    return {width, heightForWidth(width)};
}

QSize GanttLegend::minimumSizeHint() const
{
    const int width = fontMetrics().averageCharWidth() * 30;
    return {width, heightForWidth(width)};
}

double GanttLegend::heightFor(double width, const GanttStyle &style, const QFontMetricsF &metrics)
{
    const QList<Placed> placed = place(width, style, metrics);
    return placed.isEmpty() ? 0 : placed.constLast().text.bottom();
}

void GanttLegend::paint(QPainter &painter, const QRectF &rect, const GanttStyle &style)
{
    painter.save();
    painter.setFont(style.font);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.translate(rect.topLeft());

    const QFontMetricsF metrics(style.font, painter.device());
    for (const Placed &item : place(rect.width(), style, metrics)) {
        paintSample(painter, item.entry, item.sample, style);
        painter.setPen(style.text);
        painter.drawText(item.text, Qt::AlignLeft | Qt::AlignVCenter, item.entry.label);
    }
    painter.restore();
}

void GanttLegend::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    GanttStyle style = GanttStyle::forWidget(*this);
    style.base = palette().color(QPalette::Window);
    style.text = palette().color(QPalette::WindowText);
    paint(painter, rect(), style);
}

void GanttLegend::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange) {
        updateGeometry();
        update();
    }
    QWidget::changeEvent(event);
}

} // namespace PlanTrack
