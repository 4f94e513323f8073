// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeaxis.h"

#include <QFontMetricsF>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace PlanTrack {

namespace {

// Any year serves for measuring labels: digits have one width in the fonts we use.
constexpr int sampleYear = 2026;

QDate clamp(QDate day, const DateRange &range)
{
    return std::clamp(day, range.first, range.last);
}

} // namespace

TimeAxis::TimeAxis()
    : m_range{QDate(sampleYear, 1, 1), QDate(sampleYear, 12, 31)}
{
    setZoom(Zoom::Months);
}

QList<TimeAxis::Zoom> TimeAxis::zoomLevels()
{
    return {Zoom::Weeks, Zoom::Months, Zoom::Quarters, Zoom::Years};
}

QString TimeAxis::zoomName(Zoom zoom)
{
    switch (zoom) {
    case Zoom::Weeks:
        return tr("Weeks", "zoom level of the timeline");
    case Zoom::Months:
        return tr("Months", "zoom level of the timeline");
    case Zoom::Quarters:
        return tr("Quarters", "zoom level of the timeline");
    case Zoom::Years:
        return tr("Years", "zoom level of the timeline");
    }
    return {};
}

TimeAxis::Unit TimeAxis::minorUnit(Zoom zoom)
{
    switch (zoom) {
    case Zoom::Weeks:
        return Unit::Week;
    case Zoom::Months:
        return Unit::Month;
    case Zoom::Quarters:
        return Unit::Quarter;
    case Zoom::Years:
        return Unit::Year;
    }
    return Unit::Month;
}

std::optional<TimeAxis::Unit> TimeAxis::majorUnit(Zoom zoom)
{
    switch (zoom) {
    case Zoom::Weeks:
        return Unit::Month;
    case Zoom::Months:
    case Zoom::Quarters:
        return Unit::Year;
    case Zoom::Years:
        return std::nullopt;
    }
    return std::nullopt;
}

void TimeAxis::setRange(const DateRange &range)
{
    if (range.isValid())
        m_range = range;
}

void TimeAxis::setZoom(Zoom zoom)
{
    m_zoom = zoom;
    m_pixelsPerDay = dayWidth(zoom);
}

bool TimeAxis::zoomIn()
{
    if (m_zoom == Zoom::Weeks)
        return false;
    setZoom(Zoom(int(m_zoom) - 1));
    return true;
}

bool TimeAxis::zoomOut()
{
    if (m_zoom == Zoom::Years)
        return false;
    setZoom(Zoom(int(m_zoom) + 1));
    return true;
}

void TimeAxis::setPixelsPerDay(double pixels)
{
    if (pixels > 0 && std::isfinite(pixels))
        m_pixelsPerDay = pixels;
}

void TimeAxis::setDayWidth(Zoom zoom, double pixels)
{
    if (pixels > 0 && std::isfinite(pixels))
        m_dayWidths.at(std::size_t(zoom)) = pixels;
}

void TimeAxis::adaptTo(const QFontMetricsF &metrics)
{
    const double padding = metrics.averageCharWidth() * 2;
    for (Zoom zoom : zoomLevels()) {
        const Unit unit = minorUnit(zoom);
        double widest = 0;
        const QDate last(sampleYear, 12, 31);
        for (QDate first = unitStart(unit, QDate(sampleYear, 1, 1)); first <= last;
             first = unitEnd(unit, first).addDays(1))
            widest = std::max(widest, metrics.horizontalAdvance(label(unit, first)));
        setDayWidth(zoom, (widest + padding) / minimumDays(unit));
    }
    m_pixelsPerDay = dayWidth(m_zoom);
}

void TimeAxis::fit(const DateRange &span, double width)
{
    if (!span.isValid() || width <= 0)
        return;

    const double pixels = width / double(span.first.daysTo(span.last) + 1);
    const QList<Zoom> levels = zoomLevels();
    const auto fitting = std::find_if(levels.cbegin(), levels.cend(), [this, pixels](Zoom zoom) {
        return dayWidth(zoom) <= pixels;
    });
    m_zoom = fitting != levels.cend() ? *fitting : Zoom::Years;
    m_pixelsPerDay = pixels;
}

double TimeAxis::x(QDate day) const
{
    return double(m_range.first.daysTo(day)) * m_pixelsPerDay;
}

double TimeAxis::centerX(QDate day) const
{
    return x(day) + m_pixelsPerDay / 2;
}

double TimeAxis::endX(QDate day) const
{
    return x(day) + m_pixelsPerDay;
}

