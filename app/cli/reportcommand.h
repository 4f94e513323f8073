// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

#include <QCoreApplication>

namespace PlanTrack::Cli {

/// Writes the progress report of a plan as of a date in the official format, as PDF or as
/// an editable ODT, for the whole plan or one agency, with the header fields the workspace
/// keeps; the same report the desktop program prints.
class ReportCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(PlanTrack::Cli::ReportCommand)

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
