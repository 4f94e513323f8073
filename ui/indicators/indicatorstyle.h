// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "indicators/indicator.h"

#include <QColor>

namespace PlanTrack::IndicatorStyle {

/// Returns the colour every view, chart and printout uses for a rating.
QColor color(Rating rating);

/// Returns a light tint of the rating colour, for backgrounds behind text.
QColor tint(Rating rating);

/// Returns the colour of a target line.
QColor targetColor();

/// Returns the colour of the city-wide values in charts.
QColor valueColor();

} // namespace PlanTrack::IndicatorStyle
