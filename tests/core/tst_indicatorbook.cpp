// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/planimporter.h"
#include "indicators/indicatorbook.h"
#include "storage/database.h"
#include "workspace/workspace.h"
#include "workspace/workspacesession.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace PlanTrack;

namespace {

const DateRange year2026{QDate(2026, 1, 1), QDate(2026, 12, 31)};

} // namespace

class IndicatorBookTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void seedsBundledIndicators();
    void recordsSeedingInRowHistory();
    void keepsIndicatorsWhenReopened();
    void seedsRowsThatLackAnIndicator();
    void seedsImportedPlan();
    void storesObservationsWithAudit();
    void keepsCorrectionsAsHistory();
    void removesObservations();
    void withdrawsReport();
    void refusesBadObservation_data();
    void refusesBadObservation();
    void refusesWholeBatchOnOneBadObservation();
    void editsIndicator();
    void refusesBadIndicatorEdit();

private:
    AgencyId agency(const QString &code) const { return m_session->agencies().byCode(code)->id; }

    const Indicator &row(const QString &stt) const;
    Observation observation(const QString &stt,
                            const QString &agencyCode,
                            std::optional<qint64> numerator,
                            std::optional<qint64> denominator,
                            const DateRange &period = year2026) const;
    bool openFile();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<WorkspaceSession> m_session;
    std::unique_ptr<IndicatorBook> m_book;
};

void IndicatorBookTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(openFile());
}

void IndicatorBookTest::cleanup()
{
    m_book.reset();
    m_session.reset();
    m_dir.reset();
}

bool IndicatorBookTest::openFile()
{
    m_book.reset();
    m_session.reset();
    QString error;
    m_session = WorkspaceSession::open(m_dir->filePath(u"w.sqlite"_s), &error);
    if (!m_session) {
        qWarning() << error;
        return false;
    }
    m_book = IndicatorBook::open(*m_session, &error);
    if (!m_book)
        qWarning() << error;
    return m_book != nullptr;
}

const Indicator &IndicatorBookTest::row(const QString &stt) const
{
    const Indicator *found = m_book->find(m_session->plans().constFirst().id, stt);
    Q_ASSERT(found);
    return *found;
}

Observation IndicatorBookTest::observation(const QString &stt,
                                           const QString &agencyCode,
                                           std::optional<qint64> numerator,
                                           std::optional<qint64> denominator,
                                           const DateRange &period) const
{
    Observation observation;
    observation.indicatorId = row(stt).id;
    observation.agencyId = agency(agencyCode);
    observation.period = period;
    observation.numerator = numerator;
    observation.denominator = denominator;
    return observation;
}

void IndicatorBookTest::seedsBundledIndicators()
{
    const QList<Indicator> &indicators = m_book->indicators();
    QCOMPARE(indicators.size(), 5);
    QStringList numbers;
    for (const Indicator &indicator : indicators) {
        numbers.append(indicator.stt);
        QCOMPARE(indicator.kind, IndicatorKind::Ratio);
        QCOMPARE(indicator.frequency, ReportingFrequency::Yearly);
        QCOMPARE(indicator.amberBand, 10.0);
        QVERIFY(!indicator.numeratorVi.isEmpty() && !indicator.numeratorEn.isEmpty());
        QVERIFY(!indicator.denominatorVi.isEmpty() && !indicator.denominatorEn.isEmpty());
        QCOMPARE(indicator.period, (DateRange{QDate(2026, 1, 1), QDate(2030, 12, 31)}));
    }
    QCOMPARE(numbers, (QStringList{u"15"_s, u"16"_s, u"17"_s, u"18"_s, u"19"_s}));

    const Indicator &groupA = row(u"15"_s);
    QCOMPARE(groupA.code, u"talents_group_a"_s);
    QCOMPARE(groupA.target, 50.0);
    QCOMPARE(groupA.direction, IndicatorTarget::Direction::AtLeast);
    QCOMPARE(groupA.leadId, agency(u"SNV"_s));
    QCOMPARE(groupA.denominatorEn, u"Talents attracted"_s);
    QCOMPARE(groupA.numeratorVi, u"Số người có tài năng được thu hút thuộc nhóm A"_s);
    QCOMPARE(row(u"16"_s).leadId, agency(u"CQDVNTN"_s));
    QCOMPARE(row(u"16"_s).direction, IndicatorTarget::Direction::Exactly);
    QCOMPARE(row(u"19"_s).target, 70.0);
    QCOMPARE(m_book->find(0, u"MILESTONES_MET"_s)->stt, u"19"_s);

    // Rows led by a group are reported by its members: the city's 15 agencies.
    QCOMPARE(m_book->expectedAgencies(row(u"17"_s).id).size(), 15);
    QVERIFY(!m_book->expectedAgencies(row(u"17"_s).id).contains(agency(u"CQDVNTN"_s)));
    QCOMPARE(m_book->expectedAgencies(groupA.id).constFirst(), agency(u"SNV"_s));
}

