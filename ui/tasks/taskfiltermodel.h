// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/involvement.h"
#include "tasktreemodel.h"

#include <QCollator>
#include <QPointer>
#include <QSortFilterProxyModel>

namespace PlanTrack {

/// Names the roles an agency filter keeps.
enum class RoleFilter {
    LeadAndCoordinating,
    LeadOnly,
    CoordinatingOnly,
};

/// Keeps the rows of a TaskTreeModel that concern one agency in the chosen roles, or whose
/// text contains a search phrase; a section stays while any of its rows is kept.
///
/// A row that reaches the agency only through a group is kept and marked: its font is
/// italic, its tooltip names the group, and ViaGroupRole holds the group names.
class TaskFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit TaskFilterModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;

    TaskTreeModel *taskModel() const { return m_taskModel; }

    AgencyId agencyId() const { return m_agencyId; }

    /// Keeps only the rows that concern the agency; 0 keeps every row.
    void setAgencyId(AgencyId id);

    RoleFilter roleFilter() const { return m_roleFilter; }

    void setRoleFilter(RoleFilter filter);

    QString searchText() const { return m_searchText; }

    /// Keeps the rows whose number, text, units or completion time contain the phrase,
    /// ignoring case and Vietnamese diacritics ("so noi vu" finds "Sở Nội vụ").
    void setSearchText(const QString &text);

    bool isFiltering() const { return m_agencyId != 0 || !m_foldedSearch.isEmpty(); }

    /// Returns the task of a row of this model, or nullptr for a section row.
    const Task *task(const QModelIndex &index) const;

    /// Returns how the chosen agency takes part in the task in the chosen roles; empty
    /// when no agency is chosen.
    QList<Involvement> involvements(const Task &task) const;

    /// Returns the groups through which the task reaches the chosen agency, or an empty
    /// list when the agency is named directly or none is chosen.
    QList<AgencyId> viaGroups(const Task &task) const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /// Tells that the agency, the roles or the search phrase changed.
    void filterChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void refilter();
    void notifyMarksChanged(const QModelIndex &parent);
    QString viaGroupNames(const Task &task) const;

    QPointer<TaskTreeModel> m_taskModel;
    AgencyId m_agencyId = 0;
    RoleFilter m_roleFilter = RoleFilter::LeadAndCoordinating;
    QString m_searchText;
    QString m_foldedSearch;
    QCollator m_collator;
};

} // namespace PlanTrack
