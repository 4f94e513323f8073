// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

#include <QCoreApplication>

#include <memory>
#include <optional>

namespace PlanTrack {
struct Plan;
class IndicatorBook;
class WorkspaceSession;
} // namespace PlanTrack

namespace PlanTrack::Cli {

/// Writes how the indicators of a plan stand as of a date: the pooled value of the last
/// period with data against the target, and met, not met or no data; as a text table, CSV
/// or JSON.
class IndicatorsCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(PlanTrack::Cli::IndicatorsCommand)

public:
    QString name() const override;
    QString summary() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser,
            const QStringList &arguments,
            const GlobalOptions &global) const override;

    /// Holds an open workspace with its indicators and the plan a command works on.
    struct Workspace
    {
        std::unique_ptr<WorkspaceSession> session;
        std::unique_ptr<IndicatorBook> book;
        const Plan *plan = nullptr;
    };

    /// Opens the workspace of the global options with its indicators, and finds the plan
    /// with the code (the first plan for an empty code); nothing with *error set on failure.
    static std::optional<Workspace>
    openWorkspace(const GlobalOptions &global, const QString &planCode, QString *error);
};

} // namespace PlanTrack::Cli
