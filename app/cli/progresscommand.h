// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

#include <QCoreApplication>

namespace PlanTrack::Cli {

/// Imports progress updates from a spreadsheet table (all or none), or exports them, or a
/// blank table for agencies to fill in.
class ProgressCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(PlanTrack::Cli::ProgressCommand)

public:
    QString name() const override;
    QString summary() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser,
            const QStringList &arguments,
            const GlobalOptions &global) const override;

private:
    int import(const QCommandLineParser &parser,
               const QStringList &arguments,
               const GlobalOptions &global) const;
    int exportTable(const QCommandLineParser &parser,
                    const QStringList &arguments,
                    const GlobalOptions &global) const;
};

} // namespace PlanTrack::Cli
