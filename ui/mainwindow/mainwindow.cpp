// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "agencies/agencydock.h"
#include "agencies/agencyfeatures.h"
#include "asofcontrol.h"
#include "editing/sessioncommand.h"
#include "gantt/ganttlegend.h"
#include "gantt/ganttprinter.h"
#include "gantt/ganttview.h"
#include "indicators/indicatorchartpanel.h"
#include "indicators/indicatordashboard.h"
#include "indicators/indicatorfeature.h"
#include "language.h"
#include "progress/progresscommands.h"
#include "progress/progressimport.h"
#include "progress/progresspanel.h"
#include "progress/rulesdialog.h"
#include "recentmenu.h"
#include "report/reportfeatures.h"
#include "roles.h"
#include "status/statusstyle.h"
#include "tasks/plantext.h"
#include "tasks/taskdetails.h"
#include "tasks/taskfiltermodel.h"
#include "tasks/tasktreemodel.h"
#include "tasks/tasktreeview.h"
#include "translations.h"
#include "workspace/workspace.h"
#include "workspace/workspacesession.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace PlanTrack {

namespace {

constexpr auto geometryKey = "ui/mainWindow/geometry"_L1;
constexpr auto stateKey = "ui/mainWindow/state"_L1;
constexpr auto headerKey = "ui/taskTree/header"_L1;
constexpr auto splitterKey = "ui/mainWindow/splitter"_L1;
constexpr auto timelineKey = "ui/timeline/visible"_L1;
constexpr auto zoomKey = "ui/timeline/zoom"_L1;

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

int topLevelTaskCount(const QAbstractItemModel &model)
{
    int count = 0;
    const int sections = model.rowCount();
    for (int row = 0; row < sections; ++row)
        count += model.rowCount(model.index(row, 0));
    return count;
}

QList<TaskId> topLevelTaskIds(const QAbstractItemModel &model)
{
    QList<TaskId> ids;
    for (int s = 0; s < model.rowCount(); ++s) {
        const QModelIndex section = model.index(s, 0);
        for (int row = 0; row < model.rowCount(section); ++row)
            ids.append(model.index(row, 0, section).data(TaskIdRole).toLongLong());
    }
    return ids;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_undoStack(new QUndoStack(this))
    , m_taskModel(new TaskTreeModel(this))
    , m_filterModel(new TaskFilterModel(this))
{
    setObjectName(u"mainWindow"_s);
    m_filterModel->setSourceModel(m_taskModel);
    SessionCommand::setErrorHandler([this](const QString &error) {
        QMessageBox::warning(
            this, tr("PlanTrack"), tr("The step could not be undone or redone: %1").arg(error));
    });

    createActions();
    createDocks();
    createCentralWidget();
    createMenus();
    createStatusBar();
    retranslateUi();

    // Features add their menus and docks before the saved layout is restored, so that the
    // layout places their docks too.
    installAgencyFeatures(*this);
    m_indicators = new IndicatorFeature(*this);
    installReportFeatures(*this);
    // By default the indicators share the bottom area with the progress of the selected row,
    // leaving the task tree and the timeline their height.
    tabifyDockWidget(m_progressDock, m_indicators->dashboardDock());
    tabifyDockWidget(m_indicators->dashboardDock(), m_indicators->chartDock());
    m_indicators->chartDock()->hide();
    m_progressDock->raise();
    readSettings();
}

MainWindow::~MainWindow() = default;

bool MainWindow::openWorkspace(const QString &path, QString *error)
{
    // A city-wide workspace takes a moment to read.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    std::unique_ptr<WorkspaceSession> session = WorkspaceSession::open(path, error);
    QApplication::restoreOverrideCursor();
    if (!session)
        return false;

    // Steps of the workspace closed now cannot be undone in the next one.
    m_undoStack->clear();
    m_progressPanel->setSession(nullptr, nullptr);
    m_session = std::move(session);
    m_path = QFileInfo(path).absoluteFilePath();
    Workspace::rememberPath(m_path);
    m_recentMenu->add(m_path);
    showSession();
    return true;
}

QDate MainWindow::asOf() const
{
    return m_asOf->date();
}

void MainWindow::setAsOf(QDate date)
{
    m_asOf->setDate(date);
}

bool MainWindow::openAtStartup(const QString &path)
{
    QString candidate = path.isEmpty() ? Workspace::lastUsedPath() : path;
    QString error;
    bool opened = false;

    // Only the default workspace is created silently: a missing last workspace is
    // usually on a drive that is not plugged in.
    const bool missing = path.isEmpty() && !QFileInfo::exists(candidate)
                         && QFileInfo(candidate) != QFileInfo(Workspace::defaultPath());
    if (missing)
        error = tr("The file does not exist. If it is on a removable drive, insert the drive "
                   "and try again.");
    else
        opened = openWorkspace(candidate, &error);

    while (!opened) {
        QMessageBox box(QMessageBox::Critical,
                        tr("PlanTrack"),
                        tr("The workspace “%1” could not be opened.").arg(nativePath(candidate)),
                        QMessageBox::NoButton,
                        this);
        box.setInformativeText(error);
        QPushButton *openButton = box.addButton(tr("&Open Another…"), QMessageBox::AcceptRole);
        QPushButton *newButton = box.addButton(tr("&New Workspace…"), QMessageBox::AcceptRole);
        box.addButton(tr("&Quit"), QMessageBox::RejectRole);
        box.setDefaultButton(openButton);
        box.exec();

        QString next;
        if (box.clickedButton() == openButton)
            next = askWorkspaceToOpen();
        else if (box.clickedButton() == newButton)
            next = askNewWorkspacePath();
        else
            return false;

        if (!next.isEmpty()) {
            candidate = next;
            opened = openWorkspace(candidate, &error);
        }
    }
    return true;
}

void MainWindow::newWorkspace()
{
    const QString path = askNewWorkspacePath();
    QString error;
    if (!path.isEmpty() && !openWorkspace(path, &error))
        showOpenError(path, error);
}

void MainWindow::chooseWorkspace()
{
    const QString path = askWorkspaceToOpen();
    if (!path.isEmpty())
        openFromUser(path);
}

void MainWindow::showAbout()
{
    const QString text =
        "<h3>PlanTrack "_L1 % QCoreApplication::applicationVersion().toHtmlEscaped() % "</h3><p>"_L1
        % tr("Follows the tasks of a government implementation plan: who leads and who "
             "coordinates each one, and when each is due.")
              .toHtmlEscaped()
        % "</p><p>"_L1
        % tr("Licence: GNU General Public License, version 3 or later.").toHtmlEscaped()
        % "</p>"_L1;
    QMessageBox::about(this, tr("About PlanTrack"), text);
}

void MainWindow::addUpdate()
{
    m_progressPanel->addUpdate();
}

void MainWindow::changeDeadline()
{
    m_progressPanel->changeDeadline();
}

void MainWindow::editScheduleRules()
{
    if (!m_session)
        return;
    RulesDialog dialog(m_session->rules(), this);
    if (dialog.exec() != QDialog::Accepted || dialog.rules() == m_session->rules())
        return;
    QString error;
    if (std::unique_ptr<QUndoCommand> command =
            ProgressCommands::setRules(*m_session, dialog.rules(), &error))
        m_undoStack->push(command.release());
    else
        QMessageBox::warning(this, tr("PlanTrack"), error);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::showEvent(QShowEvent *event)
{
    // Docks only take a size once the window has its own, on the first showing.
    if (!m_layoutRestored) {
        m_layoutRestored = true;
        const int em = fontMetrics().averageCharWidth();
        resizeDocks({m_agencyDock}, {em * 40}, Qt::Horizontal);
        if (!m_splitterRestored) {
            const int width = m_splitter->width();
            m_splitter->setSizes({width * 11 / 20, width * 9 / 20});
        }
        const int bottom = std::max(fontMetrics().height() * 10, height() * 3 / 10);
        resizeDocks({m_detailsDock, m_progressDock}, {bottom, bottom}, Qt::Vertical);
        m_taskView->setFocus();
    }
    QMainWindow::showEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    writeSettings();
    event->accept();
}

void MainWindow::createActions()
{
    m_newAction = new QAction(this);
    m_newAction->setShortcut(QKeySequence::New);
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newWorkspace);

    m_openAction = new QAction(this);
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::chooseWorkspace);

    // QKeySequence::Quit has no binding on Windows, where users still expect Ctrl+Q here.
    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_findAction = new QAction(this);
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, &MainWindow::focusSearch);

