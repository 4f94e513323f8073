// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/planimporter.h"
#include "exchange/planjson.h"
#include "storage/database.h"
#include "workspace/workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using namespace PlanTrack;

namespace {

using JsonEdit = std::function<void(QJsonObject &)>;

QByteArray bundledJson()
{
    QFile file(u":/plans/nq92-2026.json"_s);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Applies an edit to the top-level row with the given STT, wherever it is in the file.
JsonEdit onRow(const QString &stt, const JsonEdit &edit)
{
    return [stt, edit](QJsonObject &root) {
        QJsonObject plan = root.value("plan"_L1).toObject();
        QJsonArray sections = plan.value("sections"_L1).toArray();
        for (qsizetype s = 0; s < sections.size(); ++s) {
            QJsonObject section = sections.at(s).toObject();
            QJsonArray tasks = section.value("tasks"_L1).toArray();
            for (qsizetype t = 0; t < tasks.size(); ++t) {
                QJsonObject task = tasks.at(t).toObject();
                if (task.value("stt"_L1).toString() != stt)
                    continue;
                edit(task);
                tasks.replace(t, task);
                section.insert(u"tasks"_s, tasks);
                sections.replace(s, section);
                plan.insert(u"sections"_s, sections);
                root.insert(u"plan"_s, plan);
                return;
            }
        }
        QFAIL(qPrintable(u"no row %1 in the plan file"_s.arg(stt)));
    };
}

QByteArray edited(const QByteArray &json, const JsonEdit &edit)
{
    QJsonObject root = QJsonDocument::fromJson(json).object();
    edit(root);
    return QJsonDocument(root).toJson();
}

QStringList codesOf(const QList<AgencyId> &ids, const AgencyDirectory &agencies)
{
    QStringList codes;
    for (AgencyId id : ids)
        codes.append(agencies.byId(id) ? agencies.byId(id)->code : u"?%1"_s.arg(id));
    return codes;
}

QString isoDate(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : u"-"_s;
}

// Describes a plan and its agencies line by line, by codes and numbers rather than by
// database ids, so that two copies compare equal when a user could not tell them apart.
QStringList describe(const Plan &plan, const AgencyDirectory &agencies)
{
    QStringList lines;
    for (const Agency &a : agencies.agencies()) {
        const Agency *parent = agencies.byId(a.parentId);
        lines << u"agency|%1|%2|%3|%4|%5|%6"_s.arg(a.code,
                                                   a.nameVi,
                                                   a.nameEn,
                                                   parent ? parent->code : QString(),
                                                   a.isGroup ? u"group"_s : u"unit"_s,
                                                   codesOf(a.memberIds, agencies).join(u','));
    }

    const Agency *issuer = agencies.byId(plan.issuerId);
    lines << u"plan|%1|%2|%3|%4|%5|%6|%7"_s.arg(plan.code,
                                                plan.titleVi,
                                                plan.titleEn,
                                                plan.number,
                                                isoDate(plan.issuedOn),
                                                issuer ? issuer->code : QString(),
                                                plan.resolution);
    for (const Section &s : plan.sections)
        lines << u"section|%1|%2|%3"_s.arg(s.label, s.titleVi, s.titleEn);

    for (const Task &t : plan.tasks) {
        const Section *section = plan.section(t.sectionId);
        const Task *parent = plan.task(t.parentId);
        const qsizetype sectionIndex = section ? section - plan.sections.constData() : -1;
        lines << u"task|%1|%2|%3|%4|%5|%6"_s.arg(t.stt,
                                                 QString::number(sectionIndex),
                                                 parent ? parent->stt : QString(),
                                                 QString::number(t.detail),
                                                 t.contentVi,
                                                 t.contentEn)
              << u"  who|%1|%2"_s.arg(codesOf(t.leadIds, agencies).join(u','),
                                      codesOf(t.coordinatingIds, agencies).join(u','))
              << u"  when|%1|%2|%3|%4"_s.arg(t.deadline.text,
                                             deadlineKindKey(t.deadline.kind),
                                             isoDate(t.deadline.start),
                                             isoDate(t.deadline.due));
        if (t.indicator)
            lines << u"  target|%1|%2|%3|%4|%5"_s.arg(unitKey(t.indicator->unit),
                                                      directionKey(t.indicator->direction),
                                                      QString::number(t.indicator->target),
                                                      isoDate(t.indicator->periodStart),
                                                      isoDate(t.indicator->periodEnd));
    }
    return lines;
}

QStringList describe(const PlanDocument &document)
{
    return describe(document.plan, AgencyDirectory(document.agencies));
}

// Reads and stores a plan file as plantrack-cli import does.
bool importJson(Database &database, const QByteArray &json, QStringList *errors)
{
    std::optional<PlanDocument> document = PlanJson::read(json, errors);
    if (!document)
        return false;
    QString error;
    if (PlanImporter(database).import(std::move(*document), &error) == 0) {
        errors->append(error);
        return false;
    }
    return true;
}

// Exports every plan of a workspace as a user would, to compare before and after.
QByteArray exportAll(Database &database)
{
    QString error;
    const std::optional<WorkspaceContent> content = Workspace::load(database, &error);
    if (!content)
        return "<not loaded: " + error.toUtf8() + '>';
    QByteArray all;
    for (const Plan &plan : content->plans)
        all += PlanJson::write(plan, content->agencies);
    return all + QByteArray::number(content->agencies.agencies().size());
}

} // namespace

class TestPlanJson final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void roundTripIsLossless();
    void writesOnlyWhatDiffersForSubTasks();
    void minimalFileIsEnough();
    void refusesDamagedFile_data();
    void refusesDamagedFile();
    void listsEveryProblem();
    void refusesPlanAlreadyThere();
    void refusesAgencyThatChangedKind();
    void failedWriteLeavesNothing();
    void acceptsNewPlan();

private:
    std::unique_ptr<Database> m_database;
};

