// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ganttrowlayout.h"

#include "ganttitem.h"

#include <QEvent>
#include <QHeaderView>
#include <QPaintEvent>
#include <QScrollBar>
#include <QTreeView>

#include <algorithm>

namespace PlanTrack {

namespace {

// QTreeView keeps the height of every row it lays out but tells it only to subclasses.
// Asking through visualRect() instead would add up the heights of all rows above the one
// asked for, on every call: too slow for a hundred thousand rows.
struct TreeAccess : QTreeView
{
    using QTreeView::rowHeight;
};

} // namespace

TreeRowLayout::TreeRowLayout(QTreeView *tree, QObject *parent)
    : GanttRowLayout(parent)
    , m_tree(tree)
{
    const auto relayout = [this] {
        Q_EMIT layoutChanged();
    };
    QScrollBar *bar = tree->verticalScrollBar();
    connect(bar, &QScrollBar::valueChanged, this, relayout);
    connect(bar, &QScrollBar::rangeChanged, this, relayout);
    connect(tree, &QTreeView::expanded, this, relayout);
    connect(tree, &QTreeView::collapsed, this, relayout);
    connect(tree->header(), &QHeaderView::sectionResized, this, relayout);
    connect(tree->header(), &QHeaderView::sectionMoved, this, relayout);
    tree->viewport()->installEventFilter(this);
    tree->header()->installEventFilter(this);
}

QList<GanttRowLayout::Row> TreeRowLayout::rowsBetween(int top, int bottom) const
{
    QList<Row> rows;
    if (!m_tree || !m_tree->model())
        return rows;

    QModelIndex index = rowAt(std::max(top, 0));
    if (!index.isValid())
        return rows;

    // One lookup of a position, then the heights the tree keeps, row after row.
    int y = m_tree->visualRect(index.siblingAtColumn(shownColumn())).top();
    while (index.isValid() && y < bottom) {
        const int height = heightOf(index);
        rows.append({index.siblingAtColumn(0), y, height});
        y += height;
        index = m_tree->indexBelow(index);
    }
    return rows;
}

QModelIndex TreeRowLayout::rowAt(int y) const
{
    if (!m_tree)
        return {};
    const int x = m_tree->header()->sectionViewportPosition(shownColumn());
    return m_tree->indexAt(QPoint(std::max(x, 0), y)).siblingAtColumn(0);
}

std::optional<GanttRowLayout::Row> TreeRowLayout::row(const QModelIndex &index) const
{
    if (!m_tree || !index.isValid())
        return std::nullopt;
    const QRect rect = m_tree->visualRect(index.siblingAtColumn(shownColumn()));
    if (rect.height() <= 0)
        return std::nullopt;
    return Row{index.siblingAtColumn(0), rect.top(), rect.height()};
}

QModelIndex TreeRowLayout::rowAbove(const QModelIndex &index) const
{
    return m_tree ? m_tree->indexAbove(index.siblingAtColumn(0)) : QModelIndex();
}

QModelIndex TreeRowLayout::rowBelow(const QModelIndex &index) const
{
    return m_tree ? m_tree->indexBelow(index.siblingAtColumn(0)) : QModelIndex();
}

QList<QModelIndex> TreeRowLayout::rowsShown() const
{
    QList<QModelIndex> rows;
    if (!m_tree || !m_tree->model())
        return rows;
    for (QModelIndex index = m_tree->model()->index(0, 0, m_tree->rootIndex()); index.isValid();
         index = m_tree->indexBelow(index))
        rows.append(index);
    return rows;
}

void TreeRowLayout::ensureVisible(const QModelIndex &index)
{
    if (m_tree)
        m_tree->scrollTo(index.siblingAtColumn(shownColumn()));
}

QScrollBar *TreeRowLayout::scrollBar() const
{
    return m_tree ? m_tree->verticalScrollBar() : nullptr;
}

bool TreeRowLayout::eventFilter(QObject *watched, QEvent *event)
{
    if (m_tree && watched == m_tree->viewport()) {
        if (event->type() == QEvent::Paint) {
            const QRect rect = static_cast<QPaintEvent *>(event)->rect();
            Q_EMIT bandChanged(rect.top(), rect.bottom() + 1);
        } else if (event->type() == QEvent::Resize) {
            Q_EMIT layoutChanged();
        }
    } else if (m_tree && watched == m_tree->header() && event->type() == QEvent::Resize) {
        Q_EMIT layoutChanged();
    }
    return GanttRowLayout::eventFilter(watched, event);
}

int TreeRowLayout::heightOf(const QModelIndex &index) const
{
    return (m_tree->*(&TreeAccess::rowHeight))(index);
}

int TreeRowLayout::shownColumn() const
{
    const QHeaderView *header = m_tree->header();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            return logical;
    }
    return 0;
}

