// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

#include <optional>

namespace PlanTrack {

class Database;

/// Keeps named settings of a workspace (schedule rules, report header fields, …) inside
/// the workspace file, so that they travel with it. Writes join the caller's transaction.
class SettingRepository final
{
public:
    explicit SettingRepository(Database &database);

    /// Returns the settings whose keys start with prefix.
    std::optional<QHash<QString, QString>> values(const QString &prefix, QString *error) const;
    bool setValue(const QString &key, const QString &value, QString *error);

private:
    Database &m_database;
};

} // namespace PlanTrack
