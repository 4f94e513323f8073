// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "progresscommands.h"

#include "editing/sessioncommand.h"
#include "workspace/workspacesession.h"

namespace PlanTrack {

namespace {

QString rowOf(const WorkspaceSession &session, TaskId taskId)
{
    const Task *task = session.task(taskId);
    return task ? task->stt : QString();
}

bool removeAll(WorkspaceSession &session, const QList<ProgressUpdate> &updates, QString *error)
{
    for (const ProgressUpdate &update : updates) {
        if (!session.removeUpdate(update.id, error))
            return false;
    }
    return true;
}

} // namespace

std::unique_ptr<QUndoCommand> ProgressCommands::addUpdates(WorkspaceSession &session,
                                                           QList<ProgressUpdate> updates,
                                                           QString *error)
{
    if (!session.addUpdates(updates, error))
        return nullptr;

    const QString text =
        updates.size() == 1
            ? tr("Add update to row %1").arg(rowOf(session, updates.constFirst().taskId))
            : tr("Import %n update(s)", nullptr, int(updates.size()));
    return std::make_unique<SessionCommand>(
        session,
        text,
        [updates](WorkspaceSession &s, QString *e) {
            QList<ProgressUpdate> again = updates;
            return s.addUpdates(again, e);
        },
        [updates](WorkspaceSession &s, QString *e) { return removeAll(s, updates, e); });
}

std::unique_ptr<QUndoCommand> ProgressCommands::editUpdate(WorkspaceSession &session,
                                                           const ProgressUpdate &changed,
                                                           QString *error)
{
    const std::optional<ProgressUpdate> before = session.update(changed.id, error);
    if (!before)
        return nullptr;
    const ProgressUpdate original = *before;
    if (!session.replaceUpdate(changed, error))
        return nullptr;

    return std::make_unique<SessionCommand>(
        session,
        tr("Edit update of row %1").arg(rowOf(session, changed.taskId)),
        [changed](WorkspaceSession &s, QString *e) { return s.replaceUpdate(changed, e); },
        [original](WorkspaceSession &s, QString *e) { return s.replaceUpdate(original, e); });
}

std::unique_ptr<QUndoCommand>
ProgressCommands::removeUpdate(WorkspaceSession &session, UpdateId id, QString *error)
{
    const std::optional<ProgressUpdate> found = session.update(id, error);
    if (!found)
        return nullptr;
    const QList<ProgressUpdate> removed{*found};
    if (!session.removeUpdate(id, error))
        return nullptr;

    return std::make_unique<SessionCommand>(
        session,
        tr("Remove update of row %1").arg(rowOf(session, removed.constFirst().taskId)),
        [removed](WorkspaceSession &s, QString *e) { return removeAll(s, removed, e); },
        [removed](WorkspaceSession &s, QString *e) {
            QList<ProgressUpdate> again = removed;
            return s.addUpdates(again, e);
        });
}

std::unique_ptr<QUndoCommand>
ProgressCommands::changeDeadline(WorkspaceSession &session, DeadlineChange change, QString *error)
{
    if (!session.addDeadlineChange(change, error))
        return nullptr;

    return std::make_unique<SessionCommand>(
        session,
        tr("Change deadline of row %1").arg(rowOf(session, change.taskId)),
        [change](WorkspaceSession &s, QString *e) {
            DeadlineChange again = change;
            return s.addDeadlineChange(again, e);
        },
        [change](WorkspaceSession &s, QString *e) { return s.removeDeadlineChange(change.id, e); });
}

std::unique_ptr<QUndoCommand> ProgressCommands::withdrawDeadlineChange(WorkspaceSession &session,
                                                                       DeadlineChangeId id,
                                                                       QString *error)
{
    const auto &changes = session.deadlineChanges();
    const auto it = std::find_if(
        changes.cbegin(), changes.cend(), [id](const DeadlineChange &c) { return c.id == id; });
    if (it == changes.cend()) {
        *error = tr("The deadline change no longer exists in the workspace.");
        return nullptr;
    }
    const DeadlineChange withdrawn = *it;
    if (!session.removeDeadlineChange(id, error))
        return nullptr;

    return std::make_unique<SessionCommand>(
        session,
        tr("Withdraw deadline change of row %1").arg(rowOf(session, withdrawn.taskId)),
        [id](WorkspaceSession &s, QString *e) { return s.removeDeadlineChange(id, e); },
        [withdrawn](WorkspaceSession &s, QString *e) {
            DeadlineChange again = withdrawn;
            return s.addDeadlineChange(again, e);
        });
}

std::unique_ptr<QUndoCommand>
ProgressCommands::setRules(WorkspaceSession &session, const ScheduleRules &rules, QString *error)
{
    const ScheduleRules before = session.rules();
    if (!session.setRules(rules, error))
        return nullptr;

    return std::make_unique<SessionCommand>(
        session,
        tr("Change schedule settings"),
        [rules](WorkspaceSession &s, QString *e) { return s.setRules(rules, e); },
        [before](WorkspaceSession &s, QString *e) { return s.setRules(before, e); });
}

} // namespace PlanTrack
