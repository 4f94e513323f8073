// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "indicatorcharts.h"

#include "indicators/indicatorbook.h"
#include "indicatorstyle.h"
#include "workspace/workspacesession.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QFileInfo>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QHorizontalStackedBarSeries>
#include <QImage>
#include <QLineSeries>
#include <QPainter>
#include <QSvgGenerator>
#include <QValueAxis>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace PlanTrack {

namespace {

// Orders periods by their end, the longer of two ending together last (as the aggregator
// does).
bool periodBefore(const DateRange &a, const DateRange &b)
{
    return a.last != b.last ? a.last < b.last : a.first > b.first;
}

double axisTop(const Indicator &indicator, double highest)
{
    if (indicator.unit == IndicatorTarget::Unit::Percent)
        return 100;
    const double top = std::max(highest, indicator.target) * 1.15;
    return top > 0 ? top : 1;
}

void styleTitle(QChart &chart, const QString &title)
{
    QFont font = chart.titleFont();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    chart.setTitleFont(font);
    chart.setTitle(title);
}

QValueAxis *valueAxis(const Indicator &indicator, double highest, bool small)
{
    auto *axis = new QValueAxis;
    const double top = axisTop(indicator, highest);
    // A little room above the top tick keeps a point at 100 % from being cut in half.
    axis->setRange(0, top * 1.05);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(small ? top / 2 : top / 5);
    const bool percent = indicator.unit == IndicatorTarget::Unit::Percent;
    axis->setLabelFormat(percent ? u"%.0f %%"_s : u"%.0f"_s);
    return axis;
}

QLineSeries *targetLine(const Indicator &indicator, bool small)
{
    auto *line = new QLineSeries;
    line->setObjectName(u"target"_s);
    line->setName(
        IndicatorCharts::tr("Target %1 %2")
            .arg(directionSign(indicator.direction), formatValue(indicator, indicator.target)));
    QPen pen(IndicatorStyle::targetColor(), small ? 1.5 : 2, Qt::DashLine);
    line->setPen(pen);
    return line;
}

QString agencyName(const IndicatorBook &book, AgencyId id, bool english)
{
    const Agency *agency = book.session().agencies().byId(id);
    return agency ? agency->name(english) : QString::number(id);
}

} // namespace

std::unique_ptr<QChart> IndicatorCharts::create(
    Kind kind, const IndicatorBook &book, IndicatorId id, QDate asOf, bool english)
{
    switch (kind) {
    case Kind::Trend:
        return trend(book, id, asOf, english, false);
    case Kind::Sparkline:
        return trend(book, id, asOf, english, true);
    case Kind::Agencies:
        return agencies(book, id, asOf, english);
    }
    return std::make_unique<QChart>();
}

