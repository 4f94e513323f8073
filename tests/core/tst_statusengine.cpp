// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/statusengine.h"
#include "storage/database.h"
#include "workspace/workspacesession.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace PlanTrack;

namespace {

/// Describes an update in a test table: "row agency yyyy-MM-dd state [completed-on]".
struct Report
{
    QString stt;
    QString agency;
    QDate on;
    ProgressState state = ProgressState::InProgress;
    QDate completedOn;
};

Report completed(const QString &stt, const QString &agency, QDate on)
{
    return {stt, agency, on, ProgressState::Completed, on};
}

Report progressing(const QString &stt, const QString &agency, QDate on)
{
    return {stt, agency, on, ProgressState::InProgress, {}};
}

/// Names a deadline change in a test table: the row, its new wording and when it applies.
struct Extension
{
    QString stt;
    QString wording;
    QDate effectiveOn;
};

QDate d(int y, int m, int day)
{
    return QDate(y, m, day);
}

// The city's agencies, members of every group the plan names.
const QStringList cityDepartments{u"VPUBNDTP"_s,
                                  u"SNV"_s,
                                  u"STP"_s,
                                  u"STC"_s,
                                  u"SCT"_s,
                                  u"SNNMT"_s,
                                  u"SXD"_s,
                                  u"SKHCN"_s,
                                  u"SVHTT"_s,
                                  u"SDL"_s,
                                  u"SGDDT"_s,
                                  u"SYT"_s,
                                  u"SQHKT"_s,
                                  u"SDTTG"_s,
                                  u"TTTP"_s};

// The members of "Các cơ quan, đơn vị": the city's agencies and the communes and wards,
// a group that answers for itself while it has no members.
const QStringList agenciesAndUnits = cityDepartments + QStringList{u"XAPHUONG"_s};

} // namespace

Q_DECLARE_METATYPE(Report)
Q_DECLARE_METATYPE(Extension)

class TestStatusEngine final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void judgesEveryKind_data();
    void judgesEveryKind();
    void listsOverdueRowsOfTheBundledPlan();
    void followsGroupMembers();
    void coordinatorsCarryTheRowStatus();
    void keepsTheOriginalDeadlineOnRecord();
    void namesTheDecisionInForce();
    void refusesBadUpdates_data();
    void refusesBadUpdates();
    void flagsDueSoon();
    void cutsDecree09Periods_data();
    void cutsDecree09Periods();
    void countsOverdueRate();
    void keepsEveryUpdateAcrossReopening();

private:
    const Task &row(const QString &stt) const;
    AgencyId agency(const QString &code) const;
    void report(const Report &r);

    std::unique_ptr<WorkspaceSession> m_session;
};

void TestStatusEngine::init()
{
    QString error;
    m_session = WorkspaceSession::openInMemory(&error);
    QVERIFY2(m_session, qPrintable(error));
}

void TestStatusEngine::cleanup()
{
    m_session.reset();
}

const Task &TestStatusEngine::row(const QString &stt) const
{
    const Task *task = m_session->plans().constFirst().taskByStt(stt);
    Q_ASSERT(task);
    return *task;
}

AgencyId TestStatusEngine::agency(const QString &code) const
{
    const Agency *found = m_session->agencies().byCode(code);
    return found ? found->id : 0;
}

void TestStatusEngine::report(const Report &r)
{
    ProgressUpdate update;
    update.taskId = row(r.stt).id;
    update.agencyId = agency(r.agency);
    update.reportedOn = r.on;
    update.state = r.state;
    update.completedOn = r.completedOn;
    QString error;
    QVERIFY2(m_session->addUpdate(update, &error), qPrintable(error));
}

