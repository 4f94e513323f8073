// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow/mainwindow.h"
#include "progress/progresscommands.h"
#include "progress/progressimport.h"
#include "progress/progresspanel.h"
#include "roles.h"
#include "tasks/tasktreemodel.h"
#include "testworkspace.h"
#include "translations.h"
#include "workspace/workspacesession.h"

#include <QAbstractItemModelTester>
#include <QDateEdit>
#include <QLabel>
#include <QSettings>
#include <QStatusBar>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace PlanTrack;

class TestProgressEditing final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void showsStatusAsOfTheChosenDate();
    void undoesAndRedoesThroughTheDatabase();
    void undoesADeadlineChange();
    void importsATableAsOneStep();
    void refusesAHalfValidTable();
    void countsWhatTheFilterShows();
    void offersTheUsualCutoffDays();

private:
    QString statusOf(const QString &stt) const;
    const Task &row(const QString &stt) const;
    AgencyId agency(const QString &code) const;
    int storedUpdates() const;

    std::unique_ptr<Test::TestWorkspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestProgressEditing::initTestCase()
{
    Test::isolateSettings();
    QSettings().clear();
    Translations::install(u"en"_s);
}

void TestProgressEditing::init()
{
    m_workspace = std::make_unique<Test::TestWorkspace>();
    m_window = std::make_unique<MainWindow>();
    QString error;
    QVERIFY2(m_window->openWorkspace(m_workspace->path(), &error), qPrintable(error));
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_window->taskModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_window->setAsOf(QDate(2026, 5, 1));
}

void TestProgressEditing::cleanup()
{
    m_tester.reset();
    m_window.reset();
    m_workspace.reset();
}

QString TestProgressEditing::statusOf(const QString &stt) const
{
    const TaskTreeModel *model = m_window->taskModel();
    const QModelIndex index = model->indexOf(row(stt).id, TaskTreeModel::StatusColumn);
    return statusKey(Status(index.data(StatusRole).toInt()));
}

const Task &TestProgressEditing::row(const QString &stt) const
{
    const Task *task = m_window->session()->plans().constFirst().taskByStt(stt);
    Q_ASSERT(task);
    return *task;
}

AgencyId TestProgressEditing::agency(const QString &code) const
{
    return m_window->session()->agencies().byCode(code)->id;
}

int TestProgressEditing::storedUpdates() const
{
    // Read the file again through a second connection: what a user reopening it would see.
    QString error;
    const std::unique_ptr<WorkspaceSession> other =
        WorkspaceSession::open(m_window->workspacePath(), &error);
    return other ? int(other->progress().size()) : -1;
}

void TestProgressEditing::showsStatusAsOfTheChosenDate()
{
    QCOMPARE(statusOf(u"1"_s), u"overdue"_s);
    const QModelIndex cell =
        m_window->taskModel()->indexOf(row(u"1"_s).id, TaskTreeModel::StatusColumn);
    QCOMPARE(cell.data().toString(), u"overdue"_s);
    QVERIFY(!cell.data(Qt::DecorationRole).value<QIcon>().isNull());

    m_window->findChild<QDateEdit *>(u"asOfDate"_s)->setDate(QDate(2026, 3, 1));
    QCOMPARE(statusOf(u"1"_s), u"not_due"_s);
    QVERIFY(m_window->taskModel()
                ->headerData(TaskTreeModel::StatusColumn, Qt::Horizontal)
                .toString()
                .contains(u"01/03/2026"_s));
}

void TestProgressEditing::undoesAndRedoesThroughTheDatabase()
{
    ProgressUpdate update;
    update.taskId = row(u"1"_s).id;
    update.agencyId = agency(u"SNV"_s);
    update.reportedOn = QDate(2026, 3, 20);
    update.state = ProgressState::Completed;
    update.completedOn = QDate(2026, 3, 20);
    update.result = u"Đã ban hành Quyết định"_s;

    QString error;
    std::unique_ptr<QUndoCommand> command =
        ProgressCommands::addUpdates(*m_window->session(), {update}, &error);
    QVERIFY2(command, qPrintable(error));
    m_window->undoStack()->push(command.release());
    QCOMPARE(statusOf(u"1"_s), u"completed_on_time"_s);
    QCOMPARE(storedUpdates(), 1);

    m_window->undoStack()->undo();
    QCOMPARE(statusOf(u"1"_s), u"overdue"_s);
    QCOMPARE(storedUpdates(), 0);

    m_window->undoStack()->redo();
    QCOMPARE(statusOf(u"1"_s), u"completed_on_time"_s);
    QCOMPARE(storedUpdates(), 1);

    // Editing the completion date makes it late; undo restores the earlier text and date.
    const std::optional<QList<ProgressUpdate>> stored =
        m_window->session()->updatesOf(row(u"1"_s).id, &error);
    ProgressUpdate late = stored->constFirst();
    late.reportedOn = QDate(2026, 4, 2);
    late.completedOn = QDate(2026, 4, 2);
    command = ProgressCommands::editUpdate(*m_window->session(), late, &error);
    QVERIFY2(command, qPrintable(error));
    m_window->undoStack()->push(command.release());
    QCOMPARE(statusOf(u"1"_s), u"completed_late"_s);
    m_window->undoStack()->undo();
    QCOMPARE(statusOf(u"1"_s), u"completed_on_time"_s);
    QCOMPARE(m_window->session()->updatesOf(row(u"1"_s).id, &error)->constFirst().result,
             update.result);

    // The change log keeps every step, the undone ones too.
    const auto history = m_window->session()->historyOf(row(u"1"_s).id, &error);
    QCOMPARE(history->size(), 5);
}

