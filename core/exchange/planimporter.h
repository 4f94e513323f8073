// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/plandocument.h"

#include <QCoreApplication>
#include <QStringList>

namespace PlanTrack {

class Database;

/// Stores a checked plan document in a workspace: all of it in one transaction, or
/// nothing. Agencies are matched by code; agencies the workspace lacks are added.
class PlanImporter final
{
    Q_DECLARE_TR_FUNCTIONS(PlanTrack::PlanImporter)

public:
    explicit PlanImporter(Database &database);

    /// Returns the id of the stored plan, or 0 with *error set when nothing was stored.
    PlanId import(PlanDocument document, QString *error);

    /// Returns remarks on the last import that did not stop it (such as a repeated label).
    const QStringList &warnings() const { return m_warnings; }

private:
    bool checkAgainstWorkspace(const PlanDocument &document, QString *error);
    bool
    storeAgencies(const PlanDocument &document, QHash<AgencyId, AgencyId> &ids, QString *error);

    Database &m_database;
    QStringList m_warnings;
};

} // namespace PlanTrack
