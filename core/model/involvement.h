// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/plan.h"

namespace PlanTrack {

/// Describes one way an agency takes part in a task.
struct Involvement
{
    Role role = Role::Lead;
    AgencyId viaGroupId = 0; ///< the group that brings the task to the agency, 0 when direct

    bool isDirect() const { return viaGroupId == 0; }

    friend bool operator==(const Involvement &, const Involvement &) = default;
};

/// Returns every way the agency takes part in the task, leading roles first and direct
/// responsibility before responsibility through a group (groups may contain groups).
QList<Involvement>
involvementsOf(const Task &task, AgencyId agencyId, const AgencyDirectory &agencies);

} // namespace PlanTrack