    m_expandAction = new QAction(this);
    m_collapseAction = new QAction(this);

    m_undoAction = m_undoStack->createUndoAction(this);
    m_undoAction->setShortcuts(QKeySequence::Undo);
    m_redoAction = m_undoStack->createRedoAction(this);
    // Windows users press Ctrl+Y; Qt gives Ctrl+Shift+Z elsewhere.
    m_redoAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Y), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)});

    m_addUpdateAction = new QAction(this);
    m_addUpdateAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_U));
    m_addUpdateAction->setIcon(StatusStyle::icon(Status::OnTrack));
    connect(m_addUpdateAction, &QAction::triggered, this, &MainWindow::addUpdate);

    m_changeDeadlineAction = new QAction(this);
    connect(m_changeDeadlineAction, &QAction::triggered, this, &MainWindow::changeDeadline);

    m_rulesAction = new QAction(this);
    connect(m_rulesAction, &QAction::triggered, this, &MainWindow::editScheduleRules);

    m_importProgressAction = new QAction(this);
    connect(m_importProgressAction, &QAction::triggered, this, [this] {
        if (m_session)
            ProgressImport::importTable(this, *m_session, *m_undoStack, m_planCode);
    });
    m_exportTemplateAction = new QAction(this);
    connect(m_exportTemplateAction, &QAction::triggered, this, [this] {
        if (m_session)
            ProgressImport::exportTemplate(this, *m_session, m_planCode);
    });

    m_asOf =
        new AsOfControl(this, [this] { return m_session ? m_session->rules() : ScheduleRules(); });
    connect(m_asOf, &AsOfControl::dateChanged, this, &MainWindow::refreshStatuses);

    m_fullScreenAction = new QAction(this);
    m_fullScreenAction->setCheckable(true);
    m_fullScreenAction->setShortcuts(QKeySequence::FullScreen);
    if (m_fullScreenAction->shortcuts().isEmpty())
        m_fullScreenAction->setShortcut(QKeySequence(Qt::Key_F11));
    connect(m_fullScreenAction, &QAction::toggled, this, [this](bool full) {
        setWindowState(full ? windowState() | Qt::WindowFullScreen
                            : windowState() & ~Qt::WindowFullScreen);
    });

    m_aboutAction = new QAction(this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    m_aboutQtAction = new QAction(this);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);

    // Language names are written in their own language, so that anyone can find theirs.
    m_languageGroup = new QActionGroup(this);
    const QList<std::pair<QString, QString>> languages{{u"vi"_s, u"Tiếng Việt"_s},
                                                       {u"en"_s, u"English"_s}};
    for (const auto &[code, name] : languages) {
        QAction *action = m_languageGroup->addAction(name);
        action->setData(code);
        action->setCheckable(true);
        action->setChecked(code == Translations::current());
        connect(action, &QAction::triggered, this, [this, code] { switchLanguage(code); });
    }
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_newAction);
    m_fileMenu->addAction(m_openAction);
    m_recentMenu = new RecentMenu(this);
    connect(m_recentMenu, &RecentMenu::openRequested, this, &MainWindow::openFromUser);
    m_fileMenu->addMenu(m_recentMenu);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_importProgressAction);
    m_fileMenu->addAction(m_exportTemplateAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_printTimelineAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_addUpdateAction);
    m_editMenu->addAction(m_changeDeadlineAction);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_findAction);
    m_viewMenu->addAction(m_agencyDock->showAllAction());
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_expandAction);
    m_viewMenu->addAction(m_collapseAction);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_timelineAction);
    m_viewMenu->addAction(m_gantt->zoomInAction());
    m_viewMenu->addAction(m_gantt->zoomOutAction());
    m_viewMenu->addAction(m_gantt->fitAction());
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_agencyDock->toggleViewAction());
    m_viewMenu->addAction(m_detailsDock->toggleViewAction());
    m_viewMenu->addAction(m_progressDock->toggleViewAction());
    m_viewMenu->addAction(m_mainToolBar->toggleViewAction());
    m_viewMenu->addSeparator();
    m_viewMenu->addMenu(m_asOf->menu());
    m_viewMenu->addAction(m_fullScreenAction);

    m_settingsMenu = menuBar()->addMenu(QString());
    m_languageMenu = m_settingsMenu->addMenu(QString());
    m_languageMenu->addActions(m_languageGroup->actions());
    m_settingsMenu->addAction(m_rulesAction);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);
    m_helpMenu->addAction(m_aboutQtAction);
}

