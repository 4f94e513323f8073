// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "agencies/agencyeditor.h"
#include "indicators/indicatorbook.h"
#include "model/involvement.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/progressrepository.h"
#include "workspace/workspacesession.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace PlanTrack;

namespace {

QDate d(int y, int m, int day)
{
    return QDate(y, m, day);
}

/// Describes what a workspace holds of agencies and responsibilities, for comparing.
QStringList snapshot(const WorkspaceSession &session)
{
    QStringList lines;
    const AgencyDirectory &agencies = session.agencies();
    for (const Agency &a : agencies.agencies()) {
        QStringList members;
        for (AgencyId id : a.memberIds)
            members.append(agencies.byId(id)->code);
        lines.append(u"%1|%2|%3|%4|%5|%6|%7|%8"_s.arg(a.code,
                                                      a.nameVi,
                                                      a.nameEn,
                                                      QString::number(a.parentId),
                                                      a.isGroup ? u"group"_s : QString(),
                                                      members.join(u','),
                                                      a.retiredOn.toString(Qt::ISODate),
                                                      QString::number(a.mergedIntoId)));
    }
    for (const Plan &plan : session.plans()) {
        for (const Task &task : plan.tasks)
            lines.append(task.stt + u'|' + agencies.joinedNames(task.leadIds) + u'|'
                         + agencies.joinedNames(task.coordinatingIds));
    }
    return lines;
}

QStringList updatesOf(Database &database)
{
    QString error;
    const std::optional<QList<ProgressUpdate>> updates =
        ProgressRepository(database).updatesUntil(d(2100, 1, 1), &error);
    QStringList lines;
    for (const ProgressUpdate &u : updates.value_or(QList<ProgressUpdate>()))
        lines.append(u"%1|t%2|a%3|%4"_s.arg(u.id).arg(u.taskId).arg(u.agencyId).arg(u.result));
    lines.sort();
    return lines;
}

} // namespace

class TestAgencyEditor final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void seedsTheCityStructure();
    void groupRowsReachMembersAndNestedGroups();
    void addsAgencyUnderAGroup();
    void editsNamesCodeAndParent();
    void mergeKeepsEveryResponsibilityAndUpdate();
    void mergePoolsObservationsOfTheSamePeriod();
    void unmergeRestoresEverything();
    void retiresAndRestores();
    void setsResponsibilitiesWithAudit();
    void refusalsChangeNothing_data();
    void refusalsChangeNothing();

private:
    AgencyId id(const QString &code) const;
    const Task &row(const QString &stt) const;
    UpdateId report(const QString &stt, const QString &code, const QString &result);
    void reopen();

    QTemporaryDir m_dir;
    std::unique_ptr<WorkspaceSession> m_session;
};

void TestAgencyEditor::init()
{
    QFile::remove(m_dir.filePath(u"agencies.sqlite"_s));
    QString error;
    m_session = WorkspaceSession::open(m_dir.filePath(u"agencies.sqlite"_s), &error);
    QVERIFY2(m_session, qPrintable(error));
}

void TestAgencyEditor::cleanup()
{
    m_session.reset();
}

AgencyId TestAgencyEditor::id(const QString &code) const
{
    const Agency *agency = m_session->agencies().byCode(code);
    return agency ? agency->id : 0;
}

const Task &TestAgencyEditor::row(const QString &stt) const
{
    const Task *task = m_session->plans().constFirst().taskByStt(stt);
    Q_ASSERT(task);
    return *task;
}

UpdateId TestAgencyEditor::report(const QString &stt, const QString &code, const QString &result)
{
    ProgressUpdate update;
    update.taskId = row(stt).id;
    update.agencyId = id(code);
    update.reportedOn = d(2026, 4, 10);
    update.state = ProgressState::InProgress;
    update.result = result;
    QString error;
    if (!m_session->addUpdate(update, &error))
        qWarning() << error;
    return update.id;
}

