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

namespace {

std::optional<int> countOf(Database &database, const QString &sql, AgencyId id, QString *error)
{
    QSqlQuery query(database.connection());
    query.prepare(sql);
    query.bindValue(u":id"_s, id);
    if (!Database::exec(query, error) || !query.next())
        return std::nullopt;
    return query.value(0).toInt();
}

} // namespace

AgencyRepository::AgencyRepository(Database &database)
    : m_database(database)
{}

std::optional<AgencyDirectory> AgencyRepository::load(QString *error) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(u"SELECT id, code, name_vi, name_en, parent_id, is_group, retired_on, "
                  "merged_into_id FROM agency ORDER BY position, id"_s);
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
        agency.retiredOn = Sql::toDate(query.value(6));
        agency.mergedIntoId = query.value(7).toLongLong();
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
    Agency fresh = agency;
    fresh.id = 0;
    if (!insertWithId(fresh, error))
        return false;
    agency.id = fresh.id;
    return true;
}

bool AgencyRepository::insertWithId(Agency &agency, QString *error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"INSERT INTO agency (id, code, name_vi, name_en, parent_id, is_group, "
                  "position) VALUES (:id, :code, :name_vi, :name_en, :parent_id, :is_group, "
                  "(SELECT coalesce(max(position), 0) + 1 FROM agency))"_s);
    query.bindValue(u":id"_s, Sql::nullableId(agency.id));
    query.bindValue(u":code"_s, agency.code);
    query.bindValue(u":name_vi"_s, agency.nameVi);
    query.bindValue(u":name_en"_s, Sql::textValue(agency.nameEn));
    query.bindValue(u":parent_id"_s, Sql::nullableId(agency.parentId));
    query.bindValue(u":is_group"_s, agency.isGroup ? 1 : 0);
    if (!Database::exec(query, error))
        return false;

    if (!agency.id)
        agency.id = query.lastInsertId().toLongLong();
    return true;
}

bool AgencyRepository::update(const Agency &agency, QString *error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"UPDATE agency SET code = :code, name_vi = :name_vi, name_en = :name_en, "
                  "parent_id = :parent_id, retired_on = :retired_on, "
                  "merged_into_id = :merged_into_id WHERE id = :id"_s);
    query.bindValue(u":code"_s, agency.code);
    query.bindValue(u":name_vi"_s, agency.nameVi);
    query.bindValue(u":name_en"_s, Sql::textValue(agency.nameEn));
    query.bindValue(u":parent_id"_s, Sql::nullableId(agency.parentId));
    query.bindValue(u":retired_on"_s, Sql::dateValue(agency.retiredOn));
    query.bindValue(u":merged_into_id"_s, Sql::nullableId(agency.mergedIntoId));
    query.bindValue(u":id"_s, agency.id);
    return Database::exec(query, error);
}

bool AgencyRepository::remove(AgencyId id, QString *error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"DELETE FROM agency WHERE id = :id"_s);
    query.bindValue(u":id"_s, id);
    return Database::exec(query, error);
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

std::optional<AgencyUsage> AgencyRepository::usage(AgencyId id, QString *error) const
{
    const std::pair<int AgencyUsage::*, QString> counts[] = {
        {&AgencyUsage::responsibilities,
         u"SELECT count(*) FROM responsibility WHERE agency_id = :id"_s},
        {&AgencyUsage::updates, u"SELECT count(*) FROM progress_update WHERE agency_id = :id"_s},
        {&AgencyUsage::observations, u"SELECT count(*) FROM observation WHERE agency_id = :id"_s},
        {&AgencyUsage::indicators, u"SELECT count(*) FROM indicator WHERE lead_agency_id = :id"_s},
        {&AgencyUsage::plans, u"SELECT count(*) FROM plan WHERE issuer_id = :id"_s},
        {&AgencyUsage::children,
         u"SELECT count(*) FROM agency WHERE parent_id = :id OR merged_into_id = :id"_s},
        {&AgencyUsage::memberships, u"SELECT count(*) FROM agency_member WHERE member_id = :id"_s},
    };

    AgencyUsage usage;
    for (const auto &[member, sql] : counts) {
        const std::optional<int> n = countOf(m_database, sql, id, error);
        if (!n)
            return std::nullopt;
        usage.*member = *n;
    }
    return usage;
}

std::optional<QList<qint64>> AgencyRepository::updateIdsOf(AgencyId id, QString *error) const
{
    return ids(u"progress_update"_s, u"agency_id"_s, id, error);
}

bool AgencyRepository::setAgencyOfUpdates(const QList<qint64> &ids,
                                          AgencyId agencyId,
                                          QString *error)
{
    return setColumn(u"progress_update"_s, u"agency_id"_s, ids, agencyId, error);
}

std::optional<QList<qint64>> AgencyRepository::observationIdsOf(AgencyId id, QString *error) const
{
    return ids(u"observation"_s, u"agency_id"_s, id, error);
}

bool AgencyRepository::setAgencyOfObservations(const QList<qint64> &ids,
                                               AgencyId agencyId,
                                               QString *error)
{
    return setColumn(u"observation"_s, u"agency_id"_s, ids, agencyId, error);
}

std::optional<QList<qint64>> AgencyRepository::indicatorIdsLedBy(AgencyId id, QString *error) const
{
    return ids(u"indicator"_s, u"lead_agency_id"_s, id, error);
}

bool AgencyRepository::setIndicatorLead(const QList<qint64> &ids, AgencyId agencyId, QString *error)
{
    return setColumn(u"indicator"_s, u"lead_agency_id"_s, ids, agencyId, error);
}

std::optional<QList<qint64>> AgencyRepository::planIdsIssuedBy(AgencyId id, QString *error) const
{
    return ids(u"plan"_s, u"issuer_id"_s, id, error);
}

bool AgencyRepository::setPlanIssuer(const QList<qint64> &ids, AgencyId agencyId, QString *error)
{
    return setColumn(u"plan"_s, u"issuer_id"_s, ids, agencyId, error);
}

// Table and column names come from this file only; values are always bound.
std::optional<QList<qint64>> AgencyRepository::ids(const QString &table,
                                                   const QString &column,
                                                   AgencyId id,
                                                   QString *error) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(u"SELECT id FROM %1 WHERE %2 = :id ORDER BY id"_s.arg(table, column));
    query.bindValue(u":id"_s, id);
    if (!Database::exec(query, error))
        return std::nullopt;

    QList<qint64> result;
    while (query.next())
        result.append(query.value(0).toLongLong());
    return result;
}

bool AgencyRepository::setColumn(const QString &table,
                                 const QString &column,
                                 const QList<qint64> &ids,
                                 AgencyId agencyId,
                                 QString *error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"UPDATE %1 SET %2 = :agency WHERE id = :id"_s.arg(table, column));
    for (qint64 id : ids) {
        query.bindValue(u":agency"_s, Sql::nullableId(agencyId));
        query.bindValue(u":id"_s, id);
        if (!Database::exec(query, error))
            return false;
    }
    return true;
}

} // namespace PlanTrack
