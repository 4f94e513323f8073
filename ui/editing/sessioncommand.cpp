// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessioncommand.h"

#include "workspace/workspacesession.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcEditing, "plantrack.editing", QtCriticalMsg)

namespace PlanTrack {

namespace {

SessionCommand::ErrorHandler &errorHandler()
{
    static SessionCommand::ErrorHandler handler;
    return handler;
}

} // namespace

SessionCommand::SessionCommand(WorkspaceSession &session, const QString &text, Step redo, Step undo)
    : QUndoCommand(text)
    , m_session(&session)
    , m_redo(std::move(redo))
    , m_undo(std::move(undo))
{}

void SessionCommand::setErrorHandler(ErrorHandler handler)
{
    errorHandler() = std::move(handler);
}

void SessionCommand::undo()
{
    run(m_undo, false);
}

void SessionCommand::redo()
{
    // The edit was made before the command was pushed.
    if (std::exchange(m_firstRedo, false))
        return;
    run(m_redo, true);
}

void SessionCommand::run(const Step &step, bool forward)
{
    QString error;
    if (m_session && step(*m_session, &error))
        return;

    qCWarning(lcEditing) << (forward ? "redo" : "undo") << "failed:" << error;
    // An edit that cannot be replayed must not stay on the stack pretending it can.
    setObsolete(true);
    if (errorHandler())
        errorHandler()(error);
}

} // namespace PlanTrack
