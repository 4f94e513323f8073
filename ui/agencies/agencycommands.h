// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/plan.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <memory>

namespace PlanTrack {

class WorkspaceSession;

/// Makes the undoable edits of agencies, groups and the units of rows. Each function makes
/// the edit at once (through AgencyEditor) and returns the command to push, or nullptr
/// with *error set when the edit was refused (nothing changed then). An edit that would
/// change nothing gives nullptr and leaves *error as it was.
class AgencyCommands final
{
    Q_DECLARE_TR_FUNCTIONS(PlanTrack::AgencyCommands)

public:
    static std::unique_ptr<QUndoCommand> add(WorkspaceSession &session,
                                             Agency agency,
                                             const QList<AgencyId> &joinGroupIds,
                                             QString *error);
    static std::unique_ptr<QUndoCommand>
    edit(WorkspaceSession &session, const Agency &changed, QString *error);
    static std::unique_ptr<QUndoCommand>
    move(WorkspaceSession &session, AgencyId id, AgencyId parentId, QString *error);
    static std::unique_ptr<QUndoCommand> setMembers(WorkspaceSession &session,
                                                    AgencyId groupId,
                                                    const QList<AgencyId> &memberIds,
                                                    QString *error);
    static std::unique_ptr<QUndoCommand>
    merge(WorkspaceSession &session, AgencyId fromId, AgencyId intoId, QDate on, QString *error);
    static std::unique_ptr<QUndoCommand>
    retire(WorkspaceSession &session, AgencyId id, QDate on, QString *error);
    static std::unique_ptr<QUndoCommand>
    restore(WorkspaceSession &session, AgencyId id, QString *error);
    static std::unique_ptr<QUndoCommand> setResponsibilities(WorkspaceSession &session,
                                                             TaskId taskId,
                                                             const QList<AgencyId> &leadIds,
                                                             const QList<AgencyId> &coordinatingIds,
                                                             QString *error);
};

} // namespace PlanTrack
