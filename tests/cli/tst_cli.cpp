// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clirunner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QString bundledCode = u"KH-NQ92-2026"_s;
const QStringList csvColumns{u"stt"_s,
                             u"section"_s,
                             u"detail"_s,
                             u"parent_stt"_s,
                             u"content_vi"_s,
                             u"content_en"_s,
                             u"lead"_s,
                             u"coordinating"_s,
                             u"deadline_text"_s,
                             u"deadline_kind"_s,
                             u"start_date"_s,
                             u"due_date"_s};

/// Holds a plan table read from CSV, with its rows found by their number (STT).
struct CsvTable
{
    explicit CsvTable(const QByteArray &csv)
    {
        QList<QStringList> records = PlanTrack::Test::parseCsv(QString::fromUtf8(csv));
        if (!records.isEmpty())
            header = records.takeFirst();
        rows = records;
    }

    QString value(const QString &stt, const QString &column) const
    {
        const qsizetype index = header.indexOf(column);
        for (const QStringList &row : rows) {
            if (row.value(0) == stt)
                return row.value(index);
        }
        return u"<no row %1>"_s.arg(stt);
    }

    QStringList header;
    QList<QStringList> rows;
};

/// Edits a plan file as a person would: changes its code and the fields of its rows.
class PlanFile
{
public:
    explicit PlanFile(const QByteArray &json)
        : m_root(QJsonDocument::fromJson(json).object())
    {}

    void setCode(const QString &code)
    {
        QJsonObject plan = m_root.value("plan"_L1).toObject();
        plan.insert(u"code"_s, code);
        m_root.insert(u"plan"_s, plan);
    }

    bool editTask(const QString &stt, const std::function<void(QJsonObject &)> &edit)
    {
        QJsonObject plan = m_root.value("plan"_L1).toObject();
        QJsonArray sections = plan.value("sections"_L1).toArray();
        for (qsizetype i = 0; i < sections.size(); ++i) {
            QJsonObject section = sections.at(i).toObject();
            QJsonArray tasks = section.value("tasks"_L1).toArray();
            if (!editIn(tasks, stt, edit))
                continue;
            section.insert(u"tasks"_s, tasks);
            sections.replace(i, section);
            plan.insert(u"sections"_s, sections);
            m_root.insert(u"plan"_s, plan);
            return true;
        }
        return false;
    }

    QByteArray toJson() const { return QJsonDocument(m_root).toJson(); }

private:
    static bool
    editIn(QJsonArray &tasks, const QString &stt, const std::function<void(QJsonObject &)> &edit)
    {
        for (qsizetype i = 0; i < tasks.size(); ++i) {
            QJsonObject task = tasks.at(i).toObject();
            QJsonArray subtasks = task.value("subtasks"_L1).toArray();
            if (task.value("stt"_L1).toString() == stt)
                edit(task);
            else if (editIn(subtasks, stt, edit))
                task.insert(u"subtasks"_s, subtasks);
            else
                continue;
            tasks.replace(i, task);
            return true;
        }
        return false;
    }

    QJsonObject m_root;
};

/// Holds what one run of plantrack-cli left behind.
struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QStringList errorLines() const
    {
        return QString::fromUtf8(err).split(u'\n', Qt::SkipEmptyParts);
    }
};

} // namespace

class CliTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void exportsCsvOfNewWorkspace();
    void marksCsvForExcelOnRequest();
    void exportsJsonToFile();
    void usesWorkspaceOfDesktopProgram();
    void followsWorkspaceOpenedLastInDesktopProgram();
    void importsChangedCopy();
    void refusesPlanAlreadyPresent();
    void refusesBrokenFile_data();
    void refusesBrokenFile();
    void listsEveryProblemWhenVerbose();
    void refusesForeignWorkspace();
    void reportsUnwritableOutput();
    void rejectsWrongUsage_data();
    void rejectsWrongUsage();
    void showsHelp();

private:
    QString path(const QString &name) const { return m_home->filePath(name); }

    Run cli(const QStringList &arguments) const;
    QByteArray exportCsv(const QString &database, const QString &plan = {}) const;
    QByteArray exportJson(const QString &database) const;
    bool writeFile(const QString &name, const QByteArray &data) const;

    std::unique_ptr<QTemporaryDir> m_home;
};

void CliTest::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
}

void CliTest::cleanup()
{
    m_home.reset();
}

Run CliTest::cli(const QStringList &arguments) const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"HOME"_s, m_home->path());
    environment.insert(u"XDG_CONFIG_HOME"_s, path(u"config"_s));
    environment.insert(u"XDG_DATA_HOME"_s, path(u"data"_s));
    environment.insert(u"XDG_CACHE_HOME"_s, path(u"cache"_s));

    QProcess process;
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(m_home->path());
    process.start(QStringLiteral(PLANTRACK_CLI), arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit)
        return {};
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

