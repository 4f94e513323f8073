// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "involvement.h"

#include <QSet>

namespace PlanTrack {

namespace {

bool groupReaches(const AgencyDirectory &agencies,
                  AgencyId groupId,
                  AgencyId agencyId,
                  QSet<AgencyId> &visited)
{
    const Agency *group = agencies.byId(groupId);
    if (!group || !group->isGroup || visited.contains(groupId))
        return false;
    visited.insert(groupId);

    for (AgencyId member : group->memberIds) {
        if (member == agencyId || groupReaches(agencies, member, agencyId, visited))
            return true;
    }
    return false;
}

void collect(const QList<AgencyId> &responsible,
             Role role,
             AgencyId agencyId,
             const AgencyDirectory &agencies,
             QList<Involvement> &out)
{
    if (responsible.contains(agencyId))
        out.append({role, 0});

    for (AgencyId candidate : responsible) {
        QSet<AgencyId> visited;
        if (candidate != agencyId && groupReaches(agencies, candidate, agencyId, visited))
            out.append({role, candidate});
    }
}

} // namespace

QList<Involvement>
involvementsOf(const Task &task, AgencyId agencyId, const AgencyDirectory &agencies)
{
    QList<Involvement> result;
    collect(task.leadIds, Role::Lead, agencyId, agencies, result);
    collect(task.coordinatingIds, Role::Coordinating, agencyId, agencies, result);
    return result;
}

} // namespace PlanTrack
