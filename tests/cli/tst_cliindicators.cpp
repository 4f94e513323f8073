// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clirunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using PlanTrack::Test::CliRun;
using PlanTrack::Test::CliRunner;
using PlanTrack::Test::CsvRows;

namespace {

const QStringList indicatorColumns{u"stt"_s,
                                   u"code"_s,
                                   u"name"_s,
                                   u"direction"_s,
                                   u"target"_s,
                                   u"value"_s,
                                   u"numerator"_s,
                                   u"denominator"_s,
                                   u"agencies_reporting"_s,
                                   u"result"_s};

const QByteArray header =
    "indicator,agency,period_start,period_end,numerator,denominator,value,note\r\n";

// Three agencies report 2026; the Department of Education has no talents in row 15 yet, and
// row 19 is corrected by a second file. A 2027 row must not count as of early 2027.
const QByteArray observations =
    header
    + "15,SNV,2026-01-01,2026-12-31,3,10,,\r\n"
      "15,SYT,2026-01-01,2026-12-31,6,10,,\r\n"
      "15,so giao duc va dao tao,2026-01-01,2026-12-31,0,0,,chưa có người\r\n"
      "fitting_position,SYT,2026-01-01,2026-12-31,4,4,,\r\n"
      "16,SGDDT,2026-01-01,2026-12-31,2,2,,\r\n"
      "17,SYT,01/01/2026,31/12/2026,2,4,50,\r\n"
      "17,SNV,2026-01-01,2026-12-31,1,4,,\r\n"
      "18,SYT,2026-01-01,2026-12-31,4,4,,\r\n"
      "19,SYT,2026-01-01,2026-12-31,2,4,,\r\n"
      "19,SNV,2026-01-01,2026-12-31,4,6,,\r\n"
      "15,SNV,2027-01-01,2027-12-31,10,10,,\r\n";

} // namespace

class CliIndicatorsTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void importsAndShowsPooledValues();
    void correctionCounts();
    void followsAsOfDate();
    void writesJsonAndText();
    void refusesBadFileAndWritesNothing_data();
    void refusesBadFileAndWritesNothing();
    void listsEveryProblemWhenVerbose();
    void exportsWhatCounts();
    void rejectsWrongUsage_data();
    void rejectsWrongUsage();

private:
    CliRun cli(const QStringList &arguments) const;

    QString database() const { return m_runner->path(u"w.sqlite"_s); }

    CsvRows indicators(const QString &asOf) const;
    bool import(const QByteArray &data);

    std::unique_ptr<CliRunner> m_runner;
};

void CliIndicatorsTest::init()
{
    m_runner = std::make_unique<CliRunner>(QStringLiteral(PLANTRACK_CLI));
    QVERIFY(m_runner->isValid());
}

void CliIndicatorsTest::cleanup()
{
    m_runner.reset();
}

CliRun CliIndicatorsTest::cli(const QStringList &arguments) const
{
    return m_runner->run(QStringList{u"--db"_s, database(), u"--lang"_s, u"en"_s} + arguments);
}

CsvRows CliIndicatorsTest::indicators(const QString &asOf) const
{
    const CliRun run = cli({u"indicators"_s, u"--as-of"_s, asOf, u"--format"_s, u"csv"_s});
    return CsvRows(run.exitCode == 0 ? run.out : QByteArray());
}

bool CliIndicatorsTest::import(const QByteArray &data)
{
    if (!m_runner->writeFile(u"obs.csv"_s, data))
        return false;
    const CliRun run = cli({u"observations"_s, u"import"_s, m_runner->path(u"obs.csv"_s)});
    if (run.exitCode != 0)
        qWarning() << run.err;
    return run.exitCode == 0;
}

void CliIndicatorsTest::importsAndShowsPooledValues()
{
    QVERIFY(m_runner->writeFile(u"obs.csv"_s, observations));
    const CliRun run = cli({u"observations"_s, u"import"_s, m_runner->path(u"obs.csv"_s)});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), run.err.constData());
    QVERIFY(run.output().contains(u"Imported 11 observation"_s));

    const CsvRows table = indicators(u"2027-01-15"_s);
    QCOMPARE(table.header, indicatorColumns);
    QCOMPARE(table.rows.size(), 5);
    const auto row = [&table](const QString &stt) {
        return table.where(u"stt"_s, stt).value(0);
    };

    // 15: 3 + 6 of 10 + 10, education adds nothing: 9 / 20 = 45 %, below 50 %.
    QCOMPARE(table.value(row(u"15"_s), u"code"_s), u"talents_group_a"_s);
    QCOMPARE(table.value(row(u"15"_s), u"direction"_s), u"at_least"_s);
    QCOMPARE(table.value(row(u"15"_s), u"target"_s), u"50"_s);
    QCOMPARE(table.value(row(u"15"_s), u"value"_s), u"45"_s);
    QCOMPARE(table.value(row(u"15"_s), u"numerator"_s), u"9"_s);
    QCOMPARE(table.value(row(u"15"_s), u"denominator"_s), u"20"_s);
    QCOMPARE(table.value(row(u"15"_s), u"agencies_reporting"_s), u"3"_s);
    QCOMPARE(table.value(row(u"15"_s), u"result"_s), u"not_met"_s);
    // 16: 6 / 6 = exactly 100 %.
    QCOMPARE(table.value(row(u"16"_s), u"value"_s), u"100"_s);
    QCOMPARE(table.value(row(u"16"_s), u"result"_s), u"met"_s);
    // 17: 3 / 8 = 37.5 %, not the mean of 50 % and 25 %.
    QCOMPARE(table.value(row(u"17"_s), u"value"_s), u"37.5"_s);
    QCOMPARE(table.value(row(u"17"_s), u"result"_s), u"not_met"_s);
    // 18: 4 / 4.
    QCOMPARE(table.value(row(u"18"_s), u"result"_s), u"met"_s);
    // 19: 6 / 10 = 60 %, below 70 %.
    QCOMPARE(table.value(row(u"19"_s), u"value"_s), u"60"_s);
    QCOMPARE(table.value(row(u"19"_s), u"numerator"_s), u"6"_s);
    QCOMPARE(table.value(row(u"19"_s), u"result"_s), u"not_met"_s);
}

