// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "indicatoraggregator.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace PlanTrack {

namespace {

// Orders periods by their end; of two ending on the same day the longer one comes later,
// so that a year counts as later than its second half.
bool periodBefore(const DateRange &a, const DateRange &b)
{
    if (a.last != b.last)
        return a.last < b.last;
    return a.first > b.first;
}

struct SlotKey
{
    AgencyId agencyId;
    QDate first;
    QDate last;

    friend bool operator==(const SlotKey &, const SlotKey &) = default;
};

size_t qHash(const SlotKey &key, size_t seed = 0)
{
    return qHashMulti(seed, key.agencyId, key.first.toJulianDay(), key.last.toJulianDay());
}

} // namespace

IndicatorAggregator::IndicatorAggregator(Indicator indicator,
                                         QList<Observation> observations,
                                         QList<AgencyId> expected)
    : m_indicator(std::move(indicator))
    , m_observations(std::move(observations))
    , m_expected(std::move(expected))
{}

QList<Observation> IndicatorAggregator::effective(QDate asOf) const
{
    QHash<SlotKey, qsizetype> latest;
    for (qsizetype i = 0; i < m_observations.size(); ++i) {
        const Observation &observation = m_observations.at(i);
        if (!observation.period.isValid() || observation.period.last > asOf)
            continue;
        latest.insert({observation.agencyId, observation.period.first, observation.period.last}, i);
    }

    QList<qsizetype> positions = latest.values();
    std::sort(positions.begin(), positions.end());
    QList<Observation> result;
    for (qsizetype position : std::as_const(positions)) {
        if (m_observations.at(position).hasFigures())
            result.append(m_observations.at(position));
    }
    return result;
}

QList<PeriodValue> IndicatorAggregator::series(QDate asOf) const
{
    const QList<Observation> counted = effective(asOf);
    QList<DateRange> periods;
    for (const Observation &observation : counted) {
        if (!periods.contains(observation.period))
            periods.append(observation.period);
    }
    std::sort(periods.begin(), periods.end(), periodBefore);

    QList<PeriodValue> result;
    for (const DateRange &period : std::as_const(periods))
        result.append(pool(period, counted));
    return result;
}

PeriodValue IndicatorAggregator::periodValue(const DateRange &period, QDate asOf) const
{
    return pool(period, effective(asOf));
}

PeriodValue IndicatorAggregator::pool(const DateRange &period,
                                      const QList<Observation> &observations) const
{
    PeriodValue pooled;
    pooled.period = period;
    bool anyValue = false;
    for (const Observation &observation : observations) {
        if (observation.period != period)
            continue;
        pooled.reporting.append(observation.agencyId);
        if (m_indicator.isRatio()) {
            const qint64 denominator = observation.denominator.value_or(0);
            if (denominator <= 0) {
                pooled.withoutData.append(observation.agencyId);
                continue;
            }
            pooled.numerator += observation.numerator.value_or(0);
            pooled.denominator += denominator;
        } else if (observation.value) {
            pooled.total += *observation.value;
            anyValue = true;
        } else {
            pooled.withoutData.append(observation.agencyId);
        }
    }

    if (m_indicator.isRatio())
        pooled.value = m_indicator.ratioValue(pooled.numerator, pooled.denominator);
    else if (anyValue)
        pooled.value = pooled.total;
    return pooled;
}

AgencyValue IndicatorAggregator::valueOf(const Observation &observation) const
{
    AgencyValue value;
    value.agencyId = observation.agencyId;
    value.reported = true;
    value.observationId = observation.id;
    value.numerator = observation.numerator;
    value.denominator = observation.denominator;
    if (m_indicator.isRatio())
        value.value = m_indicator.ratioValue(observation.numerator.value_or(0),
                                             observation.denominator.value_or(0));
    else
        value.value = observation.value;
    value.rating = rate(m_indicator, value.value);
    return value;
}

QList<AgencyValue> IndicatorAggregator::agencyValues(const DateRange &period, QDate asOf) const
{
    QHash<AgencyId, Observation> reported;
    QList<AgencyId> others;
    const QList<Observation> counted = effective(asOf);
    for (const Observation &observation : counted) {
        if (observation.period != period)
            continue;
        reported.insert(observation.agencyId, observation);
        if (!m_expected.contains(observation.agencyId))
            others.append(observation.agencyId);
    }

    QList<AgencyValue> result;
    for (AgencyId id : m_expected + others) {
        const auto it = reported.constFind(id);
        if (it != reported.cend()) {
            result.append(valueOf(*it));
        } else {
            AgencyValue missing;
            missing.agencyId = id;
            result.append(missing);
        }
    }
    return result;
}

IndicatorStanding IndicatorAggregator::standing(QDate asOf) const
{
    IndicatorStanding standing;
    standing.indicator = m_indicator;
    standing.asOf = asOf;

    const QList<PeriodValue> periods = series(asOf);
    for (auto it = periods.crbegin(); it != periods.crend(); ++it) {
        if (!it->hasData())
            continue;
        if (!standing.latest)
            standing.latest = *it;
        else if (!standing.previous)
            standing.previous = *it;
    }

    if (standing.latest) {
        const QSet<AgencyId> reporting(standing.latest->reporting.cbegin(),
                                       standing.latest->reporting.cend());
        for (AgencyId id : m_expected) {
            if (!reporting.contains(id))
                standing.missing.append(id);
        }
    } else {
        standing.missing = m_expected;
    }
    if (standing.latest && standing.previous)
        standing.change = *standing.latest->value - *standing.previous->value;

    standing.rating = rate(m_indicator, standing.value());
    standing.result = resultOf(standing.rating);
    return standing;
}

} // namespace PlanTrack
