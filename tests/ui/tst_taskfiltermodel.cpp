// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "roles.h"
#include "tasks/taskfiltermodel.h"
#include "tasks/tasktreemodel.h"
#include "testworkspace.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace PlanTrack;

namespace {

QStringList numbers(std::initializer_list<int> rows)
{
    QStringList result;
    for (int row : rows)
        result.append(QString::number(row));
    return result;
}

QStringList allNumbers()
{
    QStringList result;
    for (int row = 1; row <= 19; ++row)
        result.append(QString::number(row));
    return result;
}

} // namespace

class TestTaskFilterModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void showsEveryRowWithoutFilter();
    void keepsLeadRowsOfAnAgency();
    void keepsCoordinatingRowsOfAnAgency();
    void keepsBothRoles();
    void clearingTheAgencyShowsEveryRow();
    void dropsSectionsWithoutRows();
    void searchIgnoresDiacritics_data();
    void searchIgnoresDiacritics();
    void combinesSearchAndAgency();
    void keepsSectionsInPlanOrderWhenSorting();

private:
    struct Shown
    {
        QStringList direct;
        QStringList viaGroup;
        QStringList unmarked; ///< rows with a group name but no visible mark, or the reverse
        QStringList all() const;
    };

    Shown shownRows() const;
    void choose(const QString &code, RoleFilter roles);

    std::unique_ptr<Test::TestWorkspace> m_workspace;
    std::unique_ptr<TaskTreeModel> m_tasks;
    std::unique_ptr<TaskFilterModel> m_filter;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QStringList TestTaskFilterModel::Shown::all() const
{
    QStringList rows = direct + viaGroup;
    std::sort(rows.begin(), rows.end(), [](const QString &a, const QString &b) {
        return a.toInt() < b.toInt();
    });
    return rows;
}

void TestTaskFilterModel::initTestCase()
{
    Test::isolateSettings();
}

