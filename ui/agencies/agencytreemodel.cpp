// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "agencytreemodel.h"

#include "roles.h"
#include "tasks/plantext.h"
#include "text/vietnamesetext.h"

#include <QApplication>
#include <QMimeData>
#include <QPalette>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace PlanTrack {

AgencyTreeModel::AgencyTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_agencyIcon(QApplication::style()->standardIcon(QStyle::SP_ComputerIcon))
    , m_groupIcon(QApplication::style()->standardIcon(QStyle::SP_DirIcon))
{}

void AgencyTreeModel::setAgencies(AgencyDirectory agencies)
{
    beginResetModel();
    m_agencies = std::move(agencies);
    buildNodes();
    endResetModel();
}

void AgencyTreeModel::setShowRetired(bool show)
{
    if (show == m_showRetired)
        return;
    beginResetModel();
    m_showRetired = show;
    buildNodes();
    endResetModel();
}

QString AgencyTreeModel::mimeType()
{
    return u"application/x-plantrack-agency"_s;
}

AgencyId AgencyTreeModel::agencyOf(const QMimeData *data)
{
    if (!data || !data->hasFormat(mimeType()))
        return 0;
    return QString::fromLatin1(data->data(mimeType())).toLongLong();
}

void AgencyTreeModel::setEnglish(bool english)
{
    m_english = english;
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);

    for (int i = 0; i < m_nodes.size(); ++i) {
        const Node &n = m_nodes.at(i);
        if (n.children.isEmpty())
            continue;
        const QModelIndex parent = createIndex(n.row, 0, quintptr(i));
        Q_EMIT dataChanged(index(0, 0, parent),
                           index(n.children.size() - 1, ColumnCount - 1, parent));
    }
    if (!m_roots.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(m_roots.size() - 1, ColumnCount - 1));
}

QModelIndex AgencyTreeModel::indexOf(AgencyId id) const
{
    for (int i = 0; i < m_nodes.size(); ++i) {
        const Node &n = m_nodes.at(i);
        if (n.agencyId == id && !n.isMember)
            return createIndex(n.row, 0, quintptr(i));
    }
    return {};
}

QModelIndex AgencyTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || (parent.isValid() && parent.column() != 0))
        return {};
    const QList<int> &children = childrenOf(parent);
    if (row < 0 || row >= children.size())
        return {};
    return createIndex(row, column, quintptr(children.at(row)));
}

QModelIndex AgencyTreeModel::parent(const QModelIndex &child) const
{
    const Node *n = node(child);
    if (!n || n->parent < 0)
        return {};
    return createIndex(m_nodes.at(n->parent).row, 0, quintptr(n->parent));
}

int AgencyTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(childrenOf(parent).size());
}

int AgencyTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant AgencyTreeModel::data(const QModelIndex &index, int role) const
{
    const Node *n = node(index);
    const Agency *agency = n ? m_agencies.byId(n->agencyId) : nullptr;
    if (!agency)
        return {};

    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == CodeColumn)
            return agency->code;
        return agency->isRetired() ? tr("%1 (retired)").arg(agency->name(m_english))
                                   : agency->name(m_english);
    case Qt::ToolTipRole:
        return toolTip(*agency, n->isMember);
    case Qt::DecorationRole:
        if (index.column() == NameColumn)
            return agency->isGroup ? m_groupIcon : m_agencyIcon;
        break;
    case Qt::ForegroundRole:
        if (agency->isRetired())
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        if (n->isMember)
            return QApplication::palette().brush(QPalette::PlaceholderText);
        break;
    case ItemKindRole:
        return int(n->isMember       ? ItemKind::GroupMember
                   : agency->isGroup ? ItemKind::Group
                                     : ItemKind::Agency);
    case AgencyIdRole:
        return agency->id;
    case SearchTextRole:
        return VietnameseText::fold(agency->code % u'\n' % agency->nameVi % u'\n' % agency->nameEn);
    }
    return {};
}

QVariant AgencyTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Agency", "column header");
    case CodeColumn:
        return tr("Code", "column of the agency codes");
    }
    return {};
}

Qt::ItemFlags AgencyTreeModel::flags(const QModelIndex &index) const
{
    const Node *n = node(index);
    const Agency *agency = n ? m_agencies.byId(n->agencyId) : nullptr;
    if (!agency)
        return Qt::ItemIsDropEnabled;

    Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
    if (!n->isMember && !agency->isRetired())
        result |= Qt::ItemIsDropEnabled;
    return result;
}

