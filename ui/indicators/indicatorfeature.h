// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "indicators/indicator.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QAction;
class QDockWidget;

namespace PlanTrack {

class IndicatorBook;
class IndicatorChartPanel;
class IndicatorDashboard;
class MainWindow;
class ObservationEntryDialog;
class WorkspaceSession;

/// Adds the indicators to a main window: a dock with the dashboard of targets, a dock with
/// the charts, and an "Indicators" menu that opens the observation entry. Keeps one
/// IndicatorBook for the window's session, made anew when another workspace is opened,
/// and shows everything as of the window's date. Edits go on the window's undo stack.
class IndicatorFeature final : public QObject
{
    Q_OBJECT

public:
    /// Installs the feature into window, which owns it.
    explicit IndicatorFeature(MainWindow &window);
    ~IndicatorFeature() override;

    /// Returns the indicators of the open workspace, or nullptr while none is open.
    IndicatorBook *book() const { return m_book.get(); }

    QDockWidget *dashboardDock() const { return m_dashboardDock; }

    QDockWidget *chartDock() const { return m_chartDock; }

    IndicatorDashboard *dashboard() const { return m_dashboard; }

    IndicatorChartPanel *chartPanel() const { return m_chartPanel; }

    QAction *enterAction() const { return m_enterAction; }

    QAction *editAction() const { return m_editAction; }

public Q_SLOTS:
    /// Opens the observation entry for an indicator (0: the first one).
    void enterObservations(PlanTrack::IndicatorId id = 0);
    /// Opens the settings of an indicator (0: the one the charts show).
    void editIndicator(PlanTrack::IndicatorId id = 0);
    /// Shows the charts of an indicator.
    void showCharts(PlanTrack::IndicatorId id);

Q_SIGNALS:
    /// The book was made for another workspace (nullptr when none is open).
    void bookChanged(PlanTrack::IndicatorBook *book);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void followSession();
    void dropBook();
    void followAsOf(QDate date);
    void enableActions(bool enabled);
    void retranslateUi();

    MainWindow &m_window;
    QPointer<WorkspaceSession> m_session;
    QMetaObject::Connection m_sessionGone;
    std::unique_ptr<IndicatorBook> m_book;
    QDockWidget *m_dashboardDock;
    QDockWidget *m_chartDock;
    QPointer<IndicatorDashboard> m_dashboard;
    QPointer<IndicatorChartPanel> m_chartPanel;
    QPointer<ObservationEntryDialog> m_entry;
    QAction *m_enterAction;
    QAction *m_editAction;
};

} // namespace PlanTrack
