// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedulerules.h"

#include "model/keytable.h"

using namespace Qt::StringLiterals;

namespace PlanTrack {

namespace {

constexpr KeyTable<ScheduleRules::PeriodLength, 3> lengthKeys{{
    {ScheduleRules::PeriodLength::Month, "month"},
    {ScheduleRules::PeriodLength::Quarter, "quarter"},
    {ScheduleRules::PeriodLength::HalfYear, "half_year"},
}};

constexpr KeyTable<ScheduleRules::PeriodCutoff, 2> cutoffKeys{{
    {ScheduleRules::PeriodCutoff::Calendar, "calendar"},
    {ScheduleRules::PeriodCutoff::Decree09, "decree_09"},
}};

int monthsIn(ScheduleRules::PeriodLength length)
{
    switch (length) {
    case ScheduleRules::PeriodLength::Month:
        return 1;
    case ScheduleRules::PeriodLength::Quarter:
        return 3;
    case ScheduleRules::PeriodLength::HalfYear:
        return 6;
    }
    return 1;
}

QDate lastDayOfMonth(int year, int month)
{
    return QDate(year, month, 1).addMonths(1).addDays(-1);
}

} // namespace

DateRange ScheduleRules::periodContaining(QDate day) const
{
    if (!day.isValid())
        return {};

    // Under Decree 09 the days from the 15th on already count for the next month.
    QDate label(day.year(), day.month(), 1);
    if (periodCutoff == PeriodCutoff::Decree09 && day.day() >= 15)
        label = label.addMonths(1);

    const int months = monthsIn(periodLength);
    const QDate groupStart(label.year(), (label.month() - 1) / months * months + 1, 1);
    const QDate groupEnd = groupStart.addMonths(months - 1);

    if (periodCutoff == PeriodCutoff::Calendar)
        return {groupStart, lastDayOfMonth(groupEnd.year(), groupEnd.month())};
    const QDate before = groupStart.addMonths(-1);
    return {QDate(before.year(), before.month(), 15), QDate(groupEnd.year(), groupEnd.month(), 14)};
}

std::optional<DateRange> ScheduleRules::lastClosedPeriod(QDate asOf) const
{
    DateRange period = periodContaining(asOf);
    if (!period.isValid())
        return std::nullopt;
    if (period.last != asOf)
        period = periodContaining(period.first.addDays(-1));
    if (period.last < trackingStart)
        return std::nullopt;
    return period;
}

DateRange ScheduleRules::annualOccurrence(int year) const
{
    const QDate due = lastDayOfMonth(year, annualDueMonth);
    const QDate previousDue = lastDayOfMonth(year - 1, annualDueMonth);
    return {previousDue.addDays(1), due};
}

DateRange ScheduleRules::annualOccurrenceFor(QDate day) const
{
    const DateRange sameYear = annualOccurrence(day.year());
    return day > sameYear.last ? annualOccurrence(day.year() + 1) : sameYear;
}

std::optional<DateRange> ScheduleRules::lastClosedAnnualOccurrence(QDate asOf) const
{
    if (!asOf.isValid())
        return std::nullopt;
    DateRange occurrence = annualOccurrence(asOf.year());
    if (occurrence.last > asOf)
        occurrence = annualOccurrence(asOf.year() - 1);
    if (occurrence.last < trackingStart)
        return std::nullopt;
    return occurrence;
}

QList<QDate> ScheduleRules::annualDueDays(const DateRange &range) const
{
    QList<QDate> days;
    if (!range.isValid())
        return days;
    for (int year = range.first.year(); year <= range.last.year() + 1; ++year) {
        const QDate due = annualOccurrence(year).last;
        if (range.contains(due))
            days.append(due);
    }
    return days;
}

QList<QDate> ScheduleRules::periodEnds(const DateRange &range) const
{
    QList<QDate> days;
    if (!range.isValid())
        return days;
    for (DateRange period = periodContaining(range.first); period.first <= range.last;
         period = periodContaining(period.last.addDays(1))) {
        if (range.contains(period.last))
            days.append(period.last);
    }
    return days;
}

QString periodLengthKey(ScheduleRules::PeriodLength length)
{
    return keyOf(lengthKeys, length);
}

std::optional<ScheduleRules::PeriodLength> periodLengthFromKey(QStringView key)
{
    return valueOf(lengthKeys, key);
}

QString periodCutoffKey(ScheduleRules::PeriodCutoff cutoff)
{
    return keyOf(cutoffKeys, cutoff);
}

std::optional<ScheduleRules::PeriodCutoff> periodCutoffFromKey(QStringView key)
{
    return valueOf(cutoffKeys, key);
}

} // namespace PlanTrack