void TestStatusEngine::judgesEveryKind_data()
{
    QTest::addColumn<QString>("stt");
    QTest::addColumn<QList<Report>>("reports");
    QTest::addColumn<QList<Extension>>("extensions");
    QTest::addColumn<QDate>("asOf");
    QTest::addColumn<QString>("expected");

    const QList<Extension> none;
    const QList<Report> nothing;
    const Extension toMay{u"1"_s, u"Tháng 5/2026"_s, d(2026, 3, 25)};

    // Row 1: "Tháng 3/2026", due 31/03/2026, led by Sở Nội vụ.
    QTest::newRow("month, the due day itself")
        << u"1"_s << nothing << none << d(2026, 3, 31) << u"not_due"_s;
    QTest::newRow("month, the day after")
        << u"1"_s << nothing << none << d(2026, 4, 1) << u"overdue"_s;
    QTest::newRow("month, in progress")
        << u"1"_s << QList{progressing(u"1"_s, u"SNV"_s, d(2026, 3, 10))} << none << d(2026, 3, 15)
        << u"on_track"_s;
    QTest::newRow("month, in progress past due")
        << u"1"_s << QList{progressing(u"1"_s, u"SNV"_s, d(2026, 3, 10))} << none << d(2026, 4, 15)
        << u"overdue"_s;
    QTest::newRow("month, completed on the due day")
        << u"1"_s << QList{completed(u"1"_s, u"SNV"_s, d(2026, 3, 31))} << none << d(2026, 4, 10)
        << u"completed_on_time"_s;
    QTest::newRow("month, completed a day late")
        << u"1"_s << QList{completed(u"1"_s, u"SNV"_s, d(2026, 4, 1))} << none << d(2026, 4, 10)
        << u"completed_late"_s;
    QTest::newRow("month, update after the as-of date ignored")
        << u"1"_s
        << QList{Report{u"1"_s, u"SNV"_s, d(2026, 4, 5), ProgressState::Completed, d(2026, 3, 20)}}
        << none << d(2026, 4, 1) << u"overdue"_s;
    QTest::newRow("month, latest update counts")
        << u"1"_s
        << QList{completed(u"1"_s, u"SNV"_s, d(2026, 3, 20)),
                 progressing(u"1"_s, u"SNV"_s, d(2026, 3, 25))}
        << none << d(2026, 4, 10) << u"overdue"_s;

    // Extensions: the deadline in force on the as-of date decides.
    QTest::newRow("extended, before the decision")
        << u"1"_s << nothing << QList{toMay} << d(2026, 3, 20) << u"not_due"_s;
    QTest::newRow("extended, after the old due day")
        << u"1"_s << nothing << QList{toMay} << d(2026, 4, 15) << u"not_due"_s;
    QTest::newRow("extended, completed within the new deadline")
        << u"1"_s << QList{completed(u"1"_s, u"SNV"_s, d(2026, 4, 20))} << QList{toMay}
        << d(2026, 4, 30) << u"completed_on_time"_s;
    QTest::newRow("extended, past the new deadline")
        << u"1"_s << nothing << QList{toMay} << d(2026, 6, 1) << u"overdue"_s;

    // Row 5: "2026", due 31/12/2026; row 15: "2026 - 2030".
    QTest::newRow("year, within it")
        << u"5"_s << nothing << none << d(2026, 12, 31) << u"not_due"_s;
    QTest::newRow("year, after it") << u"5"_s << nothing << none << d(2027, 1, 1) << u"overdue"_s;
    QTest::newRow("year range, midway")
        << u"15"_s << nothing << none << d(2028, 6, 1) << u"not_due"_s;
    QTest::newRow("year range, after its end")
        << u"15"_s << nothing << none << d(2031, 1, 1) << u"overdue"_s;

    // Row 2: "Thường xuyên"; monthly periods cut on the 14th (Decree 09/2019).
    QTest::newRow("ongoing, before any period closed")
        << u"2"_s << nothing << none << d(2026, 1, 10) << u"not_due"_s;
    QTest::newRow("ongoing, reported in the closed period")
        << u"2"_s << QList{progressing(u"2"_s, u"SNV"_s, d(2026, 4, 10))} << none << d(2026, 5, 1)
        << u"reported"_s;
    QTest::newRow("ongoing, reported only in the open period")
        << u"2"_s << QList{progressing(u"2"_s, u"SNV"_s, d(2026, 4, 20))} << none << d(2026, 5, 1)
        << u"unreported"_s;
    QTest::newRow("ongoing, never reported")
        << u"2"_s << nothing << none << d(2026, 5, 1) << u"unreported"_s;
    QTest::newRow("ongoing, the cut-off day closes its period")
        << u"2"_s << QList{progressing(u"2"_s, u"SNV"_s, d(2026, 6, 14))} << none << d(2026, 6, 14)
        << u"reported"_s;

    // Row 16: "Trong thời gian thu hút", led by the units that employ talents.
    QList<Report> allMembers;
    for (const QString &code : cityDepartments)
        allMembers.append(progressing(u"16"_s, code, d(2026, 4, 1)));
    QTest::newRow("conditional, every member reported")
        << u"16"_s << allMembers << none << d(2026, 5, 1) << u"reported"_s;
    QTest::newRow("conditional, one member silent")
        << u"16"_s << allMembers.mid(1) << none << d(2026, 5, 1) << u"unreported"_s;

    // Row 4: "Hằng năm", due at the end of December each year.
    QList<Report> yearly;
    for (const QString &code : agenciesAndUnits)
        yearly.append(completed(u"4"_s, code, d(2026, 11, 30)));
    QTest::newRow("annual, first year still open")
        << u"4"_s << yearly << none << d(2026, 12, 30) << u"not_due"_s;
    QTest::newRow("annual, year closed and reported")
        << u"4"_s << yearly << none << d(2027, 1, 10) << u"reported"_s;
    QTest::newRow("annual, next year closed unreported")
        << u"4"_s << yearly << none << d(2028, 1, 10) << u"unreported"_s;

    // Row 8: "2026", followed through sub-tasks 8.1 and 8.2.
    QTest::newRow("sub-tasks, one of two done")
        << u"8"_s << QList{completed(u"8.1"_s, u"SXD"_s, d(2026, 6, 1))} << none << d(2026, 7, 1)
        << u"on_track"_s;
    QTest::newRow("sub-tasks, one of two done, past due")
        << u"8"_s << QList{completed(u"8.1"_s, u"SXD"_s, d(2026, 6, 1))} << none << d(2027, 1, 2)
        << u"overdue"_s;
    QTest::newRow("sub-tasks, both done") << u"8"_s
                                          << QList{completed(u"8.1"_s, u"SXD"_s, d(2026, 6, 1)),
                                                   completed(u"8.2"_s, u"SXD"_s, d(2027, 1, 5))}
                                          << none << d(2027, 2, 1) << u"completed_late"_s;
    QTest::newRow("sub-task itself")
        << u"8.1"_s << QList{completed(u"8.1"_s, u"SXD"_s, d(2026, 6, 1))} << none << d(2026, 7, 1)
        << u"completed_on_time"_s;
}