QStringList AgencyTreeModel::mimeTypes() const
{
    return {mimeType()};
}

QMimeData *AgencyTreeModel::mimeData(const QModelIndexList &indexes) const
{
    const Node *n = indexes.isEmpty() ? nullptr : node(indexes.constFirst());
    const Agency *agency = n ? m_agencies.byId(n->agencyId) : nullptr;
    if (!agency)
        return nullptr;

    auto *data = new QMimeData;
    data->setData(mimeType(), QByteArray::number(agency->id));
    data->setText(agency->name(m_english));
    return data;
}

Qt::DropActions AgencyTreeModel::supportedDragActions() const
{
    return Qt::CopyAction | Qt::MoveAction;
}

Qt::DropActions AgencyTreeModel::supportedDropActions() const
{
    return Qt::CopyAction | Qt::MoveAction;
}

bool AgencyTreeModel::canDropMimeData(
    const QMimeData *data, Qt::DropAction action, int, int, const QModelIndex &parent) const
{
    const AgencyId dragged = agencyOf(data);
    const Node *target = node(parent);
    return dragged && (action == Qt::CopyAction || action == Qt::MoveAction)
           && (!target || (!target->isMember && target->agencyId != dragged));
}

// The drop changes the workspace, which then gives this model a new tree; so it is only
// reported here, and the view is told nothing moved.
bool AgencyTreeModel::dropMimeData(
    const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const Node *target = node(parent);
    Q_EMIT agencyDropped(agencyOf(data), target ? target->agencyId : 0);
    return false;
}

void AgencyTreeModel::buildNodes()
{
    m_nodes.clear();
    m_roots.clear();

    QList<AgencyId> path;
    const QList<const Agency *> roots = m_agencies.children(0);
    for (const Agency *agency : roots) {
        if (m_showRetired || !agency->isRetired())
            addChildren(addNode(agency->id, false, -1), path);
    }
}

int AgencyTreeModel::addNode(AgencyId agencyId, bool isMember, int parent)
{
    const int id = int(m_nodes.size());
    const int row = int(parent < 0 ? m_roots.size() : m_nodes.at(parent).children.size());
    m_nodes.append({agencyId, isMember, parent, row, {}});
    (parent < 0 ? m_roots : m_nodes[parent].children).append(id);
    return id;
}

void AgencyTreeModel::addChildren(int nodeIndex, QList<AgencyId> &path)
{
    const AgencyId agencyId = m_nodes.at(nodeIndex).agencyId;
    if (path.contains(agencyId))
        return;
    path.append(agencyId);

    const QList<const Agency *> children = m_agencies.children(agencyId);
    for (const Agency *child : children) {
        if (m_showRetired || !child->isRetired())
            addChildren(addNode(child->id, false, nodeIndex), path);
    }

    // Members are only listed: each has its own place in the tree already.
    if (const Agency *agency = m_agencies.byId(agencyId); agency && agency->isGroup) {
        for (AgencyId memberId : agency->memberIds) {
            const Agency *member = m_agencies.byId(memberId);
            const bool shown = member && (m_showRetired || !member->isRetired());
            if (shown && member->parentId != agencyId)
                addNode(memberId, true, nodeIndex);
        }
    }
    path.removeLast();
}

const QList<int> &AgencyTreeModel::childrenOf(const QModelIndex &parent) const
{
    const Node *n = node(parent);
    return n ? n->children : m_roots;
}

const AgencyTreeModel::Node *AgencyTreeModel::node(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    return &m_nodes.at(qsizetype(index.internalId()));
}

QString AgencyTreeModel::toolTip(const Agency &agency, bool isMember) const
{
    QString tip = agency.name(m_english) % " ("_L1 % agency.code % u')';
    if (agency.isGroup)
        tip += u'\n' % tr("Group of: %1").arg(m_agencies.joinedNames(agency.memberIds, m_english));
    if (isMember)
        tip += u'\n' % tr("Listed here as a member of the group above.");
    if (agency.isRetired()) {
        const QString day = PlanText::date(agency.retiredOn);
        const Agency *into = m_agencies.byId(agency.mergedIntoId);
        tip += u'\n'
               % (into ? tr("Retired on %1: merged into %2.").arg(day, into->name(m_english))
                       : tr("Retired on %1; kept for the records that name it.").arg(day));
    }
    return tip;
}

} // namespace PlanTrack
