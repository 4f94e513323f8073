// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/plan.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QAction;
class QUndoCommand;

namespace PlanTrack {

class MainWindow;

/// Offers the edits of the agency tree (new agency or group, edit, members, merge,
/// retire and restore, moving by drag and drop) and of the units of the current row, on
/// the agency chosen in the main window's agency pane. Each edit goes through the undo
/// stack of the window; a refused edit is explained in a message box.
class AgencyEditing final : public QObject
{
    Q_OBJECT

public:
    explicit AgencyEditing(MainWindow &window);

    QAction *newAgencyAction() const { return m_newAgency; }

    QAction *newGroupAction() const { return m_newGroup; }

    QAction *editAction() const { return m_edit; }

    QAction *membersAction() const { return m_members; }

    QAction *mergeAction() const { return m_merge; }

    QAction *retireAction() const { return m_retire; }

    QAction *removeFromGroupAction() const { return m_removeFromGroup; }

    QAction *unitsAction() const { return m_units; }

    /// Returns the tree edits in tool bar order; nullptr stands for a separator.
    QList<QAction *> treeActions() const;

    void retranslate();

public Q_SLOTS:
    void updateActions();
    void newAgency();
    void newGroup();
    void editAgency();
    void editMembers();
    void mergeAgency();
    void retireOrRestore();
    void removeFromGroup();
    void editUnits();

    /// Moves an agency under another (0: the top level), or adds it to a group dropped on.
    void dropAgency(PlanTrack::AgencyId agencyId, PlanTrack::AgencyId targetId);

private:
    void addAgency(bool group);
    const Agency *currentAgency() const;
    const Task *currentTask() const;
    /// Pushes a command, or explains why there is none when error is set.
    void push(std::unique_ptr<QUndoCommand> command, const QString &error);

    QPointer<MainWindow> m_window;
    QAction *m_newAgency;
    QAction *m_newGroup;
    QAction *m_edit;
    QAction *m_members;
    QAction *m_merge;
    QAction *m_retire;
    QAction *m_removeFromGroup;
    QAction *m_units;
};

} // namespace PlanTrack
