// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ganttcommand.h"

#include "console.h"
#include "gantt/ganttprinter.h"
#include "language.h"
#include "tasks/plantext.h"
#include "tasks/tasktreemodel.h"
#include "workspace/workspacesession.h"

#include <QCommandLineParser>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>

#include <optional>

using namespace Qt::StringLiterals;

namespace PlanTrack::Cli {

namespace {

constexpr auto fromOption = "from"_L1;
constexpr auto toOption = "to"_L1;
constexpr auto pageOption = "page"_L1;
constexpr auto zoomOption = "zoom"_L1;

int usageError(const QString &message)
{
    return Console::fail(message, UsageError);
}

std::optional<QPageSize> pageSizeOf(const QString &name)
{
    if (name.isEmpty() || name.compare("a4"_L1, Qt::CaseInsensitive) == 0)
        return QPageSize(QPageSize::A4);
    if (name.compare("a3"_L1, Qt::CaseInsensitive) == 0)
        return QPageSize(QPageSize::A3);
    return std::nullopt;
}

std::optional<TimeAxis::Zoom> zoomOf(const QString &name)
{
    const QStringList names{u"weeks"_s, u"months"_s, u"quarters"_s, u"years"_s};
    if (name.isEmpty())
        return TimeAxis::Zoom::Quarters;
    const qsizetype index = names.indexOf(name.toLower());
    return index < 0 ? std::nullopt : std::optional(TimeAxis::Zoom(index));
}

} // namespace

QString GanttCommand::name() const
{
    return u"gantt"_s;
}

QString GanttCommand::summary() const
{
    return tr("Print the timeline of a plan as of a date to a PDF file.");
}

void GanttCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOptions({
        {asOfOption,
         tr("Show the statuses as of <date> (yyyy-MM-dd); by default today."),
         tr("date")},
        {fromOption,
         tr("Start the timeline on <date> (yyyy-MM-dd); by default at the start of the plan's "
            "first year."),
         tr("date")},
        {toOption,
         tr("End the timeline on <date> (yyyy-MM-dd); by default at the end of the plan's last "
            "year."),
         tr("date")},
        {pageOption,
         tr("Print on <size> paper, turned to landscape: A4 (default) or A3."),
         tr("size")},
        {zoomOption,
         tr("Divide the time axis into <unit>: weeks, months, quarters (default) or years."),
         tr("unit")},
        CommonOption::plan(),
        {{u"o"_s, outputOption},
         tr("Write the PDF to <file>; it is replaced only once it is complete."),
         tr("file")},
    });
}

int GanttCommand::run(const QCommandLineParser &parser,
                      const QStringList &arguments,
                      const GlobalOptions &global) const
{
    if (!arguments.isEmpty())
        return usageError(tr("gantt takes no file name; name the PDF file with -o."));
    const QString output = parser.value(outputOption);
    if (output.isEmpty())
        return usageError(tr("gantt needs the PDF file to write: -o FILE.pdf."));
    const std::optional<QPageSize> pageSize = pageSizeOf(parser.value(pageOption));
    if (!pageSize)
        return usageError(
            tr("Unknown paper size “%1”; use A4 or A3.").arg(parser.value(pageOption)));
    const std::optional<TimeAxis::Zoom> zoom = zoomOf(parser.value(zoomOption));
    if (!zoom)
        return usageError(tr("Unknown unit “%1”; use weeks, months, quarters or years.")
                              .arg(parser.value(zoomOption)));

    QString error;
    const QDate asOf = parseAsOf(parser.value(asOfOption), &error);
    if (!asOf.isValid())
        return usageError(error);
    QDate from;
    QDate to;
    if (parser.isSet(fromOption) && !(from = parseAsOf(parser.value(fromOption), &error)).isValid())
        return usageError(error);
    if (parser.isSet(toOption) && !(to = parseAsOf(parser.value(toOption), &error)).isValid())
        return usageError(error);
    if (from.isValid() && to.isValid() && from > to)
        return usageError(tr("The timeline cannot end (%1) before it starts (%2).")
                              .arg(PlanText::date(to), PlanText::date(from)));

    const std::unique_ptr<WorkspaceSession> session = openSession(global, &error);
    if (!session)
        return Console::fail(error);
    const Plan *plan = choosePlan(*session, parser.value(planOption), &error);
    if (!plan)
        return Console::fail(error);

    const bool english = usesEnglish();
    TaskTreeModel model;
    model.setEnglish(english);
    model.setPlan(*plan, session->agencies());
    model.setStatuses(session->statusAsOf(asOf));

    GanttPrinter printer;
    printer.setModel(&model);
    printer.setTitle(plan->title(english));
    printer.setAsOf(asOf);
    printer.setToday(QDate::currentDate());
    printer.setRules(session->rules());
    printer.setZoom(*zoom);
    const DateRange planRange = printer.range();
    const DateRange range{from.isValid() ? from : planRange.first,
                          to.isValid() ? to : planRange.last};
    if (!range.isValid())
        return usageError(tr("The timeline cannot end (%1) before it starts (%2).")
                              .arg(PlanText::date(range.last), PlanText::date(range.first)));
    printer.setRange(range);

    QSaveFile file(output);
    if (!file.open(QIODevice::WriteOnly))
        return Console::fail(tr("The file “%1” could not be written: %2")
                                 .arg(displayPath(output), file.errorString()));
    int pages = 0;
    {
        QPdfWriter writer(&file);
        writer.setPageSize(*pageSize);
        writer.setTitle(plan->title(english));
        writer.setCreator(u"PlanTrack"_s);
        pages = printer.print(writer);
    }
    if (pages == 0 || !file.commit())
        return Console::fail(tr("The file “%1” could not be written: %2")
                                 .arg(displayPath(output), file.errorString()));

    Console::print(tr("Printed the timeline of plan %1 on %n page(s) to “%2”.", "", pages)
                       .arg(plan->code, displayPath(output)));
    return Success;
}

} // namespace PlanTrack::Cli