QByteArray CliTest::exportCsv(const QString &database, const QString &plan) const
{
    QStringList arguments{u"--db"_s, database, u"export"_s, u"--format"_s, u"csv"_s};
    if (!plan.isEmpty())
        arguments << u"--plan"_s << plan;
    const Run run = cli(arguments);
    return run.exitCode == 0 ? run.out : QByteArray();
}

QByteArray CliTest::exportJson(const QString &database) const
{
    const Run run = cli({u"--db"_s, database, u"export"_s, u"--format"_s, u"json"_s});
    return run.exitCode == 0 ? run.out : QByteArray();
}

bool CliTest::writeFile(const QString &name, const QByteArray &data) const
{
    QFile file(path(name));
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

void CliTest::exportsCsvOfNewWorkspace()
{
    const QString database = path(u"new.sqlite"_s);
    QVERIFY(!QFile::exists(database));

    const Run run = cli({u"--db"_s, database, u"export"_s, u"--format"_s, u"csv"_s});

    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), run.err.constData());
    QVERIFY(QFile::exists(database));
    QVERIFY(!run.out.startsWith("\xEF\xBB\xBF"));
    QVERIFY(run.out.endsWith("\r\n"));

    const CsvTable table(run.out);
    QCOMPARE(table.header, csvColumns);
    QCOMPARE(table.rows.size(), 23);
    for (const QStringList &row : table.rows)
        QCOMPARE(row.size(), csvColumns.size());

    QCOMPARE(table.value(u"1"_s, u"lead"_s), u"Sở Nội vụ"_s);
    QCOMPARE(table.value(u"1"_s, u"deadline_text"_s), u"Tháng 3/2026"_s);
    QCOMPARE(table.value(u"1"_s, u"deadline_kind"_s), u"month"_s);
    QCOMPARE(table.value(u"1"_s, u"due_date"_s), u"2026-03-31"_s);

    QCOMPARE(table.value(u"15"_s, u"deadline_text"_s), u"2026 - 2030"_s);
    QCOMPARE(table.value(u"15"_s, u"deadline_kind"_s), u"year_range"_s);
    QCOMPARE(table.value(u"15"_s, u"start_date"_s), u"2026-01-01"_s);
    QCOMPARE(table.value(u"15"_s, u"due_date"_s), u"2030-12-31"_s);

    QCOMPARE(table.value(u"3.1"_s, u"parent_stt"_s), u"3"_s);
    QCOMPARE(table.value(u"3"_s, u"parent_stt"_s), QString());
    QCOMPARE(table.value(u"12"_s, u"section"_s), u"III. Truyền thông chính sách"_s);
}

void CliTest::marksCsvForExcelOnRequest()
{
    const QString database = path(u"plans.sqlite"_s);

    const Run run = cli({u"--db"_s, database, u"export"_s, u"--format"_s, u"csv"_s, u"--bom"_s});

    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(run.out.mid(3), exportCsv(database));
}

