// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/agencyrepository.h"

#include <QDialog>

#include <functional>

class QDateEdit;
class QPushButton;

namespace PlanTrack {

class ProblemLabel;

class AgencyPicker;

/// Asks which agency takes over the work of another, and from which day, saying what will
/// move: the rows, updates and observations of the merged agency.
class MergeDialog final : public QDialog
{
    Q_OBJECT

public:
    /// Returns the reason a merge into the agency is refused, or an empty text.
    using Check = std::function<QString(AgencyId intoId)>;

    MergeDialog(const Agency &from,
                const AgencyUsage &usage,
                const AgencyDirectory &agencies,
                QDate day,
                bool english,
                QWidget *parent = nullptr);

    void setCheck(Check check) { m_check = std::move(check); }

    AgencyId intoId() const;
    QDate day() const;

    AgencyPicker *picker() const { return m_picker; }

    void accept() override;

private:
    AgencyPicker *m_picker;
    QDateEdit *m_day;
    ProblemLabel *m_problem;
    QPushButton *m_mergeButton;
    Check m_check;
};

} // namespace PlanTrack
