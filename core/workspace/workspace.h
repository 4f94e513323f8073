// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/plandocument.h"

#include <QCoreApplication>

#include <memory>
#include <optional>

namespace PlanTrack {

class Database;

/// Holds what a workspace contains, loaded for reading.
struct WorkspaceContent
{
    AgencyDirectory agencies;
    QList<Plan> plans;
};

/// Finds, opens and loads workspace files the same way for the GUI and the CLI.
class Workspace final
{
    Q_DECLARE_TR_FUNCTIONS(PlanTrack::Workspace)

public:
    /// Returns the file used on first start, in the user's data folder.
    static QString defaultPath();

    /// Returns the workspace opened last, or the default one.
    static QString lastUsedPath();
    static void rememberPath(const QString &path);

    /// Opens a workspace; a file that does not exist yet becomes a new workspace holding
    /// the bundled plan.
    static std::unique_ptr<Database> open(const QString &path, QString *error);

    /// Adds the bundled plan to a workspace, in one transaction, after the city's agency
    /// structure when the workspace has no agencies yet.
    static bool addBundledPlan(Database &database, QString *error);

    /// Returns the plan shipped with PlanTrack (Resolution 92/2026/NQ-HĐND).
    static std::optional<PlanDocument> bundledPlan(QString *error);

    static std::optional<WorkspaceContent> load(Database &database, QString *error);
};

} // namespace PlanTrack
