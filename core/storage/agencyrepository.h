// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/agency.h"

#include <optional>

namespace PlanTrack {

class Database;

/// Counts the records of a workspace that name one agency.
struct AgencyUsage
{
    int responsibilities = 0;
    int updates = 0;
    int observations = 0;
    int indicators = 0; ///< indicators it leads
    int plans = 0;      ///< plans it issued
    int children = 0;
    int memberships = 0; ///< groups that list it

    bool isUnused() const
    {
        return responsibilities + updates + observations + indicators + plans + children
                   + memberships
               == 0;
    }
};

/// Loads and stores the agency tree of a workspace. Writes join the caller's transaction.
class AgencyRepository final
{
public:
    explicit AgencyRepository(Database &database);

    std::optional<AgencyDirectory> load(QString *error) const;

    /// Inserts an agency (without members) and sets its id.
    bool insert(Agency &agency, QString *error);

    /// Inserts an agency (without members) under the id it carries, as when an undone
    /// removal comes back; without an id it gets a new one.
    bool insertWithId(Agency &agency, QString *error);

    /// Stores the code, names, parent and retirement of an agency; members are left as
    /// they are.
    bool update(const Agency &agency, QString *error);

    /// Deletes an agency that nothing names any more (see usage()).
    bool remove(AgencyId id, QString *error);

    /// Replaces the member list of a group.
    bool setMembers(AgencyId groupId, const QList<AgencyId> &memberIds, QString *error);

    std::optional<AgencyUsage> usage(AgencyId id, QString *error) const;

    /// Returns the ids of the progress updates an agency reported, in id order.
    std::optional<QList<qint64>> updateIdsOf(AgencyId id, QString *error) const;
    /// Gives the progress updates with these ids to another agency.
    bool setAgencyOfUpdates(const QList<qint64> &ids, AgencyId agencyId, QString *error);

    /// Returns the ids of the indicator observations an agency reported, in id order.
    std::optional<QList<qint64>> observationIdsOf(AgencyId id, QString *error) const;
    bool setAgencyOfObservations(const QList<qint64> &ids, AgencyId agencyId, QString *error);

    /// Returns the ids of the indicators an agency leads.
    std::optional<QList<qint64>> indicatorIdsLedBy(AgencyId id, QString *error) const;
    bool setIndicatorLead(const QList<qint64> &ids, AgencyId agencyId, QString *error);

    /// Returns the ids of the plans an agency issued.
    std::optional<QList<qint64>> planIdsIssuedBy(AgencyId id, QString *error) const;
    bool setPlanIssuer(const QList<qint64> &ids, AgencyId agencyId, QString *error);

private:
    std::optional<QList<qint64>>
    ids(const QString &table, const QString &column, AgencyId id, QString *error) const;
    bool setColumn(const QString &table,
                   const QString &column,
                   const QList<qint64> &ids,
                   AgencyId agencyId,
                   QString *error);

    Database &m_database;
};

} // namespace PlanTrack
