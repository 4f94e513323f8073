// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "agencyediting.h"

#include "agencies/agencyeditor.h"
#include "agencycommands.h"
#include "agencydialog.h"
#include "agencydock.h"
#include "language.h"
#include "mainwindow/mainwindow.h"
#include "membersdialog.h"
#include "mergedialog.h"
#include "responsibilitydialog.h"
#include "retiredialog.h"
#include "tasks/taskfiltermodel.h"
#include "tasks/tasktreeview.h"
#include "workspace/workspacesession.h"

#include <QAction>
#include <QMessageBox>
#include <QStyle>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace PlanTrack {

AgencyEditing::AgencyEditing(MainWindow &window)
    : QObject(&window)
    , m_window(&window)
    , m_newAgency(new QAction(this))
    , m_newGroup(new QAction(this))
    , m_edit(new QAction(this))
    , m_members(new QAction(this))
    , m_merge(new QAction(this))
    , m_retire(new QAction(this))
    , m_removeFromGroup(new QAction(this))
    , m_units(new QAction(this))
{
    QStyle *style = window.style();
    m_newAgency->setIcon(style->standardIcon(QStyle::SP_FileIcon));
    m_newGroup->setIcon(style->standardIcon(QStyle::SP_FileDialogNewFolder));
    m_edit->setIcon(style->standardIcon(QStyle::SP_FileDialogDetailedView));
    m_members->setIcon(style->standardIcon(QStyle::SP_FileDialogListView));
    m_merge->setIcon(style->standardIcon(QStyle::SP_ArrowRight));
    m_retire->setIcon(style->standardIcon(QStyle::SP_DialogDiscardButton));
    m_edit->setShortcut(QKeySequence(Qt::Key_F2));
    m_edit->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_units->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));

    connect(m_newAgency, &QAction::triggered, this, &AgencyEditing::newAgency);
    connect(m_newGroup, &QAction::triggered, this, &AgencyEditing::newGroup);
    connect(m_edit, &QAction::triggered, this, &AgencyEditing::editAgency);
    connect(m_members, &QAction::triggered, this, &AgencyEditing::editMembers);
    connect(m_merge, &QAction::triggered, this, &AgencyEditing::mergeAgency);
    connect(m_retire, &QAction::triggered, this, &AgencyEditing::retireOrRestore);
    connect(m_removeFromGroup, &QAction::triggered, this, &AgencyEditing::removeFromGroup);
    connect(m_units, &QAction::triggered, this, &AgencyEditing::editUnits);

    AgencyDock *dock = window.agencyDock();
    connect(dock, &AgencyDock::agencyChanged, this, &AgencyEditing::updateActions);
    connect(dock, &AgencyDock::agencyDropped, this, &AgencyEditing::dropAgency);
    connect(window.taskView()->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            &AgencyEditing::updateActions);
    connect(&window, &MainWindow::statusesRefreshed, this, &AgencyEditing::updateActions);
    connect(&window, &MainWindow::sessionChanged, this, &AgencyEditing::updateActions);
    retranslate();
    updateActions();
}

QList<QAction *> AgencyEditing::treeActions() const
{
    return {m_newAgency, m_newGroup, nullptr, m_edit, m_members, m_merge, m_retire};
}

void AgencyEditing::retranslate()
{
    m_newAgency->setText(tr("New &Agency…"));
    m_newAgency->setToolTip(tr("Add an agency under the chosen one"));
    m_newGroup->setText(tr("New &Group…"));
    m_newGroup->setToolTip(tr("Add a group of agencies, such as the units that employ talents"));
    m_edit->setText(tr("&Rename/Edit…"));
    m_edit->setToolTip(tr("Change the names, code or place of the chosen agency"));
    m_members->setText(tr("&Members…"));
    m_members->setToolTip(tr("Choose the members of the chosen group"));
    m_merge->setText(tr("Merge &Into…"));
    m_merge->setToolTip(tr("Hand the rows and updates of the chosen agency to another one"));
    m_removeFromGroup->setText(tr("Remove from &Group"));
    m_units->setText(tr("&Units of Row…"));
    m_units->setToolTip(tr("Choose the lead and coordinating units of the selected row"));
    updateActions();
}

