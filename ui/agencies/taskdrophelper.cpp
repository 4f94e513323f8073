// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "taskdrophelper.h"

#include "agencycommands.h"
#include "agencytreemodel.h"
#include "language.h"
#include "mainwindow/mainwindow.h"
#include "tasks/taskfiltermodel.h"
#include "tasks/tasktreeview.h"
#include "workspace/workspacesession.h"

#include <QDragMoveEvent>
#include <QDropEvent>
#include <QMessageBox>
#include <QMimeData>
#include <QPainter>
#include <QToolTip>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace PlanTrack {

namespace {

/// Draws a frame around the row a drop would land on, without taking any input.
class RowOutline final : public QWidget
{
public:
    explicit RowOutline(QWidget *parent)
        : QWidget(parent)
    {
        setAttribute(Qt::WA_TransparentForMouseEvents);
        hide();
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        QPen pen(palette().color(QPalette::Highlight), 2);
        painter.setPen(pen);
        painter.drawRect(rect().adjusted(1, 1, -1, -1));
    }
};

} // namespace

TaskDropHelper::TaskDropHelper(MainWindow &window)
    : QObject(&window)
    , m_window(&window)
    , m_outline(new RowOutline(window.taskView()->viewport()))
{
    window.taskView()->viewport()->setAcceptDrops(true);
    window.taskView()->viewport()->installEventFilter(this);
}

const Task *TaskDropHelper::taskAt(const QPoint &position) const
{
    TaskTreeView *view = m_window ? m_window->taskView() : nullptr;
    return view ? m_window->filterModel()->task(view->indexAt(position)) : nullptr;
}

bool TaskDropHelper::addUnit(TaskId taskId, AgencyId agencyId, bool asLead, QString *error)
{
    WorkspaceSession *session = m_window ? m_window->session() : nullptr;
    const Task *task = session ? session->task(taskId) : nullptr;
    if (!task || !session->agencies().byId(agencyId))
        return false;

    QList<AgencyId> leads = task->leadIds;
    QList<AgencyId> coordinating = task->coordinatingIds;
    if (asLead) {
        coordinating.removeAll(agencyId);
        if (!leads.contains(agencyId))
            leads.append(agencyId);
    } else if (!leads.contains(agencyId) && !coordinating.contains(agencyId)) {
        coordinating.append(agencyId);
    }

    std::unique_ptr<QUndoCommand> command =
        AgencyCommands::setResponsibilities(*session, taskId, leads, coordinating, error);
    if (!command)
        return false;
    m_window->undoStack()->push(command.release());
    return true;
}

bool TaskDropHelper::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove:
        if (AgencyTreeModel::agencyOf(static_cast<QDropEvent *>(event)->mimeData()))
            return judgeDrag(static_cast<QDropEvent *>(event));
        break;
    case QEvent::DragLeave:
        m_outline->hide();
        break;
    case QEvent::Drop:
        if (AgencyTreeModel::agencyOf(static_cast<QDropEvent *>(event)->mimeData())) {
            drop(static_cast<QDropEvent *>(event));
            return true;
        }
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

// Says on the spot what a drop would do, and refuses it where there is no row.
bool TaskDropHelper::judgeDrag(QDropEvent *event)
{
    const QPoint position = event->position().toPoint();
    const Task *task = taskAt(position);
    WorkspaceSession *session = m_window ? m_window->session() : nullptr;
    const Agency *agency =
        session ? session->agencies().byId(AgencyTreeModel::agencyOf(event->mimeData())) : nullptr;
    if (!task || !agency) {
        m_outline->hide();
        event->ignore();
        return true;
    }

    outline(position);
    const bool asLead = event->modifiers().testFlag(Qt::ShiftModifier);
    const QString name = agency->name(usesEnglish());
    const QString text =
        asLead
            ? tr("Make %1 a lead unit of row %2").arg(name, task->stt)
            : tr("Make %1 a coordinating unit of row %2 (Shift: lead unit)").arg(name, task->stt);
    QToolTip::showText(m_window->taskView()->viewport()->mapToGlobal(position), text);
    event->setDropAction(Qt::CopyAction);
    event->accept();
    return true;
}

void TaskDropHelper::drop(QDropEvent *event)
{
    m_outline->hide();
    QToolTip::hideText();
    const Task *task = taskAt(event->position().toPoint());
    const AgencyId agencyId = AgencyTreeModel::agencyOf(event->mimeData());
    if (!task) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::CopyAction);
    event->accept();

    // The change rebuilds the task tree, so it waits until the drop is over.
    const TaskId taskId = task->id;
    const bool asLead = event->modifiers().testFlag(Qt::ShiftModifier);
    QMetaObject::invokeMethod(
        this,
        [this, taskId, agencyId, asLead] {
            QString error;
            if (!addUnit(taskId, agencyId, asLead, &error) && !error.isEmpty())
                QMessageBox::warning(m_window, tr("Agencies"), error);
        },
        Qt::QueuedConnection);
}

void TaskDropHelper::outline(const QPoint &position)
{
    TaskTreeView *view = m_window->taskView();
    const QModelIndex index = view->indexAt(position);
    QRect row = view->visualRect(index.siblingAtColumn(0));
    row.setLeft(0);
    row.setRight(view->viewport()->width() - 1);
    m_outline->setGeometry(row);
    m_outline->show();
    m_outline->raise();
}

} // namespace PlanTrack
