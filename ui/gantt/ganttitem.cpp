// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ganttitem.h"

#include <QAbstractItemModel>

#include <algorithm>

namespace PlanTrack {

namespace {

std::optional<Deadline> deadlineOf(const QModelIndex &index)
{
    const QVariant value = index.data(DeadlineRole);
    if (value.metaType() != QMetaType::fromType<Deadline>())
        return std::nullopt;
    return value.value<Deadline>();
}

/// Widens span by the rows under parent, recursively; notes ongoing rows in open.
void widen(const QAbstractItemModel &model,
           const QModelIndex &parent,
           const ScheduleRules &rules,
           DateRange &span,
           bool &open)
{
    const int rows = model.rowCount(parent);
    for (int row = 0; row < rows; ++row) {
        const QModelIndex child = model.index(row, 0, parent);
        if (const std::optional<Deadline> deadline = deadlineOf(child)) {
            if (deadline->due.isValid()) {
                const QDate first = GanttItem::startOf(*deadline, rules);
                span.first = span.first.isValid() ? std::min(span.first, first) : first;
                span.last =
                    span.last.isValid() ? std::max(span.last, deadline->due) : deadline->due;
            } else if (deadline->isRecurring()) {
                open = true;
            }
        }
        widen(model, child, rules, span, open);
    }
}

} // namespace

GanttItem GanttItem::of(const QModelIndex &index, const ScheduleRules &rules)
{
    GanttItem item;
    const QModelIndex row = index.siblingAtColumn(0);
    item.kind = ItemKind(row.data(ItemKindRole).toInt());

    if (item.isSection()) {
        widen(*row.model(), row, rules, item.span, item.spanOpen);
        return item;
    }

    item.deadline = deadlineOf(row);
    const QVariant status = row.data(StatusRole);
    if (status.isValid())
        item.status = Status(status.toInt());
    item.dueSoon = row.data(DueSoonRole).toBool();
    const QVariant percent = row.data(PercentRole);
    if (percent.isValid())
        item.percent = std::clamp(percent.toInt(), 0, 100);
    item.judgedUntil = row.data(JudgedUntilRole).toDate();
    return item;
}

QDate GanttItem::startOf(const Deadline &deadline, const ScheduleRules &rules)
{
    if (deadline.start.isValid())
        return deadline.start;
    if (!deadline.due.isValid())
        return rules.trackingStart;
    return std::min(deadline.due, rules.trackingStart);
}

QList<QModelIndex> flattenRows(const QAbstractItemModel &model)
{
    QList<QModelIndex> rows;
    QList<QModelIndex> stack;
    for (int row = model.rowCount() - 1; row >= 0; --row)
        stack.append(model.index(row, 0));
    while (!stack.isEmpty()) {
        const QModelIndex index = stack.takeLast();
        rows.append(index);
        for (int row = model.rowCount(index) - 1; row >= 0; --row)
            stack.append(model.index(row, 0, index));
    }
    return rows;
}

DateRange datedSpan(const QAbstractItemModel &model, const ScheduleRules &rules)
{
    DateRange span;
    bool open = false;
    widen(model, {}, rules, span, open);
    return span;
}

DateRange
defaultTimelineRange(const QAbstractItemModel *model, const ScheduleRules &rules, QDate asOf)
{
    DateRange span = model ? datedSpan(*model, rules) : DateRange();
    if (!span.isValid())
        span = {rules.trackingStart, rules.trackingStart.addYears(1)};
    span.first = std::min(span.first, rules.trackingStart);
    if (asOf.isValid())
        span = {std::min(span.first, asOf), std::max(span.last, asOf)};
    return {QDate(span.first.year(), 1, 1), QDate(span.last.year(), 12, 31)};
}

} // namespace PlanTrack
