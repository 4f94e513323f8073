// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/agency.h"
#include "model/involvement.h"
#include "model/plan.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace PlanTrack;

namespace {

// Ids of a small agency tree: a city with three departments, a group of two of them, and
// a group that holds that group and the third department.
enum : AgencyId {
    City = 1,
    HomeAffairs,
    Finance,
    Health,
    Related,
    AllUnits,
    LoopA,
    LoopB
};

Agency agency(AgencyId id, const QString &code, const QString &nameVi, AgencyId parent = 0)
{
    Agency a;
    a.id = id;
    a.code = code;
    a.nameVi = nameVi;
    a.nameEn = code + u" (en)"_s;
    a.parentId = parent;
    return a;
}

Agency group(AgencyId id, const QString &code, const QString &nameVi, QList<AgencyId> members)
{
    Agency a = agency(id, code, nameVi);
    a.isGroup = true;
    a.memberIds = std::move(members);
    return a;
}

AgencyDirectory directory()
{
    return AgencyDirectory({
        agency(City, u"UBND"_s, u"Ủy ban nhân dân Thành phố"_s),
        agency(HomeAffairs, u"SNV"_s, u"Sở Nội vụ"_s, City),
        agency(Finance, u"STC"_s, u"Sở Tài chính"_s, City),
        agency(Health, u"SYT"_s, u"Sở Y tế"_s, City),
        group(Related, u"LQ"_s, u"Các cơ quan, đơn vị có liên quan"_s, {HomeAffairs, Finance}),
        group(AllUnits, u"ALL"_s, u"Các cơ quan, đơn vị"_s, {Related, Health}),
        group(LoopA, u"LA"_s, u"Nhóm A"_s, {LoopB}),
        group(LoopB, u"LB"_s, u"Nhóm B"_s, {LoopA}),
    });
}

Task task(TaskId id, SectionId section, const QString &stt, TaskId parent = 0)
{
    Task t;
    t.id = id;
    t.sectionId = section;
    t.stt = stt;
    t.parentId = parent;
    t.contentVi = u"Nhiệm vụ "_s + stt;
    return t;
}

// Two sections; row 2 has two sub-tasks, stored right after it as plans keep them.
Plan plan()
{
    Plan p;
    p.sections = {{1, u"I"_s, u"Mục một"_s, u"Part one"_s}, {2, u"II"_s, u"Mục hai"_s, {}}};
    p.tasks = {task(1, 1, u"1"_s),
               task(2, 2, u"2"_s),
               task(3, 2, u"2.1"_s, 2),
               task(4, 2, u"2.2"_s, 2),
               task(5, 2, u"3"_s)};
    return p;
}

QStringList stts(const QList<const Task *> &tasks)
{
    QStringList result;
    for (const Task *t : tasks)
        result.append(t->stt);
    return result;
}

QStringList codes(const QList<const Agency *> &agencies)
{
    QStringList result;
    for (const Agency *a : agencies)
        result.append(a->code);
    return result;
}

} // namespace

class TestModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void planLookups();
    void sectionHeading();
    void textFallsBackToVietnamese();
    void agencyLookups();
    void agencyChildren();
    void groupsContaining();
    void joinedNames();
    void involvementDirect();
    void involvementViaGroup();
    void involvementViaNestedGroups();
    void involvementLeadAndCoordinating();
    void involvementNone();
    void involvementSurvivesGroupLoop();
    void keysRoundTrip();
};

