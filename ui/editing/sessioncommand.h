// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QUndoCommand>

#include <functional>

namespace PlanTrack {

class WorkspaceSession;

/// Runs one edit of a workspace session as an undoable step. The edit is done once before
/// the command is pushed (so a refused edit never reaches the undo stack); undo and redo
/// then run the inverse and the edit again through the same session methods, each in its
/// own transaction. A step that fails later (the file went read-only, say) reports why and
/// leaves the stack as it was.
class SessionCommand : public QUndoCommand
{
public:
    using Step = std::function<bool(WorkspaceSession &, QString *)>;
    using ErrorHandler = std::function<void(const QString &)>;

    SessionCommand(WorkspaceSession &session, const QString &text, Step redo, Step undo);

    /// Sets what is told of a failed undo or redo; by default it is only logged.
    static void setErrorHandler(ErrorHandler handler);

    void undo() override;
    void redo() override;

private:
    void run(const Step &step, bool forward);

    QPointer<WorkspaceSession> m_session;
    Step m_redo;
    Step m_undo;
    bool m_firstRedo = true;
};

} // namespace PlanTrack
