// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/reportdata.h"
#include "report/reportjob.h"
#include "report/reportlanguage.h"
#include "translations.h"
#include "workspace/workspacesession.h"

#include <QPrinter>
#include <QProcess>
#include <QRectF>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <memory>

using namespace Qt::StringLiterals;
using namespace PlanTrack;

namespace {

const QDate asOf(2026, 6, 14);

/// Holds a word of a PDF page with its box, in points from the page's top left corner.
struct Word
{
    QString text;
    QRectF box;
};

QString runTool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString normalised(const QString &text)
{
    return text.simplified();
}

/// Returns the text of one page as pdftotext lays it out, optionally of a part of it.
QString pageText(const QString &pdf, int page, const QRectF &crop = {})
{
    QStringList arguments{
        u"-layout"_s, u"-f"_s, QString::number(page), u"-l"_s, QString::number(page)};
    if (crop.isValid())
        arguments << u"-x"_s << QString::number(int(crop.x())) << u"-y"_s
                  << QString::number(int(crop.y())) << u"-W"_s << QString::number(int(crop.width()))
                  << u"-H"_s << QString::number(int(crop.height()));
    return runTool(u"pdftotext"_s, arguments << pdf << u"-"_s);
}

QList<Word> pageWords(const QString &pdf, int page)
{
    QXmlStreamReader xml(runTool(
        u"pdftotext"_s,
        {u"-bbox"_s, u"-f"_s, QString::number(page), u"-l"_s, QString::number(page), pdf, u"-"_s}));
    QList<Word> words;
    while (xml.readNextStartElement() || !xml.atEnd()) {
        if (xml.isStartElement() && xml.name() == "word"_L1) {
            const QXmlStreamAttributes a = xml.attributes();
            const QPointF topLeft(a.value("xMin"_L1).toDouble(), a.value("yMin"_L1).toDouble());
            const QPointF bottomRight(a.value("xMax"_L1).toDouble(), a.value("yMax"_L1).toDouble());
            words.append({xml.readElementText(), QRectF(topLeft, bottomRight)});
        } else if (!xml.isStartElement()) {
            xml.readNext();
        }
    }
    return words;
}

int pageCount(const QString &pdf)
{
    const QRegularExpression pages(u"Pages:\\s+(\\d+)"_s);
    return pages.match(runTool(u"pdfinfo"_s, {pdf})).captured(1).toInt();
}

QString pageSize(const QString &pdf, int page)
{
    const QRegularExpression size(u"Page\\s+\\d+ size:\\s+(.*)"_s);
    return size
        .match(runTool(u"pdfinfo"_s,
                       {u"-f"_s, QString::number(page), u"-l"_s, QString::number(page), pdf}))
        .captured(1)
        .trimmed();
}

/// Returns the span of a table column on a page: from halfway between its title and the
/// title before to halfway between it and the next title, whose first word is next. Titles
/// of one, two or three lines are centred in the header row, so the header's words are
/// those within a line and a half of the title's first word.
QPair<double, double>
columnSpan(const QList<Word> &words, const QString &title, const QString &next)
{
    const QString first = title.section(u' ', 0, 0);
    for (const Word &candidate : words) {
        if (candidate.text != first)
            continue;
        QList<Word> band;
        for (const Word &word : words) {
            if (word.box.top() > candidate.box.top() - 13
                && word.box.bottom() < candidate.box.bottom() + 13)
                band.append(word);
        }
        const auto following = std::find_if(band.cbegin(), band.cend(), [&](const Word &w) {
            return w.text == next && w.box.left() > candidate.box.right();
        });
        if (following == band.cend())
            continue;

        double before = 0;
        double own = candidate.box.right();
        for (const Word &word : std::as_const(band)) {
            if (word.box.right() < candidate.box.left())
                before = std::max(before, word.box.right());
            else if (word.box.left() < following->box.left())
                own = std::max(own, word.box.right());
        }
        const double left = before > 0 ? (before + candidate.box.left()) / 2 : 0;
        return {left, (own + following->box.left()) / 2};
    }
    return {-1, -1};
}

/// Returns the words whose middle lies in a column, in reading order, below the header.
QStringList columnWords(const QList<Word> &words, QPair<double, double> span, double below)
{
    QList<Word> inside;
    for (const Word &word : words) {
        const double middle = word.box.center().x();
        if (middle > span.first && middle < span.second && word.box.top() > below)
            inside.append(word);
    }
    std::sort(inside.begin(), inside.end(), [](const Word &a, const Word &b) {
        return qAbs(a.box.top() - b.box.top()) < 2 ? a.box.left() < b.box.left()
                                                   : a.box.top() < b.box.top();
    });
    QStringList texts;
    for (const Word &word : std::as_const(inside))
        texts.append(word.text);
    return texts;
}

/// Returns the top of the header word of a title on a page, or -1.
double headerTop(const QList<Word> &words, const QString &title, const QString &next)
{
    const QPair<double, double> span = columnSpan(words, title, next);
    for (const Word &word : words) {
        if (span.first >= 0 && word.text == title.section(u' ', 0, 0)
            && word.box.center().x() > span.first && word.box.center().x() < span.second)
            return word.box.top();
    }
    return -1;
}

} // namespace

class ReportPdfTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void officialHeader_data();
    void officialHeader();
    void everyRowNumberAndStatus_data();
    void everyRowNumberAndStatus();
    void fontsAreEmbedded();
    void a4PagesWithLandscapeAppendix();
    void pageNumbersAtTheTopFromPageTwo();
    void tableHeaderOnEveryAppendixPage();
    void rowTallerThanAPageIsSplit();
    void printerPagesStayPortrait();

private:
    QString writePdf(const QString &language, const QString &name, ReportData *data = nullptr);

    const Task &row(const QString &stt) const
    {
        return *m_session->plans().constFirst().taskByStt(stt);
    }

    bool addUpdate(const QString &stt,
                   const QString &agency,
                   QDate on,
                   ProgressState state,
                   const QString &result);

    QTemporaryDir m_dir;
    std::unique_ptr<WorkspaceSession> m_session;
};

void ReportPdfTest::initTestCase()
{
    Translations::install(u"vi"_s);
    for (const QString &tool : {u"pdftotext"_s, u"pdfinfo"_s, u"pdffonts"_s})
        QVERIFY2(!QStandardPaths::findExecutable(tool).isEmpty(),
                 "the poppler-utils programs read the PDF files back");
}

void ReportPdfTest::init()
{
    QString error;
    m_session = WorkspaceSession::openInMemory(&error);
    QVERIFY2(m_session, qPrintable(error));
    QVERIFY(addUpdate(u"1"_s,
                      u"SNV"_s,
                      {2026, 3, 20},
                      ProgressState::Completed,
                      u"Đã ban hành Quy chế hoạt động của Hội đồng"_s));
    QVERIFY(addUpdate(u"9"_s,
                      u"SYT"_s,
                      {2026, 4, 10},
                      ProgressState::InProgress,
                      u"Đã dự thảo quy định, đang lấy ý kiến"_s));
    QVERIFY(addUpdate(u"5"_s,
                      u"SNV"_s,
                      {2026, 6, 1},
                      ProgressState::InProgress,
                      u"Đang xây dựng cơ sở dữ liệu"_s));
}

void ReportPdfTest::cleanup()
{
    m_session.reset();
}

bool ReportPdfTest::addUpdate(
    const QString &stt, const QString &agency, QDate on, ProgressState state, const QString &result)
{
    ProgressUpdate update;
    update.taskId = row(stt).id;
    update.agencyId = m_session->agencies().byCode(agency)->id;
    update.reportedOn = on;
    update.state = state;
    update.result = result;
    QString error;
    if (!m_session->addUpdate(update, &error))
        qWarning("%s", qPrintable(error));
    return update.id != 0;
}

