// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "agencies/agencychoicemodel.h"
#include "agencies/agencycommands.h"
#include "agencies/agencydialog.h"
#include "agencies/agencydock.h"
#include "agencies/agencyeditor.h"
#include "agencies/agencyfeatures.h"
#include "agencies/agencypicker.h"
#include "agencies/agencytreemodel.h"
#include "agencies/membersdialog.h"
#include "agencies/responsibilitydialog.h"
#include "mainwindow/mainwindow.h"
#include "roles.h"
#include "storage/database.h"
#include "tasks/taskfiltermodel.h"
#include "tasks/tasktreemodel.h"
#include "tasks/tasktreeview.h"
#include "testworkspace.h"
#include "translations.h"
#include "workspace/workspacesession.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QSettings>
#include <QTest>
#include <QTranslator>
#include <QTreeView>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace PlanTrack;

namespace {

/// Translates the texts of the agency features by marking them, as a language would.
class MarkingTranslator final : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        if (qstrcmp(context, "PlanTrack::AgencyFeatures") != 0)
            return {};
        return u"[vi] "_s + QString::fromUtf8(source);
    }

    bool isEmpty() const override { return false; }
};

} // namespace

class TestAgencyEditing final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void installsTheAgenciesMenu();
    void undoAndRedoRoundTripThroughTheFile_data();
    void undoAndRedoRoundTripThroughTheFile();
    void movesAndJoinsByDragAndDrop();
    void dropsAnAgencyOntoATaskRow();
    void keepsTheChosenAgencyAcrossEdits();
    void dialogsRefuseWithAReason();
    void choiceModelFindsWithoutMarks();

private:
    WorkspaceSession &session() const { return *m_window->session(); }

    AgencyId id(const QString &code) const;
    const Task &row(const QString &stt) const;
    /// Reads the workspace file through a connection of its own.
    QStringList stored() const;
    void dropOnto(QWidget *viewport, const QPoint &position, AgencyId agency, bool shift);

    std::unique_ptr<Test::TestWorkspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
};

void TestAgencyEditing::initTestCase()
{
    Test::isolateSettings();
    QSettings().clear();
    Translations::install(u"en"_s);
}