void TestTaskFilterModel::init()
{
    m_workspace = std::make_unique<Test::TestWorkspace>();
    QVERIFY2(m_workspace->open(), qPrintable(m_workspace->error()));

    m_tasks = std::make_unique<TaskTreeModel>();
    m_tasks->setPlan(m_workspace->plan(), m_workspace->agencies());
    m_filter = std::make_unique<TaskFilterModel>();
    m_filter->setSourceModel(m_tasks.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_filter.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestTaskFilterModel::cleanup()
{
    m_tester.reset();
    m_filter.reset();
    m_tasks.reset();
    m_workspace.reset();
}

void TestTaskFilterModel::showsEveryRowWithoutFilter()
{
    QCOMPARE(m_filter->rowCount(), 4);
    QCOMPARE(shownRows().direct, allNumbers());
    QVERIFY(shownRows().viaGroup.isEmpty());
}

void TestTaskFilterModel::keepsLeadRowsOfAnAgency()
{
    choose(u"SNV"_s, RoleFilter::LeadOnly);

    const Shown shown = shownRows();
    QCOMPARE(shown.unmarked, QStringList());
    QCOMPARE(shown.direct, numbers({1, 2, 5, 11, 15}));
    QCOMPARE(shown.viaGroup, numbers({3, 4, 16, 17, 18, 19}));
}

void TestTaskFilterModel::keepsCoordinatingRowsOfAnAgency()
{
    choose(u"SNV"_s, RoleFilter::CoordinatingOnly);

    // Row 3 names no coordinating unit; every other row reaches Sở Nội vụ through a group.
    const Shown shown = shownRows();
    QCOMPARE(shown.unmarked, QStringList());
    QCOMPARE(shown.direct, numbers({4, 6}));
    QStringList expected = allNumbers();
    expected.removeOne(u"3"_s);
    QCOMPARE(shown.all(), expected);
}

void TestTaskFilterModel::keepsBothRoles()
{
    choose(u"SNV"_s, RoleFilter::LeadAndCoordinating);

    const Shown shown = shownRows();
    QCOMPARE(shown.unmarked, QStringList());
    QCOMPARE(shown.direct, numbers({1, 2, 4, 5, 6, 11, 15}));
    QCOMPARE(shown.all(), allNumbers());
}

void TestTaskFilterModel::clearingTheAgencyShowsEveryRow()
{
    choose(u"SNV"_s, RoleFilter::LeadOnly);
    QSignalSpy changed(m_filter.get(), &TaskFilterModel::filterChanged);

    m_filter->setAgencyId(0);

    QCOMPARE(changed.size(), 1);
    QCOMPARE(m_filter->rowCount(), 4);
    QCOMPARE(shownRows().direct, allNumbers());
    QVERIFY(shownRows().viaGroup.isEmpty());
}

void TestTaskFilterModel::dropsSectionsWithoutRows()
{
    // Sở Y tế leads nothing in section I (row 1) nor in section III (rows 12–14).
    choose(u"SYT"_s, RoleFilter::LeadOnly);

    QCOMPARE(shownRows().direct, numbers({9}));
    QCOMPARE(shownRows().viaGroup, numbers({3, 4, 16, 17, 18, 19}));
    QCOMPARE(m_filter->rowCount(), 2);
    QCOMPARE(m_filter->index(0, 0).data().toString(), m_workspace->plan().sections.at(1).heading());
}

void TestTaskFilterModel::searchIgnoresDiacritics_data()
{
    QTest::addColumn<QString>("search");

    QTest::newRow("without diacritics") << u"so noi vu"_s;
    QTest::newRow("as written") << u"Sở Nội vụ"_s;
    QTest::newRow("capitals") << u"SỞ NỘI VỤ"_s;
    QTest::newRow("extra spaces") << u"  so  noi vu "_s;
}

void TestTaskFilterModel::searchIgnoresDiacritics()
{
    QFETCH(QString, search);

    // The rows that name Sở Nội vụ in a unit column or in their text.
    const Agency *snv = m_workspace->agencies().byCode(u"SNV"_s);
    QVERIFY(snv);
    QStringList expected;
    for (const Task &task : m_workspace->plan().tasks) {
        const bool named = task.leadIds.contains(snv->id) || task.coordinatingIds.contains(snv->id)
                           || task.contentVi.contains(snv->nameVi, Qt::CaseInsensitive);
        if (named && !task.isSubTask())
            expected.append(task.stt);
    }
    QVERIFY(expected.contains(u"1"_s));

    m_filter->setSearchText(search);

    QCOMPARE(shownRows().direct, expected);
}

void TestTaskFilterModel::combinesSearchAndAgency()
{
    choose(u"SNV"_s, RoleFilter::LeadOnly);
    m_filter->setSearchText(u"thuong xuyen"_s);

    QCOMPARE(shownRows().direct, numbers({2, 11}));
    QCOMPARE(shownRows().viaGroup, numbers({3}));
}

void TestTaskFilterModel::keepsSectionsInPlanOrderWhenSorting()
{
    m_filter->sort(TaskTreeModel::SttColumn, Qt::DescendingOrder);

    QCOMPARE(m_filter->index(0, 0).data().toString(),
             m_workspace->plan().sections.constFirst().heading());
    const QModelIndex first = m_filter->index(0, 0);
    QCOMPARE(m_filter->index(0, 0, first).data().toString(), u"1"_s);
    QCOMPARE(m_filter->rowCount(first), 1);

    const QModelIndex second = m_filter->index(1, 0);
    QCOMPARE(m_filter->index(0, 0, second).data().toString(), u"11"_s);
}

TestTaskFilterModel::Shown TestTaskFilterModel::shownRows() const
{
    Shown shown;
    for (int s = 0; s < m_filter->rowCount(); ++s) {
        const QModelIndex section = m_filter->index(s, 0);
        for (int row = 0; row < m_filter->rowCount(section); ++row) {
            const QModelIndex task = m_filter->index(row, TaskTreeModel::TaskColumn, section);
            const QString stt = task.siblingAtColumn(TaskTreeModel::SttColumn).data().toString();
            const QString via = task.data(ViaGroupRole).toString();
            const bool italic = task.data(Qt::FontRole).value<QFont>().italic();

            // The mark must be visible, not only stored in a role.
            if (italic == via.isEmpty())
                shown.unmarked.append(stt);
            (via.isEmpty() ? shown.direct : shown.viaGroup).append(stt);
        }
    }
    return shown;
}

void TestTaskFilterModel::choose(const QString &code, RoleFilter roles)
{
    const AgencyId id = m_workspace->agencyId(code);
    QVERIFY2(id != 0, qPrintable(code));
    m_filter->setRoleFilter(roles);
    m_filter->setAgencyId(id);
}

QTEST_MAIN(TestTaskFilterModel)
#include "tst_taskfiltermodel.moc"
