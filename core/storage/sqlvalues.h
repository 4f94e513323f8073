// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QVariant>

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

/// Reads an ISO date column; NULL or text that is not a date gives an invalid date.
inline QDate toDate(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

} // namespace PlanTrack::Sql
