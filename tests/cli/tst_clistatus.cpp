// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clirunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace PlanTrack::Test;

namespace {

const QByteArray header = "stt,agency,date,state,completed_on,percent,result,difficulties,"
                          "evidence\n";

} // namespace

class CliStatusTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void listsOverdueRowsOfNewWorkspace();
    void judgesImportedCompletion_data();
    void judgesImportedCompletion();
    void writesOneLinePerAgency();
    void filtersOneAgency();
    void writesJson();
    void refusesBadTableAndWritesNothing();
    void exportsWhatWasImported();
    void exportsBlankTemplate();
    void refusesBadDate();

private:
    CliRun cli(const QStringList &arguments) const { return m_cli->run(arguments); }

    CsvRows status(const QStringList &extra = {}) const;

    QString database() const { return m_cli->path(u"w.sqlite"_s); }

    std::unique_ptr<CliRunner> m_cli;
};

void CliStatusTest::init()
{
    m_cli = std::make_unique<CliRunner>(QStringLiteral(PLANTRACK_CLI));
    QVERIFY(m_cli->isValid());
}

CsvRows CliStatusTest::status(const QStringList &extra) const
{
    const CliRun run =
        cli(QStringList{
                u"--lang"_s, u"en"_s, u"--db"_s, database(), u"status"_s, u"--format"_s, u"csv"_s}
            + extra);
    return CsvRows(run.exitCode == 0 ? run.out : QByteArray());
}

void CliStatusTest::listsOverdueRowsOfNewWorkspace()
{
    const CsvRows table = status({u"--as-of"_s, u"2026-05-01"_s});

    QCOMPARE(table.header,
             (QStringList{u"stt"_s,
                          u"agency"_s,
                          u"lead"_s,
                          u"deadline_text"_s,
                          u"due_date"_s,
                          u"status"_s,
                          u"status_label"_s,
                          u"due_soon"_s}));
    QStringList overdue;
    for (qsizetype row : table.where(u"status"_s, u"overdue"_s))
        overdue.append(table.value(row, u"stt"_s));
    QCOMPARE(overdue, (QStringList{u"1"_s, u"9"_s, u"10"_s, u"13"_s}));

    const qsizetype ongoing = table.where(u"stt"_s, u"2"_s).constFirst();
    QCOMPARE(table.value(ongoing, u"status"_s), u"unreported"_s);
    QCOMPARE(table.value(ongoing, u"status_label"_s), u"not reported"_s);
    QCOMPARE(table.value(table.where(u"stt"_s, u"1"_s).constFirst(), u"due_date"_s),
             u"2026-03-31"_s);
}

void CliStatusTest::judgesImportedCompletion_data()
{
    QTest::addColumn<QString>("completedOn");
    QTest::addColumn<QString>("expected");

    QTest::newRow("before the due day") << u"2026-03-20"_s << u"completed_on_time"_s;
    QTest::newRow("after it") << u"2026-04-02"_s << u"completed_late"_s;
}

void CliStatusTest::judgesImportedCompletion()
{
    QFETCH(QString, completedOn);
    QFETCH(QString, expected);

    const QByteArray row = "1,so noi vu," + completedOn.toUtf8() + ",completed,"
                           + completedOn.toUtf8() + ",100,Đã ban hành,,123/QĐ-UBND\n";
    QVERIFY(m_cli->writeFile(u"up.csv"_s, header + row));
    const CliRun imported =
        cli({u"--lang"_s, u"en"_s, u"--db"_s, database(), u"progress"_s, u"import"_s, u"up.csv"_s});
    QCOMPARE(imported.exitCode, 0);
    QCOMPARE(imported.output().trimmed(), u"Imported 1 update."_s);

    const CsvRows table = status({u"--as-of"_s, u"2026-05-01"_s});
    QCOMPARE(table.value(table.where(u"stt"_s, u"1"_s).constFirst(), u"status"_s), expected);

    // The update did not exist yet on 15/03: the row was then not yet due.
    const CsvRows before = status({u"--as-of"_s, u"2026-03-15"_s});
    QCOMPARE(before.value(before.where(u"stt"_s, u"1"_s).constFirst(), u"status"_s), u"not_due"_s);
}

