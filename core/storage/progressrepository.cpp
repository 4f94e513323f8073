// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "progressrepository.h"

#include "database.h"
#include "settingrepository.h"
#include "sqldialect.h"
#include "sqlvalues.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace PlanTrack {

namespace {

constexpr auto updateColumns = "id, task_id, agency_id, reported_on, state, completed_on, "
                               "percent, result, difficulties, evidence, entered_by, "
                               "entered_at"_L1;

ProgressUpdate readUpdate(const QSqlQuery &query)
{
    ProgressUpdate update;
    update.id = query.value(0).toLongLong();
    update.taskId = query.value(1).toLongLong();
    update.agencyId = query.value(2).toLongLong();
    update.reportedOn = Sql::toDate(query.value(3));
    update.state =
        progressStateFromKey(query.value(4).toString()).value_or(ProgressState::NotStarted);
    update.completedOn = Sql::toDate(query.value(5));
    if (!query.value(6).isNull())
        update.percent = query.value(6).toInt();
    update.result = query.value(7).toString();
    update.difficulties = query.value(8).toString();
    update.evidence = query.value(9).toString();
    update.enteredBy = query.value(10).toString();
    update.enteredAt = Sql::toTimestamp(query.value(11));
    return update;
}

void bindUpdate(QSqlQuery &query, const ProgressUpdate &update)
{
    query.bindValue(u":task_id"_s, update.taskId);
    query.bindValue(u":agency_id"_s, update.agencyId);
    query.bindValue(u":reported_on"_s, Sql::dateValue(update.reportedOn));
    query.bindValue(u":state"_s, progressStateKey(update.state));
    query.bindValue(u":completed_on"_s, Sql::dateValue(update.completedOn));
    query.bindValue(u":percent"_s, Sql::optionalValue(update.percent));
    query.bindValue(u":result"_s, Sql::textValue(update.result));
    query.bindValue(u":difficulties"_s, Sql::textValue(update.difficulties));
    query.bindValue(u":evidence"_s, Sql::textValue(update.evidence));
    query.bindValue(u":entered_by"_s, Sql::textValue(update.enteredBy));
    query.bindValue(u":entered_at"_s, Sql::timestampValue(update.enteredAt));
}

std::optional<QList<ProgressUpdate>> readUpdates(QSqlQuery &query, QString *error)
{
    if (!Database::exec(query, error))
        return std::nullopt;
    QList<ProgressUpdate> updates;
    while (query.next())
        updates.append(readUpdate(query));
    return updates;
}

} // namespace

ProgressRepository::ProgressRepository(Database &database)
    : m_database(database)
{}

bool ProgressRepository::loadFacts(ProgressIndex &index, QString *error) const
{
    // A city-wide workspace holds a million updates: read numbers only, in the order they
    // lie in the file, and sort them in memory.
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(u"SELECT id, task_id, agency_id, "_s + SqlDialect::julianDay(u"reported_on"_s)
                  + u", CASE state WHEN 'completed' THEN 2 WHEN 'in_progress' THEN 1 ELSE 0 END, "_s
                  + SqlDialect::julianDay(u"completed_on"_s) + u", percent FROM progress_update"_s);
    if (!Database::exec(query, error))
        return false;

    index.clear();
    while (query.next()) {
        ProgressFact fact;
        fact.id = query.value(0).toLongLong();
        fact.reportedOn = QDate::fromJulianDay(query.value(3).toLongLong());
        fact.state = ProgressState(query.value(4).toInt());
        const QVariant completed = query.value(5);
        if (!completed.isNull())
            fact.completedOn = QDate::fromJulianDay(completed.toLongLong());
        const QVariant percent = query.value(6);
        fact.percent = percent.isNull() ? qint8(-1) : qint8(percent.toInt());
        index.append(query.value(1).toLongLong(), query.value(2).toLongLong(), fact);
    }
    index.sort();
    return true;
}

