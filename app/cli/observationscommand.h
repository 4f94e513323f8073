// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

#include <QCoreApplication>

namespace PlanTrack::Cli {

/// Imports observations of indicators from a table (CSV), or exports the ones that count.
/// An import is checked as a whole first; on any problem nothing is written and every
/// problem names its row and column.
class ObservationsCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(PlanTrack::Cli::ObservationsCommand)

public:
    QString name() const override;
    QString summary() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser,
            const QStringList &arguments,
            const GlobalOptions &global) const override;

private:
    static int
    importFile(const QCommandLineParser &parser, const QString &path, const GlobalOptions &global);
    static int exportFile(const QCommandLineParser &parser, const GlobalOptions &global);
    static int refuse(const QString &path, const QStringList &problems, bool verbose);
};

} // namespace PlanTrack::Cli
