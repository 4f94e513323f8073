// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QHash>
#include <QMainWindow>

#include <memory>

class QActionGroup;
class QSplitter;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QToolBar;
class QToolButton;
class QUndoStack;

namespace PlanTrack {

class AgencyDock;
class AsOfControl;
class RecentMenu;
class GanttLegend;
class GanttView;
class IndicatorFeature;
class ProgressPanel;
class TaskDetails;
class TaskFilterModel;
class TaskTreeModel;
class TaskTreeView;
class WorkspaceSession;

/// Shows one workspace: the task tree of its plan in the centre, the agency tree that
/// filters it, and the details of the selected task.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens the workspace at path and shows its plan; a file that does not exist becomes
    /// a new workspace. On failure the workspace open before stays, and error says why.
    bool openWorkspace(const QString &path, QString *error);

    /// Opens the workspace named on the command line or, when path is empty, the one used
    /// last. On failure asks whether to open another file, create one, or quit; returns
    /// false when the user quits.
    bool openAtStartup(const QString &path);

    QString workspacePath() const { return m_path; }

    /// Returns the open workspace, or nullptr before one is open.
    WorkspaceSession *session() const { return m_session.get(); }

    /// Returns the date every view shows the plan as of.
    QDate asOf() const;

    QUndoStack *undoStack() const { return m_undoStack; }

    /// Returns the plan shown (the code of a plan of the session), or an empty text.
    QString planCode() const { return m_planCode; }

    ProgressPanel *progressPanel() const { return m_progressPanel; }

    /// Returns the indicators feature: its docks, actions and the indicator book.
    IndicatorFeature *indicators() const { return m_indicators; }

    TaskTreeModel *taskModel() const { return m_taskModel; }

    TaskFilterModel *filterModel() const { return m_filterModel; }

    TaskTreeView *taskView() const { return m_taskView; }

    /// Returns the timeline beside the task tree.
    GanttView *timeline() const { return m_gantt; }

    AgencyDock *agencyDock() const { return m_agencyDock; }

    TaskDetails *details() const { return m_details; }

    /// Returns the menu of a feature ("agencies", "indicators", "report"), made on first use
    /// with the given translated title; features put their actions there.
    QMenu *featureMenu(const QString &key);

Q_SIGNALS:
    /// The rows were judged again: the as-of date, an update, a deadline or a rule changed.
    void statusesRefreshed(QDate asOf);
    /// Another workspace was opened (session() is the new one), or its content was read again.
    void sessionChanged();

public Q_SLOTS:
    /// Shows every view as of a date; the status of each row is judged on that day.
    void setAsOf(QDate date);
    void newWorkspace();
    void chooseWorkspace();
    void showAbout();
    void addUpdate();
    void changeDeadline();
    void editScheduleRules();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createCentralWidget();
    void createDocks();
    void createStatusBar();
    void retranslateUi();
    void readSettings();
    void writeSettings() const;

    void showSession();
    void showPlan(const QString &code);
    void fillPlanCombo();
    void refreshStatuses();
    void showCurrentRow(const QModelIndex &current);
    void openFromUser(const QString &path);
    void showOpenError(const QString &path, const QString &error);
    QString askWorkspaceToOpen();
    QString askNewWorkspacePath();
    QString dialogFolder() const;

    void switchLanguage(const QString &language);

    void updateTitle();
    void updateCounts();
    void updateFilterBar();
    void focusSearch();

    std::unique_ptr<WorkspaceSession> m_session;
    QString m_path;
    QUndoStack *m_undoStack = nullptr;
    bool m_layoutRestored = false;
    bool m_splitterRestored = false;

    TaskTreeModel *m_taskModel;
    TaskFilterModel *m_filterModel;
    TaskTreeView *m_taskView = nullptr;
    QLineEdit *m_search = nullptr;
    QWidget *m_filterBar = nullptr;
    QLabel *m_filterLabel = nullptr;
    QToolButton *m_showAllButton = nullptr;
    AgencyDock *m_agencyDock = nullptr;
    QDockWidget *m_detailsDock = nullptr;
    TaskDetails *m_details = nullptr;
    QDockWidget *m_progressDock = nullptr;
    ProgressPanel *m_progressPanel = nullptr;
    QToolBar *m_mainToolBar = nullptr;
    AsOfControl *m_asOf = nullptr;
    QLabel *m_statusCounts = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_pathLabel = nullptr;

    QMenu *m_fileMenu = nullptr;
    RecentMenu *m_recentMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_settingsMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QHash<QString, QMenu *> m_featureMenus;
    IndicatorFeature *m_indicators = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_addUpdateAction = nullptr;
    QAction *m_changeDeadlineAction = nullptr;
    QAction *m_rulesAction = nullptr;
    QAction *m_fullScreenAction = nullptr;
    QAction *m_importProgressAction = nullptr;
    QAction *m_exportTemplateAction = nullptr;
    QComboBox *m_planCombo = nullptr;
    QSplitter *m_splitter = nullptr;
    GanttView *m_gantt = nullptr;
    GanttLegend *m_ganttLegend = nullptr;
    QAction *m_timelineAction = nullptr;
    QAction *m_printTimelineAction = nullptr;
    QAction *m_planComboAction = nullptr;
    QString m_planCode;
    QAction *m_expandAction = nullptr;
    QAction *m_collapseAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
};

} // namespace PlanTrack
