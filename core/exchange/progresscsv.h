// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/progress.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace PlanTrack {

class WorkspaceSession;

/// Reads and writes progress updates as a spreadsheet table with the columns of
/// columns(): the form in which agencies send their updates.
class ProgressCsv final
{
    Q_DECLARE_TR_FUNCTIONS(PlanTrack::ProgressCsv)

public:
    /// Returns the columns, in order: stt, agency, date, state, completed_on, percent,
    /// result, difficulties, evidence.
    static QStringList columns();

    /// Checks a whole table against a workspace and returns its updates, or nothing with
    /// every problem listed, each naming its row and column. Rows are matched by STT in
    /// the plan (the first plan when planCode is empty); agencies by code or by name,
    /// ignoring case and diacritics; dates as yyyy-MM-dd or dd/MM/yyyy; states by key or
    /// by their Vietnamese or English name.
    static std::optional<QList<ProgressUpdate>> read(const QByteArray &csv,
                                                     const WorkspaceSession &session,
                                                     const QString &planCode,
                                                     QStringList *errors);

    /// Writes updates, agencies by their Vietnamese names.
    static QByteArray write(const QList<ProgressUpdate> &updates, const WorkspaceSession &session);

    /// Writes a table to fill in: one line for each row of the plan and each agency that
    /// answers for it, the update fields left empty.
    static QByteArray writeTemplate(const Plan &plan, const WorkspaceSession &session);
};

} // namespace PlanTrack