void MainWindow::createCentralWidget()
{
    m_search = new QLineEdit;
    m_search->setObjectName(u"taskSearch"_s);
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_filterModel, &TaskFilterModel::setSearchText);

    m_filterLabel = new QLabel;
    m_filterLabel->setWordWrap(true);
    m_showAllButton = new QToolButton;
    m_showAllButton->setDefaultAction(m_agencyDock->showAllAction());

    m_filterBar = new QWidget;
    auto *filterLayout = new QHBoxLayout(m_filterBar);
    filterLayout->setContentsMargins(0, 0, 0, 0);
    filterLayout->addWidget(m_filterLabel, 1);
    filterLayout->addWidget(m_showAllButton);
    m_filterBar->hide();

    m_taskView = new TaskTreeView;
    m_taskView->setObjectName(u"taskTree"_s);
    m_taskView->setModel(m_filterModel);
    m_taskView->resetColumnWidths();
    connect(m_expandAction, &QAction::triggered, m_taskView, &QTreeView::expandAll);
    connect(m_collapseAction, &QAction::triggered, m_taskView, &QTreeView::collapseAll);

    m_mainToolBar = addToolBar(QString());
    m_mainToolBar->setObjectName(u"mainToolBar"_s);
    m_mainToolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_planCombo = new QComboBox;
    m_planCombo->setObjectName(u"planChooser"_s);
    m_planCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_planCombo->setMaximumWidth(fontMetrics().averageCharWidth() * 60);
    connect(m_planCombo, &QComboBox::activated, this, [this](int index) {
        showPlan(m_planCombo->itemData(index).toString());
    });
    m_planComboAction = m_mainToolBar->addWidget(m_planCombo);
    m_asOf->addTo(*m_mainToolBar);
    m_mainToolBar->addSeparator();
    m_mainToolBar->addAction(m_addUpdateAction);
    m_mainToolBar->addAction(m_undoAction);
    m_mainToolBar->addAction(m_redoAction);

    // The timeline shares the tree's model, selection and rows, and sits beside it.
    m_gantt = new GanttView;
    m_gantt->setObjectName(u"timeline"_s);
    m_gantt->setTreeView(m_taskView);
    m_ganttLegend = new GanttLegend;
    auto *timeline = new QWidget;
    auto *timelineLayout = new QVBoxLayout(timeline);
    timelineLayout->setContentsMargins(0, 0, 0, 0);
    timelineLayout->addWidget(m_gantt, 1);
    timelineLayout->addWidget(m_ganttLegend);
    connect(m_gantt, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        m_taskView->setCurrentIndex(index.siblingAtColumn(0));
        addUpdate();
    });

    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->setObjectName(u"planSplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_taskView);
    m_splitter->addWidget(timeline);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);

    m_timelineAction = new QAction(this);
    m_timelineAction->setCheckable(true);
    m_timelineAction->setChecked(true);
    m_timelineAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    connect(m_timelineAction, &QAction::toggled, timeline, &QWidget::setVisible);
    m_printTimelineAction = new QAction(this);
    connect(m_printTimelineAction, &QAction::triggered, this, [this] {
        GanttPrinter printer = GanttPrinter::fromView(*m_gantt);
        printer.setTitle(m_taskModel->plan().title(usesEnglish()));
        printer.showPreview(this);
    });

    m_mainToolBar->addSeparator();
    m_mainToolBar->addAction(m_gantt->zoomOutAction());
    m_mainToolBar->addAction(m_gantt->zoomLevelAction());
    m_mainToolBar->addAction(m_gantt->zoomInAction());
    m_mainToolBar->addAction(m_gantt->fitAction());

    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(4, 4, 4, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    connect(m_taskView->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            &MainWindow::showCurrentRow);
    connect(m_filterModel, &TaskFilterModel::filterChanged, this, &MainWindow::updateFilterBar);
    connect(m_filterModel, &QAbstractItemModel::modelReset, this, &MainWindow::updateCounts);
    connect(m_filterModel, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateCounts);
    connect(m_filterModel, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateCounts);
    connect(m_filterModel, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateCounts);
}

