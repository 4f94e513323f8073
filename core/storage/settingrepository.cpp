// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingrepository.h"

#include "database.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace PlanTrack {

SettingRepository::SettingRepository(Database &database)
    : m_database(database)
{}

std::optional<QHash<QString, QString>> SettingRepository::values(const QString &prefix,
                                                                 QString *error) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(u"SELECT key, value FROM setting"_s);
    if (!Database::exec(query, error))
        return std::nullopt;

    // Few settings exist; filtering here keeps LIKE and its escaping out of the SQL.
    QHash<QString, QString> result;
    while (query.next()) {
        const QString key = query.value(0).toString();
        if (key.startsWith(prefix))
            result.insert(key, query.value(1).toString());
    }
    return result;
}

bool SettingRepository::setValue(const QString &key, const QString &value, QString *error)
{
    QSqlQuery remove(m_database.connection());
    remove.prepare(u"DELETE FROM setting WHERE key = :key"_s);
    remove.bindValue(u":key"_s, key);

    QSqlQuery insert(m_database.connection());
    insert.prepare(u"INSERT INTO setting (key, value) VALUES (:key, :value)"_s);
    insert.bindValue(u":key"_s, key);
    insert.bindValue(u":value"_s, value);
    return Database::exec(remove, error) && Database::exec(insert, error);
}

} // namespace PlanTrack
