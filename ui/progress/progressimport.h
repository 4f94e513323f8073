// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

class QUndoStack;
class QWidget;

namespace PlanTrack {

class WorkspaceSession;

/// Brings progress tables from agencies into the workspace and hands out blank ones: the
/// file dialogs, the check of the whole table, the list of its problems, and the import as
/// one undoable step.
class ProgressImport final
{
    Q_DECLARE_TR_FUNCTIONS(PlanTrack::ProgressImport)

public:
    /// Asks for a table, checks it and imports it, all or nothing; tells the user the result.
    static void importTable(QWidget *parent,
                            WorkspaceSession &session,
                            QUndoStack &undoStack,
                            const QString &planCode);

    /// Asks where to save a blank table for the rows of a plan and writes it.
    static void
    exportTemplate(QWidget *parent, const WorkspaceSession &session, const QString &planCode);

    /// Imports the table in a file; returns false and lists the problems when it was refused.
    static bool importFile(const QString &path,
                           WorkspaceSession &session,
                           QUndoStack &undoStack,
                           const QString &planCode,
                           QStringList *problems,
                           int *imported = nullptr);
};

} // namespace PlanTrack
