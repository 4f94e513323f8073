// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "indicators/indicator.h"

namespace PlanTrack {

/// Returns the indicator a plan row with a target gets when it is first stored: code, names,
/// numerator and denominator of the bundled plan's rows 15–19, and for any other row a code
/// "CT<stt>", the row's text as its name, a ratio for a percentage and a plain value for a
/// count, reported yearly, led by the row's first lead unit, with the default amber band.
Indicator defaultIndicator(const Plan &plan, const Task &task);

} // namespace PlanTrack
