// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/plan.h"

#include <optional>

namespace PlanTrack {

class Database;

/// Loads and stores plans with their sections, rows, responsibilities and targets.
/// Writes join the caller's transaction.
class PlanRepository final
{
public:
    explicit PlanRepository(Database &database);

    /// Returns every plan of the workspace in stored order.
    std::optional<QList<Plan>> loadAll(QString *error) const;

    /// Returns whether a plan with this code is stored.
    std::optional<bool> contains(const QString &code, QString *error) const;

    /// Inserts a whole plan and sets the ids of the plan, its sections and rows.
    /// Rows refer to their section and parent by the ids they carry in the given plan.
    bool insert(Plan &plan, QString *error);

    /// Replaces the lead and coordinating agencies of one row, in the given order.
    bool setResponsibilities(TaskId taskId,
                             const QList<AgencyId> &leadIds,
                             const QList<AgencyId> &coordinatingIds,
                             QString *error);

private:
    bool loadSections(Plan &plan, QString *error) const;
    bool loadTasks(Plan &plan, QString *error) const;
    bool loadResponsibilities(Plan &plan, QString *error) const;
    bool loadIndicators(Plan &plan, QString *error) const;

    bool insertTask(PlanId planId, Task &task, int position, QString *error);
    bool insertResponsibilities(const Task &task, QString *error);
    bool insertIndicator(const Task &task, QString *error);

    Database &m_database;
};

} // namespace PlanTrack