QDate TimeAxis::dateAt(double x) const
{
    // The edge of a day, computed as days times width, may come out a hair short of it.
    constexpr double slack = 1e-9;
    return m_range.first.addDays(qint64(std::floor(x / m_pixelsPerDay + slack)));
}

double TimeAxis::width() const
{
    return endX(m_range.last);
}

QList<TimeAxis::Tick> TimeAxis::ticks(Unit unit, double fromX, double toX) const
{
    QList<Tick> result;
    const double from = std::max(fromX, 0.0);
    const double to = std::min(toX, width());
    if (from >= to)
        return result;

    for (QDate first = unitStart(unit, dateAt(from)); first <= m_range.last && x(first) < to;
         first = unitEnd(unit, first).addDays(1)) {
        const QDate last = unitEnd(unit, first);
        result.append({first, last, x(clamp(first, m_range)), endX(clamp(last, m_range))});
    }
    return result;
}

QDate TimeAxis::unitStart(Unit unit, QDate day)
{
    switch (unit) {
    case Unit::Week:
        return day.addDays(1 - day.dayOfWeek());
    case Unit::Month:
        return QDate(day.year(), day.month(), 1);
    case Unit::Quarter:
        return QDate(day.year(), (day.month() - 1) / 3 * 3 + 1, 1);
    case Unit::Year:
        return QDate(day.year(), 1, 1);
    }
    return day;
}

QDate TimeAxis::unitEnd(Unit unit, QDate day)
{
    const QDate first = unitStart(unit, day);
    switch (unit) {
    case Unit::Week:
        return first.addDays(6);
    case Unit::Month:
        return first.addMonths(1).addDays(-1);
    case Unit::Quarter:
        return first.addMonths(3).addDays(-1);
    case Unit::Year:
        return QDate(first.year(), 12, 31);
    }
    return day;
}

int TimeAxis::minimumDays(Unit unit)
{
    switch (unit) {
    case Unit::Week:
        return 7;
    case Unit::Month:
        return 28;
    case Unit::Quarter:
        return 90;
    case Unit::Year:
        return 365;
    }
    return 1;
}

int TimeAxis::maximumDays(Unit unit)
{
    switch (unit) {
    case Unit::Week:
        return 7;
    case Unit::Month:
        return 31;
    case Unit::Quarter:
        return 92;
    case Unit::Year:
        return 366;
    }
    return 1;
}

QString TimeAxis::label(Unit unit, QDate first)
{
    switch (unit) {
    case Unit::Week:
        return first.toString(u"dd/MM"_s);
    case Unit::Month:
        return tr("%1 %2", "month on a timeline: %1 is the short month name, %2 the year")
            .arg(monthName(first.month()))
            .arg(first.year());
    case Unit::Quarter:
        return tr("%1 %2", "quarter on a timeline: %1 is the quarter's short name, %2 the year")
            .arg(quarterName((first.month() - 1) / 3 + 1))
            .arg(first.year());
    case Unit::Year:
        return QString::number(first.year());
    }
    return {};
}

QString TimeAxis::shortLabel(Unit unit, QDate first)
{
    switch (unit) {
    case Unit::Week:
        return QString::number(first.day());
    case Unit::Month:
        return monthName(first.month());
    case Unit::Quarter:
        return quarterName((first.month() - 1) / 3 + 1);
    case Unit::Year:
        return QString::number(first.year());
    }
    return {};
}

QString TimeAxis::monthName(int month)
{
    switch (month) {
    case 1:
        return tr("Jan", "short month name on a timeline");
    case 2:
        return tr("Feb", "short month name on a timeline");
    case 3:
        return tr("Mar", "short month name on a timeline");
    case 4:
        return tr("Apr", "short month name on a timeline");
    case 5:
        return tr("May", "short month name on a timeline");
    case 6:
        return tr("Jun", "short month name on a timeline");
    case 7:
        return tr("Jul", "short month name on a timeline");
    case 8:
        return tr("Aug", "short month name on a timeline");
    case 9:
        return tr("Sep", "short month name on a timeline");
    case 10:
        return tr("Oct", "short month name on a timeline");
    case 11:
        return tr("Nov", "short month name on a timeline");
    case 12:
        return tr("Dec", "short month name on a timeline");
    }
    return {};
}

QString TimeAxis::quarterName(int quarter)
{
    switch (quarter) {
    case 1:
        return tr("Q1", "short name of the first quarter of a year");
    case 2:
        return tr("Q2", "short name of the second quarter of a year");
    case 3:
        return tr("Q3", "short name of the third quarter of a year");
    case 4:
        return tr("Q4", "short name of the fourth quarter of a year");
    }
    return {};
}

} // namespace PlanTrack