void CliIndicatorsTest::correctionCounts()
{
    QVERIFY(import(observations));
    QVERIFY(import(header + "19,SNV,2026-01-01,2026-12-31,6,6,,corrected\r\n"));

    const CsvRows table = indicators(u"2027-01-15"_s);
    const qsizetype row = table.where(u"stt"_s, u"19"_s).value(0);
    // 2 / 4 and the corrected 6 / 6: 8 / 10 = 80 %.
    QCOMPARE(table.value(row, u"value"_s), u"80"_s);
    QCOMPARE(table.value(row, u"result"_s), u"met"_s);
    QCOMPARE(table.value(row, u"agencies_reporting"_s), u"2"_s);
}

void CliIndicatorsTest::followsAsOfDate()
{
    QVERIFY(import(observations));

    const CsvRows before = indicators(u"2026-12-30"_s);
    for (qsizetype row = 0; row < before.rows.size(); ++row) {
        QCOMPARE(before.value(row, u"value"_s), QString());
        QCOMPARE(before.value(row, u"agencies_reporting"_s), u"0"_s);
        QCOMPARE(before.value(row, u"result"_s), u"no_data"_s);
    }

    const CsvRows later = indicators(u"2028-01-01"_s);
    const qsizetype row = later.where(u"stt"_s, u"15"_s).value(0);
    QCOMPARE(later.value(row, u"value"_s), u"100"_s);
    QCOMPARE(later.value(row, u"result"_s), u"met"_s);
}

void CliIndicatorsTest::writesJsonAndText()
{
    QVERIFY(import(observations));

    const CliRun json =
        cli({u"indicators"_s, u"--as-of"_s, u"2028-01-01"_s, u"--format"_s, u"json"_s});
    QCOMPARE(json.exitCode, 0);
    const QJsonObject root = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(root.value("as_of"_L1).toString(), u"2028-01-01"_s);
    const QJsonArray rows = root.value("indicators"_L1).toArray();
    QCOMPARE(rows.size(), 5);
    const QJsonObject first = rows.at(0).toObject();
    QCOMPARE(first.value("value"_L1).toDouble(), 100.0);
    QCOMPARE(first.value("change"_L1).toDouble(), 55.0);
    QCOMPARE(first.value("period_start"_L1).toString(), u"2027-01-01"_s);
    QVERIFY(first.value("agencies_missing"_L1).toArray().contains(u"SYT"_s));

    const CliRun text = cli({u"indicators"_s, u"--as-of"_s, u"2027-01-15"_s});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.output().contains(u"Share of attracted talents in group A"_s));
    QVERIFY(text.output().contains(u"not met"_s));
    QVERIFY(text.output().contains(u"45 %"_s));
}

void CliIndicatorsTest::refusesBadFileAndWritesNothing_data()
{
    QTest::addColumn<QByteArray>("row");
    QTest::addColumn<QString>("says");

    QTest::newRow("bad number") << QByteArray("15,SYT,2026-01-01,2026-12-31,two,10,,")
                                << u"Row 3, column “numerator”"_s;
    QTest::newRow("numerator above denominator")
        << QByteArray("15,SYT,2026-01-01,2026-12-31,11,10,,") << u"Row 3, column “numerator”"_s;
    QTest::newRow("unknown agency")
        << QByteArray("15,Sở Ngoại vụ,2026-01-01,2026-12-31,1,10,,") << u"Row 3, column “agency”"_s;
    QTest::newRow("unknown indicator")
        << QByteArray("21,SYT,2026-01-01,2026-12-31,1,10,,") << u"Row 3, column “indicator”"_s;
    QTest::newRow("bad date") << QByteArray("15,SYT,2026-13-01,2026-12-31,1,10,,")
                              << u"Row 3, column “period_start”"_s;
}