void MainWindow::createDocks()
{
    m_agencyDock = new AgencyDock(this);
    addDockWidget(Qt::LeftDockWidgetArea, m_agencyDock);
    connect(m_agencyDock, &AgencyDock::agencyChanged, m_filterModel, &TaskFilterModel::setAgencyId);
    connect(m_agencyDock,
            &AgencyDock::roleFilterChanged,
            m_filterModel,
            &TaskFilterModel::setRoleFilter);

    m_details = new TaskDetails;
    m_details->setObjectName(u"taskDetails"_s);
    m_details->setModel(m_filterModel);
    m_detailsDock = new QDockWidget(this);
    m_detailsDock->setObjectName(u"detailsDock"_s);
    m_detailsDock->setWidget(m_details);
    addDockWidget(Qt::BottomDockWidgetArea, m_detailsDock);

    m_progressPanel = new ProgressPanel;
    m_progressPanel->setObjectName(u"progressPanel"_s);
    m_progressDock = new QDockWidget(this);
    m_progressDock->setObjectName(u"progressDock"_s);
    m_progressDock->setWidget(m_progressPanel);
    addDockWidget(Qt::BottomDockWidgetArea, m_progressDock);
    splitDockWidget(m_detailsDock, m_progressDock, Qt::Horizontal);
}