ModelRowLayout::ModelRowLayout(QScrollBar *scrollBar, QObject *parent)
    : GanttRowLayout(parent)
    , m_scrollBar(scrollBar)
{
    connect(scrollBar, &QScrollBar::valueChanged, this, [this] { Q_EMIT layoutChanged(); });
}

void ModelRowLayout::setModel(QAbstractItemModel *model)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_model = model;

    if (model) {
        const auto changed = [this] {
            invalidate();
        };
        m_connections = {
            connect(model, &QAbstractItemModel::rowsInserted, this, changed),
            connect(model, &QAbstractItemModel::rowsRemoved, this, changed),
            connect(model, &QAbstractItemModel::rowsMoved, this, changed),
            connect(model, &QAbstractItemModel::layoutChanged, this, changed),
            connect(model, &QAbstractItemModel::modelReset, this, changed),
        };
    }
    invalidate();
}

void ModelRowLayout::setGeometry(int rowHeight, int viewportHeight)
{
    m_rowHeight = std::max(rowHeight, 1);
    m_viewportHeight = viewportHeight;
    updateScrollBar();
}

QList<GanttRowLayout::Row> ModelRowLayout::rowsBetween(int top, int bottom) const
{
    rebuild();
    QList<Row> rows;
    const int offset = m_scrollBar ? m_scrollBar->value() : 0;
    for (int i = std::max(top + offset, 0) / m_rowHeight;
         i < m_rows.size() && i * m_rowHeight - offset < bottom;
         ++i)
        rows.append(rowOf(i));
    return rows;
}

QModelIndex ModelRowLayout::rowAt(int y) const
{
    rebuild();
    const int offset = m_scrollBar ? m_scrollBar->value() : 0;
    const int i = (y + offset) / m_rowHeight;
    return y + offset >= 0 && i < m_rows.size() ? m_rows.at(i) : QModelIndex();
}

std::optional<GanttRowLayout::Row> ModelRowLayout::row(const QModelIndex &index) const
{
    const int i = position(index);
    if (i < 0)
        return std::nullopt;
    return rowOf(i);
}

QModelIndex ModelRowLayout::rowAbove(const QModelIndex &index) const
{
    const int i = position(index);
    return i > 0 ? m_rows.at(i - 1) : QModelIndex();
}

QModelIndex ModelRowLayout::rowBelow(const QModelIndex &index) const
{
    const int i = position(index);
    return i >= 0 && i + 1 < m_rows.size() ? m_rows.at(i + 1) : QModelIndex();
}

QList<QModelIndex> ModelRowLayout::rowsShown() const
{
    rebuild();
    return m_rows;
}

void ModelRowLayout::ensureVisible(const QModelIndex &index)
{
    const std::optional<Row> shown = row(index);
    if (!shown || !m_scrollBar)
        return;
    if (shown->top < 0)
        m_scrollBar->setValue(m_scrollBar->value() + shown->top);
    else if (shown->top + shown->height > m_viewportHeight)
        m_scrollBar->setValue(m_scrollBar->value() + shown->top + shown->height - m_viewportHeight);
}

QScrollBar *ModelRowLayout::scrollBar() const
{
    return m_scrollBar;
}

void ModelRowLayout::invalidate()
{
    m_dirty = true;
    updateScrollBar();
    Q_EMIT layoutChanged();
}

void ModelRowLayout::rebuild() const
{
    if (!m_dirty)
        return;
    m_dirty = false;
    m_rows = m_model ? flattenRows(*m_model) : QList<QModelIndex>();
    m_positions.clear();
    m_positions.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i)
        m_positions.insert(m_rows.at(i), i);
}

void ModelRowLayout::updateScrollBar()
{
    if (!m_scrollBar)
        return;
    rebuild();
    const int content = int(m_rows.size()) * m_rowHeight;
    m_scrollBar->setRange(0, std::max(content - m_viewportHeight, 0));
    m_scrollBar->setPageStep(std::max(m_viewportHeight, 1));
    m_scrollBar->setSingleStep(m_rowHeight);
}

int ModelRowLayout::position(const QModelIndex &index) const
{
    rebuild();
    return m_positions.value(index.siblingAtColumn(0), -1);
}

GanttRowLayout::Row ModelRowLayout::rowOf(int position) const
{
    const int offset = m_scrollBar ? m_scrollBar->value() : 0;
    return {m_rows.at(position), position * m_rowHeight - offset, m_rowHeight};
}

} // namespace PlanTrack
