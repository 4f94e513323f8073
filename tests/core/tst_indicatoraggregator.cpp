// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "indicators/indicatoraggregator.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace PlanTrack;

namespace {

constexpr AgencyId health = 1;
constexpr AgencyId education = 2;
constexpr AgencyId finance = 3;
constexpr AgencyId culture = 4;

const DateRange year2026{QDate(2026, 1, 1), QDate(2026, 12, 31)};
const DateRange year2027{QDate(2027, 1, 1), QDate(2027, 12, 31)};

Indicator shareIndicator(IndicatorTarget::Direction direction = IndicatorTarget::Direction::AtLeast,
                         double target = 50)
{
    Indicator indicator;
    indicator.id = 7;
    indicator.stt = u"15"_s;
    indicator.kind = IndicatorKind::Ratio;
    indicator.unit = IndicatorTarget::Unit::Percent;
    indicator.direction = direction;
    indicator.target = target;
    indicator.period = {QDate(2026, 1, 1), QDate(2030, 12, 31)};
    indicator.amberBand = 10;
    return indicator;
}

Observation ratio(ObservationId id, AgencyId agency, const DateRange &period, qint64 n, qint64 d)
{
    Observation observation;
    observation.id = id;
    observation.indicatorId = 7;
    observation.agencyId = agency;
    observation.period = period;
    observation.numerator = n;
    observation.denominator = d;
    return observation;
}

} // namespace

class IndicatorAggregatorTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void poolsNumeratorsAndDenominators();
    void agencyWithZeroDenominatorHasNoData();
    void listsAgenciesThatDidNotReport();
    void correctionSupersedesEarlierObservation();
    void withdrawalRemovesReport();
    void ignoresPeriodsEndingAfterAsOf();
    void comparesWithPreviousPeriod();
    void noObservationsMeansNoData();
    void sumsPlainValues();
    void ratesByDirectionAndBand_data();
    void ratesByDirectionAndBand();
    void defaultBandsFollowUnit();
    void periodsFollowFrequency();
    void formatsNumbers();
};

void IndicatorAggregatorTest::poolsNumeratorsAndDenominators()
{
    // 1 of 4 and 9 of 12 pool to 10 of 16 = 62.5 %, not the mean of 25 % and 75 %.
    const IndicatorAggregator aggregator(
        shareIndicator(),
        {ratio(1, health, year2026, 1, 4), ratio(2, education, year2026, 9, 12)},
        {health, education});

    const IndicatorStanding standing = aggregator.standing(QDate(2027, 1, 15));

    QVERIFY(standing.latest);
    QCOMPARE(standing.latest->numerator, 10);
    QCOMPARE(standing.latest->denominator, 16);
    QCOMPARE(*standing.value(), 62.5);
    QCOMPARE(standing.latest->reporting, (QList<AgencyId>{health, education}));
    QCOMPARE(standing.result, IndicatorResult::Met);
    QCOMPARE(standing.rating, Rating::Green);
}

void IndicatorAggregatorTest::agencyWithZeroDenominatorHasNoData()
{
    const IndicatorAggregator aggregator(
        shareIndicator(),
        {ratio(1, health, year2026, 3, 10), ratio(2, education, year2026, 0, 0)},
        {health, education});
    const QDate asOf(2027, 1, 15);

    const IndicatorStanding standing = aggregator.standing(asOf);
    QCOMPARE(standing.latest->numerator, 3);
    QCOMPARE(standing.latest->denominator, 10);
    QCOMPARE(*standing.value(), 30.0);
    QCOMPARE(standing.latest->withoutData, QList<AgencyId>{education});
    QVERIFY(standing.missing.isEmpty());
    QCOMPARE(standing.result, IndicatorResult::NotMet);
    QCOMPARE(standing.rating, Rating::Red);

    const QList<AgencyValue> values = aggregator.agencyValues(year2026, asOf);
    QCOMPARE(values.size(), 2);
    QCOMPARE(values.at(0).value, std::optional<double>(30.0));
    QVERIFY(values.at(1).reported);
    QVERIFY(!values.at(1).value);
    QCOMPARE(values.at(1).rating, Rating::None);
}

void IndicatorAggregatorTest::listsAgenciesThatDidNotReport()
{
    const IndicatorAggregator aggregator(
        shareIndicator(), {ratio(1, education, year2026, 6, 10)}, {health, education, finance});
    const QDate asOf(2027, 1, 15);

    const IndicatorStanding standing = aggregator.standing(asOf);
    QCOMPARE(*standing.value(), 60.0);
    QCOMPARE(standing.missing, (QList<AgencyId>{health, finance}));

    const QList<AgencyValue> values = aggregator.agencyValues(year2026, asOf);
    QCOMPARE(values.size(), 3);
    QVERIFY(!values.at(0).reported);
    QVERIFY(values.at(1).reported);
    QVERIFY(!values.at(2).reported);
}

