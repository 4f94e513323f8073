// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "indicators/indicator.h"

#include <QCoreApplication>
#include <QRectF>
#include <QSize>

#include <memory>

class QChart;
class QPainter;

namespace PlanTrack {

class IndicatorBook;

/// Builds the charts of an indicator as of a date, in the language of the interface, and
/// draws them onto any painter: a widget, an image, an SVG file or a printed page. Charts
/// need a QApplication.
///
/// - trend: the city-wide value per reporting period as a line, the target as a dashed
///   line; periods without data stay on the axis without a point;
/// - agencies: each agency's value in the last period with data as bars sorted from the
///   highest, those that miss the target in the "not met" colour, the target as a line;
///   agencies without data are listed last with an empty bar.
class IndicatorCharts final
{
    Q_DECLARE_TR_FUNCTIONS(PlanTrack::IndicatorCharts)

public:
    enum class Kind {
        Trend,
        Agencies,
        Sparkline, ///< the trend without title, legend or axis titles, for a small card
    };

    /// Returns a new chart of an indicator; english picks the plan texts' language.
    static std::unique_ptr<QChart>
    create(Kind kind, const IndicatorBook &book, IndicatorId id, QDate asOf, bool english);

    /// Draws a chart that is in no scene into target, laid out for target's size. A chart
    /// view that was never shown would draw it tiny; this lays the chart out in a scene of
    /// its own first.
    static void render(QChart &chart, QPainter &painter, const QRectF &target);

    /// Draws a new chart of an indicator into target (for the progress report).
    static void render(Kind kind,
                       const IndicatorBook &book,
                       IndicatorId id,
                       QDate asOf,
                       bool english,
                       QPainter &painter,
                       const QRectF &target);

    /// Writes a chart that is in no scene as a PNG image of size pixels.
    static bool savePng(QChart &chart, const QString &path, QSize size, QString *error);

    /// Writes a chart that is in no scene as an SVG drawing of size points.
    static bool
    saveSvg(QChart &chart, const QString &path, QSize size, const QString &title, QString *error);

private:
    static std::unique_ptr<QChart>
    trend(const IndicatorBook &book, IndicatorId id, QDate asOf, bool english, bool small);
    static std::unique_ptr<QChart>
    agencies(const IndicatorBook &book, IndicatorId id, QDate asOf, bool english);
};

} // namespace PlanTrack
