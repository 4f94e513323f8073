// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Measures the status engine and the task filter at city scale: 200 plans, 5,000 rows,
// 160 agencies, 100,000 responsibilities, 1,000,000 progress updates.
// Usage: bench_status [WORKSPACE.sqlite]; the workspace is generated when it is missing.

#include "cityworkspace.h"
#include "measurement.h"
#include "roles.h"
#include "tasks/taskfiltermodel.h"
#include "tasks/tasktreemodel.h"
#include "workspace/workspacesession.h"

#include <QApplication>
#include <QFileInfo>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace PlanTrack;

using Bench::median;
using Bench::peakKilobytes;
using Bench::print;
using Bench::timeMs;

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QString path =
        argc > 1 ? QString::fromLocal8Bit(argv[1]) : u"/tmp/plantrack-city.sqlite"_s;
    QString error;

    if (!QFileInfo::exists(path)) {
        const double ms = timeMs([&] {
            std::unique_ptr<Database> database = Database::open(path, &error);
            if (!database || !Bench::fillCityWorkspace(*database, {}, &error))
                qFatal("generation failed: %s", qPrintable(error));
        });
        print("generate the workspace (once)", ms);
    }

    std::unique_ptr<WorkspaceSession> session;
    print("open: plans, agencies, 1,000,000 progress facts",
          timeMs([&] { session = WorkspaceSession::open(path, &error); }));
    if (!session)
        qFatal("open failed: %s", qPrintable(error));

    qsizetype rows = 0;
    qsizetype responsibilities = 0;
    for (const Plan &plan : session->plans()) {
        rows += plan.tasks.size();
        for (const Task &task : plan.tasks)
            responsibilities += task.leadIds.size() + task.coordinatingIds.size();
    }
    std::printf("plans %lld, rows %lld, agencies %lld, responsibilities %lld, updates %lld\n",
                qlonglong(session->plans().size()),
                qlonglong(rows),
                qlonglong(session->agencies().agencies().size()),
                qlonglong(responsibilities),
                qlonglong(session->progress().size()));

    QList<double> sheets;
    StatusSheet sheet;
    for (const QDate day : {QDate(2026, 6, 14),
                            QDate(2027, 3, 14),
                            QDate(2028, 12, 14),
                            QDate(2029, 6, 14),
                            QDate(2030, 12, 31)})
        sheets.append(timeMs([&] { sheet = session->statusAsOf(day); }));
    print("judge every row as of a date (median of 5 dates)", median(sheets));

    QList<TaskId> all;
    for (const Plan &plan : session->plans()) {
        for (const Task &task : plan.tasks)
            all.append(task.id);
    }
    print("count 5,000 rows by status", timeMs([&] {
              volatile int n = StatusCounts::of(sheet, all).total;
              (void)n;
          }));

    // The main window shows one plan; the largest case is one plan holding every row.
    Plan merged = session->plans().constFirst();
    merged.tasks.clear();
    for (const Plan &plan : session->plans()) {
        for (Task task : plan.tasks) {
            task.sectionId = merged.sections.at((task.sectionId - 1) % 4).id;
            merged.tasks.append(task);
        }
    }
    std::stable_sort(merged.tasks.begin(), merged.tasks.end(), [](const Task &a, const Task &b) {
        return a.sectionId < b.sectionId;
    });

    TaskTreeModel model;
    TaskFilterModel filter;
    print("task tree model over 5,000 rows",
          timeMs([&] { model.setPlan(merged, session->agencies()); }));
    print("show the statuses of 5,000 rows", timeMs([&] { model.setStatuses(sheet); }));
    filter.setSourceModel(&model);
    const AgencyId agency = session->agencies().agencies().at(41).id;
    print("filter 5,000 rows to one agency (lead or coordinating)",
          timeMs([&] { filter.setAgencyId(agency); }));
    print("search 5,000 rows for a phrase without diacritics",
          timeMs([&] { filter.setSearchText(u"nhiem vu 12 ban hanh"_s); }));

    std::printf("peak memory (VmHWM) %ld MB\n", peakKilobytes() / 1024);
    return 0;
}
