// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/plan.h"

#include <QObject>
#include <QPointer>

class QDropEvent;
class QWidget;

namespace PlanTrack {

class MainWindow;

/// Lets agencies dragged from the agency pane be dropped onto a row of the main window's
/// task tree: the agency becomes a coordinating unit of the row, or with Shift held its
/// lead unit, as one undoable step. The row under the pointer is outlined while dragging.
class TaskDropHelper final : public QObject
{
    Q_OBJECT

public:
    explicit TaskDropHelper(MainWindow &window);

    /// Returns the row a drop at a point of the task view's viewport lands on, or nullptr.
    const Task *taskAt(const QPoint &position) const;

    /// Gives a row the agency as its lead (asLead) or as a coordinating unit; returns
    /// whether anything changed, with *error set when the change was refused.
    bool addUnit(TaskId taskId, AgencyId agencyId, bool asLead, QString *error);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool judgeDrag(QDropEvent *event);
    void drop(QDropEvent *event);
    void outline(const QPoint &position);

    QPointer<MainWindow> m_window;
    QWidget *m_outline;
};

} // namespace PlanTrack