QString ReportPdfTest::writePdf(const QString &language, const QString &name, ReportData *data)
{
    ReportRequest request;
    request.asOf = asOf;
    request.language = language;
    QString error;
    const std::unique_ptr<ReportJob> job =
        ReportJob::make(*m_session, request, ReportSettings::defaults(), &error);
    if (!job) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    const QString path = m_dir.filePath(name);
    if (!job->write(ReportJob::Format::Pdf, path, &error)) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    if (data)
        *data = job->data();
    return path;
}

void ReportPdfTest::officialHeader_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("left");
    QTest::addColumn<QStringList>("right");
    QTest::addColumn<QString>("title");

    QTest::newRow("vi") << u"vi"_s
                        << QStringList{u"ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI"_s,
                                       u"SỞ NỘI VỤ"_s,
                                       u"Số: …/BC-SNV"_s}
                        << QStringList{u"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"_s,
                                       u"Độc lập - Tự do - Hạnh phúc"_s,
                                       u"Hà Nội, ngày 14 tháng 6 năm 2026"_s}
                        << u"BÁO CÁO"_s;
    QTest::newRow("en") << u"en"_s
                        << QStringList{u"HANOI PEOPLE'S COMMITTEE"_s,
                                       u"DEPARTMENT OF HOME AFFAIRS"_s,
                                       u"No.: …/BC-SNV"_s}
                        << QStringList{u"SOCIALIST REPUBLIC OF VIET NAM"_s,
                                       u"Independence - Freedom - Happiness"_s,
                                       u"Hanoi, 14 June 2026"_s}
                        << u"REPORT"_s;
}

void ReportPdfTest::officialHeader()
{
    QFETCH(QString, language);
    QFETCH(QStringList, left);
    QFETCH(QStringList, right);
    QFETCH(QString, title);

    const QString pdf = writePdf(language, u"header.pdf"_s);
    QVERIFY(!pdf.isEmpty());

    // Each column of the header read on its own: left the bodies and the number, right the
    // national name, the motto and the place and date.
    const QString leftColumn = normalised(pageText(pdf, 1, QRectF(0, 0, 283, 170)));
    const QString rightColumn = normalised(pageText(pdf, 1, QRectF(283, 0, 312, 170)));
    for (const QString &line : std::as_const(left))
        QVERIFY2(leftColumn.contains(line), qPrintable(leftColumn));
    for (const QString &line : std::as_const(right))
        QVERIFY2(rightColumn.contains(line), qPrintable(rightColumn));
    QVERIFY(!leftColumn.contains(right.constFirst()));

    const QString page = normalised(pageText(pdf, 1));
    QVERIFY(page.contains(title));
    QVERIFY(page.contains(m_session->plans().constFirst().title(language == u"en"_s)));

    // The closing names the recipients and the signer's authority.
    QString all;
    for (int p = 1; p <= pageCount(pdf); ++p)
        all += pageText(pdf, p);
    all = normalised(all);
    QVERIFY(all.contains(language == u"en"_s ? u"Recipients:"_s : u"Nơi nhận:"_s));
    QVERIFY(all.contains(language == u"en"_s ? u"FOR THE DIRECTOR"_s : u"KT. GIÁM ĐỐC"_s));
    QVERIFY(all.contains(language == u"en"_s ? u"Appendix"_s : u"Phụ lục"_s));
}

void ReportPdfTest::everyRowNumberAndStatus_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("vi") << u"vi"_s;
    QTest::newRow("en") << u"en"_s;
}

