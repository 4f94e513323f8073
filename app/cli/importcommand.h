// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

#include <QCoreApplication>

namespace PlanTrack::Cli {

/// Adds the plan of a plan file (JSON) to the workspace. The file is checked as a whole
/// first; on any problem nothing is written and the problem is named with its place.
class ImportCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(PlanTrack::Cli::ImportCommand)

public:
    QString name() const override;
    QString summary() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser,
            const QStringList &arguments,
            const GlobalOptions &global) const override;

private:
    static int refuse(const QString &path, const QStringList &problems, bool verbose);
};

} // namespace PlanTrack::Cli
