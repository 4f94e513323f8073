// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schedule/schedulerules.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <array>
#include <optional>

class QFontMetricsF;

namespace PlanTrack {

/// Maps the days of a timeline to horizontal positions and names its ticks. The axis covers
/// a range of days; position 0 is the left edge of the range's first day. A zoom level
/// chooses the unit of the ticks (weeks, months, quarters or years) and a default width of
/// a day; fit() chooses both so that a span fills a given width.
class TimeAxis final
{
    Q_DECLARE_TR_FUNCTIONS(PlanTrack::TimeAxis)

public:
    enum class Zoom {
        Weeks,
        Months,
        Quarters,
        Years,
    };

    enum class Unit {
        Week, ///< Monday to Sunday
        Month,
        Quarter,
        Year,
    };

    /// Describes one unit of the axis: its days and where its edges are.
    struct Tick
    {
        QDate first;
        QDate last;
        double left = 0;
        double right = 0;
    };

    TimeAxis();

    /// Returns every zoom level, finest first.
    static QList<Zoom> zoomLevels();

    /// Returns the translated name of a zoom level ("Months").
    static QString zoomName(Zoom zoom);

    /// Returns the unit of the lower (labelled) tier of ticks at a zoom level.
    static Unit minorUnit(Zoom zoom);

    /// Returns the unit of the upper tier at a zoom level, or nothing when it has one tier.
    static std::optional<Unit> majorUnit(Zoom zoom);

    DateRange range() const { return m_range; }

    /// Sets the days the axis covers; an invalid range is ignored.
    void setRange(const DateRange &range);

    Zoom zoom() const { return m_zoom; }

    /// Chooses a zoom level and gives days its default width.
    void setZoom(Zoom zoom);

    /// Moves one zoom level finer (zoomIn) or coarser; returns false at the last level.
    bool zoomIn();
    bool zoomOut();

    double pixelsPerDay() const { return m_pixelsPerDay; }

    /// Sets the width of a day and keeps the zoom level.
    void setPixelsPerDay(double pixels);

    /// Returns the default width of a day at a zoom level.
    double dayWidth(Zoom zoom) const { return m_dayWidths.at(std::size_t(zoom)); }

    void setDayWidth(Zoom zoom, double pixels);

    /// Sets the default day widths so that the widest label of each level fits its
    /// shortest unit in the given font, then applies the width of the current level.
    void adaptTo(const QFontMetricsF &metrics);

    /// Chooses the width of a day so that span fills width, and the finest zoom level whose
    /// labels still fit. The range is left as it is.
    void fit(const DateRange &span, double width);

    /// Returns the left edge of a day.
    double x(QDate day) const;

    /// Returns the middle of a day, where a mark for that day is centred.
    double centerX(QDate day) const;

    /// Returns the right edge of a day.
    double endX(QDate day) const;

    /// Returns the day under a position; positions outside the range give days outside it.
    QDate dateAt(double x) const;

    /// Returns the width of the whole range.
    double width() const;

    /// Returns the units that meet the positions [fromX, toX), clipped to the range.
    QList<Tick> ticks(Unit unit, double fromX, double toX) const;

    /// Returns the first and the last day of the unit that holds day.
    static QDate unitStart(Unit unit, QDate day);
    static QDate unitEnd(Unit unit, QDate day);

    /// Returns the fewest and the most days a unit can have.
    static int minimumDays(Unit unit);
    static int maximumDays(Unit unit);

    /// Returns the label of the unit that starts on first, in the UI language ("Mar 2026",
    /// "Q1 2026", "2026"; "16/03" for a week).
    static QString label(Unit unit, QDate first);

    /// Returns a shorter label for a narrow unit ("Mar", "Q1", "16"), or the label itself.
    static QString shortLabel(Unit unit, QDate first);

private:
    static QString monthName(int month);
    static QString quarterName(int quarter);

    DateRange m_range;
    Zoom m_zoom = Zoom::Months;
    double m_pixelsPerDay = 4;
    std::array<double, 4> m_dayWidths{16, 4, 1.5, 0.4};
};

} // namespace PlanTrack