void TestStatusEngine::judgesEveryKind()
{
    QFETCH(QString, stt);
    QFETCH(QList<Report>, reports);
    QFETCH(QList<Extension>, extensions);
    QFETCH(QDate, asOf);
    QFETCH(QString, expected);

    for (const Report &r : std::as_const(reports))
        report(r);
    for (const Extension &e : std::as_const(extensions)) {
        DeadlineChange change;
        change.taskId = row(e.stt).id;
        change.deadline = *parseDeadline(e.wording);
        change.effectiveOn = e.effectiveOn;
        change.reason = u"Chờ ý kiến của Bộ Nội vụ"_s;
        change.documentNumber = u"45/QĐ-UBND"_s;
        change.documentDate = e.effectiveOn;
        QString error;
        QVERIFY2(m_session->addDeadlineChange(change, &error), qPrintable(error));
    }

    const StatusSheet sheet = m_session->statusAsOf(asOf);
    const TaskStatus *status = sheet.task(row(stt).id);
    QVERIFY(status);
    QCOMPARE(statusKey(status->status), expected);
}

void TestStatusEngine::listsOverdueRowsOfTheBundledPlan()
{
    const StatusSheet sheet = m_session->statusAsOf(d(2026, 5, 1));

    QStringList overdue;
    QStringList recurringJudged;
    for (const Task &task : m_session->plans().constFirst().tasks) {
        const TaskStatus *status = sheet.task(task.id);
        if (!task.isSubTask() && status->status == Status::Overdue)
            overdue.append(task.stt);
        if (task.deadline.isRecurring() && status->status == Status::Overdue)
            recurringJudged.append(task.stt);
    }
    QCOMPARE(overdue, (QStringList{u"1"_s, u"9"_s, u"10"_s, u"13"_s}));
    QVERIFY(recurringJudged.isEmpty());
    QCOMPARE(sheet.task(row(u"2"_s).id)->status, Status::Unreported);
}

