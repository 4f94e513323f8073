// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agencies/agencymerge.h"
#include "model/plan.h"

#include <QCoreApplication>
#include <QDate>

#include <optional>

namespace PlanTrack {

class WorkspaceSession;
struct AgencyUsage;

/// Changes the agency tree of an open workspace and the units responsible for its rows.
/// Every change is checked first (a refused one changes nothing and says why in a
/// translated sentence), then written with its audit rows in one transaction, after which
/// the session reads plans and agencies again (WorkspaceSession::reload()).
class AgencyEditor final
{
    Q_DECLARE_TR_FUNCTIONS(PlanTrack::AgencyEditor)

public:
    explicit AgencyEditor(WorkspaceSession &session);

    /// Checks a new agency or group (code, names, parent, members, the groups it joins).
    QString checkAdd(const Agency &agency, const QList<AgencyId> &joinGroupIds) const;

    /// Adds an agency or group, with its members and as a member of the given groups, and
    /// sets its id. An agency that carries an id gets that id (an undone addition coming
    /// back).
    bool add(Agency &agency, const QList<AgencyId> &joinGroupIds, QString *error);

    /// Removes an agency that nothing names but groups, as when an addition is undone.
    bool remove(AgencyId id, QString *error);

    /// Checks new names, code and parent for an agency.
    QString checkEdit(const Agency &changed) const;

    /// Stores the names, code and parent of changed (matched by id) where they differ.
    bool edit(const Agency &changed, QString *error);

    bool rename(AgencyId id, const QString &nameVi, const QString &nameEn, QString *error);
    bool setCode(AgencyId id, const QString &code, QString *error);

    /// Checks placing an agency under another (0 for the top level).
    QString checkMove(AgencyId id, AgencyId parentId) const;
    bool move(AgencyId id, AgencyId parentId, QString *error);

    /// Checks a member list for a group: known agencies, not the group itself, no loop.
    QString checkMembers(AgencyId groupId, const QList<AgencyId> &memberIds) const;
    bool setMembers(AgencyId groupId, const QList<AgencyId> &memberIds, QString *error);

    QString checkMerge(AgencyId fromId, AgencyId intoId) const;

    /// Merges one agency into another as of a day: the rows it leads or coordinates, its
    /// progress updates and indicator observations, the indicators it leads, the plans it
    /// issued, its places in groups and its units go to the other one (each only once),
    /// and it is retired, marked as merged into the other. Returns what changed.
    std::optional<AgencyMerge> merge(AgencyId fromId, AgencyId intoId, QDate on, QString *error);

    /// Takes back a merge recorded by merge(), as long as nothing changed in between.
    bool unmerge(const AgencyMerge &merge, QString *error);

    QString checkRetire(AgencyId id, QDate on) const;

    /// Retires an agency as of a day: it stays with its history, but is no longer offered.
    bool retire(AgencyId id, QDate on, QString *error);

    /// Brings a retired agency back into use.
    bool restore(AgencyId id, QString *error);

    /// Checks the lead and coordinating units for a row.
    QString checkResponsibilities(TaskId taskId,
                                  const QList<AgencyId> &leadIds,
                                  const QList<AgencyId> &coordinatingIds) const;

    /// Returns the rows a change of a row's units touches: the row, and its sub-tasks that
    /// have the same units as the row.
    QList<RowUnits> unitsTouchedBy(TaskId taskId) const;

    /// Sets the lead and coordinating units of a row. Sub-tasks that had the same units as
    /// the row get the new ones too.
    bool setResponsibilities(TaskId taskId,
                             const QList<AgencyId> &leadIds,
                             const QList<AgencyId> &coordinatingIds,
                             QString *error);

    /// Sets exactly these units on these rows, as when a change of units is undone.
    bool setUnits(const QList<RowUnits> &rows, QString *error);

    /// Counts what names an agency: rows, updates, observations, units, groups.
    std::optional<AgencyUsage> usage(AgencyId id, QString *error) const;

private:
    QString checkCode(const QString &code, AgencyId self) const;
    QString checkNames(const QString &nameVi) const;
    QString checkNewMember(AgencyId memberId, AgencyId groupId) const;
    bool writeUnits(const QList<RowUnits> &rows, QString *error);
    bool writeTree(const AgencyMergeChanges &changes, QString *error);
    bool handOver(const AgencyMerge &merge, AgencyId toId, QString *error);
    bool finish(QString *error);

    WorkspaceSession &m_session;
};

} // namespace PlanTrack
