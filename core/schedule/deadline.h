// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QMetaType>
#include <QString>

#include <optional>

namespace PlanTrack {

/// Names what a completion time written in words means.
enum class DeadlineKind {
    Month,       ///< "Tháng 3/2026": by the end of that month
    Quarter,     ///< "Quý II/2026": by the end of that quarter
    Year,        ///< "2026": within that year
    YearRange,   ///< "2026 - 2030": over a range of years
    Date,        ///< "15/06/2026": by that day
    Ongoing,     ///< "Thường xuyên": regular, no single deadline
    Annual,      ///< "Hằng năm": once every year
    Conditional, ///< "Trong thời gian thu hút": during a period that depends on each case
};

/// Holds a completion time as written in the plan together with its meaning.
struct Deadline
{
    QString text;
    DeadlineKind kind = DeadlineKind::Ongoing;
    QDate start;
    QDate due;

    /// Returns true for kinds judged per reporting period rather than by one due date.
    bool isRecurring() const;

    friend bool operator==(const Deadline &, const Deadline &) = default;
};

/// Returns the stable key of a kind ("month", "year_range", …) used in files and scripts.
QString deadlineKindKey(DeadlineKind kind);

/// Returns the kind named by a key, or nothing for an unknown key.
std::optional<DeadlineKind> deadlineKindFromKey(QStringView key);

/// Interprets a completion time written in Vietnamese, or returns nothing when the
/// wording is not one PlanTrack knows.
std::optional<Deadline> parseDeadline(const QString &text);

} // namespace PlanTrack

Q_DECLARE_METATYPE(PlanTrack::Deadline)
