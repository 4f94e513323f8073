// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "agencies/agencyeditor.h"
#include "clirunner.h"
#include "workspace/workspacesession.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace PlanTrack;
using namespace PlanTrack::Test;

class CliAgenciesTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void listsTheTreeAsCsv();
    void listsTheSameAsJson();
    void indentsTheTextTree();
    void leavesRetiredAgenciesOutUnlessAsked();
    void refusesUnknownFormat();

private:
    CliRun cli(const QStringList &arguments) const { return m_cli->run(arguments); }

    CsvRows csv(const QStringList &extra = {}) const;

    QString database() const { return m_cli->path(u"w.sqlite"_s); }

    std::unique_ptr<CliRunner> m_cli;
};

void CliAgenciesTest::init()
{
    m_cli = std::make_unique<CliRunner>(QStringLiteral(PLANTRACK_CLI));
    QVERIFY(m_cli->isValid());
}

CsvRows CliAgenciesTest::csv(const QStringList &extra) const
{
    const CliRun run =
        cli(QStringList{u"--db"_s, database(), u"agencies"_s, u"--format"_s, u"csv"_s} + extra);
    return CsvRows(run.exitCode == 0 ? run.out : QByteArray());
}

void CliAgenciesTest::listsTheTreeAsCsv()
{
    const CsvRows table = csv();
    QCOMPARE(
        table.header,
        (QStringList{
            u"code"_s, u"name_vi"_s, u"name_en"_s, u"parent_code"_s, u"is_group"_s, u"members"_s}));

    // The People's Committee first, its agencies under it, then the groups.
    QCOMPARE(table.value(0, u"code"_s), u"UBNDTP"_s);
    QCOMPARE(table.value(0, u"parent_code"_s), QString());
    const qsizetype snv = table.where(u"code"_s, u"SNV"_s).constFirst();
    QCOMPARE(table.value(snv, u"name_vi"_s), u"Sở Nội vụ"_s);
    QCOMPARE(table.value(snv, u"name_en"_s), u"Department of Home Affairs"_s);
    QCOMPARE(table.value(snv, u"parent_code"_s), u"UBNDTP"_s);
    QCOMPARE(table.value(snv, u"is_group"_s), u"false"_s);
    QCOMPARE(table.where(u"parent_code"_s, u"UBNDTP"_s).size(), 15);

    const qsizetype all = table.where(u"code"_s, u"CQDV"_s).constFirst();
    QCOMPARE(table.value(all, u"is_group"_s), u"true"_s);
    const QStringList members = table.value(all, u"members"_s).split(u"; "_s);
    QCOMPARE(members.size(), 16);
    QCOMPARE(members.constFirst(), u"VPUBNDTP"_s);
    QCOMPARE(members.constLast(), u"XAPHUONG"_s);
    const qsizetype communes = table.where(u"code"_s, u"XAPHUONG"_s).constFirst();
    QCOMPARE(table.value(communes, u"members"_s), QString());

    // Every parent is listed before its units, every member somewhere, each code once.
    QStringList seen;
    for (qsizetype row = 0; row < table.rows.size(); ++row) {
        const QString parent = table.value(row, u"parent_code"_s);
        QVERIFY2(parent.isEmpty() || seen.contains(parent), qPrintable(parent));
        QVERIFY(!seen.contains(table.value(row, u"code"_s)));
        seen.append(table.value(row, u"code"_s));
    }
    for (const QString &member : members)
        QVERIFY2(seen.contains(member), qPrintable(member));
}