void TestStatusEngine::followsGroupMembers()
{
    // Row 3.1 is led by "Các cơ quan, đơn vị": each of its members answers for it.
    const TaskStatus status =
        m_session->engine().evaluateTask(row(u"3.1"_s), d(2026, 5, 1), m_session->progress());
    QStringList leads;
    for (const AgencyStatus &entry : status.agencies) {
        QCOMPARE(entry.role, Role::Lead);
        QCOMPARE(entry.viaGroupId, agency(u"CQDV"_s));
        leads.append(m_session->agencies().byId(entry.agencyId)->code);
    }
    QCOMPARE(leads, agenciesAndUnits);

    for (const QString &code : agenciesAndUnits.mid(1))
        report(progressing(u"3.1"_s, code, d(2026, 4, 10)));
    const StatusSheet partly = m_session->statusAsOf(d(2026, 5, 1));
    QCOMPARE(partly.task(row(u"3.1"_s).id)->status, Status::Unreported);
    QCOMPARE(partly.task(row(u"3.1"_s).id)->agency(agency(u"SNV"_s))->status, Status::Reported);
    QCOMPARE(partly.task(row(u"3.1"_s).id)->agency(agency(u"VPUBNDTP"_s))->status,
             Status::Unreported);

    report(progressing(u"3.1"_s, u"VPUBNDTP"_s, d(2026, 4, 12)));
    QCOMPARE(m_session->statusAsOf(d(2026, 5, 1)).task(row(u"3.1"_s).id)->status, Status::Reported);
}

void TestStatusEngine::coordinatorsCarryTheRowStatus()
{
    // Row 6 is led by Sở Tài chính; Sở Nội vụ coordinates it directly.
    report(progressing(u"6"_s, u"STC"_s, d(2026, 6, 1)));
    const StatusSheet statusSheet = m_session->statusAsOf(d(2026, 6, 2));
    const TaskStatus *status = statusSheet.task(row(u"6"_s).id);

    const AgencyStatus *snv = status->agency(agency(u"SNV"_s));
    QVERIFY(snv);
    QCOMPARE(snv->role, Role::Coordinating);
    QCOMPARE(snv->viaGroupId, 0);
    QCOMPARE(snv->status, Status::OnTrack);
    QCOMPARE(status->agencies.constFirst().agencyId, agency(u"STC"_s));
}

