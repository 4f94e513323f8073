// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include "storagelog.h"

#include <QAtomicInteger>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QUrl>

Q_LOGGING_CATEGORY(lcStorage, "plantrack.storage", QtCriticalMsg)

using namespace Qt::StringLiterals;

namespace PlanTrack {

namespace {

// "PLTK": marks a SQLite file as a PlanTrack workspace (PRAGMA application_id).
constexpr qint64 applicationId = 0x504C544B;

const QStringList &migrationFiles()
{
    static const QStringList files{u":/sql/0001_initial.sql"_s,
                                   u":/sql/0002_progress.sql"_s,
                                   u":/sql/0003_indicators.sql"_s,
                                   u":/sql/0004_agencies.sql"_s};
    return files;
}

QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return u"plantrack-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

// Splits a migration script into statements; scripts hold no triggers, so ';' at a line
// end always closes a statement.
QStringList statementsOf(const QString &script)
{
    QStringList statements;
    QString current;
    const QStringList lines = script.split(u'\n');
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith("--"_L1))
            continue;
        current += line + u'\n';
        if (trimmed.endsWith(u';')) {
            statements.append(current.trimmed());
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements.append(current.trimmed());
    return statements;
}

qint64 pragmaValue(QSqlDatabase db, const QString &name, bool *ok)
{
    QSqlQuery query(db);
    *ok = query.exec("PRAGMA "_L1 + name) && query.next();
    return *ok ? query.value(0).toLongLong() : 0;
}

} // namespace

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

int Database::latestSchemaVersion()
{
    return int(migrationFiles().size());
}

int Database::schemaVersion() const
{
    bool ok = false;
    return int(pragmaValue(connection(), u"user_version"_s, &ok));
}

std::unique_ptr<Database> Database::open(const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (info.exists() && info.isDir()) {
        *error = tr("“%1” is a folder, not a workspace file.").arg(path);
        return nullptr;
    }
    if (info.exists() && info.size() > 0 && !probeExisting(path, error))
        return nullptr;

    const QString name = nextConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    }
    std::unique_ptr<Database> database(new Database(path, name));
    if (!database->connection().open()) {
        qCWarning(lcStorage) << "open failed:" << database->connection().lastError().text();
        *error = tr("The workspace “%1” could not be opened or created.").arg(path);
        return nullptr;
    }
    if (!database->configure(error) || !database->migrate(error))
        return nullptr;
    return database;
}

std::unique_ptr<Database> Database::openInMemory(QString *error)
{
    return open(u":memory:"_s, error);
}

// Reads the file without write access so that a refused file stays byte for byte the same.
bool Database::probeExisting(const QString &path, QString *error)
{
    const QString name = nextConnectionName();
    bool accepted = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        // "immutable" keeps SQLite from creating -wal and -shm files next to a WAL-mode
        // file that is then refused.
        QUrl uri = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
        uri.setQuery(u"mode=ro&immutable=1"_s);
        db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"_s);

        bool okId = false;
        bool okVersion = false;
        bool okTables = false;
        const bool opened = db.open();
        const qint64 id = opened ? pragmaValue(db, u"application_id"_s, &okId) : 0;
        const qint64 version = opened ? pragmaValue(db, u"user_version"_s, &okVersion) : 0;
        qint64 tables = 0;
        if (opened) {
            QSqlQuery count(db);
            okTables = count.exec(u"SELECT count(*) FROM sqlite_master"_s) && count.next();
            tables = okTables ? count.value(0).toLongLong() : 0;
        }

        if (!opened || !okId || !okVersion || !okTables) {
            qCWarning(lcStorage) << "probe failed:" << db.lastError().text();
            *error = tr("“%1” is not a PlanTrack workspace, or the file is damaged. "
                        "It was left unchanged.")
                         .arg(path);
        } else if (id != applicationId && !(id == 0 && tables == 0)) {
            *error = tr("“%1” is a database of another program, not a PlanTrack workspace. "
                        "It was left unchanged.")
                         .arg(path);
        } else if (version > latestSchemaVersion()) {
            *error = tr("“%1” was written by a newer version of PlanTrack (schema %2; this "
                        "version reads up to %3). Install the newer version to open it; the "
                        "file was left unchanged.")
                         .arg(path)
                         .arg(version)
                         .arg(latestSchemaVersion());
        } else {
            accepted = true;
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return accepted;
}

bool Database::configure(QString *error)
{
    QSqlQuery query(connection());
    const bool memory = m_path == ":memory:"_L1;
    if (!query.exec(u"PRAGMA foreign_keys = ON"_s)
        || (!memory && !query.exec(u"PRAGMA journal_mode = WAL"_s))) {
        qCWarning(lcStorage) << "configure failed:" << query.lastError().text();
        *error = tr("The workspace “%1” could not be prepared for use.").arg(m_path);
        return false;
    }
    return true;
}

bool Database::migrate(QString *error)
{
    const int current = schemaVersion();
    for (int step = current + 1; step <= latestSchemaVersion(); ++step) {
        QFile file(migrationFiles().at(step - 1));
        if (!file.open(QIODevice::ReadOnly)) {
            qCCritical(lcStorage) << "missing migration" << file.fileName();
            *error =
                tr("This copy of PlanTrack is incomplete: schema step %1 is missing.").arg(step);
            return false;
        }

        Transaction transaction(*this);
        QSqlQuery query(connection());
        const QStringList statements = statementsOf(QString::fromUtf8(file.readAll()));
        for (const QString &statement : statements) {
            if (!query.exec(statement)) {
                qCWarning(lcStorage)
                    << "migration" << step << "failed:" << query.lastError().text();
                *error = tr("The workspace “%1” could not be upgraded (schema step %2).")
                             .arg(m_path)
                             .arg(step);
                return false;
            }
        }
        // PRAGMA takes no bound values; both numbers come from this program.
        if (!query.exec(u"PRAGMA application_id = %1"_s.arg(applicationId))
            || !query.exec(u"PRAGMA user_version = %1"_s.arg(step)) || !transaction.commit(error))
            return false;
        qCDebug(lcStorage) << "migrated" << m_path << "to schema" << step;
    }
    return true;
}

bool Database::exec(QSqlQuery &query, QString *error)
{
    if (query.exec())
        return true;
    qCWarning(lcStorage) << "query failed:" << query.lastError().text() << query.lastQuery();
    if (error)
        *error = tr("The workspace could not be read or written: %1")
                     .arg(query.lastError().databaseText());
    return false;
}

Transaction::Transaction(Database &database)
    : m_connection(database.connection())
{
    m_active = m_connection.transaction();
    if (!m_active)
        qCWarning(lcStorage) << "cannot begin:" << m_connection.lastError().text();
}

Transaction::~Transaction()
{
    if (m_active && !m_connection.rollback())
        qCWarning(lcStorage) << "rollback failed:" << m_connection.lastError().text();
}

bool Transaction::commit(QString *error)
{
    if (m_active && m_connection.commit()) {
        m_active = false;
        return true;
    }
    qCWarning(lcStorage) << "commit failed:" << m_connection.lastError().text();
    *error = tr("The change could not be saved to the workspace: %1")
                 .arg(m_connection.lastError().databaseText());
    return false;
}

} // namespace PlanTrack
