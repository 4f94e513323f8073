// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "indicators/indicator.h"

#include <QList>

#include <optional>

namespace PlanTrack {

/// Holds the city-wide figures of one indicator for one period.
struct PeriodValue
{
    DateRange period;
    qint64 numerator = 0;        ///< sum over the agencies with a denominator above 0
    qint64 denominator = 0;      ///< sum over the same agencies
    double total = 0;            ///< for plain values: the sum of the agencies' values
    std::optional<double> value; ///< the pooled value; nothing when no figure counts
    QList<AgencyId> reporting;   ///< agencies whose report counts for the period
    QList<AgencyId> withoutData; ///< of those, the ones whose figures add nothing

    bool hasData() const { return value.has_value(); }
};

/// Holds what one agency reported for one period, as it counts.
struct AgencyValue
{
    AgencyId agencyId = 0;
    bool reported = false;
    ObservationId observationId = 0;
    std::optional<qint64> numerator;
    std::optional<qint64> denominator;
    std::optional<double> value; ///< nothing when not reported or its denominator is 0
    Rating rating = Rating::None;
};

/// Holds how an indicator stands as of a date.
struct IndicatorStanding
{
    Indicator indicator;
    QDate asOf;
    std::optional<PeriodValue> latest;   ///< the last period with data ending by asOf
    std::optional<PeriodValue> previous; ///< the period with data before it
    std::optional<double> change;        ///< latest value minus previous value
    Rating rating = Rating::None;
    IndicatorResult result = IndicatorResult::NoData;
    QList<AgencyId> missing; ///< expected agencies without a report for the latest period

    std::optional<double> value() const { return latest ? latest->value : std::nullopt; }
};

/// Pools the observations of one indicator into city-wide values, as of a date.
///
/// Rules:
/// - of several observations for the same agency and period, the one entered last counts
///   (a correction supersedes); one without figures withdraws the agency's report;
/// - observations whose period ends after the as-of date are ignored;
/// - a ratio is pooled: the sum of the numerators over the sum of the denominators, never
///   the mean of the agencies' shares; an agency with denominator 0 adds nothing and has
///   no value of its own;
/// - a plain value is the sum of the agencies' values;
/// - the standing takes the last period with data: its value against the target gives the
///   rating and result, and the change is taken from the period with data before it.
class IndicatorAggregator final
{
public:
    /// Takes the indicator, its observations in entry order (corrections after what they
    /// correct), and the agencies expected to report it.
    IndicatorAggregator(Indicator indicator,
                        QList<Observation> observations,
                        QList<AgencyId> expected);

    const Indicator &indicator() const { return m_indicator; }

    const QList<AgencyId> &expected() const { return m_expected; }

    /// Returns the observations that count as of a date, one per agency and period.
    QList<Observation> effective(QDate asOf) const;

    /// Returns the city-wide figures per period ending by asOf, in period order.
    QList<PeriodValue> series(QDate asOf) const;

    /// Returns the figures of one period: the expected agencies first, in their order, then
    /// any other agency that reported.
    QList<AgencyValue> agencyValues(const DateRange &period, QDate asOf) const;

    /// Returns the city-wide figures of one period as of a date.
    PeriodValue periodValue(const DateRange &period, QDate asOf) const;

    IndicatorStanding standing(QDate asOf) const;

private:
    PeriodValue pool(const DateRange &period, const QList<Observation> &observations) const;
    AgencyValue valueOf(const Observation &observation) const;

    Indicator m_indicator;
    QList<Observation> m_observations;
    QList<AgencyId> m_expected;
};

} // namespace PlanTrack