void ReportPdfTest::everyRowNumberAndStatus()
{
    QFETCH(QString, language);
    ReportData data;
    const QString pdf = writePdf(language, u"rows.pdf"_s, &data);
    QVERIFY(!pdf.isEmpty());

    // The titles of the task table's columns: number, task, …, status, difficulties.
    const QList<ReportColumn> &columns = data.tables.constFirst().columns;
    const QString numberTitle = columns.at(0).title;
    const QString taskTitle = columns.at(1).title;
    const QString statusTitle = columns.at(6).title;
    const QString nextTitle = columns.at(7).title;
    QStringList labels;
    {
        const ReportLanguage speaking(language);
        const StatusSheet sheet = m_session->statusAsOf(asOf);
        for (const Task &task : m_session->plans().constFirst().tasks)
            labels.append(statusLabel(sheet.task(task.id)->status));
    }

    QStringList numbers;
    QString statuses;
    static const QRegularExpression number(u"^\\d+(\\.\\d+)?$"_s);
    for (int page = 1; page <= pageCount(pdf); ++page) {
        if (pageSize(pdf, page).startsWith(u"595"_s))
            continue;
        const QList<Word> words = pageWords(pdf, page);
        const QString task = taskTitle.section(u' ', 0, 0);
        const QString next = nextTitle.section(u' ', 0, 0);
        const double top = headerTop(words, numberTitle, task);
        QVERIFY2(top > 0, qPrintable(QString::number(page)));
        for (const QString &word : columnWords(words, columnSpan(words, numberTitle, task), top)) {
            if (number.match(word).hasMatch())
                numbers.append(word);
        }
        statuses +=
            u' ' + columnWords(words, columnSpan(words, statusTitle, next), top + 1).join(u' ');
    }

    QStringList expected;
    for (const Task &task : m_session->plans().constFirst().tasks)
        expected.append(task.stt);
    QCOMPARE(numbers, expected);
    for (const QString &label : std::as_const(labels))
        QVERIFY2(statuses.contains(label), qPrintable(label + u" in "_s + statuses));
    QVERIFY(labels.contains(statusLabel(Status::Overdue)) || language == u"en"_s);
}

void ReportPdfTest::fontsAreEmbedded()
{
    const QString pdf = writePdf(u"vi"_s, u"fonts.pdf"_s);
    const QStringList lines = runTool(u"pdffonts"_s, {pdf}).split(u'\n', Qt::SkipEmptyParts).mid(2);
    QVERIFY(!lines.isEmpty());
    for (const QString &line : lines) {
        // name, type (two words), encoding, then emb sub uni.
        const QStringList fields = line.simplified().split(u' ');
        QVERIFY2(fields.size() >= 7, qPrintable(line));
        QCOMPARE(fields.at(fields.size() - 5), u"yes"_s);
    }
    QVERIFY(lines.join(u'\n').contains(u"Bold"_s));
}

void ReportPdfTest::a4PagesWithLandscapeAppendix()
{
    const QString pdf = writePdf(u"vi"_s, u"a4.pdf"_s);
    const int pages = pageCount(pdf);
    QVERIFY(pages >= 4);
    QCOMPARE(pageSize(pdf, 1), u"595 x 842 pts (A4)"_s);
    QCOMPARE(pageSize(pdf, pages), u"842 x 595 pts (A4)"_s);
    bool landscape = false;
    for (int page = 1; page <= pages; ++page) {
        const QString size = pageSize(pdf, page);
        QVERIFY2(size.endsWith(u"(A4)"_s), qPrintable(size));
        // Portrait body first, then the landscape appendix, never back.
        QVERIFY(!landscape || size.startsWith(u"842"_s));
        landscape = size.startsWith(u"842"_s);
    }
}

