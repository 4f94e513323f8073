// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace PlanTrack {

class Database;

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

    /// Returns the name of the person using this computer, as the log records it.
    static QString currentUser();

private:
    Database &m_database;
};

} // namespace PlanTrack
