// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gantt/timeaxis.h"
#include "translations.h"

#include <QFontMetricsF>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace PlanTrack;

Q_DECLARE_METATYPE(PlanTrack::TimeAxis::Zoom)
Q_DECLARE_METATYPE(PlanTrack::TimeAxis::Unit)

namespace {

const DateRange planYears{QDate(2026, 1, 1), QDate(2030, 12, 31)};

TimeAxis axisAt(TimeAxis::Zoom zoom)
{
    TimeAxis axis;
    axis.adaptTo(QFontMetricsF(QFont()));
    axis.setRange(planYears);
    axis.setZoom(zoom);
    return axis;
}

} // namespace

class TestTimeAxis final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();

    void roundTripsEveryDay_data();
    void roundTripsEveryDay();
    void mapsKnownDays_data();
    void mapsKnownDays();
    void cutsTicksAtUnitEdges_data();
    void cutsTicksAtUnitEdges();
    void labelsFitTheirUnitAtEveryZoom_data();
    void labelsFitTheirUnitAtEveryZoom();
    void labelsInEnglish_data();
    void labelsInEnglish();
    void labelFormatInEnglish();
    void labelsInVietnamese_data();
    void labelsInVietnamese();
    void stepsThroughZoomLevels();
    void fitsSpanIntoWidth();
};

void TestTimeAxis::cleanup()
{
    Translations::install(u"en"_s);
}

void TestTimeAxis::roundTripsEveryDay_data()
{
    QTest::addColumn<TimeAxis::Zoom>("zoom");
    QTest::newRow("weeks") << TimeAxis::Zoom::Weeks;
    QTest::newRow("months") << TimeAxis::Zoom::Months;
    QTest::newRow("quarters") << TimeAxis::Zoom::Quarters;
    QTest::newRow("years") << TimeAxis::Zoom::Years;
}

void TestTimeAxis::roundTripsEveryDay()
{
    QFETCH(TimeAxis::Zoom, zoom);
    const TimeAxis axis = axisAt(zoom);
    QVERIFY(axis.pixelsPerDay() > 0);

    double previous = -1;
    for (QDate day = planYears.first; day <= planYears.last; day = day.addDays(1)) {
        const double x = axis.x(day);
        QVERIFY2(x > previous, qPrintable(day.toString(Qt::ISODate)));
        QCOMPARE(axis.dateAt(x), day);
        QCOMPARE(axis.dateAt(axis.centerX(day)), day);
        QCOMPARE(axis.dateAt(axis.endX(day) - axis.pixelsPerDay() / 100), day);
        QCOMPARE(axis.dateAt(axis.endX(day)), day.addDays(1));
        previous = x;
    }
    QCOMPARE(axis.x(planYears.first), 0.0);
    QCOMPARE(axis.width(), axis.endX(planYears.last));
}

void TestTimeAxis::mapsKnownDays_data()
{
    QTest::addColumn<TimeAxis::Zoom>("zoom");
    QTest::addColumn<double>("dayWidth");
    QTest::addColumn<QDate>("day");
    QTest::addColumn<double>("x");

    QTest::newRow("weeks: 31/03/2026")
        << TimeAxis::Zoom::Weeks << 12.0 << QDate(2026, 3, 31) << 89 * 12.0;
    QTest::newRow("months: 31/03/2026")
        << TimeAxis::Zoom::Months << 3.5 << QDate(2026, 3, 31) << 89 * 3.5;
    QTest::newRow("quarters: 01/01/2027")
        << TimeAxis::Zoom::Quarters << 1.25 << QDate(2027, 1, 1) << 365 * 1.25;
    QTest::newRow("years: 31/12/2030")
        << TimeAxis::Zoom::Years << 0.25 << QDate(2030, 12, 31) << 1825 * 0.25;
}

void TestTimeAxis::mapsKnownDays()
{
    QFETCH(TimeAxis::Zoom, zoom);
    QFETCH(double, dayWidth);
    QFETCH(QDate, day);
    QFETCH(double, x);

    TimeAxis axis;
    axis.setRange(planYears);
    axis.setDayWidth(zoom, dayWidth);
    axis.setZoom(zoom);

    QCOMPARE(axis.zoom(), zoom);
    QCOMPARE(axis.pixelsPerDay(), dayWidth);
    QCOMPARE(axis.x(day), x);
    QCOMPARE(axis.centerX(day), x + dayWidth / 2);
    QCOMPARE(axis.dateAt(x), day);
}