void IndicatorBookTest::recordsSeedingInRowHistory()
{
    QString error;
    const std::optional<QList<AuditEntry>> history =
        m_session->historyOf(row(u"18"_s).taskId, &error);
    QVERIFY2(history, qPrintable(error));
    QVERIFY(std::any_of(history->cbegin(), history->cend(), [](const AuditEntry &entry) {
        return entry.action == "add_indicator"_L1 && entry.newValue == "yearly_training"_L1;
    }));
}

void IndicatorBookTest::keepsIndicatorsWhenReopened()
{
    const IndicatorId before = row(u"15"_s).id;
    QVERIFY(openFile());
    QCOMPARE(m_book->indicators().size(), 5);
    QCOMPARE(row(u"15"_s).id, before);
}

void IndicatorBookTest::seedsRowsThatLackAnIndicator()
{
    QSqlQuery query(m_session->database().connection());
    QVERIFY(query.exec(u"DELETE FROM indicator WHERE code = 'key_projects'"_s));
    QVERIFY(openFile());
    QCOMPARE(m_book->indicators().size(), 5);
    QCOMPARE(row(u"17"_s).code, u"key_projects"_s);
}

void IndicatorBookTest::seedsImportedPlan()
{
    QString error;
    std::optional<PlanDocument> document = Workspace::bundledPlan(&error);
    QVERIFY2(document, qPrintable(error));
    document->plan.code = u"KH-OTHER"_s;
    QVERIFY2(PlanImporter(m_session->database()).import(std::move(*document), &error) != 0,
             qPrintable(error));
    QSignalSpy reloaded(m_book.get(), &IndicatorBook::reloaded);

    QVERIFY2(m_session->reload(&error), qPrintable(error));

    QCOMPARE(reloaded.count(), 1);
    QCOMPARE(m_book->indicators().size(), 10);
    const PlanId other = m_session->planByCode(u"KH-OTHER"_s)->id;
    const Indicator *copy = m_book->find(other, u"15"_s);
    QVERIFY(copy);
    QCOMPARE(copy->code, u"CT15"_s);
    QCOMPARE(copy->kind, IndicatorKind::Ratio);
    QVERIFY(copy->nameVi.startsWith(u"Tối thiểu 50%"_s));
    QCOMPARE(m_book->indicatorsOf(other).size(), 5);
}

void IndicatorBookTest::storesObservationsWithAudit()
{
    QSignalSpy changed(m_book.get(), &IndicatorBook::observationsChanged);
    QList<Observation> batch{observation(u"15"_s, u"SYT"_s, 3, 5),
                             observation(u"15"_s, u"SGDDT"_s, 2, 5)};
    batch[0].note = u"  Báo cáo số 12  "_s;
    QString error;

    QVERIFY2(m_book->addObservations(batch, &error), qPrintable(error));

    QVERIFY(batch.at(0).id != 0 && batch.at(1).id != 0);
    QCOMPARE(batch.at(0).note, u"Báo cáo số 12"_s);
    QVERIFY(!batch.at(0).enteredBy.isEmpty());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QList<IndicatorId>>(), QList<IndicatorId>{row(u"15"_s).id});
    QCOMPARE(*m_book->standing(row(u"15"_s).id, QDate(2027, 1, 1)).value(), 50.0);

    const std::optional<QList<AuditEntry>> history =
        m_session->historyOf(row(u"15"_s).taskId, &error);
    QCOMPARE(std::count_if(history->cbegin(),
                           history->cend(),
                           [](const AuditEntry &e) { return e.action == "add_observation"_L1; }),
             2);

    QVERIFY(openFile());
    QCOMPARE(m_book->observationsOf(row(u"15"_s).id).size(), 2);
    QCOMPARE(*m_book->standing(row(u"15"_s).id, QDate(2027, 1, 1)).value(), 50.0);
}