void TestPlanJson::init()
{
    QString error;
    m_database = Database::openInMemory(&error);
    QVERIFY2(m_database, qPrintable(error));
    QStringList errors;
    QVERIFY2(importJson(*m_database, bundledJson(), &errors), qPrintable(errors.join(u'\n')));
}

void TestPlanJson::roundTripIsLossless()
{
    QStringList errors;
    const std::optional<PlanDocument> bundled = PlanJson::read(bundledJson(), &errors);
    QVERIFY2(bundled, qPrintable(errors.join(u'\n')));

    QString error;
    const std::optional<WorkspaceContent> stored = Workspace::load(*m_database, &error);
    QVERIFY2(stored, qPrintable(error));
    QCOMPARE(stored->plans.size(), 1);
    const Plan &plan = stored->plans.constFirst();
    QCOMPARE(describe(plan, stored->agencies), describe(*bundled));

    const QByteArray written = PlanJson::write(plan, stored->agencies);
    const std::optional<PlanDocument> reread = PlanJson::read(written, &errors);
    QVERIFY2(reread, qPrintable(errors.join(u'\n')));
    QVERIFY(errors.isEmpty());
    QCOMPARE(describe(*reread), describe(plan, stored->agencies));

    // The written file imports into a new workspace as the same plan, and writes the same.
    const std::unique_ptr<Database> other = Database::openInMemory(&error);
    QVERIFY2(other, qPrintable(error));
    QVERIFY2(importJson(*other, written, &errors), qPrintable(errors.join(u'\n')));
    QCOMPARE(exportAll(*other), exportAll(*m_database));
}

void TestPlanJson::writesOnlyWhatDiffersForSubTasks()
{
    QString error;
    const std::optional<WorkspaceContent> stored = Workspace::load(*m_database, &error);
    QVERIFY2(stored, qPrintable(error));
    const QJsonObject root =
        QJsonDocument::fromJson(PlanJson::write(stored->plans.constFirst(), stored->agencies))
            .object();
    QCOMPARE(root.value("format"_L1).toString(), u"plantrack-plan"_s);
    QCOMPARE(root.value("version"_L1).toInt(), 1);

    const QJsonObject row3 = root.value("plan"_L1)
                                 .toObject()
                                 .value("sections"_L1)
                                 .toArray()
                                 .at(1)
                                 .toObject()
                                 .value("tasks"_L1)
                                 .toArray()
                                 .at(1)
                                 .toObject();
    QCOMPARE(row3.value("stt"_L1).toString(), u"3"_s);
    const QJsonArray subtasks = row3.value("subtasks"_L1).toArray();
    QCOMPARE(subtasks.size(), 2);
    // A sub-task inherits lead, coordinating units and completion time from its row.
    QCOMPARE(subtasks.at(0).toObject().value("stt"_L1).toString(), u"3.1"_s);
    QVERIFY(!subtasks.at(0).toObject().contains("lead"_L1));
    QVERIFY(!subtasks.at(0).toObject().contains("deadline"_L1));
}

