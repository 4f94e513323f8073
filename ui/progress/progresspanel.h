// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/progress.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QUndoCommand;
class QUndoStack;

namespace PlanTrack {

class WorkspaceSession;

/// Shows how the selected row stands as of the chosen date and how it got there: each
/// responsible agency's status, every progress update, the deadline with its changes, and
/// the change log. Adding, editing and removing updates and changing the deadline start
/// here, each an undoable step.
class ProgressPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit ProgressPanel(QWidget *parent = nullptr);

    void setSession(WorkspaceSession *session, QUndoStack *undoStack);
    void setAsOf(QDate asOf);

    /// Shows a row, or nothing for 0.
    void setTask(TaskId taskId);

    TaskId taskId() const { return m_taskId; }

public Q_SLOTS:
    void addUpdate();
    void editSelectedUpdate();
    void removeSelectedUpdate();
    void changeDeadline();
    void withdrawSelectedChange();
    void refresh();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillAgencies();
    void fillUpdates();
    void fillDeadlines();
    void fillHistory();
    void updateButtons();
    void push(std::unique_ptr<QUndoCommand> command, const QString &error);
    UpdateId selectedUpdate() const;

    QPointer<WorkspaceSession> m_session;
    QPointer<QUndoStack> m_undoStack;
    QDate m_asOf;
    TaskId m_taskId = 0;
    QList<ProgressUpdate> m_updates;

    QLabel *m_title = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableWidget *m_agencies = nullptr;
    QTableWidget *m_updateTable = nullptr;
    QTableWidget *m_deadlineTable = nullptr;
    QTableWidget *m_historyTable = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_editButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QPushButton *m_deadlineButton = nullptr;
    QPushButton *m_withdrawButton = nullptr;
};

} // namespace PlanTrack