void TestStatusEngine::keepsTheOriginalDeadlineOnRecord()
{
    DeadlineChange change;
    change.taskId = row(u"9"_s).id;
    change.deadline = *parseDeadline(u"Quý III/2026"_s);
    change.effectiveOn = d(2026, 4, 20);
    change.reason = u"Bổ sung ý kiến các bệnh viện"_s;
    change.documentNumber = u"1234/UBND-KGVX"_s;
    change.documentDate = d(2026, 4, 20);
    QSignalSpy changed(m_session.get(), &WorkspaceSession::deadlinesChanged);
    QString error;
    QVERIFY2(m_session->addDeadlineChange(change, &error), qPrintable(error));
    QCOMPARE(changed.size(), 1);

    QCOMPARE(row(u"9"_s).deadline.text, u"Tháng 4/2026"_s);
    QCOMPARE(m_session->statusAsOf(d(2026, 4, 19)).task(row(u"9"_s).id)->deadline.text,
             u"Tháng 4/2026"_s);
    const StatusSheet laterSheet = m_session->statusAsOf(d(2026, 5, 1));
    const TaskStatus *later = laterSheet.task(row(u"9"_s).id);
    QCOMPARE(later->deadline.due, d(2026, 9, 30));
    QVERIFY(later->deadlineChanged);
    QCOMPARE(later->status, Status::NotDue);

    const std::optional<QList<AuditEntry>> history = m_session->historyOf(row(u"9"_s).id, &error);
    QVERIFY2(history, qPrintable(error));
    QCOMPARE(history->size(), 1);
    QVERIFY(history->constFirst().oldValue.contains(u"Tháng 4/2026"_s));
    QVERIFY(history->constFirst().newValue.contains(u"Quý III/2026"_s));
    QVERIFY(history->constFirst().newValue.contains(u"1234/UBND-KGVX"_s));

    // Without its document a change is refused and nothing is kept.
    DeadlineChange bare = change;
    bare.id = 0;
    bare.documentNumber.clear();
    QVERIFY(!m_session->addDeadlineChange(bare, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(m_session->deadlineChangesOf(row(u"9"_s).id).size(), 1);

    QVERIFY2(m_session->removeDeadlineChange(change.id, &error), qPrintable(error));
    QCOMPARE(m_session->statusAsOf(d(2026, 5, 1)).task(row(u"9"_s).id)->status, Status::Overdue);
}

void TestStatusEngine::namesTheDecisionInForce()
{
    const TaskId task = row(u"9"_s).id;
    const auto decide = [this, task](const QString &text, QDate on, const QString &number) {
        DeadlineChange change;
        change.taskId = task;
        change.deadline = *parseDeadline(text);
        change.effectiveOn = on;
        change.reason = u"Bổ sung ý kiến các bệnh viện"_s;
        change.documentNumber = number;
        change.documentDate = on;
        QString error;
        QVERIFY2(m_session->addDeadlineChange(change, &error), qPrintable(error));
    };
    decide(u"Quý IV/2026"_s, d(2026, 8, 1), u"2345/UBND-KGVX"_s);
    decide(u"Quý III/2026"_s, d(2026, 4, 20), u"1234/UBND-KGVX"_s);

    const StatusEngine &engine = m_session->engine();
    QVERIFY(!engine.changeInForce(task, d(2026, 4, 19)));
    QCOMPARE(engine.changeInForce(task, d(2026, 4, 20))->documentNumber, u"1234/UBND-KGVX"_s);
    QCOMPARE(engine.changeInForce(task, d(2026, 9, 1))->documentNumber, u"2345/UBND-KGVX"_s);
    QCOMPARE(m_session->statusAsOf(d(2026, 9, 1)).task(task)->deadline.text, u"Quý IV/2026"_s);
}

void TestStatusEngine::refusesBadUpdates_data()
{
    QTest::addColumn<QString>("stt");
    QTest::addColumn<QString>("agency");
    QTest::addColumn<QDate>("on");
    QTest::addColumn<QDate>("completedOn");
    QTest::addColumn<QString>("named");

    QTest::newRow("not responsible")
        << u"9"_s << u"UBNDTP"_s << d(2026, 4, 1) << QDate() << u"Ủy ban nhân dân"_s;
    QTest::newRow("row with sub-tasks")
        << u"8"_s << u"SXD"_s << d(2026, 4, 1) << QDate() << u"8.1"_s;
    QTest::newRow("no date") << u"1"_s << u"SNV"_s << QDate() << QDate() << u"date"_s;
    QTest::newRow("completed after the update")
        << u"1"_s << u"SNV"_s << d(2026, 3, 1) << d(2026, 3, 5) << u"completion date"_s;
}

void TestStatusEngine::refusesBadUpdates()
{
    QFETCH(QString, stt);
    QFETCH(QString, agency);
    QFETCH(QDate, on);
    QFETCH(QDate, completedOn);
    QFETCH(QString, named);

    ProgressUpdate update;
    update.taskId = row(stt).id;
    update.agencyId = this->agency(agency);
    update.reportedOn = on;
    update.state = completedOn.isValid() ? ProgressState::Completed : ProgressState::InProgress;
    update.completedOn = completedOn;
    QSignalSpy changed(m_session.get(), &WorkspaceSession::progressChanged);

    QString error;
    QVERIFY(!m_session->addUpdate(update, &error));
    QVERIFY2(error.contains(named), qPrintable(error));
    QCOMPARE(changed.size(), 0);
    QCOMPARE(m_session->progress().size(), 0);
    QCOMPARE(m_session->updatesOf(row(stt).id, &error)->size(), 0);
}

void TestStatusEngine::flagsDueSoon()
{
    const auto dueSoon = [this](QDate asOf) {
        return m_session->statusAsOf(asOf).task(row(u"1"_s).id)->dueSoon;
    };
    QVERIFY(!dueSoon(d(2026, 3, 23)));
    QVERIFY(dueSoon(d(2026, 3, 24)));
    QVERIFY(dueSoon(d(2026, 3, 31)));
    QVERIFY(!dueSoon(d(2026, 4, 1)));

    ScheduleRules rules = m_session->rules();
    rules.dueSoonDays = 3;
    QString error;
    QVERIFY2(m_session->setRules(rules, &error), qPrintable(error));
    QVERIFY(!dueSoon(d(2026, 3, 24)));
    QVERIFY(dueSoon(d(2026, 3, 28)));

    report(completed(u"1"_s, u"SNV"_s, d(2026, 3, 27)));
    QVERIFY(!dueSoon(d(2026, 3, 28)));
}

void TestStatusEngine::cutsDecree09Periods_data()
{
    QTest::addColumn<int>("length");
    QTest::addColumn<int>("cutoff");
    QTest::addColumn<QDate>("day");
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");

    using R = ScheduleRules;
    const int month = int(R::PeriodLength::Month);
    const int quarter = int(R::PeriodLength::Quarter);
    const int half = int(R::PeriodLength::HalfYear);
    const int decree = int(R::PeriodCutoff::Decree09);
    const int calendar = int(R::PeriodCutoff::Calendar);

    QTest::newRow("month, on the 14th")
        << month << decree << d(2026, 3, 14) << d(2026, 2, 15) << d(2026, 3, 14);
    QTest::newRow("month, on the 15th")
        << month << decree << d(2026, 3, 15) << d(2026, 3, 15) << d(2026, 4, 14);
    QTest::newRow("month across the year")
        << month << decree << d(2025, 12, 20) << d(2025, 12, 15) << d(2026, 1, 14);
    QTest::newRow("quarter I") << quarter << decree << d(2026, 2, 1) << d(2025, 12, 15)
                               << d(2026, 3, 14);
    QTest::newRow("quarter II") << quarter << decree << d(2026, 3, 15) << d(2026, 3, 15)
                                << d(2026, 6, 14);
    QTest::newRow("six months") << half << decree << d(2026, 6, 14) << d(2025, 12, 15)
                                << d(2026, 6, 14);
    QTest::newRow("second six months")
        << half << decree << d(2026, 12, 14) << d(2026, 6, 15) << d(2026, 12, 14);
    QTest::newRow("calendar quarter")
        << quarter << calendar << d(2026, 5, 20) << d(2026, 4, 1) << d(2026, 6, 30);
    QTest::newRow("calendar month")
        << month << calendar << d(2026, 2, 10) << d(2026, 2, 1) << d(2026, 2, 28);
}

void TestStatusEngine::cutsDecree09Periods()
{
    QFETCH(int, length);
    QFETCH(int, cutoff);
    QFETCH(QDate, day);
    QFETCH(QDate, first);
    QFETCH(QDate, last);

    ScheduleRules rules;
    rules.periodLength = ScheduleRules::PeriodLength(length);
    rules.periodCutoff = ScheduleRules::PeriodCutoff(cutoff);
    QCOMPARE(rules.periodContaining(day), (DateRange{first, last}));
}

void TestStatusEngine::countsOverdueRate()
{
    const StatusSheet sheet = m_session->statusAsOf(d(2026, 5, 1));
    QList<TaskId> rows;
    for (const Task &task : m_session->plans().constFirst().tasks) {
        if (!task.isSubTask())
            rows.append(task.id);
    }
    const StatusCounts counts = StatusCounts::of(sheet, rows);
    QCOMPARE(counts.total, 19);
    QCOMPARE(counts.count(Status::Overdue), 4);
    QCOMPARE(counts.overdueRate(), 400.0 / 19);
}

void TestStatusEngine::keepsEveryUpdateAcrossReopening()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"w.sqlite"_s);
    QString error;
    {
        std::unique_ptr<WorkspaceSession> session = WorkspaceSession::open(path, &error);
        QVERIFY2(session, qPrintable(error));
        m_session = std::move(session);
        report(progressing(u"1"_s, u"SNV"_s, d(2026, 3, 10)));
        report(completed(u"1"_s, u"SNV"_s, d(2026, 3, 20)));
        m_session.reset();
    }
    m_session = WorkspaceSession::open(path, &error);
    QVERIFY2(m_session, qPrintable(error));
    QCOMPARE(m_session->updatesOf(row(u"1"_s).id, &error)->size(), 2);
    QCOMPARE(m_session->statusAsOf(d(2026, 3, 15)).task(row(u"1"_s).id)->status, Status::OnTrack);
    QCOMPARE(m_session->statusAsOf(d(2026, 4, 15)).task(row(u"1"_s).id)->status,
             Status::CompletedOnTime);
    QCOMPARE(m_session->historyOf(row(u"1"_s).id, &error)->size(), 2);
}

QTEST_GUILESS_MAIN(TestStatusEngine)
#include "tst_statusengine.moc"