void TestPlanJson::minimalFileIsEnough()
{
    // Only what the format requires; no English, no kinds, no dates beyond the wording.
    const QByteArray json = R"({
        "format": "plantrack-plan", "version": 1,
        "agencies": [
            {"code": "SNV", "name_vi": "Sở Nội vụ"},
            {"code": "SCT", "name_vi": "Sở Công Thương"},
            {"code": "NHOM", "name_vi": "Nhóm", "group": true, "members": ["SNV", "SCT"]}
        ],
        "plan": {
            "code": "KH-MIN", "title_vi": "Kế hoạch tối thiểu",
            "sections": [{"label": "I", "title_vi": "Mục một", "tasks": [
                {"stt": "1", "content_vi": "Việc một", "lead": ["SCT"],
                 "deadline": {"text": "Quý II/2026"},
                 "subtasks": [{"stt": "1.1", "content_vi": "Việc con"}]},
                {"stt": "2", "content_vi": "Việc hai", "lead": ["NHOM"], "coordinating": ["SNV"],
                 "deadline": {"text": "Khi có yêu cầu", "kind": "ongoing"}}
            ]}]
        }
    })";

    QStringList errors;
    const std::optional<PlanDocument> document = PlanJson::read(json, &errors);
    QVERIFY2(document, qPrintable(errors.join(u'\n')));
    const Plan &plan = document->plan;
    QCOMPARE(plan.tasks.size(), 3);
    QCOMPARE(plan.tasks.at(0).deadline.kind, DeadlineKind::Quarter);
    QCOMPARE(plan.tasks.at(0).deadline.due, QDate(2026, 6, 30));
    QCOMPARE(plan.tasks.at(1).stt, u"1.1"_s);
    QCOMPARE(plan.tasks.at(1).deadline, plan.tasks.at(0).deadline);
    QCOMPARE(plan.tasks.at(1).leadIds, plan.tasks.at(0).leadIds);
    QCOMPARE(plan.tasks.at(2).deadline.text, u"Khi có yêu cầu"_s);
    QCOMPARE(plan.tasks.at(2).deadline.kind, DeadlineKind::Ongoing);

    const QByteArray before = exportAll(*m_database);
    QVERIFY2(importJson(*m_database, json, &errors), qPrintable(errors.join(u'\n')));
    QString error;
    const std::optional<WorkspaceContent> stored = Workspace::load(*m_database, &error);
    QVERIFY2(stored, qPrintable(error));
    QCOMPARE(stored->plans.size(), 2);
    // SNV was there already; SCT and the group are new.
    QCOMPARE(stored->agencies.agencies().size(),
             QJsonDocument::fromJson(bundledJson()).object().value("agencies"_L1).toArray().size()
                 + 2);
    QCOMPARE(
        describe(stored->plans.at(1), stored->agencies).mid(stored->agencies.agencies().size()),
        describe(*document).mid(document->agencies.size()));
    QVERIFY(exportAll(*m_database) != before);
}