std::unique_ptr<QChart> IndicatorCharts::trend(
    const IndicatorBook &book, IndicatorId id, QDate asOf, bool english, bool small)
{
    auto chart = std::make_unique<QChart>();
    const Indicator *indicator = book.indicator(id);
    if (!indicator)
        return chart;

    const QList<PeriodValue> pooled = book.aggregator(id).series(asOf);
    QList<DateRange> periods = indicator->periodsUntil(asOf);
    for (const PeriodValue &value : pooled) {
        if (!periods.contains(value.period))
            periods.append(value.period);
    }
    std::sort(periods.begin(), periods.end(), periodBefore);

    auto *values = new QLineSeries;
    values->setObjectName(u"value"_s);
    values->setName(tr("City-wide value"));
    values->setPen(QPen(IndicatorStyle::valueColor(), small ? 2 : 3));
    values->setPointsVisible(true);
    values->setMarkerSize(small ? 6 : 9);

    QStringList labels;
    double highest = 0;
    const QLocale locale;
    for (qsizetype i = 0; i < periods.size(); ++i) {
        const auto it = std::find_if(pooled.cbegin(), pooled.cend(), [&](const PeriodValue &v) {
            return v.period == periods.at(i);
        });
        const bool hasData = it != pooled.cend() && it->hasData();
        if (hasData) {
            values->append(double(i), *it->value);
            highest = std::max(highest, *it->value);
        }
        QString label = formatPeriod(periods.at(i), locale);
        if (!small)
            label +=
                u": "_s + (hasData ? formatValue(*indicator, *it->value, locale) : tr("no data"));
        labels.append(label);
    }
    if (labels.isEmpty())
        labels.append(tr("no period has ended"));

    QLineSeries *target = targetLine(*indicator, small);
    target->append(-0.5, indicator->target);
    target->append(double(labels.size()) - 0.5, indicator->target);

    chart->addSeries(values);
    chart->addSeries(target);
    QList<QLineSeries *> lines{target, values};
    if (indicator->baseline) {
        auto *baseline = new QLineSeries;
        baseline->setObjectName(u"baseline"_s);
        baseline->setName(tr("Baseline %1 (%2)")
                              .arg(formatValue(*indicator, *indicator->baseline, locale),
                                   locale.toString(indicator->baselineOn, QLocale::ShortFormat)));
        baseline->setPen(QPen(IndicatorStyle::color(Rating::None), small ? 1 : 1.5, Qt::DotLine));
        baseline->append(-0.5, *indicator->baseline);
        baseline->append(double(labels.size()) - 0.5, *indicator->baseline);
        chart->addSeries(baseline);
        lines.append(baseline);
        highest = std::max(highest, *indicator->baseline);
    }
    auto *periodAxis = new QBarCategoryAxis;
    periodAxis->append(labels);
    QValueAxis *axis = valueAxis(*indicator, highest, small);
    chart->addAxis(periodAxis, Qt::AlignBottom);
    chart->addAxis(axis, Qt::AlignLeft);
    for (QLineSeries *series : std::as_const(lines)) {
        series->attachAxis(periodAxis);
        series->attachAxis(axis);
    }
    // A category axis spans -0.5 to n - 0.5, so the target reaches both edges.
    periodAxis->setRange(labels.constFirst(), labels.constLast());

    if (small) {
        chart->legend()->hide();
        chart->setMargins(QMargins(0, 0, 0, 0));
        chart->setBackgroundRoundness(0);
        periodAxis->setGridLineVisible(false);
        QFont font = periodAxis->labelsFont();
        font.setPointSizeF(font.pointSizeF() * 0.8);
        periodAxis->setLabelsFont(font);
        axis->setLabelsFont(font);
    } else {
        styleTitle(*chart, u"%1. %2"_s.arg(indicator->stt, indicator->name(english)));
        chart->legend()->setAlignment(Qt::AlignBottom);
    }
    return chart;
}