void TestAgencyEditing::init()
{
    m_workspace = std::make_unique<Test::TestWorkspace>();
    m_window = std::make_unique<MainWindow>();
    QString error;
    QVERIFY2(m_window->openWorkspace(m_workspace->path(), &error), qPrintable(error));
    installAgencyFeatures(*m_window);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestAgencyEditing::cleanup()
{
    m_window.reset();
    m_workspace.reset();
}

AgencyId TestAgencyEditing::id(const QString &code) const
{
    const Agency *agency = session().agencies().byCode(code);
    return agency ? agency->id : 0;
}

const Task &TestAgencyEditing::row(const QString &stt) const
{
    return *session().plans().constFirst().taskByStt(stt);
}

QStringList TestAgencyEditing::stored() const
{
    QString error;
    std::unique_ptr<Database> database = Database::open(m_workspace->path(), &error);
    const std::optional<WorkspaceContent> content =
        database ? Workspace::load(*database, &error) : std::nullopt;
    if (!content)
        return {error};

    QStringList lines;
    const AgencyDirectory &agencies = content->agencies;
    for (const Agency &a : agencies.agencies())
        lines.append(u"%1 %2 %3 parent:%4 members:%5 retired:%6"_s.arg(
            a.code,
            a.nameVi,
            a.nameEn,
            agencies.byId(a.parentId) ? agencies.byId(a.parentId)->code : QString(),
            agencies.joinedNames(a.memberIds),
            a.retiredOn.toString(Qt::ISODate)));
    for (const Task &task : content->plans.constFirst().tasks)
        lines.append(task.stt + u": "_s + agencies.joinedNames(task.leadIds) + u" / "_s
                     + agencies.joinedNames(task.coordinatingIds));
    return lines;
}

void TestAgencyEditing::installsTheAgenciesMenu()
{
    QMenu *menu = m_window->featureMenu(u"agencies"_s);
    QCOMPARE(menu->title(), u"&Agencies"_s);
    QStringList texts;
    for (QAction *action : menu->actions())
        texts.append(action->text());
    QVERIFY(texts.contains(u"New &Agency…"_s));
    QVERIFY(texts.contains(u"Merge &Into…"_s));
    QVERIFY(texts.contains(u"Responsibility &Matrix"_s));
    QVERIFY(texts.contains(u"Agency &Overview"_s));

    // Installing again adds nothing.
    const qsizetype count = menu->actions().size();
    installAgencyFeatures(*m_window);
    QCOMPARE(menu->actions().size(), count);

    // The menu follows the language.
    MarkingTranslator marking;
    QCoreApplication::installTranslator(&marking);
    QTRY_COMPARE(menu->title(), u"[vi] &Agencies"_s);
    QCoreApplication::removeTranslator(&marking);
    QTRY_COMPARE(menu->title(), u"&Agencies"_s);
}

void TestAgencyEditing::undoAndRedoRoundTripThroughTheFile_data()
{
    QTest::addColumn<QString>("edit");

    QTest::newRow("add") << u"add"_s;
    QTest::newRow("edit") << u"edit"_s;
    QTest::newRow("members") << u"members"_s;
    QTest::newRow("merge") << u"merge"_s;
    QTest::newRow("retire") << u"retire"_s;
    QTest::newRow("units") << u"units"_s;
}

void TestAgencyEditing::undoAndRedoRoundTripThroughTheFile()
{
    QFETCH(QString, edit);

    const QStringList before = stored();
    QString error;
    std::unique_ptr<QUndoCommand> command;
    if (edit == "add"_L1) {
        Agency ward;
        ward.code = u"PBADINH"_s;
        ward.nameVi = u"UBND phường Ba Đình"_s;
        ward.parentId = id(u"XAPHUONG"_s);
        command = AgencyCommands::add(session(), ward, {id(u"XAPHUONG"_s)}, &error);
    } else if (edit == "edit"_L1) {
        Agency changed = *session().agencies().byCode(u"SDL"_s);
        changed.code = u"SDLHN"_s;
        changed.nameEn = u"Hanoi Department of Tourism"_s;
        command = AgencyCommands::edit(session(), changed, &error);
    } else if (edit == "members"_L1) {
        command = AgencyCommands::setMembers(
            session(), id(u"CQDVNTN"_s), {id(u"SNV"_s), id(u"SYT"_s), id(u"XAPHUONG"_s)}, &error);
    } else if (edit == "merge"_L1) {
        command = AgencyCommands::merge(
            session(), id(u"SKHCN"_s), id(u"STC"_s), QDate(2026, 7, 1), &error);
    } else if (edit == "retire"_L1) {
        command = AgencyCommands::retire(session(), id(u"SDL"_s), QDate(2026, 7, 1), &error);
    } else if (edit == "units"_L1) {
        command = AgencyCommands::setResponsibilities(
            session(), row(u"8"_s).id, {id(u"SXD"_s), id(u"SQHKT"_s)}, {id(u"STC"_s)}, &error);
    }
    QVERIFY2(command, qPrintable(error));
    m_window->undoStack()->push(command.release());

    const QStringList after = stored();
    QVERIFY(after != before);
    m_window->undoStack()->undo();
    QCOMPARE(stored(), before);
    m_window->undoStack()->redo();
    QCOMPARE(stored(), after);
    m_window->undoStack()->undo();
    QCOMPARE(stored(), before);
    QCOMPARE(m_window->undoStack()->count(), 1);
}

void TestAgencyEditing::movesAndJoinsByDragAndDrop()
{
    AgencyDock *dock = m_window->agencyDock();
    AgencyTreeModel *model = dock->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    // Sở Du lịch dropped onto Sở Văn hóa và Thể thao goes under it.
    std::unique_ptr<QMimeData> data(model->mimeData({model->indexOf(id(u"SDL"_s))}));
    QVERIFY(data);
    QCOMPARE(AgencyTreeModel::agencyOf(data.get()), id(u"SDL"_s));
    QVERIFY(
        !model->dropMimeData(data.get(), Qt::CopyAction, -1, 0, model->indexOf(id(u"SVHTT"_s))));
    QTRY_COMPARE(session().agencies().byCode(u"SDL"_s)->parentId, id(u"SVHTT"_s));
    QVERIFY(model->indexOf(id(u"SDL"_s)).parent() == model->indexOf(id(u"SVHTT"_s)));

    // Dropped onto a group, it joins the group.
    data.reset(model->mimeData({model->indexOf(id(u"SDL"_s))}));
    model->dropMimeData(data.get(), Qt::CopyAction, -1, 0, model->indexOf(id(u"XAPHUONG"_s)));
    QTRY_VERIFY(session().agencies().byCode(u"XAPHUONG"_s)->memberIds.contains(id(u"SDL"_s)));

    // Both are steps of the undo stack.
    QCOMPARE(m_window->undoStack()->count(), 2);
    m_window->undoStack()->undo();
    m_window->undoStack()->undo();
    QVERIFY(session().agencies().byCode(u"XAPHUONG"_s)->memberIds.isEmpty());
    QCOMPARE(session().agencies().byCode(u"SDL"_s)->parentId, id(u"UBNDTP"_s));

    // The committee cannot go under one of its own departments.
    data.reset(model->mimeData({model->indexOf(id(u"UBNDTP"_s))}));
    QVERIFY(!model->canDropMimeData(
        data.get(), Qt::CopyAction, -1, 0, model->indexOf(id(u"UBNDTP"_s))));
}

void TestAgencyEditing::dropOnto(QWidget *viewport,
                                 const QPoint &position,
                                 AgencyId agency,
                                 bool shift)
{
    QMimeData data;
    data.setData(AgencyTreeModel::mimeType(), QByteArray::number(agency));
    const Qt::KeyboardModifiers modifiers = shift ? Qt::ShiftModifier : Qt::NoModifier;
    // Qt delivers moves and drops to the widget that accepted the drag on entering.
    QDragEnterEvent enter(position, Qt::CopyAction, &data, Qt::LeftButton, modifiers);
    QApplication::sendEvent(viewport, &enter);
    QVERIFY(enter.isAccepted());
    QDragMoveEvent move(position, Qt::CopyAction, &data, Qt::LeftButton, modifiers);
    QApplication::sendEvent(viewport, &move);
    QVERIFY(move.isAccepted());
    QDropEvent drop(position, Qt::CopyAction, &data, Qt::LeftButton, modifiers);
    QApplication::sendEvent(viewport, &drop);
    QVERIFY(drop.isAccepted());
}

void TestAgencyEditing::dropsAnAgencyOntoATaskRow()
{
    TaskTreeView *view = m_window->taskView();
    const auto centreOf = [&](const QString &stt) {
        const QModelIndex source = m_window->taskModel()->indexOf(row(stt).id);
        const QModelIndex shown = m_window->filterModel()->mapFromSource(source);
        view->scrollTo(shown);
        return view->visualRect(shown).center();
    };

    // Dropped onto row 9, Sở Nội vụ becomes a coordinating unit; with Shift, a lead unit.
    dropOnto(view->viewport(), centreOf(u"9"_s), id(u"SNV"_s), false);
    QTRY_VERIFY(row(u"9"_s).coordinatingIds.contains(id(u"SNV"_s)));
    dropOnto(view->viewport(), centreOf(u"10"_s), id(u"SNV"_s), true);
    QTRY_VERIFY(row(u"10"_s).leadIds.contains(id(u"SNV"_s)));
    QCOMPARE(row(u"10"_s).leadIds.constFirst(), id(u"SGDDT"_s));

    const QStringList lines = stored();
    QVERIFY(lines.contains(u"9: Sở Y tế / Các cơ quan, đơn vị có liên quan; Sở Nội vụ"_s));
    m_window->undoStack()->undo();
    m_window->undoStack()->undo();
    QVERIFY(!row(u"9"_s).coordinatingIds.contains(id(u"SNV"_s)));
    QVERIFY(!row(u"10"_s).leadIds.contains(id(u"SNV"_s)));
}

void TestAgencyEditing::keepsTheChosenAgencyAcrossEdits()
{
    AgencyDock *dock = m_window->agencyDock();
    dock->setAgencyId(id(u"SYT"_s));
    QCOMPARE(m_window->filterModel()->agencyId(), id(u"SYT"_s));

    Agency changed = *session().agencies().byCode(u"SYT"_s);
    changed.nameEn = u"Hanoi Department of Health"_s;
    QString error;
    std::unique_ptr<QUndoCommand> command = AgencyCommands::edit(session(), changed, &error);
    QVERIFY2(command, qPrintable(error));
    m_window->undoStack()->push(command.release());

    QCOMPARE(dock->agencyId(), id(u"SYT"_s));
    QCOMPARE(m_window->filterModel()->agencyId(), id(u"SYT"_s));
    QCOMPARE(dock->view()->currentIndex().data(AgencyIdRole).value<AgencyId>(), id(u"SYT"_s));
}

void TestAgencyEditing::dialogsRefuseWithAReason()
{
    AgencyDialog add(AgencyDialog::Mode::NewAgency, session().agencies(), true, m_window.get());
    add.setCheck([this](const Agency &agency, const QList<AgencyId> &groups) {
        return AgencyEditor(session()).checkAdd(agency, groups);
    });
    add.findChild<QLineEdit *>(u"nameVi"_s)->setText(u"Sở Ngoại vụ"_s);
    add.findChild<QLineEdit *>(u"code"_s)->setText(u"SNV"_s);
    add.accept();
    QCOMPARE(add.result(), int(QDialog::Rejected));
    QLabel *problem = add.findChild<QLabel *>(u"problem"_s);
    QVERIFY(!problem->isHidden());
    QVERIFY(problem->text().contains(u"SNV"_s));

    // Typing a name proposes its initials as the code.
    AgencyDialog fresh(AgencyDialog::Mode::NewAgency, session().agencies(), true, m_window.get());
    QTest::keyClicks(fresh.findChild<QLineEdit *>(u"nameVi"_s), u"So Ngoai vu"_s);
    QCOMPARE(fresh.findChild<QLineEdit *>(u"code"_s)->text(), u"SNV"_s);

    ResponsibilityDialog units(row(u"9"_s), session().agencies(), true, m_window.get());
    const TaskId row9 = row(u"9"_s).id;
    units.setCheck([this, row9](const QList<AgencyId> &leads, const QList<AgencyId> &others) {
        return AgencyEditor(session()).checkResponsibilities(row9, leads, others);
    });
    QCOMPARE(units.leadIds(), QList<AgencyId>{id(u"SYT"_s)});
    units.picker()->model()->setChosen(0, {});
    units.accept();
    QCOMPARE(units.result(), int(QDialog::Rejected));
    QVERIFY(units.findChild<QLabel *>(u"problem"_s)->text().contains(u"lead"_s));

    const Agency communes = *session().agencies().byCode(u"XAPHUONG"_s);
    MembersDialog members(communes, session().agencies(), true, m_window.get());
    members.setCheck([this, group = communes.id](const QList<AgencyId> &ids) {
        return AgencyEditor(session()).checkMembers(group, ids);
    });
    members.picker()->model()->setChosen(0, {id(u"CQDV"_s)});
    members.accept();
    QCOMPARE(members.result(), int(QDialog::Rejected));
    QVERIFY(members.findChild<QLabel *>(u"problem"_s)->text().contains(u"loop"_s));
}

void TestAgencyEditing::choiceModelFindsWithoutMarks()
{
    AgencyPicker picker({u"Lead"_s, u"Coordinating"_s}, session().agencies(), false);
    QAbstractItemModelTester tester(picker.view()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    AgencyChoiceModel *model = picker.model();

    // Ticking a unit as lead takes it out of the coordinating units.
    model->setChosen(1, {id(u"SNV"_s), id(u"STC"_s)});
    const QModelIndex snv = model->indexOf(id(u"SNV"_s));
    QVERIFY(model->setData(snv.siblingAtColumn(AgencyChoiceModel::FirstChoiceColumn),
                           Qt::Checked,
                           Qt::CheckStateRole));
    QCOMPARE(model->chosen(0), QList<AgencyId>{id(u"SNV"_s)});
    QCOMPARE(model->chosen(1), QList<AgencyId>{id(u"STC"_s)});

    picker.searchField()->setText(u"so noi vu"_s);
    QAbstractItemModel *shown = picker.view()->model();
    QStringList found;
    QList<QModelIndex> pending{QModelIndex()};
    while (!pending.isEmpty()) {
        const QModelIndex parent = pending.takeLast();
        for (int r = 0; r < shown->rowCount(parent); ++r) {
            const QModelIndex index = shown->index(r, 0, parent);
            found.append(index.data(AgencyIdRole).value<AgencyId>() == id(u"SNV"_s)
                             ? u"SNV"_s
                             : index.data().toString());
            pending.append(index);
        }
    }
    QVERIFY(found.contains(u"SNV"_s));
    QVERIFY(found.size() <= 2);
}

QTEST_MAIN(TestAgencyEditing)
#include "tst_agencyediting.moc"
