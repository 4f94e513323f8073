// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Measures the Gantt timeline: repaints of the view at 1366×768 while scrolling through a
// generated plan of 100,000 rows (beside the task tree, and alone), and the Gantt PDF of
// 3,000 rows. Usage: bench_gantt [ROWS [REPAINTS]]; the figures go to docs/benchmarks.md.

#include "gantt/ganttprinter.h"
#include "gantt/ganttview.h"
#include "measurement.h"
#include "schedule/statusengine.h"
#include "tasks/taskfiltermodel.h"
#include "tasks/tasktreemodel.h"
#include "tasks/tasktreeview.h"

#include <QApplication>
#include <QFileInfo>
#include <QPageSize>
#include <QPdfWriter>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QSplitter>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;
using namespace PlanTrack;

using Bench::peakKilobytes;
using Bench::percentile;
using Bench::timeMs;

namespace {

void print(const QString &what, double ms)
{
    std::printf("%-62s %10.2f ms\n", qPrintable(what), ms);
}

void printSeries(const QString &what, const QList<double> &ms)
{
    std::printf("%-62s median %6.2f ms, 95th percentile %6.2f ms (%lld repaints)\n",
                qPrintable(what),
                percentile(ms, 0.5),
                percentile(ms, 0.95),
                qlonglong(ms.size()));
}

/// Generates one plan of about `rows` rows: sections of forty tasks, every eighth task with
/// two sub-tasks, completion times of every kind, texts long enough to wrap.
Plan generatePlan(int rows, QList<Agency> &agencies)
{
    for (int a = 1; a <= 12; ++a) {
        Agency agency;
        agency.id = a;
        agency.code = u"A%1"_s.arg(a);
        agency.nameVi = u"Sở số %1"_s.arg(a);
        agencies.append(agency);
    }

    QRandomGenerator random(92);
    const QStringList wordings{u"Tháng 3/2026"_s,
                               u"Quý II/2027"_s,
                               u"2026"_s,
                               u"2026 - 2030"_s,
                               u"Thường xuyên"_s,
                               u"Hằng năm"_s,
                               u"Trong thời gian thu hút"_s,
                               u"15/06/2028"_s};
    const QString longText = u"xây dựng, ban hành văn bản hướng dẫn thực hiện chính sách "
                             "thu hút, trọng dụng người có tài năng"_s;
    Plan plan;
    plan.id = 1;
    plan.code = u"KH-BENCH"_s;
    plan.titleVi = u"Kế hoạch đo thời gian vẽ biểu đồ"_s;
    TaskId next = 1;
    int count = 0;
    for (SectionId s = 1; count < rows; ++s) {
        plan.sections.append({s, QString::number(s), u"Mục %1 của kế hoạch"_s.arg(s), {}});
        ++count;
        for (int t = 1; t <= 40 && count < rows; ++t) {
            Task task;
            task.id = next++;
            task.sectionId = s;
            task.stt = u"%1.%2"_s.arg(s).arg(t);
            task.detail = t;
            task.contentVi = u"Nhiệm vụ %1 của mục %2: "_s.arg(t).arg(s) + longText;
            task.leadIds = {AgencyId(random.bounded(12) + 1)};
            task.coordinatingIds = {AgencyId(random.bounded(12) + 1)};
            task.deadline = *parseDeadline(wordings.at(random.bounded(int(wordings.size()))));
            plan.tasks.append(task);
            ++count;
            for (int sub = 1; t % 8 == 0 && sub <= 2 && count < rows; ++sub) {
                Task subTask = task;
                subTask.id = next++;
                subTask.parentId = task.id;
                subTask.stt = u"%1.%2"_s.arg(task.stt).arg(sub);
                plan.tasks.append(subTask);
                ++count;
            }
        }
    }
    return plan;
}

/// Holds a model of a generated plan with its statuses as of a date.
struct Workload
{
    Workload(int rows, QDate asOf, bool report)
    {
        const auto step = [report](const QString &what, const auto &work) {
            const double ms = timeMs(work);
            if (report)
                print(what, ms);
        };
        QList<Agency> list;
        step(u"generate a plan of %1 rows"_s.arg(rows), [&] {
            plan = generatePlan(rows, list);
            agencies = AgencyDirectory(list);
        });
        step(u"judge every row as of a date"_s, [&] {
            const StatusEngine engine({plan}, agencies, rules);
            sheet = engine.evaluate(asOf, ProgressIndex());
        });
        step(u"task tree model and filter over the rows"_s, [&] {
            model.setPlan(plan, agencies);
            model.setStatuses(sheet);
            filter.setSourceModel(&model);
        });
    }

