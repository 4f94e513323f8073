// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schedule/schedulerules.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QSpinBox;

namespace PlanTrack {

/// Edits the schedule rules of a workspace: reporting periods, their cut-off, the month
/// that closes an annual obligation and how early a deadline counts as coming up.
class RulesDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit RulesDialog(const ScheduleRules &rules, QWidget *parent = nullptr);

    ScheduleRules rules() const;

private:
    ScheduleRules m_rules;
    QComboBox *m_length = nullptr;
    QComboBox *m_cutoff = nullptr;
    QComboBox *m_annualMonth = nullptr;
    QSpinBox *m_dueSoon = nullptr;
    QDateEdit *m_start = nullptr;
};

} // namespace PlanTrack
