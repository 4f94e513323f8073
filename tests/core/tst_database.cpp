// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/agencyrepository.h"
#include "storage/database.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using PlanTrack::Database;

namespace {

// What another program, or another version of PlanTrack, would leave on disk.
bool writeSqliteFile(const QString &path, const QStringList &statements)
{
    const QString name = u"tst_database-raw"_s;
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery query(db);
        for (const QString &statement : statements) {
            if (ok && !query.exec(statement)) {
                qWarning() << statement << query.lastError().text();
                ok = false;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

QString pragma(const Database &database, const QString &name)
{
    QSqlQuery query(database.connection());
    if (!query.exec(u"PRAGMA "_s + name) || !query.next())
        return u"<failed>"_s;
    return query.value(0).toString();
}

QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files, QDir::Name);
}

} // namespace

class TestDatabase final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newWorkspaceIsCurrent();
    void inMemoryWorkspace();
    void reopenKeepsContent();
    void emptyFileBecomesWorkspace();
    void emptySqliteFileBecomesWorkspace();
    void refusesNewerSchema();
    void refusesForeignFiles_data();
    void refusesForeignFiles();
    void refusesFolder();
    void uncommittedTransactionRollsBack();
};

void TestDatabase::newWorkspaceIsCurrent()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"new.sqlite"_s);
    QString error;
    const std::unique_ptr<Database> database = Database::open(path, &error);
    QVERIFY2(database, qPrintable(error));

    QVERIFY(Database::latestSchemaVersion() >= 1);
    QCOMPARE(database->schemaVersion(), Database::latestSchemaVersion());
    QCOMPARE(pragma(*database, u"user_version"_s).toInt(), Database::latestSchemaVersion());
    QCOMPARE(pragma(*database, u"foreign_keys"_s), u"1"_s);
    QCOMPARE(pragma(*database, u"journal_mode"_s), u"wal"_s);
    QCOMPARE(database->path(), path);
    QVERIFY(QFile::exists(path));
}

void TestDatabase::inMemoryWorkspace()
{
    QString error;
    const std::unique_ptr<Database> database = Database::openInMemory(&error);
    QVERIFY2(database, qPrintable(error));
    QCOMPARE(database->schemaVersion(), Database::latestSchemaVersion());
    QCOMPARE(pragma(*database, u"foreign_keys"_s), u"1"_s);

    // Two in-memory workspaces are separate.
    const std::unique_ptr<Database> other = Database::openInMemory(&error);
    QVERIFY2(other, qPrintable(error));
    PlanTrack::Agency agency;
    agency.code = u"SNV"_s;
    agency.nameVi = u"Sở Nội vụ"_s;
    QVERIFY2(PlanTrack::AgencyRepository(*database).insert(agency, &error), qPrintable(error));
    QCOMPARE(PlanTrack::AgencyRepository(*database).load(&error)->agencies().size(), 1);
    QVERIFY(PlanTrack::AgencyRepository(*other).load(&error)->isEmpty());
}

void TestDatabase::reopenKeepsContent()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"reopen.sqlite"_s);
    QString error;
    {
        const std::unique_ptr<Database> database = Database::open(path, &error);
        QVERIFY2(database, qPrintable(error));
        PlanTrack::Agency agency;
        agency.code = u"STC"_s;
        agency.nameVi = u"Sở Tài chính"_s;
        QVERIFY2(PlanTrack::AgencyRepository(*database).insert(agency, &error), qPrintable(error));
    }

    const std::unique_ptr<Database> database = Database::open(path, &error);
    QVERIFY2(database, qPrintable(error));
    QCOMPARE(database->schemaVersion(), Database::latestSchemaVersion());
    const auto agencies = PlanTrack::AgencyRepository(*database).load(&error);
    QVERIFY2(agencies, qPrintable(error));
    QCOMPARE(agencies->agencies().size(), 1);
    QCOMPARE(agencies->agencies().constFirst().nameVi, u"Sở Tài chính"_s);
}

void TestDatabase::emptyFileBecomesWorkspace()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"empty.sqlite"_s);
    QVERIFY(writeFile(path, {}));
    QCOMPARE(QFileInfo(path).size(), 0);

    QString error;
    const std::unique_ptr<Database> database = Database::open(path, &error);
    QVERIFY2(database, qPrintable(error));
    QCOMPARE(database->schemaVersion(), Database::latestSchemaVersion());
    QVERIFY(QFileInfo(path).size() > 0);
}

