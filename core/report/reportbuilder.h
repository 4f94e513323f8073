// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/reportdata.h"
#include "report/reportsettings.h"

#include <QCoreApplication>

#include <optional>

namespace PlanTrack {

class IndicatorBook;
class WorkspaceSession;

/// Names what a report is about: a plan as of a date, whole or for one agency.
struct ReportRequest
{
    PlanId planId = 0; ///< 0 for the first plan of the workspace
    QDate asOf;
    QString language = QStringLiteral("vi");
    AgencyId agencyId = 0; ///< 0 for the whole plan
    bool includeCharts = true;
    bool includeTimeline = false; ///< add the timeline of the rows as a second appendix

    /// Returns the request the stored settings describe as of a date; on an unknown plan or
    /// agency code returns nothing with *error set.
    static std::optional<ReportRequest> fromSettings(const ReportSettings &settings,
                                                     const WorkspaceSession &session,
                                                     QDate asOf,
                                                     QString *error);
};

/// Makes the description of a progress report from a workspace: every status from the
/// status engine, every result from the latest update of each agency as of the date, every
/// indicator value from the indicator book, every text in the report's language.
class ReportBuilder final
{
    Q_DECLARE_TR_FUNCTIONS(PlanTrack::Report)

public:
    /// Takes the workspace and, when there is one, its indicator book (else the report has
    /// no indicators section).
    explicit ReportBuilder(const WorkspaceSession &session, const IndicatorBook *book = nullptr);

    /// Returns the report a request describes with the header fields of settings, or
    /// nothing with *error set when the request names no plan or agency of the workspace
    /// or the updates cannot be read.
    std::optional<ReportData>
    build(const ReportRequest &request, const ReportSettings &settings, QString *error) const;

private:
    const WorkspaceSession &m_session;
    const IndicatorBook *m_book;
};

} // namespace PlanTrack