// Opens the file again, so that what is checked is what the workspace keeps.
void TestAgencyEditor::reopen()
{
    const QString path = m_session->path();
    m_session.reset();
    QString error;
    m_session = WorkspaceSession::open(path, &error);
    QVERIFY2(m_session, qPrintable(error));
}

void TestAgencyEditor::seedsTheCityStructure()
{
    const AgencyDirectory &agencies = m_session->agencies();
    const Agency *committee = agencies.byCode(u"UBNDTP"_s);
    QVERIFY(committee);
    QCOMPARE(committee->nameVi, u"Ủy ban nhân dân Thành phố Hà Nội"_s);
    QCOMPARE(committee->parentId, 0);

    QStringList units;
    for (const Agency *unit : agencies.children(committee->id)) {
        QVERIFY2(!unit->nameEn.isEmpty(), qPrintable(unit->code));
        QVERIFY(!unit->isGroup);
        units.append(unit->code);
    }
    QCOMPARE(units.size(), 15);
    for (const QString &code : {u"VPUBNDTP"_s,
                                u"SNV"_s,
                                u"STC"_s,
                                u"SKHCN"_s,
                                u"SXD"_s,
                                u"SYT"_s,
                                u"SGDDT"_s,
                                u"SVHTT"_s,
                                u"SNNMT"_s,
                                u"TTTP"_s})
        QVERIFY2(units.contains(code), qPrintable(code));
    QCOMPARE(agencies.byCode(u"SNNMT"_s)->nameVi, u"Sở Nông nghiệp và Môi trường"_s);
    QCOMPARE(agencies.byCode(u"SKHCN"_s)->nameEn, u"Department of Science and Technology"_s);

    const Agency *communes = agencies.byCode(u"XAPHUONG"_s);
    QVERIFY(communes && communes->isGroup && communes->memberIds.isEmpty());
    const Agency *all = agencies.byCode(u"CQDV"_s);
    QCOMPARE(all->memberIds.size(), 16);
    QVERIFY(all->memberIds.contains(communes->id));
    QCOMPARE(agencies.byCode(u"CQDVLQ"_s)->memberIds.size(), 15);
    QCOMPARE(agencies.byCode(u"CQDVNTN"_s)->memberIds.size(), 15);

    // The bundled plan's rows name the seeded agencies.
    QCOMPARE(row(u"1"_s).leadIds, QList<AgencyId>{id(u"SNV"_s)});
    QCOMPARE(row(u"3"_s).leadIds, QList<AgencyId>{all->id});
}

void TestAgencyEditor::groupRowsReachMembersAndNestedGroups()
{
    // Row 3 is led by "Các cơ quan, đơn vị", which holds the communes and wards.
    const QList<Involvement> snv = involvementsOf(row(u"3"_s), id(u"SNV"_s), m_session->agencies());
    QCOMPARE(snv, (QList<Involvement>{{Role::Lead, id(u"CQDV"_s)}}));

    AgencyEditor editor(*m_session);
    Agency ward;
    ward.code = u"PBADINH"_s;
    ward.nameVi = u"UBND phường Ba Đình"_s;
    ward.parentId = id(u"XAPHUONG"_s);
    QString error;
    QVERIFY2(editor.add(ward, {id(u"XAPHUONG"_s)}, &error), qPrintable(error));

    const QList<Involvement> reached = involvementsOf(row(u"3"_s), ward.id, m_session->agencies());
    QCOMPARE(reached, (QList<Involvement>{{Role::Lead, id(u"CQDV"_s)}}));

    // The ward now answers for row 3.1 itself; the group no longer answers in its place.
    const TaskStatus status =
        m_session->engine().evaluateTask(row(u"3.1"_s), d(2026, 5, 1), m_session->progress());
    QVERIFY(status.agency(ward.id));
    QCOMPARE(status.agency(ward.id)->viaGroupId, id(u"CQDV"_s));
    QVERIFY(!status.agency(id(u"XAPHUONG"_s)));
    QVERIFY(status.agency(id(u"SNV"_s)));
}

