// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "agencies/agencydock.h"
#include "agencies/agencytreemodel.h"
#include "mainwindow/mainwindow.h"
#include "roles.h"
#include "tasks/plantext.h"
#include "tasks/taskdetails.h"
#include "tasks/taskfiltermodel.h"
#include "tasks/tasktreemodel.h"
#include "tasks/tasktreeview.h"
#include "testworkspace.h"
#include "translations.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace PlanTrack;

class TestMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void showsThePlan();
    void filtersByTheSelectedAgency();
    void searchesWithoutDiacritics();
    void showsDetailsOfTheSelectedRow();
    void keepsTheWorkspaceWhenAFileIsRefused();
    void remembersTheWorkspaceAndLayout();
    void retranslatesLive();

private:
    int shownTaskCount() const;

    std::unique_ptr<Test::TestWorkspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestMainWindow::initTestCase()
{
    Test::isolateSettings();
    QSettings().clear();
    Translations::install(u"vi"_s);
}

void TestMainWindow::init()
{
    m_workspace = std::make_unique<Test::TestWorkspace>();
    m_window = std::make_unique<MainWindow>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_window->agencyDock()->view()->model(),
        QAbstractItemModelTester::FailureReportingMode::QtTest);

    QString error;
    QVERIFY2(m_window->openWorkspace(m_workspace->path(), &error), qPrintable(error));
    QVERIFY(m_workspace->open());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanup()
{
    m_tester.reset();
    m_window.reset();
    m_workspace.reset();
}

void TestMainWindow::showsThePlan()
{
    QCOMPARE(m_window->taskView()->model()->rowCount(), 4);
    QCOMPARE(shownTaskCount(), 19);
    QVERIFY(m_window->windowTitle().startsWith(m_workspace->plan().titleVi));
    QVERIFY(m_window->windowTitle().endsWith(u" — PlanTrack"_s));

    // Every row starts expanded, and a section heading spans the row.
    const QModelIndex section = m_window->taskView()->model()->index(1, 0);
    QVERIFY(m_window->taskView()->isExpanded(section));
    QVERIFY(m_window->taskView()->isFirstColumnSpanned(1, {}));

    const QString status = m_window->statusBar()->findChild<QLabel *>(u"rowCount"_s)->text();
    QVERIFY2(status.contains(u"19"_s), qPrintable(status));
}

void TestMainWindow::filtersByTheSelectedAgency()
{
    AgencyDock *dock = m_window->agencyDock();
    QTreeView *agencies = dock->view();
    const AgencyId snv = m_workspace->agencyId(u"SNV"_s);

    // Click the row of Sở Nội vụ in the agency tree.
    const QModelIndexList found = agencies->model()->match(agencies->model()->index(0, 0),
                                                           AgencyIdRole,
                                                           snv,
                                                           1,
                                                           Qt::MatchExactly | Qt::MatchRecursive);
    QCOMPARE(found.size(), 1);
    agencies->scrollTo(found.constFirst());
    QTest::mouseClick(agencies->viewport(),
                      Qt::LeftButton,
                      {},
                      agencies->visualRect(found.constFirst()).center());

    QCOMPARE(m_window->filterModel()->agencyId(), snv);
    QCOMPARE(shownTaskCount(), 19);

    dock->setRoleFilter(RoleFilter::LeadOnly);
    QCOMPARE(m_window->filterModel()->roleFilter(), RoleFilter::LeadOnly);
    QCOMPARE(shownTaskCount(), 11);
    QVERIFY(m_window->taskView()->isExpanded(m_window->taskView()->model()->index(0, 0)));

    dock->showAllAction()->trigger();
    QCOMPARE(m_window->filterModel()->agencyId(), 0);
    QCOMPARE(shownTaskCount(), 19);
    QVERIFY(agencies->selectionModel()->selectedRows().isEmpty());
}

void TestMainWindow::searchesWithoutDiacritics()
{
    auto *search = m_window->findChild<QLineEdit *>(u"taskSearch"_s);
    QVERIFY(search);

    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClicks(search, u"so noi vu"_s);

    QCOMPARE(m_window->filterModel()->searchText(), u"so noi vu"_s);
    QCOMPARE(shownTaskCount(), 7);
}

