// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ganttitem.h"
#include "schedule/schedulerules.h"
#include "timeaxis.h"

#include <QAbstractItemView>
#include <QHash>
#include <QPointer>

#include <functional>
#include <memory>

class QTreeView;

namespace PlanTrack {

class GanttHeader;
class GanttRowLayout;
struct GanttStyle;
class ZoomLevelAction;

/// Shows the rows of a task model on a timeline: one line per row, marks by deadline kind,
/// colours by status (see GanttPainter), a today line and an as-of line, and the time axis
/// in a header above.
///
/// Put it beside the task tree with setTreeView(): it then shows the tree's model and
/// selection model and lines its rows up with the tree's, whatever their heights, following
/// expansion, sorting, filtering and vertical scrolling. On its own it lays every row out
/// with one height and scrolls by itself.
///
/// Keys: Up and Down (and Page Up, Page Down, Home, End) move the current row it shares
/// with the tree; Left and Right scroll the time; + and - zoom; Enter and a double-click
/// emit activated(). Ctrl with the wheel zooms around the mouse.
class GanttView final : public QAbstractItemView
{
    Q_OBJECT

public:
    explicit GanttView(QWidget *parent = nullptr);
    ~GanttView() override;

    /// Follows tree: its model, its selection model, its rows. So that both viewports have
    /// the same height and top, the tree's header is given at least the height the axis
    /// needs, and its horizontal scroll bar is kept shown like the timeline's. Pass nullptr
    /// to lay the rows out alone again (the model stays).
    void setTreeView(QTreeView *tree);

    QTreeView *treeView() const;

    void setModel(QAbstractItemModel *model) override;

    QDate asOf() const { return m_asOf; }

    /// Sets the date the statuses are judged on; drawn as a dashed line.
    void setAsOf(QDate day);

    QDate today() const { return m_today; }

    /// Sets the day drawn as the today line; the current date by default.
    void setToday(QDate day);

    const ScheduleRules &rules() const { return m_rules; }

    /// Sets the rules that place yearly occurrences and the ends of reporting periods.
    void setRules(const ScheduleRules &rules);

    const TimeAxis &axis() const { return m_axis; }

    TimeAxis::Zoom zoom() const { return m_axis.zoom(); }

    /// Chooses a zoom level, keeping the day in the middle of the view in place.
    void setZoom(TimeAxis::Zoom zoom);

    void zoomIn();
    void zoomOut();

    /// Fits the whole date range into the width of the view.
    void fitToRange();

    /// Returns the days the timeline covers: the range set, else whole years around the
    /// dates of the rows (all of them, filtered out or not), the start of tracking and the
    /// as-of date.
    DateRange dateRange() const;

    /// Sets the days the timeline covers; an invalid range follows the rows again.
    void setDateRange(const DateRange &range);

    /// Scrolls the time so that a day is in the middle of the view.
    void scrollToDate(QDate day);

    /// Returns where, in viewport coordinates, a row's mark for a day is centred, or a
    /// null point when the row is not shown.
    QPoint markPosition(const QModelIndex &index, QDate day) const;

    /// Returns the rows in the order shown, collapsed and filtered-out rows left out.
    QList<QModelIndex> rowsShown() const;

    QAction *zoomInAction() const { return m_zoomInAction; }

    QAction *zoomOutAction() const { return m_zoomOutAction; }

    QAction *fitAction() const { return m_fitAction; }

    /// Returns an action that puts a zoom-level combo box in a tool bar.
    QAction *zoomLevelAction() const;

    QRect visualRect(const QModelIndex &index) const override;
    void scrollTo(const QModelIndex &index, ScrollHint hint = EnsureVisible) override;
    QModelIndex indexAt(const QPoint &point) const override;

Q_SIGNALS:
    void zoomChanged(PlanTrack::TimeAxis::Zoom zoom);

protected:
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;
    int horizontalOffset() const override;
    int verticalOffset() const override;
    bool isIndexHidden(const QModelIndex &index) const override;
    void setSelection(const QRect &rect, QItemSelectionModel::SelectionFlags command) override;
    QRegion visualRegionForSelection(const QItemSelection &selection) const override;
    void updateGeometries() override;
    void scrollContentsBy(int dx, int dy) override;
    void dataChanged(const QModelIndex &topLeft,
                     const QModelIndex &bottomRight,
                     const QList<int> &roles = {}) override;
    void rowsInserted(const QModelIndex &parent, int start, int end) override;
    void rowsAboutToBeRemoved(const QModelIndex &parent, int start, int end) override;
    void reset() override;

    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    friend class GanttHeader;

    void releaseTree();
    void createActions();
    void retranslateUi();
    void useLayout(std::unique_ptr<GanttRowLayout> layout);
    void connectLayout();
    void invalidateItems();
    void updateStyle();
    void updateHeaderGeometry();
    void updateScrollRange();
    void updateZoomActions();
    void changeZoom(const std::function<void()> &change, double anchor);
    void ensureRange();
    DateRange computeRange() const;
    void paintRows(QPainter &painter, const QRect &area);
    GanttItem itemOf(const QModelIndex &index) const;
    QRectF bandOf(int top, int height) const;
    QString toolTipOf(const QModelIndex &index) const;
    int headerHeightNeeded() const;

    TimeAxis m_axis;
    DateRange m_fixedRange;
    mutable DateRange m_autoRange;
    mutable bool m_rangeDirty = true;
    ScheduleRules m_rules;
    QDate m_asOf;
    QDate m_today;
    std::unique_ptr<GanttStyle> m_style;
    std::unique_ptr<GanttRowLayout> m_layout;
    QPointer<QTreeView> m_tree;
    Qt::ScrollBarPolicy m_treeScrollPolicy = Qt::ScrollBarAsNeeded;
    int m_treeHeaderMinimum = 0;
    GanttHeader *m_header = nullptr;
    mutable QHash<QModelIndex, GanttItem> m_sections; ///< cleared on every model change
    QList<QMetaObject::Connection> m_modelConnections;
    int m_wheelZoom = 0;

    QAction *m_zoomInAction = nullptr;
    QAction *m_zoomOutAction = nullptr;
    QAction *m_fitAction = nullptr;
    ZoomLevelAction *m_zoomLevelAction = nullptr;
};

} // namespace PlanTrack
