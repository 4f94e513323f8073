// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/progress.h"
#include "schedule/progressindex.h"
#include "schedule/schedulerules.h"
#include "schedule/status.h"

#include <QHash>
#include <QList>
#include <QMap>

#include <optional>

namespace PlanTrack {

/// Describes how one agency stands with one task as of a date.
struct AgencyStatus
{
    AgencyId agencyId = 0;
    Role role = Role::Lead;  ///< Lead when the agency leads the task in any way
    AgencyId viaGroupId = 0; ///< the group that brings the task to it, 0 when named directly
    Status status = Status::NotDue;
    bool dueSoon = false;
    std::optional<ProgressFact> latest; ///< its last update as of the date
};

/// Describes how one task or sub-task stands as of a date, as a whole and per agency.
struct TaskStatus
{
    TaskId taskId = 0;
    Status status = Status::NotDue;
    bool dueSoon = false;
    Deadline deadline;            ///< the deadline in force on the date
    bool deadlineChanged = false; ///< whether a decision replaced the plan's deadline
    int percent = 0;              ///< mean progress of the lead agencies, 0–100
    DateRange judgedPeriod;       ///< for recurring items, the period judged; else invalid
    QList<AgencyStatus> agencies; ///< lead agencies first, each agency once

    /// Returns the entry of an agency, or nullptr when it has no part in the task.
    const AgencyStatus *agency(AgencyId id) const;

    /// Returns the status an agency answers for: its own where it leads the task, the
    /// task's as a whole where it coordinates (or has no part).
    Status statusFor(AgencyId id) const;

    /// Returns whether the task is due soon for an agency, by the rule of statusFor().
    bool dueSoonFor(AgencyId id) const;
};

/// Holds the statuses of every row of a workspace as of one date.
class StatusSheet final
{
public:
    QDate asOf() const { return m_asOf; }

    const TaskStatus *task(TaskId id) const;

    const QHash<TaskId, TaskStatus> &tasks() const { return m_tasks; }

    /// Counts the given rows by status.
    QMap<Status, int> counts(const QList<TaskId> &ids) const;

private:
    friend class StatusEngine;
    QDate m_asOf;
    QHash<TaskId, TaskStatus> m_tasks;
};

/// Counts of a set of rows by status, with the rates follow-up reports quote.
struct StatusCounts
{
    QMap<Status, int> byStatus;
    int total = 0;

    static StatusCounts of(const StatusSheet &sheet, const QList<TaskId> &ids);

    int count(Status status) const { return byStatus.value(status); }

    int completed() const;
    int inProgress() const; ///< on track plus overdue
    /// Returns overdue and unfinished rows over all rows, in percent (0 without rows).
    double overdueRate() const;
    double completionRate() const;
};

/// Answers every "what is the status of task T (for agency A) as of date D" question of
/// PlanTrack. Views, reports and exports ask it; none of them judges a status itself.
///
/// Rules, per agency that answers for a row (each member of a group that leads it):
/// - a deadline with a due day: completed on or before the due day in force on D is
///   completed on time, after it completed late; not completed and D after the due day is
///   overdue; an update in progress (or with a percentage) is on track; else not due.
/// - ongoing and conditional rows are judged on the last reporting period closed by D, an
///   annual row on the last annual occurrence due by D: reported when the agency has an
///   update dated in it, unreported when not, not due when none has closed yet.
/// - a coordinating agency is not answerable: its entry carries the status of the row.
/// A row's own status combines its lead agencies' statuses (combineStatuses); a row with
/// sub-tasks combines its sub-tasks' statuses instead. Only updates dated on or before D
/// count, and the deadline used is the one in force on D.
class StatusEngine final
{
public:
    StatusEngine(const QList<Plan> &plans, const AgencyDirectory &agencies, ScheduleRules rules);

    const ScheduleRules &rules() const { return m_rules; }

    void setRules(const ScheduleRules &rules) { m_rules = rules; }

    /// Replaces the deadline changes the engine knows of.
    void setDeadlineChanges(const QList<DeadlineChange> &changes);

    /// Returns the deadline of a row in force on a day.
    Deadline deadlineOn(const Task &task, QDate day, bool *changed = nullptr) const;

    /// Returns the decision whose deadline is in force for a row on a day, or nullptr while
    /// the plan's own deadline holds. The pointer lives until the changes are replaced.
    const DeadlineChange *changeInForce(TaskId taskId, QDate day) const;

    /// Returns the agencies that answer for a row (groups replaced by their members), leads
    /// first. A group without members answers for itself.
    QList<AgencyStatus> responsibleAgencies(const Task &task) const;

    /// Judges every row of every plan as of a date.
    StatusSheet evaluate(QDate asOf, const ProgressIndex &progress) const;

    /// Judges one row (and its sub-tasks) as of a date.
    TaskStatus evaluateTask(const Task &task, QDate asOf, const ProgressIndex &progress) const;

private:
    struct Row
    {
        const Task *task = nullptr;
        QList<const Task *> subTasks;
        QList<AgencyStatus> agencies;
    };

    TaskStatus judgeRow(const Row &row, QDate asOf, const ProgressIndex &progress) const;
    void judgeAgency(AgencyStatus &entry,
                     const Task &task,
                     const Deadline &deadline,
                     QDate asOf,
                     const ProgressIndex &progress) const;
    std::optional<DateRange> judgedPeriod(const Deadline &deadline, QDate asOf) const;
    DateRange currentPeriod(const Deadline &deadline, QDate asOf) const;
    void expand(AgencyId id,
                Role role,
                AgencyId via,
                QList<AgencyStatus> &out,
                QList<AgencyId> &seenGroups) const;

    const AgencyDirectory &m_agencies;
    ScheduleRules m_rules;
    QHash<TaskId, Row> m_rows;
    QList<TaskId> m_order;
    QHash<TaskId, QList<DeadlineChange>> m_changes; ///< each list by effectiveOn, then id
};

} // namespace PlanTrack
