// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/csvreader.h"
#include "exchange/observationcsv.h"
#include "indicators/indicatorbook.h"
#include "workspace/workspacesession.h"

#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace PlanTrack;

namespace {

const QByteArray header = "indicator,agency,period_start,period_end,numerator,denominator,value,"
                          "note\r\n";

} // namespace

class ObservationCsvTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void readsTable();
    void readsExcelTableInVietnameseLocale();
    void refusesBadRow_data();
    void refusesBadRow();
    void listsEveryProblem();
    void refusesMissingColumns();
    void refusesFileWithoutRows();
    void writesCurrentObservations();
    void readsWhatItWrites();

private:
    AgencyId agency(const QString &code) const { return m_session->agencies().byCode(code)->id; }

    IndicatorId indicator(const QString &stt) const { return m_book->find(0, stt)->id; }

    std::optional<QList<Observation>> read(const QByteArray &data, QStringList *problems) const
    {
        return ObservationCsv::read(data, *m_book, 0, problems);
    }

    std::unique_ptr<WorkspaceSession> m_session;
    std::unique_ptr<IndicatorBook> m_book;
};

void ObservationCsvTest::init()
{
    QString error;
    m_session = WorkspaceSession::openInMemory(&error);
    QVERIFY2(m_session, qPrintable(error));
    m_book = IndicatorBook::open(*m_session, &error);
    QVERIFY2(m_book, qPrintable(error));
}

void ObservationCsvTest::cleanup()
{
    m_book.reset();
    m_session.reset();
}

void ObservationCsvTest::readsTable()
{
    QStringList problems;
    const std::optional<QList<Observation>> observations =
        read(header
                 + "15,SYT,2026-01-01,2026-12-31,3,5,60,Báo cáo 12/BC-SYT\r\n"
                   "talents_group_a,Sở Giáo dục và Đào tạo,2026-01-01,2026-12-31,0,0,,\r\n"
                   "19,syt,2026-01-01,2026-12-31,7,9,77.8,\r\n",
             &problems);

    QVERIFY2(observations, qPrintable(problems.join(u'\n')));
    QCOMPARE(observations->size(), 3);
    const Observation &first = observations->at(0);
    QCOMPARE(first.indicatorId, indicator(u"15"_s));
    QCOMPARE(first.agencyId, agency(u"SYT"_s));
    QCOMPARE(first.period, (DateRange{QDate(2026, 1, 1), QDate(2026, 12, 31)}));
    QCOMPARE(first.numerator, 3);
    QCOMPARE(first.denominator, 5);
    QVERIFY(!first.value);
    QCOMPARE(first.note, u"Báo cáo 12/BC-SYT"_s);
    QCOMPARE(observations->at(1).agencyId, agency(u"SGDDT"_s));
    QCOMPARE(observations->at(1).denominator, 0);
    QCOMPARE(observations->at(2).indicatorId, indicator(u"19"_s));
}

void ObservationCsvTest::readsExcelTableInVietnameseLocale()
{
    const QByteArray semicolons =
        "\xEF\xBB\xBFindicator;agency;period_start;period_end;"
        "numerator;denominator;value;note\r\n"
        "16;so y te;01/01/2026;31/12/2026;2;3;66,7;\"ghi chú; có dấu\"\r\n"
        ";;;;;;;\r\n";
    QStringList problems;
    const std::optional<QList<Observation>> observations = read(semicolons, &problems);

    QVERIFY2(observations, qPrintable(problems.join(u'\n')));
    QCOMPARE(observations->size(), 1);
    QCOMPARE(observations->at(0).agencyId, agency(u"SYT"_s));
    QCOMPARE(observations->at(0).period.last, QDate(2026, 12, 31));
    QCOMPARE(observations->at(0).note, u"ghi chú; có dấu"_s);
}

void ObservationCsvTest::refusesBadRow_data()
{
    QTest::addColumn<QByteArray>("row");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("says");

    QTest::newRow("bad number") << QByteArray("15,SYT,2026-01-01,2026-12-31,3.5,5,,")
                                << u"numerator"_s << u"not a count"_s;
    QTest::newRow("negative count") << QByteArray("15,SYT,2026-01-01,2026-12-31,3,-5,,")
                                    << u"denominator"_s << u"not a count"_s;
    QTest::newRow("missing count")
        << QByteArray("15,SYT,2026-01-01,2026-12-31,3,,,") << u"denominator"_s << u"missing"_s;
    QTest::newRow("numerator above denominator")
        << QByteArray("15,SYT,2026-01-01,2026-12-31,6,5,,") << u"numerator"_s
        << u"greater than the denominator"_s;
    QTest::newRow("unknown agency") << QByteArray("15,Sở Ngoại vụ,2026-01-01,2026-12-31,1,5,,")
                                    << u"agency"_s << u"Sở Ngoại vụ"_s;
    QTest::newRow("group") << QByteArray("16,CQDVNTN,2026-01-01,2026-12-31,1,5,,") << u"agency"_s
                           << u"group"_s;
    QTest::newRow("agency without part")
        << QByteArray("16,UBNDTP,2026-01-01,2026-12-31,1,5,,") << u"agency"_s << u"neither"_s;
    QTest::newRow("unknown indicator")
        << QByteArray("14,SYT,2026-01-01,2026-12-31,1,5,,") << u"indicator"_s << u"“14”"_s;
    QTest::newRow("bad date") << QByteArray("15,SYT,2026-02-30,2026-12-31,1,5,,")
                              << u"period_start"_s << u"not a date"_s;
    QTest::newRow("missing date") << QByteArray("15,SYT,2026-01-01,,1,5,,") << u"period_end"_s
                                  << u"missing"_s;
    QTest::newRow("period reversed") << QByteArray("15,SYT,2026-12-31,2026-01-01,1,5,,")
                                     << u"period_end"_s << u"ends before it starts"_s;
    QTest::newRow("period before the plan")
        << QByteArray("15,SYT,2025-01-01,2025-12-31,1,5,,") << u"period_start"_s << u"outside"_s;
    QTest::newRow("value disagrees")
        << QByteArray("15,SYT,2026-01-01,2026-12-31,1,4,40,") << u"value"_s << u"does not agree"_s;
}

