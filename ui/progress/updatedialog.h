// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/progress.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace PlanTrack {

class ProblemLabel;
class WorkspaceSession;

/// Asks for one progress update of a row: which agency reports, as of which day, how far
/// it has come, what it achieved, what holds it back and the document that shows it. A row
/// followed through sub-tasks offers its sub-tasks instead. The update is checked against
/// the workspace before the dialog closes.
class UpdateDialog final : public QDialog
{
    Q_OBJECT

public:
    /// Prepares a new update of a row, dated day, for agency (0 for the first lead).
    UpdateDialog(const WorkspaceSession &session,
                 TaskId taskId,
                 QDate day,
                 AgencyId agency,
                 QWidget *parent = nullptr);

    /// Prepares the editing of an update that exists.
    UpdateDialog(const WorkspaceSession &session,
                 const ProgressUpdate &update,
                 QWidget *parent = nullptr);

    /// Returns the update as entered.
    ProgressUpdate update() const;

    void accept() override;

private:
    void build();
    void fillRows(TaskId taskId);
    void fillAgencies();
    void showUpdate(const ProgressUpdate &update);
    void updateEnabledFields();

    const WorkspaceSession &m_session;
    ProgressUpdate m_original;

    QComboBox *m_row = nullptr;
    QComboBox *m_agency = nullptr;
    QDateEdit *m_date = nullptr;
    QComboBox *m_state = nullptr;
    QDateEdit *m_completedOn = nullptr;
    QCheckBox *m_hasPercent = nullptr;
    QSpinBox *m_percent = nullptr;
    QPlainTextEdit *m_result = nullptr;
    QPlainTextEdit *m_difficulties = nullptr;
    QLineEdit *m_evidence = nullptr;
    ProblemLabel *m_error = nullptr;
};

} // namespace PlanTrack
