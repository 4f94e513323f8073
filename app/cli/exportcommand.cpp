// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportcommand.h"

#include "console.h"
#include "exchange/plancsv.h"
#include "exchange/planjson.h"
#include "storage/database.h"
#include "workspace/workspace.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace PlanTrack::Cli {

namespace {

constexpr auto bomOption = "bom"_L1;
constexpr auto jsonFormat = "json"_L1;
constexpr auto csvFormat = "csv"_L1;

int usageError(const QString &message)
{
    return Console::fail(message, UsageError);
}

} // namespace

QString ExportCommand::name() const
{
    return u"export"_s;
}

QString ExportCommand::summary() const
{
    return tr("Write a plan of the workspace as a plan file (JSON) or a table (CSV).");
}

void ExportCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOptions({
        {formatOption,
         tr("Write <format>: json (the plan file format) or csv (one row a task)."),
         tr("format")},
        {{u"o"_s, outputOption},
         tr("Write to <file> instead of the standard output; the file is replaced only once "
            "it is complete."),
         tr("file")},
        {planOption,
         tr("Export the plan with the code <code>; by default the first plan of the workspace."),
         tr("code")},
        {bomOption,
         tr("Start a CSV file with a byte order mark, so that Excel reads it as UTF-8.")},
    });
}

int ExportCommand::run(const QCommandLineParser &parser,
                       const QStringList &arguments,
                       const GlobalOptions &global) const
{
    const QString format = parser.value(formatOption);
    if (!arguments.isEmpty())
        return usageError(tr("export takes no file name; name the output with -o."));
    if (format != jsonFormat && format != csvFormat)
        return usageError(format.isEmpty()
                              ? tr("export needs --format json or --format csv.")
                              : tr("Unknown format “%1”; use json or csv.").arg(format));
    if (parser.isSet(bomOption) && format != csvFormat)
        return usageError(tr("--bom applies to CSV only."));

    QString error;
    const std::unique_ptr<Database> database = openWorkspace(global, &error);
    if (!database)
        return Console::fail(error);
    const std::optional<WorkspaceContent> content = Workspace::load(*database, &error);
    if (!content)
        return Console::fail(error);
    const Plan *plan = choosePlan(content->plans, parser.value(planOption), &error);
    if (!plan)
        return Console::fail(error);

    QByteArray data;
    if (format == jsonFormat)
        data = PlanJson::write(*plan, content->agencies);
    else
        data = byteOrderMark(parser.isSet(bomOption)) + writePlanCsv(*plan, content->agencies);

    const QString output = parser.value(outputOption);
    if (!writeOutput(output, data, &error))
        return Console::fail(error);
    if (!output.isEmpty())
        Console::print(tr("Exported plan %1 to “%2”.").arg(plan->code, displayPath(output)));
    return Success;
}

} // namespace PlanTrack::Cli
