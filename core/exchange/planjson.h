// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/plandocument.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace PlanTrack {

/// Reads and writes the plan exchange format described in docs/plan-format.md.
class PlanJson final
{
    Q_DECLARE_TR_FUNCTIONS(PlanTrack::PlanJson)

public:
    /// Parses and checks a whole file; on any problem returns nothing and lists every
    /// problem found, each naming where it is.
    static std::optional<PlanDocument> read(const QByteArray &json, QStringList *errors);

    /// Writes a plan and the workspace's agency tree.
    static QByteArray write(const Plan &plan, const AgencyDirectory &agencies);
};

} // namespace PlanTrack
