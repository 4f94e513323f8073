// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "agencies/agencyoverview.h"
#include "agencies/agencyoverviewmodel.h"
#include "roles.h"
#include "workspace/workspacesession.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QFont>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace PlanTrack;

namespace {

QDate d(int y, int m, int day)
{
    return QDate(y, m, day);
}

} // namespace

class TestAgencyOverview final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void listsTheRowsOfHomeAffairs();
    void takesEachStatusFromTheEngine();
    void countsAsADepartmentHeadReadsThem();
    void followsUpdatesAndTheDate();
    void showsAGroupsOwnRows();
    void printsTheSameOverview();

private:
    AgencyId id(const QString &code) const;
    QStringList rows(AgencyOverviewModel::Part part, bool direct) const;
    void report(const QString &stt, ProgressState state, QDate on);

    std::unique_ptr<WorkspaceSession> m_session;
    std::unique_ptr<AgencyOverview> m_overview;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestAgencyOverview::init()
{
    QString error;
    m_session = WorkspaceSession::openInMemory(&error);
    QVERIFY2(m_session, qPrintable(error));
    m_overview = std::make_unique<AgencyOverview>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_overview->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_overview->setSession(m_session.get());
    m_overview->setAsOf(d(2026, 5, 1));
    m_overview->setAgencyId(id(u"SNV"_s));
}

void TestAgencyOverview::cleanup()
{
    m_tester.reset();
    m_overview.reset();
    m_session.reset();
}

AgencyId TestAgencyOverview::id(const QString &code) const
{
    const Agency *agency = m_session->agencies().byCode(code);
    return agency ? agency->id : 0;
}

QStringList TestAgencyOverview::rows(AgencyOverviewModel::Part part, bool direct) const
{
    const AgencyOverviewModel *model = m_overview->model();
    const QModelIndex parent = model->index(part, 0);
    QStringList result;
    for (int r = 0; r < model->rowCount(parent); ++r) {
        const QModelIndex index = model->index(r, AgencyOverviewModel::SttColumn, parent);
        if (index.data(ViaGroupRole).toString().isEmpty() == direct)
            result.append(index.data().toString());
    }
    return result;
}

void TestAgencyOverview::report(const QString &stt, ProgressState state, QDate on)
{
    ProgressUpdate update;
    update.taskId = m_session->plans().constFirst().taskByStt(stt)->id;
    update.agencyId = id(u"SNV"_s);
    update.reportedOn = on;
    update.state = state;
    if (state == ProgressState::Completed)
        update.completedOn = on;
    QString error;
    QVERIFY2(m_session->addUpdate(update, &error), qPrintable(error));
}

void TestAgencyOverview::listsTheRowsOfHomeAffairs()
{
    QCOMPARE(rows(AgencyOverviewModel::LeadPart, true),
             (QStringList{u"1"_s, u"2"_s, u"5"_s, u"11"_s, u"15"_s}));
    QCOMPARE(rows(AgencyOverviewModel::CoordinatingPart, true), (QStringList{u"4"_s, u"6"_s}));

    // What reaches it through groups: rows given to the agencies and units, to those that
    // employ talents, and the rows they support as relevant agencies.
    QCOMPARE(rows(AgencyOverviewModel::LeadPart, false),
             (QStringList{u"3"_s, u"4"_s, u"16"_s, u"17"_s, u"18"_s, u"19"_s}));
    QCOMPARE(rows(AgencyOverviewModel::CoordinatingPart, false),
             (QStringList{u"7"_s, u"8"_s, u"9"_s, u"10"_s, u"12"_s, u"13"_s, u"14"_s}));

    const AgencyOverviewModel *model = m_overview->model();
    const QModelIndex row3 =
        model->index(2, AgencyOverviewModel::ThroughColumn, model->index(0, 0));
    QCOMPARE(row3.data().toString(), u"Các cơ quan, đơn vị"_s);
    QVERIFY(row3.data(Qt::FontRole).value<QFont>().italic());
    const QModelIndex row1 =
        model->index(0, AgencyOverviewModel::DeadlineColumn, model->index(0, 0));
    QCOMPARE(row1.data().toString(), u"Tháng 3/2026 (31/03/2026)"_s);
    QVERIFY(model->index(0, 0).data().toString().contains(u"11"_s));
}

