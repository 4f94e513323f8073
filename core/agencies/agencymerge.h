// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "indicators/indicator.h"
#include "model/plan.h"

#include <QDate>
#include <QHash>

namespace PlanTrack {

/// Names the lead and coordinating units of one row.
struct RowUnits
{
    TaskId taskId = 0;
    QList<AgencyId> leadIds;
    QList<AgencyId> coordinatingIds;

    friend bool operator==(const RowUnits &, const RowUnits &) = default;
};

/// Records what merging one agency into another changed, so that the merge can be taken
/// back exactly.
struct AgencyMerge
{
    Agency from;                                    ///< the merged agency as it was before
    AgencyId intoId = 0;                            ///< the agency that took its place
    QDate on;                                       ///< the day the merge took effect
    QHash<AgencyId, AgencyId> parentsBefore;        ///< units moved from under it
    QList<RowUnits> unitsBefore;                    ///< rows whose units changed
    QHash<AgencyId, QList<AgencyId>> membersBefore; ///< groups whose members changed
    QList<qint64> updateIds;                        ///< progress updates handed over
    QList<qint64> observationIds;                   ///< indicator observations handed over
    QList<qint64> pooledObservationIds; ///< figures of both added up for a shared period
    QList<qint64> indicatorIds;         ///< indicators it led
    QList<qint64> planIds;              ///< plans it issued
};

/// Holds the agency tree and the rows' units as a merge leaves them.
struct AgencyMergeChanges
{
    QList<RowUnits> units;                    ///< rows that named the merged agency
    QHash<AgencyId, QList<AgencyId>> members; ///< groups whose members change
    QList<Agency> movedUnits;                 ///< units that were under the merged agency
};

/// Works out what merging record.from into record.intoId changes in the rows and the tree,
/// and keeps in record how each of them was before.
AgencyMergeChanges
planAgencyMerge(const QList<Plan> &plans, const AgencyDirectory &agencies, AgencyMerge &record);

/// Returns a group's members once the group from is merged into it: the members of from
/// join them (each once, never the group itself) and from leaves.
QList<AgencyId> membersJoining(QList<AgencyId> members, const Agency &from, AgencyId intoId);

/// Returns the figures of both agencies added up, for each period both reported.
QList<Observation> pooledObservations(const QList<Observation> &all, AgencyId from, AgencyId into);

} // namespace PlanTrack
