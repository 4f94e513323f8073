// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clirunner.h"
#include "mainwindow/mainwindow.h"
#include "report/reportfeatures.h"
#include "report/reportsettings.h"
#include "storage/database.h"
#include "translations.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace PlanTrack;
using namespace PlanTrack::Test;

namespace {

const QByteArray updates =
    "stt,agency,date,state,completed_on,percent,result,difficulties,evidence\n"
    "1,SNV,2026-03-20,completed,2026-03-18,,Đã ban hành Quy chế hoạt động của Hội đồng,,"
    "1234/QĐ-UBND ngày 18/03/2026\n"
    "9,SYT,2026-04-10,in_progress,,50,Đã dự thảo quy định,Cần thống nhất với bảo hiểm y tế,\n"
    "12,SVHTT,2026-06-01,in_progress,,,Đã đăng 24 tin bài trên các nền tảng số,,\n";

QString pdfText(const QString &pdf)
{
    return toolOutput(u"pdftotext"_s, {u"-layout"_s, pdf, u"-"_s}).simplified();
}

} // namespace

class CliReportTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void writesPdfWithoutDisplay();
    void writesOdtByExtensionOrFormat();
    void writesEnglishReport();
    void reportsOnOneAgency();
    void addsTheTimelineOnRequest();
    void usesTheHeaderKeptInTheWorkspace();
    void refusesBadArguments_data();
    void refusesBadArguments();
    void sameReportAsTheDesktopProgram();

private:
    CliRun cli(const QStringList &arguments) const
    {
        return m_cli->run(QStringList{u"--db"_s, database()} + arguments);
    }

    QString database() const { return m_cli->path(u"w.sqlite"_s); }

    std::unique_ptr<CliRunner> m_cli;
};

void CliReportTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"PlanTrack"_s);
    QCoreApplication::setApplicationName(u"PlanTrack-tests-clireport"_s);
    // The command must start its own offscreen platform when there is no display.
    qunsetenv("QT_QPA_PLATFORM");
    qunsetenv("DISPLAY");
    qunsetenv("WAYLAND_DISPLAY");
    Translations::install(u"vi"_s);
}

void CliReportTest::init()
{
    m_cli = std::make_unique<CliRunner>(QStringLiteral(PLANTRACK_CLI));
    QVERIFY(m_cli->isValid());
    QVERIFY(m_cli->writeFile(u"updates.csv"_s, updates));
    const CliRun imported = cli({u"progress"_s, u"import"_s, m_cli->path(u"updates.csv"_s)});
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
}

void CliReportTest::writesPdfWithoutDisplay()
{
    const QString pdf = m_cli->path(u"report.pdf"_s);
    const CliRun run = cli({u"report"_s, u"--as-of"_s, u"2026-06-14"_s, u"-o"_s, pdf});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.out.isEmpty());

    QVERIFY(toolOutput(u"pdfinfo"_s, {pdf}).contains(u"595 x 842 pts (A4)"_s));
    const QString text = pdfText(pdf);
    QVERIFY(text.contains(u"BÁO CÁO"_s));
    QVERIFY(text.contains(u"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"_s));
    QVERIFY(text.contains(u"Hà Nội, ngày 14 tháng 6 năm 2026"_s));
    QVERIFY(text.contains(u"Đã ban hành Quy chế"_s));
    QVERIFY(text.contains(u"Cần thống nhất với bảo hiểm y tế"_s));
}

void CliReportTest::writesOdtByExtensionOrFormat()
{
    const QString odt = m_cli->path(u"report.odt"_s);
    CliRun run = cli({u"report"_s, u"--as-of"_s, u"2026-06-14"_s, u"-o"_s, odt});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(QProcess::execute(u"unzip"_s, {u"-tq"_s, odt}), 0);
    QVERIFY(toolOutput(u"unzip"_s, {u"-p"_s, odt, u"content.xml"_s}).contains(u"BÁO CÁO"_s));

    const QString named = m_cli->path(u"editable.copy"_s);
    run =
        cli({u"report"_s, u"--as-of"_s, u"2026-06-14"_s, u"--format"_s, u"odt"_s, u"-o"_s, named});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(toolOutput(u"unzip"_s, {u"-p"_s, named, u"mimetype"_s}),
             u"application/vnd.oasis.opendocument.text"_s);
}

