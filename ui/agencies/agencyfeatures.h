// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace PlanTrack {

class MainWindow;

/// Adds the agency features to a main window: the "Agencies" menu, the editing actions on
/// the agency pane (also by drag and drop), dropping agencies onto rows of the task tree,
/// the responsibility matrix and the agency overview, all following the window's workspace
/// and as-of date. Call it once per window; the window owns what it adds.
void installAgencyFeatures(MainWindow &window);

} // namespace PlanTrack