void CliStatusTest::writesOneLinePerAgency()
{
    const CsvRows table = status({u"--as-of"_s, u"2026-05-01"_s, u"--by-agency"_s});

    // Row 16 is led by a group of the city's 15 agencies and coordinated by another group
    // of the same agencies; each answers once, as a lead unit.
    QList<qsizetype> lines = table.where(u"stt"_s, u"16"_s);
    QCOMPARE(lines.size(), 1 + 15);
    QCOMPARE(table.value(lines.constFirst(), u"agency"_s), QString());
    QStringList agencies;
    for (qsizetype line : lines.mid(1))
        agencies.append(table.value(line, u"agency"_s));
    QVERIFY(agencies.contains(u"Sở Nội vụ"_s));

    lines = table.where(u"stt"_s, u"1"_s);
    QCOMPARE(table.value(lines.at(1), u"agency"_s), u"Sở Nội vụ"_s);
    QCOMPARE(table.value(lines.at(1), u"status"_s), u"overdue"_s);
}

void CliStatusTest::filtersOneAgency()
{
    const CsvRows table = status({u"--as-of"_s, u"2026-05-01"_s, u"--agency"_s, u"SNV"_s});

    QCOMPARE(table.header.mid(8), (QStringList{u"role"_s, u"via"_s}));
    QStringList directLead;
    QStringList directCoordinating;
    for (qsizetype i = 0; i < table.rows.size(); ++i) {
        if (!table.value(i, u"via"_s).isEmpty())
            continue;
        (table.value(i, u"role"_s) == "lead"_L1 ? directLead : directCoordinating)
            .append(table.value(i, u"stt"_s));
    }
    QCOMPARE(directLead, (QStringList{u"1"_s, u"2"_s, u"5"_s, u"11"_s, u"15"_s}));
    QCOMPARE(directCoordinating, (QStringList{u"4"_s, u"6"_s}));

    const QList<qsizetype> row3 = table.where(u"stt"_s, u"3"_s);
    QCOMPARE(row3.size(), 1);
    QCOMPARE(table.value(row3.constFirst(), u"via"_s), u"CQDV"_s);

    const CliRun unknown = cli({u"--db"_s, database(), u"status"_s, u"--agency"_s, u"XYZ"_s});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY(unknown.errorLines().constFirst().contains("XYZ"_L1));
}

void CliStatusTest::writesJson()
{
    const CliRun run = cli({u"--db"_s,
                            database(),
                            u"status"_s,
                            u"--format"_s,
                            u"json"_s,
                            u"--as-of"_s,
                            u"2026-05-01"_s});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject root = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(root.value("as_of"_L1).toString(), u"2026-05-01"_s);
    const QJsonArray rows = root.value("rows"_L1).toArray();
    QCOMPARE(rows.size(), 19 + 4);
    QCOMPARE(rows.at(0).toObject().value("status"_L1).toString(), u"overdue"_s);
    QCOMPARE(rows.at(0).toObject().value("due_soon"_L1).toBool(), false);
}

