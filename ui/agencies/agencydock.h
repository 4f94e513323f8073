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
class QSortFilterProxyModel;
class QTreeView;

namespace PlanTrack {

class AgencyTreeModel;

/// Lets the user pick the agency whose tasks to show, and in which roles; picking none
/// shows every task.
class AgencyDock final : public QDockWidget
{
    Q_OBJECT

public:
    explicit AgencyDock(QWidget *parent = nullptr);

    void setAgencies(AgencyDirectory agencies);

    AgencyId agencyId() const { return m_agencyId; }

    RoleFilter roleFilter() const;

    /// Returns the action that clears the chosen agency, for menus and tool bars.
    QAction *showAllAction() const { return m_showAllAction; }

    QTreeView *view() const { return m_view; }

    AgencyTreeModel *model() const { return m_model; }

public Q_SLOTS:
    /// Chooses the agency and selects its row; 0 clears the choice.
    void setAgencyId(AgencyId id);
    void setRoleFilter(RoleFilter filter);

Q_SIGNALS:
    void agencyChanged(AgencyId id);
    void roleFilterChanged(RoleFilter filter);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void takeSelection();
    void selectAgencyRow();
    void filterAgencies(const QString &text);
    void expandAgencies();

    AgencyTreeModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    QLabel *m_rolesLabel;
    QComboBox *m_roles;
    QTreeView *m_view;
    QAction *m_showAllAction;
    AgencyId m_agencyId = 0;
    bool m_selecting = false;
};

} // namespace PlanTrack