void TestDatabase::emptySqliteFileBecomesWorkspace()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"blank.sqlite"_s);
    // A database with no table and no application id has nothing anyone could lose.
    QVERIFY(writeSqliteFile(path, {u"PRAGMA page_size = 4096"_s, u"VACUUM"_s}));

    QString error;
    const std::unique_ptr<Database> database = Database::open(path, &error);
    QVERIFY2(database, qPrintable(error));
    QCOMPARE(database->schemaVersion(), Database::latestSchemaVersion());
}

void TestDatabase::refusesNewerSchema()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"newer.sqlite"_s);
    const int newer = Database::latestSchemaVersion() + 1000;
    QString error;
    {
        const std::unique_ptr<Database> database = Database::open(path, &error);
        QVERIFY2(database, qPrintable(error));
    }
    // What a later PlanTrack would have done to the file: more tables, a higher version.
    QVERIFY(writeSqliteFile(path,
                            {u"CREATE TABLE later_feature (id INTEGER PRIMARY KEY)"_s,
                             u"PRAGMA user_version = %1"_s.arg(newer)}));
    const QStringList filesBefore = filesIn(dir.path());
    const QByteArray before = contents(path);
    QVERIFY(!before.isEmpty());

    error.clear();
    const std::unique_ptr<Database> database = Database::open(path, &error);
    QVERIFY(!database);
    QVERIFY2(!error.isEmpty(), "a refusal must say why");
    QVERIFY2(QString(error).remove(path).contains(QString::number(newer)), qPrintable(error));
    QVERIFY2(error.contains(u"newer"_s), qPrintable(error));

    QCOMPARE(contents(path), before);
    QCOMPARE(filesIn(dir.path()), filesBefore);
}

void TestDatabase::refusesForeignFiles_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QStringList>("statements");

    QTest::newRow("text file") << QByteArray("hello") << QStringList();
    QTest::newRow("text with line break") << QByteArray("hello\n") << QStringList();
    QTest::newRow("damaged SQLite header")
        << QByteArray("SQLite format 3\0\x10\0garbage", 24) << QStringList();
    QTest::newRow("other application id")
        << QByteArray()
        << QStringList{u"PRAGMA application_id = 1234567"_s,
                       u"CREATE TABLE contact (id INTEGER PRIMARY KEY, name TEXT)"_s,
                       u"INSERT INTO contact (name) VALUES ('Nguyễn Văn A')"_s};
    QTest::newRow("no application id, with tables")
        << QByteArray()
        << QStringList{u"CREATE TABLE note (id INTEGER PRIMARY KEY, body TEXT)"_s,
                       u"INSERT INTO note (body) VALUES ('keep me')"_s};
}

void TestDatabase::refusesForeignFiles()
{
    QFETCH(QByteArray, data);
    QFETCH(QStringList, statements);

    QTemporaryDir dir;
    const QString path = dir.filePath(u"foreign.db"_s);
    if (statements.isEmpty())
        QVERIFY(writeFile(path, data));
    else
        QVERIFY(writeSqliteFile(path, statements));
    const QByteArray before = contents(path);
    const QStringList filesBefore = filesIn(dir.path());

    QString error;
    const std::unique_ptr<Database> database = Database::open(path, &error);
    QVERIFY(!database);
    QVERIFY2(error.contains(u"not a PlanTrack workspace"_s), qPrintable(error));
    QVERIFY2(error.contains(path), qPrintable(error));

    QCOMPARE(contents(path), before);
    QCOMPARE(filesIn(dir.path()), filesBefore);
}

void TestDatabase::refusesFolder()
{
    QTemporaryDir dir;
    QString error;
    QVERIFY(!Database::open(dir.path(), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(filesIn(dir.path()).isEmpty());
}

void TestDatabase::uncommittedTransactionRollsBack()
{
    QString error;
    const std::unique_ptr<Database> database = Database::openInMemory(&error);
    QVERIFY2(database, qPrintable(error));

    PlanTrack::Agency agency;
    agency.code = u"SYT"_s;
    agency.nameVi = u"Sở Y tế"_s;
    {
        PlanTrack::Transaction transaction(*database);
        QVERIFY(transaction.isActive());
        QVERIFY2(PlanTrack::AgencyRepository(*database).insert(agency, &error), qPrintable(error));
    }
    QVERIFY(PlanTrack::AgencyRepository(*database).load(&error)->isEmpty());

    {
        PlanTrack::Transaction transaction(*database);
        QVERIFY2(PlanTrack::AgencyRepository(*database).insert(agency, &error), qPrintable(error));
        QVERIFY2(transaction.commit(&error), qPrintable(error));
    }
    QCOMPARE(PlanTrack::AgencyRepository(*database).load(&error)->agencies().size(), 1);
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
