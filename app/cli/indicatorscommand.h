// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

#include <QCoreApplication>

namespace PlanTrack {
struct Plan;
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

    /// Returns the plan with the code, or the first plan for an empty code; nullptr with
    /// *error set when there is none.
    static const Plan *
    choosePlan(const WorkspaceSession &session, const QString &code, QString *error);
};

} // namespace PlanTrack::Cli
