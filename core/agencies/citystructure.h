// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/agency.h"

#include <QCoreApplication>

#include <optional>

namespace PlanTrack {

class Database;

/// Reads the agency structure shipped with PlanTrack (the People's Committee of Hanoi, its
/// agencies, the communes and wards, and the groups the bundled plan names) and puts it
/// into new workspaces.
class CityStructure final
{
    Q_DECLARE_TR_FUNCTIONS(PlanTrack::CityStructure)

public:
    /// Reads a structure file. The agencies get ids 1, 2, … in file order; parents and
    /// members refer to agencies listed before them.
    static std::optional<QList<Agency>> read(const QByteArray &json, QString *error);

    /// Returns the structure shipped with PlanTrack.
    static std::optional<QList<Agency>> bundled(QString *error);

    /// Adds the shipped structure to a workspace that has no agencies yet, in one
    /// transaction; a workspace that has agencies is left as it is.
    static bool seed(Database &database, QString *error);
};

} // namespace PlanTrack
