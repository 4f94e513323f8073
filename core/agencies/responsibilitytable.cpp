// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "responsibilitytable.h"

#include "text/vietnamesetext.h"

namespace PlanTrack {

namespace {

// Keeps the stronger of two roles: leading outranks coordinating.
Role stronger(std::optional<Role> a, Role b)
{
    return a == Role::Lead ? Role::Lead : b;
}

} // namespace

ResponsibilityTable::ResponsibilityTable(const Plan &plan, const AgencyDirectory &agencies)
    : m_agencies(agencies)
{
    for (const Task &task : plan.tasks) {
        const Task *parent = task.isSubTask() ? plan.task(task.parentId) : nullptr;
        const bool repeatsParent = parent && parent->leadIds == task.leadIds
                                   && parent->coordinatingIds == task.coordinatingIds;
        if (!repeatsParent)
            addRow(task);
    }
}

void ResponsibilityTable::addRow(const Task &task)
{
    m_taskIds.append(task.id);
    QHash<AgencyId, ResponsibilityCell> &cells = m_cells[task.id];

    const auto name = [&](const QList<AgencyId> &ids, Role role) {
        for (AgencyId id : ids) {
            ResponsibilityCell &cell = cells[id];
            cell.direct = stronger(cell.direct, role);
        }
    };
    name(task.leadIds, Role::Lead);
    name(task.coordinatingIds, Role::Coordinating);

    const auto expand = [&](const QList<AgencyId> &ids, Role role) {
        for (AgencyId id : ids) {
            QList<AgencyId> seen;
            expandGroup(task.id, id, id, role, seen);
        }
    };
    expand(task.leadIds, Role::Lead);
    expand(task.coordinatingIds, Role::Coordinating);

    for (auto it = cells.cbegin(); it != cells.cend(); ++it) {
        if (!m_participants.contains(it.key()))
            m_participants.append(it.key());
    }
}

void ResponsibilityTable::expandGroup(
    TaskId taskId, AgencyId groupId, AgencyId namedGroupId, Role role, QList<AgencyId> &seen)
{
    const Agency *group = m_agencies.byId(groupId);
    if (!group || !group->isGroup || seen.contains(groupId))
        return;
    seen.append(groupId);

    for (AgencyId member : group->memberIds) {
        if (member != namedGroupId) {
            ResponsibilityCell &cell = m_cells[taskId][member];
            cell.viaGroup = stronger(cell.viaGroup, role);
            if (!cell.viaGroupIds.contains(namedGroupId))
                cell.viaGroupIds.append(namedGroupId);
        }
        expandGroup(taskId, member, namedGroupId, role, seen);
    }
}

QList<AgencyId> ResponsibilityTable::agencyIds(bool english) const
{
    QList<AgencyId> ids = m_participants;
    VietnameseText::sortBy(ids, [this, english](AgencyId id) {
        const Agency *agency = m_agencies.byId(id);
        return agency ? agency->name(english) : QString();
    });
    return ids;
}

ResponsibilityCell ResponsibilityTable::cell(TaskId taskId, AgencyId agencyId) const
{
    return m_cells.value(taskId).value(agencyId);
}

ResponsibilityTotals ResponsibilityTable::totals(AgencyId agencyId,
                                                 const QList<TaskId> &taskIds) const
{
    ResponsibilityTotals totals;
    for (TaskId taskId : taskIds.isEmpty() ? m_taskIds : taskIds) {
        const ResponsibilityCell cell = this->cell(taskId, agencyId);
        const bool leads = cell.direct == Role::Lead || cell.viaGroup == Role::Lead;
        if (cell.direct == Role::Lead)
            ++totals.lead;
        else if (cell.viaGroup == Role::Lead)
            ++totals.leadViaGroup;
        if (cell.direct == Role::Coordinating)
            ++totals.coordinating;
        else if (!leads && cell.viaGroup == Role::Coordinating)
            ++totals.coordinatingViaGroup;
    }
    return totals;
}

} // namespace PlanTrack