std::optional<QList<ProgressUpdate>> ProgressRepository::updatesOf(TaskId taskId,
                                                                   QString *error) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(u"SELECT "_s + updateColumns
                  + u" FROM progress_update WHERE task_id = :task_id "
                    "ORDER BY reported_on, id"_s);
    query.bindValue(u":task_id"_s, taskId);
    return readUpdates(query, error);
}

std::optional<QList<ProgressUpdate>> ProgressRepository::updatesUntil(QDate asOf,
                                                                      QString *error) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(u"SELECT "_s + updateColumns
                  + u" FROM progress_update WHERE reported_on <= :as_of "
                    "ORDER BY reported_on, id"_s);
    query.bindValue(u":as_of"_s, Sql::dateValue(asOf));
    return readUpdates(query, error);
}

std::optional<ProgressUpdate> ProgressRepository::update(UpdateId id, QString *error) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT "_s + updateColumns + u" FROM progress_update WHERE id = :id"_s);
    query.bindValue(u":id"_s, id);
    const std::optional<QList<ProgressUpdate>> found = readUpdates(query, error);
    if (!found)
        return std::nullopt;
    if (found->isEmpty()) {
        *error = Database::tr("The progress update no longer exists in the workspace.");
        return std::nullopt;
    }
    return found->constFirst();
}

bool ProgressRepository::insert(ProgressUpdate &update, QString *error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"INSERT INTO progress_update (id, task_id, agency_id, reported_on, state, "
                  "completed_on, percent, result, difficulties, evidence, entered_by, "
                  "entered_at) VALUES (:id, :task_id, :agency_id, :reported_on, :state, "
                  ":completed_on, :percent, :result, :difficulties, :evidence, :entered_by, "
                  ":entered_at)"_s);
    query.bindValue(u":id"_s, Sql::nullableId(update.id));
    bindUpdate(query, update);
    if (!Database::exec(query, error))
        return false;
    update.id = query.lastInsertId().toLongLong();
    return true;
}

bool ProgressRepository::replace(const ProgressUpdate &update, QString *error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"UPDATE progress_update SET task_id = :task_id, agency_id = :agency_id, "
                  "reported_on = :reported_on, state = :state, completed_on = :completed_on, "
                  "percent = :percent, result = :result, difficulties = :difficulties, "
                  "evidence = :evidence, entered_by = :entered_by, entered_at = :entered_at "
                  "WHERE id = :id"_s);
    query.bindValue(u":id"_s, update.id);
    bindUpdate(query, update);
    return Database::exec(query, error);
}

bool ProgressRepository::remove(UpdateId id, QString *error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"DELETE FROM progress_update WHERE id = :id"_s);
    query.bindValue(u":id"_s, id);
    return Database::exec(query, error);
}

std::optional<QList<DeadlineChange>> ProgressRepository::deadlineChanges(QString *error) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(u"SELECT id, task_id, effective_on, deadline_text, deadline_kind, start_date, "
                  "due_date, reason, document_number, document_date, entered_by, entered_at "
                  "FROM deadline_change ORDER BY task_id, effective_on, id"_s);
    if (!Database::exec(query, error))
        return std::nullopt;

    QList<DeadlineChange> changes;
    while (query.next()) {
        DeadlineChange change;
        change.id = query.value(0).toLongLong();
        change.taskId = query.value(1).toLongLong();
        change.effectiveOn = Sql::toDate(query.value(2));
        change.deadline.text = query.value(3).toString();
        change.deadline.kind =
            deadlineKindFromKey(query.value(4).toString()).value_or(DeadlineKind::Date);
        change.deadline.start = Sql::toDate(query.value(5));
        change.deadline.due = Sql::toDate(query.value(6));
        change.reason = query.value(7).toString();
        change.documentNumber = query.value(8).toString();
        change.documentDate = Sql::toDate(query.value(9));
        change.enteredBy = query.value(10).toString();
        change.enteredAt = Sql::toTimestamp(query.value(11));
        changes.append(change);
    }
    return changes;
}

