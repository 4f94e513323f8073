// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "agenciescommand.h"
#include "console.h"
#include "exportcommand.h"
#include "ganttcommand.h"
#include "importcommand.h"
#include "indicatorscommand.h"
#include "observationscommand.h"
#include "progresscommand.h"
#include "reportcommand.h"
#include "statuscommand.h"
#include "translations.h"
#include "workspace/workspace.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace PlanTrack::Cli {

namespace {

constexpr auto programName = "plantrack-cli"_L1;
constexpr auto databaseOption = "db"_L1;
constexpr auto languageOption = "lang"_L1;
constexpr auto verboseOption = "verbose"_L1;
constexpr auto helpOption = "help"_L1;
constexpr auto versionOption = "version"_L1;

} // namespace

CommandLine::CommandLine()
{
    m_commands.push_back(std::make_unique<ExportCommand>());
    m_commands.push_back(std::make_unique<ImportCommand>());
    m_commands.push_back(std::make_unique<StatusCommand>());
    m_commands.push_back(std::make_unique<ProgressCommand>());
    m_commands.push_back(std::make_unique<GanttCommand>());
    m_commands.push_back(std::make_unique<AgenciesCommand>());
    m_commands.push_back(std::make_unique<ObservationsCommand>());
    m_commands.push_back(std::make_unique<IndicatorsCommand>());
    m_commands.push_back(std::make_unique<ReportCommand>());
}

CommandLine::~CommandLine() = default;

bool CommandLine::needsGui(const QStringList &arguments) const
{
    QCommandLineParser parser;
    addGlobalOptions(parser);
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    parser.parse(arguments);

    const QStringList words = parser.positionalArguments();
    const Command *chosen = words.isEmpty() ? nullptr : command(words.constFirst());
    return chosen && chosen->needsGui();
}

QString CommandLine::requestedLanguage(const QStringList &arguments) const
{
    QCommandLineParser parser;
    addGlobalOptions(parser);
    parser.parse(arguments);

    if (parser.isSet(languageOption))
        return parser.value(languageOption);
    return Translations::chosen();
}

int CommandLine::run(const QStringList &arguments) const
{
    QCommandLineParser global;
    addGlobalOptions(global);
    global.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    if (!global.parse(arguments))
        return usageError(global.errorText());
    if (global.isSet(versionOption)) {
        Console::print(programName + u' ' + QCoreApplication::applicationVersion());
        return Success;
    }

    const QStringList words = global.positionalArguments();
    if (words.isEmpty() && global.isSet(helpOption)) {
        Console::write(generalHelp().toUtf8());
        return Success;
    }
    if (words.isEmpty())
        return usageError(tr("A command is required: %1.").arg(commandNames()));
    const Command *chosen = command(words.constFirst());
    if (!chosen)
        return usageError(tr("Unknown command “%1”; the commands are: %2.")
                              .arg(words.constFirst(), commandNames()));

    QCommandLineParser parser;
    addGlobalOptions(parser);
    parser.setApplicationDescription(chosen->summary());
    parser.addPositionalArgument(chosen->name(), chosen->summary(), chosen->name());
    chosen->addOptions(parser);
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(helpOption)) {
        Console::write(parser.helpText().toUtf8());
        return Success;
    }

    const QString language = parser.value(languageOption);
    if (parser.isSet(languageOption) && !Translations::languages().contains(language))
        return usageError(tr("Unknown language “%1”; the languages are: %2.")
                              .arg(language, Translations::languages().join(", "_L1)));
    if (parser.isSet(databaseOption) && parser.value(databaseOption).isEmpty())
        return usageError(tr("The option --db needs the name of a workspace file."));

    const GlobalOptions options{parser.value(databaseOption), parser.isSet(verboseOption)};
    return chosen->run(parser, parser.positionalArguments().mid(1), options);
}

void CommandLine::addGlobalOptions(QCommandLineParser &parser) const
{
    parser.addOptions({
        {databaseOption,
         tr("Use the workspace <file> instead of the one the desktop program uses. A file "
            "that does not exist yet becomes a new workspace holding the bundled plan."),
         tr("file")},
        {languageOption,
         tr("Write messages in <language>: vi or en. By default, the language chosen in the "
            "desktop program."),
         tr("language")},
        {verboseOption, tr("List every problem found, not only the first one.")},
        {{u"h"_s, helpOption}, tr("Show this help.")},
        {versionOption, tr("Show the version of the program.")},
    });
}

const Command *CommandLine::command(const QString &name) const
{
    for (const std::unique_ptr<Command> &command : m_commands) {
        if (command->name() == name)
            return command.get();
    }
    return nullptr;
}

QString CommandLine::commandNames() const
{
    QStringList names;
    for (const std::unique_ptr<Command> &command : m_commands)
        names.append(command->name());
    return names.join(", "_L1);
}

QString CommandLine::generalHelp() const
{
    QCommandLineParser parser;
    addGlobalOptions(parser);
    parser.setApplicationDescription(
        tr("Works on PlanTrack workspaces without a display: plans in and out, status as of a "
           "date, progress and indicator tables, agencies, the timeline and the progress "
           "report."));
    parser.addPositionalArgument(tr("command", "name of the positional argument in the help"),
                                 tr("What to do; see the commands below."),
                                 tr("<command> [<arguments>]"));

    qsizetype width = 0;
    for (const std::unique_ptr<Command> &command : m_commands)
        width = std::max(width, command->name().size());
    QString help = parser.helpText() + u'\n' + tr("Commands:") + u'\n';
    for (const std::unique_ptr<Command> &command : m_commands)
        help += u"  "_s + command->name().leftJustified(width + 2) + command->summary() + u'\n';

    help += u'\n'
            + tr("Run “%1 <command> --help” for the arguments and options of a command.")
                  .arg(programName)
            + u'\n'
            + tr("Without --db the workspace of the desktop program is used: %1")
                  .arg(displayPath(Workspace::lastUsedPath()))
            + u'\n';
    return help;
}

int CommandLine::usageError(const QString &message) const
{
    return Console::fail(tr("%1 Run “%2 --help” for the usage.").arg(message, programName),
                         UsageError);
}

} // namespace PlanTrack::Cli