void CliReportTest::writesEnglishReport()
{
    const QString pdf = m_cli->path(u"en.pdf"_s);
    const CliRun run =
        cli({u"--lang"_s, u"en"_s, u"report"_s, u"--as-of"_s, u"2026-06-14"_s, u"-o"_s, pdf});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QString text = pdfText(pdf);
    QVERIFY(text.contains(u"SOCIALIST REPUBLIC OF VIET NAM"_s));
    QVERIFY(text.contains(u"Hanoi, 14 June 2026"_s));
    QVERIFY(text.contains(u"REPORT"_s));
    QVERIFY(text.contains(u"Department of Health"_s));
    QVERIFY(!text.contains(u"BÁO CÁO"_s));
}

void CliReportTest::reportsOnOneAgency()
{
    const QString pdf = m_cli->path(u"syt.pdf"_s);
    CliRun run =
        cli({u"report"_s, u"--as-of"_s, u"2026-06-14"_s, u"--agency"_s, u"SYT"_s, u"-o"_s, pdf});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QString text = pdfText(pdf);
    QVERIFY(text.contains(u"Đã dự thảo quy định"_s));
    // Another agency's update is not its result.
    QVERIFY(!text.contains(u"Đã ban hành Quy chế"_s));

    const QString refused = m_cli->path(u"none.pdf"_s);
    run = cli({u"report"_s, u"--agency"_s, u"NOPE"_s, u"-o"_s, refused});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(QString::fromUtf8(run.err).contains(u"NOPE"_s));
    QVERIFY(!QFile::exists(refused));
}

void CliReportTest::addsTheTimelineOnRequest()
{
    const QString plain = m_cli->path(u"plain.pdf"_s);
    const QString withTimeline = m_cli->path(u"timeline.pdf"_s);
    CliRun run = cli({u"report"_s, u"--as-of"_s, u"2026-06-14"_s, u"-o"_s, plain});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    run = cli({u"report"_s, u"--as-of"_s, u"2026-06-14"_s, u"--timeline"_s, u"-o"_s, withTimeline});
    QVERIFY2(run.exitCode == 0, run.err.constData());

    const auto pages = [](const QString &pdf) {
        const QString info = toolOutput(u"pdfinfo"_s, {pdf});
        const qsizetype at = info.indexOf(u"Pages:"_s);
        return info.mid(at + 6).section(u'\n', 0, 0).trimmed().toInt();
    };
    QVERIFY2(pages(withTimeline) > pages(plain),
             qPrintable(u"%1 pages against %2"_s.arg(pages(withTimeline)).arg(pages(plain))));

    // Two appendices now, the second the timeline with its axis and every row's number.
    const QString text = pdfText(withTimeline);
    QVERIFY(text.contains(u"Phụ lục I "_s) || text.contains(u"Phụ lục I."_s));
    QVERIFY(text.contains(u"Phụ lục II"_s));
    QVERIFY(text.contains(u"Quý II/2026"_s));
    const QString timelinePages =
        toolOutput(u"pdftotext"_s,
                   {u"-layout"_s, u"-f"_s, QString::number(pages(plain)), withTimeline, u"-"_s});
    for (const QString &stt : {u"15"_s, u"19"_s})
        QVERIFY2(timelinePages.contains(stt), qPrintable(stt));

    // The editable copy carries the timeline as pictures.
    const QString odt = m_cli->path(u"timeline.odt"_s);
    run = cli({u"report"_s, u"--as-of"_s, u"2026-06-14"_s, u"--timeline"_s, u"-o"_s, odt});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QString content = toolOutput(u"unzip"_s, {u"-p"_s, odt, u"content.xml"_s});
    QVERIFY(content.contains(u"timeline1.png"_s));
    QVERIFY(content.contains(u"timeline2.png"_s));
}