void TestTimeAxis::cutsTicksAtUnitEdges_data()
{
    QTest::addColumn<TimeAxis::Unit>("unit");
    QTest::addColumn<QDate>("until");
    QTest::addColumn<QList<QDate>>("firsts");

    QTest::newRow("weeks start on Monday")
        << TimeAxis::Unit::Week << QDate(2026, 1, 19)
        << QList<QDate>{QDate(2025, 12, 29), QDate(2026, 1, 5), QDate(2026, 1, 12)};
    QTest::newRow("months") << TimeAxis::Unit::Month << QDate(2026, 4, 1)
                            << QList<QDate>{
                                   QDate(2026, 1, 1), QDate(2026, 2, 1), QDate(2026, 3, 1)};
    QTest::newRow("quarters") << TimeAxis::Unit::Quarter << QDate(2027, 1, 1)
                              << QList<QDate>{QDate(2026, 1, 1),
                                              QDate(2026, 4, 1),
                                              QDate(2026, 7, 1),
                                              QDate(2026, 10, 1)};
    QTest::newRow("years") << TimeAxis::Unit::Year << QDate(2031, 1, 1)
                           << QList<QDate>{QDate(2026, 1, 1),
                                           QDate(2027, 1, 1),
                                           QDate(2028, 1, 1),
                                           QDate(2029, 1, 1),
                                           QDate(2030, 1, 1)};
}

void TestTimeAxis::cutsTicksAtUnitEdges()
{
    QFETCH(TimeAxis::Unit, unit);
    QFETCH(QDate, until);
    QFETCH(QList<QDate>, firsts);

    TimeAxis axis;
    axis.setRange(planYears);
    axis.setDayWidth(TimeAxis::Zoom::Weeks, 3);
    axis.setZoom(TimeAxis::Zoom::Weeks);

    const QList<TimeAxis::Tick> ticks = axis.ticks(unit, 0, axis.x(until));
    QList<QDate> found;
    for (const TimeAxis::Tick &tick : ticks) {
        found.append(tick.first);
        QCOMPARE(tick.last, TimeAxis::unitEnd(unit, tick.first));
        // Clipped to the range: the week that starts in 2025 begins at the left edge.
        QCOMPARE(tick.left, axis.x(std::max(tick.first, planYears.first)));
        QCOMPARE(tick.right, axis.endX(tick.last));
    }
    QCOMPARE(found, firsts);
}

void TestTimeAxis::labelsFitTheirUnitAtEveryZoom_data()
{
    roundTripsEveryDay_data();
}

void TestTimeAxis::labelsFitTheirUnitAtEveryZoom()
{
    QFETCH(TimeAxis::Zoom, zoom);
    for (const QString &language : Translations::languages()) {
        Translations::install(language);
        const QFontMetricsF metrics{QFont()};
        TimeAxis axis;
        axis.adaptTo(metrics);
        axis.setRange(planYears);
        axis.setZoom(zoom);

        const TimeAxis::Unit unit = TimeAxis::minorUnit(zoom);
        for (const TimeAxis::Tick &tick : axis.ticks(unit, 0, axis.width())) {
            if (tick.first < planYears.first || tick.last > planYears.last)
                continue; // cut by the edge of the range
            const QString label = TimeAxis::label(unit, tick.first);
            QVERIFY2(metrics.horizontalAdvance(label) < tick.right - tick.left,
                     qPrintable(language + u": "_s + label));
        }
    }
}

void TestTimeAxis::labelsInEnglish_data()
{
    QTest::addColumn<TimeAxis::Unit>("unit");
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("shortLabel");

    QTest::newRow("week") << TimeAxis::Unit::Week << QDate(2026, 3, 16) << u"16/03"_s << u"16"_s;
    QTest::newRow("March") << TimeAxis::Unit::Month << QDate(2026, 3, 1) << u"Mar 2026"_s
                           << u"Mar"_s;
    QTest::newRow("December") << TimeAxis::Unit::Month << QDate(2030, 12, 1) << u"Dec 2030"_s
                              << u"Dec"_s;
    QTest::newRow("first quarter")
        << TimeAxis::Unit::Quarter << QDate(2026, 1, 1) << u"Q1 2026"_s << u"Q1"_s;
    QTest::newRow("fourth quarter")
        << TimeAxis::Unit::Quarter << QDate(2027, 10, 1) << u"Q4 2027"_s << u"Q4"_s;
    QTest::newRow("year") << TimeAxis::Unit::Year << QDate(2026, 1, 1) << u"2026"_s << u"2026"_s;
}

void TestTimeAxis::labelsInEnglish()
{
    QFETCH(TimeAxis::Unit, unit);
    QFETCH(QDate, first);
    QFETCH(QString, label);
    QFETCH(QString, shortLabel);

    Translations::install(u"en"_s);
    QCOMPARE(TimeAxis::label(unit, first), label);
    QCOMPARE(TimeAxis::shortLabel(unit, first), shortLabel);
}

