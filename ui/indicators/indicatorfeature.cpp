// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "indicatorfeature.h"

#include "indicatorchartpanel.h"
#include "indicatordashboard.h"
#include "indicatordialog.h"
#include "indicators/indicatorbook.h"
#include "mainwindow/mainwindow.h"
#include "observationentrydialog.h"
#include "workspace/workspacesession.h"

#include <QAction>
#include <QDockWidget>
#include <QEvent>
#include <QLabel>
#include <QMenu>
#include <QScrollArea>

using namespace Qt::StringLiterals;

namespace PlanTrack {

namespace {

constexpr auto menuKey = "indicators"_L1;

} // namespace

IndicatorFeature::IndicatorFeature(MainWindow &window)
    : QObject(&window)
    , m_window(window)
    , m_dashboardDock(new QDockWidget(&window))
    , m_chartDock(new QDockWidget(&window))
    , m_enterAction(new QAction(this))
    , m_editAction(new QAction(this))
{
    setObjectName(u"indicatorFeature"_s);
    m_dashboardDock->setObjectName(u"indicatorDashboardDock"_s);
    m_chartDock->setObjectName(u"indicatorChartDock"_s);
    window.addDockWidget(Qt::BottomDockWidgetArea, m_dashboardDock);
    window.addDockWidget(Qt::BottomDockWidgetArea, m_chartDock);
    window.tabifyDockWidget(m_dashboardDock, m_chartDock);
    m_dashboardDock->raise();

    m_enterAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    enableActions(false);
    QMenu *menu = window.featureMenu(menuKey);
    menu->addAction(m_enterAction);
    menu->addAction(m_editAction);
    menu->addSeparator();
    menu->addAction(m_dashboardDock->toggleViewAction());
    menu->addAction(m_chartDock->toggleViewAction());

    connect(m_enterAction, &QAction::triggered, this, [this] { enterObservations(); });
    connect(m_editAction, &QAction::triggered, this, [this] { editIndicator(); });
    connect(&window, &MainWindow::sessionChanged, this, &IndicatorFeature::followSession);
    connect(&window, &MainWindow::statusesRefreshed, this, &IndicatorFeature::followAsOf);
    window.installEventFilter(this);

    retranslateUi();
    followSession();
}

IndicatorFeature::~IndicatorFeature()
{
    dropBook();
}

void IndicatorFeature::dropBook()
{
    delete m_entry;
    // The widgets refer to the book: they go first.
    delete m_dashboardDock->widget();
    delete m_chartDock->widget();
    m_book.reset();
}

void IndicatorFeature::followSession()
{
    WorkspaceSession *session = m_window.session();
    if (session == m_session && (m_book || !session))
        return;

    dropBook();
    m_session = session;
    if (!session) {
        enableActions(false);
        Q_EMIT bookChanged(nullptr);
        return;
    }
    // A session going away takes the book with it, before anything can use it.
    disconnect(m_sessionGone);
    m_sessionGone = connect(session, &QObject::destroyed, this, [this] {
        dropBook();
        enableActions(false);
        Q_EMIT bookChanged(nullptr);
    });

    QString error;
    m_book = IndicatorBook::open(*session, &error);
    enableActions(m_book != nullptr);
    if (!m_book) {
        auto *message = new QLabel(tr("The targets could not be read: %1").arg(error));
        message->setWordWrap(true);
        m_dashboardDock->setWidget(message);
        Q_EMIT bookChanged(nullptr);
        return;
    }

    m_dashboard = new IndicatorDashboard(*m_book);
    m_dashboard->setAsOf(m_window.asOf());
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_dashboard);
    m_dashboardDock->setWidget(scroll);
    m_chartPanel = new IndicatorChartPanel(*m_book);
    m_chartPanel->setAsOf(m_window.asOf());
    m_chartDock->setWidget(m_chartPanel);

    connect(
        m_dashboard, &IndicatorDashboard::indicatorActivated, this, &IndicatorFeature::showCharts);
    Q_EMIT bookChanged(m_book.get());
}

void IndicatorFeature::enableActions(bool enabled)
{
    m_enterAction->setEnabled(enabled);
    m_editAction->setEnabled(enabled);
}

void IndicatorFeature::followAsOf(QDate date)
{
    if (m_dashboard)
        m_dashboard->setAsOf(date);
    if (m_chartPanel)
        m_chartPanel->setAsOf(date);
    if (m_entry)
        m_entry->setAsOf(date);
}

void IndicatorFeature::showCharts(IndicatorId id)
{
    if (!m_chartPanel)
        return;
    m_chartPanel->setIndicatorId(id);
    m_chartDock->show();
    m_chartDock->raise();
}

void IndicatorFeature::enterObservations(IndicatorId id)
{
    if (!m_book)
        return;
    if (!m_entry) {
        m_entry = new ObservationEntryDialog(*m_book, m_window.undoStack(), &m_window);
        m_entry->setAttribute(Qt::WA_DeleteOnClose);
        m_entry->setAsOf(m_window.asOf());
    }
    if (id != 0)
        m_entry->setIndicatorId(id);
    else if (m_chartPanel)
        m_entry->setIndicatorId(m_chartPanel->indicatorId());
    m_entry->show();
    m_entry->raise();
    m_entry->activateWindow();
}

void IndicatorFeature::editIndicator(IndicatorId id)
{
    if (!m_book)
        return;
    if (id == 0 && m_chartPanel)
        id = m_chartPanel->indicatorId();
    if (!m_book->indicator(id))
        return;
    IndicatorDialog dialog(*m_book, id, m_window.undoStack(), &m_window);
    dialog.exec();
}

bool IndicatorFeature::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == &m_window && event->type() == QEvent::LanguageChange)
        retranslateUi();
    return QObject::eventFilter(watched, event);
}

void IndicatorFeature::retranslateUi()
{
    m_window.featureMenu(menuKey)->setTitle(tr("&Indicators"));
    m_enterAction->setText(tr("&Enter Observations…"));
    m_editAction->setText(tr("Edit &Indicator…"));
    m_editAction->setStatusTip(
        tr("Change the names, baseline, reporting frequency or colour band of the target the "
           "charts show"));
    m_enterAction->setStatusTip(
        tr("Enter one period's figures of a target for every agency at once"));
    m_dashboardDock->setWindowTitle(tr("Targets"));
    m_chartDock->setWindowTitle(tr("Target Charts"));
}

} // namespace PlanTrack