void AgencyEditing::updateActions()
{
    WorkspaceSession *session = m_window ? m_window->session() : nullptr;
    const Agency *agency = currentAgency();
    m_newAgency->setEnabled(session != nullptr);
    m_newGroup->setEnabled(session != nullptr);
    m_edit->setEnabled(agency != nullptr);
    m_members->setEnabled(agency && agency->isGroup && !agency->isRetired());
    m_merge->setEnabled(agency && !agency->isRetired());
    m_retire->setEnabled(agency != nullptr);
    m_removeFromGroup->setEnabled(agency && m_window->agencyDock()->memberOfGroupId() != 0);
    m_units->setEnabled(currentTask() != nullptr);

    const bool retired = agency && agency->isRetired();
    m_retire->setText(retired ? tr("Re&store") : tr("Re&tire…"));
    m_retire->setToolTip(retired ? tr("Bring the chosen agency back into use")
                                 : tr("Stop offering the chosen agency; its history stays"));
}

const Agency *AgencyEditing::currentAgency() const
{
    WorkspaceSession *session = m_window ? m_window->session() : nullptr;
    return session ? session->agencies().byId(m_window->agencyDock()->agencyId()) : nullptr;
}

const Task *AgencyEditing::currentTask() const
{
    WorkspaceSession *session = m_window ? m_window->session() : nullptr;
    if (!session)
        return nullptr;
    const Task *shown = m_window->filterModel()->task(m_window->taskView()->currentIndex());
    return shown ? session->task(shown->id) : nullptr;
}

void AgencyEditing::push(std::unique_ptr<QUndoCommand> command, const QString &error)
{
    if (command) {
        m_window->undoStack()->push(command.release());
        return;
    }
    if (!error.isEmpty())
        QMessageBox::warning(m_window, tr("Agencies"), error);
}

void AgencyEditing::newAgency()
{
    addAgency(false);
}

void AgencyEditing::newGroup()
{
    addAgency(true);
}

// A new agency goes under the chosen one; chosen a group, it goes under the group and
// joins it, as the communes and wards do.
void AgencyEditing::addAgency(bool group)
{
    WorkspaceSession *session = m_window ? m_window->session() : nullptr;
    if (!session)
        return;
    const Agency *chosen = currentAgency();
    Agency draft;
    draft.parentId = chosen && !chosen->isRetired() && !group ? chosen->id : 0;

    AgencyDialog dialog(group ? AgencyDialog::Mode::NewGroup : AgencyDialog::Mode::NewAgency,
                        session->agencies(),
                        usesEnglish(),
                        m_window);
    dialog.setAgency(draft);
    if (chosen && chosen->isGroup && !group)
        dialog.setGroupIds({chosen->id});
    dialog.setCheck([session](const Agency &agency, const QList<AgencyId> &groups) {
        return AgencyEditor(*session).checkAdd(agency, groups);
    });
    if (dialog.exec() != QDialog::Accepted)
        return;

    QString error;
    std::unique_ptr<QUndoCommand> command =
        AgencyCommands::add(*session, dialog.agency(), dialog.groupIds(), &error);
    const Agency *added = command ? session->agencies().byCode(dialog.agency().code) : nullptr;
    const AgencyId addedId = added ? added->id : 0;
    push(std::move(command), error);
    if (addedId)
        m_window->agencyDock()->setAgencyId(addedId);
}

void AgencyEditing::editAgency()
{
    WorkspaceSession *session = m_window ? m_window->session() : nullptr;
    const Agency *agency = currentAgency();
    if (!session || !agency)
        return;

    AgencyDialog dialog(AgencyDialog::Mode::Edit, session->agencies(), usesEnglish(), m_window);
    dialog.setAgency(*agency);
    dialog.setCheck([session](const Agency &changed, const QList<AgencyId> &) {
        return AgencyEditor(*session).checkEdit(changed);
    });
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    push(AgencyCommands::edit(*session, dialog.agency(), &error), error);
}

