// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace PlanTrack::SqlDialect {

// The one place for SQL that differs between SQLite and other databases; every other
// statement of PlanTrack is plain SQL that PostgreSQL also runs.

/// Returns an expression giving the Julian day number (QDate::toJulianDay) of an ISO date
/// column, or NULL; reading numbers is far cheaper than reading and parsing date texts.
inline QString julianDay(const QString &column)
{
    // julianday() counts from noon: midnight of a day is half a day before its number.
    return QStringLiteral("CAST(julianday(%1) + 0.5 AS INTEGER)").arg(column);
}

} // namespace PlanTrack::SqlDialect
