// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schedule/statusengine.h"

namespace PlanTrack {

/// Describes one row of plan in the work of one agency, with its standing as of a date.
struct PortfolioEntry
{
    PlanId planId = 0;
    TaskId taskId = 0;
    Role role = Role::Lead;
    AgencyId viaGroupId = 0; ///< the group that brings the row, 0 when named directly
    Status status = Status::NotDue;
    bool dueSoon = false;
    Deadline deadline; ///< the deadline in force on the date
};

/// Collects the numbered rows one agency leads or coordinates in a workspace, directly or
/// through groups, with their statuses as of the date of a status sheet: for a row it
/// leads, its own standing; for a row it coordinates, the standing of the row.
///
/// A row appears among the led rows when the agency leads it in any way, and among the
/// coordinated rows when the row names it as coordinating, or a group brings it there and
/// it does not lead the row.
class AgencyPortfolio final
{
public:
    AgencyPortfolio() = default;
    AgencyPortfolio(const QList<Plan> &plans,
                    const AgencyDirectory &agencies,
                    AgencyId agencyId,
                    const StatusSheet &sheet);

    AgencyId agencyId() const { return m_agencyId; }

    QDate asOf() const { return m_asOf; }

    const QList<PortfolioEntry> &leading() const { return m_leading; }

    const QList<PortfolioEntry> &coordinating() const { return m_coordinating; }

    /// Counts the rows of the agency (each once) by the status they have for it.
    const StatusCounts &counts() const { return m_counts; }

    /// Returns how many unfinished rows of the agency fall due in the month of the date.
    int dueThisMonth() const { return m_dueThisMonth; }

private:
    AgencyId m_agencyId = 0;
    QDate m_asOf;
    QList<PortfolioEntry> m_leading;
    QList<PortfolioEntry> m_coordinating;
    StatusCounts m_counts;
    int m_dueThisMonth = 0;
};

} // namespace PlanTrack
