// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "indicatorfixture.h"
#include "indicators/indicatorchartpanel.h"
#include "indicators/indicatorcharts.h"
#include "indicators/indicatorstyle.h"
#include "translations.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QFile>
#include <QHorizontalStackedBarSeries>
#include <QImage>
#include <QLineSeries>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace PlanTrack;

namespace {

QLineSeries *lineNamed(QChart &chart, const QString &name)
{
    for (QAbstractSeries *series : chart.series()) {
        if (series->objectName() == name)
            return qobject_cast<QLineSeries *>(series);
    }
    return nullptr;
}

QBarCategoryAxis *categoryAxis(QChart &chart)
{
    for (QAbstractAxis *axis : chart.axes()) {
        if (auto *categories = qobject_cast<QBarCategoryAxis *>(axis))
            return categories;
    }
    return nullptr;
}

QBarSet *barSet(QChart &chart, const QString &name)
{
    for (QAbstractSeries *series : chart.series()) {
        if (auto *bars = qobject_cast<QHorizontalStackedBarSeries *>(series)) {
            for (QBarSet *set : bars->barSets()) {
                if (set->objectName() == name)
                    return set;
            }
        }
    }
    return nullptr;
}

QList<QPointF> pointsOf(QLineSeries *series)
{
    return series ? series->points() : QList<QPointF>();
}

// Returns the share of the image's width holding anything but the background.
double inkedWidth(const QImage &image)
{
    int left = image.width();
    int right = -1;
    const QRgb white = qRgb(255, 255, 255);
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); ++x) {
            if (image.pixel(x, y) != white) {
                left = std::min(left, x);
                right = std::max(right, x);
            }
        }
    }
    return right < left ? 0 : double(right - left) / image.width();
}

} // namespace

class IndicatorChartsTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void trendShowsPooledValuePerPeriodAndTarget();
    void trendFollowsAsOfDate();
    void trendWithoutPeriodsStillShowsTarget();
    void trendShowsBaseline();
    void agenciesSortedWithThoseBelowHighlighted();
    void chartsFollowLanguage();
    void rendersFullSizeIntoPainter();
    void exportsPngAndSvg();
    void panelFollowsBookAndDate();

private:
    std::unique_ptr<Test::IndicatorFixture> m_fixture;
};

void IndicatorChartsTest::initTestCase()
{
    Translations::install(u"en"_s);
}

void IndicatorChartsTest::init()
{
    m_fixture = std::make_unique<Test::IndicatorFixture>();
    QVERIFY2(m_fixture->open(), qPrintable(m_fixture->error()));
    // 2026: 3 of 10 and 5 of 10, education without data: 8 of 20 = 40 %.
    // 2027: 8 of 10 and 4 of 10: 12 of 20 = 60 %.
    QVERIFY(m_fixture->report(u"15"_s, u"SNV"_s, 2026, 3, 10));
    QVERIFY(m_fixture->report(u"15"_s, u"SYT"_s, 2026, 5, 10));
    QVERIFY(m_fixture->report(u"15"_s, u"SGDDT"_s, 2026, 0, 0));
    QVERIFY(m_fixture->report(u"15"_s, u"SNV"_s, 2027, 8, 10));
    QVERIFY(m_fixture->report(u"15"_s, u"SYT"_s, 2027, 4, 10));
}

void IndicatorChartsTest::cleanup()
{
    m_fixture.reset();
    Translations::install(u"en"_s);
}

void IndicatorChartsTest::trendShowsPooledValuePerPeriodAndTarget()
{
    const std::unique_ptr<QChart> chart = IndicatorCharts::create(IndicatorCharts::Kind::Trend,
                                                                  m_fixture->book(),
                                                                  m_fixture->indicator(u"15"_s),
                                                                  QDate(2028, 1, 15),
                                                                  true);

    QCOMPARE(pointsOf(lineNamed(*chart, u"value"_s)), (QList<QPointF>{{0, 40}, {1, 60}}));
    const QList<QPointF> target = pointsOf(lineNamed(*chart, u"target"_s));
    QCOMPARE(target.size(), 2);
    QCOMPARE(target.at(0).y(), 50.0);
    QCOMPARE(target.at(1).y(), 50.0);
    QVERIFY(target.at(0).x() < 0 && target.at(1).x() > 1);
    QVERIFY(lineNamed(*chart, u"target"_s)->name().contains(u"≥ 50 %"_s));

    const QStringList labels = categoryAxis(*chart)->categories();
    QCOMPARE(labels.size(), 2);
    QCOMPARE(labels.at(0), u"2026: 40 %"_s);
    QCOMPARE(labels.at(1), u"2027: 60 %"_s);
    QVERIFY(chart->title().startsWith(u"15. Share of attracted talents in group A"_s));
}

