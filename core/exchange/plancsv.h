// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/plan.h"

#include <QByteArray>
#include <QStringList>

namespace PlanTrack {

/// Writes comma-separated tables as RFC 4180 describes them, in UTF-8.
class CsvWriter final
{
public:
    void addRow(const QStringList &fields);

    const QByteArray &data() const { return m_data; }

private:
    QByteArray m_data;
};

/// Returns the columns of the plan table export, in order.
QStringList planCsvColumns();

/// Writes every row of a plan, one line per task and sub-task, with the columns of
/// planCsvColumns(); agencies by their Vietnamese names.
QByteArray writePlanCsv(const Plan &plan, const AgencyDirectory &agencies);

} // namespace PlanTrack
