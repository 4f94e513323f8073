// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportcharts.h"

#include "indicators/indicatorcharts.h"

#include <QAbstractAxis>
#include <QChart>
#include <QLegend>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace PlanTrack::ReportCharts {

namespace {

QFont chartFont(int pixels, bool bold = false)
{
    QFont font(u"Times New Roman"_s);
    font.setStyleHint(QFont::Serif);
    font.setPixelSize(pixels);
    font.setBold(bold);
    return font;
}

} // namespace

QSizeF layoutSize()
{
    return {420, 280};
}

void draw(QPainter &painter,
          const IndicatorBook &book,
          IndicatorId id,
          QDate asOf,
          bool english,
          const QRectF &target)
{
    const std::unique_ptr<QChart> chart =
        IndicatorCharts::create(IndicatorCharts::Kind::Trend, book, id, asOf, english);
    chart->setTitle(QString());
    chart->legend()->setFont(chartFont(13));
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsFont(chartFont(13));
        axis->setTitleFont(chartFont(13));
    }

    const QSizeF size = layoutSize();
    const double scale = std::min(target.width() / size.width(), target.height() / size.height());
    painter.save();
    painter.translate(target.topLeft());
    painter.scale(scale, scale);
    IndicatorCharts::render(*chart, painter, QRectF(QPointF(0, 0), size));
    painter.restore();
}

} // namespace PlanTrack::ReportCharts
