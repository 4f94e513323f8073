// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/plan.h"

#include <QHash>

#include <optional>

namespace PlanTrack {

/// Describes how one agency takes part in one row of a plan.
struct ResponsibilityCell
{
    std::optional<Role> direct;   ///< the role the row names the agency in
    std::optional<Role> viaGroup; ///< the strongest role a group named by the row brings it
    QList<AgencyId> viaGroupIds;  ///< those groups, in the order the row names them

    bool isEmpty() const { return !direct && !viaGroup; }

    /// Returns whether a group brings a part the row does not give it directly: a role
    /// through a group when it has none of its own, or a lead part where it only
    /// coordinates.
    bool showsGroupRole() const
    {
        return viaGroup && (!direct || (*direct == Role::Coordinating && *viaGroup == Role::Lead));
    }
};

/// Counts the rows in which an agency has a role, directly and through groups.
struct ResponsibilityTotals
{
    int lead = 0;
    int leadViaGroup = 0; ///< rows it leads only through a group
    int coordinating = 0;
    int coordinatingViaGroup = 0; ///< rows it coordinates only through a group, not leading
};

/// Lays out who takes part in which row of a plan: its numbered rows, and those sub-tasks
/// whose units differ from their row's, against every agency that takes part in any of
/// them, directly or through a group (groups may contain groups).
class ResponsibilityTable final
{
public:
    ResponsibilityTable() = default;
    ResponsibilityTable(const Plan &plan, const AgencyDirectory &agencies);

    /// Returns the rows in plan order.
    const QList<TaskId> &taskIds() const { return m_taskIds; }

    /// Returns the agencies that take part in any row, in Vietnamese alphabetical order of
    /// their names in the given language.
    QList<AgencyId> agencyIds(bool english) const;

    ResponsibilityCell cell(TaskId taskId, AgencyId agencyId) const;

    /// Returns the agency's totals over the given rows (every row when the list is empty).
    ResponsibilityTotals totals(AgencyId agencyId, const QList<TaskId> &taskIds = {}) const;

private:
    void addRow(const Task &task);
    void expandGroup(
        TaskId taskId, AgencyId groupId, AgencyId namedGroupId, Role role, QList<AgencyId> &seen);

    AgencyDirectory m_agencies;
    QList<TaskId> m_taskIds;
    QList<AgencyId> m_participants;
    QHash<TaskId, QHash<AgencyId, ResponsibilityCell>> m_cells;
};

} // namespace PlanTrack
