// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "observationgrid.h"

#include "observationgridmodel.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QKeyEvent>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace PlanTrack {

ObservationGrid::ObservationGrid(QWidget *parent)
    : QTableView(parent)
{
    setObjectName(u"observationGrid"_s);
    setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::DoubleClicked
                    | QAbstractItemView::EditKeyPressed);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setTabKeyNavigation(true);
    setAlternatingRowColors(true);
    setWordWrap(false);
    horizontalHeader()->setStretchLastSection(true);
    verticalHeader()->setVisible(false);
}

void ObservationGrid::setModel(QAbstractItemModel *model)
{
    QTableView::setModel(model);
    horizontalHeader()->setSectionResizeMode(ObservationGridModel::AgencyColumn,
                                             QHeaderView::ResizeToContents);
}

ObservationGridModel *ObservationGrid::gridModel() const
{
    return qobject_cast<ObservationGridModel *>(model());
}

QModelIndex ObservationGrid::nextEditable(const QModelIndex &from, int step) const
{
    const QAbstractItemModel *m = model();
    if (!m || !from.isValid())
        return {};
    const int columns = m->columnCount();
    int position = from.row() * columns + from.column();
    const int last = m->rowCount() * columns;
    for (position += step; position >= 0 && position < last; position += step) {
        const QModelIndex candidate = m->index(position / columns, position % columns);
        if (candidate.flags() & Qt::ItemIsEditable)
            return candidate;
    }
    return from;
}

QModelIndex ObservationGrid::moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers)
{
    if (action == MoveNext)
        return nextEditable(currentIndex(), 1);
    if (action == MovePrevious)
        return nextEditable(currentIndex(), -1);
    return QTableView::moveCursor(action, modifiers);
}

void ObservationGrid::moveDown()
{
    const QModelIndex current = currentIndex();
    if (!current.isValid() || current.row() + 1 >= model()->rowCount())
        return;
    setCurrentIndex(model()->index(current.row() + 1, current.column()));
}

void ObservationGrid::closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint)
{
    // Enter in an editor commits and moves down, as in a spreadsheet.
    if (hint == QAbstractItemDelegate::SubmitModelCache) {
        QTableView::closeEditor(editor, QAbstractItemDelegate::NoHint);
        moveDown();
        return;
    }
    QTableView::closeEditor(editor, hint);
}

void ObservationGrid::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Paste)) {
        pasteFromClipboard();
        return;
    }
    if (event->matches(QKeySequence::Copy)) {
        copyToClipboard();
        return;
    }
    if (state() != EditingState
        && (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace)) {
        if (ObservationGridModel *grid = gridModel())
            grid->clear(selectedIndexes());
        return;
    }
    if (state() != EditingState
        && (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)) {
        moveDown();
        return;
    }
    QTableView::keyPressEvent(event);
}

void ObservationGrid::pasteFromClipboard()
{
    ObservationGridModel *grid = gridModel();
    if (!grid)
        return;
    QString error;
    if (!grid->paste(currentIndex(), QApplication::clipboard()->text(), &error))
        Q_EMIT pasteRefused(error);
}

void ObservationGrid::copyToClipboard() const
{
    QModelIndexList indexes = selectedIndexes();
    if (indexes.isEmpty())
        return;
    std::sort(indexes.begin(), indexes.end());
    QString text;
    int row = indexes.constFirst().row();
    bool first = true;
    for (const QModelIndex &index : std::as_const(indexes)) {
        if (index.row() != row) {
            text += u'\n';
            row = index.row();
            first = true;
        }
        if (!first)
            text += u'\t';
        text += index.data(Qt::DisplayRole).toString();
        first = false;
    }
    QApplication::clipboard()->setText(text + u'\n');
}

} // namespace PlanTrack