void IndicatorBookTest::keepsCorrectionsAsHistory()
{
    QString error;
    QList<Observation> first{observation(u"16"_s, u"SYT"_s, 4, 10)};
    QVERIFY2(m_book->addObservations(first, &error), qPrintable(error));
    QList<Observation> correction{observation(u"16"_s, u"SYT"_s, 10, 10)};
    QVERIFY2(m_book->addObservations(correction, &error), qPrintable(error));

    const IndicatorId id = row(u"16"_s).id;
    const QList<Observation> history = m_book->historyOf(id, agency(u"SYT"_s), year2026);
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.at(0).numerator, 4);
    QCOMPARE(history.at(1).numerator, 10);
    const IndicatorStanding standing = m_book->standing(id, QDate(2027, 1, 1));
    QCOMPARE(*standing.value(), 100.0);
    QCOMPARE(standing.result, IndicatorResult::Met);

    const std::optional<QList<AuditEntry>> audit =
        m_session->historyOf(row(u"16"_s).taskId, &error);
    QCOMPARE(audit->constFirst().action, u"correct_observation"_s);
}

void IndicatorBookTest::removesObservations()
{
    QString error;
    QList<Observation> batch{observation(u"17"_s, u"SYT"_s, 1, 2)};
    QVERIFY(m_book->addObservations(batch, &error));
    QSignalSpy changed(m_book.get(), &IndicatorBook::observationsChanged);

    QVERIFY2(m_book->removeObservations({batch.at(0).id}, &error), qPrintable(error));

    QCOMPARE(changed.count(), 1);
    QVERIFY(m_book->observationsOf(row(u"17"_s).id).isEmpty());
    QCOMPARE(m_book->standing(row(u"17"_s).id, QDate(2027, 1, 1)).result, IndicatorResult::NoData);
    QVERIFY(!m_book->removeObservations({batch.at(0).id}, &error));
    QVERIFY(!error.isEmpty());

    // An undone removal comes back with its id.
    QVERIFY2(m_book->addObservations(batch, &error), qPrintable(error));
    QVERIFY(openFile());
    QCOMPARE(m_book->observationsOf(row(u"17"_s).id).constFirst().id, batch.at(0).id);
}

void IndicatorBookTest::withdrawsReport()
{
    QString error;
    QList<Observation> nothing{observation(u"18"_s, u"SYT"_s, std::nullopt, std::nullopt)};
    QVERIFY(!m_book->addObservations(nothing, &error));

    QList<Observation> report{observation(u"18"_s, u"SYT"_s, 1, 2)};
    QVERIFY(m_book->addObservations(report, &error));
    QVERIFY2(m_book->addObservations(nothing, &error), qPrintable(error));

    const IndicatorStanding standing = m_book->standing(row(u"18"_s).id, QDate(2027, 1, 1));
    QCOMPARE(standing.result, IndicatorResult::NoData);
    QCOMPARE(m_book->historyOf(row(u"18"_s).id, agency(u"SYT"_s), year2026).size(), 2);
}

void IndicatorBookTest::refusesBadObservation_data()
{
    QTest::addColumn<QString>("stt");
    QTest::addColumn<QString>("agency");
    QTest::addColumn<qint64>("numerator");
    QTest::addColumn<qint64>("denominator");
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");
    QTest::addColumn<QString>("reason");

    const QDate jan(2026, 1, 1);
    const QDate dec(2026, 12, 31);
    QTest::newRow("numerator above denominator")
        << u"15"_s << u"SYT"_s << qint64(6) << qint64(5) << jan << dec << u"greater"_s;
    QTest::newRow("negative count")
        << u"15"_s << u"SYT"_s << qint64(-1) << qint64(5) << jan << dec << u"negative"_s;
    QTest::newRow("group") << u"16"_s << u"CQDVNTN"_s << qint64(1) << qint64(5) << jan << dec
                           << u"group"_s;
    QTest::newRow("agency without part")
        << u"16"_s << u"UBNDTP"_s << qint64(1) << qint64(5) << jan << dec << u"neither"_s;
    QTest::newRow("period reversed")
        << u"15"_s << u"SYT"_s << qint64(1) << qint64(5) << dec << jan << u"first and a last"_s;
    QTest::newRow("period before the plan")
        << u"15"_s << u"SYT"_s << qint64(1) << qint64(5) << QDate(2025, 1, 1) << QDate(2025, 12, 31)
        << u"outside"_s;
}

