// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportjob.h"

#include "indicators/indicatorbook.h"
#include "reportodtwriter.h"
#include "reportrenderer.h"
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
    return job;
}

ReportJob::~ReportJob() = default;

int ReportJob::render(QPagedPaintDevice &device, PageFlow::Landscape landscape) const
{
    ReportRenderer renderer(*m_data);
    renderer.setIndicatorBook(m_book);
    renderer.setLandscape(landscape);
    return renderer.render(device);
}

bool ReportJob::write(Format format, const QString &path, QString *error) const
{
    if (format == Format::Odt)
        return ReportOdtWriter(*m_data, m_book).write(path, error);

    ReportRenderer renderer(*m_data);
    renderer.setIndicatorBook(m_book);
    return renderer.writePdf(path, error);
}

ReportJob::Format ReportJob::formatOf(const QString &path)
{
    return QFileInfo(path).suffix().compare("odt"_L1, Qt::CaseInsensitive) == 0 ? Format::Odt
                                                                                : Format::Pdf;
}

} // namespace PlanTrack
