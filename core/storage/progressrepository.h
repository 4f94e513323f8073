// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/progress.h"
#include "schedule/progressindex.h"
#include "schedule/schedulerules.h"

#include <optional>

namespace PlanTrack {

class Database;

/// Loads and stores progress updates, deadline changes and the schedule rules of a
/// workspace. Writes join the caller's transaction.
class ProgressRepository final
{
public:
    explicit ProgressRepository(Database &database);

    /// Fills an index with the facts of every update, reading only the columns it needs.
    bool loadFacts(ProgressIndex &index, QString *error) const;

    /// Returns every update of a row, oldest first.
    std::optional<QList<ProgressUpdate>> updatesOf(TaskId taskId, QString *error) const;

    /// Returns every update of the workspace dated on or before asOf, oldest first.
    std::optional<QList<ProgressUpdate>> updatesUntil(QDate asOf, QString *error) const;

    std::optional<ProgressUpdate> update(UpdateId id, QString *error) const;

    /// Inserts an update; a new one (id 0) gets its id set, one with an id (an undone
    /// deletion coming back) keeps it.
    bool insert(ProgressUpdate &update, QString *error);
    bool replace(const ProgressUpdate &update, QString *error);
    bool remove(UpdateId id, QString *error);

    std::optional<QList<DeadlineChange>> deadlineChanges(QString *error) const;
    bool insert(DeadlineChange &change, QString *error);
    bool removeDeadlineChange(DeadlineChangeId id, QString *error);

    std::optional<ScheduleRules> rules(QString *error) const;
    bool saveRules(const ScheduleRules &rules, QString *error);

private:
    Database &m_database;
};

} // namespace PlanTrack
