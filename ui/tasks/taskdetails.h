// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPersistentModelIndex>
#include <QPointer>
#include <QTextBrowser>

namespace PlanTrack {

class TaskFilterModel;
struct Section;
struct Task;

/// Shows everything the plan says about the selected row: its number and section, its
/// full text in both languages, its units (with the members of groups), its completion
/// time and, for an indicator row, the target.
class TaskDetails final : public QTextBrowser
{
    Q_OBJECT

public:
    explicit TaskDetails(QWidget *parent = nullptr);

    void setModel(TaskFilterModel *model);

    /// Shows the row of the model at index; an invalid index shows a hint instead.
    void showIndex(const QModelIndex &index);

protected:
    void changeEvent(QEvent *event) override;

private:
    void scheduleRefresh();
    void refresh();
    QString sectionHtml(const Section &section) const;
    QString taskHtml(const Task &task) const;
    QString involvementHtml(const Task &task) const;

    QPointer<TaskFilterModel> m_model;
    QPersistentModelIndex m_index;
    bool m_refreshPending = false;
};

} // namespace PlanTrack
