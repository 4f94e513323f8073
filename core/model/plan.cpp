// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan.h"

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace PlanTrack {

namespace {

template<typename Enum, std::size_t N>
QString keyOf(const std::array<std::pair<Enum, const char *>, N> &table, Enum value)
{
    for (const auto &[v, key] : table) {
        if (v == value)
            return QString::fromLatin1(key);
    }
    return {};
}

template<typename Enum, std::size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, const char *>, N> &table,
                            QStringView key)
{
    for (const auto &[v, name] : table) {
        if (key == QLatin1StringView(name))
            return v;
    }
    return std::nullopt;
}

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