void CliTest::exportsJsonToFile()
{
    const QString database = path(u"plans.sqlite"_s);
    const QString output = path(u"plan.json"_s);

    const Run run =
        cli({u"--db"_s, database, u"export"_s, u"--format"_s, u"json"_s, u"-o"_s, output});

    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), run.err.constData());
    QFile file(output);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(file.readAll(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(root.value("format"_L1).toString(), u"plantrack-plan"_s);
    QCOMPARE(root.value("plan"_L1).toObject().value("code"_L1).toString(), bundledCode);
    QVERIFY(QString::fromUtf8(run.out).contains(bundledCode));
}

void CliTest::usesWorkspaceOfDesktopProgram()
{
    const Run run = cli({u"export"_s, u"--format"_s, u"csv"_s});

    QCOMPARE(run.exitCode, 0);
    QVERIFY(QFile::exists(path(u"data/PlanTrack/PlanTrack/plantrack.sqlite"_s)));
    QCOMPARE(CsvTable(run.out).rows.size(), 23);
}

void CliTest::followsWorkspaceOpenedLastInDesktopProgram()
{
    const QString database = path(u"usb/plans.sqlite"_s);
    QVERIFY(QDir().mkpath(path(u"config/PlanTrack"_s)));
    QVERIFY(writeFile(u"config/PlanTrack/PlanTrack.conf"_s,
                      "[workspace]\nlast=" + database.toUtf8() + '\n'));

    const Run run = cli({u"export"_s, u"--format"_s, u"csv"_s});

    QCOMPARE(run.exitCode, 0);
    QVERIFY(QFile::exists(database));
    QVERIFY(!QFile::exists(path(u"data/PlanTrack/PlanTrack/plantrack.sqlite"_s)));
}

void CliTest::importsChangedCopy()
{
    const QString database = path(u"plans.sqlite"_s);
    const QByteArray bundledCsv = exportCsv(database);
    QVERIFY(!bundledCsv.isEmpty());

    const QString changedTitle = u"Rà soát, sửa đổi quy định \"thu hút\"\nhai dòng"_s;
    PlanFile copy(exportJson(database));
    copy.setCode(u"KH-TEST-2026"_s);
    QVERIFY(copy.editTask(u"5"_s,
                          [&](QJsonObject &task) { task.insert(u"content_vi"_s, changedTitle); }));
    QVERIFY(writeFile(u"copy.json"_s, copy.toJson()));

    const Run run = cli({u"--lang"_s, u"en"_s, u"--db"_s, database, u"import"_s, u"copy.json"_s});

    QCOMPARE(run.exitCode, 0);
    QCOMPARE(QString::fromUtf8(run.out).trimmed(), u"Imported plan KH-TEST-2026: 19 rows."_s);
    const QStringList warnings = run.errorLines();
    QVERIFY(!warnings.isEmpty());
    for (const QString &line : warnings)
        QVERIFY2(line.startsWith("warning: "_L1), qPrintable(line));
    QVERIFY(warnings.join(u'\n').contains("III"_L1));

    const CsvTable original(bundledCsv);
    const CsvTable imported(exportCsv(database, u"KH-TEST-2026"_s));
    QCOMPARE(imported.header, original.header);
    QCOMPARE(imported.rows.size(), original.rows.size());
    for (qsizetype i = 0; i < original.rows.size(); ++i) {
        QStringList expected = original.rows.at(i);
        if (expected.constFirst() == "5"_L1)
            expected[csvColumns.indexOf(u"content_vi"_s)] = changedTitle;
        QCOMPARE(imported.rows.at(i), expected);
    }
    QCOMPARE(exportCsv(database), bundledCsv);

    const Run unknown =
        cli({u"--db"_s, database, u"export"_s, u"--format"_s, u"csv"_s, u"--plan"_s, u"NONE"_s});
    QCOMPARE(unknown.exitCode, 1);
    QCOMPARE(unknown.errorLines().size(), 1);
    QVERIFY(unknown.errorLines().constFirst().contains(bundledCode));
    QVERIFY(unknown.errorLines().constFirst().contains("KH-TEST-2026"_L1));
}

void CliTest::refusesPlanAlreadyPresent()
{
    const QString database = path(u"plans.sqlite"_s);
    const QByteArray before = exportCsv(database);
    QVERIFY(!before.isEmpty());

    const Run run = cli({u"--db"_s, database, u"import"_s, QStringLiteral(PLANTRACK_BUNDLED_PLAN)});

    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(run.errorLines().size(), 1);
    QVERIFY(run.errorLines().constFirst().startsWith("error: "_L1));
    QVERIFY(run.errorLines().constFirst().contains(bundledCode));
    QCOMPARE(exportCsv(database), before);
}

void CliTest::refusesBrokenFile_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QStringList>("named");

    QTest::newRow("truncated") << u"truncate"_s << QStringList{u"broken.json"_s, u"JSON"_s};
    QTest::newRow("half valid") << u"rows"_s
                                << QStringList{u"broken.json"_s,
                                               u"row 7"_s,
                                               u"NO-SUCH-AGENCY"_s,
                                               u"(and 1 more problem"_s};
}

void CliTest::refusesBrokenFile()
{
    QFETCH(QString, damage);
    QFETCH(QStringList, named);
    const QString database = path(u"plans.sqlite"_s);
    const QByteArray before = exportCsv(database);
    QVERIFY(!before.isEmpty());

    PlanFile file(exportJson(database));
    file.setCode(u"KH-BROKEN"_s);
    QByteArray json = file.toJson();
    if (damage == "truncate"_L1) {
        json.truncate(json.size() / 2);
    } else {
        QVERIFY(file.editTask(u"7"_s, [](QJsonObject &task) {
            task.insert(u"lead"_s, QJsonArray{u"NO-SUCH-AGENCY"_s});
        }));
        QVERIFY(file.editTask(u"9"_s, [](QJsonObject &task) {
            task.insert(u"deadline"_s, QJsonObject{{u"text"_s, u"Tháng 13/2026"_s}});
        }));
        json = file.toJson();
    }
    QVERIFY(writeFile(u"broken.json"_s, json));

    const Run run =
        cli({u"--lang"_s, u"en"_s, u"--db"_s, database, u"import"_s, path(u"broken.json"_s)});

    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(run.errorLines().size(), 1);
    const QString line = run.errorLines().constFirst();
    QVERIFY2(line.startsWith("error: "_L1), qPrintable(line));
    for (const QString &part : std::as_const(named))
        QVERIFY2(line.contains(part), qPrintable(line));

    QCOMPARE(exportCsv(database), before);
    QCOMPARE(cli({u"--db"_s,
                  database,
                  u"export"_s,
                  u"--format"_s,
                  u"csv"_s,
                  u"--plan"_s,
                  u"KH-BROKEN"_s})
                 .exitCode,
             1);
}

