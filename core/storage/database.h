// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

class QSqlQuery;

namespace PlanTrack {

/// Owns the connection to one workspace file and keeps its schema current.
///
/// Opening checks the file before touching it: a file that is not a PlanTrack workspace,
/// or that a newer PlanTrack wrote, is refused and left exactly as it was.
class Database final
{
    Q_DECLARE_TR_FUNCTIONS(PlanTrack::Database)

public:
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// Opens the workspace at path, creating an empty one when the file does not exist.
    static std::unique_ptr<Database> open(const QString &path, QString *error);

    /// Opens a private workspace in memory, for tests and scratch work.
    static std::unique_ptr<Database> openInMemory(QString *error);

    /// Returns the schema version this build writes.
    static int latestSchemaVersion();

    QSqlDatabase connection() const { return QSqlDatabase::database(m_connectionName); }

    QString path() const { return m_path; }

    int schemaVersion() const;

    /// Runs a prepared query; on failure logs the driver text and sets a translated error.
    static bool exec(QSqlQuery &query, QString *error);

private:
    Database(QString path, QString connectionName);

    static bool probeExisting(const QString &path, QString *error);
    bool configure(QString *error);
    bool migrate(QString *error);

    QString m_path;
    QString m_connectionName;
};

/// Groups writes into one transaction that is rolled back unless committed.
class Transaction final
{
    Q_DECLARE_TR_FUNCTIONS(PlanTrack::Transaction)

public:
    explicit Transaction(Database &database);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }

    bool commit(QString *error);

private:
    QSqlDatabase m_connection;
    bool m_active = false;
};

} // namespace PlanTrack
