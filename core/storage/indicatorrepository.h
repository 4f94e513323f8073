// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "indicators/indicator.h"

#include <optional>

namespace PlanTrack {

class Database;

/// Loads and stores indicators and their observations. Writes join the caller's
/// transaction.
class IndicatorRepository final
{
public:
    explicit IndicatorRepository(Database &database);

    /// Returns every indicator with its plan row's target, in plan and row order.
    std::optional<QList<Indicator>> indicators(QString *error) const;

    /// Returns the rows that carry a target but have no indicator yet.
    std::optional<QList<TaskId>> rowsWithoutIndicator(QString *error) const;

    /// Inserts an indicator and sets its id.
    bool insert(Indicator &indicator, QString *error);

    /// Stores what belongs to the indicator; the plan row's target is left as it is.
    bool update(const Indicator &indicator, QString *error);

    /// Returns every observation, by indicator and then in entry order.
    std::optional<QList<Observation>> observations(QString *error) const;

    std::optional<Observation> observation(ObservationId id, QString *error) const;

    /// Inserts an observation; a new one (id 0) gets its id set, one with an id (an undone
    /// removal coming back) keeps it.
    bool insert(Observation &observation, QString *error);
    bool remove(ObservationId id, QString *error);

private:
    Database &m_database;
};

} // namespace PlanTrack
