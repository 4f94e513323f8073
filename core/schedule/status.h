// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace PlanTrack {

/// Names the follow-up category of a task as of a date, as Vietnamese follow-up systems
/// report them. The keys are stable for scripts and files.
enum class Status {
    CompletedOnTime, ///< "completed_on_time": Đã hoàn thành đúng hạn
    CompletedLate,   ///< "completed_late": Đã hoàn thành quá hạn
    OnTrack,         ///< "on_track": Đang thực hiện trong hạn
    Overdue,         ///< "overdue": not completed and past due (Đang thực hiện quá hạn)
    NotDue,          ///< "not_due": not started, not yet due (Chưa đến hạn)
    Reported,        ///< "reported": a recurring item reported in its last closed period
    Unreported,      ///< "unreported": a recurring item not reported in that period
};

/// Returns every status in report order.
QList<Status> allStatuses();

QString statusKey(Status status);
std::optional<Status> statusFromKey(QStringView key);

/// Returns the translated label of a status ("Đã hoàn thành đúng hạn", "completed on time").
QString statusLabel(Status status);

inline bool isCompleted(Status status)
{
    return status == Status::CompletedOnTime || status == Status::CompletedLate;
}

/// Combines the statuses of the parts of one item (the lead agencies of a task, or the
/// sub-tasks of a row) into the status of the whole, by these rules in this order:
/// no parts: not due; every part completed: completed, late when any part was late; any
/// part overdue: overdue; any part unreported: unreported; any part in progress or
/// completed: on track; every part reported (or completed): reported; else not due.
Status combineStatuses(const QList<Status> &parts);

} // namespace PlanTrack
