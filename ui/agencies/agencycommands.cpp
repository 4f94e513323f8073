// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "agencycommands.h"

#include "agencies/agencyeditor.h"
#include "editing/sessioncommand.h"
#include "workspace/workspacesession.h"

namespace PlanTrack {

namespace {

const Agency *find(const WorkspaceSession &session, AgencyId id, QString *error)
{
    const Agency *agency = session.agencies().byId(id);
    if (!agency)
        *error = AgencyCommands::tr("The agency no longer exists in the workspace.");
    return agency;
}

bool sameAttributes(const Agency &a, const Agency &b)
{
    return a.code == b.code && a.nameVi == b.nameVi && a.nameEn == b.nameEn
           && a.parentId == b.parentId;
}

} // namespace

std::unique_ptr<QUndoCommand> AgencyCommands::add(WorkspaceSession &session,
                                                  Agency agency,
                                                  const QList<AgencyId> &joinGroupIds,
                                                  QString *error)
{
    if (!AgencyEditor(session).add(agency, joinGroupIds, error))
        return nullptr;

    const QString text =
        agency.isGroup ? tr("Add group %1").arg(agency.code) : tr("Add agency %1").arg(agency.code);
    return std::make_unique<SessionCommand>(
        session,
        text,
        [agency, joinGroupIds](WorkspaceSession &s, QString *e) {
            Agency again = agency;
            return AgencyEditor(s).add(again, joinGroupIds, e);
        },
        [id = agency.id](WorkspaceSession &s, QString *e) {
            return AgencyEditor(s).remove(id, e);
        });
}

std::unique_ptr<QUndoCommand>
AgencyCommands::edit(WorkspaceSession &session, const Agency &changed, QString *error)
{
    const Agency *found = find(session, changed.id, error);
    if (!found)
        return nullptr;
    const Agency before = *found;
    if (!AgencyEditor(session).edit(changed, error))
        return nullptr;

    const Agency after = *session.agencies().byId(changed.id);
    if (sameAttributes(after, before))
        return nullptr;
    return std::make_unique<SessionCommand>(
        session,
        tr("Edit agency %1").arg(after.code),
        [after](WorkspaceSession &s, QString *e) { return AgencyEditor(s).edit(after, e); },
        [before](WorkspaceSession &s, QString *e) { return AgencyEditor(s).edit(before, e); });
}

std::unique_ptr<QUndoCommand>
AgencyCommands::move(WorkspaceSession &session, AgencyId id, AgencyId parentId, QString *error)
{
    const Agency *found = find(session, id, error);
    if (!found)
        return nullptr;
    const AgencyId before = found->parentId;
    const QString code = found->code;
    if (before == parentId || !AgencyEditor(session).move(id, parentId, error))
        return nullptr;

    return std::make_unique<SessionCommand>(
        session,
        tr("Move agency %1").arg(code),
        [id, parentId](WorkspaceSession &s, QString *e) {
            return AgencyEditor(s).move(id, parentId, e);
        },
        [id, before](WorkspaceSession &s, QString *e) {
            return AgencyEditor(s).move(id, before, e);
        });
}

std::unique_ptr<QUndoCommand> AgencyCommands::setMembers(WorkspaceSession &session,
                                                         AgencyId groupId,
                                                         const QList<AgencyId> &memberIds,
                                                         QString *error)
{
    const Agency *found = find(session, groupId, error);
    if (!found)
        return nullptr;
    const QList<AgencyId> before = found->memberIds;
    const QString code = found->code;
    if (!AgencyEditor(session).setMembers(groupId, memberIds, error))
        return nullptr;

    const QList<AgencyId> after = session.agencies().byId(groupId)->memberIds;
    if (after == before)
        return nullptr;
    return std::make_unique<SessionCommand>(
        session,
        tr("Change members of %1").arg(code),
        [groupId, after](WorkspaceSession &s, QString *e) {
            return AgencyEditor(s).setMembers(groupId, after, e);
        },
        [groupId, before](WorkspaceSession &s, QString *e) {
            return AgencyEditor(s).setMembers(groupId, before, e);
        });
}

std::unique_ptr<QUndoCommand> AgencyCommands::merge(
    WorkspaceSession &session, AgencyId fromId, AgencyId intoId, QDate on, QString *error)
{
    std::optional<AgencyMerge> done = AgencyEditor(session).merge(fromId, intoId, on, error);
    if (!done)
        return nullptr;

    // A merge done again hands over the same records, but may add pooled figures anew.
    auto record = std::make_shared<AgencyMerge>(std::move(*done));
    const QString text =
        tr("Merge %1 into %2").arg(record->from.code, session.agencies().byId(intoId)->code);
    return std::make_unique<SessionCommand>(
        session,
        text,
        [record, fromId, intoId, on](WorkspaceSession &s, QString *e) {
            std::optional<AgencyMerge> again = AgencyEditor(s).merge(fromId, intoId, on, e);
            if (again)
                *record = std::move(*again);
            return again.has_value();
        },
        [record](WorkspaceSession &s, QString *e) { return AgencyEditor(s).unmerge(*record, e); });
}

std::unique_ptr<QUndoCommand>
AgencyCommands::retire(WorkspaceSession &session, AgencyId id, QDate on, QString *error)
{
    if (!AgencyEditor(session).retire(id, on, error))
        return nullptr;

    return std::make_unique<SessionCommand>(
        session,
        tr("Retire %1").arg(session.agencies().byId(id)->code),
        [id, on](WorkspaceSession &s, QString *e) { return AgencyEditor(s).retire(id, on, e); },
        [id](WorkspaceSession &s, QString *e) { return AgencyEditor(s).restore(id, e); });
}

std::unique_ptr<QUndoCommand>
AgencyCommands::restore(WorkspaceSession &session, AgencyId id, QString *error)
{
    const Agency *found = find(session, id, error);
    if (!found)
        return nullptr;
    const QDate retiredOn = found->retiredOn;
    if (!AgencyEditor(session).restore(id, error))
        return nullptr;

    return std::make_unique<SessionCommand>(
        session,
        tr("Restore %1").arg(session.agencies().byId(id)->code),
        [id](WorkspaceSession &s, QString *e) { return AgencyEditor(s).restore(id, e); },
        [id, retiredOn](WorkspaceSession &s, QString *e) {
            return AgencyEditor(s).retire(id, retiredOn, e);
        });
}

std::unique_ptr<QUndoCommand>
AgencyCommands::setResponsibilities(WorkspaceSession &session,
                                    TaskId taskId,
                                    const QList<AgencyId> &leadIds,
                                    const QList<AgencyId> &coordinatingIds,
                                    QString *error)
{
    AgencyEditor editor(session);
    const QList<RowUnits> before = editor.unitsTouchedBy(taskId);
    if (!editor.setResponsibilities(taskId, leadIds, coordinatingIds, error)
        || editor.unitsTouchedBy(taskId) == before)
        return nullptr;

    const Task *task = session.task(taskId);
    return std::make_unique<SessionCommand>(
        session,
        tr("Change units of row %1").arg(task ? task->stt : QString()),
        [taskId, leadIds, coordinatingIds](WorkspaceSession &s, QString *e) {
            return AgencyEditor(s).setResponsibilities(taskId, leadIds, coordinatingIds, e);
        },
        [before](WorkspaceSession &s, QString *e) { return AgencyEditor(s).setUnits(before, e); });
}

} // namespace PlanTrack
