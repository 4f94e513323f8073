// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>
#include <vector>

class QCommandLineParser;

namespace PlanTrack::Cli {

/// Reads the command line of plantrack-cli: global options, a command word, then the
/// command's own arguments and options; and runs the command it names.
class CommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(PlanTrack::Cli::CommandLine)

public:
    CommandLine();
    ~CommandLine();

    /// Returns whether the command named by the arguments (argv[0] first) paints, and so
    /// needs a QApplication. Reads leniently, before any application object exists.
    bool needsGui(const QStringList &arguments) const;

    /// Returns the language asked for with --lang, else the one chosen in the desktop
    /// program, else Vietnamese. Reads leniently: the arguments are checked by run().
    QString requestedLanguage(const QStringList &arguments) const;

    /// Runs the command named by the arguments (argv[0] first); returns the exit code.
    int run(const QStringList &arguments) const;

private:
    void addGlobalOptions(QCommandLineParser &parser) const;
    const Command *command(const QString &name) const;
    QString commandNames() const;
    QString generalHelp() const;
    int usageError(const QString &message) const;

    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace PlanTrack::Cli
