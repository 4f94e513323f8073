// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <array>
#include <optional>
#include <utility>

namespace PlanTrack {

/// Pairs each value of an enumeration with the stable key files and scripts use for it.
template<typename Enum, std::size_t N>
using KeyTable = std::array<std::pair<Enum, const char *>, N>;

/// Returns the key of a value, or an empty text for a value the table lacks.
template<typename Enum, std::size_t N>
QString keyOf(const KeyTable<Enum, N> &table, Enum value)
{
    for (const auto &[v, key] : table) {
        if (v == value)
            return QString::fromLatin1(key);
    }
    return {};
}

/// Returns the value of a key, or nothing for an unknown key.
template<typename Enum, std::size_t N>
std::optional<Enum> valueOf(const KeyTable<Enum, N> &table, QStringView key)
{
    for (const auto &[v, name] : table) {
        if (key == QLatin1StringView(name))
            return v;
    }
    return std::nullopt;
}

/// Returns every value of a table, in its order.
template<typename Enum, std::size_t N>
QList<Enum> valuesOf(const KeyTable<Enum, N> &table)
{
    QList<Enum> values;
    for (const auto &entry : table)
        values.append(entry.first);
    return values;
}

} // namespace PlanTrack
