// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "indicatorstyle.h"

namespace PlanTrack::IndicatorStyle {

// The greens and reds are those of the task statuses, so that "met" and "completed" and
// "not met" and "overdue" read alike on one screen.
QColor color(Rating rating)
{
    switch (rating) {
    case Rating::Green:
        return QColor(0x2e, 0x7d, 0x32);
    case Rating::Amber:
        return QColor(0xe6, 0x8a, 0x00);
    case Rating::Red:
        return QColor(0xc6, 0x28, 0x28);
    case Rating::None:
        return QColor(0x75, 0x75, 0x75);
    }
    return QColor(0x75, 0x75, 0x75);
}

QColor tint(Rating rating)
{
    QColor base = color(rating);
    return QColor::fromRgbF(
        0.82 + 0.18 * base.redF(), 0.82 + 0.18 * base.greenF(), 0.82 + 0.18 * base.blueF());
}

QColor targetColor()
{
    return QColor(0x42, 0x42, 0x42);
}

QColor valueColor()
{
    return QColor(0x15, 0x65, 0xc0);
}

} // namespace PlanTrack::IndicatorStyle
