// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "indicators/indicator.h"

#include <QRectF>
#include <QSizeF>

class QPainter;

namespace PlanTrack {

class IndicatorBook;

/// Draws the trend charts of the indicators for the progress report, on paper and in the
/// editable copy alike: the chart is laid out at a fixed size in pixels, set in the
/// report's font without its own title (the report captions it), and scaled into place.
namespace ReportCharts {

/// Returns the size in pixels a chart is laid out at; the target keeps its proportions.
QSizeF layoutSize();

/// Draws the trend chart of an indicator as of a date into target.
void draw(QPainter &painter,
          const IndicatorBook &book,
          IndicatorId id,
          QDate asOf,
          bool english,
          const QRectF &target);

} // namespace ReportCharts

} // namespace PlanTrack
