// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportjob.h"

#include "gantt/ganttprinter.h"
#include "indicators/indicatorbook.h"
#include "reportodtwriter.h"
#include "reportrenderer.h"
#include "tasks/tasktreemodel.h"
#include "workspace/workspacesession.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace PlanTrack {

std::unique_ptr<ReportJob> ReportJob::make(WorkspaceSession &session,
                                           const ReportRequest &request,
                                           const ReportSettings &settings,
                                           QString *error,
                                           const IndicatorBook *book)
{
    std::unique_ptr<ReportJob> job(new ReportJob);
    job->m_book = book;
    if (!book) {
        job->m_ownBook = IndicatorBook::open(session, error);
        if (!job->m_ownBook)
            return nullptr;
        job->m_book = job->m_ownBook.get();
    }

    std::optional<ReportData> data =
        ReportBuilder(session, job->m_book).build(request, settings, error);
    if (!data)
        return nullptr;
    job->m_data = std::make_unique<ReportData>(std::move(*data));
    if (job->m_data->includeTimeline)
        job->prepareTimeline(session);
    return job;
}

void ReportJob::prepareTimeline(const WorkspaceSession &session)
{
    const Plan *plan = session.plan(m_data->planId);
    if (!plan)
        return;

    // The rows of the report, judged on its day, drawn as the main window's timeline does.
    m_timelineModel = std::make_unique<TaskTreeModel>();
    m_timelineModel->setPlan(*plan, session.agencies());
    m_timelineModel->setEnglish(m_data->isEnglish());
    m_timelineModel->setStatuses(session.statusAsOf(m_data->asOf));

    QList<QModelIndex> rows;
    for (const ReportSection &section : std::as_const(m_data->sections)) {
        for (const ReportTaskRow &row : section.rows)
            rows.append(m_timelineModel->indexOf(row.taskId));
    }
    m_timeline = std::make_unique<GanttPrinter>();
    m_timeline->setModel(m_timelineModel.get());
    if (m_data->agencyId != 0)
        m_timeline->setRows(rows);
    m_timeline->setAsOf(m_data->asOf);
    m_timeline->setToday(m_data->asOf);
    m_timeline->setRules(session.rules());
}

ReportJob::~ReportJob() = default;

int ReportJob::render(QPagedPaintDevice &device, PageFlow::Landscape landscape) const
{
    ReportRenderer renderer(*m_data);
    renderer.setIndicatorBook(m_book);
    renderer.setTimeline(m_timeline.get());
    renderer.setLandscape(landscape);
    return renderer.render(device);
}

bool ReportJob::write(Format format, const QString &path, QString *error) const
{
    if (format == Format::Odt) {
        ReportOdtWriter writer(*m_data, m_book);
        writer.setTimeline(m_timeline.get());
        return writer.write(path, error);
    }

    ReportRenderer renderer(*m_data);
    renderer.setIndicatorBook(m_book);
    renderer.setTimeline(m_timeline.get());
    return renderer.writePdf(path, error);
}

ReportJob::Format ReportJob::formatOf(const QString &path)
{
    return QFileInfo(path).suffix().compare("odt"_L1, Qt::CaseInsensitive) == 0 ? Format::Odt
                                                                                : Format::Pdf;
}

} // namespace PlanTrack
