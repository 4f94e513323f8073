// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schedule/schedulerules.h"

#include <QDate>
#include <QObject>

#include <functional>

class QAction;
class QDateEdit;
class QLabel;
class QMenu;
class QToolBar;
class QWidget;

namespace PlanTrack {

/// Holds the day every view shows the plan as of: a date field with its label, Today, and
/// a menu of the days a plan is usually looked at as of (the last reporting cut-off, the
/// ends of the last month, quarter, half-year and year).
class AsOfControl final : public QObject
{
    Q_OBJECT

public:
    /// Names the usual days in the order of the menu.
    enum class Preset {
        ReportingCutoff,
        EndOfLastMonth,
        EndOfLastQuarter,
        EndOfLastHalfYear,
        EndOfLastYear,
    };

    /// Makes the controls, parented to parent; rules give the reporting cut-off.
    AsOfControl(QWidget *parent, std::function<ScheduleRules()> rules);

    QDate date() const;
    void setDate(QDate date);

    /// Returns a usual day as seen from today.
    QDate presetDay(Preset preset, QDate today) const;

    /// Puts the label, the date field and Today (with the menu of usual days) on a tool bar.
    void addTo(QToolBar &toolBar);

    QMenu *menu() const { return m_menu; }

    QAction *todayAction() const { return m_today; }

    QDateEdit *dateEdit() const { return m_edit; }

    void retranslate();

Q_SIGNALS:
    void dateChanged(QDate date);

private:
    std::function<ScheduleRules()> m_rules;
    QLabel *m_label = nullptr;
    QDateEdit *m_edit = nullptr;
    QAction *m_today = nullptr;
    QMenu *m_menu = nullptr;
};

} // namespace PlanTrack
