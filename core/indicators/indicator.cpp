// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "indicator.h"

#include "model/keytable.h"

#include <QCoreApplication>

#include <array>
#include <cmath>
#include <utility>

using namespace Qt::StringLiterals;

namespace PlanTrack {

namespace {

// Values closer than this count as equal: pooled ratios of whole numbers are exact only
// up to rounding.
constexpr double tolerance = 1e-9;

constexpr std::array<std::pair<IndicatorKind, const char *>, 2> kindKeys{{
    {IndicatorKind::Ratio, "ratio"},
    {IndicatorKind::Value, "value"},
}};

constexpr std::array<std::pair<ReportingFrequency, const char *>, 4> frequencyKeys{{
    {ReportingFrequency::Yearly, "yearly"},
    {ReportingFrequency::HalfYearly, "half_yearly"},
    {ReportingFrequency::Quarterly, "quarterly"},
    {ReportingFrequency::Monthly, "monthly"},
}};

constexpr std::array<std::pair<IndicatorResult, const char *>, 3> resultKeys{{
    {IndicatorResult::Met, "met"},
    {IndicatorResult::NotMet, "not_met"},
    {IndicatorResult::NoData, "no_data"},
}};

constexpr std::array<std::pair<Rating, const char *>, 4> ratingKeys{{
    {Rating::Green, "green"},
    {Rating::Amber, "amber"},
    {Rating::Red, "red"},
    {Rating::None, "none"},
}};

int monthsOf(ReportingFrequency frequency)
{
    switch (frequency) {
    case ReportingFrequency::Yearly:
        return 12;
    case ReportingFrequency::HalfYearly:
        return 6;
    case ReportingFrequency::Quarterly:
        return 3;
    case ReportingFrequency::Monthly:
        return 1;
    }
    return 12;
}

// Returns how far a value falls short of the target in the direction that counts; 0 or
// less when the target is met.
double shortfall(const Indicator &indicator, double value)
{
    switch (indicator.direction) {
    case IndicatorTarget::Direction::AtLeast:
        return indicator.target - value;
    case IndicatorTarget::Direction::AtMost:
        return value - indicator.target;
    case IndicatorTarget::Direction::Exactly:
        return std::abs(value - indicator.target);
    }
    return 0;
}

} // namespace

QString indicatorKindKey(IndicatorKind kind)
{
    return keyOf(kindKeys, kind);
}

std::optional<IndicatorKind> indicatorKindFromKey(QStringView key)
{
    return valueOf(kindKeys, key);
}

QString frequencyKey(ReportingFrequency frequency)
{
    return keyOf(frequencyKeys, frequency);
}

std::optional<ReportingFrequency> frequencyFromKey(QStringView key)
{
    return valueOf(frequencyKeys, key);
}

QString resultKey(IndicatorResult result)
{
    return keyOf(resultKeys, result);
}

QString ratingKey(Rating rating)
{
    return keyOf(ratingKeys, rating);
}

QString resultLabel(IndicatorResult result)
{
    switch (result) {
    case IndicatorResult::Met:
        return QCoreApplication::translate("PlanTrack::Indicator", "met", "indicator result");
    case IndicatorResult::NotMet:
        return QCoreApplication::translate("PlanTrack::Indicator", "not met", "indicator result");
    case IndicatorResult::NoData:
        return QCoreApplication::translate("PlanTrack::Indicator", "no data", "indicator result");
    }
    return {};
}

QString directionLabel(IndicatorTarget::Direction direction)
{
    switch (direction) {
    case IndicatorTarget::Direction::AtLeast:
        return QCoreApplication::translate("PlanTrack::Indicator", "at least", "target direction");
    case IndicatorTarget::Direction::AtMost:
        return QCoreApplication::translate("PlanTrack::Indicator", "at most", "target direction");
    case IndicatorTarget::Direction::Exactly:
        return QCoreApplication::translate("PlanTrack::Indicator", "exactly", "target direction");
    }
    return {};
}

QString directionSign(IndicatorTarget::Direction direction)
{
    switch (direction) {
    case IndicatorTarget::Direction::AtLeast:
        return u"≥"_s;
    case IndicatorTarget::Direction::AtMost:
        return u"≤"_s;
    case IndicatorTarget::Direction::Exactly:
        return u"="_s;
    }
    return {};
}

QString frequencyLabel(ReportingFrequency frequency)
{
    switch (frequency) {
    case ReportingFrequency::Yearly:
        return QCoreApplication::translate("PlanTrack::Indicator", "yearly");
    case ReportingFrequency::HalfYearly:
        return QCoreApplication::translate("PlanTrack::Indicator", "every six months");
    case ReportingFrequency::Quarterly:
        return QCoreApplication::translate("PlanTrack::Indicator", "quarterly");
    case ReportingFrequency::Monthly:
        return QCoreApplication::translate("PlanTrack::Indicator", "monthly");
    }
    return {};
}

double defaultAmberBand(IndicatorTarget::Unit unit, double target)
{
    if (unit == IndicatorTarget::Unit::Percent)
        return 10;
    return std::max(1.0, std::abs(target) / 10);
}

std::optional<double> Indicator::ratioValue(qint64 numerator, qint64 denominator) const
{
    if (denominator <= 0)
        return std::nullopt;
    const double ratio = double(numerator) / double(denominator);
    return unit == IndicatorTarget::Unit::Percent ? 100 * ratio : ratio;
}

QList<DateRange> Indicator::periodsUntil(QDate asOf) const
{
    QList<DateRange> periods;
    if (!period.isValid())
        return periods;
    const int months = monthsOf(frequency);
    // Periods follow the calendar: a yearly period is January to December.
    QDate first(period.first.year(), 1 + (period.first.month() - 1) / months * months, 1);
    while (first <= period.last) {
        const QDate last = first.addMonths(months).addDays(-1);
        if (last > asOf)
            break;
        periods.append({std::max(first, period.first), std::min(last, period.last)});
        first = first.addMonths(months);
    }
    return periods;
}

Rating rate(const Indicator &indicator, std::optional<double> value)
{
    if (!value)
        return Rating::None;
    const double missing = shortfall(indicator, *value);
    if (missing <= tolerance)
        return Rating::Green;
    if (missing <= indicator.amberBand + tolerance)
        return Rating::Amber;
    return Rating::Red;
}

IndicatorResult resultOf(Rating rating)
{
    switch (rating) {
    case Rating::Green:
        return IndicatorResult::Met;
    case Rating::Amber:
    case Rating::Red:
        return IndicatorResult::NotMet;
    case Rating::None:
        return IndicatorResult::NoData;
    }
    return IndicatorResult::NoData;
}

QString formatValue(const Indicator &indicator, double value, const QLocale &locale)
{
    const double rounded = std::round(value * 10) / 10;
    const int decimals = std::abs(rounded - std::round(rounded)) < tolerance ? 0 : 1;
    const QString number = locale.toString(rounded, 'f', decimals);
    return indicator.unit == IndicatorTarget::Unit::Percent ? number + u" %"_s : number;
}

QString plainNumber(double value)
{
    QString text = QString::number(std::round(value * 100) / 100, 'f', 2);
    while (text.endsWith(u'0'))
        text.chop(1);
    if (text.endsWith(u'.'))
        text.chop(1);
    return text == "-0"_L1 ? u"0"_s : text;
}

QString formatPeriod(const DateRange &period, const QLocale &locale)
{
    if (!period.isValid())
        return {};
    if (period.first == QDate(period.first.year(), 1, 1)
        && period.last == QDate(period.first.year(), 12, 31))
        return QString::number(period.first.year());
    return locale.toString(period.first, QLocale::ShortFormat) + u"–"_s
           + locale.toString(period.last, QLocale::ShortFormat);
}

} // namespace PlanTrack
