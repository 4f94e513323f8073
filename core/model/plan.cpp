// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan.h"

#include "model/keytable.h"

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace PlanTrack {

namespace {

constexpr std::array<std::pair<Role, const char *>, 2> roleKeys{{
    {Role::Lead, "lead"},
    {Role::Coordinating, "coordinating"},
}};

constexpr std::array<std::pair<IndicatorTarget::Unit, const char *>, 2> unitKeys{{
    {IndicatorTarget::Unit::Percent, "percent"},
    {IndicatorTarget::Unit::Count, "count"},
}};

constexpr std::array<std::pair<IndicatorTarget::Direction, const char *>, 3> directionKeys{{
    {IndicatorTarget::Direction::AtLeast, "at_least"},
    {IndicatorTarget::Direction::AtMost, "at_most"},
    {IndicatorTarget::Direction::Exactly, "exactly"},
}};

} // namespace

QString roleKey(Role role)
{
    return keyOf(roleKeys, role);
}

std::optional<Role> roleFromKey(QStringView key)
{
    return valueOf(roleKeys, key);
}

QString unitKey(IndicatorTarget::Unit unit)
{
    return keyOf(unitKeys, unit);
}

std::optional<IndicatorTarget::Unit> unitFromKey(QStringView key)
{
    return valueOf(unitKeys, key);
}

QString directionKey(IndicatorTarget::Direction direction)
{
    return keyOf(directionKeys, direction);
}

std::optional<IndicatorTarget::Direction> directionFromKey(QStringView key)
{
    return valueOf(directionKeys, key);
}

QString Section::heading(bool english) const
{
    return label % ". "_L1 % title(english);
}

const Section *Plan::section(SectionId id) const
{
    for (const Section &s : sections) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

const Task *Plan::task(TaskId id) const
{
    for (const Task &t : tasks) {
        if (t.id == id)
            return &t;
    }
    return nullptr;
}

const Task *Plan::taskByStt(const QString &stt) const
{
    for (const Task &t : tasks) {
        if (t.stt == stt)
            return &t;
    }
    return nullptr;
}

QList<const Task *> Plan::tasksOf(SectionId sectionId) const
{
    QList<const Task *> result;
    for (const Task &t : tasks) {
        if (t.sectionId == sectionId && !t.isSubTask())
            result.append(&t);
    }
    return result;
}

QList<const Task *> Plan::subTasksOf(TaskId taskId) const
{
    QList<const Task *> result;
    for (const Task &t : tasks) {
        if (t.parentId == taskId)
            result.append(&t);
    }
    return result;
}

} // namespace PlanTrack
