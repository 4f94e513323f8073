// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "agencytree.h"

#include <QSet>

namespace PlanTrack::AgencyTree {

namespace {

struct Reach
{
    const AgencyDirectory &agencies;
    AgencyId target;
    AgencyId changedGroup;
    const QList<AgencyId> &changedMembers;
    QSet<AgencyId> seen;

    bool from(AgencyId id)
    {
        if (id == target)
            return true;
        if (seen.contains(id))
            return false;
        seen.insert(id);

        const Agency *agency = agencies.byId(id);
        const QList<AgencyId> members = id == changedGroup          ? changedMembers
                                        : agency && agency->isGroup ? agency->memberIds
                                                                    : QList<AgencyId>();
        return std::any_of(
            members.cbegin(), members.cend(), [this](AgencyId member) { return from(member); });
    }
};

void walk(const AgencyDirectory &agencies,
          AgencyId parentId,
          int depth,
          QSet<AgencyId> &seen,
          QList<std::pair<const Agency *, int>> &out)
{
    for (const Agency *agency : agencies.children(parentId)) {
        if (seen.contains(agency->id))
            continue;
        seen.insert(agency->id);
        out.append({agency, depth});
        walk(agencies, agency->id, depth + 1, seen, out);
    }
}

} // namespace

bool isWithin(const AgencyDirectory &agencies, AgencyId id, AgencyId ancestor)
{
    QSet<AgencyId> seen;
    for (AgencyId at = id; at != 0 && !seen.contains(at);) {
        if (at == ancestor)
            return true;
        seen.insert(at);
        const Agency *agency = agencies.byId(at);
        at = agency ? agency->parentId : 0;
    }
    return false;
}

bool reaches(const AgencyDirectory &agencies,
             AgencyId from,
             AgencyId target,
             AgencyId changedGroup,
             const QList<AgencyId> &changedMembers)
{
    Reach reach{agencies, target, changedGroup, changedMembers, {}};
    return reach.from(from);
}

QList<AgencyId> withoutRepeats(const QList<AgencyId> &ids)
{
    QList<AgencyId> result;
    for (AgencyId id : ids) {
        if (!result.contains(id))
            result.append(id);
    }
    return result;
}

QList<AgencyId> replaced(const QList<AgencyId> &ids, AgencyId from, AgencyId into)
{
    QList<AgencyId> result = ids;
    std::replace(result.begin(), result.end(), from, into);
    return withoutRepeats(result);
}

QString codeOf(const AgencyDirectory &agencies, AgencyId id)
{
    const Agency *agency = agencies.byId(id);
    return agency ? agency->code : QString();
}

QStringList codesOf(const AgencyDirectory &agencies, const QList<AgencyId> &ids)
{
    QStringList codes;
    for (AgencyId id : ids)
        codes.append(codeOf(agencies, id));
    return codes;
}

QList<std::pair<const Agency *, int>> treeOrder(const AgencyDirectory &agencies)
{
    QList<std::pair<const Agency *, int>> order;
    QSet<AgencyId> seen;
    walk(agencies, 0, 0, seen, order);
    return order;
}

} // namespace PlanTrack::AgencyTree
