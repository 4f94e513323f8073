// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "observationscommand.h"

#include "console.h"
#include "exchange/observationcsv.h"
#include "indicators/indicatorbook.h"
#include "indicatorscommand.h"
#include "workspace/workspacesession.h"

#include <QCommandLineParser>
#include <QFile>

using namespace Qt::StringLiterals;

namespace PlanTrack::Cli {

namespace {

constexpr auto bomOption = "bom"_L1;

} // namespace

QString ObservationsCommand::name() const
{
    return u"observations"_s;
}

QString ObservationsCommand::summary() const
{
    return tr("Import observations of the targets from a table (CSV), or export them.");
}

void ObservationsCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(u"action"_s,
                                 tr("import FILE.csv, or export. The table has the columns %1.")
                                     .arg(ObservationCsv::columns().join(u',')),
                                 tr("import FILE.csv | export"));
    parser.addOptions({
        {planOption,
         tr("Use the targets of the plan with the code <code>; by default the first plan."),
         tr("code")},
        {{u"o"_s, outputOption},
         tr("export: write to <file> instead of the standard output."),
         tr("file")},
        {bomOption,
         tr("export: start the file with a byte order mark, so that Excel reads it as UTF-8.")},
    });
}

int ObservationsCommand::run(const QCommandLineParser &parser,
                             const QStringList &arguments,
                             const GlobalOptions &global) const
{
    const QString action = arguments.value(0);
    if (action == "import"_L1) {
        if (arguments.size() != 2)
            return Console::fail(tr("observations import needs exactly one CSV file."), UsageError);
        if (parser.isSet(outputOption) || parser.isSet(bomOption))
            return Console::fail(tr("-o and --bom apply to observations export only."), UsageError);
        return importFile(parser, arguments.at(1), global);
    }
    if (action == "export"_L1) {
        if (arguments.size() != 1)
            return Console::fail(tr("observations export takes no file name; name the output "
                                    "with -o."),
                                 UsageError);
        return exportFile(parser, global);
    }
    return Console::fail(action.isEmpty()
                             ? tr("observations needs import FILE.csv or export.")
                             : tr("Unknown action “%1”; use import or export.").arg(action),
                         UsageError);
}

int ObservationsCommand::importFile(const QCommandLineParser &parser,
                                    const QString &path,
                                    const GlobalOptions &global)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Console::fail(
            tr("The file “%1” could not be read: %2").arg(displayPath(path), file.errorString()));
    const QByteArray data = file.readAll();

    QString error;
    std::optional<IndicatorsCommand::Workspace> workspace =
        IndicatorsCommand::openWorkspace(global, parser.value(planOption), &error);
    if (!workspace)
        return Console::fail(error);
    IndicatorBook &book = *workspace->book;
    const Plan &plan = *workspace->plan;

    QStringList problems;
    std::optional<QList<Observation>> observations =
        ObservationCsv::read(data, book, plan.id, &problems);
    if (!observations)
        return refuse(path, problems, global.verbose);
    if (!book.addObservations(*observations, &error))
        return refuse(path, {error}, global.verbose);

    Console::print(tr("Imported %n observation(s) for plan %1.", nullptr, int(observations->size()))
                       .arg(plan.code));
    return Success;
}

int ObservationsCommand::exportFile(const QCommandLineParser &parser, const GlobalOptions &global)
{
    QString error;
    std::optional<IndicatorsCommand::Workspace> workspace =
        IndicatorsCommand::openWorkspace(global, parser.value(planOption), &error);
    if (!workspace)
        return Console::fail(error);
    IndicatorBook &book = *workspace->book;
    const Plan &plan = *workspace->plan;

    const QByteArray data =
        byteOrderMark(parser.isSet(bomOption)) + ObservationCsv::write(book, plan.id);
    const QString output = parser.value(outputOption);
    if (!writeOutput(output, data, &error))
        return Console::fail(error);
    if (!output.isEmpty())
        Console::print(tr("Exported the observations of plan %1 to “%2”.")
                           .arg(plan.code, displayPath(output)));
    return Success;
}

int ObservationsCommand::refuse(const QString &path, const QStringList &problems, bool verbose)
{
    const QString file = displayPath(path);
    if (verbose && problems.size() > 1)
        return Console::fail(
            tr("“%1” was not imported; it has %n problem(s):", nullptr, int(problems.size()))
                .arg(file),
            Failure,
            problems);

    QString message = tr("“%1” was not imported: %2").arg(file, problems.value(0));
    if (problems.size() > 1)
        message += u' '
                   + tr("(and %n more problem(s); --verbose lists them all)",
                        nullptr,
                        int(problems.size() - 1));
    return Console::fail(message);
}

} // namespace PlanTrack::Cli
