// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "agencyportfolio.h"

#include "model/involvement.h"

namespace PlanTrack {

namespace {

/// Returns the way of taking part in a role that matters most: directly if the row names
/// the agency, else through the first group that brings it.
std::optional<Involvement> strongest(const QList<Involvement> &involvements, Role role)
{
    std::optional<Involvement> found;
    for (const Involvement &involvement : involvements) {
        if (involvement.role != role)
            continue;
        if (involvement.isDirect())
            return involvement;
        if (!found)
            found = involvement;
    }
    return found;
}

} // namespace

AgencyPortfolio::AgencyPortfolio(const QList<Plan> &plans,
                                 const AgencyDirectory &agencies,
                                 AgencyId agencyId,
                                 const StatusSheet &sheet)
    : m_agencyId(agencyId)
    , m_asOf(sheet.asOf())
{
    const QDate monthStart(m_asOf.year(), m_asOf.month(), 1);
    const QDate monthEnd = monthStart.addMonths(1).addDays(-1);

    for (const Plan &plan : plans) {
        for (const Task &task : plan.tasks) {
            const TaskStatus *status = sheet.task(task.id);
            if (task.isSubTask() || !status)
                continue;
            const QList<Involvement> involvements = involvementsOf(task, agencyId, agencies);
            const std::optional<Involvement> lead = strongest(involvements, Role::Lead);
            std::optional<Involvement> coordination = strongest(involvements, Role::Coordinating);
            if (coordination && !coordination->isDirect() && lead)
                coordination.reset();
            if (!lead && !coordination)
                continue;

            // A group named by the row has no entry of its own unless it has no members.
            PortfolioEntry entry;
            entry.planId = plan.id;
            entry.taskId = task.id;
            entry.deadline = status->deadline;
            entry.status = status->statusFor(agencyId);
            entry.dueSoon = status->dueSoonFor(agencyId);

            if (lead) {
                entry.role = Role::Lead;
                entry.viaGroupId = lead->viaGroupId;
                m_leading.append(entry);
            }
            if (coordination) {
                PortfolioEntry coordinated = entry;
                coordinated.role = Role::Coordinating;
                coordinated.viaGroupId = coordination->viaGroupId;
                m_coordinating.append(coordinated);
            }

            m_counts.byStatus[entry.status] += 1;
            m_counts.total += 1;
            const QDate due = entry.deadline.due;
            if (!isCompleted(entry.status) && due >= monthStart && due <= monthEnd)
                ++m_dueThisMonth;
        }
    }
}

} // namespace PlanTrack
