// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/agency.h"
#include "model/plan.h"
#include "schedule/statusengine.h"

#include <QAbstractItemModel>

namespace PlanTrack {

/// Presents one plan as a tree: sections, their tasks, and the sub-tasks of a task, each
/// in plan order. Plan texts and agency names follow the UI language (see setEnglish()).
class TaskTreeModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column {
        SttColumn,
        TaskColumn,
        LeadColumn,
        CoordinatingColumn,
        CompletionColumn,
        StatusColumn,
        ColumnCount,
    };

    explicit TaskTreeModel(QObject *parent = nullptr);

    /// Replaces the plan shown, with the agencies its tasks name.
    void setPlan(Plan plan, AgencyDirectory agencies);

    const Plan &plan() const { return m_plan; }

    const AgencyDirectory &agencies() const { return m_agencies; }

    bool isEnglish() const { return m_english; }

    /// Shows plan texts in English where the plan has them, else in Vietnamese, and
    /// refreshes the translated headers, so call it after every change of UI language.
    void setEnglish(bool english);

    /// Shows the statuses of a sheet (as of its date) in the status column and roles. Until
    /// a sheet is set, the model shows no status at all.
    void setStatuses(StatusSheet sheet);

    /// Returns the date of the statuses shown, or an invalid date when none are.
    QDate asOf() const { return m_statuses.asOf(); }

    const StatusSheet &statuses() const { return m_statuses; }

    /// Returns the status of a row as shown, or nullptr for a section or without a sheet.
    const TaskStatus *status(const QModelIndex &index) const;

    /// Returns the index of a row of the plan, in the given column.
    QModelIndex indexOf(TaskId id, int column = 0) const;

    /// Returns the task or sub-task of a row, or nullptr for a section row.
    const Task *task(const QModelIndex &index) const;

    /// Returns the section of a row, or of the task of a row.
    const Section *section(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node
    {
        bool isSection = false;
        qsizetype item = 0; ///< index in m_plan.sections or m_plan.tasks
        int parent = -1;    ///< index in m_nodes, -1 for a section
        int row = 0;
        QList<int> children;
        QString searchText;
    };

    void buildNodes();
    void foldSearchTexts();
    const QList<int> &childrenOf(const QModelIndex &parent) const;
    const Node *node(const QModelIndex &index) const;

    QVariant sectionData(const Section &section, int order, int column, int role) const;
    QVariant taskData(const Task &task, int order, int column, int role) const;
    QVariant taskDisplay(const Task &task, int column) const;
    QVariant taskToolTip(const Task &task, int column) const;
    QVariant taskSortKey(const Task &task, int order, int column) const;
    QVariant statusData(const Task &task, int column, int role) const;
    void emitColumnChanged(int first, int last);

    Plan m_plan;
    AgencyDirectory m_agencies;
    QList<Node> m_nodes;
    QList<int> m_sectionNodes;
    QHash<TaskId, int> m_taskNodes;
    StatusSheet m_statuses;
    bool m_english = false;
};

} // namespace PlanTrack