void TestPlanJson::refusesDamagedFile_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("what");

    const QByteArray bundled = bundledJson();
    const auto renamed = [](QJsonObject &root) {
        QJsonObject plan = root.value("plan"_L1).toObject();
        plan.insert(u"code"_s, u"KH-OTHER"_s);
        root.insert(u"plan"_s, plan);
    };
    // Each file is the bundled plan under a new code (so that it could be imported) with
    // one mistake.
    const auto damaged = [&](const JsonEdit &edit) {
        return edited(bundled, [&](QJsonObject &root) {
            renamed(root);
            edit(root);
        });
    };

    QTest::newRow("truncated") << bundled.left(bundled.size() / 2) << u"file"_s
                               << u"not valid JSON"_s;
    QTest::newRow("empty") << QByteArray() << u"file"_s << u"not valid JSON"_s;
    QTest::newRow("not an object")
        << QByteArray("[1, 2, 3]") << u"file"_s << u"not a PlanTrack plan file"_s;
    QTest::newRow("wrong format marker")
        << damaged([](QJsonObject &root) { root.insert(u"format"_s, u"msproject"_s); }) << u"file"_s
        << u"not a PlanTrack plan file"_s;
    QTest::newRow("newer format version")
        << damaged([](QJsonObject &root) { root.insert(u"version"_s, 7); }) << u"version"_s
        << u"version 7"_s;
    QTest::newRow("unknown agency code")
        << damaged(onRow(u"5"_s,
                         [](QJsonObject &task) {
                             task.insert(u"coordinating"_s, QJsonArray{u"SKHCN"_s, u"SXYZ"_s});
                         }))
        << u"row 5 (plan.sections[1].tasks[3]).coordinating[1]"_s << u"“SXYZ”"_s;
    QTest::newRow("bad date") << damaged(
        onRow(u"1"_s,
              [](QJsonObject &task) {
                  task.insert(u"deadline"_s,
                              QJsonObject{{u"text"_s, u"Tháng 3/2026"_s},
                                          {u"kind"_s, u"month"_s},
                                          {u"due"_s, u"2026-02-30"_s}});
              })) << u"row 1 (plan.sections[0].tasks[0]).deadline.due"_s
                              << u"“2026-02-30”"_s;
    QTest::newRow("deadline not understood") << damaged(
        onRow(u"9"_s,
              [](QJsonObject &task) {
                  task.insert(u"deadline"_s, QJsonObject{{u"text"_s, u"Tháng 13/2026"_s}});
              })) << u"row 9 (plan.sections[1].tasks[7]).deadline.text"_s
                                             << u"“Tháng 13/2026”"_s;
    QTest::newRow("duplicate STT")
        << damaged(onRow(u"6"_s, [](QJsonObject &task) { task.insert(u"stt"_s, u"5"_s); }))
        << u"row 5 (plan.sections[1].tasks[4]).stt"_s << u"“5” is used twice"_s;
    QTest::newRow("missing lead") << damaged(
        onRow(u"12"_s, [](QJsonObject &task) { task.remove(u"lead"_s); }))
                                  << u"row 12 (plan.sections[2].tasks[0]).lead"_s << u"lead unit"_s;
    QTest::newRow("missing text") << damaged(
        onRow(u"14"_s, [](QJsonObject &task) { task.remove(u"content_vi"_s); }))
                                  << u"row 14 (plan.sections[2].tasks[2]).content_vi"_s
                                  << u"required"_s;
    QTest::newRow("bad indicator")
        << damaged(onRow(u"19"_s,
                         [](QJsonObject &task) {
                             QJsonObject indicator = task.value("indicator"_L1).toObject();
                             indicator.insert(u"target"_s, 170);
                             task.insert(u"indicator"_s, indicator);
                         }))
        << u"row 19 (plan.sections[3].tasks[4]).indicator.target"_s << u"100"_s;
}

void TestPlanJson::refusesDamagedFile()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, where);
    QFETCH(QString, what);

    QStringList errors;
    QVERIFY(!PlanJson::read(json, &errors));
    QVERIFY(!errors.isEmpty());
    const QString first = errors.constFirst();
    QVERIFY2(first.startsWith(where + u": "_s), qPrintable(first));
    QVERIFY2(first.contains(what), qPrintable(first));

    const QByteArray before = exportAll(*m_database);
    errors.clear();
    QVERIFY(!importJson(*m_database, json, &errors));
    QVERIFY(!errors.isEmpty());
    QCOMPARE(exportAll(*m_database), before);
}

void TestPlanJson::listsEveryProblem()
{
    const QByteArray json = edited(bundledJson(), [](QJsonObject &root) {
        onRow(u"2"_s, [](QJsonObject &task) { task.remove(u"lead"_s); })(root);
        onRow(u"7"_s,
              [](QJsonObject &task) { task.insert(u"lead"_s, QJsonArray{u"NOPE"_s}); })(root);
    });
    QStringList errors;
    QVERIFY(!PlanJson::read(json, &errors));
    QCOMPARE(errors.size(), 2);
    QVERIFY2(errors.at(0).startsWith(u"row 2 "_s), qPrintable(errors.at(0)));
    QVERIFY2(errors.at(1).startsWith(u"row 7 "_s), qPrintable(errors.at(1)));
}