void IndicatorChartsTest::trendFollowsAsOfDate()
{
    const std::unique_ptr<QChart> chart = IndicatorCharts::create(IndicatorCharts::Kind::Trend,
                                                                  m_fixture->book(),
                                                                  m_fixture->indicator(u"15"_s),
                                                                  QDate(2027, 12, 30),
                                                                  true);

    QCOMPARE(pointsOf(lineNamed(*chart, u"value"_s)), (QList<QPointF>{{0, 40}}));
    QCOMPARE(categoryAxis(*chart)->categories(), QStringList{u"2026: 40 %"_s});

    // A period that has ended without data stays on the axis, without a point.
    const std::unique_ptr<QChart> later = IndicatorCharts::create(IndicatorCharts::Kind::Trend,
                                                                  m_fixture->book(),
                                                                  m_fixture->indicator(u"15"_s),
                                                                  QDate(2029, 1, 1),
                                                                  true);
    QCOMPARE(pointsOf(lineNamed(*later, u"value"_s)).size(), 2);
    QCOMPARE(categoryAxis(*later)->categories().at(2), u"2028: no data"_s);
}

void IndicatorChartsTest::trendWithoutPeriodsStillShowsTarget()
{
    const std::unique_ptr<QChart> chart = IndicatorCharts::create(IndicatorCharts::Kind::Trend,
                                                                  m_fixture->book(),
                                                                  m_fixture->indicator(u"19"_s),
                                                                  QDate(2026, 6, 30),
                                                                  true);

    QVERIFY(pointsOf(lineNamed(*chart, u"value"_s)).isEmpty());
    QCOMPARE(pointsOf(lineNamed(*chart, u"target"_s)).constFirst().y(), 70.0);
    QCOMPARE(categoryAxis(*chart)->categories().size(), 1);
}

void IndicatorChartsTest::trendShowsBaseline()
{
    const IndicatorId id = m_fixture->indicator(u"15"_s);
    QVERIFY(!lineNamed(
        *IndicatorCharts::create(
            IndicatorCharts::Kind::Trend, m_fixture->book(), id, QDate(2028, 1, 1), true),
        u"baseline"_s));
    Indicator changed = *m_fixture->book().indicator(id);
    changed.baseline = 35;
    changed.baselineOn = QDate(2025, 12, 31);
    QString error;
    QVERIFY2(m_fixture->book().updateIndicator(changed, &error), qPrintable(error));

    const std::unique_ptr<QChart> chart = IndicatorCharts::create(
        IndicatorCharts::Kind::Trend, m_fixture->book(), id, QDate(2028, 1, 1), true);

    QLineSeries *baseline = lineNamed(*chart, u"baseline"_s);
    QVERIFY(baseline);
    QCOMPARE(baseline->points().constFirst().y(), 35.0);
    QVERIFY(baseline->name().contains(u"35 %"_s));
}

void IndicatorChartsTest::agenciesSortedWithThoseBelowHighlighted()
{
    const std::unique_ptr<QChart> chart = IndicatorCharts::create(IndicatorCharts::Kind::Agencies,
                                                                  m_fixture->book(),
                                                                  m_fixture->indicator(u"15"_s),
                                                                  QDate(2028, 1, 15),
                                                                  true);

    // The agencies that reported have bars running from the bottom up, the highest on top;
    // the title counts those that did not.
    const int silent =
        int(m_fixture->book().expectedAgencies(m_fixture->indicator(u"15"_s)).size()) - 2;
    const int top = 1;
    const QStringList labels = categoryAxis(*chart)->categories();
    QCOMPARE(labels,
             (QStringList{u"Department of Health  40 %"_s, u"Department of Home Affairs  80 %"_s}));

    QBarSet *met = barSet(*chart, u"met"_s);
    QBarSet *missed = barSet(*chart, u"missed"_s);
    QVERIFY(met && missed);
    QCOMPARE(met->at(top), 80.0);
    QCOMPARE(missed->at(top), 0.0);
    QCOMPARE(met->at(top - 1), 0.0);
    QCOMPARE(missed->at(top - 1), 40.0);
    QCOMPARE(missed->color(), IndicatorStyle::color(Rating::Red));
    QCOMPARE(met->color(), IndicatorStyle::color(Rating::Green));

    const QList<QPointF> target = pointsOf(lineNamed(*chart, u"target"_s));
    QCOMPARE(target.size(), 2);
    QCOMPARE(target.at(0).x(), 50.0);
    QCOMPARE(target.at(1).x(), 50.0);
    QVERIFY2(chart->title().endsWith(u"agencies, 2027 (%1 not reported)"_s.arg(silent)),
             qPrintable(chart->title()));
}

