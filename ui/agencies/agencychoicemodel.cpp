// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "agencychoicemodel.h"

#include "roles.h"
#include "text/vietnamesetext.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace PlanTrack {

AgencyChoiceModel::AgencyChoiceModel(QStringList choiceTitles, QObject *parent)
    : QAbstractItemModel(parent)
    , m_choiceTitles(std::move(choiceTitles))
    , m_chosen(m_choiceTitles.size())
{}

void AgencyChoiceModel::setAgencies(const AgencyDirectory &agencies, bool english)
{
    m_agencies = agencies;
    m_english = english;
    rebuild();
}

void AgencyChoiceModel::setExcluded(const QSet<AgencyId> &ids)
{
    m_excluded = ids;
    rebuild();
}

void AgencyChoiceModel::setFilter(std::function<bool(const Agency &)> accept)
{
    m_filter = std::move(accept);
    rebuild();
}

void AgencyChoiceModel::setShowRetired(bool show)
{
    m_showRetired = show;
    rebuild();
}

QList<AgencyId> AgencyChoiceModel::chosen(int choice) const
{
    return m_chosen.value(choice);
}

void AgencyChoiceModel::setChosen(int choice, const QList<AgencyId> &ids)
{
    if (choice < 0 || choice >= m_chosen.size())
        return;
    for (int other = 0; other < m_chosen.size(); ++other) {
        if (other != choice)
            m_chosen[other].removeIf([&ids](AgencyId id) { return ids.contains(id); });
    }
    m_chosen[choice].clear();
    for (AgencyId id : ids) {
        if (!m_chosen[choice].contains(id))
            m_chosen[choice].append(id);
    }
    // A retired agency that is chosen is offered, so the tree may need to grow.
    const bool offered = std::all_of(ids.cbegin(), ids.cend(), [this](AgencyId id) {
        return indexOf(id).isValid() || !m_agencies.byId(id);
    });
    if (offered)
        emitChecksChanged();
    else
        rebuild();
    Q_EMIT choicesChanged();
}

QModelIndex AgencyChoiceModel::indexOf(AgencyId id) const
{
    for (int i = 0; i < m_nodes.size(); ++i) {
        if (m_nodes.at(i).agencyId == id)
            return createIndex(m_nodes.at(i).row, 0, quintptr(i));
    }
    return {};
}

AgencyId AgencyChoiceModel::agencyAt(const QModelIndex &index) const
{
    const Node *n = node(index);
    return n ? n->agencyId : 0;
}

QModelIndex AgencyChoiceModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= columnCount() || (parent.isValid() && parent.column() != 0))
        return {};
    const Node *p = node(parent);
    const QList<int> &children = p ? p->children : m_roots;
    if (row < 0 || row >= children.size())
        return {};
    return createIndex(row, column, quintptr(children.at(row)));
}

QModelIndex AgencyChoiceModel::parent(const QModelIndex &child) const
{
    const Node *n = node(child);
    if (!n || n->parent < 0)
        return {};
    return createIndex(m_nodes.at(n->parent).row, 0, quintptr(n->parent));
}

int AgencyChoiceModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    const Node *p = node(parent);
    return int(p ? p->children.size() : m_roots.size());
}

int AgencyChoiceModel::columnCount(const QModelIndex &) const
{
    return FirstChoiceColumn + int(m_choiceTitles.size());
}

QVariant AgencyChoiceModel::data(const QModelIndex &index, int role) const
{
    const Node *n = node(index);
    const Agency *agency = n ? m_agencies.byId(n->agencyId) : nullptr;
    if (!agency)
        return {};
    const int choice = index.column() - FirstChoiceColumn;

    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == NameColumn)
            return agency->isRetired() ? tr("%1 (retired)").arg(agency->name(m_english))
                                       : agency->name(m_english);
        if (index.column() == CodeColumn)
            return agency->code;
        break;
    case Qt::CheckStateRole:
        if (choice >= 0)
            return m_chosen.at(choice).contains(agency->id) ? Qt::Checked : Qt::Unchecked;
        break;
    case Qt::DecorationRole:
        if (index.column() == NameColumn)
            return QApplication::style()->standardIcon(agency->isGroup ? QStyle::SP_DirIcon
                                                                       : QStyle::SP_ComputerIcon);
        break;
    case Qt::ForegroundRole:
        if (agency->isRetired())
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        break;
    case Qt::ToolTipRole:
        return QString(agency->name(m_english) + " ("_L1 + agency->code + u')');
    case AgencyIdRole:
        return agency->id;
    case ItemKindRole:
        return int(agency->isGroup ? ItemKind::Group : ItemKind::Agency);
    case SearchTextRole:
        return VietnameseText::fold(agency->code % u'\n' % agency->nameVi % u'\n' % agency->nameEn);
    }
    return {};
}