void CliAgenciesTest::listsTheSameAsJson()
{
    const CliRun run = cli({u"--db"_s, database(), u"agencies"_s, u"--format"_s, u"json"_s});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray agencies =
        QJsonDocument::fromJson(run.out).object().value(u"agencies"_s).toArray();
    const CsvRows table = csv();
    QCOMPARE(agencies.size(), table.rows.size());

    for (qsizetype i = 0; i < agencies.size(); ++i) {
        const QJsonObject o = agencies.at(i).toObject();
        QCOMPARE(o.value(u"code"_s).toString(), table.value(i, u"code"_s));
        QCOMPARE(o.value(u"name_vi"_s).toString(), table.value(i, u"name_vi"_s));
        QCOMPARE(o.value(u"parent"_s).toString(), table.value(i, u"parent_code"_s));
        QCOMPARE(o.value(u"group"_s).toBool(), table.value(i, u"is_group"_s) == "true"_L1);
        QStringList members;
        for (const QJsonValue &member : o.value(u"members"_s).toArray())
            members.append(member.toString());
        QCOMPARE(members.join(u"; "_s), table.value(i, u"members"_s));
    }
}

void CliAgenciesTest::indentsTheTextTree()
{
    const CliRun run = cli({u"--lang"_s, u"en"_s, u"--db"_s, database(), u"agencies"_s});
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = run.output().split(u'\n');
    const auto line = [&lines](const QString &start) {
        for (const QString &l : lines) {
            if (l.startsWith(start))
                return l;
        }
        return QString();
    };
    QVERIFY(line(u"UBNDTP "_s).contains(u"Ủy ban nhân dân Thành phố Hà Nội"_s));
    QVERIFY(line(u"  SNV "_s).contains(u"Sở Nội vụ (Department of Home Affairs)"_s));
    QVERIFY(line(u"CQDVLQ "_s).contains(u"Các cơ quan, đơn vị có liên quan"_s));
    QVERIFY(run.output().contains(u"group of 15: VPUBNDTP, SNV"_s));
    QVERIFY(run.output().contains(u"group without members"_s));
}

void CliAgenciesTest::leavesRetiredAgenciesOutUnlessAsked()
{
    QCOMPARE(cli({u"--db"_s, database(), u"agencies"_s}).exitCode, 0);
    {
        QString error;
        std::unique_ptr<WorkspaceSession> session = WorkspaceSession::open(database(), &error);
        QVERIFY2(session, qPrintable(error));
        AgencyEditor editor(*session);
        const AgencyId from = session->agencies().byCode(u"SDL"_s)->id;
        const AgencyId into = session->agencies().byCode(u"SVHTT"_s)->id;
        QVERIFY2(editor.merge(from, into, QDate(2026, 7, 1), &error), qPrintable(error));
    }

    const CsvRows current = csv();
    QVERIFY(current.where(u"code"_s, u"SDL"_s).isEmpty());
    QVERIFY(!current.header.contains(u"retired_on"_s));
    const qsizetype all = current.where(u"code"_s, u"CQDV"_s).constFirst();
    QVERIFY(!current.value(all, u"members"_s).split(u"; "_s).contains(u"SDL"_s));

    const CsvRows everything = csv({u"--retired"_s});
    QCOMPARE(everything.rows.size(), current.rows.size() + 1);
    const qsizetype sdl = everything.where(u"code"_s, u"SDL"_s).constFirst();
    QCOMPARE(everything.value(sdl, u"retired_on"_s), u"2026-07-01"_s);
    QCOMPARE(everything.value(sdl, u"merged_into"_s), u"SVHTT"_s);

    const CliRun text =
        cli({u"--lang"_s, u"en"_s, u"--db"_s, database(), u"agencies"_s, u"--retired"_s});
    QVERIFY(text.output().contains(u"retired on 01/07/2026, merged into SVHTT"_s));
}

void CliAgenciesTest::refusesUnknownFormat()
{
    const CliRun run =
        cli({u"--lang"_s, u"en"_s, u"--db"_s, database(), u"agencies"_s, u"--format"_s, u"xlsx"_s});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.errorLines().constFirst().contains(u"xlsx"_s));
    QVERIFY(run.out.isEmpty());
}

QTEST_GUILESS_MAIN(CliAgenciesTest)
#include "tst_cliagencies.moc"