void TestAgencyEditor::addsAgencyUnderAGroup()
{
    AgencyEditor editor(*m_session);
    QSignalSpy reloaded(m_session.get(), &WorkspaceSession::contentReloaded);
    Agency ward;
    ward.code = u"PHOANKIEM"_s;
    ward.nameVi = u"UBND phường Hoàn Kiếm"_s;
    ward.nameEn = u"Hoan Kiem Ward People's Committee"_s;
    ward.parentId = id(u"XAPHUONG"_s);
    QString error;
    QVERIFY2(editor.add(ward, {id(u"XAPHUONG"_s)}, &error), qPrintable(error));
    QCOMPARE(reloaded.size(), 1);

    reopen();
    const Agency *stored = m_session->agencies().byCode(u"PHOANKIEM"_s);
    QVERIFY(stored);
    QCOMPARE(stored->id, ward.id);
    QCOMPARE(stored->nameEn, ward.nameEn);
    QCOMPARE(m_session->agencies().byCode(u"XAPHUONG"_s)->memberIds, QList<AgencyId>{ward.id});
    QString auditError;
    const QList<AuditEntry> log = *AuditLog(m_session->database()).latest(1, &auditError);
    QCOMPARE(log.constFirst().action, u"add_agency"_s);
    QVERIFY(log.constFirst().newValue.contains(u"PHOANKIEM"_s));

    // Removing it again (as undo does) takes it out of the group too.
    AgencyEditor again(*m_session);
    QVERIFY2(again.remove(ward.id, &error), qPrintable(error));
    QVERIFY(!m_session->agencies().byCode(u"PHOANKIEM"_s));
    QVERIFY(m_session->agencies().byCode(u"XAPHUONG"_s)->memberIds.isEmpty());
}

void TestAgencyEditor::editsNamesCodeAndParent()
{
    AgencyEditor editor(*m_session);
    Agency changed = *m_session->agencies().byCode(u"SDL"_s);
    changed.nameEn = u"Hanoi Department of Tourism"_s;
    changed.code = u"SDLHN"_s;
    changed.parentId = id(u"SVHTT"_s);
    QString error;
    QVERIFY2(editor.edit(changed, &error), qPrintable(error));

    reopen();
    const Agency *stored = m_session->agencies().byCode(u"SDLHN"_s);
    QVERIFY(stored);
    QCOMPARE(stored->nameVi, u"Sở Du lịch"_s);
    QCOMPARE(stored->nameEn, changed.nameEn);
    QCOMPARE(stored->parentId, id(u"SVHTT"_s));
    QVERIFY(!m_session->agencies().byCode(u"SDL"_s));

    const QList<AuditEntry> log = *AuditLog(m_session->database()).latest(3, &error);
    QStringList fields;
    for (const AuditEntry &entry : log)
        fields.append(entry.field + u'=' + entry.oldValue + u'>' + entry.newValue);
    QVERIFY(fields.contains(u"code=SDL>SDLHN"_s));
    QVERIFY(fields.contains(u"parent=UBNDTP>SVHTT"_s));
}

