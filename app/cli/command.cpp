// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "command.h"

#include "storage/database.h"
#include "workspace/workspace.h"

#include <QDir>

namespace PlanTrack::Cli {

std::unique_ptr<Database> openWorkspace(const GlobalOptions &global, QString *error)
{
    const QString path =
        global.databasePath.isEmpty() ? Workspace::lastUsedPath() : global.databasePath;
    return Workspace::open(path, error);
}

QString displayPath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace PlanTrack::Cli
