// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clirunner.h"

#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using PlanTrack::Test::CliRun;
using PlanTrack::Test::CliRunner;
using PlanTrack::Test::toolOutput;

namespace {

/// Describes a page as pdfinfo reports it, in points.
struct PageSize
{
    double width = 0;
    double height = 0;
};

} // namespace

class CliGanttTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void printsBundledPlanOnLandscapePages_data();
    void printsBundledPlanOnLandscapePages();
    void printsChosenSpanOnA3();
    void refusesWrongUsage_data();
    void refusesWrongUsage();
    void reportsUnwritableFile();

private:
    QString path(const QString &name) const { return m_cli->path(name); }

    CliRun cli(const QStringList &arguments) const { return m_cli->run(arguments); }

    QList<PageSize> pageSizes(const QString &pdf) const;
    QString text(const QString &pdf) const;

    std::unique_ptr<CliRunner> m_cli;
    QString m_pdfinfo;
    QString m_pdftotext;
};

void CliGanttTest::initTestCase()
{
    m_pdfinfo = QStandardPaths::findExecutable(u"pdfinfo"_s);
    m_pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
    if (m_pdfinfo.isEmpty() || m_pdftotext.isEmpty())
        QSKIP("pdfinfo and pdftotext (poppler-utils) are needed to read the PDF");
}

void CliGanttTest::init()
{
    m_cli = std::make_unique<CliRunner>(QStringLiteral(PLANTRACK_CLI));
    QVERIFY(m_cli->isValid());
}

void CliGanttTest::cleanup()
{
    m_cli.reset();
}

QList<PageSize> CliGanttTest::pageSizes(const QString &pdf) const
{
    const QString info = toolOutput(m_pdfinfo, {u"-f"_s, u"1"_s, u"-l"_s, u"1000"_s, pdf});
    static const QRegularExpression size(u"Page\\s+\\d+ size:\\s+([\\d.]+) x ([\\d.]+) pts"_s);
    QList<PageSize> sizes;
    for (const QString &line : info.split(u'\n')) {
        const QRegularExpressionMatch match = size.match(line);
        if (match.hasMatch())
            sizes.append({match.captured(1).toDouble(), match.captured(2).toDouble()});
    }
    return sizes;
}

QString CliGanttTest::text(const QString &pdf) const
{
    return toolOutput(m_pdftotext, {u"-layout"_s, pdf, u"-"_s}).simplified();
}

void CliGanttTest::printsBundledPlanOnLandscapePages_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("axisLabels");
    QTest::addColumn<QStringList>("words");
    QTest::addColumn<QString>("page");

    QTest::newRow("vi") << u"vi"_s << QStringList{u"Quý I/2026"_s, u"Quý IV/2027"_s, u"2030"_s}
                        << QStringList{u"Tình trạng đến ngày 30/06/2026"_s,
                                       u"Quyết định của UBND Thành phố"_s,
                                       u"Đang thực hiện quá hạn"_s}
                        << u"Trang"_s;
    QTest::newRow("en") << u"en"_s << QStringList{u"Q1 2026"_s, u"Q4 2027"_s, u"2030"_s}
                        << QStringList{u"Status as of 30/06/2026"_s,
                                       u"Decision of the Hanoi People's Committee"_s,
                                       u"completed on time"_s}
                        << u"Page"_s;
}

void CliGanttTest::printsBundledPlanOnLandscapePages()
{
    QFETCH(QString, language);
    QFETCH(QStringList, axisLabels);
    QFETCH(QStringList, words);
    QFETCH(QString, page);

    const QString pdf = path(u"timeline.pdf"_s);
    const CliRun result = cli({u"--db"_s,
                               path(u"plans.sqlite"_s),
                               u"--lang"_s,
                               language,
                               u"gantt"_s,
                               u"--as-of"_s,
                               u"2026-06-30"_s,
                               u"-o"_s,
                               pdf});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY2(result.err.isEmpty(), result.err.constData());
    QVERIFY(QFile::exists(pdf));

    // Landscape A4 pages, more than one: the plan is never squeezed onto a single page.
    const QList<PageSize> sizes = pageSizes(pdf);
    QVERIFY(sizes.size() > 1);
    for (const PageSize &size : sizes) {
        QVERIFY(qAbs(size.width - 841.89) < 1);
        QVERIFY(qAbs(size.height - 595.28) < 1);
    }

    const QString content = text(pdf);
    for (int stt = 1; stt <= 19; ++stt) {
        const QRegularExpression number(u"(^|\\s)%1(\\s|$)"_s.arg(stt));
        QVERIFY2(content.contains(number), qPrintable(u"STT %1"_s.arg(stt)));
    }
    for (const QString &label : axisLabels)
        QVERIFY2(content.contains(label), qPrintable(label));
    for (const QString &word : words)
        QVERIFY2(content.contains(word), qPrintable(word));
    // Every page numbered "page x / n".
    for (int number = 1; number <= sizes.size(); ++number) {
        const QRegularExpression label(u"%1 %2 ?/ ?%3"_s.arg(page).arg(number).arg(sizes.size()));
        QVERIFY2(content.contains(label), qPrintable(label.pattern()));
    }
}