void TestAgencyEditor::mergeKeepsEveryResponsibilityAndUpdate()
{
    // Sở Khoa học và Công nghệ leads row 13 and coordinates rows 5 and 6.
    const UpdateId lead = report(u"13"_s, u"SKHCN"_s, u"chuyên trang"_s);
    const UpdateId coordination = report(u"6"_s, u"SKHCN"_s, u"đề án"_s);
    const UpdateId other = report(u"6"_s, u"STC"_s, u"đề án STC"_s);
    QVERIFY(lead && coordination && other);
    const QStringList before = updatesOf(m_session->database());

    const AgencyId from = id(u"SKHCN"_s);
    const AgencyId into = id(u"STC"_s);
    AgencyEditor editor(*m_session);
    QString error;
    const std::optional<AgencyMerge> merge = editor.merge(from, into, d(2026, 7, 1), &error);
    QVERIFY2(merge, qPrintable(error));
    QCOMPARE(merge->updateIds, (QList<qint64>{lead, coordination}));

    reopen();
    const AgencyDirectory &agencies = m_session->agencies();
    QCOMPARE(row(u"13"_s).leadIds, QList<AgencyId>{into});
    QCOMPARE(row(u"5"_s).coordinatingIds, (QList<AgencyId>{into, id(u"CQDVLQ"_s)}));
    // Row 6 was led by the one and coordinated by the other: it keeps one lead part.
    QCOMPARE(row(u"6"_s).leadIds, QList<AgencyId>{into});
    QCOMPARE(row(u"6"_s).coordinatingIds, (QList<AgencyId>{id(u"SNV"_s), id(u"CQDVLQ"_s)}));

    // Every update is still there; those of the merged agency are now the other's.
    QStringList after = updatesOf(m_session->database());
    QCOMPARE(after.size(), before.size());
    QStringList expected = before;
    for (QString &line : expected)
        line.replace(u"|a%1|"_s.arg(from), u"|a%1|"_s.arg(into));
    expected.sort();
    QCOMPARE(after, expected);
    QVERIFY(m_session->progress().latest(row(u"13"_s).id, into, d(2026, 5, 1)).has_value());

    const Agency *merged = agencies.byId(from);
    QVERIFY(merged && merged->isRetired());
    QCOMPARE(merged->retiredOn, d(2026, 7, 1));
    QCOMPARE(merged->mergedIntoId, into);
    for (const QString &group : {u"CQDV"_s, u"CQDVLQ"_s, u"CQDVNTN"_s}) {
        const QList<AgencyId> members = agencies.byCode(group)->memberIds;
        QVERIFY(!members.contains(from));
        QCOMPARE(members.count(into), 1);
    }
    const QList<AuditEntry> log = *AuditLog(m_session->database()).latest(1, &error);
    QCOMPARE(log.constFirst().action, u"merge_agency"_s);
}

void TestAgencyEditor::mergePoolsObservationsOfTheSamePeriod()
{
    QString error;
    std::unique_ptr<IndicatorBook> book = IndicatorBook::open(*m_session, &error);
    QVERIFY2(book, qPrintable(error));
    const Indicator *indicator = book->indicatorOfTask(row(u"16"_s).id);
    QVERIFY(indicator && indicator->isRatio());
    const IndicatorId indicatorId = indicator->id;

    const DateRange year{d(2026, 1, 1), d(2026, 12, 31)};
    QList<Observation> observations;
    for (const auto &[code, numerator, denominator] :
         {std::tuple{u"SKHCN"_s, 3, 4}, std::tuple{u"STC"_s, 1, 6}, std::tuple{u"SYT"_s, 2, 2}}) {
        Observation o;
        o.indicatorId = indicatorId;
        o.agencyId = id(code);
        o.period = year;
        o.numerator = numerator;
        o.denominator = denominator;
        observations.append(o);
    }
    QVERIFY2(book->addObservations(observations, &error), qPrintable(error));
    const PeriodValue before = book->aggregator(indicatorId).periodValue(year, d(2027, 1, 1));

    AgencyEditor editor(*m_session);
    const std::optional<AgencyMerge> merge =
        editor.merge(id(u"SKHCN"_s), id(u"STC"_s), d(2026, 7, 1), &error);
    QVERIFY2(merge, qPrintable(error));
    QCOMPARE(merge->pooledObservationIds.size(), 1);

    // The book follows the reload: the city-wide figure is the same, and Sở Tài chính
    // now reports both agencies' figures for 2026.
    const IndicatorAggregator aggregator = book->aggregator(indicatorId);
    const PeriodValue after = aggregator.periodValue(year, d(2027, 1, 1));
    QCOMPARE(after.numerator, before.numerator);
    QCOMPARE(after.denominator, before.denominator);
    const QList<Observation> counted = aggregator.effective(d(2027, 1, 1));
    QCOMPARE(counted.size(), 2);
    for (const Observation &o : counted) {
        if (o.agencyId == id(u"STC"_s)) {
            QCOMPARE(o.numerator, 4);
            QCOMPARE(o.denominator, 10);
        } else {
            QCOMPARE(o.agencyId, id(u"SYT"_s));
        }
    }
}

