// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTableView>

namespace PlanTrack {

class ObservationGridModel;

/// Shows an ObservationGridModel as a spreadsheet-like table: typing starts editing, Enter
/// moves down and Tab to the next cell to fill (skipping cells that cannot be edited),
/// Ctrl+V pastes a block copied from a spreadsheet, Ctrl+C copies the selection, Delete
/// empties the selected cells.
class ObservationGrid final : public QTableView
{
    Q_OBJECT

public:
    explicit ObservationGrid(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;

    ObservationGridModel *gridModel() const;

public Q_SLOTS:
    /// Pastes the clipboard at the current cell; a problem is told by pasteRefused.
    void pasteFromClipboard();
    void copyToClipboard() const;

Q_SIGNALS:
    void pasteRefused(const QString &reason);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    QModelIndex moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers) override;
    void closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint) override;

private:
    QModelIndex nextEditable(const QModelIndex &from, int step) const;
    void moveDown();
};

} // namespace PlanTrack
