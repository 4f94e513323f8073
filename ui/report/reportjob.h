// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pageflow.h"
#include "report/reportbuilder.h"

#include <QCoreApplication>

#include <memory>

class QPagedPaintDevice;

namespace PlanTrack {

class GanttPrinter;
class IndicatorBook;
class TaskTreeModel;
class WorkspaceSession;

/// Makes one progress report of a workspace and puts it out as PDF, ODT or on a printer,
/// the same way for the desktop program and plantrack-cli: the description is made once,
/// as of its date, and every output draws that same description.
class ReportJob final
{
    Q_DECLARE_TR_FUNCTIONS(PlanTrack::ReportJob)

public:
    /// Names the file formats a report is written in.
    enum class Format {
        Pdf,
        Odt,
    };

    /// Makes the report a request describes with the header fields of settings; uses book
    /// for the indicators, or opens the workspace's own when none is given. Returns
    /// nothing with *error set when the report cannot be made.
    static std::unique_ptr<ReportJob> make(WorkspaceSession &session,
                                           const ReportRequest &request,
                                           const ReportSettings &settings,
                                           QString *error,
                                           const IndicatorBook *book = nullptr);

    ~ReportJob();

    const ReportData &data() const { return *m_data; }

    /// Draws the report onto a printer or PDF writer; returns the number of pages.
    int render(QPagedPaintDevice &device, PageFlow::Landscape landscape) const;

    /// Writes the report to a file; returns false with *error set when it cannot.
    bool write(Format format, const QString &path, QString *error) const;

    /// Returns the format a file name asks for by its extension, PDF when it names none.
    static Format formatOf(const QString &path);

private:
    ReportJob() = default;

    void prepareTimeline(const WorkspaceSession &session);

    std::unique_ptr<IndicatorBook> m_ownBook;
    std::unique_ptr<TaskTreeModel> m_timelineModel;
    std::unique_ptr<GanttPrinter> m_timeline;
    const IndicatorBook *m_book = nullptr;
    std::unique_ptr<ReportData> m_data;
};

} // namespace PlanTrack