void IndicatorAggregatorTest::correctionSupersedesEarlierObservation()
{
    const IndicatorAggregator aggregator(shareIndicator(),
                                         {ratio(1, health, year2026, 2, 10),
                                          ratio(2, education, year2026, 5, 10),
                                          ratio(3, health, year2026, 7, 10)},
                                         {health, education});

    const IndicatorStanding standing = aggregator.standing(QDate(2027, 1, 15));

    QCOMPARE(standing.latest->numerator, 12);
    QCOMPARE(standing.latest->denominator, 20);
    QCOMPARE(*standing.value(), 60.0);
    const QList<Observation> counted = aggregator.effective(QDate(2027, 1, 15));
    QCOMPARE(counted.size(), 2);
    QCOMPARE(counted.at(0).id, 2);
    QCOMPARE(counted.at(1).id, 3);
}

void IndicatorAggregatorTest::withdrawalRemovesReport()
{
    Observation withdrawal;
    withdrawal.id = 3;
    withdrawal.indicatorId = 7;
    withdrawal.agencyId = health;
    withdrawal.period = year2026;
    const IndicatorAggregator aggregator(
        shareIndicator(),
        {ratio(1, health, year2026, 2, 10), ratio(2, education, year2026, 5, 10), withdrawal},
        {health, education});

    const IndicatorStanding standing = aggregator.standing(QDate(2027, 1, 15));

    QCOMPARE(*standing.value(), 50.0);
    QCOMPARE(standing.missing, QList<AgencyId>{health});
}

void IndicatorAggregatorTest::ignoresPeriodsEndingAfterAsOf()
{
    const IndicatorAggregator aggregator(
        shareIndicator(),
        {ratio(1, health, year2026, 4, 10), ratio(2, health, year2027, 9, 10)},
        {health});

    const IndicatorStanding mid2027 = aggregator.standing(QDate(2027, 6, 30));
    QCOMPARE(mid2027.latest->period, year2026);
    QCOMPARE(*mid2027.value(), 40.0);
    QCOMPARE(aggregator.series(QDate(2027, 6, 30)).size(), 1);

    const IndicatorStanding end2027 = aggregator.standing(QDate(2027, 12, 31));
    QCOMPARE(end2027.latest->period, year2027);
    QCOMPARE(*end2027.value(), 90.0);

    QVERIFY(!aggregator.standing(QDate(2026, 12, 30)).latest);
    QCOMPARE(aggregator.standing(QDate(2026, 12, 30)).result, IndicatorResult::NoData);
}

void IndicatorAggregatorTest::comparesWithPreviousPeriod()
{
    const IndicatorAggregator aggregator(
        shareIndicator(),
        {ratio(1, health, year2026, 4, 10), ratio(2, health, year2027, 9, 20)},
        {health});

    const IndicatorStanding standing = aggregator.standing(QDate(2028, 1, 1));

    QCOMPARE(standing.previous->period, year2026);
    QCOMPARE(*standing.value(), 45.0);
    QCOMPARE(*standing.change, 5.0);
    QCOMPARE(standing.rating, Rating::Amber);
    QCOMPARE(standing.result, IndicatorResult::NotMet);

    const QList<PeriodValue> series = aggregator.series(QDate(2028, 1, 1));
    QCOMPARE(series.size(), 2);
    QCOMPARE(*series.at(0).value, 40.0);
    QCOMPARE(*series.at(1).value, 45.0);
}

void IndicatorAggregatorTest::noObservationsMeansNoData()
{
    const IndicatorAggregator aggregator(shareIndicator(), {}, {health, education});

    const IndicatorStanding standing = aggregator.standing(QDate(2030, 12, 31));

    QCOMPARE(standing.result, IndicatorResult::NoData);
    QCOMPARE(standing.rating, Rating::None);
    QVERIFY(!standing.change);
    QCOMPARE(standing.missing, (QList<AgencyId>{health, education}));
}

void IndicatorAggregatorTest::sumsPlainValues()
{
    Indicator indicator = shareIndicator(IndicatorTarget::Direction::AtLeast, 100);
    indicator.kind = IndicatorKind::Value;
    indicator.unit = IndicatorTarget::Unit::Count;
    Observation first;
    first.id = 1;
    first.agencyId = health;
    first.period = year2026;
    first.value = 40;
    Observation second = first;
    second.id = 2;
    second.agencyId = culture;
    second.value = 35;
    const IndicatorAggregator aggregator(indicator, {first, second}, {health, culture});

    const IndicatorStanding standing = aggregator.standing(QDate(2027, 1, 1));

    QCOMPARE(*standing.value(), 75.0);
    QCOMPARE(standing.result, IndicatorResult::NotMet);
}

