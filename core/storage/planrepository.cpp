// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "planrepository.h"

#include "database.h"
#include "sqlvalues.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace PlanTrack {

namespace {

QHash<TaskId, Task *> indexTasks(Plan &plan)
{
    QHash<TaskId, Task *> index;
    for (Task &task : plan.tasks)
        index.insert(task.id, &task);
    return index;
}

} // namespace

PlanRepository::PlanRepository(Database &database)
    : m_database(database)
{}

std::optional<QList<Plan>> PlanRepository::loadAll(QString *error) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(u"SELECT id, code, title_vi, title_en, number, issued_on, issuer_id, "
                  "resolution FROM plan ORDER BY position, id"_s);
    if (!Database::exec(query, error))
        return std::nullopt;

    QList<Plan> plans;
    while (query.next()) {
        Plan plan;
        plan.id = query.value(0).toLongLong();
        plan.code = query.value(1).toString();
        plan.titleVi = query.value(2).toString();
        plan.titleEn = query.value(3).toString();
        plan.number = query.value(4).toString();
        plan.issuedOn = Sql::toDate(query.value(5));
        plan.issuerId = query.value(6).toLongLong();
        plan.resolution = query.value(7).toString();
        plans.append(plan);
    }

    for (Plan &plan : plans) {
        if (!loadSections(plan, error) || !loadTasks(plan, error)
            || !loadResponsibilities(plan, error) || !loadIndicators(plan, error))
            return std::nullopt;
    }
    return plans;
}

std::optional<bool> PlanRepository::contains(const QString &code, QString *error) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT count(*) FROM plan WHERE code = :code"_s);
    query.bindValue(u":code"_s, code);
    if (!Database::exec(query, error) || !query.next())
        return std::nullopt;
    return query.value(0).toInt() > 0;
}

bool PlanRepository::loadSections(Plan &plan, QString *error) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(u"SELECT id, label, title_vi, title_en FROM section "
                  "WHERE plan_id = :plan_id ORDER BY position, id"_s);
    query.bindValue(u":plan_id"_s, plan.id);
    if (!Database::exec(query, error))
        return false;

    while (query.next()) {
        plan.sections.append({query.value(0).toLongLong(),
                              query.value(1).toString(),
                              query.value(2).toString(),
                              query.value(3).toString()});
    }
    return true;
}

// Rows are stored with one position over the whole plan, so ordering by it gives plan
// order with each sub-task right after its task.
bool PlanRepository::loadTasks(Plan &plan, QString *error) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(u"SELECT id, parent_id, section_id, stt, detail, content_vi, content_en, "
                  "deadline_text, deadline_kind, start_date, due_date FROM task "
                  "WHERE plan_id = :plan_id ORDER BY position, id"_s);
    query.bindValue(u":plan_id"_s, plan.id);
    if (!Database::exec(query, error))
        return false;

    while (query.next()) {
        Task task;
        task.id = query.value(0).toLongLong();
        task.parentId = query.value(1).toLongLong();
        task.sectionId = query.value(2).toLongLong();
        task.stt = query.value(3).toString();
        task.detail = query.value(4).toInt();
        task.contentVi = query.value(5).toString();
        task.contentEn = query.value(6).toString();
        task.deadline.text = query.value(7).toString();
        task.deadline.kind =
            deadlineKindFromKey(query.value(8).toString()).value_or(DeadlineKind::Ongoing);
        task.deadline.start = Sql::toDate(query.value(9));
        task.deadline.due = Sql::toDate(query.value(10));
        plan.tasks.append(task);
    }
    return true;
}

