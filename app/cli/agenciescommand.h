// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

#include <QCoreApplication>

namespace PlanTrack::Cli {

/// Lists the agency tree of a workspace with codes, parents and group members, as an
/// indented text tree, CSV or JSON.
class AgenciesCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(PlanTrack::Cli::AgenciesCommand)

public:
    QString name() const override;
    QString summary() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser,
            const QStringList &arguments,
            const GlobalOptions &global) const override;
};

} // namespace PlanTrack::Cli
