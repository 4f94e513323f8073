// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gantt/ganttitem.h"
#include "gantt/ganttpainter.h"
#include "gantt/ganttview.h"
#include "roles.h"
#include "status/statusstyle.h"
#include "tasks/taskfiltermodel.h"
#include "tasks/tasktreemodel.h"
#include "tasks/tasktreeview.h"
#include "testworkspace.h"
#include "translations.h"
#include "workspace/workspacesession.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>
#include <QToolBar>
#include <QToolTip>
#include <QWidgetAction>

using namespace Qt::StringLiterals;
using namespace PlanTrack;

namespace {

const QDate asOf(2026, 4, 15);
const QDate today(2026, 5, 4);

// Colours are compared by name: one made from floating-point parts never equals a pixel's.
QString pixel(QWidget *viewport, QPoint point)
{
    return viewport->grab().toImage().pixelColor(point).name();
}

QString pixel(const QImage &image, QPoint point)
{
    return image.pixelColor(point).name();
}

} // namespace

class TestGanttView final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void linesRowsUpWithTree();
    void followsScrollingExpansionSortingAndFiltering();
    void paintsDueDayInStatusColour();
    void marksEachYearlyOccurrence();
    void fillsOccurrenceTheStatusJudges();
    void drawsTodayAndAsOfLines();
    void drawsProgressInsideBar();
    void movesSharedCurrentRowWithKeys();
    void scrollsAndZoomsWithKeysAndWheel();
    void offersZoomActions();
    void activatesOnDoubleClick();
    void explainsRowInToolTip();
    void retranslatesLive();

private:
    QModelIndex row(const QString &stt) const;
    void verifyAligned() const;
    Status statusOf(const QModelIndex &index) const;

    std::unique_ptr<WorkspaceSession> m_session;
    std::unique_ptr<TaskTreeModel> m_model;
    std::unique_ptr<TaskFilterModel> m_filter;
    std::unique_ptr<QAbstractItemModelTester> m_modelTester;
    std::unique_ptr<QAbstractItemModelTester> m_filterTester;
    std::unique_ptr<QWidget> m_window;
    TaskTreeView *m_tree = nullptr;
    GanttView *m_gantt = nullptr;
};

void TestGanttView::initTestCase()
{
    Test::isolateSettings();
    Translations::install(u"en"_s);
    QString error;
    m_session = WorkspaceSession::openInMemory(&error);
    QVERIFY2(m_session, qPrintable(error));
}

