// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "indicators/indicator.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace PlanTrack {

class IndicatorBook;

/// Reads and writes observation tables: one row per indicator, agency and period, with the
/// columns indicator, agency, period_start, period_end, numerator, denominator, value,
/// note. The indicator is named by its row number (STT) or code; the agency by its code or
/// its Vietnamese (or English) name, case and diacritics ignored. Dates are yyyy-MM-dd or
/// dd/MM/yyyy; a value may use a decimal comma.
class ObservationCsv final
{
    Q_DECLARE_TR_FUNCTIONS(PlanTrack::ObservationCsv)

public:
    /// Returns the columns of the table, in order.
    static QStringList columns();

    /// Reads a whole table and checks every row against the book (the indicators of the
    /// plan planId, or of every plan for 0). Returns the observations to add, or nothing
    /// with every problem in *problems, each naming its row and column.
    static std::optional<QList<Observation>>
    read(const QByteArray &data, const IndicatorBook &book, PlanId planId, QStringList *problems);

    /// Writes the observations that count today (corrections replace what they correct),
    /// by indicator, period and agency; agencies by code.
    static QByteArray write(const IndicatorBook &book, PlanId planId);

    /// Reads a count: digits only, no sign or separators.
    static std::optional<qint64> parseCount(const QString &text);

    /// Reads a number with a decimal dot or comma (no thousands separators).
    static std::optional<double> parseNumber(const QString &text);

    /// Reads a day written yyyy-MM-dd or dd/MM/yyyy.
    static QDate parseDate(const QString &text);
};

} // namespace PlanTrack
