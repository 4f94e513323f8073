// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

#include <QCoreApplication>

namespace PlanTrack::Cli {

/// Writes one plan of the workspace as a plan file (JSON) or a table (CSV), to stdout or
/// to a file replaced atomically.
class ExportCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(PlanTrack::Cli::ExportCommand)

public:
    QString name() const override;
    QString summary() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser,
            const QStringList &arguments,
            const GlobalOptions &global) const override;
};

} // namespace PlanTrack::Cli