void CliGanttTest::printsChosenSpanOnA3()
{
    const QString pdf = path(u"a3.pdf"_s);
    const CliRun result = cli({u"--db"_s,
                               path(u"plans.sqlite"_s),
                               u"--lang"_s,
                               u"en"_s,
                               u"gantt"_s,
                               u"--from"_s,
                               u"2026-01-01"_s,
                               u"--to"_s,
                               u"2026-12-31"_s,
                               u"--zoom"_s,
                               u"months"_s,
                               u"--page"_s,
                               u"A3"_s,
                               u"-o"_s,
                               pdf});
    QVERIFY2(result.exitCode == 0, result.err.constData());

    const QList<PageSize> sizes = pageSizes(pdf);
    QCOMPARE(sizes.size(), 1);
    QVERIFY(qAbs(sizes.constFirst().width - 1190.55) < 1);
    QVERIFY(qAbs(sizes.constFirst().height - 841.89) < 1);

    const QString content = text(pdf);
    QVERIFY(content.contains(u"Jan 2026"_s));
    QVERIFY(content.contains(u"Dec 2026"_s));
    QVERIFY(!content.contains(u"2027"_s));
    QVERIFY(content.contains(u"Page 1 / 1"_s));
}

void CliGanttTest::refusesWrongUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");

    QTest::newRow("no output") << QStringList{u"gantt"_s} << u"-o FILE.pdf"_s;
    QTest::newRow("bad as-of")
        << QStringList{u"gantt"_s, u"--as-of"_s, u"30/06/2026"_s, u"-o"_s, u"x.pdf"_s}
        << u"yyyy-MM-dd"_s;
    QTest::newRow("bad paper")
        << QStringList{u"gantt"_s, u"--page"_s, u"Letter"_s, u"-o"_s, u"x.pdf"_s} << u"A4 or A3"_s;
    QTest::newRow("bad unit")
        << QStringList{u"gantt"_s, u"--zoom"_s, u"days"_s, u"-o"_s, u"x.pdf"_s} << u"quarters"_s;
    QTest::newRow("ends before start") << QStringList{u"gantt"_s,
                                                      u"--from"_s,
                                                      u"2027-01-01"_s,
                                                      u"--to"_s,
                                                      u"2026-01-01"_s,
                                                      u"-o"_s,
                                                      u"x.pdf"_s}
                                       << u"before it starts"_s;
    QTest::newRow("unknown plan")
        << QStringList{u"gantt"_s, u"--plan"_s, u"KH-0"_s, u"-o"_s, u"x.pdf"_s} << u"KH-0"_s;
}

void CliGanttTest::refusesWrongUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);

    const CliRun result =
        cli(QStringList{u"--db"_s, path(u"plans.sqlite"_s), u"--lang"_s, u"en"_s} + arguments);
    QVERIFY(result.exitCode != 0);
    const QStringList lines = QString::fromUtf8(result.err).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.constFirst().startsWith(u"error: "_s), result.err.constData());
    QVERIFY2(lines.constFirst().contains(message), result.err.constData());
    QVERIFY(!QFile::exists(path(u"x.pdf"_s)));
}

void CliGanttTest::reportsUnwritableFile()
{
    const QString pdf = path(u"missing/folder/timeline.pdf"_s);
    const CliRun result =
        cli({u"--db"_s, path(u"plans.sqlite"_s), u"--lang"_s, u"vi"_s, u"gantt"_s, u"-o"_s, pdf});
    QCOMPARE(result.exitCode, 1);
    const QStringList lines = QString::fromUtf8(result.err).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1);
    QVERIFY(lines.constFirst().startsWith(u"error: "_s));
    QVERIFY(lines.constFirst().contains(u"timeline.pdf"_s));
    QVERIFY(!QFile::exists(pdf));
}

QTEST_GUILESS_MAIN(CliGanttTest)
#include "tst_cligantt.moc"
