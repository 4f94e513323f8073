// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schedule/status.h"

#include <QColor>
#include <QIcon>

namespace PlanTrack::StatusStyle {

/// Returns the colour every view and printout uses for a status.
QColor color(Status status);

/// Returns a light tint of the status colour, for backgrounds behind text.
QColor tint(Status status);

/// Returns a small round icon in the status colour carrying a sign of its own (a tick, an
/// exclamation mark, …), so that statuses differ without relying on colour alone.
QIcon icon(Status status);

/// Returns the colour that marks a row falling due soon.
QColor dueSoonColor();

} // namespace PlanTrack::StatusStyle
