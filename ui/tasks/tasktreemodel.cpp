// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tasktreemodel.h"

#include "plantext.h"
#include "roles.h"
#include "status/statusstyle.h"
#include "text/vietnamesetext.h"

#include <QFont>
#include <QHash>

#include <limits>

using namespace Qt::StringLiterals;

namespace PlanTrack {

namespace {

// Folds each text on its own line, so that a search phrase never spans two fields.
QString foldedLines(const QStringList &texts)
{
    QStringList lines;
    lines.reserve(texts.size());
    for (const QString &text : texts)
        lines.append(VietnameseText::fold(text).simplified());
    return lines.join(u'\n');
}

} // namespace

TaskTreeModel::TaskTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

void TaskTreeModel::setPlan(Plan plan, AgencyDirectory agencies)
{
    beginResetModel();
    m_plan = std::move(plan);
    m_agencies = std::move(agencies);
    buildNodes();
    foldSearchTexts();
    endResetModel();
}

void TaskTreeModel::setEnglish(bool english)
{
    m_english = english;
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    emitColumnChanged(0, ColumnCount - 1);
}

void TaskTreeModel::setStatuses(StatusSheet sheet)
{
    m_statuses = std::move(sheet);
    emitColumnChanged(0, ColumnCount - 1);
    Q_EMIT headerDataChanged(Qt::Horizontal, StatusColumn, StatusColumn);
}

const TaskStatus *TaskTreeModel::status(const QModelIndex &index) const
{
    const Task *row = task(index);
    return row ? m_statuses.task(row->id) : nullptr;
}

QModelIndex TaskTreeModel::indexOf(TaskId id, int column) const
{
    const auto it = m_taskNodes.constFind(id);
    if (it == m_taskNodes.cend())
        return {};
    return createIndex(m_nodes.at(*it).row, column, quintptr(*it));
}

void TaskTreeModel::emitColumnChanged(int first, int last)
{
    // One signal per parent keeps views from repainting row by row.
    for (int i = 0; i < m_nodes.size(); ++i) {
        const Node &n = m_nodes.at(i);
        if (n.children.isEmpty())
            continue;
        const QModelIndex parent = createIndex(n.row, 0, quintptr(i));
        Q_EMIT dataChanged(index(0, first, parent), index(n.children.size() - 1, last, parent));
    }
    if (!m_sectionNodes.isEmpty())
        Q_EMIT dataChanged(index(0, first), index(m_sectionNodes.size() - 1, last));
}

const Task *TaskTreeModel::task(const QModelIndex &index) const
{
    const Node *n = node(index);
    return n && !n->isSection ? &m_plan.tasks.at(n->item) : nullptr;
}

const Section *TaskTreeModel::section(const QModelIndex &index) const
{
    const Node *n = node(index);
    if (!n)
        return nullptr;
    return n->isSection ? &m_plan.sections.at(n->item)
                        : m_plan.section(m_plan.tasks.at(n->item).sectionId);
}

QModelIndex TaskTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || (parent.isValid() && parent.column() != 0))
        return {};
    const QList<int> &children = childrenOf(parent);
    if (row < 0 || row >= children.size())
        return {};
    return createIndex(row, column, quintptr(children.at(row)));
}

QModelIndex TaskTreeModel::parent(const QModelIndex &child) const
{
    const Node *n = node(child);
    if (!n || n->parent < 0)
        return {};
    return createIndex(m_nodes.at(n->parent).row, 0, quintptr(n->parent));
}

int TaskTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(childrenOf(parent).size());
}

int TaskTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant TaskTreeModel::data(const QModelIndex &index, int role) const
{
    const Node *n = node(index);
    if (!n)
        return {};

    if (role == SearchTextRole)
        return n->searchText;
    if (n->isSection)
        return sectionData(
            m_plan.sections.at(n->item), int(index.internalId()), index.column(), role);
    return taskData(m_plan.tasks.at(n->item), int(index.internalId()), index.column(), role);
}

