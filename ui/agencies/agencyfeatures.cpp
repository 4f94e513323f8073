// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "agencyfeatures.h"

#include "agencydock.h"
#include "agencyediting.h"
#include "agencyoverview.h"
#include "mainwindow/mainwindow.h"
#include "responsibilitymatrixview.h"
#include "taskdrophelper.h"
#include "tasks/tasktreemodel.h"
#include "workspace/workspacesession.h"

#include <QAction>
#include <QEvent>
#include <QMenu>
#include <QPointer>

using namespace Qt::StringLiterals;

namespace PlanTrack {

namespace {

/// Holds what the agency features add to one main window, and keeps it up to date.
class AgencyFeatures final : public QObject
{
    Q_DECLARE_TR_FUNCTIONS(PlanTrack::AgencyFeatures)

public:
    explicit AgencyFeatures(MainWindow &window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void showMatrix();
    void showOverview();
    void follow();
    void refreshWindows();

    MainWindow &m_window;
    AgencyEditing *m_editing;
    QMenu *m_menu;
    QAction *m_matrixAction;
    QAction *m_overviewAction;
    QPointer<ResponsibilityMatrixView> m_matrix;
    QPointer<AgencyOverview> m_overview;
    QPointer<WorkspaceSession> m_followed;
};

AgencyFeatures::AgencyFeatures(MainWindow &window)
    : QObject(&window)
    , m_window(window)
    , m_editing(new AgencyEditing(window))
    , m_menu(window.featureMenu(u"agencies"_s))
    , m_matrixAction(new QAction(this))
    , m_overviewAction(new QAction(this))
{
    setObjectName(u"agencyFeatures"_s);
    new TaskDropHelper(window);

    m_matrixAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_overviewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    connect(m_matrixAction, &QAction::triggered, this, &AgencyFeatures::showMatrix);
    connect(m_overviewAction, &QAction::triggered, this, &AgencyFeatures::showOverview);

    AgencyDock *dock = window.agencyDock();
    dock->addEditActions(m_editing->treeActions());
    // F2 renames while the pane has the focus.
    dock->addAction(m_editing->editAction());
    dock->addContextActions(
        {m_editing->removeFromGroupAction(), nullptr, m_overviewAction, dock->showRetiredAction()});

    m_menu->addActions({m_editing->newAgencyAction(), m_editing->newGroupAction()});
    m_menu->addSeparator();
    m_menu->addActions({m_editing->editAction(),
                        m_editing->membersAction(),
                        m_editing->mergeAction(),
                        m_editing->retireAction()});
    m_menu->addSeparator();
    m_menu->addAction(m_editing->unitsAction());
    m_menu->addSeparator();
    m_menu->addActions({m_matrixAction, m_overviewAction});
    m_menu->addSeparator();
    m_menu->addAction(dock->showRetiredAction());

    connect(&window, &MainWindow::sessionChanged, this, &AgencyFeatures::follow);
    connect(&window, &MainWindow::statusesRefreshed, this, &AgencyFeatures::follow);
    window.installEventFilter(this);
    retranslate();
    follow();
}

bool AgencyFeatures::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == &m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void AgencyFeatures::retranslate()
{
    m_menu->setTitle(tr("&Agencies"));
    m_matrixAction->setText(tr("Responsibility &Matrix"));
    m_matrixAction->setToolTip(tr("Show who leads and who coordinates each row, for printing"));
    m_overviewAction->setText(tr("Agency &Overview"));
    m_overviewAction->setToolTip(
        tr("Show the rows of one agency with their status and counts, for a meeting"));
    m_editing->retranslate();
}

// The window tells of a new workspace, a reload or a new as-of date; the open views and
// the actions follow whichever it was.
void AgencyFeatures::follow()
{
    WorkspaceSession *session = m_window.session();
    if (session != m_followed) {
        m_followed = session;
        if (m_overview)
            m_overview->setSession(session);
    }
    m_editing->updateActions();
    refreshWindows();
}

void AgencyFeatures::refreshWindows()
{
    if (m_matrix && m_matrix->isVisible())
        m_matrix->setPlan(m_window.taskModel()->plan(), m_window.taskModel()->agencies());
    if (m_overview)
        m_overview->setAsOf(m_window.asOf());
}

void AgencyFeatures::showMatrix()
{
    if (!m_matrix) {
        m_matrix = new ResponsibilityMatrixView(&m_window);
        m_matrix->setWindowFlag(Qt::Window);
    }
    m_matrix->setPlan(m_window.taskModel()->plan(), m_window.taskModel()->agencies());
    m_matrix->show();
    m_matrix->raise();
    m_matrix->activateWindow();
}

void AgencyFeatures::showOverview()
{
    if (!m_overview) {
        m_overview = new AgencyOverview(&m_window);
        m_overview->setWindowFlag(Qt::Window);
        m_overview->setSession(m_window.session());
    }
    m_overview->setAsOf(m_window.asOf());
    if (const AgencyId chosen = m_window.agencyDock()->agencyId())
        m_overview->setAgencyId(chosen);
    m_overview->show();
    m_overview->raise();
    m_overview->activateWindow();
}

} // namespace

void installAgencyFeatures(MainWindow &window)
{
    if (!window.findChild<QObject *>(u"agencyFeatures"_s, Qt::FindDirectChildrenOnly))
        new AgencyFeatures(window);
}

} // namespace PlanTrack
