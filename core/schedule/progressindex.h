// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/progress.h"
#include "schedule/schedulerules.h"

#include <QHash>
#include <QList>

#include <optional>

namespace PlanTrack {

/// Holds what the status engine needs of one progress update, and nothing more.
struct ProgressFact
{
    UpdateId id = 0;
    QDate reportedOn;
    QDate completedOn;
    ProgressState state = ProgressState::NotStarted;
    qint8 percent = -1; ///< -1 when not given

    static ProgressFact of(const ProgressUpdate &update);

    QDate completionDate() const { return completedOn.isValid() ? completedOn : reportedOn; }
};

/// Keeps the progress facts of a workspace by task and agency, in date order, so that the
/// last update as of any date is found without reading the updates again. A workspace of
/// a million updates takes some tens of megabytes here, far less than the updates' texts.
class ProgressIndex final
{
public:
    /// Adds or replaces (same id) the fact of one update.
    void insert(TaskId taskId, AgencyId agencyId, const ProgressFact &fact);

    /// Adds the fact of an update without keeping the order; call sort() after the last.
    /// Loading a million facts this way is far cheaper than inserting them one by one.
    void append(TaskId taskId, AgencyId agencyId, const ProgressFact &fact);

    /// Puts the facts of every pair back in date order after append().
    void sort();

    /// Removes the fact of an update; returns whether it was present.
    bool remove(TaskId taskId, AgencyId agencyId, UpdateId id);

    void clear() { m_facts.clear(); }

    qsizetype size() const;

    /// Returns the last update of the pair dated on or before asOf.
    std::optional<ProgressFact> latest(TaskId taskId, AgencyId agencyId, QDate asOf) const;

    /// Returns whether the pair has an update dated within range.
    bool reportedWithin(TaskId taskId, AgencyId agencyId, const DateRange &range) const;

private:
    using Key = QPair<TaskId, AgencyId>;
    QHash<Key, QList<ProgressFact>> m_facts; ///< each list by reportedOn, then id
};

} // namespace PlanTrack
