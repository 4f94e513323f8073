// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "indicators/indicator.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <memory>

namespace PlanTrack {

class IndicatorBook;

/// Makes the undoable edits of indicators and observations. Each function makes the edit
/// at once through the book and returns the command to push on the main window's undo
/// stack, or nullptr with *error set when the book refused it (nothing changed then).
/// Undo and redo run through the same book methods, each in its own transaction.
class IndicatorCommands final
{
    Q_DECLARE_TR_FUNCTIONS(PlanTrack::IndicatorCommands)

public:
    static std::unique_ptr<QUndoCommand>
    recordObservations(IndicatorBook &book, QList<Observation> observations, QString *error);
    static std::unique_ptr<QUndoCommand>
    editIndicator(IndicatorBook &book, const Indicator &changed, QString *error);
};

} // namespace PlanTrack
