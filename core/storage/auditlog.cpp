// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditlog.h"

#include "database.h"

#include <QDateTime>
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
    QSqlQuery query(m_database.connection());
    query.prepare(u"INSERT INTO audit_log (at, who, action, entity, entity_id, detail) "
                  "VALUES (:at, :who, :action, :entity, :entity_id, :detail)"_s);
    query.bindValue(u":at"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    query.bindValue(u":who"_s, currentUser());
    query.bindValue(u":action"_s, action);
    query.bindValue(u":entity"_s, entity);
    query.bindValue(u":entity_id"_s, entityId);
    query.bindValue(u":detail"_s, detail);
    return Database::exec(query, error);
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
