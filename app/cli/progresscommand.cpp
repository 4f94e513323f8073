// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "progresscommand.h"

#include "console.h"
#include "exchange/progresscsv.h"
#include "workspace/workspacesession.h"

#include <QCommandLineParser>
#include <QFile>

using namespace Qt::StringLiterals;

namespace PlanTrack::Cli {

namespace {

constexpr auto templateOption = "template"_L1;
constexpr auto bomOption = "bom"_L1;
constexpr auto dryRunOption = "dry-run"_L1;

} // namespace

QString ProgressCommand::name() const
{
    return u"progress"_s;
}

QString ProgressCommand::summary() const
{
    return tr("Import progress updates from a table (CSV), or export them or a blank table.");
}

void ProgressCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(
        u"action"_s, tr("import FILE.csv, or export."), tr("import|export"));
    parser.addOptions({
        CommonOption::plan(),
        {{u"o"_s, outputOption},
         tr("export: write to <file> instead of the standard output."),
         tr("file")},
        {templateOption,
         tr("export: a blank table with one line per row and lead agency, to fill in.")},
        {asOfOption,
         tr("export: only updates dated on or before <date> (yyyy-MM-dd)."),
         tr("date")},
        {bomOption, tr("export: start with a byte order mark, so that Excel reads UTF-8.")},
        {dryRunOption, tr("import: check the table and write nothing.")},
    });
}

int ProgressCommand::run(const QCommandLineParser &parser,
                         const QStringList &arguments,
                         const GlobalOptions &global) const
{
    const QString action = arguments.value(0);
    if (action == "import"_L1)
        return import(parser, arguments.mid(1), global);
    if (action == "export"_L1)
        return exportTable(parser, arguments.mid(1), global);
    return Console::fail(action.isEmpty()
                             ? tr("progress needs an action: import or export.")
                             : tr("Unknown action “%1”; use import or export.").arg(action),
                         UsageError);
}

int ProgressCommand::import(const QCommandLineParser &parser,
                            const QStringList &arguments,
                            const GlobalOptions &global) const
{
    if (arguments.size() != 1)
        return Console::fail(tr("progress import needs exactly one table (CSV)."), UsageError);
    const QString path = arguments.constFirst();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Console::fail(
            tr("The file “%1” could not be read: %2").arg(displayPath(path), file.errorString()));

    QString error;
    const std::unique_ptr<WorkspaceSession> session = openSession(global, &error);
    if (!session)
        return Console::fail(error);

    QStringList problems;
    std::optional<QList<ProgressUpdate>> updates =
        ProgressCsv::read(file.readAll(), *session, parser.value(planOption), &problems);
    if (!updates) {
        const QString file = displayPath(path);
        if (global.verbose || problems.size() == 1)
            return Console::fail(
                tr("“%1” was not imported; it has %n problem(s):", nullptr, int(problems.size()))
                    .arg(file),
                Failure,
                problems);
        return Console::fail(tr("“%1” was not imported: %2 (and %n more problem(s); --verbose "
                                "lists them)",
                                nullptr,
                                int(problems.size() - 1))
                                 .arg(file, problems.constFirst()));
    }
    if (parser.isSet(dryRunOption)) {
        Console::print(
            tr("“%1” holds %n valid update(s); nothing was written.", nullptr, int(updates->size()))
                .arg(displayPath(path)));
        return Success;
    }
    if (!session->addUpdates(*updates, &error))
        return Console::fail(tr("“%1” was not imported: %2").arg(displayPath(path), error));
    Console::print(tr("Imported %n update(s).", nullptr, int(updates->size())));
    return Success;
}

int ProgressCommand::exportTable(const QCommandLineParser &parser,
                                 const QStringList &arguments,
                                 const GlobalOptions &global) const
{
    if (!arguments.isEmpty())
        return Console::fail(tr("progress export takes no file name; name the output with -o."),
                             UsageError);
    QString error;
    const QDate asOf = parser.isSet(asOfOption) ? parseAsOf(parser.value(asOfOption), &error)
                                                : QDate(9999, 12, 31);
    if (!asOf.isValid())
        return Console::fail(error, UsageError);

    const std::unique_ptr<WorkspaceSession> session = openSession(global, &error);
    if (!session)
        return Console::fail(error);
    const Plan *plan = choosePlan(*session, parser.value(planOption), &error);
    if (!plan)
        return Console::fail(error);

    QByteArray data = byteOrderMark(parser.isSet(bomOption));
    if (parser.isSet(templateOption)) {
        data += ProgressCsv::writeTemplate(*plan, *session);
    } else {
        QList<ProgressUpdate> updates;
        for (const Task &task : plan->tasks) {
            const std::optional<QList<ProgressUpdate>> found = session->updatesOf(task.id, &error);
            if (!found)
                return Console::fail(error);
            for (const ProgressUpdate &update : *found) {
                if (update.reportedOn <= asOf)
                    updates.append(update);
            }
        }
        data += ProgressCsv::write(updates, *session);
    }
    if (!writeOutput(parser.value(outputOption), data, &error))
        return Console::fail(error);
    return Success;
}

} // namespace PlanTrack::Cli