void ObservationCsvTest::refusesBadRow()
{
    QFETCH(QByteArray, row);
    QFETCH(QString, column);
    QFETCH(QString, says);
    const QByteArray data = header + "17,SYT,2026-01-01,2026-12-31,1,2,,\r\n" + row + "\r\n";

    QStringList problems;
    QVERIFY(!read(data, &problems));

    QCOMPARE(problems.size(), 1);
    const QString problem = problems.constFirst();
    QVERIFY2(problem.startsWith(u"Row 3, column “%1”:"_s.arg(column)), qPrintable(problem));
    QVERIFY2(problem.contains(says), qPrintable(problem));
    QVERIFY(m_book->observationsOf(indicator(u"17"_s)).isEmpty());
}

void ObservationCsvTest::listsEveryProblem()
{
    QStringList problems;
    QVERIFY(!read(header
                      + "15,SYT,2026-01-01,2026-12-31,x,5,,\r\n"
                        "15,SNV,2026-01-01,2026-12-31,1,5,,\r\n"
                        "99,XX,someday,2026-12-31,1,5,,\r\n"
                        "15,SNV,2026-01-01,2026-12-31,2,5,,\r\n",
                  &problems));

    QCOMPARE(problems.size(), 5);
    QVERIFY(problems.at(0).startsWith(u"Row 2, column “numerator”"_s));
    QVERIFY(problems.at(1).startsWith(u"Row 4, column “indicator”"_s));
    QVERIFY(problems.at(2).startsWith(u"Row 4, column “agency”"_s));
    QVERIFY(problems.at(3).startsWith(u"Row 4, column “period_start”"_s));
    QVERIFY2(problems.at(4).startsWith(u"Row 5, column “agency”: row 3 already"_s),
             qPrintable(problems.at(4)));
}

void ObservationCsvTest::refusesMissingColumns()
{
    QStringList problems;
    QVERIFY(!read("indicator,agency,numerator\r\n15,SYT,1\r\n", &problems));
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.constFirst().contains(u"period_start, period_end, denominator, value"_s),
             qPrintable(problems.constFirst()));
}

void ObservationCsvTest::refusesFileWithoutRows()
{
    QStringList problems;
    QVERIFY(!read(header, &problems));
    QCOMPARE(problems.size(), 1);
}

void ObservationCsvTest::writesCurrentObservations()
{
    QStringList problems;
    std::optional<QList<Observation>> observations =
        read(header
                 + "15,SYT,2026-01-01,2026-12-31,1,3,,\r\n"
                   "15,SNV,2026-01-01,2026-12-31,2,4,,\"ghi chú, có dấu phẩy\"\r\n",
             &problems);
    QVERIFY(observations);
    QString error;
    QVERIFY2(m_book->addObservations(*observations, &error), qPrintable(error));
    QList<Observation> correction{observations->at(0)};
    correction[0].id = 0;
    correction[0].numerator = 2;
    QVERIFY2(m_book->addObservations(correction, &error), qPrintable(error));

    const QByteArray written = ObservationCsv::write(*m_book, 0);

    QString readError;
    const std::optional<CsvTable> table = CsvReader().read(written, &readError);
    QVERIFY2(table, qPrintable(readError));
    QCOMPARE(table->header, ObservationCsv::columns());
    QCOMPARE(table->records.size(), 2);
    QCOMPARE(table->records.at(0).fields,
             (QStringList{u"talents_group_a"_s,
                          u"SNV"_s,
                          u"2026-01-01"_s,
                          u"2026-12-31"_s,
                          u"2"_s,
                          u"4"_s,
                          u"50"_s,
                          u"ghi chú, có dấu phẩy"_s}));
    QCOMPARE(table->records.at(1).fields.at(1), u"SYT"_s);
    QCOMPARE(table->records.at(1).fields.at(4), u"2"_s);
    QCOMPARE(table->records.at(1).fields.at(6), u"66.67"_s);
}

void ObservationCsvTest::readsWhatItWrites()
{
    QStringList problems;
    std::optional<QList<Observation>> observations =
        read(header
                 + "18,SYT,2026-01-01,2026-12-31,1,3,,\r\n"
                   "18,SXD,2026-01-01,2026-12-31,0,0,,\r\n",
             &problems);
    QVERIFY(observations);
    QString error;
    QVERIFY(m_book->addObservations(*observations, &error));

    const std::optional<QList<Observation>> again =
        read(ObservationCsv::write(*m_book, 0), &problems);

    QVERIFY2(again, qPrintable(problems.join(u'\n')));
    QCOMPARE(again->size(), 2);
    // Written in the agencies' order: the Department of Construction comes first.
    QCOMPARE(again->at(0).agencyId, agency(u"SXD"_s));
    for (const Observation &stored : std::as_const(*observations)) {
        const auto it = std::find_if(again->cbegin(), again->cend(), [&](const Observation &o) {
            return o.sameSlot(stored);
        });
        QVERIFY(it != again->cend());
        QCOMPARE(it->numerator, stored.numerator);
        QCOMPARE(it->denominator, stored.denominator);
    }
}

QTEST_GUILESS_MAIN(ObservationCsvTest)
#include "tst_observationcsv.moc"
