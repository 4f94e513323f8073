// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QVariant>

#include <optional>

namespace PlanTrack::Sql {

/// Returns an id for binding, or SQL NULL for 0.
inline QVariant nullableId(qint64 id)
{
    return id ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

/// Returns text for binding to a NOT NULL text column: a null QString would bind as SQL
/// NULL, so an optional text left unset binds as empty text.
inline QVariant textValue(const QString &text)
{
    return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
}

/// Returns a date as ISO text for binding, or SQL NULL for an invalid date.
inline QVariant dateValue(QDate date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate))
                          : QVariant(QMetaType::fromType<QString>());
}

/// Returns an optional value for binding, or SQL NULL of its type when it is unset.
template<typename T>
QVariant optionalValue(const std::optional<T> &value)
{
    return value ? QVariant::fromValue(*value) : QVariant(QMetaType::fromType<T>());
}

/// Reads a column that may be NULL into an optional value.
template<typename T>
std::optional<T> toOptional(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<T>(value.value<T>());
}

/// Returns a moment for binding as UTC ISO text with milliseconds, as every timestamp
/// column holds it.
inline QString timestampValue(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

/// Reads a timestamp column written by timestampValue().
inline QDateTime toTimestamp(const QVariant &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

/// Reads an ISO date column; NULL or text that is not a date gives an invalid date.
inline QDate toDate(const QVariant &value)
{
    if (value.isNull())
        return {};
    // Most dates are exactly yyyy-MM-dd; reading the digits directly is several times
    // faster than the general parser, which matters when a million rows are loaded.
    const QString text = value.toString();
    if (text.size() == 10 && text.at(4) == u'-' && text.at(7) == u'-') {
        const auto digits = [&text](int from, int count) {
            int n = 0;
            for (int i = from; i < from + count; ++i) {
                const int d = text.at(i).digitValue();
                if (d < 0)
                    return -1;
                n = n * 10 + d;
            }
            return n;
        };
        const int year = digits(0, 4);
        const int month = digits(5, 2);
        const int day = digits(8, 2);
        if (year >= 0 && month >= 0 && day >= 0)
            return QDate(year, month, day);
    }
    return QDate::fromString(text, Qt::ISODate);
}

} // namespace PlanTrack::Sql