void CliStatusTest::refusesBadTableAndWritesNothing()
{
    QVERIFY(m_cli->writeFile(u"bad.csv"_s,
                             header
                                 + "1,SNV,2026-03-20,completed,2026-03-20,,,,\n"
                                   "99,SNV,2026-03-20,in_progress,,,,,\n"
                                   "9,Sở Không Tồn Tại,2026-04-31,done,,150,,,\n"));
    const CliRun run = cli({u"--lang"_s,
                            u"en"_s,
                            u"--db"_s,
                            database(),
                            u"--verbose"_s,
                            u"progress"_s,
                            u"import"_s,
                            u"bad.csv"_s});

    QCOMPARE(run.exitCode, 1);
    const QStringList lines = run.errorLines();
    QVERIFY2(lines.constFirst().startsWith("error: "_L1), qPrintable(lines.constFirst()));
    const QString all = lines.join(u'\n');
    for (const QString &part : {u"row 3, column stt"_s,
                                u"row 4, column agency"_s,
                                u"row 4, column date"_s,
                                u"row 4, column state"_s,
                                u"row 4, column percent"_s})
        QVERIFY2(all.contains(part), qPrintable(all));

    // Row 2 of the file was valid, but nothing of a refused file is kept.
    const CsvRows table = status({u"--as-of"_s, u"2026-05-01"_s});
    QCOMPARE(table.value(table.where(u"stt"_s, u"1"_s).constFirst(), u"status"_s), u"overdue"_s);
    const CliRun exported = cli({u"--db"_s, database(), u"progress"_s, u"export"_s});
    QCOMPARE(CsvRows(exported.out).rows.size(), 0);
}

void CliStatusTest::exportsWhatWasImported()
{
    const QByteArray rows = "3.1,Sở Nội vụ,14/04/2026,in_progress,,40,\"Đã giao, đang làm\",Thiếu "
                            "kinh phí,\n"
                            "1,snv,2026-03-20,Đã hoàn thành,,,,,\"45/QĐ-UBND ngày 20/03/2026\"\n";
    QVERIFY(m_cli->writeFile(u"up.csv"_s, header + rows));
    QCOMPARE(cli({u"--db"_s, database(), u"progress"_s, u"import"_s, u"up.csv"_s}).exitCode, 0);

    const CsvRows exported(cli({u"--db"_s, database(), u"progress"_s, u"export"_s}).out);
    QCOMPARE(exported.rows.size(), 2);
    const qsizetype sub = exported.where(u"stt"_s, u"3.1"_s).constFirst();
    QCOMPARE(exported.value(sub, u"date"_s), u"2026-04-14"_s);
    QCOMPARE(exported.value(sub, u"percent"_s), u"40"_s);
    QCOMPARE(exported.value(sub, u"result"_s), u"Đã giao, đang làm"_s);
    const qsizetype first = exported.where(u"stt"_s, u"1"_s).constFirst();
    QCOMPARE(exported.value(first, u"agency"_s), u"Sở Nội vụ"_s);
    QCOMPARE(exported.value(first, u"state"_s), u"completed"_s);
    QCOMPARE(exported.value(first, u"completed_on"_s), u"2026-03-20"_s);

    // What was exported imports again into another workspace unchanged.
    QVERIFY(m_cli->writeFile(u"again.csv"_s,
                             cli({u"--db"_s, database(), u"progress"_s, u"export"_s}).out));
    const QString other = m_cli->path(u"other.sqlite"_s);
    QCOMPARE(cli({u"--db"_s, other, u"progress"_s, u"import"_s, u"again.csv"_s}).exitCode, 0);
    QCOMPARE(cli({u"--db"_s, other, u"progress"_s, u"export"_s}).out,
             cli({u"--db"_s, database(), u"progress"_s, u"export"_s}).out);
}

void CliStatusTest::exportsBlankTemplate()
{
    const CsvRows blank(
        cli({u"--db"_s, database(), u"progress"_s, u"export"_s, u"--template"_s}).out);
    QCOMPARE(blank.header.join(u','), QString::fromUtf8(header).trimmed());
    QCOMPARE(blank.where(u"stt"_s, u"1"_s).size(), 1);
    QCOMPARE(blank.where(u"stt"_s, u"3.1"_s).size(), 16);
    QVERIFY(blank.where(u"stt"_s, u"3"_s).isEmpty());
    QCOMPARE(blank.value(0, u"date"_s), QString());
}

void CliStatusTest::refusesBadDate()
{
    const CliRun run = cli(
        {u"--lang"_s, u"en"_s, u"--db"_s, database(), u"status"_s, u"--as-of"_s, u"14/06/2026"_s});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.errorLines().constFirst().contains("yyyy-MM-dd"_L1));
}

QTEST_GUILESS_MAIN(CliStatusTest)
#include "tst_clistatus.moc"
