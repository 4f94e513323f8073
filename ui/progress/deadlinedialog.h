// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/progress.h"

#include <QDialog>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace PlanTrack {

class ProblemLabel;
class WorkspaceSession;

/// Asks for a change of a row's deadline: the new completion time in the plan's own words,
/// the day it applies from, the reason, and the number and date of the document that
/// allows it. The plan's deadline and earlier changes are shown and stay on record.
class DeadlineDialog final : public QDialog
{
    Q_OBJECT

public:
    DeadlineDialog(const WorkspaceSession &session,
                   TaskId taskId,
                   QDate day,
                   QWidget *parent = nullptr);

    /// Returns the change as entered.
    DeadlineChange change() const;

    void accept() override;

private:
    void showMeaning();

    const WorkspaceSession &m_session;
    TaskId m_taskId = 0;
    QLineEdit *m_wording = nullptr;
    QLabel *m_meaning = nullptr;
    QDateEdit *m_effectiveOn = nullptr;
    QPlainTextEdit *m_reason = nullptr;
    QLineEdit *m_documentNumber = nullptr;
    QDateEdit *m_documentDate = nullptr;
    ProblemLabel *m_error = nullptr;
};

} // namespace PlanTrack
