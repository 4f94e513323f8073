// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QDate>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QCommandLineParser;

namespace PlanTrack {
class Database;
class WorkspaceSession;
struct Plan;
} // namespace PlanTrack

namespace PlanTrack::Cli {

/// Carries the options that every command understands.
struct GlobalOptions
{
    QString databasePath; ///< empty for the workspace the desktop program uses
    bool verbose = false;
};

// The options that several commands understand, by the names QCommandLineParser knows them.
inline constexpr QLatin1StringView asOfOption("as-of");
inline constexpr QLatin1StringView formatOption("format");
inline constexpr QLatin1StringView planOption("plan");
inline constexpr QLatin1StringView outputOption("output");

/// Names the formats of a command that writes a table.
enum class TableFormat {
    Text,
    Csv,
    Json
};

/// Describes the options that several commands add with the same meaning.
namespace CommonOption {

/// Returns --format <format> of a command that writes a table as text, CSV or JSON.
QCommandLineOption tableFormat();

/// Returns --plan <code> of a command that works on the first plan by default.
QCommandLineOption plan();

/// Returns -o/--output <file> of a command that writes to the standard output by default.
QCommandLineOption output();

} // namespace CommonOption

/// Describes one command word of plantrack-cli: its arguments, its options and its work.
class Command
{
public:
    virtual ~Command() = default;

    /// Returns the word that selects the command ("export").
    virtual QString name() const = 0;

    /// Returns one translated line for the list of commands in the help.
    virtual QString summary() const = 0;

    /// Returns whether the command paints (a PDF, a chart) and so needs a QApplication.
    virtual bool needsGui() const { return false; }

    /// Adds the positional arguments and the options of the command to a parser.
    virtual void addOptions(QCommandLineParser &parser) const = 0;

    /// Runs the command with its positional arguments (the command word removed) and
    /// returns the exit code, having written any message itself.
    virtual int run(const QCommandLineParser &parser,
                    const QStringList &arguments,
                    const GlobalOptions &global) const = 0;
};

/// Opens the workspace named by --db, else the one the desktop program opened last.
std::unique_ptr<Database> openWorkspace(const GlobalOptions &global, QString *error);

/// Opens the workspace named by --db (or the desktop program's) with its status engine.
std::unique_ptr<WorkspaceSession> openSession(const GlobalOptions &global, QString *error);

/// Returns the plan with the code, or the first of the plans for an empty code; nullptr
/// with *error naming the plans there are when there is none.
const Plan *choosePlan(const QList<Plan> &plans, const QString &code, QString *error);

/// Returns the plan of the session with the code, as choosePlan() of its plans does.
const Plan *choosePlan(const WorkspaceSession &session, const QString &code, QString *error);

/// Writes data to stdout when path is empty, else to the file at path, replaced only once
/// it is complete; returns false with *error set when it could not be written.
bool writeOutput(const QString &path, const QByteArray &data, QString *error);

/// Returns the byte order mark that makes Excel read a CSV file as UTF-8 when wanted,
/// else nothing: Excel takes a CSV file for the local ANSI code page without it.
QByteArray byteOrderMark(bool wanted);

/// Reads the --format of CommonOption::tableFormat(), text when it is not given; nothing
/// with *error set for an unknown format.
std::optional<TableFormat> tableFormatOf(const QCommandLineParser &parser, QString *error);

/// Reads an as-of date given as yyyy-MM-dd; an empty text gives today.
QDate parseAsOf(const QString &text, QString *error);

/// Returns a path as the user should see it.
QString displayPath(const QString &path);

} // namespace PlanTrack::Cli
