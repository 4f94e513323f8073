// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "statusstyle.h"

#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

using namespace Qt::StringLiterals;

namespace PlanTrack::StatusStyle {

namespace {

void drawSign(QPainter &painter, Status status, const QRectF &r)
{
    QPen pen(Qt::white, r.width() * 0.14, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    const QPointF c = r.center();
    const qreal u = r.width() / 10;

    switch (status) {
    case Status::CompletedOnTime:
    case Status::CompletedLate:
    case Status::Reported: {
        QPainterPath tick;
        tick.moveTo(c + QPointF(-2.6 * u, 0.2 * u));
        tick.lineTo(c + QPointF(-0.6 * u, 2.2 * u));
        tick.lineTo(c + QPointF(2.8 * u, -2.0 * u));
        painter.drawPath(tick);
        if (status == Status::CompletedLate)
            painter.drawPoint(c + QPointF(2.8 * u, 2.6 * u));
        break;
    }
    case Status::OnTrack:
        painter.drawLine(c + QPointF(-2.6 * u, 0), c + QPointF(2.2 * u, 0));
        painter.drawLine(c + QPointF(0.6 * u, -1.8 * u), c + QPointF(2.4 * u, 0));
        painter.drawLine(c + QPointF(0.6 * u, 1.8 * u), c + QPointF(2.4 * u, 0));
        break;
    case Status::Overdue:
    case Status::Unreported:
        painter.drawLine(c + QPointF(0, -2.8 * u), c + QPointF(0, 0.8 * u));
        painter.drawPoint(c + QPointF(0, 2.8 * u));
        break;
    case Status::NotDue:
        painter.drawEllipse(c, 0.4 * u, 0.4 * u);
        break;
    }
}

QPixmap drawIcon(Status status, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);

    const QRectF r(0.5, 0.5, size - 1.0, size - 1.0);
    painter.setPen(color(status).darker(130));
    painter.setBrush(color(status));
    painter.drawEllipse(r);
    drawSign(painter, status, r);
    return pixmap;
}

} // namespace

QColor color(Status status)
{
    switch (status) {
    case Status::CompletedOnTime:
        return QColor(0x2e, 0x7d, 0x32);
    case Status::CompletedLate:
        return QColor(0x00, 0x79, 0x6b);
    case Status::OnTrack:
        return QColor(0x15, 0x65, 0xc0);
    case Status::Overdue:
        return QColor(0xc6, 0x28, 0x28);
    case Status::NotDue:
        return QColor(0x75, 0x75, 0x75);
    case Status::Reported:
        return QColor(0x55, 0x8b, 0x2f);
    case Status::Unreported:
        return QColor(0xe6, 0x51, 0x00);
    }
    return Qt::gray;
}

QColor tint(Status status)
{
    const QColor c = color(status);
    return QColor::fromRgbF(
        0.82 + 0.18 * c.redF(), 0.82 + 0.18 * c.greenF(), 0.82 + 0.18 * c.blueF());
}

QIcon icon(Status status)
{
    static QHash<int, QIcon> cache;
    const auto it = cache.constFind(int(status));
    if (it != cache.cend())
        return *it;

    QIcon result;
    for (int size : {16, 20, 24, 32, 48})
        result.addPixmap(drawIcon(status, size));
    cache.insert(int(status), result);
    return result;
}

QColor dueSoonColor()
{
    return QColor(0xf9, 0xa8, 0x25);
}

} // namespace PlanTrack::StatusStyle