void ReportPdfTest::pageNumbersAtTheTopFromPageTwo()
{
    const QString pdf = writePdf(u"vi"_s, u"numbers.pdf"_s);
    const int pages = pageCount(pdf);
    for (int page = 1; page <= pages; ++page) {
        const QStringList lines = pageText(pdf, page).split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(!lines.isEmpty());
        if (page == 1)
            QVERIFY(lines.constFirst().trimmed() != u"1"_s);
        else
            QCOMPARE(lines.constFirst().trimmed(), QString::number(page));
    }

    // Centred: the number's middle is the middle of the text area.
    QList<Word> words = pageWords(pdf, 2);
    QVERIFY(!words.isEmpty());
    std::sort(words.begin(), words.end(), [](const Word &a, const Word &b) {
        return a.box.top() < b.box.top();
    });
    const Word &number = words.constFirst();
    QCOMPARE(number.text, u"2"_s);
    const double middle = (30 + (210 - 15)) / 2.0 / 25.4 * 72;
    QVERIFY(qAbs(number.box.center().x() - middle) < 3);
    QVERIFY(number.box.bottom() < 20 / 25.4 * 72);
}

void ReportPdfTest::tableHeaderOnEveryAppendixPage()
{
    ReportData data;
    const QString pdf = writePdf(u"vi"_s, u"repeat.pdf"_s, &data);
    const QString statusTitle = data.tables.constFirst().columns.at(6).title;
    const QString nextTitle = data.tables.constFirst().columns.at(7).title;
    int landscapePages = 0;
    for (int page = 1; page <= pageCount(pdf); ++page) {
        if (!pageSize(pdf, page).startsWith(u"842"_s))
            continue;
        ++landscapePages;
        // The header row stands above the first row of the page.
        const QList<Word> words = pageWords(pdf, page);
        const double top = headerTop(words, statusTitle, nextTitle.section(u' ', 0, 0));
        QVERIFY2(top > 0, qPrintable(QString::number(page)));
        static const QRegularExpression number(u"^\\d+(\\.\\d+)?$"_s);
        for (const Word &word : words) {
            if (word.box.left() < 80 && number.match(word.text).hasMatch() && word.box.top() > 50)
                QVERIFY(word.box.top() > top);
        }
    }
    QVERIFY(landscapePages >= 2);
}

void ReportPdfTest::rowTallerThanAPageIsSplit()
{
    QStringList sentences;
    for (int i = 1; i <= 260; ++i)
        sentences.append(u"Bước %1 đã xong."_s.arg(i));
    QVERIFY(addUpdate(
        u"12"_s, u"SVHTT"_s, {2026, 6, 10}, ProgressState::InProgress, sentences.join(u' ')));
    const QString pdf = writePdf(u"vi"_s, u"tall.pdf"_s);

    int first = 0;
    int last = 0;
    for (int page = 1; page <= pageCount(pdf); ++page) {
        const QString text = normalised(pageText(pdf, page));
        if (!first && text.contains(u"Bước 1 đã"_s))
            first = page;
        if (text.contains(u"Bước 260 đã"_s))
            last = page;
    }
    QVERIFY(first > 0);
    QVERIFY2(last > first, "the tall row continues on the next page");
}

void ReportPdfTest::printerPagesStayPortrait()
{
    ReportRequest request;
    request.asOf = asOf;
    QString error;
    const std::unique_ptr<ReportJob> job =
        ReportJob::make(*m_session, request, ReportSettings::defaults(), &error);
    QVERIFY2(job, qPrintable(error));

    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString printed = m_dir.filePath(u"printed.pdf"_s);
    printer.setOutputFileName(printed);
    const int pages = job->render(printer, PageFlow::Landscape::TurnedOnPortrait);

    const QString own = writePdf(u"vi"_s, u"own.pdf"_s);
    QCOMPARE(pages, pageCount(own));
    QCOMPARE(pageCount(printed), pages);
    for (int page = 1; page <= pages; ++page)
        QCOMPARE(pageSize(printed, page), u"595 x 842 pts (A4)"_s);
    QVERIFY(normalised(pageText(printed, pages)).contains(row(u"19"_s).stt));
}

QTEST_MAIN(ReportPdfTest)
#include "tst_reportpdf.moc"
