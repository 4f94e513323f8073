// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/agency.h"
#include "model/plan.h"

namespace PlanTrack {

/// Holds a plan with the agencies it names, as read from an exchange file.
/// Ids are local to the document; importing maps them onto the workspace.
struct PlanDocument
{
    QList<Agency> agencies;
    Plan plan;
};

} // namespace PlanTrack
