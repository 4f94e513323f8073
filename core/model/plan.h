// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/agency.h"
#include "schedule/deadline.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace PlanTrack {

using TaskId = qint64;
using SectionId = qint64;
using PlanId = qint64;

/// Names the part an agency plays in a task.
enum class Role {
    Lead,         ///< "Đơn vị chủ trì": answers for the task
    Coordinating, ///< "Đơn vị phối hợp": supports the lead unit
};

QString roleKey(Role role);
std::optional<Role> roleFromKey(QStringView key);

/// Describes the numeric target carried by an indicator row of the plan.
struct IndicatorTarget
{
    enum class Unit {
        Percent,
        Count
    };
    enum class Direction {
        AtLeast,
        AtMost,
        Exactly
    };

    Unit unit = Unit::Percent;
    Direction direction = Direction::AtLeast;
    double target = 0;
    QDate periodStart;
    QDate periodEnd;

    friend bool operator==(const IndicatorTarget &, const IndicatorTarget &) = default;
};

QString unitKey(IndicatorTarget::Unit unit);
std::optional<IndicatorTarget::Unit> unitFromKey(QStringView key);
QString directionKey(IndicatorTarget::Direction direction);
std::optional<IndicatorTarget::Direction> directionFromKey(QStringView key);

/// Describes one row of a plan: a task, a sub-task (parentId set) or an indicator target.
struct Task
{
    TaskId id = 0;
    TaskId parentId = 0;
    SectionId sectionId = 0;
    QString stt;
    int detail = 0;
    QString contentVi;
    QString contentEn;
    QList<AgencyId> leadIds;
    QList<AgencyId> coordinatingIds;
    Deadline deadline;
    std::optional<IndicatorTarget> indicator;

    bool isSubTask() const { return parentId != 0; }

    QString content(bool english) const
    {
        return english && !contentEn.isEmpty() ? contentEn : contentVi;
    }
};

/// Describes a section of a plan, with its label kept exactly as written ("I", "II", …).
struct Section
{
    SectionId id = 0;
    QString label;
    QString titleVi;
    QString titleEn;

    QString title(bool english) const { return english && !titleEn.isEmpty() ? titleEn : titleVi; }

    /// Returns the label and title as written, e.g. "III. Truyền thông chính sách".
    QString heading(bool english = false) const;
};

/// Holds a whole plan: its identity, sections and rows in plan order.
struct Plan
{
    PlanId id = 0;
    QString code;
    QString titleVi;
    QString titleEn;
    QString number;
    QDate issuedOn;
    AgencyId issuerId = 0;
    QString resolution;
    QList<Section> sections;
    QList<Task> tasks; ///< every row in plan order, each sub-task right after its task

    QString title(bool english) const { return english && !titleEn.isEmpty() ? titleEn : titleVi; }

    const Section *section(SectionId id) const;
    const Task *task(TaskId id) const;
    const Task *taskByStt(const QString &stt) const;

    /// Returns the top-level rows of a section in plan order.
    QList<const Task *> tasksOf(SectionId sectionId) const;
    /// Returns the sub-tasks of a row in plan order.
    QList<const Task *> subTasksOf(TaskId taskId) const;
};

} // namespace PlanTrack