void TestProgressEditing::undoesADeadlineChange()
{
    DeadlineChange change;
    change.taskId = row(u"1"_s).id;
    change.deadline = *parseDeadline(u"Tháng 6/2026"_s);
    change.effectiveOn = QDate(2026, 3, 25);
    change.reason = u"Chờ hướng dẫn của Bộ Nội vụ"_s;
    change.documentNumber = u"45/QĐ-UBND"_s;
    change.documentDate = QDate(2026, 3, 25);

    QString error;
    std::unique_ptr<QUndoCommand> command =
        ProgressCommands::changeDeadline(*m_window->session(), change, &error);
    QVERIFY2(command, qPrintable(error));
    m_window->undoStack()->push(command.release());
    QCOMPARE(statusOf(u"1"_s), u"not_due"_s);
    QCOMPARE(
        m_window->taskModel()->indexOf(row(u"1"_s).id).data(DeadlineRole).value<Deadline>().text,
        u"Tháng 6/2026"_s);

    m_window->undoStack()->undo();
    QCOMPARE(statusOf(u"1"_s), u"overdue"_s);
    QVERIFY(m_window->session()->deadlineChangesOf(row(u"1"_s).id).isEmpty());
    m_window->undoStack()->redo();
    QCOMPARE(statusOf(u"1"_s), u"not_due"_s);
}

void TestProgressEditing::importsATableAsOneStep()
{
    const QString path = m_workspace->folder() + u"/updates.csv"_s;
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("stt,agency,date,state,completed_on,percent,result,difficulties,evidence\n"
               "9,SYT,2026-04-20,completed,,,,,\n"
               "10,Sở Giáo dục và Đào tạo,2026-04-25,in_progress,,60,,,\n");
    file.close();

    QStringList problems;
    QVERIFY2(
        ProgressImport::importFile(
            path, *m_window->session(), *m_window->undoStack(), m_window->planCode(), &problems),
        qPrintable(problems.join(u'\n')));
    QCOMPARE(statusOf(u"9"_s), u"completed_on_time"_s);
    QCOMPARE(statusOf(u"10"_s), u"overdue"_s);
    QCOMPARE(m_window->undoStack()->count(), 1);

    m_window->undoStack()->undo();
    QCOMPARE(statusOf(u"9"_s), u"overdue"_s);
    QCOMPARE(storedUpdates(), 0);
}

void TestProgressEditing::refusesAHalfValidTable()
{
    const QString path = m_workspace->folder() + u"/updates.csv"_s;
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("stt,agency,date,state\n9,SYT,2026-04-20,completed\n10,SGDDT,20/13/2026,done\n");
    file.close();

    QStringList problems;
    QVERIFY(!ProgressImport::importFile(
        path, *m_window->session(), *m_window->undoStack(), m_window->planCode(), &problems));
    QCOMPARE(problems.size(), 2);
    QVERIFY(problems.at(0).startsWith(u"row 3, column date"_s));
    QCOMPARE(m_window->undoStack()->count(), 0);
    QCOMPARE(statusOf(u"9"_s), u"overdue"_s);
    QCOMPARE(storedUpdates(), 0);
}

void TestProgressEditing::countsWhatTheFilterShows()
{
    const QString counts = m_window->statusBar()->findChild<QLabel *>(u"statusCounts"_s)->text();
    QVERIFY2(counts.contains(u"overdue: 4"_s), qPrintable(counts));
    QVERIFY2(counts.contains(u"not reported: 10"_s), qPrintable(counts));
}

void TestProgressEditing::offersTheUsualCutoffDays()
{
    const QDate today = QDate::currentDate();
    const auto choose = [this](int preset) {
        QAction *action = m_window->findChild<QAction *>(u"asOfPreset%1"_s.arg(preset));
        Q_ASSERT(action);
        action->trigger();
        return m_window->asOf();
    };

    // In the order of the menu: the reporting cut-off, then the ends of the last month,
    // quarter, half-year and year before today.
    const QDate cutoff = choose(0);
    QVERIFY(cutoff <= today);
    QCOMPARE(cutoff, m_window->session()->rules().lastClosedPeriod(today)->last);
    QCOMPARE(choose(1), QDate(today.year(), today.month(), 1).addDays(-1));
    const QDate quarter = choose(2);
    QCOMPARE(quarter.addDays(1).day(), 1);
    QCOMPARE((quarter.addDays(1).month() - 1) % 3, 0);
    QVERIFY(quarter < today && quarter.daysTo(today) <= 92);
    const QDate half = choose(3);
    QVERIFY(half == QDate(today.year() - 1, 12, 31) || half == QDate(today.year(), 6, 30));
    QCOMPARE(choose(4), QDate(today.year() - 1, 12, 31));

    // The statuses follow the day chosen.
    QCOMPARE(m_window->taskModel()->asOf(), QDate(today.year() - 1, 12, 31));
}

QTEST_MAIN(TestProgressEditing)
#include "tst_progressediting.moc"
