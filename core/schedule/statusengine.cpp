// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "statusengine.h"

#include <algorithm>
#include <numeric>

namespace PlanTrack {

namespace {

bool isAnnual(const Deadline &deadline)
{
    return deadline.kind == DeadlineKind::Annual;
}

int percentOf(const AgencyStatus &entry)
{
    if (isCompleted(entry.status))
        return 100;
    if (!entry.latest)
        return 0;
    if (entry.latest->percent >= 0)
        return entry.latest->percent;
    return entry.latest->state == ProgressState::Completed ? 100 : 0;
}

} // namespace

const AgencyStatus *TaskStatus::agency(AgencyId id) const
{
    for (const AgencyStatus &entry : agencies) {
        if (entry.agencyId == id)
            return &entry;
    }
    return nullptr;
}

Status TaskStatus::statusFor(AgencyId id) const
{
    const AgencyStatus *own = agency(id);
    return own && own->role == Role::Lead ? own->status : status;
}

bool TaskStatus::dueSoonFor(AgencyId id) const
{
    const AgencyStatus *own = agency(id);
    return own && own->role == Role::Lead ? own->dueSoon : dueSoon;
}

const TaskStatus *StatusSheet::task(TaskId id) const
{
    const auto it = m_tasks.constFind(id);
    return it == m_tasks.cend() ? nullptr : &*it;
}

QMap<Status, int> StatusSheet::counts(const QList<TaskId> &ids) const
{
    QMap<Status, int> result;
    for (TaskId id : ids) {
        if (const TaskStatus *status = task(id))
            ++result[status->status];
    }
    return result;
}

StatusCounts StatusCounts::of(const StatusSheet &sheet, const QList<TaskId> &ids)
{
    StatusCounts counts;
    counts.byStatus = sheet.counts(ids);
    for (int n : std::as_const(counts.byStatus))
        counts.total += n;
    return counts;
}

int StatusCounts::completed() const
{
    return count(Status::CompletedOnTime) + count(Status::CompletedLate);
}

int StatusCounts::inProgress() const
{
    return count(Status::OnTrack) + count(Status::Overdue);
}

double StatusCounts::overdueRate() const
{
    return total == 0 ? 0.0 : 100.0 * count(Status::Overdue) / total;
}

double StatusCounts::completionRate() const
{
    return total == 0 ? 0.0 : 100.0 * completed() / total;
}

StatusEngine::StatusEngine(const QList<Plan> &plans,
                           const AgencyDirectory &agencies,
                           ScheduleRules rules)
    : m_agencies(agencies)
    , m_rules(std::move(rules))
{
    for (const Plan &plan : plans) {
        // One pass finds every row's sub-tasks; asking the plan row by row would read all
        // rows once for each.
        QHash<TaskId, QList<const Task *>> subTasks;
        for (const Task &task : plan.tasks) {
            if (task.isSubTask())
                subTasks[task.parentId].append(&task);
        }
        for (const Task &task : plan.tasks) {
            Row row;
            row.task = &task;
            row.subTasks = subTasks.value(task.id);
            row.agencies = responsibleAgencies(task);
            m_rows.insert(task.id, row);
            m_order.append(task.id);
        }
    }
}

void StatusEngine::setDeadlineChanges(const QList<DeadlineChange> &changes)
{
    m_changes.clear();
    for (const DeadlineChange &change : changes)
        m_changes[change.taskId].append(change);
    for (QList<DeadlineChange> &list : m_changes) {
        std::sort(list.begin(), list.end(), [](const DeadlineChange &a, const DeadlineChange &b) {
            return a.effectiveOn != b.effectiveOn ? a.effectiveOn < b.effectiveOn : a.id < b.id;
        });
    }
}

Deadline StatusEngine::deadlineOn(const Task &task, QDate day, bool *changed) const
{
    const DeadlineChange *change = changeInForce(task.id, day);
    if (changed)
        *changed = change != nullptr;
    return change ? change->deadline : task.deadline;
}

const DeadlineChange *StatusEngine::changeInForce(TaskId taskId, QDate day) const
{
    const auto it = m_changes.constFind(taskId);
    if (it == m_changes.cend())
        return nullptr;
    const DeadlineChange *inForce = nullptr;
    for (const DeadlineChange &change : *it) {
        if (change.effectiveOn > day)
            break;
        inForce = &change;
    }
    return inForce;
}

QList<AgencyStatus> StatusEngine::responsibleAgencies(const Task &task) const
{
    QList<AgencyStatus> result;
    QList<AgencyId> seenGroups;
    for (AgencyId id : task.leadIds)
        expand(id, Role::Lead, 0, result, seenGroups);
    seenGroups.clear();
    for (AgencyId id : task.coordinatingIds)
        expand(id, Role::Coordinating, 0, result, seenGroups);
    return result;
}

void StatusEngine::expand(AgencyId id,
                          Role role,
                          AgencyId via,
                          QList<AgencyStatus> &out,
                          QList<AgencyId> &seenGroups) const
{
    const Agency *agency = m_agencies.byId(id);
    const bool expands = agency && agency->isGroup && !agency->memberIds.isEmpty();
    if (expands) {
        if (seenGroups.contains(id))
            return;
        seenGroups.append(id);
        for (AgencyId member : agency->memberIds)
            expand(member, role, via ? via : id, out, seenGroups);
        return;
    }

    // A direct part replaces one through a group; a lead part outranks a coordinating one.
    const auto existing = std::find_if(
        out.begin(), out.end(), [id](const AgencyStatus &e) { return e.agencyId == id; });
    if (existing == out.end()) {
        AgencyStatus entry;
        entry.agencyId = id;
        entry.role = role;
        entry.viaGroupId = via;
        out.append(entry);
    } else if (existing->role == role && existing->viaGroupId != 0 && via == 0) {
        existing->viaGroupId = 0;
    }
}

StatusSheet StatusEngine::evaluate(QDate asOf, const ProgressIndex &progress) const
{
    StatusSheet sheet;
    sheet.m_asOf = asOf;
    sheet.m_tasks.reserve(m_order.size());
    for (TaskId id : m_order)
        sheet.m_tasks.insert(id, judgeRow(m_rows.value(id), asOf, progress));
    return sheet;
}

TaskStatus
StatusEngine::evaluateTask(const Task &task, QDate asOf, const ProgressIndex &progress) const
{
    const auto it = m_rows.constFind(task.id);
    if (it != m_rows.cend())
        return judgeRow(*it, asOf, progress);
    Row row;
    row.task = &task;
    row.agencies = responsibleAgencies(task);
    return judgeRow(row, asOf, progress);
}

TaskStatus StatusEngine::judgeRow(const Row &row, QDate asOf, const ProgressIndex &progress) const
{
    const Task &task = *row.task;
    TaskStatus result;
    result.taskId = task.id;
    result.deadline = deadlineOn(task, asOf, &result.deadlineChanged);
    if (const std::optional<DateRange> period = judgedPeriod(result.deadline, asOf))
        result.judgedPeriod = *period;

    result.agencies = row.agencies;
    QList<Status> leadStatuses;
    QList<int> leadPercents;
    if (row.subTasks.isEmpty()) {
        for (AgencyStatus &entry : result.agencies) {
            if (entry.role != Role::Lead)
                continue;
            judgeAgency(entry, task, result.deadline, asOf, progress);
            leadStatuses.append(entry.status);
            leadPercents.append(percentOf(entry));
            result.dueSoon = result.dueSoon || entry.dueSoon;
        }
    } else {
        // A row followed through its deliverables: each agency's standing is that of its
        // sub-tasks, and so is the row's.
        QList<TaskStatus> parts;
        for (const Task *sub : row.subTasks)
            parts.append(evaluateTask(*sub, asOf, progress));
        for (AgencyStatus &entry : result.agencies) {
            if (entry.role != Role::Lead)
                continue;
            QList<Status> own;
            for (const TaskStatus &part : std::as_const(parts)) {
                if (const AgencyStatus *sub = part.agency(entry.agencyId))
                    own.append(sub->status);
                entry.dueSoon = entry.dueSoon || part.dueSoon;
            }
            entry.status = combineStatuses(own);
        }
        for (const TaskStatus &part : std::as_const(parts)) {
            leadStatuses.append(part.status);
            leadPercents.append(part.percent);
            result.dueSoon = result.dueSoon || part.dueSoon;
        }
    }

    result.status = combineStatuses(leadStatuses);
    if (!leadPercents.isEmpty())
        result.percent = std::accumulate(leadPercents.cbegin(), leadPercents.cend(), 0)
                         / int(leadPercents.size());
    if (isCompleted(result.status))
        result.dueSoon = false;

    for (AgencyStatus &entry : result.agencies) {
        if (entry.role == Role::Coordinating) {
            entry.status = result.status;
            entry.latest = progress.latest(task.id, entry.agencyId, asOf);
        }
    }
    return result;
}

void StatusEngine::judgeAgency(AgencyStatus &entry,
                               const Task &task,
                               const Deadline &deadline,
                               QDate asOf,
                               const ProgressIndex &progress) const
{
    entry.latest = progress.latest(task.id, entry.agencyId, asOf);
    const std::optional<ProgressFact> &latest = entry.latest;

    if (deadline.isRecurring()) {
        const std::optional<DateRange> period = judgedPeriod(deadline, asOf);
        if (!period)
            entry.status = Status::NotDue;
        else if (progress.reportedWithin(task.id, entry.agencyId, *period))
            entry.status = Status::Reported;
        else
            entry.status = Status::Unreported;

        const DateRange current = currentPeriod(deadline, asOf);
        const bool reportedNow = latest && latest->reportedOn >= current.first;
        entry.dueSoon =
            current.isValid() && !reportedNow && asOf.daysTo(current.last) <= m_rules.dueSoonDays;
        return;
    }

    const QDate due = deadline.due;
    const bool completed =
        latest && latest->state == ProgressState::Completed && latest->completionDate() <= asOf;
    if (completed)
        entry.status = due.isValid() && latest->completionDate() > due ? Status::CompletedLate
                                                                       : Status::CompletedOnTime;
    else if (due.isValid() && asOf > due)
        entry.status = Status::Overdue;
    else if (latest && (latest->state != ProgressState::NotStarted || latest->percent > 0))
        entry.status = Status::OnTrack;
    else
        entry.status = Status::NotDue;

    entry.dueSoon =
        !completed && due.isValid() && asOf <= due && asOf.daysTo(due) <= m_rules.dueSoonDays;
}

std::optional<DateRange> StatusEngine::judgedPeriod(const Deadline &deadline, QDate asOf) const
{
    if (!deadline.isRecurring())
        return std::nullopt;
    return isAnnual(deadline) ? m_rules.lastClosedAnnualOccurrence(asOf)
                              : m_rules.lastClosedPeriod(asOf);
}

DateRange StatusEngine::currentPeriod(const Deadline &deadline, QDate asOf) const
{
    return isAnnual(deadline) ? m_rules.annualOccurrenceFor(asOf) : m_rules.periodContaining(asOf);
}

} // namespace PlanTrack
