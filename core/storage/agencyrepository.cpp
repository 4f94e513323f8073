// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "agencyrepository.h"

#include "database.h"
#include "sqlvalues.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace PlanTrack {

AgencyRepository::AgencyRepository(Database &database)
    : m_database(database)
{}

std::optional<AgencyDirectory> AgencyRepository::load(QString *error) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(u"SELECT id, code, name_vi, name_en, parent_id, is_group FROM agency "
                  "ORDER BY position, id"_s);
    if (!Database::exec(query, error))
        return std::nullopt;

    QList<Agency> agencies;
    QHash<AgencyId, qsizetype> indexById;
    while (query.next()) {
        Agency agency;
        agency.id = query.value(0).toLongLong();
        agency.code = query.value(1).toString();
        agency.nameVi = query.value(2).toString();
        agency.nameEn = query.value(3).toString();
        agency.parentId = query.value(4).toLongLong();
        agency.isGroup = query.value(5).toBool();
        indexById.insert(agency.id, agencies.size());
        agencies.append(agency);
    }

    QSqlQuery members(m_database.connection());
    members.setForwardOnly(true);
    members.prepare(u"SELECT group_id, member_id FROM agency_member "
                    "ORDER BY group_id, position, member_id"_s);
    if (!Database::exec(members, error))
        return std::nullopt;
    while (members.next()) {
        const auto it = indexById.constFind(members.value(0).toLongLong());
        if (it != indexById.cend())
            agencies[*it].memberIds.append(members.value(1).toLongLong());
    }
    return AgencyDirectory(std::move(agencies));
}

bool AgencyRepository::insert(Agency &agency, QString *error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"INSERT INTO agency (code, name_vi, name_en, parent_id, is_group, position) "
                  "VALUES (:code, :name_vi, :name_en, :parent_id, :is_group, "
                  "(SELECT coalesce(max(position), 0) + 1 FROM agency))"_s);
    query.bindValue(u":code"_s, agency.code);
    query.bindValue(u":name_vi"_s, agency.nameVi);
    query.bindValue(u":name_en"_s, Sql::textValue(agency.nameEn));
    query.bindValue(u":parent_id"_s, Sql::nullableId(agency.parentId));
    query.bindValue(u":is_group"_s, agency.isGroup ? 1 : 0);
    if (!Database::exec(query, error))
        return false;

    agency.id = query.lastInsertId().toLongLong();
    return true;
}

bool AgencyRepository::setMembers(AgencyId groupId,
                                  const QList<AgencyId> &memberIds,
                                  QString *error)
{
    QSqlQuery clear(m_database.connection());
    clear.prepare(u"DELETE FROM agency_member WHERE group_id = :group_id"_s);
    clear.bindValue(u":group_id"_s, groupId);
    if (!Database::exec(clear, error))
        return false;

    QSqlQuery insert(m_database.connection());
    insert.prepare(u"INSERT INTO agency_member (group_id, member_id, position) "
                   "VALUES (:group_id, :member_id, :position)"_s);
    for (qsizetype i = 0; i < memberIds.size(); ++i) {
        insert.bindValue(u":group_id"_s, groupId);
        insert.bindValue(u":member_id"_s, memberIds.at(i));
        insert.bindValue(u":position"_s, int(i));
        if (!Database::exec(insert, error))
            return false;
    }
    return true;
}

} // namespace PlanTrack
