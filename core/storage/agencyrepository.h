// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/agency.h"

#include <optional>

namespace PlanTrack {

class Database;

/// Loads and stores the agency tree of a workspace. Writes join the caller's transaction.
class AgencyRepository final
{
public:
    explicit AgencyRepository(Database &database);

    std::optional<AgencyDirectory> load(QString *error) const;

    /// Inserts an agency (without members) and sets its id.
    bool insert(Agency &agency, QString *error);

    /// Replaces the member list of a group.
    bool setMembers(AgencyId groupId, const QList<AgencyId> &memberIds, QString *error);

private:
    Database &m_database;
};

} // namespace PlanTrack
