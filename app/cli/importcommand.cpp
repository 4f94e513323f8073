// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importcommand.h"

#include "console.h"
#include "exchange/planimporter.h"
#include "exchange/planjson.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QFile>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace PlanTrack::Cli {

QString ImportCommand::name() const
{
    return u"import"_s;
}

QString ImportCommand::summary() const
{
    return tr("Add the plan of a plan file (JSON) to the workspace.");
}

void ImportCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(u"file"_s,
                                 tr("The plan file to import, in the format that export "
                                    "--format json writes."),
                                 tr("FILE.json"));
}

int ImportCommand::run(const QCommandLineParser &,
                       const QStringList &arguments,
                       const GlobalOptions &global) const
{
    if (arguments.size() != 1)
        return Console::fail(tr("import needs exactly one plan file."), UsageError);
    const QString path = arguments.constFirst();

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Console::fail(
            tr("The file “%1” could not be read: %2").arg(displayPath(path), file.errorString()));
    QStringList problems;
    std::optional<PlanDocument> document = PlanJson::read(file.readAll(), &problems);
    if (!document)
        return refuse(path, problems, global.verbose);

    QString error;
    const std::unique_ptr<Database> database = openWorkspace(global, &error);
    if (!database)
        return Console::fail(error);
    PlanImporter importer(*database);
    const QString code = document->plan.code;
    const auto rows = std::count_if(document->plan.tasks.cbegin(),
                                    document->plan.tasks.cend(),
                                    [](const Task &task) { return !task.isSubTask(); });
    if (importer.import(std::move(*document), &error) == 0)
        return Console::fail(error);

    for (const QString &warning : importer.warnings())
        Console::warning(warning);
    Console::print(tr("Imported plan %1: %n row(s).", nullptr, int(rows)).arg(code));
    return Success;
}

int ImportCommand::refuse(const QString &path, const QStringList &problems, bool verbose)
{
    const QString file = displayPath(path);
    if (problems.isEmpty())
        return Console::fail(tr("“%1” was not imported.").arg(file));
    if (verbose)
        return Console::fail(
            tr("“%1” was not imported; it has %n problem(s):", nullptr, int(problems.size()))
                .arg(file),
            Failure,
            problems);

    QString message = tr("“%1” was not imported: %2").arg(file, problems.constFirst());
    if (problems.size() > 1)
        message += u' ' + tr("(and %n more problem(s))", nullptr, int(problems.size() - 1));
    return Console::fail(message);
}

} // namespace PlanTrack::Cli
