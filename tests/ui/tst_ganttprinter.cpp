// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gantt/ganttprinter.h"
#include "tasks/tasktreemodel.h"
#include "testworkspace.h"
#include "translations.h"
#include "workspace/workspacesession.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QPageSize>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace PlanTrack;

namespace {

const DateRange planYears{QDate(2026, 1, 1), QDate(2030, 12, 31)};
const DateRange firstQuarter{QDate(2026, 1, 1), QDate(2026, 3, 31)};

// Counts the page objects of a PDF as QPdfWriter writes them.
int pdfPages(const QByteArray &pdf)
{
    static const QRegularExpression page(u"/Type\\s*/Page(?!s)"_s);
    return int(QString::fromLatin1(pdf).count(page));
}

} // namespace

class TestGanttPrinter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void splitsRowsOverPagesOfEqualSize_data();
    void splitsRowsOverPagesOfEqualSize();
    void keepsRowsReadable();
    void splitsTimeAcrossPages_data();
    void splitsTimeAcrossPages();
    void printsAsManyPagesAsCounted_data();
    void printsAsManyPagesAsCounted();

private:
    int rowsPerPage(const GanttPrinter &printer, QPageSize::PageSizeId size) const;

    std::unique_ptr<WorkspaceSession> m_session;
};

void TestGanttPrinter::initTestCase()
{
    Test::isolateSettings();
    Translations::install(u"en"_s);
    QString error;
    m_session = WorkspaceSession::openInMemory(&error);
    QVERIFY2(m_session, qPrintable(error));
}

int TestGanttPrinter::rowsPerPage(const GanttPrinter &printer, QPageSize::PageSizeId size) const
{
    // The first count of rows that needs a second page, less one.
    const QPageSize page(size);
    int rows = 1;
    while (printer.pageCount(page, rows + 1, firstQuarter) == 1)
        ++rows;
    return rows;
}

void TestGanttPrinter::splitsRowsOverPagesOfEqualSize_data()
{
    QTest::addColumn<QPageSize::PageSizeId>("size");
    QTest::newRow("A4") << QPageSize::A4;
    QTest::newRow("A3") << QPageSize::A3;
}

void TestGanttPrinter::splitsRowsOverPagesOfEqualSize()
{
    QFETCH(QPageSize::PageSizeId, size);
    const GanttPrinter printer;
    const int perPage = rowsPerPage(printer, size);
    const QPageSize page(size);

    QCOMPARE(printer.pageCount(page, 1, firstQuarter), 1);
    for (int pages : {1, 2, 3, 7}) {
        QCOMPARE(printer.pageCount(page, pages * perPage, firstQuarter), pages);
        QCOMPARE(printer.pageCount(page, pages * perPage + 1, firstQuarter), pages + 1);
    }
    // 3,000 rows, the size of the largest plans a city keeps.
    QCOMPARE(printer.pageCount(page, 3000, firstQuarter), (3000 + perPage - 1) / perPage);
}

void TestGanttPrinter::keepsRowsReadable()
{
    const GanttPrinter printer;
    const int a4 = rowsPerPage(printer, QPageSize::A4);
    const int a3 = rowsPerPage(printer, QPageSize::A3);

    // A landscape A4 page is 210 mm high: rows of two lines of 8 pt text (about 8 mm with
    // their spacing) leave room for between 10 and 21 of them under title, axis and legend.
    QVERIFY2(a4 >= 10 && a4 <= 21, qPrintable(QString::number(a4)));
    // A3 is √2 times as high and holds that many more rows, not smaller ones.
    QVERIFY2(a3 >= a4 * 13 / 10 && a3 <= a4 * 15 / 10 + 2,
             qPrintable(u"%1 / %2"_s.arg(a3).arg(a4)));

    GanttPrinter larger;
    QFont font(u"Arial"_s, 12);
    larger.setFont(font);
    QVERIFY(rowsPerPage(larger, QPageSize::A4) < a4);
}

void TestGanttPrinter::splitsTimeAcrossPages_data()
{
    QTest::addColumn<TimeAxis::Zoom>("zoom");
    QTest::addColumn<QPageSize::PageSizeId>("size");
    QTest::addColumn<int>("fewest");
    QTest::addColumn<int>("most");

    // Twenty quarters with labels such as "Q3 2027" do not fit the 190 mm left of A4 beside
    // the row labels at 8 pt; whole years are kept together, so five years take two or three
    // pages. Sixty months of 17 to 20 mm each take six or seven.
    QTest::newRow("quarters on A4") << TimeAxis::Zoom::Quarters << QPageSize::A4 << 2 << 3;
    QTest::newRow("quarters on A3") << TimeAxis::Zoom::Quarters << QPageSize::A3 << 1 << 2;
    QTest::newRow("months on A4") << TimeAxis::Zoom::Months << QPageSize::A4 << 6 << 7;
    QTest::newRow("years on A4") << TimeAxis::Zoom::Years << QPageSize::A4 << 1 << 1;
}

void TestGanttPrinter::splitsTimeAcrossPages()
{
    QFETCH(TimeAxis::Zoom, zoom);
    QFETCH(QPageSize::PageSizeId, size);
    QFETCH(int, fewest);
    QFETCH(int, most);

    GanttPrinter printer;
    printer.setZoom(zoom);
    const QPageSize page(size);
    const int across = printer.pageCount(page, 1, planYears);
    QVERIFY2(across >= fewest && across <= most, qPrintable(QString::number(across)));

    // Each page of rows repeats the whole time span.
    const int perPage = rowsPerPage(printer, size);
    QCOMPARE(printer.pageCount(page, 3 * perPage, planYears), 3 * across);
    QCOMPARE(printer.pageCount(page, 3 * perPage + 1, planYears), 4 * across);
}

void TestGanttPrinter::printsAsManyPagesAsCounted_data()
{
    splitsTimeAcrossPages_data();
}

void TestGanttPrinter::printsAsManyPagesAsCounted()
{
    QFETCH(TimeAxis::Zoom, zoom);
    QFETCH(QPageSize::PageSizeId, size);

    TaskTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPlan(m_session->plans().constFirst(), m_session->agencies());
    const QDate asOf(2026, 6, 30);
    model.setStatuses(m_session->statusAsOf(asOf));

    GanttPrinter printer;
    printer.setModel(&model);
    printer.setAsOf(asOf);
    printer.setRules(m_session->rules());
    printer.setZoom(zoom);
    printer.setTitle(model.plan().titleVi);
    QCOMPARE(printer.rowCount(), 27);
    QCOMPARE(printer.range(), planYears);

    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(size));
        const int printed = printer.print(writer);
        QCOMPARE(printed, printer.pageCount(QPageSize(size), 27, planYears));
        QCOMPARE(writer.pageLayout().orientation(), QPageLayout::Landscape);
    }
    QCOMPARE(pdfPages(buffer.data()), printer.pageCount(QPageSize(size), 27, planYears));
}

QTEST_MAIN(TestGanttPrinter)
#include "tst_ganttprinter.moc"