void TestModel::planLookups()
{
    const Plan p = plan();

    QVERIFY(p.taskByStt(u"2.1"_s));
    QCOMPARE(p.taskByStt(u"2.1"_s)->id, TaskId(3));
    QCOMPARE(p.taskByStt(u"3"_s)->id, TaskId(5));
    QCOMPARE(p.taskByStt(u"4"_s), nullptr);
    QCOMPARE(p.task(4)->stt, u"2.2"_s);
    QCOMPARE(p.task(99), nullptr);
    QCOMPARE(p.section(2)->label, u"II"_s);
    QCOMPARE(p.section(3), nullptr);

    // Top-level rows only, in plan order; sub-tasks belong to their row.
    QCOMPARE(stts(p.tasksOf(1)), QStringList{u"1"_s});
    QCOMPARE(stts(p.tasksOf(2)), (QStringList{u"2"_s, u"3"_s}));
    QVERIFY(p.tasksOf(3).isEmpty());
    QCOMPARE(stts(p.subTasksOf(2)), (QStringList{u"2.1"_s, u"2.2"_s}));
    QVERIFY(p.subTasksOf(1).isEmpty());
    QVERIFY(p.task(3)->isSubTask());
    QVERIFY(!p.task(2)->isSubTask());
}

void TestModel::sectionHeading()
{
    const Plan p = plan();
    QCOMPARE(p.section(1)->heading(), u"I. Mục một"_s);
    QCOMPARE(p.section(1)->heading(true), u"I. Part one"_s);
    QCOMPARE(p.section(2)->heading(true), u"II. Mục hai"_s);
}

void TestModel::textFallsBackToVietnamese()
{
    Task t = task(1, 1, u"1"_s);
    t.contentEn = u"Task one"_s;
    QCOMPARE(t.content(false), t.contentVi);
    QCOMPARE(t.content(true), u"Task one"_s);
    t.contentEn.clear();
    QCOMPARE(t.content(true), t.contentVi);
}

void TestModel::agencyLookups()
{
    const AgencyDirectory agencies = directory();
    QVERIFY(!agencies.isEmpty());
    QVERIFY(AgencyDirectory().isEmpty());
    QCOMPARE(agencies.byCode(u"STC"_s)->id, AgencyId(Finance));
    QCOMPARE(agencies.byId(Health)->nameVi, u"Sở Y tế"_s);
    QCOMPARE(agencies.byCode(u"XYZ"_s), nullptr);
    QCOMPARE(agencies.byId(100), nullptr);
    QCOMPARE(agencies.byId(Health)->name(true), u"SYT (en)"_s);
}

void TestModel::agencyChildren()
{
    const AgencyDirectory agencies = directory();
    QCOMPARE(codes(agencies.children(0)),
             (QStringList{u"UBND"_s, u"LQ"_s, u"ALL"_s, u"LA"_s, u"LB"_s}));
    QCOMPARE(codes(agencies.children(City)), (QStringList{u"SNV"_s, u"STC"_s, u"SYT"_s}));
    QVERIFY(agencies.children(Health).isEmpty());
}

void TestModel::groupsContaining()
{
    const AgencyDirectory agencies = directory();
    // Only the groups that list it themselves, not those that reach it through a group.
    QCOMPARE(codes(agencies.groupsContaining(Finance)), QStringList{u"LQ"_s});
    QCOMPARE(codes(agencies.groupsContaining(Health)), QStringList{u"ALL"_s});
    QCOMPARE(codes(agencies.groupsContaining(Related)), QStringList{u"ALL"_s});
    QVERIFY(agencies.groupsContaining(City).isEmpty());
}

void TestModel::joinedNames()
{
    const AgencyDirectory agencies = directory();
    QCOMPARE(agencies.joinedNames({HomeAffairs, Related}),
             u"Sở Nội vụ; Các cơ quan, đơn vị có liên quan"_s);
    QCOMPARE(agencies.joinedNames({Finance, Health}, true), u"STC (en); SYT (en)"_s);
    QCOMPARE(agencies.joinedNames({}), QString());
    QCOMPARE(agencies.joinedNames({Finance, 100}), u"Sở Tài chính"_s);
}