void TestAgencyOverview::takesEachStatusFromTheEngine()
{
    const StatusSheet sheet = m_session->statusAsOf(d(2026, 5, 1));
    const AgencyOverviewModel *model = m_overview->model();
    for (int part = 0; part < 2; ++part) {
        const QModelIndex parent = model->index(part, 0);
        for (int r = 0; r < model->rowCount(parent); ++r) {
            const QModelIndex index = model->index(r, AgencyOverviewModel::StatusColumn, parent);
            const TaskStatus *row = sheet.task(index.data(TaskIdRole).value<TaskId>());
            const AgencyStatus *own = row->agency(id(u"SNV"_s));
            const Status expected = own && own->role == Role::Lead ? own->status : row->status;
            QCOMPARE(Status(index.data(StatusRole).toInt()), expected);
            QVERIFY(index.data().toString().startsWith(statusLabel(expected)));
        }
    }
}

void TestAgencyOverview::countsAsADepartmentHeadReadsThem()
{
    // Each of the 19 rows once; overdue and unfinished: rows 1, 9, 10 and 13.
    QCOMPARE(m_overview->countText(u"total"_s), u"19"_s);
    QCOMPARE(m_overview->countText(u"overdue"_s), u"4"_s);
    QCOMPARE(m_overview->countText(u"overdue_rate"_s),
             QLocale().toString(100.0 * 4 / 19, 'f', 1) + u" %"_s);
    QCOMPARE(m_overview->countText(u"on_time"_s), u"0"_s);
    QCOMPARE(m_overview->countText(u"not_due"_s), u"5"_s);
    QCOMPARE(m_overview->countText(u"unreported"_s), u"10"_s);
    QCOMPARE(m_overview->countText(u"due_this_month"_s), u"0"_s);
}

void TestAgencyOverview::followsUpdatesAndTheDate()
{
    report(u"1"_s, ProgressState::Completed, d(2026, 4, 20));
    report(u"5"_s, ProgressState::InProgress, d(2026, 4, 20));
    m_overview->refresh();
    QCOMPARE(m_overview->countText(u"late"_s), u"1"_s);
    QCOMPARE(m_overview->countText(u"on_track"_s), u"1"_s);
    QCOMPARE(m_overview->countText(u"overdue"_s), u"3"_s);

    // On 10/04 rows 9, 10 and 13 fall due within the month, and row 1 is overdue.
    m_overview->setAsOf(d(2026, 4, 10));
    QCOMPARE(m_overview->countText(u"due_this_month"_s), u"3"_s);
    QCOMPARE(m_overview->countText(u"overdue"_s), u"1"_s);
    QCOMPARE(m_overview->countText(u"late"_s), u"0"_s);
}

void TestAgencyOverview::showsAGroupsOwnRows()
{
    m_overview->setAgencyId(id(u"CQDVNTN"_s));
    QCOMPARE(rows(AgencyOverviewModel::LeadPart, true),
             (QStringList{u"16"_s, u"17"_s, u"18"_s, u"19"_s}));
    QCOMPARE(rows(AgencyOverviewModel::CoordinatingPart, true), QStringList{u"11"_s});
    QCOMPARE(m_overview->countText(u"total"_s), u"5"_s);

    m_overview->setAgencyId(0);
    QCOMPARE(m_overview->model()->rowCount(), 0);
    QCOMPARE(m_overview->countText(u"total"_s), u"–"_s);
}

void TestAgencyOverview::printsTheSameOverview()
{
    const QString html = m_overview->toHtml();
    QVERIFY(html.contains(u"Sở Nội vụ"_s));
    QVERIFY(html.contains(u"01/05/2026"_s));
    QVERIFY(html.contains(u"Xây dựng chuyên trang"_s));

    QTemporaryDir dir;
    const QString path = dir.filePath(u"snv.pdf"_s);
    QString error;
    QVERIFY2(m_overview->writePdf(path, &error), qPrintable(error));
    QVERIFY(QFile(path).size() > 1000);
}

QTEST_MAIN(TestAgencyOverview)
#include "tst_agencyoverview.moc"
