// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace PlanTrack::Cli {

/// Names the exit codes of plantrack-cli.
enum ExitCode : int {
    Success = 0,
    Failure = 1,    ///< bad input, a file that fails validation, a refused workspace
    UsageError = 2, ///< an unknown command or option, a missing or wrong argument
};

/// Writes to the terminal in UTF-8: data and results on stdout, diagnostics on stderr.
namespace Console {

/// Sets up the standard streams for UTF-8 bytes written as they are (needed on Windows).
void prepare();

/// Writes data to stdout unchanged; returns false when it could not be written.
bool write(const QByteArray &data);

/// Writes one line to stdout.
void print(const QString &line);

/// Writes "warning: " and the message on one line of stderr.
void warning(const QString &message);

/// Writes "error: " and the message on one line of stderr, then any details indented on
/// lines of their own; returns code so that a command can end with `return fail(…)`.
int fail(const QString &message, ExitCode code = Failure, const QStringList &details = {});

} // namespace Console

} // namespace PlanTrack::Cli
