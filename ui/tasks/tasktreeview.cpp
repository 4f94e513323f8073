// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tasktreeview.h"

#include "roles.h"
#include "tasktreemodel.h"

#include <QHeaderView>
#include <QMenu>
#include <QStyledItemDelegate>

namespace PlanTrack {

namespace {

// QTreeView asks for row heights without telling the delegate how wide a cell is, so
// wrapped text would be measured as one long line; this delegate supplies the width.
class WrappingDelegate final : public QStyledItemDelegate
{
public:
    explicit WrappingDelegate(QTreeView *view)
        : QStyledItemDelegate(view)
        , m_view(view)
    {}

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem measured = option;
        measured.rect = QRect(0, 0, cellWidth(index), option.fontMetrics.height());
        return QStyledItemDelegate::sizeHint(measured, index);
    }

private:
    int cellWidth(const QModelIndex &index) const
    {
        if (index.column() != 0)
            return m_view->columnWidth(index.column());

        int depth = 1;
        for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
            ++depth;
        const int indent = depth * m_view->indentation();
        const int width = m_view->isFirstColumnSpanned(index.row(), index.parent())
                              ? m_view->viewport()->width()
                              : m_view->columnWidth(0);
        return qMax(width - indent, m_view->fontMetrics().averageCharWidth() * 4);
    }

    QTreeView *m_view;
};

} // namespace

TaskTreeView::TaskTreeView(QWidget *parent)
    : QTreeView(parent)
{
    setItemDelegate(new WrappingDelegate(this));
    setWordWrap(true);
    setUniformRowHeights(false);
    setAlternatingRowColors(true);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setIndentation(fontMetrics().averageCharWidth() * 2);
    setAllColumnsShowFocus(true);

    header()->setStretchLastSection(false);
    header()->setSectionsMovable(true);
    header()->setSortIndicator(-1, Qt::AscendingOrder);
    setSortingEnabled(true);

    // Wrapped rows change height when a column does.
    connect(header(), &QHeaderView::sectionResized, this, [this] { scheduleDelayedItemsLayout(); });

    // Beside the timeline not every column fits: the header's menu hides and shows them.
    header()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(
        header(), &QHeaderView::customContextMenuRequested, this, &TaskTreeView::showColumnMenu);
}

void TaskTreeView::showColumnMenu(const QPoint &position)
{
    if (!model())
        return;
    QMenu menu(this);
    for (int column = 0; column < model()->columnCount(); ++column) {
        QAction *action = menu.addAction(model()->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!isColumnHidden(column));
        // The number and the task text identify a row; they always stay.
        action->setEnabled(column != TaskTreeModel::SttColumn
                           && column != TaskTreeModel::TaskColumn);
        connect(action, &QAction::toggled, this, [this, column](bool shown) {
            setColumnHidden(column, !shown);
        });
    }
    menu.addSeparator();
    connect(menu.addAction(tr("Default Column Widths")),
            &QAction::triggered,
            this,
            &TaskTreeView::resetColumnWidths);
    menu.exec(header()->viewport()->mapToGlobal(position));
}

void TaskTreeView::setModel(QAbstractItemModel *model)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_modelConnections))
        disconnect(connection);
    m_modelConnections.clear();

    QTreeView::setModel(model);
    if (!model)
        return;

    m_modelConnections = {
        connect(model, &QAbstractItemModel::rowsInserted, this, &TaskTreeView::showInsertedRows),
        connect(model, &QAbstractItemModel::modelReset, this, &TaskTreeView::showAllRows),
        connect(model, &QAbstractItemModel::layoutChanged, this, &TaskTreeView::spanSections),
    };
    showAllRows();
}

void TaskTreeView::resetColumnWidths()
{
    const int em = fontMetrics().averageCharWidth();
    QHeaderView *columns = header();
    // Fixed widths, the task text the widest: the table scrolls sideways rather than wrap
    // every text into a narrow column when the timeline takes half of the window.
    columns->setSectionResizeMode(QHeaderView::Interactive);
    setColumnWidth(TaskTreeModel::SttColumn, em * 12);
    setColumnWidth(TaskTreeModel::TaskColumn, em * 46);
    setColumnWidth(TaskTreeModel::LeadColumn, em * 20);
    setColumnWidth(TaskTreeModel::CoordinatingColumn, em * 24);
    setColumnWidth(TaskTreeModel::CompletionColumn, em * 16);
    setColumnWidth(TaskTreeModel::StatusColumn, em * 24);
}

void TaskTreeView::showInsertedRows(const QModelIndex &parent, int first, int last)
{
    for (int row = first; row <= last; ++row) {
        const QModelIndex index = model()->index(row, 0, parent);
        if (ItemKind(index.data(ItemKindRole).toInt()) == ItemKind::Section)
            setFirstColumnSpanned(row, parent, true);
        expandRecursively(index);
    }
}

void TaskTreeView::showAllRows()
{
    spanSections();
    expandAll();
}

void TaskTreeView::spanSections()
{
    const int rows = model()->rowCount();
    for (int row = 0; row < rows; ++row)
        setFirstColumnSpanned(row, {}, true);
}

} // namespace PlanTrack