bool PlanRepository::loadResponsibilities(Plan &plan, QString *error) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(u"SELECT r.task_id, r.agency_id, r.role FROM responsibility r "
                  "JOIN task t ON t.id = r.task_id WHERE t.plan_id = :plan_id "
                  "ORDER BY r.task_id, r.position"_s);
    query.bindValue(u":plan_id"_s, plan.id);
    if (!Database::exec(query, error))
        return false;

    const QHash<TaskId, Task *> tasks = indexTasks(plan);
    while (query.next()) {
        Task *task = tasks.value(query.value(0).toLongLong());
        const std::optional<Role> role = roleFromKey(query.value(2).toString());
        if (!task || !role)
            continue;
        QList<AgencyId> &ids = *role == Role::Lead ? task->leadIds : task->coordinatingIds;
        ids.append(query.value(1).toLongLong());
    }
    return true;
}

bool PlanRepository::loadIndicators(Plan &plan, QString *error) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(u"SELECT i.task_id, i.unit, i.direction, i.target, i.period_start, "
                  "i.period_end FROM indicator_target i JOIN task t ON t.id = i.task_id "
                  "WHERE t.plan_id = :plan_id"_s);
    query.bindValue(u":plan_id"_s, plan.id);
    if (!Database::exec(query, error))
        return false;

    const QHash<TaskId, Task *> tasks = indexTasks(plan);
    while (query.next()) {
        Task *task = tasks.value(query.value(0).toLongLong());
        if (!task)
            continue;
        IndicatorTarget target;
        target.unit = unitFromKey(query.value(1).toString()).value_or(target.unit);
        target.direction = directionFromKey(query.value(2).toString()).value_or(target.direction);
        target.target = query.value(3).toDouble();
        target.periodStart = Sql::toDate(query.value(4));
        target.periodEnd = Sql::toDate(query.value(5));
        task->indicator = target;
    }
    return true;
}

bool PlanRepository::insert(Plan &plan, QString *error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"INSERT INTO plan (code, title_vi, title_en, number, issued_on, issuer_id, "
                  "resolution, position) VALUES (:code, :title_vi, :title_en, :number, "
                  ":issued_on, :issuer_id, :resolution, "
                  "(SELECT coalesce(max(position), 0) + 1 FROM plan))"_s);
    query.bindValue(u":code"_s, plan.code);
    query.bindValue(u":title_vi"_s, plan.titleVi);
    query.bindValue(u":title_en"_s, Sql::textValue(plan.titleEn));
    query.bindValue(u":number"_s, Sql::textValue(plan.number));
    query.bindValue(u":issued_on"_s, Sql::dateValue(plan.issuedOn));
    query.bindValue(u":issuer_id"_s, Sql::nullableId(plan.issuerId));
    query.bindValue(u":resolution"_s, Sql::textValue(plan.resolution));
    if (!Database::exec(query, error))
        return false;
    plan.id = query.lastInsertId().toLongLong();

    QHash<SectionId, SectionId> sectionIds;
    QSqlQuery section(m_database.connection());
    section.prepare(u"INSERT INTO section (plan_id, position, label, title_vi, title_en) "
                    "VALUES (:plan_id, :position, :label, :title_vi, :title_en)"_s);
    for (qsizetype i = 0; i < plan.sections.size(); ++i) {
        Section &s = plan.sections[i];
        section.bindValue(u":plan_id"_s, plan.id);
        section.bindValue(u":position"_s, int(i));
        section.bindValue(u":label"_s, s.label);
        section.bindValue(u":title_vi"_s, s.titleVi);
        section.bindValue(u":title_en"_s, Sql::textValue(s.titleEn));
        if (!Database::exec(section, error))
            return false;
        const SectionId stored = section.lastInsertId().toLongLong();
        sectionIds.insert(s.id, stored);
        s.id = stored;
    }

    QHash<TaskId, TaskId> taskIds;
    for (qsizetype i = 0; i < plan.tasks.size(); ++i) {
        Task &task = plan.tasks[i];
        const TaskId given = task.id;
        task.sectionId = sectionIds.value(task.sectionId);
        task.parentId = task.parentId ? taskIds.value(task.parentId) : 0;
        if (!insertTask(plan.id, task, int(i), error))
            return false;
        taskIds.insert(given, task.id);
    }
    return true;
}