void TestMainWindow::showsDetailsOfTheSelectedRow()
{
    QAbstractItemModel *model = m_window->taskView()->model();
    const QModelIndex first = model->index(0, 0, model->index(0, 0));
    m_window->taskView()->setCurrentIndex(first);

    const QString details = m_window->details()->toPlainText();
    QVERIFY2(details.contains(u"Sở Nội vụ"_s), qPrintable(details));
    QVERIFY(details.contains(u"Tháng 3/2026"_s));
    QVERIFY(details.contains(u"31/03/2026"_s));
    QVERIFY(details.contains(u"Văn phòng"_s)); // members of the coordinating group

    const QModelIndexList target = model->match(
        model->index(0, 0), Qt::DisplayRole, u"15"_s, 1, Qt::MatchExactly | Qt::MatchRecursive);
    QCOMPARE(target.size(), 1);
    m_window->taskView()->setCurrentIndex(target.constFirst());
    const QString indicator = m_window->details()->toPlainText();
    // The target in the interface language: "tối thiểu 50 %" here, "at least 50%" in English.
    const Task *row15 = m_workspace->plan().taskByStt(u"15"_s);
    QVERIFY(row15 && row15->indicator);
    const QString targetText = PlanText::indicatorTarget(*row15->indicator);
    QVERIFY(targetText.contains(u"50"_s));
    QVERIFY2(indicator.contains(targetText), qPrintable(indicator));
    QVERIFY(indicator.contains(u"2026 - 2030"_s));
}

void TestMainWindow::keepsTheWorkspaceWhenAFileIsRefused()
{
    const QString notAWorkspace = m_workspace->folder() + "/notes.sqlite"_L1;
    QFile file(notAWorkspace);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("These are meeting notes, not a workspace.\n");
    file.close();

    QString error;
    QVERIFY(!m_window->openWorkspace(notAWorkspace, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(m_window->workspacePath(), QFileInfo(m_workspace->path()).absoluteFilePath());
    QCOMPARE(m_window->taskView()->model()->rowCount(), 4);

    QFile check(notAWorkspace);
    QVERIFY(check.open(QIODevice::ReadOnly));
    QCOMPARE(check.readAll(), QByteArray("These are meeting notes, not a workspace.\n"));
}

void TestMainWindow::remembersTheWorkspaceAndLayout()
{
    QCOMPARE(Workspace::lastUsedPath(), QFileInfo(m_workspace->path()).absoluteFilePath());

    m_window->taskView()->setColumnWidth(TaskTreeModel::LeadColumn, 321);
    m_window->close();

    MainWindow second;
    QCOMPARE(second.taskView()->columnWidth(TaskTreeModel::LeadColumn), 321);
}

void TestMainWindow::retranslatesLive()
{
    const Task *task = m_workspace->plan().taskByStt(u"1"_s);
    QVERIFY(task && !task->contentEn.isEmpty());

    Translations::install(u"en"_s);
    QTRY_VERIFY(m_window->taskModel()->isEnglish());
    QVERIFY(m_window->windowTitle().startsWith(m_workspace->plan().title(true)));

    const QModelIndexList found =
        m_window->taskView()->model()->match(m_window->taskView()->model()->index(0, 0),
                                             Qt::DisplayRole,
                                             u"1"_s,
                                             1,
                                             Qt::MatchExactly | Qt::MatchRecursive);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.constFirst().siblingAtColumn(TaskTreeModel::TaskColumn).data().toString(),
             task->contentEn);

    Translations::install(u"vi"_s);
    QTRY_VERIFY(!m_window->taskModel()->isEnglish());
}

int TestMainWindow::shownTaskCount() const
{
    const QAbstractItemModel *model = m_window->taskView()->model();
    int count = 0;
    for (int row = 0; row < model->rowCount(); ++row)
        count += model->rowCount(model->index(row, 0));
    return count;
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
