// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/plan.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace PlanTrack {

using UpdateId = qint64;
using DeadlineChangeId = qint64;

/// Names how far an agency says it has come with a task.
enum class ProgressState {
    NotStarted, ///< "Chưa thực hiện"
    InProgress, ///< "Đang thực hiện"
    Completed,  ///< "Đã hoàn thành"
};

/// Returns the stable key of a state ("not_started", "in_progress", "completed").
QString progressStateKey(ProgressState state);
std::optional<ProgressState> progressStateFromKey(QStringView key);

/// Returns the translated name of a state.
QString progressStateLabel(ProgressState state);

/// Records what one agency reported about one task or sub-task on one day. Updates are
/// never overwritten by later ones: every update is kept and the status as of a date uses
/// the last one dated on or before it.
struct ProgressUpdate
{
    UpdateId id = 0;
    TaskId taskId = 0;
    AgencyId agencyId = 0;
    QDate reportedOn; ///< the day the update describes
    ProgressState state = ProgressState::NotStarted;
    QDate completedOn; ///< set when state is Completed
    std::optional<int> percent;
    QString result;
    QString difficulties;
    QString evidence; ///< document number and date, e.g. "123/QĐ-UBND ngày 20/03/2026"
    QString enteredBy;
    QDateTime enteredAt;

    /// Returns the day the task was finished: completedOn, else the report date.
    QDate completionDate() const { return completedOn.isValid() ? completedOn : reportedOn; }

    friend bool operator==(const ProgressUpdate &, const ProgressUpdate &) = default;
};

/// Records a decision that extends or changes the deadline of a task. The plan's own
/// deadline stays on record; from effectiveOn on, the new one is in force.
struct DeadlineChange
{
    DeadlineChangeId id = 0;
    TaskId taskId = 0;
    QDate effectiveOn; ///< the day the decision takes effect (usually its date)
    Deadline deadline; ///< the deadline in force from then on, with its wording
    QString reason;
    QString documentNumber; ///< e.g. "45/QĐ-UBND"
    QDate documentDate;
    QString enteredBy;
    QDateTime enteredAt;

    friend bool operator==(const DeadlineChange &, const DeadlineChange &) = default;
};

} // namespace PlanTrack
