// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schedule/deadline.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace PlanTrack {

/// Holds a span of days, both ends included.
struct DateRange
{
    QDate first;
    QDate last;

    bool isValid() const { return first.isValid() && last.isValid() && first <= last; }

    bool contains(QDate day) const { return isValid() && day >= first && day <= last; }

    friend bool operator==(const DateRange &, const DateRange &) = default;
};

/// Holds the rules of a workspace by which the status engine judges deadlines that are
/// not one day: how long a reporting period is, where periods are cut, when an annual
/// obligation falls due, and how early a deadline counts as coming up.
struct ScheduleRules
{
    enum class PeriodLength {
        Month,
        Quarter,
        HalfYear
    };
    /// Calendar periods run from the 1st; Decree 09/2019/NĐ-CP periods run from the 15th
    /// of the month before to the 14th (a quarter from 15/12 to 14/03, …).
    enum class PeriodCutoff {
        Calendar,
        Decree09
    };

    PeriodLength periodLength = PeriodLength::Month;
    PeriodCutoff periodCutoff = PeriodCutoff::Decree09;
    int annualDueMonth = 12; ///< an annual obligation is due at the end of this month
    int dueSoonDays = 7;
    QDate trackingStart = QDate(2026, 1, 1); ///< no period closes before this day

    /// Returns the reporting period that contains day.
    DateRange periodContaining(QDate day) const;

    /// Returns the last reporting period that ended before asOf (on or before asOf - 1)
    /// and started on or after trackingStart's period, or nothing when none has closed.
    std::optional<DateRange> lastClosedPeriod(QDate asOf) const;

    /// Returns the occurrence of an annual obligation in year: the year up to its due day.
    DateRange annualOccurrence(int year) const;

    /// Returns the annual occurrence whose due day is the first on or after day.
    DateRange annualOccurrenceFor(QDate day) const;

    /// Returns the last annual occurrence due before asOf, or nothing.
    std::optional<DateRange> lastClosedAnnualOccurrence(QDate asOf) const;

    /// Returns the due days of the annual occurrences that fall within range.
    QList<QDate> annualDueDays(const DateRange &range) const;

    /// Returns the end days of the reporting periods that fall within range.
    QList<QDate> periodEnds(const DateRange &range) const;

    friend bool operator==(const ScheduleRules &, const ScheduleRules &) = default;
};

QString periodLengthKey(ScheduleRules::PeriodLength length);
std::optional<ScheduleRules::PeriodLength> periodLengthFromKey(QStringView key);
QString periodCutoffKey(ScheduleRules::PeriodCutoff cutoff);
std::optional<ScheduleRules::PeriodCutoff> periodCutoffFromKey(QStringView key);

} // namespace PlanTrack
