// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/progress.h"
#include "schedule/schedulerules.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <memory>

namespace PlanTrack {

class WorkspaceSession;

/// Makes the undoable edits of progress, deadlines and schedule rules. Each function makes
/// the edit at once and returns the command to push, or nullptr with *error set when the
/// session refused the edit (nothing changed then).
class ProgressCommands final
{
    Q_DECLARE_TR_FUNCTIONS(PlanTrack::ProgressCommands)

public:
    static std::unique_ptr<QUndoCommand>
    addUpdates(WorkspaceSession &session, QList<ProgressUpdate> updates, QString *error);
    static std::unique_ptr<QUndoCommand>
    editUpdate(WorkspaceSession &session, const ProgressUpdate &changed, QString *error);
    static std::unique_ptr<QUndoCommand>
    removeUpdate(WorkspaceSession &session, UpdateId id, QString *error);
    static std::unique_ptr<QUndoCommand>
    changeDeadline(WorkspaceSession &session, DeadlineChange change, QString *error);
    static std::unique_ptr<QUndoCommand>
    withdrawDeadlineChange(WorkspaceSession &session, DeadlineChangeId id, QString *error);
    static std::unique_ptr<QUndoCommand>
    setRules(WorkspaceSession &session, const ScheduleRules &rules, QString *error);
};

} // namespace PlanTrack
