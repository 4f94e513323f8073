// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QModelIndex>
#include <QObject>
#include <QPointer>

#include <optional>

class QAbstractItemModel;
class QScrollBar;
class QTreeView;

namespace PlanTrack {

/// Tells a timeline which rows it shows and where: top to bottom, in the coordinates of
/// its viewport, with the heights another view (or the layout itself) gives them.
class GanttRowLayout : public QObject
{
    Q_OBJECT

public:
    /// Describes where a row is: its index (column 0), its top and its height.
    struct Row
    {
        QModelIndex index;
        int top = 0;
        int height = 0;
    };

    using QObject::QObject;

    /// Returns the rows that meet the band [top, bottom), top to bottom.
    virtual QList<Row> rowsBetween(int top, int bottom) const = 0;

    /// Returns the row at y, or an invalid index where there is none.
    virtual QModelIndex rowAt(int y) const = 0;

    /// Returns where a row is, or nothing when it is not shown (collapsed, filtered out).
    virtual std::optional<Row> row(const QModelIndex &index) const = 0;

    virtual QModelIndex rowAbove(const QModelIndex &index) const = 0;
    virtual QModelIndex rowBelow(const QModelIndex &index) const = 0;

    /// Returns every row shown, top to bottom, including those scrolled out of sight.
    virtual QList<QModelIndex> rowsShown() const = 0;

    /// Scrolls the rows so that index is in sight.
    virtual void ensureVisible(const QModelIndex &index) = 0;

    /// Returns the scroll bar that moves the rows.
    virtual QScrollBar *scrollBar() const = 0;

Q_SIGNALS:
    /// Rows moved or changed height: everything shown must be painted again.
    void layoutChanged();
    /// The band [top, bottom) of the rows was painted again by the view that lays them out.
    void bandChanged(int top, int bottom);
};

/// Lays rows out as a QTreeView shows them: the same rows (expanded, sorted, filtered), the
/// same heights (wrapped text) and the same vertical scrolling, so that a timeline beside
/// the tree lines up with it row for row.
class TreeRowLayout final : public GanttRowLayout
{
    Q_OBJECT

public:
    explicit TreeRowLayout(QTreeView *tree, QObject *parent = nullptr);

    QTreeView *tree() const { return m_tree; }

    QList<Row> rowsBetween(int top, int bottom) const override;
    QModelIndex rowAt(int y) const override;
    std::optional<Row> row(const QModelIndex &index) const override;
    QModelIndex rowAbove(const QModelIndex &index) const override;
    QModelIndex rowBelow(const QModelIndex &index) const override;
    QList<QModelIndex> rowsShown() const override;
    void ensureVisible(const QModelIndex &index) override;
    QScrollBar *scrollBar() const override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    int heightOf(const QModelIndex &index) const;
    int shownColumn() const;

    QPointer<QTreeView> m_tree;
};

/// Lays every row of a model out one below the other, all expanded and equally high, for
/// a timeline shown on its own. The view tells it the scroll bar and the viewport height.
class ModelRowLayout final : public GanttRowLayout
{
    Q_OBJECT

public:
    explicit ModelRowLayout(QScrollBar *scrollBar, QObject *parent = nullptr);

    void setModel(QAbstractItemModel *model);

    /// Sets the height of every row and of the viewport, and updates the scroll bar.
    void setGeometry(int rowHeight, int viewportHeight);

    QList<Row> rowsBetween(int top, int bottom) const override;
    QModelIndex rowAt(int y) const override;
    std::optional<Row> row(const QModelIndex &index) const override;
    QModelIndex rowAbove(const QModelIndex &index) const override;
    QModelIndex rowBelow(const QModelIndex &index) const override;
    QList<QModelIndex> rowsShown() const override;
    void ensureVisible(const QModelIndex &index) override;
    QScrollBar *scrollBar() const override;

private:
    void invalidate();
    void rebuild() const;
    void updateScrollBar();
    int position(const QModelIndex &index) const;
    Row rowOf(int position) const;

    QPointer<QAbstractItemModel> m_model;
    QPointer<QScrollBar> m_scrollBar;
    QList<QMetaObject::Connection> m_connections;
    // Rebuilt after every change of the model's structure, so plain indexes stay valid.
    mutable QList<QModelIndex> m_rows;
    mutable QHash<QModelIndex, int> m_positions;
    mutable bool m_dirty = true;
    int m_rowHeight = 20;
    int m_viewportHeight = 0;
};

} // namespace PlanTrack
