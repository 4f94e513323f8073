// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/agency.h"
#include "tasks/taskfiltermodel.h"

#include <QDockWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QSortFilterProxyModel;
class QToolBar;
class QTreeView;

namespace PlanTrack {

class AgencyTreeModel;

/// Lets the user pick the agency whose tasks to show, and in which roles; picking none
/// shows every task. Actions that edit the tree can be added to its tool bar and context
/// menu; agencies dragged within the tree are reported by agencyDropped().
class AgencyDock final : public QDockWidget
{
    Q_OBJECT

public:
    explicit AgencyDock(QWidget *parent = nullptr);

    /// Shows the agencies of a workspace; the chosen agency stays chosen while it exists.
    void setAgencies(AgencyDirectory agencies);

    AgencyId agencyId() const { return m_agencyId; }

    /// Returns the group under which the current row lists its agency as a member, or 0
    /// when the current row is an agency's own row.
    AgencyId memberOfGroupId() const;

    RoleFilter roleFilter() const;

    /// Returns the action that clears the chosen agency, for menus and tool bars.
    QAction *showAllAction() const { return m_showAllAction; }

    /// Returns the checkable action that shows retired agencies (greyed) in the tree.
    QAction *showRetiredAction() const { return m_showRetiredAction; }

    /// Puts actions on the tool bar of the pane and in the context menu of the tree; a
    /// null action stands for a separator.
    void addEditActions(const QList<QAction *> &actions);

    /// Puts actions in the context menu of the tree only.
    void addContextActions(const QList<QAction *> &actions);

    QTreeView *view() const { return m_view; }

    AgencyTreeModel *model() const { return m_model; }

public Q_SLOTS:
    /// Chooses the agency and selects its row; 0 clears the choice.
    void setAgencyId(AgencyId id);
    void setRoleFilter(RoleFilter filter);

Q_SIGNALS:
    void agencyChanged(AgencyId id);
    void roleFilterChanged(RoleFilter filter);
    /// An agency was dropped onto the row of target (0: the top level), after the drop.
    void agencyDropped(PlanTrack::AgencyId agencyId, PlanTrack::AgencyId targetId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void takeSelection();
    void selectAgencyRow();
    void filterAgencies(const QString &text);
    void expandAgencies();
    void showContextMenu(const QPoint &position);

    AgencyTreeModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    QLabel *m_rolesLabel;
    QComboBox *m_roles;
    QToolBar *m_toolBar;
    QTreeView *m_view;
    QMenu *m_contextMenu;
    QAction *m_showAllAction;
    QAction *m_showRetiredAction;
    AgencyId m_agencyId = 0;
    bool m_selecting = false;
};

} // namespace PlanTrack