void CliIndicatorsTest::refusesBadFileAndWritesNothing()
{
    QFETCH(QByteArray, row);
    QFETCH(QString, says);
    QVERIFY(m_runner->writeFile(u"bad.csv"_s,
                                header + "16,SYT,2026-01-01,2026-12-31,4,4,,\r\n" + row + "\r\n"));

    const CliRun run = cli({u"observations"_s, u"import"_s, m_runner->path(u"bad.csv"_s)});

    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.errorLines().size(), 1);
    QVERIFY2(run.errorLines().constFirst().contains(says), run.err.constData());
    QVERIFY(run.out.isEmpty());
    const CsvRows table = indicators(u"2027-01-15"_s);
    QCOMPARE(table.rows.size(), 5);
    for (qsizetype i = 0; i < table.rows.size(); ++i)
        QCOMPARE(table.value(i, u"result"_s), u"no_data"_s);
    const CliRun exported = cli({u"observations"_s, u"export"_s});
    QCOMPARE(CsvRows(exported.out).rows.size(), 0);
}

void CliIndicatorsTest::listsEveryProblemWhenVerbose()
{
    QVERIFY(m_runner->writeFile(u"bad.csv"_s,
                                header
                                    + "15,SYT,2026-01-01,2026-12-31,x,4,,\r\n"
                                      "15,XX,2026-01-01,2026-12-31,1,4,,\r\n"));

    const CliRun brief = cli({u"observations"_s, u"import"_s, m_runner->path(u"bad.csv"_s)});
    QCOMPARE(brief.exitCode, 1);
    QVERIFY(brief.errorLines().constFirst().contains(u"1 more problem"_s));

    const CliRun all =
        cli({u"--verbose"_s, u"observations"_s, u"import"_s, m_runner->path(u"bad.csv"_s)});
    QCOMPARE(all.exitCode, 1);
    QCOMPARE(all.errorLines().size(), 3);
    QVERIFY(all.errorLines().at(1).contains(u"Row 2, column “numerator”"_s));
    QVERIFY(all.errorLines().at(2).contains(u"Row 3, column “agency”"_s));
}

void CliIndicatorsTest::exportsWhatCounts()
{
    QVERIFY(import(observations));
    QVERIFY(import(header + "19,SNV,2026-01-01,2026-12-31,6,6,,corrected\r\n"));

    const CliRun run = cli({u"observations"_s, u"export"_s});
    QCOMPARE(run.exitCode, 0);
    const CsvRows table(run.out);
    QCOMPARE(table.header,
             (QStringList{u"indicator"_s,
                          u"agency"_s,
                          u"period_start"_s,
                          u"period_end"_s,
                          u"numerator"_s,
                          u"denominator"_s,
                          u"value"_s,
                          u"note"_s}));
    QCOMPARE(table.rows.size(), 11);
    const QList<qsizetype> milestones = table.where(u"indicator"_s, u"milestones_met"_s);
    QCOMPARE(milestones.size(), 2);
    const qsizetype corrected = table.where(u"note"_s, u"corrected"_s).value(0);
    QCOMPARE(table.value(corrected, u"numerator"_s), u"6"_s);
    QCOMPARE(table.value(corrected, u"value"_s), u"100"_s);

    // What export writes imports into a new workspace with the same results.
    QVERIFY(m_runner->writeFile(u"export.csv"_s, run.out));
    const CliRun copy = m_runner->run({u"--db"_s,
                                       m_runner->path(u"copy.sqlite"_s),
                                       u"observations"_s,
                                       u"import"_s,
                                       m_runner->path(u"export.csv"_s)});
    QCOMPARE(copy.exitCode, 0);
    const CliRun copied = m_runner->run({u"--db"_s,
                                         m_runner->path(u"copy.sqlite"_s),
                                         u"indicators"_s,
                                         u"--as-of"_s,
                                         u"2027-01-15"_s,
                                         u"--format"_s,
                                         u"csv"_s});
    QCOMPARE(copied.out,
             cli({u"indicators"_s, u"--as-of"_s, u"2027-01-15"_s, u"--format"_s, u"csv"_s}).out);
}

void CliIndicatorsTest::rejectsWrongUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no action") << QStringList{u"observations"_s};
    QTest::newRow("unknown action") << QStringList{u"observations"_s, u"merge"_s};
    QTest::newRow("import without file") << QStringList{u"observations"_s, u"import"_s};
    QTest::newRow("bom on import")
        << QStringList{u"observations"_s, u"import"_s, u"x.csv"_s, u"--bom"_s};
    QTest::newRow("bad format") << QStringList{u"indicators"_s, u"--format"_s, u"xml"_s};
    QTest::newRow("bad date") << QStringList{u"indicators"_s, u"--as-of"_s, u"14/06/2026"_s};
}

void CliIndicatorsTest::rejectsWrongUsage()
{
    QFETCH(QStringList, arguments);
    const CliRun run = cli(arguments);
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.errorLines().size(), 1);
    QVERIFY(run.out.isEmpty());
}

QTEST_GUILESS_MAIN(CliIndicatorsTest)
#include "tst_cliindicators.moc"