void AgencyEditing::editMembers()
{
    WorkspaceSession *session = m_window ? m_window->session() : nullptr;
    const Agency *group = currentAgency();
    if (!session || !group || !group->isGroup)
        return;

    const AgencyId groupId = group->id;
    MembersDialog dialog(*group, session->agencies(), usesEnglish(), m_window);
    dialog.setCheck([session, groupId](const QList<AgencyId> &members) {
        return AgencyEditor(*session).checkMembers(groupId, members);
    });
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    push(AgencyCommands::setMembers(*session, groupId, dialog.memberIds(), &error), error);
}

void AgencyEditing::mergeAgency()
{
    WorkspaceSession *session = m_window ? m_window->session() : nullptr;
    const Agency *from = currentAgency();
    if (!session || !from)
        return;

    QString error;
    const std::optional<AgencyUsage> usage = AgencyEditor(*session).usage(from->id, &error);
    if (!usage) {
        QMessageBox::warning(m_window, tr("Agencies"), error);
        return;
    }
    const AgencyId fromId = from->id;
    MergeDialog dialog(
        *from, *usage, session->agencies(), QDate::currentDate(), usesEnglish(), m_window);
    dialog.setCheck([session, fromId](AgencyId intoId) {
        return AgencyEditor(*session).checkMerge(fromId, intoId);
    });
    if (dialog.exec() != QDialog::Accepted)
        return;
    const AgencyId intoId = dialog.intoId();
    push(AgencyCommands::merge(*session, fromId, intoId, dialog.day(), &error), error);
    m_window->agencyDock()->setAgencyId(intoId);
}

void AgencyEditing::retireOrRestore()
{
    WorkspaceSession *session = m_window ? m_window->session() : nullptr;
    const Agency *agency = currentAgency();
    if (!session || !agency)
        return;

    QString error;
    const AgencyId id = agency->id;
    if (agency->isRetired()) {
        push(AgencyCommands::restore(*session, id, &error), error);
        return;
    }
    if (const QString problem = AgencyEditor(*session).checkRetire(id, QDate::currentDate());
        !problem.isEmpty()) {
        QMessageBox::warning(m_window, tr("Agencies"), problem);
        return;
    }
    RetireDialog dialog(*agency, QDate::currentDate(), usesEnglish(), m_window);
    if (dialog.exec() == QDialog::Accepted)
        push(AgencyCommands::retire(*session, id, dialog.day(), &error), error);
}

void AgencyEditing::removeFromGroup()
{
    WorkspaceSession *session = m_window ? m_window->session() : nullptr;
    const Agency *agency = currentAgency();
    const Agency *group =
        session ? session->agencies().byId(m_window->agencyDock()->memberOfGroupId()) : nullptr;
    if (!agency || !group)
        return;

    QList<AgencyId> members = group->memberIds;
    members.removeAll(agency->id);
    QString error;
    push(AgencyCommands::setMembers(*session, group->id, members, &error), error);
}

void AgencyEditing::editUnits()
{
    WorkspaceSession *session = m_window ? m_window->session() : nullptr;
    const Task *task = currentTask();
    if (!session || !task)
        return;

    const TaskId taskId = task->id;
    ResponsibilityDialog dialog(*task, session->agencies(), usesEnglish(), m_window);
    dialog.setCheck(
        [session, taskId](const QList<AgencyId> &leads, const QList<AgencyId> &coordinating) {
            return AgencyEditor(*session).checkResponsibilities(taskId, leads, coordinating);
        });
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    push(AgencyCommands::setResponsibilities(
             *session, taskId, dialog.leadIds(), dialog.coordinatingIds(), &error),
         error);
}

void AgencyEditing::dropAgency(AgencyId agencyId, AgencyId targetId)
{
    WorkspaceSession *session = m_window ? m_window->session() : nullptr;
    const Agency *agency = session ? session->agencies().byId(agencyId) : nullptr;
    const Agency *target = session ? session->agencies().byId(targetId) : nullptr;
    if (!agency || (targetId && !target))
        return;

    QString error;
    if (target && target->isGroup && target->id != agency->parentId) {
        if (target->memberIds.contains(agencyId))
            return;
        push(AgencyCommands::setMembers(
                 *session, targetId, target->memberIds + QList<AgencyId>{agencyId}, &error),
             error);
        return;
    }
    push(AgencyCommands::move(*session, agencyId, targetId, &error), error);
}

} // namespace PlanTrack