QVariant TaskTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};

    if (role == Qt::DisplayRole) {
        switch (section) {
        case SttColumn:
            return tr("No.", "column of the row number (STT)");
        case TaskColumn:
            return tr("Task", "column header");
        case LeadColumn:
            return tr("Lead", "column of the lead units");
        case CoordinatingColumn:
            return tr("Coordinating", "column of the coordinating units");
        case CompletionColumn:
            return tr("Completion time", "column header");
        case StatusColumn:
            return m_statuses.asOf().isValid()
                       ? tr("Status on %1", "column header; %1 is the as-of date")
                             .arg(PlanText::date(m_statuses.asOf()))
                       : tr("Status", "column header");
        }
    } else if (role == Qt::ToolTipRole) {
        switch (section) {
        case SttColumn:
            return tr("Row number in the plan");
        case LeadColumn:
            return tr("Lead units: they answer for the task");
        case CoordinatingColumn:
            return tr("Coordinating units: they support the lead units");
        case CompletionColumn:
            return tr("Completion time as written in the plan");
        case StatusColumn:
            return tr("Follow-up status as of the date chosen in the toolbar");
        }
    }
    return {};
}

void TaskTreeModel::buildNodes()
{
    m_nodes.clear();
    m_sectionNodes.clear();
    m_taskNodes.clear();

    QHash<SectionId, int> sectionNode;
    for (qsizetype i = 0; i < m_plan.sections.size(); ++i) {
        const int id = int(m_nodes.size());
        m_nodes.append({true, i, -1, int(m_sectionNodes.size()), {}, {}});
        m_sectionNodes.append(id);
        sectionNode.insert(m_plan.sections.at(i).id, id);
    }

    // Tasks come in plan order with each sub-task after its task, so one pass suffices.
    QHash<TaskId, int> taskNode;
    for (qsizetype i = 0; i < m_plan.tasks.size(); ++i) {
        const Task &task = m_plan.tasks.at(i);
        const int parent = task.isSubTask() ? taskNode.value(task.parentId, -1)
                                            : sectionNode.value(task.sectionId, -1);
        if (parent < 0)
            continue;

        const int id = int(m_nodes.size());
        m_nodes.append({false, i, parent, int(m_nodes.at(parent).children.size()), {}, {}});
        m_nodes[parent].children.append(id);
        taskNode.insert(task.id, id);
    }
    m_taskNodes = taskNode;
}

void TaskTreeModel::foldSearchTexts()
{
    for (Node &n : m_nodes) {
        if (n.isSection) {
            const Section &section = m_plan.sections.at(n.item);
            n.searchText = foldedLines({section.titleVi, section.titleEn});
            continue;
        }

        const Task &task = m_plan.tasks.at(n.item);
        const QStringList parts{
            task.stt,
            task.contentVi,
            task.contentEn,
            m_agencies.joinedNames(task.leadIds, false),
            m_agencies.joinedNames(task.leadIds, true),
            m_agencies.joinedNames(task.coordinatingIds, false),
            m_agencies.joinedNames(task.coordinatingIds, true),
            task.deadline.text,
        };
        n.searchText = foldedLines(parts);
    }
}

const QList<int> &TaskTreeModel::childrenOf(const QModelIndex &parent) const
{
    const Node *n = node(parent);
    return n ? n->children : m_sectionNodes;
}

const TaskTreeModel::Node *TaskTreeModel::node(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    return &m_nodes.at(qsizetype(index.internalId()));
}

QVariant TaskTreeModel::sectionData(const Section &section, int order, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return column == SttColumn ? QVariant(section.heading(m_english)) : QVariant();
    case Qt::FontRole: {
        QFont font;
        font.setBold(true);
        return font;
    }
    case ItemKindRole:
        return int(ItemKind::Section);
    case SectionIdRole:
        return section.id;
    case SortRole:
        return qint64(order);
    }
    return {};
}