std::unique_ptr<QChart>
IndicatorCharts::agencies(const IndicatorBook &book, IndicatorId id, QDate asOf, bool english)
{
    auto chart = std::make_unique<QChart>();
    const Indicator *indicator = book.indicator(id);
    if (!indicator)
        return chart;

    const IndicatorAggregator aggregator = book.aggregator(id);
    const IndicatorStanding standing = aggregator.standing(asOf);
    const QList<DateRange> closed = indicator->periodsUntil(asOf);
    const DateRange period = standing.latest    ? standing.latest->period
                             : closed.isEmpty() ? DateRange()
                                                : closed.constLast();

    // Agencies that did not report get no bar; the title counts them and the chart panel
    // names them.
    QList<AgencyValue> values = aggregator.agencyValues(period, asOf);
    const auto silent = values.removeIf([](const AgencyValue &value) { return !value.reported; });
    std::stable_sort(values.begin(), values.end(), [](const AgencyValue &a, const AgencyValue &b) {
        if (a.value.has_value() != b.value.has_value())
            return a.value.has_value();
        if (a.value && *a.value != *b.value)
            return *a.value > *b.value;
        return a.reported && !b.reported;
    });

    auto *met = new QBarSet(tr("Meets the target"));
    met->setObjectName(u"met"_s);
    met->setColor(IndicatorStyle::color(Rating::Green));
    met->setBorderColor(IndicatorStyle::color(Rating::Green));
    auto *missed = new QBarSet(tr("Misses the target"));
    missed->setObjectName(u"missed"_s);
    missed->setColor(IndicatorStyle::color(Rating::Red));
    missed->setBorderColor(IndicatorStyle::color(Rating::Red));

    // Horizontal bars run from the bottom up: add the lowest first so the highest is on top.
    QStringList labels;
    double highest = 0;
    const QLocale locale;
    for (auto it = values.crbegin(); it != values.crend(); ++it) {
        const bool meets = it->value && it->rating == Rating::Green;
        met->append(meets ? *it->value : 0.0);
        missed->append(it->value && !meets ? *it->value : 0.0);
        highest = std::max(highest, it->value.value_or(0));
        const QString figure =
            it->value ? formatValue(*indicator, *it->value, locale) : tr("no data");
        labels.append(agencyName(book, it->agencyId, english) + u"  "_s + figure);
    }

    if (labels.isEmpty()) {
        labels.append(tr("no agency has reported"));
        met->append(0.0);
        missed->append(0.0);
    }

    auto *bars = new QHorizontalStackedBarSeries;
    bars->append(met);
    bars->append(missed);
    // A few bars stay slim rather than filling the plot.
    bars->setBarWidth(labels.size() < 4 ? 0.35 : 0.7);
    chart->addSeries(bars);

    auto *agencyAxis = new QBarCategoryAxis;
    agencyAxis->append(labels);
    agencyAxis->setGridLineVisible(false);
    QValueAxis *axis = valueAxis(*indicator, highest, false);
    chart->addAxis(agencyAxis, Qt::AlignLeft);
    chart->addAxis(axis, Qt::AlignBottom);
    bars->attachAxis(agencyAxis);
    bars->attachAxis(axis);

    QLineSeries *target = targetLine(*indicator, false);
    const double rows = std::max<double>(1, labels.size());
    target->append(indicator->target, -0.5);
    target->append(indicator->target, rows - 0.5);
    chart->addSeries(target);
    auto *rowAxis = new QValueAxis;
    rowAxis->setRange(-0.5, rows - 0.5);
    rowAxis->setVisible(false);
    chart->addAxis(rowAxis, Qt::AlignRight);
    target->attachAxis(axis);
    target->attachAxis(rowAxis);

    const QString when = period.isValid() ? formatPeriod(period, locale) : tr("no period yet");
    QString title = tr("%1. %2 — agencies, %3").arg(indicator->stt, indicator->name(english), when);
    if (silent > 0)
        title += u" ("_s + tr("%n not reported", nullptr, int(silent)) + u')';
    styleTitle(*chart, title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

void IndicatorCharts::render(QChart &chart, QPainter &painter, const QRectF &target)
{
    QGraphicsScene scene;
    scene.addItem(&chart);
    chart.setGeometry(QRectF(QPointF(0, 0), target.size()));
    // Lay the chart out now: a chart that was never shown waits for events that do so.
    QCoreApplication::sendPostedEvents(&scene);
    if (QGraphicsLayout *layout = chart.layout())
        layout->activate();
    scene.setSceneRect(chart.geometry());

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    scene.render(&painter, target, chart.geometry());
    painter.restore();
    scene.removeItem(&chart);
}

void IndicatorCharts::render(Kind kind,
                             const IndicatorBook &book,
                             IndicatorId id,
                             QDate asOf,
                             bool english,
                             QPainter &painter,
                             const QRectF &target)
{
    const std::unique_ptr<QChart> chart = create(kind, book, id, asOf, english);
    render(*chart, painter, target);
}

bool IndicatorCharts::savePng(QChart &chart, const QString &path, QSize size, QString *error)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        render(chart, painter, QRectF(QPointF(0, 0), QSizeF(size)));
    }
    if (image.save(path, "PNG"))
        return true;
    *error = tr("The image “%1” could not be written.").arg(QFileInfo(path).fileName());
    return false;
}

bool IndicatorCharts::saveSvg(
    QChart &chart, const QString &path, QSize size, const QString &title, QString *error)
{
    QSvgGenerator generator;
    generator.setFileName(path);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setTitle(title);
    generator.setDescription(tr("Chart made with PlanTrack"));
    QPainter painter;
    if (!painter.begin(&generator)) {
        *error = tr("The drawing “%1” could not be written.").arg(QFileInfo(path).fileName());
        return false;
    }
    render(chart, painter, QRectF(QPointF(0, 0), QSizeF(size)));
    return painter.end();
}

} // namespace PlanTrack