void MainWindow::createStatusBar()
{
    m_countLabel = new QLabel;
    m_countLabel->setObjectName(u"rowCount"_s);
    m_statusCounts = new QLabel;
    m_statusCounts->setObjectName(u"statusCounts"_s);
    m_pathLabel = new QLabel;
    m_pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addWidget(m_countLabel);
    statusBar()->addWidget(m_statusCounts, 1);
    statusBar()->addPermanentWidget(m_pathLabel);
}

void MainWindow::retranslateUi()
{
    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Edit"));
    m_settingsMenu->setTitle(tr("&Settings"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));

    m_newAction->setText(tr("&New Workspace…"));
    m_newAction->setStatusTip(tr("Create a workspace file holding the bundled plan"));
    m_openAction->setText(tr("&Open Workspace…"));
    m_openAction->setStatusTip(tr("Open a workspace file, for example from a USB stick"));
    m_quitAction->setText(tr("&Quit"));
    m_findAction->setText(tr("&Find Tasks"));
    m_expandAction->setText(tr("&Expand All"));
    m_collapseAction->setText(tr("&Collapse All"));
    m_undoAction->setText(tr("&Undo"));
    m_redoAction->setText(tr("&Redo"));
    m_addUpdateAction->setText(tr("Add &Update…"));
    m_addUpdateAction->setToolTip(tr("Record the progress an agency reports on the selected row"));
    m_changeDeadlineAction->setText(tr("Change &Deadline…"));
    m_rulesAction->setText(tr("&Schedule Settings…"));
    m_importProgressAction->setText(tr("&Import Progress Updates…"));
    m_importProgressAction->setStatusTip(
        tr("Read a table of updates sent by agencies; nothing is kept unless all of it is valid"));
    m_exportTemplateAction->setText(tr("Save &Blank Progress Table…"));
    m_exportTemplateAction->setStatusTip(
        tr("Write a table with one line per row and lead agency, for agencies to fill in"));
    m_planCombo->setToolTip(tr("The plan shown"));
    m_timelineAction->setText(tr("&Timeline", "show or hide the Gantt chart"));
    m_timelineAction->setToolTip(tr("Show the rows on a time axis beside the table"));
    m_printTimelineAction->setText(tr("Print &Timeline…"));
    m_printTimelineAction->setStatusTip(
        tr("Preview and print the timeline landscape, across as many pages as it needs"));
    m_fullScreenAction->setText(tr("&Full Screen"));
    m_asOf->retranslate();
    m_mainToolBar->setWindowTitle(tr("Main toolbar"));
    m_progressDock->setWindowTitle(tr("Progress"));
    m_undoStack->setUndoLimit(0);
    m_aboutAction->setText(tr("&About PlanTrack"));
    m_aboutQtAction->setText(tr("About &Qt"));

    m_search->setPlaceholderText(
        tr("Search tasks, units and completion times (%1)")
            .arg(m_findAction->shortcut().toString(QKeySequence::NativeText)));
    m_detailsDock->setWindowTitle(tr("Details"));

    m_taskModel->setEnglish(usesEnglish());
    fillPlanCombo();
    for (QAction *action : m_languageGroup->actions())
        action->setChecked(action->data().toString() == Translations::current());

    updateTitle();
    updateCounts();
    updateFilterBar();
}