void TestModel::involvementDirect()
{
    const AgencyDirectory agencies = directory();
    Task t = task(1, 1, u"1"_s);
    t.leadIds = {HomeAffairs};
    t.coordinatingIds = {Finance};

    const QList<Involvement> lead = involvementsOf(t, HomeAffairs, agencies);
    QCOMPARE(lead.size(), 1);
    QCOMPARE(lead.constFirst().role, Role::Lead);
    QVERIFY(lead.constFirst().isDirect());

    const QList<Involvement> coordinating = involvementsOf(t, Finance, agencies);
    QCOMPARE(coordinating, (QList<Involvement>{{Role::Coordinating, 0}}));
}

void TestModel::involvementViaGroup()
{
    const AgencyDirectory agencies = directory();
    Task t = task(1, 1, u"1"_s);
    t.leadIds = {Health};
    t.coordinatingIds = {Related};

    const QList<Involvement> found = involvementsOf(t, Finance, agencies);
    QCOMPARE(found, (QList<Involvement>{{Role::Coordinating, Related}}));
    QVERIFY(!found.constFirst().isDirect());

    // The group itself takes part directly.
    QCOMPARE(involvementsOf(t, Related, agencies), (QList<Involvement>{{Role::Coordinating, 0}}));
}

void TestModel::involvementViaNestedGroups()
{
    const AgencyDirectory agencies = directory();
    Task t = task(1, 1, u"1"_s);
    t.leadIds = {AllUnits};

    // "ALL" holds "LQ", which holds the Department of Finance: the task reaches it as lead,
    // through the outer group named on the task.
    QCOMPARE(involvementsOf(t, Finance, agencies), (QList<Involvement>{{Role::Lead, AllUnits}}));
    QCOMPARE(involvementsOf(t, Related, agencies), (QList<Involvement>{{Role::Lead, AllUnits}}));
    QCOMPARE(involvementsOf(t, Health, agencies), (QList<Involvement>{{Role::Lead, AllUnits}}));
    QVERIFY(involvementsOf(t, City, agencies).isEmpty());
}

void TestModel::involvementLeadAndCoordinating()
{
    const AgencyDirectory agencies = directory();
    Task t = task(1, 1, u"1"_s);
    t.leadIds = {Related, HomeAffairs};
    t.coordinatingIds = {AllUnits};

    // Leading roles first, direct before through a group.
    const QList<Involvement> expected{
        {Role::Lead, 0}, {Role::Lead, Related}, {Role::Coordinating, AllUnits}};
    QCOMPARE(involvementsOf(t, HomeAffairs, agencies), expected);
}

void TestModel::involvementNone()
{
    const AgencyDirectory agencies = directory();
    Task t = task(1, 1, u"1"_s);
    t.leadIds = {HomeAffairs};
    t.coordinatingIds = {Related};
    QVERIFY(involvementsOf(t, Health, agencies).isEmpty());
    QVERIFY(involvementsOf(t, City, agencies).isEmpty());
}

void TestModel::involvementSurvivesGroupLoop()
{
    const AgencyDirectory agencies = directory();
    Task t = task(1, 1, u"1"_s);
    t.leadIds = {LoopA};

    QVERIFY(involvementsOf(t, Finance, agencies).isEmpty());
    QCOMPARE(involvementsOf(t, LoopB, agencies), (QList<Involvement>{{Role::Lead, LoopA}}));
}

void TestModel::keysRoundTrip()
{
    QCOMPARE(roleKey(Role::Lead), u"lead"_s);
    QCOMPARE(roleKey(Role::Coordinating), u"coordinating"_s);
    QCOMPARE(roleFromKey(u"coordinating"), std::optional(Role::Coordinating));
    QVERIFY(!roleFromKey(u"owner").has_value());

    QCOMPARE(unitFromKey(unitKey(IndicatorTarget::Unit::Count)),
             std::optional(IndicatorTarget::Unit::Count));
    QCOMPARE(directionKey(IndicatorTarget::Direction::AtLeast), u"at_least"_s);
    QCOMPARE(directionFromKey(u"exactly"), std::optional(IndicatorTarget::Direction::Exactly));
    QVERIFY(!directionFromKey(u"more").has_value());
}

QTEST_GUILESS_MAIN(TestModel)
#include "tst_model.moc"
