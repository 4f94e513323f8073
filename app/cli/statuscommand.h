// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

#include <QCoreApplication>

namespace PlanTrack::Cli {

/// Writes the status of every row of a plan as of a date, as a text table, CSV or JSON;
/// per responsible agency, or for one agency's rows.
class StatusCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(PlanTrack::Cli::StatusCommand)

public:
    QString name() const override;
    QString summary() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser,
            const QStringList &arguments,
            const GlobalOptions &global) const override;
};

} // namespace PlanTrack::Cli
