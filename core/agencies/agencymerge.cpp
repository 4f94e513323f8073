// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "agencymerge.h"

#include "agencytree.h"

using namespace PlanTrack::AgencyTree;

namespace PlanTrack {

namespace {

/// Names one indicator and period, to find the latest observation of each agency in it.
struct SlotKey
{
    qint64 indicatorId;
    QDate first;
    QDate last;

    friend bool operator==(const SlotKey &, const SlotKey &) = default;
};

size_t qHash(const SlotKey &key, size_t seed = 0)
{
    return qHashMulti(seed, key.indicatorId, key.first, key.last);
}

std::optional<qint64> sumOf(std::optional<qint64> a, std::optional<qint64> b)
{
    if (!a && !b)
        return std::nullopt;
    return a.value_or(0) + b.value_or(0);
}

QList<RowUnits> unitsAfter(const QList<Plan> &plans, AgencyMerge &record)
{
    const AgencyId fromId = record.from.id;
    const AgencyId intoId = record.intoId;
    QList<RowUnits> units;
    for (const Plan &plan : plans) {
        for (const Task &task : plan.tasks) {
            if (!task.leadIds.contains(fromId) && !task.coordinatingIds.contains(fromId))
                continue;
            record.unitsBefore.append({task.id, task.leadIds, task.coordinatingIds});
            RowUnits after{task.id,
                           replaced(task.leadIds, fromId, intoId),
                           replaced(task.coordinatingIds, fromId, intoId)};
            after.coordinatingIds.removeIf(
                [&after](AgencyId id) { return after.leadIds.contains(id); });
            units.append(after);
        }
    }
    return units;
}

QHash<AgencyId, QList<AgencyId>> membersAfter(const AgencyDirectory &agencies, AgencyMerge &record)
{
    const Agency &from = record.from;
    const AgencyId intoId = record.intoId;
    QHash<AgencyId, QList<AgencyId>> members;
    for (const Agency &group : agencies.agencies()) {
        if (group.isGroup && group.id != from.id && group.memberIds.contains(from.id)) {
            QList<AgencyId> after = replaced(group.memberIds, from.id, intoId);
            after.removeAll(group.id);
            members.insert(group.id, after);
        }
    }
    if (from.isGroup) {
        const QList<AgencyId> before = members.value(intoId, agencies.byId(intoId)->memberIds);
        members.insert(intoId, membersJoining(before, from, intoId));
        members.insert(from.id, {});
    }
    for (auto it = members.cbegin(); it != members.cend(); ++it)
        record.membersBefore.insert(it.key(), agencies.byId(it.key())->memberIds);
    return members;
}

QList<Agency> unitsMoved(const AgencyDirectory &agencies, AgencyMerge &record)
{
    QList<Agency> moved;
    for (const Agency *child : agencies.children(record.from.id)) {
        Agency unit = *child;
        unit.parentId = child->id == record.intoId ? record.from.parentId : record.intoId;
        record.parentsBefore.insert(child->id, child->parentId);
        moved.append(unit);
    }
    return moved;
}

} // namespace

AgencyMergeChanges
planAgencyMerge(const QList<Plan> &plans, const AgencyDirectory &agencies, AgencyMerge &record)
{
    AgencyMergeChanges changes;
    changes.units = unitsAfter(plans, record);
    changes.members = membersAfter(agencies, record);
    changes.movedUnits = unitsMoved(agencies, record);
    return changes;
}

QList<AgencyId> membersJoining(QList<AgencyId> members, const Agency &from, AgencyId intoId)
{
    for (AgencyId member : from.memberIds) {
        if (member != intoId && !members.contains(member))
            members.append(member);
    }
    members.removeAll(from.id);
    return members;
}

QList<Observation> pooledObservations(const QList<Observation> &all, AgencyId from, AgencyId into)
{
    QHash<SlotKey, Observation> latestFrom;
    QHash<SlotKey, Observation> latestInto;
    QList<SlotKey> order;
    for (const Observation &observation : all) {
        const SlotKey key{
            observation.indicatorId, observation.period.first, observation.period.last};
        if (observation.agencyId == from)
            latestFrom.insert(key, observation);
        else if (observation.agencyId == into)
            latestInto.insert(key, observation);
        else
            continue;
        if (!order.contains(key))
            order.append(key);
    }

    QList<Observation> pooled;
    for (const SlotKey &key : std::as_const(order)) {
        if (!latestFrom.contains(key) || !latestInto.contains(key))
            continue;
        const Observation a = latestFrom.value(key);
        const Observation b = latestInto.value(key);
        if (!a.hasFigures() && !b.hasFigures())
            continue;

        Observation sum = b;
        sum.id = 0;
        sum.numerator = sumOf(a.hasFigures() ? a.numerator : std::nullopt,
                              b.hasFigures() ? b.numerator : std::nullopt);
        sum.denominator = sumOf(a.hasFigures() ? a.denominator : std::nullopt,
                                b.hasFigures() ? b.denominator : std::nullopt);
        const std::optional<double> va = a.hasFigures() ? a.value : std::nullopt;
        const std::optional<double> vb = b.hasFigures() ? b.value : std::nullopt;
        sum.value =
            va || vb ? std::optional<double>(va.value_or(0) + vb.value_or(0)) : std::nullopt;
        sum.evidence = QStringList{a.evidence, b.evidence}.join(u' ').trimmed();
        pooled.append(sum);
    }
    return pooled;
}

} // namespace PlanTrack
