// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/plan.h"

#include <QCoreApplication>

namespace PlanTrack {

/// Words the meaning of plan values for people, in the installed UI language.
class PlanText final
{
    Q_DECLARE_TR_FUNCTIONS(PlanTrack::PlanText)

public:
    /// Returns a date as dd/MM/yyyy, the form used in Vietnamese documents.
    static QString date(QDate date);

    /// Returns what a completion time means, e.g. "due 31/03/2026" or "ongoing".
    static QString deadlineMeaning(const Deadline &deadline);

    /// Returns the target of an indicator row, e.g. "at least 50%".
    static QString indicatorTarget(const IndicatorTarget &indicator);

    /// Returns the period an indicator is measured over, or an empty text when none is set.
    static QString indicatorPeriod(const IndicatorTarget &indicator);

    /// Returns the names of the agencies, each group followed by its members in brackets.
    static QString
    agenciesWithMembers(const QList<AgencyId> &ids, const AgencyDirectory &agencies, bool english);

    /// Returns the name of a role, e.g. "lead".
    static QString roleName(Role role);
};

} // namespace PlanTrack