void IndicatorBookTest::refusesBadObservation()
{
    QFETCH(QString, stt);
    QFETCH(QString, agency);
    QFETCH(qint64, numerator);
    QFETCH(qint64, denominator);
    QFETCH(QDate, first);
    QFETCH(QDate, last);
    QFETCH(QString, reason);
    QSignalSpy changed(m_book.get(), &IndicatorBook::observationsChanged);

    QList<Observation> batch{observation(stt, agency, numerator, denominator, {first, last})};
    QString error;
    QVERIFY(!m_book->addObservations(batch, &error));

    QVERIFY2(error.contains(reason), qPrintable(error));
    QCOMPARE(changed.count(), 0);
    QVERIFY(m_book->observationsOf(row(stt).id).isEmpty());
    QVERIFY(openFile());
    QVERIFY(m_book->observationsOf(row(stt).id).isEmpty());
}

void IndicatorBookTest::refusesWholeBatchOnOneBadObservation()
{
    QList<Observation> batch{observation(u"19"_s, u"SYT"_s, 1, 2),
                             observation(u"19"_s, u"SNV"_s, 3, 2)};
    QString error;
    QVERIFY(!m_book->addObservations(batch, &error));
    QVERIFY(m_book->observationsOf(row(u"19"_s).id).isEmpty());

    QList<Observation> twice{observation(u"19"_s, u"SYT"_s, 1, 2),
                             observation(u"19"_s, u"SYT"_s, 2, 2)};
    QVERIFY(!m_book->addObservations(twice, &error));
    QVERIFY(m_book->observationsOf(row(u"19"_s).id).isEmpty());
}

void IndicatorBookTest::editsIndicator()
{
    Indicator changed = row(u"15"_s);
    changed.baseline = 35;
    changed.baselineOn = QDate(2025, 12, 31);
    changed.amberBand = 5;
    changed.target = 99; // belongs to the plan row; must be kept
    QSignalSpy spy(m_book.get(), &IndicatorBook::indicatorChanged);
    QString error;

    QVERIFY2(m_book->updateIndicator(changed, &error), qPrintable(error));

    QCOMPARE(spy.count(), 1);
    QCOMPARE(row(u"15"_s).baseline, std::optional<double>(35));
    QCOMPARE(row(u"15"_s).target, 50.0);
    QVERIFY(openFile());
    QCOMPARE(row(u"15"_s).amberBand, 5.0);
    QCOMPARE(row(u"15"_s).baselineOn, QDate(2025, 12, 31));
    const std::optional<QList<AuditEntry>> history =
        m_session->historyOf(row(u"15"_s).taskId, &error);
    QVERIFY(std::any_of(history->cbegin(), history->cend(), [](const AuditEntry &entry) {
        return entry.field == "amber_band"_L1 && entry.oldValue == "10"_L1
               && entry.newValue == "5"_L1;
    }));
}

void IndicatorBookTest::refusesBadIndicatorEdit()
{
    Indicator changed = row(u"15"_s);
    changed.code = u"Key_Projects"_s;
    QString error;
    QVERIFY(!m_book->updateIndicator(changed, &error));
    QVERIFY2(error.contains(u"17"_s), qPrintable(error));

    changed = row(u"15"_s);
    changed.kind = IndicatorKind::Value;
    QVERIFY(!m_book->updateIndicator(changed, &error));
    QCOMPARE(row(u"15"_s).kind, IndicatorKind::Ratio);
}

QTEST_GUILESS_MAIN(IndicatorBookTest)
#include "tst_indicatorbook.moc"