bool PlanRepository::insertTask(PlanId planId, Task &task, int position, QString *error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"INSERT INTO task (plan_id, section_id, parent_id, position, stt, detail, "
                  "content_vi, content_en, deadline_text, deadline_kind, start_date, due_date) "
                  "VALUES (:plan_id, :section_id, :parent_id, :position, :stt, :detail, "
                  ":content_vi, :content_en, :deadline_text, :deadline_kind, :start_date, "
                  ":due_date)"_s);
    query.bindValue(u":plan_id"_s, planId);
    query.bindValue(u":section_id"_s, task.sectionId);
    query.bindValue(u":parent_id"_s, Sql::nullableId(task.parentId));
    query.bindValue(u":position"_s, position);
    query.bindValue(u":stt"_s, task.stt);
    query.bindValue(u":detail"_s,
                    task.detail ? QVariant(task.detail) : QVariant(QMetaType::fromType<int>()));
    query.bindValue(u":content_vi"_s, task.contentVi);
    query.bindValue(u":content_en"_s, Sql::textValue(task.contentEn));
    query.bindValue(u":deadline_text"_s, task.deadline.text);
    query.bindValue(u":deadline_kind"_s, deadlineKindKey(task.deadline.kind));
    query.bindValue(u":start_date"_s, Sql::dateValue(task.deadline.start));
    query.bindValue(u":due_date"_s, Sql::dateValue(task.deadline.due));
    if (!Database::exec(query, error))
        return false;

    task.id = query.lastInsertId().toLongLong();
    return insertResponsibilities(task, error) && insertIndicator(task, error);
}

bool PlanRepository::insertResponsibilities(const Task &task, QString *error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"INSERT INTO responsibility (task_id, agency_id, role, position) "
                  "VALUES (:task_id, :agency_id, :role, :position)"_s);
    const auto insertAll = [&](const QList<AgencyId> &ids, Role role) {
        for (qsizetype i = 0; i < ids.size(); ++i) {
            query.bindValue(u":task_id"_s, task.id);
            query.bindValue(u":agency_id"_s, ids.at(i));
            query.bindValue(u":role"_s, roleKey(role));
            query.bindValue(u":position"_s, int(i));
            if (!Database::exec(query, error))
                return false;
        }
        return true;
    };
    return insertAll(task.leadIds, Role::Lead)
           && insertAll(task.coordinatingIds, Role::Coordinating);
}

bool PlanRepository::setResponsibilities(TaskId taskId,
                                         const QList<AgencyId> &leadIds,
                                         const QList<AgencyId> &coordinatingIds,
                                         QString *error)
{
    QSqlQuery clear(m_database.connection());
    clear.prepare(u"DELETE FROM responsibility WHERE task_id = :task_id"_s);
    clear.bindValue(u":task_id"_s, taskId);
    if (!Database::exec(clear, error))
        return false;

    Task task;
    task.id = taskId;
    task.leadIds = leadIds;
    task.coordinatingIds = coordinatingIds;
    return insertResponsibilities(task, error);
}

bool PlanRepository::insertIndicator(const Task &task, QString *error)
{
    if (!task.indicator)
        return true;

    const IndicatorTarget &target = *task.indicator;
    QSqlQuery query(m_database.connection());
    query.prepare(u"INSERT INTO indicator_target (task_id, unit, direction, target, "
                  "period_start, period_end) VALUES (:task_id, :unit, :direction, :target, "
                  ":period_start, :period_end)"_s);
    query.bindValue(u":task_id"_s, task.id);
    query.bindValue(u":unit"_s, unitKey(target.unit));
    query.bindValue(u":direction"_s, directionKey(target.direction));
    query.bindValue(u":target"_s, target.target);
    query.bindValue(u":period_start"_s, Sql::dateValue(target.periodStart));
    query.bindValue(u":period_end"_s, Sql::dateValue(target.periodEnd));
    return Database::exec(query, error);
}

} // namespace PlanTrack