bool ProgressRepository::insert(DeadlineChange &change, QString *error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"INSERT INTO deadline_change (id, task_id, effective_on, deadline_text, "
                  "deadline_kind, start_date, due_date, reason, document_number, document_date, "
                  "entered_by, entered_at) VALUES (:id, :task_id, :effective_on, "
                  ":deadline_text, :deadline_kind, :start_date, :due_date, :reason, "
                  ":document_number, :document_date, :entered_by, :entered_at)"_s);
    query.bindValue(u":id"_s, Sql::nullableId(change.id));
    query.bindValue(u":task_id"_s, change.taskId);
    query.bindValue(u":effective_on"_s, Sql::dateValue(change.effectiveOn));
    query.bindValue(u":deadline_text"_s, Sql::textValue(change.deadline.text));
    query.bindValue(u":deadline_kind"_s, deadlineKindKey(change.deadline.kind));
    query.bindValue(u":start_date"_s, Sql::dateValue(change.deadline.start));
    query.bindValue(u":due_date"_s, Sql::dateValue(change.deadline.due));
    query.bindValue(u":reason"_s, Sql::textValue(change.reason));
    query.bindValue(u":document_number"_s, Sql::textValue(change.documentNumber));
    query.bindValue(u":document_date"_s, Sql::dateValue(change.documentDate));
    query.bindValue(u":entered_by"_s, Sql::textValue(change.enteredBy));
    query.bindValue(u":entered_at"_s, Sql::timestampValue(change.enteredAt));
    if (!Database::exec(query, error))
        return false;
    change.id = query.lastInsertId().toLongLong();
    return true;
}

bool ProgressRepository::removeDeadlineChange(DeadlineChangeId id, QString *error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"DELETE FROM deadline_change WHERE id = :id"_s);
    query.bindValue(u":id"_s, id);
    return Database::exec(query, error);
}

std::optional<ScheduleRules> ProgressRepository::rules(QString *error) const
{
    const std::optional<QHash<QString, QString>> values =
        SettingRepository(m_database).values(u"schedule."_s, error);
    if (!values)
        return std::nullopt;

    ScheduleRules rules;
    const auto number = [&values](const QString &key, int fallback) {
        bool ok = false;
        const int n = values->value(key).toInt(&ok);
        return ok ? n : fallback;
    };
    rules.periodLength = periodLengthFromKey(values->value(u"schedule.period_length"_s))
                             .value_or(rules.periodLength);
    rules.periodCutoff = periodCutoffFromKey(values->value(u"schedule.period_cutoff"_s))
                             .value_or(rules.periodCutoff);
    rules.annualDueMonth =
        std::clamp(number(u"schedule.annual_due_month"_s, rules.annualDueMonth), 1, 12);
    rules.dueSoonDays = std::max(0, number(u"schedule.due_soon_days"_s, rules.dueSoonDays));
    const QDate start = QDate::fromString(values->value(u"schedule.tracking_start"_s), Qt::ISODate);
    if (start.isValid())
        rules.trackingStart = start;
    return rules;
}

bool ProgressRepository::saveRules(const ScheduleRules &rules, QString *error)
{
    SettingRepository settings(m_database);
    return settings.setValue(
               u"schedule.period_length"_s, periodLengthKey(rules.periodLength), error)
           && settings.setValue(
               u"schedule.period_cutoff"_s, periodCutoffKey(rules.periodCutoff), error)
           && settings.setValue(
               u"schedule.annual_due_month"_s, QString::number(rules.annualDueMonth), error)
           && settings.setValue(
               u"schedule.due_soon_days"_s, QString::number(rules.dueSoonDays), error)
           && settings.setValue(
               u"schedule.tracking_start"_s, rules.trackingStart.toString(Qt::ISODate), error);
}

} // namespace PlanTrack
