// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditlog.h"

#include "database.h"
#include "sqlvalues.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace PlanTrack {

AuditLog::AuditLog(Database &database)
    : m_database(database)
{}

bool AuditLog::record(const QString &action,
                      const QString &entity,
                      qint64 entityId,
                      const QString &detail,
                      QString *error)
{
    AuditEntry entry;
    entry.action = action;
    entry.entity = entity;
    entry.entityId = entityId;
    entry.detail = detail;
    return record(std::move(entry), error);
}

bool AuditLog::record(AuditEntry entry, QString *error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"INSERT INTO audit_log (at, who, action, entity, entity_id, task_id, field, "
                  "old_value, new_value, detail) VALUES (:at, :who, :action, :entity, "
                  ":entity_id, :task_id, :field, :old_value, :new_value, :detail)"_s);
    query.bindValue(u":at"_s, Sql::timestampValue(QDateTime::currentDateTimeUtc()));
    query.bindValue(u":who"_s, currentUser());
    query.bindValue(u":action"_s, Sql::textValue(entry.action));
    query.bindValue(u":entity"_s, Sql::textValue(entry.entity));
    query.bindValue(u":entity_id"_s, entry.entityId);
    query.bindValue(u":task_id"_s, Sql::nullableId(entry.taskId));
    query.bindValue(u":field"_s, Sql::textValue(entry.field));
    query.bindValue(u":old_value"_s, Sql::textValue(entry.oldValue));
    query.bindValue(u":new_value"_s, Sql::textValue(entry.newValue));
    query.bindValue(u":detail"_s, Sql::textValue(entry.detail));
    return Database::exec(query, error);
}

std::optional<QList<AuditEntry>> AuditLog::forTask(TaskId taskId, QString *error) const
{
    return select(u"WHERE task_id = :task_id"_s, taskId, -1, error);
}

std::optional<QList<AuditEntry>> AuditLog::latest(int limit, QString *error) const
{
    return select(QString(), 0, limit, error);
}

std::optional<QList<AuditEntry>>
AuditLog::select(const QString &where, TaskId taskId, int limit, QString *error) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(u"SELECT id, at, who, action, entity, entity_id, task_id, field, old_value, "
                  "new_value, detail FROM audit_log "_s
                  + where + u" ORDER BY id DESC LIMIT :limit"_s);
    if (taskId)
        query.bindValue(u":task_id"_s, taskId);
    query.bindValue(u":limit"_s, limit);
    if (!Database::exec(query, error))
        return std::nullopt;

    QList<AuditEntry> entries;
    while (query.next()) {
        AuditEntry entry;
        entry.id = query.value(0).toLongLong();
        entry.at = Sql::toTimestamp(query.value(1));
        entry.at.setTimeSpec(Qt::UTC);
        entry.who = query.value(2).toString();
        entry.action = query.value(3).toString();
        entry.entity = query.value(4).toString();
        entry.entityId = query.value(5).toLongLong();
        entry.taskId = query.value(6).toLongLong();
        entry.field = query.value(7).toString();
        entry.oldValue = query.value(8).toString();
        entry.newValue = query.value(9).toString();
        entry.detail = query.value(10).toString();
        entries.append(entry);
    }
    return entries;
}

QString AuditLog::currentUser()
{
    for (const char *variable : {"USERNAME", "USER", "LOGNAME"}) {
        const QString name = qEnvironmentVariable(variable);
        if (!name.isEmpty())
            return name;
    }
    return u"?"_s;
}

} // namespace PlanTrack
