// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

#include <QCoreApplication>

namespace PlanTrack::Cli {

/// Prints the timeline of a plan as of a date to a PDF file: landscape pages with the rows,
/// the time axis, a legend and page numbers, in the language chosen with --lang.
class GanttCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(PlanTrack::Cli::GanttCommand)

public:
    QString name() const override;
    QString summary() const override;

    bool needsGui() const override { return true; }

    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser,
            const QStringList &arguments,
            const GlobalOptions &global) const override;
};

} // namespace PlanTrack::Cli
