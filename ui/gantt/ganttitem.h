// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "roles.h"
#include "schedule/deadline.h"
#include "schedule/schedulerules.h"
#include "schedule/status.h"

#include <QModelIndex>

#include <optional>

namespace PlanTrack {

/// Holds what the timeline draws for one row of a model, read from the row's roles
/// (ItemKindRole, DeadlineRole, StatusRole, DueSoonRole, PercentRole, JudgedUntilRole).
struct GanttItem
{
    ItemKind kind = ItemKind::Task;
    std::optional<Deadline> deadline;
    std::optional<Status> status; ///< none for sections and while no statuses are shown
    bool dueSoon = false;
    int percent = -1;  ///< 0–100, or -1 when the row tells none
    QDate judgedUntil; ///< for a recurring row, the end of the period its status judges
    /// For a section: the days its dated rows cover, each from its start (or the start of
    /// tracking) to its due day; invalid when no row has a due day.
    DateRange span;
    bool spanOpen = false; ///< for a section: some of its rows are ongoing or yearly

    bool isSection() const { return kind == ItemKind::Section; }

    /// Reads the row of index (any column); for a section also walks its rows for the span.
    static GanttItem of(const QModelIndex &index, const ScheduleRules &rules);

    /// Returns the first day a row's work is drawn from: its start, else the start of
    /// tracking (but never after its due day).
    static QDate startOf(const Deadline &deadline, const ScheduleRules &rules);
};

/// Returns every row of a model (column 0), each followed by its rows, as if all were
/// expanded.
QList<QModelIndex> flattenRows(const QAbstractItemModel &model);

/// Returns the days from the earliest start to the latest due day over every row of a
/// model, or an invalid range when no row has a date.
DateRange datedSpan(const QAbstractItemModel &model, const ScheduleRules &rules);

/// Returns the whole years a timeline of a model shows by default: those around the rows'
/// dates, the start of tracking and the as-of date (when valid).
DateRange
defaultTimelineRange(const QAbstractItemModel *model, const ScheduleRules &rules, QDate asOf);

} // namespace PlanTrack