void IndicatorChartsTest::chartsFollowLanguage()
{
    const std::unique_ptr<QChart> vietnamese =
        IndicatorCharts::create(IndicatorCharts::Kind::Agencies,
                                m_fixture->book(),
                                m_fixture->indicator(u"15"_s),
                                QDate(2028, 1, 15),
                                false);
    QVERIFY(vietnamese->title().contains(u"Tỷ lệ người có tài năng"_s));
    QVERIFY(categoryAxis(*vietnamese)->categories().constLast().startsWith(u"Sở Nội vụ"_s));

    Translations::install(u"vi"_s);
    const std::unique_ptr<QChart> trend = IndicatorCharts::create(IndicatorCharts::Kind::Trend,
                                                                  m_fixture->book(),
                                                                  m_fixture->indicator(u"15"_s),
                                                                  QDate(2028, 1, 15),
                                                                  false);
    // Vietnamese numbers use a decimal comma.
    QVERIFY(m_fixture->report(u"15"_s, u"SGDDT"_s, 2027, 1, 8));
    const std::unique_ptr<QChart> again = IndicatorCharts::create(IndicatorCharts::Kind::Trend,
                                                                  m_fixture->book(),
                                                                  m_fixture->indicator(u"15"_s),
                                                                  QDate(2028, 1, 15),
                                                                  false);
    QCOMPARE(categoryAxis(*again)->categories().at(1), u"2027: 46,4 %"_s);
}

void IndicatorChartsTest::rendersFullSizeIntoPainter()
{
    const std::unique_ptr<QChart> chart = IndicatorCharts::create(IndicatorCharts::Kind::Trend,
                                                                  m_fixture->book(),
                                                                  m_fixture->indicator(u"15"_s),
                                                                  QDate(2028, 1, 15),
                                                                  true);
    QImage image(900, 500, QImage::Format_RGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        IndicatorCharts::render(*chart, painter, QRectF(0, 0, 900, 500));
    }

    QCOMPARE(chart->size(), QSizeF(900, 500));
    QVERIFY(!chart->scene());
    QVERIFY2(inkedWidth(image) > 0.8, qPrintable(QString::number(inkedWidth(image))));
    QVERIFY(chart->plotArea().width() > 500);
}

void IndicatorChartsTest::exportsPngAndSvg()
{
    QTemporaryDir dir;
    const std::unique_ptr<QChart> chart = IndicatorCharts::create(IndicatorCharts::Kind::Agencies,
                                                                  m_fixture->book(),
                                                                  m_fixture->indicator(u"15"_s),
                                                                  QDate(2028, 1, 15),
                                                                  true);
    QString error;

    const QString png = dir.filePath(u"chart.png"_s);
    QVERIFY2(IndicatorCharts::savePng(*chart, png, QSize(1000, 600), &error), qPrintable(error));
    const QImage image(png);
    QCOMPARE(image.size(), QSize(1000, 600));
    QVERIFY(inkedWidth(image) > 0.8);

    const QString svg = dir.filePath(u"chart.svg"_s);
    QVERIFY2(IndicatorCharts::saveSvg(*chart, svg, QSize(1000, 600), chart->title(), &error),
             qPrintable(error));
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(text.contains(u"<svg"_s));
    QVERIFY(text.contains(u"Department of Home Affairs"_s));

    QVERIFY(!IndicatorCharts::savePng(
        *chart, dir.filePath(u"missing/chart.png"_s), QSize(100, 100), &error));
    QVERIFY(error.contains(u"chart.png"_s));
}

void IndicatorChartsTest::panelFollowsBookAndDate()
{
    IndicatorChartPanel panel(m_fixture->book());
    panel.setIndicatorId(m_fixture->indicator(u"15"_s));
    panel.setAsOf(QDate(2027, 6, 30));
    QCOMPARE(pointsOf(lineNamed(*panel.chart(), u"value"_s)).size(), 1);

    panel.setAsOf(QDate(2028, 1, 15));
    QCOMPARE(pointsOf(lineNamed(*panel.chart(), u"value"_s)).size(), 2);

    QVERIFY(m_fixture->report(u"15"_s, u"SGDDT"_s, 2027, 8, 8));
    QCOMPARE(pointsOf(lineNamed(*panel.chart(), u"value"_s)).at(1).y(), 20.0 / 28 * 100);

    panel.setKind(IndicatorCharts::Kind::Agencies);
    QVERIFY(barSet(*panel.chart(), u"met"_s));

    QTemporaryDir dir;
    QString error;
    QVERIFY2(panel.exportChart(dir.filePath(u"panel.svg"_s), QSize(800, 500), &error),
             qPrintable(error));
    QVERIFY(QFile(dir.filePath(u"panel.svg"_s)).size() > 1000);
}

QTEST_MAIN(IndicatorChartsTest)
#include "tst_indicatorcharts.moc"