void CliReportTest::usesTheHeaderKeptInTheWorkspace()
{
    QString error;
    {
        const std::unique_ptr<Database> database = Workspace::open(this->database(), &error);
        QVERIFY2(database, qPrintable(error));
        ReportSettings settings = ReportSettings::defaults();
        settings.issuingBody.vi = u"SỞ Y TẾ"_s;
        settings.number = u"27/BC-SYT"_s;
        settings.signerName = u"Trần Thị Bình"_s;
        QVERIFY2(settings.save(*database, &error), qPrintable(error));
    }
    const QString pdf = m_cli->path(u"kept.pdf"_s);
    const CliRun run = cli({u"report"_s, u"--as-of"_s, u"2026-06-14"_s, u"-o"_s, pdf});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QString text = pdfText(pdf);
    QVERIFY(text.contains(u"SỞ Y TẾ"_s));
    QVERIFY(text.contains(u"Số: 27/BC-SYT"_s));
    QVERIFY(text.contains(u"Trần Thị Bình"_s));
}

void CliReportTest::refusesBadArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");

    QTest::newRow("no output") << QStringList{u"report"_s, u"--as-of"_s, u"2026-06-14"_s} << 2;
    QTest::newRow("bad date")
        << QStringList{u"report"_s, u"--as-of"_s, u"14/06/2026"_s, u"-o"_s, u"x.pdf"_s} << 2;
    QTest::newRow("bad format")
        << QStringList{u"report"_s, u"--format"_s, u"docx"_s, u"-o"_s, u"x.docx"_s} << 2;
    QTest::newRow("unknown plan")
        << QStringList{u"report"_s, u"--plan"_s, u"KH-0"_s, u"-o"_s, u"x.pdf"_s} << 1;
}

void CliReportTest::refusesBadArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);

    const CliRun run = cli(arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY(!run.err.isEmpty());
    QVERIFY(!QFile::exists(m_cli->path(u"x.pdf"_s)));
    QVERIFY(!QFile::exists(m_cli->path(u"x.docx"_s)));
}

void CliReportTest::sameReportAsTheDesktopProgram()
{
    const QString fromCli = m_cli->path(u"cli.pdf"_s);
    const CliRun run = cli({u"report"_s, u"--as-of"_s, u"2026-06-14"_s, u"-o"_s, fromCli});
    QVERIFY2(run.exitCode == 0, run.err.constData());

    MainWindow window;
    QString error;
    QVERIFY2(window.openWorkspace(database(), &error), qPrintable(error));
    installReportFeatures(window);
    auto *actions = window.findChild<ReportActions *>();
    QVERIFY(actions);
    const std::optional<ReportSettings> settings = actions->storedSettings(&error);
    QVERIFY2(settings, qPrintable(error));
    const QString fromGui = m_cli->path(u"gui.pdf"_s);
    QVERIFY2(
        actions->exportTo(ReportJob::Format::Pdf, fromGui, *settings, QDate(2026, 6, 14), &error),
        qPrintable(error));

    const QString cliText = pdfText(fromCli);
    QVERIFY(!cliText.isEmpty());
    QCOMPARE(pdfText(fromGui), cliText);
    const QRegularExpression pages(u"Pages:\\s+(\\d+)"_s);
    QCOMPARE(pages.match(toolOutput(u"pdfinfo"_s, {fromGui})).captured(1),
             pages.match(toolOutput(u"pdfinfo"_s, {fromCli})).captured(1));
}

QTEST_MAIN(CliReportTest)
#include "tst_clireport.moc"