void MainWindow::readSettings()
{
    const QSettings settings;
    const QByteArray geometry = settings.value(geometryKey).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        // On first start the plan gets the whole screen, as on a meeting room projector.
        const QRect available = screen()->availableGeometry();
        resize(available.size() * 9 / 10);
        setWindowState(windowState() | Qt::WindowMaximized);
    }
    m_layoutRestored = restoreState(settings.value(stateKey).toByteArray());
    m_taskView->header()->restoreState(settings.value(headerKey).toByteArray());
    m_splitterRestored = m_splitter->restoreState(settings.value(splitterKey).toByteArray());
    m_timelineAction->setChecked(settings.value(timelineKey, true).toBool());
    if (settings.contains(zoomKey))
        m_gantt->setZoom(TimeAxis::Zoom(settings.value(zoomKey).toInt()));
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(stateKey, saveState());
    settings.setValue(headerKey, m_taskView->header()->saveState());
    settings.setValue(splitterKey, m_splitter->saveState());
    settings.setValue(timelineKey, m_timelineAction->isChecked());
    settings.setValue(zoomKey, int(m_gantt->zoom()));
}

void MainWindow::showPlan(const QString &code)
{
    const Plan *plan = m_session ? m_session->planByCode(code) : nullptr;
    if (!plan && m_session && !m_session->plans().isEmpty())
        plan = &m_session->plans().constFirst();
    m_planCode = plan ? plan->code : QString();
    m_agencyDock->setAgencies(m_session ? m_session->agencies() : AgencyDirectory());
    m_taskModel->setPlan(plan ? *plan : Plan(),
                         m_session ? m_session->agencies() : AgencyDirectory());
    m_details->showIndex({});
    m_progressPanel->setTask(0);
    fillPlanCombo();
    refreshStatuses();
    updateTitle();
}

void MainWindow::fillPlanCombo()
{
    const QSignalBlocker blocker(m_planCombo);
    m_planCombo->clear();
    if (!m_session)
        return;
    for (const Plan &plan : m_session->plans())
        m_planCombo->addItem(plan.title(usesEnglish()), plan.code);
    m_planCombo->setCurrentIndex(m_planCombo->findData(m_planCode));
    // One plan needs no chooser.
    m_planComboAction->setVisible(m_session->plans().size() > 1);
}

void MainWindow::showSession()
{
    showPlan(QString());
    m_progressPanel->setSession(m_session.get(), m_undoStack);
    m_progressPanel->setAsOf(asOf());

    connect(
        m_session.get(), &WorkspaceSession::progressChanged, this, &MainWindow::refreshStatuses);
    connect(
        m_session.get(), &WorkspaceSession::deadlinesChanged, this, &MainWindow::refreshStatuses);
    connect(m_session.get(), &WorkspaceSession::rulesChanged, this, &MainWindow::refreshStatuses);
    connect(m_session.get(), &WorkspaceSession::contentReloaded, this, [this] {
        showPlan(m_planCode);
        Q_EMIT sessionChanged();
    });
    refreshStatuses();
    Q_EMIT sessionChanged();

    m_pathLabel->setText(nativePath(m_path));
    updateTitle();
    updateCounts();
}

void MainWindow::openFromUser(const QString &path)
{
    // Workspace::open would start a new workspace in place of a missing file.
    if (!QFileInfo::exists(path)) {
        showOpenError(path,
                      tr("The file does not exist. If it is on a removable drive, insert the "
                         "drive and try again."));
        m_recentMenu->remove(path);
        return;
    }

    QString error;
    if (!openWorkspace(path, &error))
        showOpenError(path, error);
}

void MainWindow::showOpenError(const QString &path, const QString &error)
{
    QMessageBox box(QMessageBox::Warning,
                    tr("PlanTrack"),
                    tr("The workspace “%1” could not be opened.").arg(nativePath(path)),
                    QMessageBox::Ok,
                    this);
    QString details = error;
    if (m_session)
        details += u"\n\n"_s + tr("The workspace open before stays open.");
    box.setInformativeText(details);
    box.exec();
}

