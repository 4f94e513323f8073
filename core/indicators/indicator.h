// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/plan.h"
#include "schedule/schedulerules.h"

#include <QDateTime>
#include <QLocale>
#include <QString>

#include <optional>

namespace PlanTrack {

using IndicatorId = qint64;
using ObservationId = qint64;

/// Names how the value of an indicator is made from what the agencies report.
enum class IndicatorKind {
    Ratio, ///< "ratio": a share, numerator over denominator, pooled over the agencies
    Value, ///< "value": a plain count, summed over the agencies
};

/// Names how often the agencies report an indicator.
enum class ReportingFrequency {
    Yearly,     ///< "yearly": one period a calendar year
    HalfYearly, ///< "half_yearly": January–June and July–December
    Quarterly,  ///< "quarterly": calendar quarters
    Monthly,    ///< "monthly": calendar months
};

/// Names whether an indicator meets its target as of a date.
enum class IndicatorResult {
    Met,    ///< "met"
    NotMet, ///< "not_met"
    NoData, ///< "no_data": no agency reported a figure that counts
};

/// Names the colour band of a value: green when the target is met, amber when it is missed
/// by no more than the indicator's amber band, red beyond it, none without a value.
enum class Rating {
    Green,
    Amber,
    Red,
    None,
};

QString indicatorKindKey(IndicatorKind kind);
std::optional<IndicatorKind> indicatorKindFromKey(QStringView key);
QString frequencyKey(ReportingFrequency frequency);
std::optional<ReportingFrequency> frequencyFromKey(QStringView key);
QString resultKey(IndicatorResult result);
QString ratingKey(Rating rating);

/// Returns the translated name of a result ("met", "not met", "no data").
QString resultLabel(IndicatorResult result);
/// Returns the translated name of a direction ("at least", "at most", "exactly").
QString directionLabel(IndicatorTarget::Direction direction);
/// Returns the sign of a direction: "≥", "≤" or "=".
QString directionSign(IndicatorTarget::Direction direction);
QString frequencyLabel(ReportingFrequency frequency);

/// Returns the amber band an indicator gets unless set otherwise: 10 percentage points for
/// a percentage, a tenth of the target (at least 1) for a count.
double defaultAmberBand(IndicatorTarget::Unit unit, double target);

/// Describes a numeric target of a plan row and how it is measured. Unit, direction, target
/// and period come from the plan; the rest belongs to the indicator.
struct Indicator
{
    IndicatorId id = 0;
    TaskId taskId = 0;
    PlanId planId = 0;
    QString stt; ///< the number of the plan row, as written
    QString code;
    QString nameVi;
    QString nameEn;
    IndicatorKind kind = IndicatorKind::Ratio;
    QString numeratorVi;
    QString numeratorEn;
    QString denominatorVi;
    QString denominatorEn;
    IndicatorTarget::Unit unit = IndicatorTarget::Unit::Percent;
    IndicatorTarget::Direction direction = IndicatorTarget::Direction::AtLeast;
    double target = 0;
    DateRange period;
    std::optional<double> baseline;
    QDate baselineOn;
    ReportingFrequency frequency = ReportingFrequency::Yearly;
    AgencyId leadId = 0;
    double amberBand = 10; ///< how far short of the target a value is still amber

    bool isRatio() const { return kind == IndicatorKind::Ratio; }

    QString name(bool english) const { return pick(english, nameVi, nameEn); }

    QString numeratorName(bool english) const { return pick(english, numeratorVi, numeratorEn); }

    QString denominatorName(bool english) const
    {
        return pick(english, denominatorVi, denominatorEn);
    }

    /// Returns the value of a numerator over a denominator in the indicator's unit, or
    /// nothing for a denominator of 0.
    std::optional<double> ratioValue(qint64 numerator, qint64 denominator) const;

    /// Returns the reporting periods of the indicator's period that end on or before asOf.
    QList<DateRange> periodsUntil(QDate asOf) const;

    friend bool operator==(const Indicator &, const Indicator &) = default;

private:
    static QString pick(bool english, const QString &vi, const QString &en)
    {
        return english && !en.isEmpty() ? en : vi;
    }
};

/// Records what one agency reported for one indicator and one period. Nothing is
/// overwritten: a later observation for the same indicator, agency and period corrects the
/// earlier one, which stays on record. An observation without any figure withdraws the
/// agency's report for that period.
struct Observation
{
    ObservationId id = 0;
    IndicatorId indicatorId = 0;
    AgencyId agencyId = 0;
    DateRange period;
    std::optional<qint64> numerator;
    std::optional<qint64> denominator;
    std::optional<double> value; ///< for plain-value indicators
    QString note;
    QString evidence; ///< document number and date, e.g. "123/BC-SYT ngày 20/12/2026"
    QString enteredBy;
    QDateTime enteredAt;

    bool hasFigures() const { return numerator || denominator || value; }

    /// Returns whether two observations speak of the same indicator, agency and period.
    bool sameSlot(const Observation &other) const
    {
        return indicatorId == other.indicatorId && agencyId == other.agencyId
               && period == other.period;
    }

    friend bool operator==(const Observation &, const Observation &) = default;
};

/// Returns the colour band of a value against an indicator's direction, target and band.
Rating rate(const Indicator &indicator, std::optional<double> value);

/// Returns the result a rating stands for: green is met, amber and red are not met.
IndicatorResult resultOf(Rating rating);

/// Returns a value in the indicator's unit for people to read ("52,5 %" in Vietnamese).
QString formatValue(const Indicator &indicator, double value, const QLocale &locale = {});

/// Returns a value as a plain number with a dot and at most two decimals ("52.5"), for
/// files and scripts.
QString plainNumber(double value);

/// Returns a period for people to read: "2026" for a calendar year, else both days.
QString formatPeriod(const DateRange &period, const QLocale &locale = {});

} // namespace PlanTrack
