// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "roles.h"
#include "tasks/tasktreemodel.h"
#include "testworkspace.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace PlanTrack;

class TestTaskTreeModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void showsSectionsWithLabelsAsWritten();
    void listsRowsInPlanOrder();
    void nestsSubTasks_data();
    void nestsSubTasks();
    void joinsUnitNames();
    void showsCompletionTimeAsWritten_data();
    void showsCompletionTimeAsWritten();
    void explainsCompletionTime();
    void switchesToEnglish();

private:
    QModelIndex rowIndex(const QString &stt, int column) const;
    QString cell(const QString &stt, int column) const;

    std::unique_ptr<Test::TestWorkspace> m_workspace;
    std::unique_ptr<TaskTreeModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestTaskTreeModel::initTestCase()
{
    Test::isolateSettings();
}

void TestTaskTreeModel::init()
{
    m_workspace = std::make_unique<Test::TestWorkspace>();
    QVERIFY2(m_workspace->open(), qPrintable(m_workspace->error()));

    m_model = std::make_unique<TaskTreeModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->setPlan(m_workspace->plan(), m_workspace->agencies());
}

void TestTaskTreeModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_workspace.reset();
}

void TestTaskTreeModel::showsSectionsWithLabelsAsWritten()
{
    QCOMPARE(m_model->rowCount(), 4);

    QStringList labels;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, TaskTreeModel::SttColumn);
        QCOMPARE(ItemKind(index.data(ItemKindRole).toInt()), ItemKind::Section);
        const Section *section = m_model->section(index);
        QVERIFY(section);
        QVERIFY(index.data().toString().startsWith(section->label + ". "_L1));
        labels.append(section->label);
    }
    QCOMPARE(labels, (QStringList{u"I"_s, u"II"_s, u"III"_s, u"III"_s}));
}

void TestTaskTreeModel::listsRowsInPlanOrder()
{
    QStringList numbers;
    for (int s = 0; s < m_model->rowCount(); ++s) {
        const QModelIndex section = m_model->index(s, 0);
        for (int row = 0; row < m_model->rowCount(section); ++row)
            numbers.append(
                m_model->index(row, TaskTreeModel::SttColumn, section).data().toString());
    }

    QStringList expected;
    for (int n = 1; n <= 19; ++n)
        expected.append(QString::number(n));
    QCOMPARE(numbers, expected);
}

void TestTaskTreeModel::nestsSubTasks_data()
{
    QTest::addColumn<QString>("stt");
    QTest::addColumn<QStringList>("subTasks");

    QTest::newRow("row 1") << u"1"_s << QStringList();
    QTest::newRow("row 3") << u"3"_s << QStringList{u"3.1"_s, u"3.2"_s};
    QTest::newRow("row 8") << u"8"_s << QStringList{u"8.1"_s, u"8.2"_s};
    QTest::newRow("row 15") << u"15"_s << QStringList();
}

void TestTaskTreeModel::nestsSubTasks()
{
    QFETCH(QString, stt);
    QFETCH(QStringList, subTasks);

    const QModelIndex task = rowIndex(stt, TaskTreeModel::SttColumn);
    QVERIFY(task.isValid());
    QCOMPARE(ItemKind(task.data(ItemKindRole).toInt()), ItemKind::Task);

    QStringList found;
    for (int row = 0; row < m_model->rowCount(task); ++row) {
        const QModelIndex child = m_model->index(row, TaskTreeModel::SttColumn, task);
        QCOMPARE(ItemKind(child.data(ItemKindRole).toInt()), ItemKind::SubTask);
        found.append(child.data().toString());
    }
    QCOMPARE(found, subTasks);
}

void TestTaskTreeModel::joinsUnitNames()
{
    QCOMPARE(cell(u"1"_s, TaskTreeModel::LeadColumn), u"Sở Nội vụ"_s);
    QCOMPARE(cell(u"1"_s, TaskTreeModel::CoordinatingColumn),
             u"Sở Tài chính; Các cơ quan, đơn vị có liên quan"_s);

    // The tooltip of a group names its members.
    const QString tip =
        rowIndex(u"1"_s, TaskTreeModel::CoordinatingColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(u"Các cơ quan, đơn vị có liên quan (Văn phòng"_s), qPrintable(tip));
}

void TestTaskTreeModel::showsCompletionTimeAsWritten_data()
{
    QTest::addColumn<QString>("stt");
    QTest::addColumn<QString>("written");

    QTest::newRow("month") << u"1"_s << u"Tháng 3/2026"_s;
    QTest::newRow("ongoing") << u"2"_s << u"Thường xuyên"_s;
    QTest::newRow("every year") << u"4"_s << u"Hằng năm"_s;
    QTest::newRow("year range") << u"15"_s << u"2026 - 2030"_s;
}

void TestTaskTreeModel::showsCompletionTimeAsWritten()
{
    QFETCH(QString, stt);
    QFETCH(QString, written);

    QCOMPARE(cell(stt, TaskTreeModel::CompletionColumn), written);
}

void TestTaskTreeModel::explainsCompletionTime()
{
    const QModelIndex month = rowIndex(u"1"_s, TaskTreeModel::CompletionColumn);
    QCOMPARE(month.data(Qt::ToolTipRole).toString(), u"due 31/03/2026"_s);

    const QModelIndex range = rowIndex(u"15"_s, TaskTreeModel::CompletionColumn);
    QVERIFY(range.data(Qt::ToolTipRole).toString().contains(u"31/12/2030"_s));
}

void TestTaskTreeModel::switchesToEnglish()
{
    const Task *task = m_workspace->plan().taskByStt(u"1"_s);
    QVERIFY(task);
    QVERIFY2(!task->contentEn.isEmpty(), "the bundled plan has no English text for row 1");
    QCOMPARE(cell(u"1"_s, TaskTreeModel::TaskColumn), task->contentVi);

    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy headers(m_model.get(), &QAbstractItemModel::headerDataChanged);
    m_model->setEnglish(true);

    QVERIFY(!changed.isEmpty());
    QCOMPARE(headers.size(), 1);
    QCOMPARE(cell(u"1"_s, TaskTreeModel::TaskColumn), task->contentEn);
    QCOMPARE(cell(u"1"_s, TaskTreeModel::LeadColumn),
             m_workspace->agencies().byCode(u"SNV"_s)->name(true));
    QVERIFY(m_model->index(0, 0).data().toString().startsWith("I. "_L1));
    QCOMPARE(m_model->index(0, 0).data().toString(),
             m_workspace->plan().sections.constFirst().heading(true));
}

QModelIndex TestTaskTreeModel::rowIndex(const QString &stt, int column) const
{
    const QModelIndexList found = m_model->match(
        m_model->index(0, 0), Qt::DisplayRole, stt, 1, Qt::MatchExactly | Qt::MatchRecursive);
    return found.isEmpty() ? QModelIndex() : found.constFirst().siblingAtColumn(column);
}

QString TestTaskTreeModel::cell(const QString &stt, int column) const
{
    return rowIndex(stt, column).data().toString();
}

QTEST_MAIN(TestTaskTreeModel)
#include "tst_tasktreemodel.moc"