void CliTest::listsEveryProblemWhenVerbose()
{
    const QString database = path(u"plans.sqlite"_s);
    PlanFile file(exportJson(database));
    file.setCode(u"KH-BROKEN"_s);
    QVERIFY(file.editTask(u"7"_s, [](QJsonObject &task) {
        task.insert(u"lead"_s, QJsonArray{u"NO-SUCH-AGENCY"_s});
    }));
    QVERIFY(file.editTask(u"9"_s, [](QJsonObject &task) {
        task.insert(u"deadline"_s, QJsonObject{{u"text"_s, u"Tháng 13/2026"_s}});
    }));
    QVERIFY(writeFile(u"broken.json"_s, file.toJson()));

    const Run run = cli(
        {u"--lang"_s, u"en"_s, u"--db"_s, database, u"--verbose"_s, u"import"_s, u"broken.json"_s});

    QCOMPARE(run.exitCode, 1);
    const QStringList lines = run.errorLines();
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines.at(0).startsWith("error: "_L1));
    QVERIFY2(lines.at(1).contains("row 7"_L1), qPrintable(lines.at(1)));
    QVERIFY2(lines.at(2).contains("row 9"_L1), qPrintable(lines.at(2)));
    QVERIFY2(lines.at(2).contains(u"Tháng 13/2026"_s), qPrintable(lines.at(2)));
}

void CliTest::refusesForeignWorkspace()
{
    const QString database = path(u"x.sqlite"_s);
    QVERIFY(writeFile(u"x.sqlite"_s, "hello"));

    const Run exported = cli({u"--db"_s, database, u"export"_s, u"--format"_s, u"csv"_s});
    const Run imported =
        cli({u"--db"_s, database, u"import"_s, QStringLiteral(PLANTRACK_BUNDLED_PLAN)});

    for (const Run &run : {exported, imported}) {
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.isEmpty());
        QCOMPARE(run.errorLines().size(), 1);
        QVERIFY(run.errorLines().constFirst().startsWith("error: "_L1));
    }
    QFile file(database);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("hello"));
}

void CliTest::reportsUnwritableOutput()
{
    const QString output = path(u"missing/folder/plan.csv"_s);

    const Run run = cli({u"--db"_s,
                         path(u"plans.sqlite"_s),
                         u"export"_s,
                         u"--format"_s,
                         u"csv"_s,
                         u"-o"_s,
                         output});

    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.errorLines().size(), 1);
    QVERIFY(run.errorLines().constFirst().contains("plan.csv"_L1));
    QVERIFY(!QFile::exists(output));
}

void CliTest::rejectsWrongUsage_data()
{
    QTest::addColumn<QStringList>("arguments");

    QTest::newRow("unknown command") << QStringList{u"frobnicate"_s};
    QTest::newRow("no command") << QStringList{};
    QTest::newRow("unknown option") << QStringList{u"--nonsense"_s, u"export"_s};
    QTest::newRow("unknown language")
        << QStringList{u"--lang"_s, u"fr"_s, u"export"_s, u"--format"_s, u"csv"_s};
    QTest::newRow("format missing") << QStringList{u"export"_s};
    QTest::newRow("unknown format") << QStringList{u"export"_s, u"--format"_s, u"xml"_s};
    QTest::newRow("bom with json")
        << QStringList{u"export"_s, u"--format"_s, u"json"_s, u"--bom"_s};
    QTest::newRow("import without file") << QStringList{u"import"_s};
    QTest::newRow("import two files") << QStringList{u"import"_s, u"a.json"_s, u"b.json"_s};
}

void CliTest::rejectsWrongUsage()
{
    QFETCH(QStringList, arguments);
    const QString database = path(u"plans.sqlite"_s);

    const Run run = cli(QStringList{u"--db"_s, database} + arguments);

    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(run.errorLines().size(), 1);
    QVERIFY(run.errorLines().constFirst().startsWith("error: "_L1));
    QVERIFY(!QFile::exists(database));
}

void CliTest::showsHelp()
{
    const Run general = cli({u"--help"_s});
    const Run command = cli({u"export"_s, u"--help"_s});
    const Run version = cli({u"--version"_s});

    QCOMPARE(general.exitCode, 0);
    QVERIFY(general.out.contains("export"));
    QVERIFY(general.out.contains("import"));
    QVERIFY(general.out.contains("--db"));
    QCOMPARE(command.exitCode, 0);
    QVERIFY(command.out.contains("--format"));
    QVERIFY(command.out.contains("--plan"));
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith("plantrack-cli "));
}

QTEST_GUILESS_MAIN(CliTest)

#include "tst_cli.moc"