void TestTimeAxis::labelFormatInEnglish()
{
    Translations::install(u"en"_s);
    const QRegularExpression month(u"^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) 2026$"_s);
    const QRegularExpression quarter(u"^Q[1-4] 2026$"_s);

    QStringList months;
    for (int m = 1; m <= 12; ++m) {
        const QString label = TimeAxis::label(TimeAxis::Unit::Month, QDate(2026, m, 1));
        QVERIFY2(month.match(label).hasMatch(), qPrintable(label));
        months.append(label);
    }
    months.removeDuplicates();
    QCOMPARE(months.size(), 12);

    for (int q = 0; q < 4; ++q) {
        const QString label = TimeAxis::label(TimeAxis::Unit::Quarter, QDate(2026, q * 3 + 1, 1));
        QVERIFY2(quarter.match(label).hasMatch(), qPrintable(label));
        QCOMPARE(label, u"Q%1 2026"_s.arg(q + 1));
    }
}

void TestTimeAxis::labelsInVietnamese_data()
{
    labelsInEnglish_data();
}

void TestTimeAxis::labelsInVietnamese()
{
    QFETCH(TimeAxis::Unit, unit);
    QFETCH(QDate, first);

    QVERIFY(Translations::install(u"vi"_s));
    const QString label = TimeAxis::label(unit, first);
    switch (unit) {
    case TimeAxis::Unit::Week:
        QCOMPARE(label, first.toString(u"dd/MM"_s));
        break;
    case TimeAxis::Unit::Month:
        QCOMPARE(label, u"Th%1/%2"_s.arg(first.month()).arg(first.year()));
        QCOMPARE(TimeAxis::shortLabel(unit, first), u"Th%1"_s.arg(first.month()));
        break;
    case TimeAxis::Unit::Quarter: {
        const QStringList roman{u"I"_s, u"II"_s, u"III"_s, u"IV"_s};
        const QString name = u"Quý "_s + roman.at((first.month() - 1) / 3);
        QCOMPARE(label, name + u'/' + QString::number(first.year()));
        QCOMPARE(TimeAxis::shortLabel(unit, first), name);
        break;
    }
    case TimeAxis::Unit::Year:
        QCOMPARE(label, QString::number(first.year()));
        break;
    }
}

void TestTimeAxis::stepsThroughZoomLevels()
{
    TimeAxis axis = axisAt(TimeAxis::Zoom::Years);
    QVERIFY(!axis.zoomOut());
    QCOMPARE(axis.zoom(), TimeAxis::Zoom::Years);

    double previous = axis.pixelsPerDay();
    for (TimeAxis::Zoom expected :
         {TimeAxis::Zoom::Quarters, TimeAxis::Zoom::Months, TimeAxis::Zoom::Weeks}) {
        QVERIFY(axis.zoomIn());
        QCOMPARE(axis.zoom(), expected);
        QVERIFY(axis.pixelsPerDay() > previous);
        previous = axis.pixelsPerDay();
    }
    QVERIFY(!axis.zoomIn());
    QVERIFY(axis.zoomOut());
    QCOMPARE(axis.zoom(), TimeAxis::Zoom::Months);
}

void TestTimeAxis::fitsSpanIntoWidth()
{
    const QFontMetricsF metrics{QFont()};
    for (double width : {300.0, 900.0, 4000.0, 40000.0}) {
        TimeAxis axis = axisAt(TimeAxis::Zoom::Weeks);
        axis.fit(planYears, width);

        QVERIFY(qFuzzyCompare(axis.width(), width));
        QCOMPARE(axis.x(planYears.first), 0.0);
        // The finest level whose labels fit: the next finer one would not.
        QVERIFY(axis.dayWidth(axis.zoom()) <= axis.pixelsPerDay()
                || axis.zoom() == TimeAxis::Zoom::Years);
        if (axis.zoom() != TimeAxis::Zoom::Weeks)
            QVERIFY(axis.dayWidth(TimeAxis::Zoom(int(axis.zoom()) - 1)) > axis.pixelsPerDay());
    }

    TimeAxis wide = axisAt(TimeAxis::Zoom::Years);
    wide.fit(planYears, 40000);
    QCOMPARE(wide.zoom(), TimeAxis::Zoom::Weeks);
    TimeAxis narrow = axisAt(TimeAxis::Zoom::Weeks);
    narrow.fit(planYears, 300);
    QCOMPARE(narrow.zoom(), TimeAxis::Zoom::Years);
}

QTEST_MAIN(TestTimeAxis)
#include "tst_timeaxis.moc"
