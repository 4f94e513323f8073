// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/plan.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace PlanTrack {

class Database;

/// Describes one change recorded in a workspace: what changed, from what, to what, by whom.
struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    QString who;
    QString action; ///< a stable key: "import", "add_update", "change_deadline", …
    QString entity; ///< the kind of record: "plan", "progress_update", "agency", …
    qint64 entityId = 0;
    TaskId taskId = 0; ///< the row the change concerns, 0 when none
    QString field;
    QString oldValue;
    QString newValue;
    QString detail;
};

/// Records who changed what in a workspace. Writes join the caller's transaction.
class AuditLog final
{
public:
    explicit AuditLog(Database &database);

    bool record(const QString &action,
                const QString &entity,
                qint64 entityId,
                const QString &detail,
                QString *error);

    /// Records an entry; its time and author are set here.
    bool record(AuditEntry entry, QString *error);

    /// Returns the entries that concern a row, newest first.
    std::optional<QList<AuditEntry>> forTask(TaskId taskId, QString *error) const;

    /// Returns the latest entries of the workspace, newest first.
    std::optional<QList<AuditEntry>> latest(int limit, QString *error) const;

    /// Returns the name of the person using this computer, as the log records it.
    static QString currentUser();

private:
    std::optional<QList<AuditEntry>>
    select(const QString &where, TaskId taskId, int limit, QString *error) const;

    Database &m_database;
};

} // namespace PlanTrack