QString MainWindow::askWorkspaceToOpen()
{
    return QFileDialog::getOpenFileName(this,
                                        tr("Open Workspace"),
                                        dialogFolder(),
                                        tr("PlanTrack workspaces (*.sqlite);;All files (*)"));
}

QString MainWindow::askNewWorkspacePath()
{
    QString path =
        QFileDialog::getSaveFileName(this,
                                     tr("New Workspace"),
                                     QDir(dialogFolder()).filePath(u"plantrack.sqlite"_s),
                                     tr("PlanTrack workspaces (*.sqlite)"),
                                     nullptr,
                                     QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return {};
    if (QFileInfo(path).suffix().isEmpty())
        path += ".sqlite"_L1;

    // A workspace holds a follow-up record; never replace one by accident.
    if (QFileInfo::exists(path)) {
        QMessageBox::warning(this,
                             tr("New Workspace"),
                             tr("“%1” already exists. Choose another name, or open the file "
                                "with File → Open Workspace.")
                                 .arg(nativePath(path)));
        return {};
    }
    return path;
}

QString MainWindow::dialogFolder() const
{
    if (!m_path.isEmpty())
        return QFileInfo(m_path).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void MainWindow::switchLanguage(const QString &language)
{
    Translations::setChosen(language);
    Translations::install(language);
}

void MainWindow::updateTitle()
{
    const QString title = m_taskModel->plan().title(m_taskModel->isEnglish());
    setWindowTitle(title.isEmpty() ? u"PlanTrack"_s : title % u" — PlanTrack"_s);
}

void MainWindow::refreshStatuses()
{
    if (!m_session)
        return;
    m_taskView->relayoutOnce();
    m_taskModel->setStatuses(m_session->statusAsOf(asOf()));
    m_gantt->setRules(m_session->rules());
    m_gantt->setAsOf(asOf());
    m_progressPanel->setAsOf(asOf());
    updateCounts();
    Q_EMIT statusesRefreshed(asOf());
}

QMenu *MainWindow::featureMenu(const QString &key)
{
    QMenu *&menu = m_featureMenus[key];
    if (!menu) {
        menu = new QMenu(this);
        menuBar()->insertMenu(m_settingsMenu->menuAction(), menu);
    }
    return menu;
}

void MainWindow::showCurrentRow(const QModelIndex &current)
{
    m_details->showIndex(current);
    const QModelIndex source = m_filterModel->mapToSource(current);
    const Task *task = m_taskModel->task(source);
    m_progressPanel->setTask(task ? task->id : 0);
    m_addUpdateAction->setEnabled(task != nullptr);
    m_changeDeadlineAction->setEnabled(task != nullptr);
}

void MainWindow::updateCounts()
{
    const int total = topLevelTaskCount(*m_taskModel);
    const int shown = topLevelTaskCount(*m_filterModel);
    m_countLabel->setText(tr("%1 of %n row(s) shown", nullptr, total).arg(shown));

    const QMap<Status, int> counts =
        m_taskModel->statuses().counts(topLevelTaskIds(*m_filterModel));
    QStringList parts;
    for (Status status : allStatuses()) {
        if (counts.value(status) > 0)
            parts.append(u"%1: %2"_s.arg(statusLabel(status)).arg(counts.value(status)));
    }
    m_statusCounts->setText(parts.isEmpty() ? QString() : u"  |  "_s + parts.join(u" · "_s));
}

void MainWindow::updateFilterBar()
{
    const Agency *agency = m_taskModel->agencies().byId(m_filterModel->agencyId());
    m_filterBar->setVisible(agency != nullptr);
    if (!agency)
        return;

    const bool english = m_taskModel->isEnglish();
    QString roles;
    switch (m_filterModel->roleFilter()) {
    case RoleFilter::LeadAndCoordinating:
        roles = tr("as lead or coordinating unit");
        break;
    case RoleFilter::LeadOnly:
        roles = tr("as lead unit");
        break;
    case RoleFilter::CoordinatingOnly:
        roles = tr("as coordinating unit");
        break;
    }
    m_filterLabel->setText(
        tr("Tasks of <b>%1</b> %2. Rows in <i>italics</i> reach it through a group.")
            .arg(agency->name(english).toHtmlEscaped(), roles.toHtmlEscaped()));
}

void MainWindow::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

} // namespace PlanTrack