void TestPlanJson::refusesPlanAlreadyThere()
{
    const QByteArray before = exportAll(*m_database);
    QStringList errors;
    QVERIFY(!importJson(*m_database, bundledJson(), &errors));
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.constFirst().contains(u"“KH-NQ92-2026”"_s), qPrintable(errors.constFirst()));
    QCOMPARE(exportAll(*m_database), before);
}

void TestPlanJson::refusesAgencyThatChangedKind()
{
    // In this file the Department of Home Affairs is a group; in the workspace it is not.
    const QByteArray json = edited(bundledJson(), [](QJsonObject &root) {
        QJsonObject plan = root.value("plan"_L1).toObject();
        plan.insert(u"code"_s, u"KH-OTHER"_s);
        root.insert(u"plan"_s, plan);
        QJsonArray agencies = root.value("agencies"_L1).toArray();
        for (qsizetype i = 0; i < agencies.size(); ++i) {
            QJsonObject agency = agencies.at(i).toObject();
            if (agency.value("code"_L1).toString() == "SNV"_L1) {
                agency.insert(u"group"_s, true);
                agencies.replace(i, agency);
            }
        }
        root.insert(u"agencies"_s, agencies);
    });

    const QByteArray before = exportAll(*m_database);
    QStringList errors;
    QVERIFY(!importJson(*m_database, json, &errors));
    QVERIFY2(errors.constFirst().contains(u"“SNV”"_s), qPrintable(errors.constFirst()));
    QCOMPARE(exportAll(*m_database), before);
}

void TestPlanJson::failedWriteLeavesNothing()
{
    // A document that passes every check of the reader but that the workspace refuses
    // half-way: the new agency, the plan and its first row are written before the second
    // row fails. None of it may stay.
    PlanDocument document;
    Agency agency;
    agency.id = 1;
    agency.code = u"SNNMT"_s;
    agency.nameVi = u"Sở Nông nghiệp và Môi trường"_s;
    document.agencies = {agency};

    Plan &plan = document.plan;
    plan.code = u"KH-HALF"_s;
    plan.titleVi = u"Kế hoạch dở dang"_s;
    plan.sections = {{1, u"I"_s, u"Mục một"_s, {}}};
    Task first;
    first.id = 1;
    first.sectionId = 1;
    first.stt = u"1"_s;
    first.contentVi = u"Việc một"_s;
    first.leadIds = {1};
    first.deadline = *parseDeadline(u"2026"_s);
    Task second = first;
    second.id = 2;
    second.stt = u"2"_s;
    second.contentVi = QString();
    plan.tasks = {first, second};

    const QByteArray before = exportAll(*m_database);
    QString error;
    QCOMPARE(PlanImporter(*m_database).import(document, &error), PlanId(0));
    QVERIFY(!error.isEmpty());
    QCOMPARE(exportAll(*m_database), before);

    // The same document with the second row fixed is stored whole.
    document.plan.tasks[1].contentVi = u"Việc hai"_s;
    QVERIFY2(PlanImporter(*m_database).import(document, &error) != 0, qPrintable(error));
    QVERIFY(exportAll(*m_database) != before);
}

void TestPlanJson::acceptsNewPlan()
{
    // The same file under another code is a valid import: the refusals above are not
    // refusals of everything.
    const QByteArray json = edited(bundledJson(), [](QJsonObject &root) {
        QJsonObject plan = root.value("plan"_L1).toObject();
        plan.insert(u"code"_s, u"KH-OTHER"_s);
        root.insert(u"plan"_s, plan);
    });
    const QByteArray before = exportAll(*m_database);
    QStringList errors;
    QVERIFY2(importJson(*m_database, json, &errors), qPrintable(errors.join(u'\n')));

    QString error;
    const std::optional<WorkspaceContent> stored = Workspace::load(*m_database, &error);
    QVERIFY2(stored, qPrintable(error));
    QCOMPARE(stored->plans.size(), 2);
    QCOMPARE(stored->plans.at(1).code, u"KH-OTHER"_s);
    // Agencies are matched by code, not added twice.
    QCOMPARE(stored->agencies.agencies().size(),
             QJsonDocument::fromJson(json).object().value("agencies"_L1).toArray().size());
    // The plan that was there is exported as before.
    QVERIFY(before.startsWith(PlanJson::write(stored->plans.at(0), stored->agencies)));
}

QTEST_GUILESS_MAIN(TestPlanJson)
#include "tst_planjson.moc"