void TestGanttView::init()
{
    m_model = std::make_unique<TaskTreeModel>();
    m_modelTester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->setPlan(m_session->plans().constFirst(), m_session->agencies());
    m_model->setStatuses(m_session->statusAsOf(asOf));
    m_filter = std::make_unique<TaskFilterModel>();
    m_filter->setSourceModel(m_model.get());
    m_filterTester = std::make_unique<QAbstractItemModelTester>(
        m_filter.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);

    m_window = std::make_unique<QWidget>();
    auto *layout = new QHBoxLayout(m_window.get());
    m_tree = new TaskTreeView;
    m_tree->setModel(m_filter.get());
    m_tree->resetColumnWidths();
    // Beside the timeline the tree keeps its number, text, completion time and status.
    m_tree->hideColumn(TaskTreeModel::LeadColumn);
    m_tree->hideColumn(TaskTreeModel::CoordinatingColumn);
    m_gantt = new GanttView;
    m_gantt->setTreeView(m_tree);
    m_gantt->setRules(m_session->rules());
    m_gantt->setAsOf(asOf);
    m_gantt->setToday(today);
    layout->addWidget(m_tree, 3);
    layout->addWidget(m_gantt, 2);
    m_window->resize(1366, 768);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestGanttView::cleanup()
{
    m_window.reset();
    m_filterTester.reset();
    m_filter.reset();
    m_modelTester.reset();
    m_model.reset();
    Translations::install(u"en"_s);
}

QModelIndex TestGanttView::row(const QString &stt) const
{
    for (const QModelIndex &index : m_gantt->rowsShown()) {
        if (index.siblingAtColumn(TaskTreeModel::SttColumn).data().toString() == stt)
            return index;
    }
    return {};
}

void TestGanttView::verifyAligned() const
{
    const QList<QModelIndex> rows = m_gantt->rowsShown();
    QVERIFY(!rows.isEmpty());
    QCOMPARE(m_tree->viewport()->mapToGlobal(QPoint()).y(),
             m_gantt->viewport()->mapToGlobal(QPoint()).y());
    QCOMPARE(m_tree->viewport()->height(), m_gantt->viewport()->height());

    QModelIndex expected = m_filter->index(0, 0);
    for (const QModelIndex &index : rows) {
        QCOMPARE(index, expected);
        expected = m_tree->indexBelow(index);
    }
    QVERIFY(!expected.isValid());

    // The timeline draws a line under each row: it must fall on the tree's row edges. Look
    // in the middle of a month, away from the grid, the today and the as-of lines.
    const QImage image = m_gantt->viewport()->grab().toImage();
    const TimeAxis &axis = m_gantt->axis();
    const int offset = m_gantt->horizontalScrollBar()->value();
    QDate day = axis.dateAt(offset + m_gantt->fontMetrics().height() * 4);
    day = QDate(day.year(), day.month(), 1).addMonths(1).addDays(13);
    const int x = int(axis.centerX(day)) - offset;
    QVERIFY(x > 0 && x < image.width());
    QVERIFY(std::abs(x - (int(axis.centerX(asOf)) - offset)) > 3);
    QVERIFY(std::abs(x - (int(axis.centerX(today)) - offset)) > 3);

    const QColor grid = GanttStyle::forWidget(*m_gantt).grid;
    int checked = 0;
    for (const QModelIndex &index : rows) {
        const QRect tree = m_tree->visualRect(index);
        const int bottom = tree.bottom();
        if (tree.top() < 0 || bottom >= image.height())
            continue;
        QCOMPARE(pixel(image, {x, bottom}), grid.name());
        QVERIFY(pixel(image, {x, bottom - 1}) != grid.name());
        ++checked;
    }
    QVERIFY(checked > 3);
}

Status TestGanttView::statusOf(const QModelIndex &index) const
{
    return Status(index.data(StatusRole).toInt());
}

void TestGanttView::linesRowsUpWithTree()
{
    // 4 sections, 19 rows and the 4 sub-tasks of rows 3 and 8.
    QCOMPARE(m_gantt->rowsShown().size(), 27);
    QCOMPARE(m_gantt->model(), m_filter.get());
    QCOMPARE(m_gantt->selectionModel(), m_tree->selectionModel());

    // Wrapped texts make rows of different heights; the timeline must follow each one.
    QSet<int> heights;
    for (const QModelIndex &index : m_gantt->rowsShown())
        heights.insert(m_tree->visualRect(index).height());
    QVERIFY(heights.size() > 2);
    verifyAligned();
}

void TestGanttView::followsScrollingExpansionSortingAndFiltering()
{
    QScrollBar *bar = m_tree->verticalScrollBar();
    QVERIFY(bar->maximum() > 0);
    bar->setValue(bar->maximum() / 2);
    verifyAligned();

    const QModelIndex second = m_filter->index(1, 0);
    m_tree->collapse(second);
    QVERIFY(!row(u"5"_s).isValid());
    verifyAligned();
    m_tree->expand(second);
    QVERIFY(row(u"5"_s).isValid());

    m_tree->sortByColumn(TaskTreeModel::CompletionColumn, Qt::DescendingOrder);
    verifyAligned();
    m_tree->sortByColumn(TaskTreeModel::SttColumn, Qt::AscendingOrder);

    m_filter->setSearchText(u"nha o"_s);
    QVERIFY(row(u"8.1"_s).isValid());
    QVERIFY(!row(u"1"_s).isValid());
    verifyAligned();
}

void TestGanttView::paintsDueDayInStatusColour()
{
    const QModelIndex first = row(u"1"_s);
    const QDate due(2026, 3, 31);
    QCOMPARE(first.data(DeadlineRole).value<Deadline>().due, due);
    QCOMPARE(statusOf(first), Status::Overdue);

    for (TimeAxis::Zoom zoom : TimeAxis::zoomLevels()) {
        m_gantt->setZoom(zoom);
        m_gantt->scrollToDate(due);
        const QPoint mark = m_gantt->markPosition(first, due);
        const double axisX = m_gantt->axis().centerX(due) - m_gantt->horizontalScrollBar()->value();
        QCOMPARE(mark.x(), int(std::floor(axisX)));
        QVERIFY(m_gantt->visualRect(first).contains(mark));

        const QImage image = m_gantt->viewport()->grab().toImage();
        QCOMPARE(pixel(image, mark), StatusStyle::color(Status::Overdue).name());
        // Left of the diamond, well inside the row, nothing has that colour.
        const int left = mark.x() - m_gantt->fontMetrics().height() * 2;
        if (left >= 0)
            QVERIFY(pixel(image, {left, mark.y()}) != StatusStyle::color(Status::Overdue).name());
    }
}

void TestGanttView::marksEachYearlyOccurrence()
{
    const QModelIndex yearly = row(u"4"_s);
    const GanttItem item = GanttItem::of(yearly, m_session->rules());
    QCOMPARE(item.deadline->kind, DeadlineKind::Annual);

    const QList<QDate> all =
        GanttPainter::occurrenceDays(item, m_session->rules(), m_gantt->dateRange());
    QCOMPARE(all,
             (QList<QDate>{QDate(2026, 12, 31),
                           QDate(2027, 12, 31),
                           QDate(2028, 12, 31),
                           QDate(2029, 12, 31),
                           QDate(2030, 12, 31)}));
    const QList<QDate> shown = GanttPainter::occurrenceDays(
        item, m_session->rules(), {QDate(2027, 1, 1), QDate(2028, 12, 31)});
    QCOMPARE(shown, (QList<QDate>{QDate(2027, 12, 31), QDate(2028, 12, 31)}));

    // As of March 2028 the occurrence judged is the one due at the end of 2027.
    const QDate later(2028, 3, 31);
    m_model->setStatuses(m_session->statusAsOf(later));
    m_gantt->setAsOf(later);
    m_gantt->setZoom(TimeAxis::Zoom::Quarters);
    m_gantt->scrollToDate(QDate(2028, 6, 30));
    m_gantt->scrollTo(yearly);
    const Status status = statusOf(yearly);
    QCOMPARE(status, Status::Unreported);

    const QImage image = m_gantt->viewport()->grab().toImage();
    const QPoint judged = m_gantt->markPosition(yearly, QDate(2027, 12, 31));
    const QPoint coming = m_gantt->markPosition(yearly, QDate(2028, 12, 31));
    QVERIFY(m_gantt->viewport()->rect().contains(judged));
    QVERIFY(m_gantt->viewport()->rect().contains(coming));
    QCOMPARE(pixel(image, judged), StatusStyle::color(status).name());
    QCOMPARE(pixel(image, coming), m_gantt->palette().color(QPalette::Base).name());
}

void TestGanttView::fillsOccurrenceTheStatusJudges()
{
    QStandardItemModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto *task = new QStandardItem(u"4"_s);
    task->setData(int(ItemKind::Task), ItemKindRole);
    task->setData(QVariant::fromValue(*parseDeadline(u"Hằng năm"_s)), DeadlineRole);
    task->setData(int(Status::Reported), StatusRole);
    // The row's status speaks of 2026, although 2027 has closed by the as-of line.
    task->setData(QDate(2026, 12, 31), JudgedUntilRole);
    model.appendRow(task);

    GanttView view;
    view.setModel(&model);
    view.setRules(m_session->rules());
    view.setAsOf(QDate(2028, 3, 31));
    view.setToday(today);
    view.resize(900, 200);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.fitToRange();

    const QModelIndex row = model.index(0, 0);
    const QString filled = StatusStyle::color(Status::Reported).name();
    const QImage image = view.viewport()->grab().toImage();
    QCOMPARE(pixel(image, view.markPosition(row, QDate(2026, 12, 31))), filled);
    QCOMPARE(pixel(image, view.markPosition(row, QDate(2027, 12, 31))),
             view.palette().color(QPalette::Base).name());
}

void TestGanttView::drawsTodayAndAsOfLines()
{
    m_gantt->setZoom(TimeAxis::Zoom::Weeks);
    m_gantt->scrollToDate(asOf);
    const QImage image = m_gantt->viewport()->grab().toImage();
    const auto count = [&image](int x, const QColor &color) {
        int found = 0;
        for (int y = 0; y < image.height(); ++y)
            found += pixel(image, {x, y}) == color.name() ? 1 : 0;
        return found;
    };

    const int asOfX = m_gantt->markPosition(row(u"1"_s), asOf).x();
    const int todayX = m_gantt->markPosition(row(u"1"_s), today).x();
    QVERIFY(asOfX != todayX);
    // The as-of line is dashed, the today line solid; they have colours of their own.
    const int asOfPixels = count(asOfX, QColor(0x1a, 0x23, 0x7e));
    const int todayPixels = count(todayX, QColor(0x8e, 0x24, 0xaa));
    QVERIFY(asOfPixels > image.height() / 4);
    QVERIFY(asOfPixels < image.height());
    QVERIFY(todayPixels > image.height() / 2);
    QCOMPARE(count(asOfX, QColor(0x8e, 0x24, 0xaa)), 0);
}

void TestGanttView::drawsProgressInsideBar()
{
    QStandardItemModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto *section = new QStandardItem(u"I. Targets"_s);
    section->setData(int(ItemKind::Section), ItemKindRole);
    auto *task = new QStandardItem(u"15"_s);
    task->setData(int(ItemKind::Task), ItemKindRole);
    task->setData(QVariant::fromValue(*parseDeadline(u"2026 - 2030"_s)), DeadlineRole);
    task->setData(int(Status::OnTrack), StatusRole);
    task->setData(40, PercentRole);
    section->appendRow(task);
    model.appendRow(section);

    GanttView view;
    view.setModel(&model);
    view.setAsOf(asOf);
    view.setToday(today);
    view.resize(900, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.fitToRange();
    QCOMPARE(view.horizontalScrollBar()->maximum(), 0);
    QCOMPARE(view.rowsShown().size(), 2);

    // 40 % of five years ends in the spring of 2028.
    const QModelIndex row = model.index(0, 0, model.index(0, 0));
    const QPoint done = view.markPosition(row, QDate(2027, 6, 1));
    const QPoint toDo = view.markPosition(row, QDate(2029, 6, 1));
    QCOMPARE(pixel(view.viewport(), done), StatusStyle::color(Status::OnTrack).name());
    const QColor base = view.palette().color(QPalette::Base);
    QCOMPARE(pixel(view.viewport(), toDo),
             GanttPainter::paler(StatusStyle::color(Status::OnTrack), base).name());
    QVERIFY(pixel(view.viewport(), toDo) != base.name());

    // The section's summary bar spans the years of its row.
    const QColor summary = GanttStyle::forWidget(view).summary;
    for (QDate day : {QDate(2026, 2, 1), QDate(2030, 11, 1)}) {
        const QPoint mark = view.markPosition(model.index(0, 0), day) - QPoint(0, 2);
        QVERIFY(view.visualRect(model.index(0, 0)).contains(mark));
        QCOMPARE(pixel(view.viewport(), mark), summary.name());
    }
}

void TestGanttView::movesSharedCurrentRowWithKeys()
{
    m_tree->setCurrentIndex(row(u"1"_s));
    m_gantt->setFocus();
    QTest::keyClick(m_gantt, Qt::Key_Down);
    QCOMPARE(m_tree->currentIndex().siblingAtColumn(0), m_filter->index(1, 0));
    QTest::keyClick(m_gantt, Qt::Key_Down);
    QCOMPARE(m_tree->currentIndex().siblingAtColumn(0), row(u"2"_s));
    QVERIFY(m_tree->selectionModel()->isSelected(row(u"2"_s)));
    QTest::keyClick(m_gantt, Qt::Key_Up);
    QCOMPARE(m_tree->currentIndex().siblingAtColumn(0), m_filter->index(1, 0));

    QTest::keyClick(m_gantt, Qt::Key_End);
    QCOMPARE(m_tree->currentIndex().siblingAtColumn(0), row(u"19"_s));
    verifyAligned();
    QVERIFY(m_gantt->visualRect(row(u"19"_s)).intersects(m_gantt->viewport()->rect()));
}

void TestGanttView::scrollsAndZoomsWithKeysAndWheel()
{
    m_gantt->setZoom(TimeAxis::Zoom::Months);
    m_gantt->setFocus();
    QScrollBar *time = m_gantt->horizontalScrollBar();
    time->setValue(0);
    QTest::keyClick(m_gantt, Qt::Key_Right);
    QVERIFY(time->value() > 0);
    QTest::keyClick(m_gantt, Qt::Key_Left);
    QCOMPARE(time->value(), 0);

    QSignalSpy zoomed(m_gantt, &GanttView::zoomChanged);
    QTest::keyClick(m_gantt, Qt::Key_Plus);
    QCOMPARE(m_gantt->zoom(), TimeAxis::Zoom::Weeks);
    QTest::keyClick(m_gantt, Qt::Key_Minus);
    QTest::keyClick(m_gantt, Qt::Key_Minus);
    QCOMPARE(m_gantt->zoom(), TimeAxis::Zoom::Quarters);
    QCOMPARE(zoomed.count(), 3);

    const QPointF at(m_gantt->viewport()->width() / 2.0, 10);
    QWheelEvent out(at,
                    m_gantt->viewport()->mapToGlobal(at),
                    {},
                    {0, -120},
                    Qt::NoButton,
                    Qt::ControlModifier,
                    Qt::NoScrollPhase,
                    false);
    QCoreApplication::sendEvent(m_gantt->viewport(), &out);
    QCOMPARE(m_gantt->zoom(), TimeAxis::Zoom::Years);

    // A plain wheel scrolls the rows, together with the tree.
    m_gantt->setZoom(TimeAxis::Zoom::Months);
    QScrollBar *rows = m_tree->verticalScrollBar();
    rows->setValue(0);
    QWheelEvent down(at,
                     m_gantt->viewport()->mapToGlobal(at),
                     {},
                     {0, -120},
                     Qt::NoButton,
                     Qt::NoModifier,
                     Qt::NoScrollPhase,
                     false);
    QCoreApplication::sendEvent(m_gantt->viewport(), &down);
    QVERIFY(rows->value() > 0);
    QCOMPARE(m_gantt->zoom(), TimeAxis::Zoom::Months);
    verifyAligned();
}

void TestGanttView::offersZoomActions()
{
    m_gantt->setZoom(TimeAxis::Zoom::Months);
    m_gantt->zoomInAction()->trigger();
    QCOMPARE(m_gantt->zoom(), TimeAxis::Zoom::Weeks);
    QVERIFY(!m_gantt->zoomInAction()->isEnabled());
    m_gantt->zoomOutAction()->trigger();
    QCOMPARE(m_gantt->zoom(), TimeAxis::Zoom::Months);
    QVERIFY(m_gantt->horizontalScrollBar()->maximum() > 0);

    m_gantt->fitAction()->trigger();
    QCOMPARE(m_gantt->horizontalScrollBar()->maximum(), 0);
    QVERIFY(m_gantt->axis().width() <= m_gantt->viewport()->width());
    QCOMPARE(m_gantt->dateRange(), (DateRange{QDate(2026, 1, 1), QDate(2030, 12, 31)}));

    QToolBar bar;
    bar.addAction(m_gantt->zoomLevelAction());
    auto *combo = qobject_cast<QComboBox *>(bar.widgetForAction(m_gantt->zoomLevelAction()));
    QVERIFY(combo);
    QCOMPARE(combo->count(), 4);
    QCOMPARE(combo->currentIndex(), int(m_gantt->zoom()));
    combo->setCurrentIndex(int(TimeAxis::Zoom::Weeks));
    Q_EMIT combo->activated(int(TimeAxis::Zoom::Weeks));
    QCOMPARE(m_gantt->zoom(), TimeAxis::Zoom::Weeks);
    m_gantt->zoomOut();
    QCOMPARE(combo->currentIndex(), int(TimeAxis::Zoom::Months));
}

void TestGanttView::activatesOnDoubleClick()
{
    QSignalSpy activated(m_gantt, &QAbstractItemView::activated);
    const QModelIndex first = row(u"1"_s);
    m_gantt->scrollToDate(QDate(2026, 3, 31));
    const QPoint mark = m_gantt->markPosition(first, QDate(2026, 3, 31));

    QTest::mouseClick(m_gantt->viewport(), Qt::LeftButton, {}, mark);
    QCOMPARE(m_tree->currentIndex().siblingAtColumn(0), first);
    QTest::mouseDClick(m_gantt->viewport(), Qt::LeftButton, {}, mark);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.constFirst().constFirst().value<QModelIndex>().siblingAtColumn(0), first);
}

void TestGanttView::explainsRowInToolTip()
{
    const QModelIndex first = row(u"1"_s);
    const QPoint mark = m_gantt->markPosition(first, QDate(2026, 3, 31));
    QHelpEvent help(QEvent::ToolTip, mark, m_gantt->viewport()->mapToGlobal(mark));
    QCoreApplication::sendEvent(m_gantt->viewport(), &help);
    QTRY_VERIFY(QToolTip::isVisible());

    const QString text = QToolTip::text();
    QVERIFY2(text.contains(u"Sở Nội vụ"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Tháng 3/2026"_s), qPrintable(text));
    QVERIFY2(text.contains(statusLabel(Status::Overdue)), qPrintable(text));
    QVERIFY2(text.contains(u"<b>1</b>"_s), qPrintable(text));
    QToolTip::hideText();
}

void TestGanttView::retranslatesLive()
{
    const QString english = m_gantt->zoomInAction()->text();
    QVERIFY(Translations::install(u"vi"_s));
    QTRY_VERIFY(m_gantt->zoomInAction()->text() != english);
    QCOMPARE(TimeAxis::zoomName(TimeAxis::Zoom::Quarters), u"Quý"_s);
    Translations::install(u"en"_s);
    QTRY_COMPARE(m_gantt->zoomInAction()->text(), english);
    verifyAligned();
}

QTEST_MAIN(TestGanttView)
#include "tst_ganttview.moc"