void TestAgencyEditor::unmergeRestoresEverything()
{
    report(u"13"_s, u"SKHCN"_s, u"chuyên trang"_s);
    report(u"5"_s, u"SKHCN"_s, u"cơ sở dữ liệu"_s);
    const QStringList agenciesBefore = snapshot(*m_session);
    const QStringList updatesBefore = updatesOf(m_session->database());

    AgencyEditor editor(*m_session);
    QString error;
    const std::optional<AgencyMerge> merge =
        editor.merge(id(u"SKHCN"_s), id(u"STC"_s), d(2026, 7, 1), &error);
    QVERIFY2(merge, qPrintable(error));
    QVERIFY(snapshot(*m_session) != agenciesBefore);

    QVERIFY2(editor.unmerge(*merge, &error), qPrintable(error));
    reopen();
    QCOMPARE(snapshot(*m_session), agenciesBefore);
    QCOMPARE(updatesOf(m_session->database()), updatesBefore);

    // Taken back once, it cannot be taken back again.
    AgencyEditor again(*m_session);
    QVERIFY(!again.unmerge(*merge, &error));
    QVERIFY(!error.isEmpty());
}

void TestAgencyEditor::retiresAndRestores()
{
    AgencyEditor editor(*m_session);
    QString error;
    QVERIFY2(editor.retire(id(u"SDL"_s), d(2026, 6, 30), &error), qPrintable(error));
    QVERIFY(m_session->agencies().byCode(u"SDL"_s)->isRetired());

    // A retired agency is kept with its history, but takes on no new row.
    QVERIFY(!editor.setResponsibilities(
        row(u"12"_s).id, {id(u"SVHTT"_s)}, {id(u"SDL"_s), id(u"CQDVLQ"_s)}, &error));
    QVERIFY(error.contains(u"Sở Du lịch"_s));

    QVERIFY2(editor.restore(id(u"SDL"_s), &error), qPrintable(error));
    reopen();
    QVERIFY(!m_session->agencies().byCode(u"SDL"_s)->isRetired());
}

void TestAgencyEditor::setsResponsibilitiesWithAudit()
{
    // Row 8 is followed through 8.1 and 8.2, which carry the row's units.
    AgencyEditor editor(*m_session);
    const QList<AgencyId> leads{id(u"SXD"_s), id(u"SQHKT"_s)};
    const QList<AgencyId> coordinating{id(u"STC"_s)};
    QString error;
    QVERIFY2(editor.setResponsibilities(row(u"8"_s).id, leads, coordinating, &error),
             qPrintable(error));

    reopen();
    for (const QString &stt : {u"8"_s, u"8.1"_s, u"8.2"_s}) {
        QCOMPARE(row(stt).leadIds, leads);
        QCOMPARE(row(stt).coordinatingIds, coordinating);
    }
    const std::optional<QList<AuditEntry>> history = m_session->historyOf(row(u"8"_s).id, &error);
    QVERIFY(history && history->size() >= 2);
    QStringList changes;
    for (const AuditEntry &entry : *history)
        changes.append(entry.field + u": " + entry.oldValue + u" → " + entry.newValue);
    QVERIFY(changes.contains(u"lead: Sở Xây dựng → Sở Xây dựng; Sở Quy hoạch - Kiến trúc"_s));
    QVERIFY(changes.contains(u"coordinating: Các cơ quan, đơn vị có liên quan → Sở Tài chính"_s));
}

