// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportcommand.h"

#include "console.h"
#include "report/reportjob.h"
#include "workspace/workspacesession.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace PlanTrack::Cli {

namespace {

constexpr auto agencyOption = "agency"_L1;
constexpr auto chartsOption = "no-charts"_L1;
constexpr auto timelineOption = "timeline"_L1;
constexpr auto languageOption = "lang"_L1;

} // namespace

QString ReportCommand::name() const
{
    return u"report"_s;
}

QString ReportCommand::summary() const
{
    return tr("Write the progress report in the official format (PDF or editable ODT).");
}

void ReportCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOptions({
        {asOfOption, tr("Report as of <date> (yyyy-MM-dd); by default today."), tr("date")},
        {agencyOption,
         tr("Report on the rows of the agency with the code <code> only."),
         tr("code")},
        CommonOption::plan(),
        {formatOption,
         tr("Write <format>: pdf or odt; by default the extension of the file decides."),
         tr("format")},
        {{u"o"_s, outputOption}, tr("Write the report to <file>."), tr("file")},
        {chartsOption, tr("Leave out the charts of the targets.")},
        {timelineOption, tr("Add the timeline of the rows as a landscape appendix.")},
    });
}

int ReportCommand::run(const QCommandLineParser &parser,
                       const QStringList &arguments,
                       const GlobalOptions &global) const
{
    const QString output = parser.value(outputOption);
    if (!arguments.isEmpty())
        return Console::fail(tr("report takes no file name; name the output with -o."), UsageError);
    if (output.isEmpty())
        return Console::fail(tr("report needs the file to write, e.g. -o report.pdf."), UsageError);
    const QString format = parser.value(formatOption).toLower();
    if (!format.isEmpty() && format != "pdf"_L1 && format != "odt"_L1)
        return Console::fail(tr("Unknown format “%1”; use pdf or odt.").arg(format), UsageError);
    QString error;
    const QDate asOf = parseAsOf(parser.value(asOfOption), &error);
    if (!asOf.isValid())
        return Console::fail(error, UsageError);

    const std::unique_ptr<WorkspaceSession> session = openSession(global, &error);
    if (!session)
        return Console::fail(error);
    std::optional<ReportSettings> settings = ReportSettings::load(session->database(), &error);
    if (!settings)
        return Console::fail(error);
    if (parser.isSet(planOption))
        settings->planCode = parser.value(planOption);
    if (parser.isSet(agencyOption))
        settings->agencyCode = parser.value(agencyOption);
    if (parser.isSet(languageOption))
        settings->language = parser.value(languageOption);
    if (parser.isSet(chartsOption))
        settings->includeCharts = false;
    if (parser.isSet(timelineOption))
        settings->includeTimeline = true;

    const std::optional<ReportRequest> request =
        ReportRequest::fromSettings(*settings, *session, asOf, &error);
    if (!request)
        return Console::fail(error);
    const std::unique_ptr<ReportJob> job = ReportJob::make(*session, *request, *settings, &error);
    if (!job)
        return Console::fail(error);

    const ReportJob::Format chosen = format.isEmpty()     ? ReportJob::formatOf(output)
                                     : format == "odt"_L1 ? ReportJob::Format::Odt
                                                          : ReportJob::Format::Pdf;
    if (!job->write(chosen, output, &error))
        return Console::fail(error);
    return Success;
}

} // namespace PlanTrack::Cli
