// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "taskfiltermodel.h"

#include "roles.h"
#include "tasktreemodel.h"
#include "text/vietnamesetext.h"

#include <QFont>

using namespace Qt::StringLiterals;

namespace PlanTrack {

namespace {

bool roleWanted(RoleFilter filter, Role role)
{
    switch (filter) {
    case RoleFilter::LeadAndCoordinating:
        return true;
    case RoleFilter::LeadOnly:
        return role == Role::Lead;
    case RoleFilter::CoordinatingOnly:
        return role == Role::Coordinating;
    }
    return false;
}

ItemKind kindOf(const QModelIndex &index)
{
    return ItemKind(index.data(ItemKindRole).toInt());
}

} // namespace

TaskFilterModel::TaskFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_collator(QLocale(QLocale::Vietnamese, QLocale::Vietnam))
{
    setRecursiveFilteringEnabled(true);
    setAutoAcceptChildRows(true);
    setSortRole(SortRole);
    m_collator.setNumericMode(true);
}

void TaskFilterModel::setSourceModel(QAbstractItemModel *model)
{
    m_taskModel = qobject_cast<TaskTreeModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

void TaskFilterModel::setAgencyId(AgencyId id)
{
    if (id == m_agencyId)
        return;
    m_agencyId = id;
    refilter();
}

void TaskFilterModel::setRoleFilter(RoleFilter filter)
{
    if (filter == m_roleFilter)
        return;
    m_roleFilter = filter;
    refilter();
}

void TaskFilterModel::setSearchText(const QString &text)
{
    const QString folded = VietnameseText::fold(text).simplified();
    m_searchText = text;
    if (folded == m_foldedSearch)
        return;
    m_foldedSearch = folded;
    refilter();
}

const Task *TaskFilterModel::task(const QModelIndex &index) const
{
    return m_taskModel && index.model() == this ? m_taskModel->task(mapToSource(index)) : nullptr;
}

QList<Involvement> TaskFilterModel::involvements(const Task &task) const
{
    if (m_agencyId == 0 || !m_taskModel)
        return {};

    QList<Involvement> result = involvementsOf(task, m_agencyId, m_taskModel->agencies());
    result.removeIf([this](const Involvement &i) { return !roleWanted(m_roleFilter, i.role); });
    return result;
}

QList<AgencyId> TaskFilterModel::viaGroups(const Task &task) const
{
    const QList<Involvement> found = involvements(task);
    QList<AgencyId> groups;
    for (const Involvement &involvement : found) {
        if (involvement.isDirect())
            return {};
        if (!groups.contains(involvement.viaGroupId))
            groups.append(involvement.viaGroupId);
    }
    return groups;
}

QVariant TaskFilterModel::data(const QModelIndex &index, int role) const
{
    if (role != Qt::FontRole && role != Qt::ToolTipRole && role != ViaGroupRole)
        return QSortFilterProxyModel::data(index, role);

    const Task *t = task(index);
    const QString via = t ? viaGroupNames(*t) : QString();
    if (role == ViaGroupRole)
        return via;

    const QVariant base = QSortFilterProxyModel::data(index, role);
    if (via.isEmpty())
        return base;

    if (role == Qt::FontRole) {
        QFont font = base.isValid() ? base.value<QFont>() : QFont();
        font.setItalic(true);
        return font;
    }
    const QString marker =
        tr("Via group: %1", "the group that brings a task to an agency").arg(via);
    const QString tip = base.toString();
    return tip.isEmpty() ? marker : tip % u'\n' % marker;
}

bool TaskFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);

    // A section has no text or agency of its own: it stays for the rows kept in it.
    if (kindOf(index) == ItemKind::Section)
        return !isFiltering();

    if (!m_foldedSearch.isEmpty()
        && !index.data(SearchTextRole).toString().contains(m_foldedSearch))
        return false;

    if (m_agencyId != 0) {
        const Task *t = m_taskModel ? m_taskModel->task(index) : nullptr;
        return t && !involvements(*t).isEmpty();
    }
    return true;
}

bool TaskFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant l = left.data(SortRole);
    const QVariant r = right.data(SortRole);

    // Sections keep plan order whichever column sorts the rows, in either direction.
    if (kindOf(left) == ItemKind::Section) {
        const bool ascending = sortOrder() == Qt::AscendingOrder;
        return ascending ? l.toLongLong() < r.toLongLong() : l.toLongLong() > r.toLongLong();
    }

    if (l.typeId() == QMetaType::QString && r.typeId() == QMetaType::QString)
        return m_collator.compare(l.toString(), r.toString()) < 0;
    return QVariant::compare(l, r) == QPartialOrdering::Less;
}

void TaskFilterModel::refilter()
{
    invalidateFilter();
    notifyMarksChanged({});
    Q_EMIT filterChanged();
}

void TaskFilterModel::notifyMarksChanged(const QModelIndex &parent)
{
    const int rows = rowCount(parent);
    if (rows == 0)
        return;

    Q_EMIT dataChanged(index(0, 0, parent),
                       index(rows - 1, columnCount(parent) - 1, parent),
                       {Qt::FontRole, Qt::ToolTipRole, ViaGroupRole});
    for (int row = 0; row < rows; ++row)
        notifyMarksChanged(index(row, 0, parent));
}

QString TaskFilterModel::viaGroupNames(const Task &task) const
{
    const QList<AgencyId> groups = viaGroups(task);
    if (groups.isEmpty() || !m_taskModel)
        return {};
    return m_taskModel->agencies().joinedNames(groups, m_taskModel->isEnglish());
}

} // namespace PlanTrack
