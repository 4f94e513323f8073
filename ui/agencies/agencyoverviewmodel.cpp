// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "agencyoverviewmodel.h"

#include "roles.h"
#include "status/statusstyle.h"
#include "tasks/plantext.h"

#include <QFont>

using namespace Qt::StringLiterals;

namespace PlanTrack {

namespace {

// A part's row has internal id 0; an entry's row carries its part plus one.
constexpr quintptr partRowId = 0;

} // namespace

AgencyOverviewModel::AgencyOverviewModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

void AgencyOverviewModel::setPortfolio(AgencyPortfolio portfolio,
                                       const QList<Plan> &plans,
                                       const AgencyDirectory &agencies)
{
    beginResetModel();
    m_portfolio = std::move(portfolio);
    m_agencies = agencies;
    m_tasks.clear();
    for (const QList<PortfolioEntry> *part :
         {&m_portfolio.leading(), &m_portfolio.coordinating()}) {
        for (const PortfolioEntry &entry : *part) {
            for (const Plan &plan : plans) {
                if (const Task *task = plan.task(entry.taskId))
                    m_tasks.insert(task->id, *task);
            }
        }
    }
    endResetModel();
}

void AgencyOverviewModel::setEnglish(bool english)
{
    beginResetModel();
    m_english = english;
    endResetModel();
}

const QList<PortfolioEntry> &AgencyOverviewModel::entries(Part part) const
{
    return part == LeadPart ? m_portfolio.leading() : m_portfolio.coordinating();
}

const PortfolioEntry *AgencyOverviewModel::entry(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() == partRowId)
        return nullptr;
    const QList<PortfolioEntry> &list = entries(Part(index.internalId() - 1));
    return index.row() < list.size() ? &list.at(index.row()) : nullptr;
}

const Task *AgencyOverviewModel::task(const PortfolioEntry &entry) const
{
    const auto it = m_tasks.constFind(entry.taskId);
    return it == m_tasks.cend() ? nullptr : &*it;
}

QString AgencyOverviewModel::through(const PortfolioEntry &entry) const
{
    const Agency *group = m_agencies.byId(entry.viaGroupId);
    return group ? group->name(m_english) : tr("directly", "a row names the agency itself");
}

QString AgencyOverviewModel::deadline(const PortfolioEntry &entry) const
{
    const Deadline &deadline = entry.deadline;
    if (!deadline.due.isValid() || deadline.isRecurring())
        return deadline.text;
    return u"%1 (%2)"_s.arg(deadline.text, PlanText::date(deadline.due));
}

QString AgencyOverviewModel::partTitle(Part part) const
{
    const int count = int(entries(part).size());
    return part == LeadPart ? tr("As lead unit (%n row(s))", nullptr, count)
                            : tr("As coordinating unit (%n row(s))", nullptr, count);
}

QModelIndex AgencyOverviewModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0 || row >= rowCount(parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, partRowId);
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex AgencyOverviewModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == partRowId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, partRowId);
}

int AgencyOverviewModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return m_portfolio.agencyId() ? 2 : 0;
    if (parent.internalId() != partRowId || parent.column() != 0)
        return 0;
    return int(entries(Part(parent.row())).size());
}

int AgencyOverviewModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant AgencyOverviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == partRowId)
        return partData(Part(index.row()), index.column(), role);
    const PortfolioEntry *found = entry(index);
    return found ? entryData(*found, index.column(), role) : QVariant();
}

QVariant AgencyOverviewModel::partData(Part part, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return column == SttColumn ? partTitle(part) : QVariant();
    case Qt::FontRole: {
        QFont font;
        font.setBold(true);
        return font;
    }
    case ItemKindRole:
        return int(ItemKind::Section);
    }
    return {};
}

QVariant AgencyOverviewModel::entryData(const PortfolioEntry &entry, int column, int role) const
{
    const Task *task = this->task(entry);
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case SttColumn:
            return task ? task->stt : QString();
        case TaskColumn:
            return task ? task->content(m_english) : QString();
        case ThroughColumn:
            return through(entry);
        case DeadlineColumn:
            return deadline(entry);
        case StatusColumn:
            return entry.dueSoon ? tr("%1, due soon").arg(statusLabel(entry.status))
                                 : statusLabel(entry.status);
        }
        break;
    case Qt::ToolTipRole:
        if (column == TaskColumn && task)
            return task->content(m_english);
        if (column == DeadlineColumn)
            return PlanText::deadlineMeaning(entry.deadline);
        if (column == ThroughColumn && entry.viaGroupId)
            return tr("The row names the group %1, to which this agency belongs.")
                .arg(through(entry));
        break;
    case Qt::DecorationRole:
        if (column == StatusColumn)
            return StatusStyle::icon(entry.status);
        break;
    case Qt::TextAlignmentRole:
        return int((column == SttColumn ? Qt::AlignHCenter : Qt::AlignLeft) | Qt::AlignVCenter);
    case Qt::FontRole:
        if (entry.viaGroupId) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        break;
    case ItemKindRole:
        return int(task && task->isSubTask() ? ItemKind::SubTask : ItemKind::Task);
    case TaskIdRole:
        return entry.taskId;
    case StatusRole:
        return int(entry.status);
    case DueSoonRole:
        return entry.dueSoon;
    case ViaGroupRole:
        return entry.viaGroupId ? through(entry) : QString();
    }
    return {};
}

QVariant AgencyOverviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SttColumn:
        return tr("No.", "column: row number of the plan");
    case TaskColumn:
        return tr("Task", "column header");
    case ThroughColumn:
        return tr("Through", "column: the group that brings a row to the agency");
    case DeadlineColumn:
        return tr("Completion time");
    case StatusColumn:
        return tr("Status", "column header");
    }
    return {};
}

} // namespace PlanTrack