bool AgencyChoiceModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const Node *n = node(index);
    const int choice = index.column() - FirstChoiceColumn;
    if (!n || role != Qt::CheckStateRole || choice < 0 || !(flags(index) & Qt::ItemIsEnabled))
        return false;

    const AgencyId id = n->agencyId;
    const bool checked = Qt::CheckState(value.toInt()) == Qt::Checked;
    for (int other = 0; other < m_chosen.size(); ++other) {
        if (other != choice || !checked)
            m_chosen[other].removeAll(id);
    }
    if (checked && !m_chosen[choice].contains(id))
        m_chosen[choice].append(id);

    emitChecksChanged();
    Q_EMIT choicesChanged();
    return true;
}

Qt::ItemFlags AgencyChoiceModel::flags(const QModelIndex &index) const
{
    const Node *n = node(index);
    const Agency *agency = n ? m_agencies.byId(n->agencyId) : nullptr;
    if (!agency)
        return Qt::NoItemFlags;

    Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const int choice = index.column() - FirstChoiceColumn;
    const bool chosen = choice >= 0 && m_chosen.at(choice).contains(agency->id);
    // A retired agency can be let go of, but not chosen anew.
    if (choice >= 0 && (!agency->isRetired() || chosen))
        result |= Qt::ItemIsUserCheckable;
    return result;
}

QVariant AgencyChoiceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (section == NameColumn)
        return tr("Agency", "column header");
    if (section == CodeColumn)
        return tr("Code", "column of the agency codes");
    return m_choiceTitles.value(section - FirstChoiceColumn);
}

bool AgencyChoiceModel::isOffered(const Agency &agency) const
{
    if (m_excluded.contains(agency.id) || (m_filter && !m_filter(agency)))
        return false;
    if (!agency.isRetired() || m_showRetired)
        return true;
    return std::any_of(m_chosen.cbegin(), m_chosen.cend(), [&agency](const QList<AgencyId> &c) {
        return c.contains(agency.id);
    });
}

void AgencyChoiceModel::rebuild()
{
    beginResetModel();
    m_nodes.clear();
    m_roots.clear();
    QSet<AgencyId> placed;
    addChildren(0, -1, placed);
    endResetModel();
}

// An agency that is not offered leaves its place to its units, one level up.
void AgencyChoiceModel::addChildren(AgencyId parentId, int parentNode, QSet<AgencyId> &placed)
{
    for (const Agency *agency : m_agencies.children(parentId)) {
        if (placed.contains(agency->id))
            continue;
        placed.insert(agency->id);
        if (!isOffered(*agency)) {
            addChildren(agency->id, parentNode, placed);
            continue;
        }

        const int id = int(m_nodes.size());
        QList<int> &siblings = parentNode < 0 ? m_roots : m_nodes[parentNode].children;
        m_nodes.append({agency->id, parentNode, int(siblings.size()), {}});
        (parentNode < 0 ? m_roots : m_nodes[parentNode].children).append(id);
        addChildren(agency->id, id, placed);
    }
}

const AgencyChoiceModel::Node *AgencyChoiceModel::node(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    return &m_nodes.at(qsizetype(index.internalId()));
}

void AgencyChoiceModel::emitChecksChanged()
{
    if (m_choiceTitles.isEmpty())
        return;
    const int last = columnCount() - 1;
    const auto notify =
        [&](const QList<int> &rows, const QModelIndex &parent, auto &&self) -> void {
        if (rows.isEmpty())
            return;
        Q_EMIT dataChanged(index(0, FirstChoiceColumn, parent),
                           index(int(rows.size()) - 1, last, parent),
                           {Qt::CheckStateRole});
        for (int i = 0; i < rows.size(); ++i)
            self(m_nodes.at(rows.at(i)).children, index(i, 0, parent), self);
    };
    notify(m_roots, QModelIndex(), notify);
}

AgencySearchProxy::AgencySearchProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
}

void AgencySearchProxy::setQuery(const QString &query)
{
    m_words = VietnameseText::queryWords(query);
    invalidateFilter();
}

bool AgencySearchProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return VietnameseText::containsAll(index.data(SearchTextRole).toString(), m_words);
}

} // namespace PlanTrack