QVariant TaskTreeModel::taskData(const Task &task, int order, int column, int role) const
{
    // What a row is reads the same in every column, the status column included.
    switch (role) {
    case ItemKindRole:
        return int(task.isSubTask() ? ItemKind::SubTask : ItemKind::Task);
    case TaskIdRole:
        return task.id;
    case SectionIdRole:
        return task.sectionId;
    }

    if (column == StatusColumn || role >= StatusRole)
        return statusData(task, column, role);

    switch (role) {
    case Qt::DisplayRole:
        return taskDisplay(task, column);
    case Qt::ToolTipRole:
        return taskToolTip(task, column);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignTop);
    case SortRole:
        return taskSortKey(task, order, column);
    }
    return {};
}

QVariant TaskTreeModel::statusData(const Task &task, int column, int role) const
{
    const TaskStatus *status = m_statuses.task(task.id);
    if (!status) {
        switch (role) {
        case DeadlineRole:
            return QVariant::fromValue(task.deadline);
        }
        return {};
    }

    switch (role) {
    case Qt::DisplayRole:
        return statusLabel(status->status);
    case Qt::DecorationRole:
        return StatusStyle::icon(status->status);
    case Qt::ToolTipRole: {
        QString tip = statusLabel(status->status);
        if (status->dueSoon)
            tip += u'\n' + tr("Falls due soon.");
        if (status->deadlineChanged)
            tip += u'\n'
                   + tr("Deadline changed to “%1” (%2).")
                         .arg(status->deadline.text, PlanText::deadlineMeaning(status->deadline));
        if (status->judgedPeriod.isValid())
            tip += u'\n'
                   + tr("Period judged: %1 – %2")
                         .arg(PlanText::date(status->judgedPeriod.first),
                              PlanText::date(status->judgedPeriod.last));
        return tip;
    }
    case Qt::ForegroundRole:
        return StatusStyle::color(status->status).darker(115);
    case Qt::FontRole:
        if (status->dueSoon || status->status == Status::Overdue) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        // The icon is centred in the row; the label stays beside it.
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case SortRole:
        return int(status->status);
    case StatusRole:
        return int(status->status);
    case DueSoonRole:
        return status->dueSoon;
    case DeadlineRole:
        return QVariant::fromValue(status->deadline);
    case PercentRole:
        return status->percent;
    case JudgedUntilRole:
        return status->judgedPeriod.isValid() ? QVariant(status->judgedPeriod.last) : QVariant();
    }
    Q_UNUSED(column);
    return {};
}

QVariant TaskTreeModel::taskDisplay(const Task &task, int column) const
{
    switch (column) {
    case SttColumn:
        return task.stt;
    case TaskColumn:
        return task.content(m_english);
    case LeadColumn:
        return m_agencies.joinedNames(task.leadIds, m_english);
    case CoordinatingColumn:
        return m_agencies.joinedNames(task.coordinatingIds, m_english);
    case CompletionColumn:
        return task.deadline.text;
    }
    return {};
}

QVariant TaskTreeModel::taskToolTip(const Task &task, int column) const
{
    switch (column) {
    case LeadColumn:
        return PlanText::agenciesWithMembers(task.leadIds, m_agencies, m_english);
    case CoordinatingColumn:
        return PlanText::agenciesWithMembers(task.coordinatingIds, m_agencies, m_english);
    case CompletionColumn:
        return PlanText::deadlineMeaning(task.deadline);
    }
    return {};
}

QVariant TaskTreeModel::taskSortKey(const Task &task, int order, int column) const
{
    switch (column) {
    case SttColumn:
        return qint64(order);
    case CompletionColumn:
        // Rows without a single due date (ongoing, yearly) sort after every dated row.
        return task.deadline.due.isValid() ? task.deadline.due.toJulianDay()
                                           : std::numeric_limits<qint64>::max();
    }
    return taskDisplay(task, column);
}

} // namespace PlanTrack
