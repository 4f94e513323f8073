// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/reportdata.h"
#include "report/reportjob.h"
#include "report/reportodtwriter.h"
#include "translations.h"
#include "workspace/workspacesession.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QXmlStreamReader>

#include <memory>

using namespace Qt::StringLiterals;
using namespace PlanTrack;

namespace {

const QDate asOf(2026, 6, 14);

QByteArray unzipped(const QString &zip, const QString &member)
{
    QProcess process;
    process.start(u"unzip"_s, {u"-p"_s, zip, member});
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    return process.readAllStandardOutput();
}

/// Holds the tables of an ODT's content.xml, each as rows of cell texts.
using Table = QList<QStringList>;

QList<Table> tablesOf(const QByteArray &contentXml)
{
    QList<Table> tables;
    QList<int> open; // indices of the tables being read; tables may nest
    QXmlStreamReader xml(contentXml);
    QString cell;
    int depth = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == "table"_L1 && xml.prefix() == "table"_L1) {
                tables.append(Table());
                open.append(int(tables.size()) - 1);
            } else if (xml.name() == "table-row"_L1 && !open.isEmpty()) {
                tables[open.constLast()].append(QStringList());
            } else if (xml.name() == "table-cell"_L1 && !open.isEmpty()) {
                ++depth;
                cell.clear();
            } else if (xml.name() == "p"_L1 && depth > 0 && !cell.isEmpty()) {
                cell += u'\n';
            }
        } else if (xml.isCharacters() && !xml.isWhitespace() && depth > 0) {
            cell += xml.text();
        } else if (xml.isEndElement()) {
            if (xml.name() == "table-cell"_L1 && !open.isEmpty()) {
                --depth;
                if (!tables[open.constLast()].isEmpty())
                    tables[open.constLast()].last().append(cell);
            } else if (xml.name() == "table"_L1 && xml.prefix() == "table"_L1) {
                open.removeLast();
            }
        }
    }
    return tables;
}

} // namespace

class ReportOdtTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void documentHoldsTheReport();
    void writesAnOpenDocumentText();
    void refusesAPathThatCannotBeWritten();

private:
    std::unique_ptr<ReportJob> makeJob(const QString &language = u"vi"_s);

    QTemporaryDir m_dir;
    std::unique_ptr<WorkspaceSession> m_session;
};

void ReportOdtTest::initTestCase()
{
    Translations::install(u"vi"_s);
    QVERIFY2(!QStandardPaths::findExecutable(u"unzip"_s).isEmpty(), "unzip reads the ODT back");
}

void ReportOdtTest::init()
{
    QString error;
    m_session = WorkspaceSession::openInMemory(&error);
    QVERIFY2(m_session, qPrintable(error));

    ProgressUpdate update;
    update.taskId = m_session->plans().constFirst().taskByStt(u"9"_s)->id;
    update.agencyId = m_session->agencies().byCode(u"SYT"_s)->id;
    update.reportedOn = QDate(2026, 4, 10);
    update.state = ProgressState::InProgress;
    update.result = u"Đã dự thảo quy định, đang lấy ý kiến các bệnh viện"_s;
    update.difficulties = u"Cần thống nhất với bảo hiểm y tế"_s;
    QVERIFY2(m_session->addUpdate(update, &error), qPrintable(error));
}

std::unique_ptr<ReportJob> ReportOdtTest::makeJob(const QString &language)
{
    ReportRequest request;
    request.asOf = asOf;
    request.language = language;
    QString error;
    std::unique_ptr<ReportJob> job =
        ReportJob::make(*m_session, request, ReportSettings::defaults(), &error);
    if (!job)
        qWarning("%s", qPrintable(error));
    return job;
}

void ReportOdtTest::documentHoldsTheReport()
{
    const std::unique_ptr<ReportJob> job = makeJob();
    QVERIFY(job);
    const std::unique_ptr<QTextDocument> document = ReportOdtWriter(job->data()).document();
    const QString text = document->toPlainText();

    QVERIFY(text.contains(u"ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI"_s));
    QVERIFY(text.contains(u"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"_s));
    QVERIFY(text.contains(u"Độc lập - Tự do - Hạnh phúc"_s));
    QVERIFY(text.contains(u"Hà Nội, ngày 14 tháng 6 năm 2026"_s));
    QVERIFY(text.contains(u"BÁO CÁO"_s));
    QVERIFY(text.contains(u"Nơi nhận:"_s));
    QVERIFY(text.contains(u"Đã dự thảo quy định, đang lấy ý kiến các bệnh viện"_s));
}

void ReportOdtTest::writesAnOpenDocumentText()
{
    const std::unique_ptr<ReportJob> job = makeJob();
    QVERIFY(job);
    const QString path = m_dir.filePath(u"report.odt"_s);
    QString error;
    QVERIFY2(job->write(ReportJob::Format::Odt, path, &error), qPrintable(error));

    QCOMPARE(QProcess::execute(u"unzip"_s, {u"-tq"_s, path}), 0);
    QCOMPARE(unzipped(path, u"mimetype"_s), QByteArray("application/vnd.oasis.opendocument.text"));
    const QByteArray content = unzipped(path, u"content.xml"_s);
    QVERIFY(!content.isEmpty());

    // The task table is the one whose first column holds every row's number, in order.
    const QList<Table> tables = tablesOf(content);
    QStringList expected;
    for (const Task &task : m_session->plans().constFirst().tasks)
        expected.append(task.stt);
    const ReportData &data = job->data();
    bool found = false;
    for (const Table &table : tables) {
        QStringList numbers;
        for (const QStringList &row : table) {
            if (row.size() == 9 && expected.contains(row.constFirst()))
                numbers.append(row.constFirst());
        }
        if (numbers != expected)
            continue;
        found = true;
        for (const QStringList &row : table) {
            if (row.size() != 9 || row.constFirst() != u"9"_s)
                continue;
            QVERIFY(row.at(5).contains(u"Đã dự thảo quy định"_s));
            QCOMPARE(row.at(6), statusLabel(Status::Overdue));
            QCOMPARE(row.at(7), u"Cần thống nhất với bảo hiểm y tế"_s);
        }
        // Section headings span the row; the header rows come first.
        QCOMPARE(table.size(), 1 + data.tables.at(0).rows.size());
    }
    QVERIFY2(found, "a table with every row of the plan");

    // Section headings and grouped titles span their cells.
    const QString xml = QString::fromUtf8(content);
    QVERIFY(xml.contains(u"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"_s));
    QVERIFY(xml.contains(u"table:number-columns-spanned=\"9\""_s));
    QVERIFY(xml.contains(u"table:number-rows-spanned=\"2\""_s));
}

void ReportOdtTest::refusesAPathThatCannotBeWritten()
{
    const std::unique_ptr<ReportJob> job = makeJob();
    QString error;
    QVERIFY(!job->write(ReportJob::Format::Odt, m_dir.filePath(u"missing/report.odt"_s), &error));
    QVERIFY(error.contains(u"report.odt"_s));
    QVERIFY(!QFile::exists(m_dir.filePath(u"missing/report.odt"_s)));
}

QTEST_MAIN(ReportOdtTest)
#include "tst_reportodt.moc"
