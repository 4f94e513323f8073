// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Measures the progress report: making its description (ReportData) and drawing it as PDF
// and ODT, for the bundled plan and for a generated plan of 3,000 rows with 160 agencies
// and 18,000 progress updates.
// Usage: bench_report [WORKSPACE.sqlite]; the workspace is generated when it is missing.

#include "cityworkspace.h"
#include "indicators/indicatorbook.h"
#include "measurement.h"
#include "report/reportbuilder.h"
#include "report/reportjob.h"
#include "report/reportodtwriter.h"
#include "report/reportrenderer.h"
#include "storage/database.h"
#include "workspace/workspacesession.h"

#include <QApplication>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace PlanTrack;

using Bench::cpuModel;
using Bench::medianMs;
using Bench::print;
using Bench::timeMs;

namespace {

/// Measures one workspace's report as of a date; returns false when it cannot be made.
bool measure(WorkspaceSession &session, QDate asOf, const QString &folder, int runs)
{
    QString error;
    std::unique_ptr<IndicatorBook> book;
    print("  indicator book (indicators, observations)",
          timeMs([&] { book = IndicatorBook::open(session, &error); }));
    if (!book) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return false;
    }
    ReportRequest request;
    request.asOf = asOf;
    const ReportSettings settings = ReportSettings::defaults();

    std::optional<ReportData> data;
    print("  ReportData (statuses, latest updates, tables)", medianMs(runs, [&] {
              data = ReportBuilder(session, book.get()).build(request, settings, &error);
          }));
    if (!data) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return false;
    }

    ReportRenderer renderer(*data);
    renderer.setIndicatorBook(book.get());
    const QString pdf = folder + u"/report.pdf"_s;
    bool written = true;
    print("  PDF (layout, pagination, drawing, file)",
          medianMs(runs, [&] { written = written && renderer.writePdf(pdf, &error); }));
    const QString odt = folder + u"/report.odt"_s;
    print("  ODT (text document, file)", medianMs(runs, [&] {
              written = written && ReportOdtWriter(*data, book.get()).write(odt, &error);
          }));
    if (!written) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return false;
    }
    print("  whole job as the CLI runs it (book, data, PDF)", medianMs(runs, [&] {
              const std::unique_ptr<ReportJob> job =
                  ReportJob::make(session, request, settings, &error);
              written = job && job->write(ReportJob::Format::Pdf, pdf, &error);
          }));

    std::printf("  %lld rows, %lld table rows, PDF %lld kB, ODT %lld kB\n",
                qlonglong(data->rows().size()),
                qlonglong(data->tables.constFirst().rows.size()),
                qlonglong(QFileInfo(pdf).size() / 1024),
                qlonglong(QFileInfo(odt).size() / 1024));
    return written;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTemporaryDir folder;
    std::printf("PlanTrack report benchmark — %s, %d threads, Qt %s\n",
                qPrintable(cpuModel()),
                QThread::idealThreadCount(),
                qVersion());

    QString error;
    {
        std::printf("Bundled plan (19 rows) as of 14/06/2026, median of 5 runs:\n");
        const std::unique_ptr<WorkspaceSession> bundled = WorkspaceSession::openInMemory(&error);
        if (!bundled || !measure(*bundled, QDate(2026, 6, 14), folder.path(), 5))
            return 1;
    }

    const QString path =
        argc > 1 ? QString::fromLocal8Bit(argv[1]) : folder.filePath(u"report-3000.sqlite"_s);
    if (!QFileInfo::exists(path)) {
        Bench::CityScale scale;
        scale.plans = 1;
        scale.tasksPerPlan = 3000;
        scale.leadsPerTask = 2;
        scale.coordinatingPerTask = 4;
        scale.updatesPerTask = 6;
        const double ms = timeMs([&] {
            const std::unique_ptr<Database> database = Database::open(path, &error);
            if (!database || !Bench::fillCityWorkspace(*database, scale, &error))
                std::fprintf(stderr, "%s\n", qPrintable(error));
        });
        print("generating 3,000 rows and 18,000 updates", ms);
    }

    std::unique_ptr<WorkspaceSession> session;
    print("opening the workspace", timeMs([&] { session = WorkspaceSession::open(path, &error); }));
    if (!session) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    std::printf("Generated plan (3,000 rows) as of 31/12/2027, median of 3 runs:\n");
    return measure(*session, QDate(2027, 12, 31), folder.path(), 3) ? 0 : 1;
}