    Plan plan;
    AgencyDirectory agencies;
    ScheduleRules rules;
    StatusSheet sheet;
    TaskTreeModel model;
    TaskFilterModel filter;
};

/// Repaints the view's viewport at spread positions of rows and time; returns each time.
QList<double> scrollAndRepaint(GanttView &view, QScrollBar &rows, int repaints)
{
    QScrollBar *time = view.horizontalScrollBar();
    QList<double> times;
    for (int i = 0; i < repaints; ++i) {
        rows.setValue(int(qint64(rows.maximum()) * i / std::max(repaints - 1, 1)));
        time->setValue(time->maximum() * ((i * 7) % repaints) / std::max(repaints - 1, 1));
        QCoreApplication::processEvents();
        times.append(timeMs([&] { view.viewport()->repaint(); }));
    }
    return times;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int rows = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    const int repaints = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 300;
    const QDate asOf(2027, 6, 30);

    std::printf("machine: %s, %d cores; Qt %s, platform %s\n",
                qPrintable(Bench::cpuModel()),
                QThread::idealThreadCount(),
                qVersion(),
                qPrintable(QGuiApplication::platformName()));

    const auto big = std::make_unique<Workload>(rows, asOf, true);

    // Beside the task tree, as in the main window.
    auto splitter = std::make_unique<QSplitter>();
    QSplitter &window = *splitter;
    auto *tree = new TaskTreeView;
    auto *gantt = new GanttView;
    window.addWidget(tree);
    window.addWidget(gantt);
    print(u"show %1 rows in the task tree (its own layout of wrapped rows)"_s.arg(rows),
          timeMs([&] {
              tree->setModel(&big->filter);
              tree->resetColumnWidths();
              // Beside the timeline the tree keeps its number and text; the other columns
              // would make each row a dozen wrapped lines high in 520 pixels.
              for (int column = TaskTreeModel::LeadColumn; column < TaskTreeModel::ColumnCount;
                   ++column)
                  tree->hideColumn(column);
              window.resize(1366, 768);
              window.setSizes({520, 846});
              window.show();
              QCoreApplication::processEvents();
              (void)tree->verticalScrollBar()->maximum();
          }));
    print(u"link the timeline to the tree and paint it once"_s, timeMs([&] {
              gantt->setTreeView(tree);
              gantt->setRules(big->rules);
              gantt->setAsOf(asOf);
              QCoreApplication::processEvents();
              gantt->viewport()->repaint();
          }));
    std::printf("timeline viewport %d x %d, window 1366 x 768\n",
                gantt->viewport()->width(),
                gantt->viewport()->height());

    for (TimeAxis::Zoom zoom : TimeAxis::zoomLevels()) {
        gantt->setZoom(zoom);
        printSeries(u"repaint beside the tree, %1"_s.arg(TimeAxis::zoomName(zoom).toLower()),
                    scrollAndRepaint(*gantt, *tree->verticalScrollBar(), repaints));
    }
    // Statuses shown anew (another as-of date): the tree measures its rows again, the
    // timeline reads the rows' dates again.
    gantt->setZoom(TimeAxis::Zoom::Months);
    // As the main window does: the tree lays its rows out once for the whole change.
    print(u"statuses shown anew, beside the tree, until both are painted"_s, timeMs([&] {
              tree->relayoutOnce();
              big->model.setStatuses(big->sheet);
              QCoreApplication::processEvents();
              gantt->viewport()->repaint();
          }));

    QList<double> treeTimes;
    for (int i = 0; i < repaints / 3; ++i) {
        QScrollBar *bar = tree->verticalScrollBar();
        bar->setValue(int(qint64(bar->maximum()) * i / std::max(repaints / 3 - 1, 1)));
        QCoreApplication::processEvents();
        treeTimes.append(timeMs([&] { tree->viewport()->repaint(); }));
    }
    printSeries(u"for comparison: repaint of the task tree itself"_s, treeTimes);
    // Gone, so that it measures nothing of its own below.
    splitter.reset();

    // Alone, full screen, as at the meeting.
    GanttView alone;
    alone.setModel(&big->filter);
    alone.setRules(big->rules);
    alone.setAsOf(asOf);
    alone.resize(1366, 768);
    alone.show();
    QCoreApplication::processEvents();
    for (TimeAxis::Zoom zoom : {TimeAxis::Zoom::Months, TimeAxis::Zoom::Years}) {
        alone.setZoom(zoom);
        printSeries(u"repaint alone at 1366 x 768, %1"_s.arg(TimeAxis::zoomName(zoom).toLower()),
                    scrollAndRepaint(alone, *alone.verticalScrollBar(), repaints));
    }
    print(u"statuses shown anew, alone, until the timeline is painted"_s, timeMs([&] {
              big->model.setStatuses(big->sheet);
              QCoreApplication::processEvents();
              alone.viewport()->repaint();
          }));
    alone.hide();

    // The PDF of a large plan, landscape A4 at the default zoom (quarters).
    const Workload printed(3000, asOf, false);
    GanttPrinter printer;
    printer.setModel(&printed.model);
    printer.setRules(printed.rules);
    printer.setAsOf(asOf);
    printer.setTitle(printed.plan.titleVi);
    QTemporaryDir folder;
    const QString pdf = folder.filePath(u"gantt-3000.pdf"_s);
    int pages = 0;
    print(u"write the Gantt PDF of %1 rows (A4, quarters)"_s.arg(printer.rowCount()), timeMs([&] {
              QPdfWriter writer(pdf);
              writer.setPageSize(QPageSize(QPageSize::A4));
              pages = printer.print(writer);
          }));
    std::printf("PDF: %d pages (counted beforehand: %d), %.1f MB\n",
                pages,
                printer.pageCount(QPageSize(QPageSize::A4), printer.rowCount(), printer.range()),
                double(QFileInfo(pdf).size()) / 1e6);

    std::printf("peak memory (VmHWM): %.0f MB\n", double(peakKilobytes()) / 1024);
    return 0;
}
