// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTreeView>

namespace PlanTrack {

/// Shows the rows of a plan with wrapped task texts; section headings span the whole row
/// and every row arriving in the view starts expanded.
class TaskTreeView final : public QTreeView
{
    Q_OBJECT

public:
    explicit TaskTreeView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;

    /// Gives the columns their default widths.
    void resetColumnWidths();

    /// Lays the rows out once when control returns to the event loop. Call it before the
    /// model changes every row: the view then skips measuring rows signal by signal, which
    /// at city scale takes far longer than one layout.
    void relayoutOnce() { scheduleDelayedItemsLayout(); }

private:
    void showColumnMenu(const QPoint &position);
    void showInsertedRows(const QModelIndex &parent, int first, int last);
    void showAllRows();
    void spanSections();

    QList<QMetaObject::Connection> m_modelConnections;
};

} // namespace PlanTrack