void IndicatorAggregatorTest::ratesByDirectionAndBand_data()
{
    QTest::addColumn<IndicatorTarget::Direction>("direction");
    QTest::addColumn<double>("target");
    QTest::addColumn<double>("value");
    QTest::addColumn<Rating>("rating");

    using D = IndicatorTarget::Direction;
    QTest::newRow("at least, above") << D::AtLeast << 50.0 << 51.0 << Rating::Green;
    QTest::newRow("at least, on target") << D::AtLeast << 50.0 << 50.0 << Rating::Green;
    QTest::newRow("at least, 10 below") << D::AtLeast << 50.0 << 40.0 << Rating::Amber;
    QTest::newRow("at least, 10.5 below") << D::AtLeast << 50.0 << 39.5 << Rating::Red;
    QTest::newRow("at most, below") << D::AtMost << 20.0 << 5.0 << Rating::Green;
    QTest::newRow("at most, 5 above") << D::AtMost << 20.0 << 25.0 << Rating::Amber;
    QTest::newRow("at most, 11 above") << D::AtMost << 20.0 << 31.0 << Rating::Red;
    QTest::newRow("exactly 100, met") << D::Exactly << 100.0 << 100.0 << Rating::Green;
    QTest::newRow("exactly 100, 95") << D::Exactly << 100.0 << 95.0 << Rating::Amber;
    QTest::newRow("exactly 100, 80") << D::Exactly << 100.0 << 80.0 << Rating::Red;
    QTest::newRow("exactly 50, 55") << D::Exactly << 50.0 << 55.0 << Rating::Amber;
}

void IndicatorAggregatorTest::ratesByDirectionAndBand()
{
    QFETCH(IndicatorTarget::Direction, direction);
    QFETCH(double, target);
    QFETCH(double, value);
    QFETCH(Rating, rating);

    const Indicator indicator = shareIndicator(direction, target);
    QCOMPARE(rate(indicator, value), rating);
    QCOMPARE(resultOf(rate(indicator, value)),
             rating == Rating::Green ? IndicatorResult::Met : IndicatorResult::NotMet);
    QCOMPARE(rate(indicator, std::nullopt), Rating::None);
}

void IndicatorAggregatorTest::defaultBandsFollowUnit()
{
    QCOMPARE(defaultAmberBand(IndicatorTarget::Unit::Percent, 70), 10.0);
    QCOMPARE(defaultAmberBand(IndicatorTarget::Unit::Count, 300), 30.0);
    QCOMPARE(defaultAmberBand(IndicatorTarget::Unit::Count, 4), 1.0);

    // Pooled 7 of 7 is exactly 100 %, which meets "exactly 100 %".
    const Indicator indicator = shareIndicator(IndicatorTarget::Direction::Exactly, 100);
    QCOMPARE(rate(indicator, indicator.ratioValue(7, 7)), Rating::Green);
    QCOMPARE(rate(indicator, indicator.ratioValue(6, 7)), Rating::Red);
}

void IndicatorAggregatorTest::periodsFollowFrequency()
{
    Indicator indicator = shareIndicator();
    QCOMPARE(indicator.periodsUntil(QDate(2027, 12, 30)), QList<DateRange>{year2026});
    QCOMPARE(indicator.periodsUntil(QDate(2030, 12, 31)).size(), 5);

    indicator.frequency = ReportingFrequency::Quarterly;
    const QList<DateRange> quarters = indicator.periodsUntil(QDate(2026, 7, 1));
    QCOMPARE(quarters.size(), 2);
    QCOMPARE(quarters.at(1), (DateRange{QDate(2026, 4, 1), QDate(2026, 6, 30)}));
}

void IndicatorAggregatorTest::formatsNumbers()
{
    const Indicator indicator = shareIndicator();
    QCOMPARE(plainNumber(62.5), u"62.5"_s);
    QCOMPARE(plainNumber(100), u"100"_s);
    QCOMPARE(plainNumber(100.0 / 3), u"33.33"_s);
    QCOMPARE(plainNumber(0), u"0"_s);
    QCOMPARE(formatValue(indicator, 62.5, QLocale(QLocale::Vietnamese)), u"62,5 %"_s);
    QCOMPARE(formatValue(indicator, 50, QLocale(QLocale::English)), u"50 %"_s);
    QCOMPARE(formatPeriod(year2026), u"2026"_s);
}

QTEST_GUILESS_MAIN(IndicatorAggregatorTest)
#include "tst_indicatoraggregator.moc"