void TestAgencyEditor::refusalsChangeNothing_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QString>("mention");

    QTest::newRow("code taken") << u"code-taken"_s << u"SNV"_s;
    QTest::newRow("code with spaces") << u"code-spaces"_s << u"S NV"_s;
    QTest::newRow("no name") << u"no-name"_s << u"name"_s;
    QTest::newRow("committee under a department") << u"move-loop"_s << u"loop"_s;
    QTest::newRow("group into itself") << u"members-self"_s << u"itself"_s;
    QTest::newRow("groups in a circle") << u"members-loop"_s << u"loop"_s;
    QTest::newRow("agency has no members") << u"members-agency"_s << u"Sở Nội vụ"_s;
    QTest::newRow("merge into itself") << u"merge-self"_s << u"itself"_s;
    QTest::newRow("merge a group into an agency") << u"merge-kind"_s << u"group"_s;
    QTest::newRow("retire with units") << u"retire-parent"_s << u"Sở Nội vụ"_s;
    QTest::newRow("restore in use") << u"restore-active"_s << u"Sở Y tế"_s;
    QTest::newRow("row without lead") << u"no-lead"_s << u"lead"_s;
    QTest::newRow("lead and coordinating") << u"both-roles"_s << u"Sở Tài chính"_s;
}

void TestAgencyEditor::refusalsChangeNothing()
{
    QFETCH(QString, operation);
    QFETCH(QString, mention);

    QString error;
    const QStringList before = snapshot(*m_session);
    const qint64 lastAudit = AuditLog(m_session->database()).latest(1, &error)->constFirst().id;
    QSignalSpy reloaded(m_session.get(), &WorkspaceSession::contentReloaded);

    AgencyEditor editor(*m_session);
    Agency agency = *m_session->agencies().byCode(u"SYT"_s);
    bool done = true;
    if (operation == "code-taken"_L1) {
        agency.code = u"snv"_s;
        done = editor.edit(agency, &error);
    } else if (operation == "code-spaces"_L1) {
        done = editor.setCode(agency.id, u"S NV"_s, &error);
    } else if (operation == "no-name"_L1) {
        done = editor.rename(agency.id, u"   "_s, u"Health"_s, &error);
    } else if (operation == "move-loop"_L1) {
        done = editor.move(id(u"UBNDTP"_s), id(u"SNV"_s), &error);
    } else if (operation == "members-self"_L1) {
        done = editor.setMembers(id(u"CQDV"_s), {id(u"CQDV"_s), id(u"SNV"_s)}, &error);
    } else if (operation == "members-loop"_L1) {
        done = editor.setMembers(id(u"XAPHUONG"_s), {id(u"CQDV"_s)}, &error);
    } else if (operation == "members-agency"_L1) {
        done = editor.setMembers(id(u"SNV"_s), {id(u"STC"_s)}, &error);
    } else if (operation == "merge-self"_L1) {
        done = editor.merge(id(u"SNV"_s), id(u"SNV"_s), d(2026, 7, 1), &error).has_value();
    } else if (operation == "merge-kind"_L1) {
        done = editor.merge(id(u"CQDVLQ"_s), id(u"SNV"_s), d(2026, 7, 1), &error).has_value();
    } else if (operation == "retire-parent"_L1) {
        done = editor.retire(id(u"UBNDTP"_s), d(2026, 7, 1), &error);
    } else if (operation == "restore-active"_L1) {
        done = editor.restore(agency.id, &error);
    } else if (operation == "no-lead"_L1) {
        done = editor.setResponsibilities(row(u"9"_s).id, {}, {id(u"SNV"_s)}, &error);
    } else if (operation == "both-roles"_L1) {
        done = editor.setResponsibilities(
            row(u"9"_s).id, {id(u"SYT"_s), id(u"STC"_s)}, {id(u"STC"_s)}, &error);
    }

    QVERIFY(!done);
    QVERIFY2(error.contains(mention, Qt::CaseInsensitive), qPrintable(error));
    QCOMPARE(reloaded.size(), 0);
    QCOMPARE(snapshot(*m_session), before);
    reopen();
    QCOMPARE(snapshot(*m_session), before);
    QCOMPARE(AuditLog(m_session->database()).latest(1, &error)->constFirst().id, lastAudit);
}

QTEST_GUILESS_MAIN(TestAgencyEditor)
#include "tst_agencyeditor.moc"
