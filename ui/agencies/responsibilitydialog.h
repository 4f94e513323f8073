// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/plan.h"

#include <QDialog>

#include <functional>

class QListWidget;
class QToolButton;

namespace PlanTrack {

class ProblemLabel;

class AgencyPicker;

/// Lets the user choose the lead and coordinating units of a row from the agency tree, and
/// put each list in the order the plan names them.
class ResponsibilityDialog final : public QDialog
{
    Q_OBJECT

public:
    /// Returns the reason the units are refused, or an empty text.
    using Check = std::function<QString(const QList<AgencyId> &leadIds,
                                        const QList<AgencyId> &coordinatingIds)>;

    ResponsibilityDialog(const Task &task,
                         const AgencyDirectory &agencies,
                         bool english,
                         QWidget *parent = nullptr);

    void setCheck(Check check) { m_check = std::move(check); }

    QList<AgencyId> leadIds() const;
    QList<AgencyId> coordinatingIds() const;

    AgencyPicker *picker() const { return m_picker; }

    void accept() override;

private:
    enum Choice {
        Lead,
        Coordinating,
    };

    void showChoices();
    void moveCurrent(int step);

    AgencyPicker *m_picker;
    QListWidget *m_lists[2];
    QToolButton *m_up;
    QToolButton *m_down;
    ProblemLabel *m_problem;
    Check m_check;
    bool m_english;
};

} // namespace PlanTrack
