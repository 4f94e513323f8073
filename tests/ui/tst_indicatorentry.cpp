// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "indicatorfixture.h"
#include "indicators/observationentrydialog.h"
#include "indicators/observationgrid.h"
#include "indicators/observationgridmodel.h"
#include "translations.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace PlanTrack;

namespace {

const DateRange year2026{QDate(2026, 1, 1), QDate(2026, 12, 31)};

using Column = ObservationGridModel::Column;

} // namespace

class IndicatorEntryTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void listsExpectedAgenciesWithWhatTheyReported();
    void checksEveryCell_data();
    void checksEveryCell();
    void computesShare();
    void pastesBlockFromSpreadsheet();
    void pastesRowsByAgencyName();
    void refusesBlockThatDoesNotFit();
    void movesLikeSpreadsheet();
    void pastesWithKeyboard();
    void recordsWithUndo();
    void recordsCorrectionAsHistory();
    void withdrawsReport();
    void keepsTypingWhenBookChanges();

private:
    int row(const QString &agencyCode) const
    {
        return m_model->rowOf(m_fixture->agency(agencyCode));
    }

    QModelIndex cell(const QString &agencyCode, Column column) const
    {
        return m_model->index(row(agencyCode), column);
    }

    void type(const QString &agencyCode, Column column, const QString &text)
    {
        QVERIFY(m_model->setData(cell(agencyCode, column), text));
    }

    std::unique_ptr<Test::IndicatorFixture> m_fixture;
    std::unique_ptr<ObservationGridModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void IndicatorEntryTest::initTestCase()
{
    Translations::install(u"en"_s);
}

void IndicatorEntryTest::init()
{
    m_fixture = std::make_unique<Test::IndicatorFixture>();
    QVERIFY2(m_fixture->open(), qPrintable(m_fixture->error()));
    QVERIFY(m_fixture->report(u"15"_s, u"SYT"_s, 2026, 2, 8));
    m_model = std::make_unique<ObservationGridModel>(m_fixture->book());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->setSlot(m_fixture->indicator(u"15"_s), year2026);
}

void IndicatorEntryTest::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_fixture.reset();
}

void IndicatorEntryTest::listsExpectedAgenciesWithWhatTheyReported()
{
    const QList<AgencyId> expected =
        m_fixture->book().expectedAgencies(m_fixture->indicator(u"15"_s));
    QCOMPARE(m_model->rowCount(), expected.size());
    QCOMPARE(m_model->agencyAt(0), m_fixture->agency(u"SNV"_s));
    QCOMPARE(cell(u"SNV"_s, Column::AgencyColumn).data().toString(),
             u"Department of Home Affairs"_s);
    QCOMPARE(cell(u"SYT"_s, Column::NumeratorColumn).data().toString(), u"2"_s);
    QCOMPARE(cell(u"SYT"_s, Column::DenominatorColumn).data().toString(), u"8"_s);
    QCOMPARE(cell(u"SYT"_s, Column::ValueColumn).data().toString(), u"25 %"_s);
    QVERIFY(!m_model->hasChanges());
    QVERIFY(!(cell(u"SYT"_s, Column::AgencyColumn).flags() & Qt::ItemIsEditable));
    QVERIFY(!(cell(u"SYT"_s, Column::ValueColumn).flags() & Qt::ItemIsEditable));
    QVERIFY(cell(u"SYT"_s, Column::NumeratorColumn).flags() & Qt::ItemIsEditable);
    QCOMPARE(
        m_model->headerData(Column::DenominatorColumn, Qt::Horizontal, Qt::ToolTipRole).toString(),
        u"Talents attracted"_s);
}

void IndicatorEntryTest::checksEveryCell_data()
{
    QTest::addColumn<QString>("numerator");
    QTest::addColumn<QString>("denominator");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("problem");

    QTest::newRow("letters") << u"x"_s << u"10"_s << int(Column::NumeratorColumn)
                             << u"Enter a whole number of 0 or more, without separators."_s;
    QTest::newRow("decimal") << u"3"_s << u"7,5"_s << int(Column::DenominatorColumn)
                             << u"Enter a whole number of 0 or more, without separators."_s;
    QTest::newRow("negative") << u"-1"_s << u"5"_s << int(Column::NumeratorColumn)
                              << u"Enter a whole number of 0 or more, without separators."_s;
    QTest::newRow("numerator above denominator")
        << u"12"_s << u"10"_s << int(Column::NumeratorColumn)
        << u"The numerator (12) is greater than the denominator (10)."_s;
    QTest::newRow("denominator missing") << u"3"_s << QString() << int(Column::DenominatorColumn)
                                         << u"Enter the denominator as well."_s;
    QTest::newRow("numerator missing")
        << QString() << u"3"_s << int(Column::NumeratorColumn) << u"Enter the numerator as well."_s;
}

void IndicatorEntryTest::checksEveryCell()
{
    QFETCH(QString, numerator);
    QFETCH(QString, denominator);
    QFETCH(int, column);
    QFETCH(QString, problem);

    type(u"SNV"_s, Column::NumeratorColumn, numerator);
    type(u"SNV"_s, Column::DenominatorColumn, denominator);

    const QModelIndex index = cell(u"SNV"_s, Column(column));
    QCOMPARE(m_model->problem(index), problem);
    QCOMPARE(index.data(Qt::ToolTipRole).toString(), problem);
    QVERIFY(index.data(Qt::BackgroundRole).isValid());
    QCOMPARE(m_model->problems(), QStringList{u"Department of Home Affairs: "_s + problem});
    const int other =
        column == Column::NumeratorColumn ? Column::DenominatorColumn : Column::NumeratorColumn;
    QVERIFY(m_model->problem(cell(u"SNV"_s, Column(other))).isEmpty());
}

void IndicatorEntryTest::computesShare()
{
    type(u"SNV"_s, Column::NumeratorColumn, u"6"_s);
    type(u"SNV"_s, Column::DenominatorColumn, u"10"_s);
    type(u"SGDDT"_s, Column::NumeratorColumn, u"0"_s);
    type(u"SGDDT"_s, Column::DenominatorColumn, u"0"_s);

    QCOMPARE(cell(u"SNV"_s, Column::ValueColumn).data().toString(), u"60 %"_s);
    QCOMPARE(cell(u"SGDDT"_s, Column::ValueColumn).data().toString(), u"no data"_s);
    QVERIFY(m_model->problems().isEmpty());
    QCOMPARE(m_model->changes().size(), 2);
}

void IndicatorEntryTest::pastesBlockFromSpreadsheet()
{
    // Excel copies a block as tab-separated lines; the share column is computed, not pasted.
    QString error;
    QVERIFY2(m_model->paste(m_model->index(0, Column::NumeratorColumn),
                            u"3\t10\t30%\tghi chú\r\n4\t8\t50%\t\r\n"_s,
                            &error),
             qPrintable(error));

    QCOMPARE(m_model->index(0, Column::NumeratorColumn).data().toString(), u"3"_s);
    QCOMPARE(m_model->index(0, Column::DenominatorColumn).data().toString(), u"10"_s);
    QCOMPARE(m_model->index(0, Column::NoteColumn).data().toString(), u"ghi chú"_s);
    QCOMPARE(m_model->index(1, Column::NumeratorColumn).data().toString(), u"4"_s);
    QCOMPARE(m_model->index(1, Column::ValueColumn).data().toString(), u"50 %"_s);
    QCOMPARE(m_model->changes().size(), 2);
}

void IndicatorEntryTest::pastesRowsByAgencyName()
{
    QString error;
    QVERIFY2(m_model->paste(m_model->index(0, Column::AgencyColumn),
                            u"Sở Y tế\t5\t8\nso noi vu\t1\t2\n"_s,
                            &error),
             qPrintable(error));

    QCOMPARE(cell(u"SYT"_s, Column::NumeratorColumn).data().toString(), u"5"_s);
    QCOMPARE(cell(u"SNV"_s, Column::DenominatorColumn).data().toString(), u"2"_s);
    QCOMPARE(m_model->changes().size(), 2);
}

void IndicatorEntryTest::refusesBlockThatDoesNotFit()
{
    QString error;
    QVERIFY(!m_model->paste(
        m_model->index(0, Column::AgencyColumn), u"Sở Y tế\t5\t8\nSở Ngoại vụ\t1\t2\n"_s, &error));
    QVERIFY2(error.contains(u"Sở Ngoại vụ"_s), qPrintable(error));

    const int last = m_model->rowCount() - 1;
    QVERIFY(
        !m_model->paste(m_model->index(last, Column::NumeratorColumn), u"1\t2\n3\t4\n"_s, &error));
    QVERIFY(!m_model->paste(m_model->index(0, Column::NoteColumn), u"a\tb\tc\n"_s, &error));
    QVERIFY(!m_model->hasChanges());
}

void IndicatorEntryTest::movesLikeSpreadsheet()
{
    ObservationGrid grid;
    grid.setModel(m_model.get());
    grid.show();
    QVERIFY(QTest::qWaitForWindowExposed(&grid));

    grid.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&grid));
    grid.setCurrentIndex(m_model->index(0, Column::NumeratorColumn));
    QTest::keyClicks(&grid, u"7"_s);
    QVERIFY(QApplication::focusWidget() != &grid); // typing opened an editor
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    // The editor commits once control returns to the event loop.
    QTRY_COMPARE(m_model->index(0, Column::NumeratorColumn).data().toString(), u"7"_s);
    QCOMPARE(grid.currentIndex(), m_model->index(1, Column::NumeratorColumn));

    // Tab goes to the next cell to fill; from the last column it wraps past the agency name.
    grid.setCurrentIndex(m_model->index(0, Column::EvidenceColumn));
    QTest::keyClick(&grid, Qt::Key_Tab);
    QCOMPARE(grid.currentIndex(), m_model->index(1, Column::NumeratorColumn));
    QTest::keyClick(&grid, Qt::Key_Tab);
    QTest::keyClick(&grid, Qt::Key_Tab);
    QCOMPARE(grid.currentIndex(), m_model->index(1, Column::NoteColumn));

    grid.setCurrentIndex(m_model->index(0, Column::NumeratorColumn));
    grid.selectionModel()->select(m_model->index(0, Column::NumeratorColumn),
                                  QItemSelectionModel::ClearAndSelect);
    QTest::keyClick(&grid, Qt::Key_Delete);
    QCOMPARE(m_model->index(0, Column::NumeratorColumn).data().toString(), QString());
}

void IndicatorEntryTest::pastesWithKeyboard()
{
    ObservationGrid grid;
    grid.setModel(m_model.get());
    grid.show();
    QVERIFY(QTest::qWaitForWindowExposed(&grid));
    QSignalSpy refused(&grid, &ObservationGrid::pasteRefused);

    QApplication::clipboard()->setText(u"9\t12\n"_s);
    grid.setCurrentIndex(cell(u"SNV"_s, Column::NumeratorColumn));
    QTest::keyClick(&grid, Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(cell(u"SNV"_s, Column::DenominatorColumn).data().toString(), u"12"_s);

    QApplication::clipboard()->setText(u"Sở Ngoại vụ\t1\t2\n"_s);
    grid.setCurrentIndex(cell(u"SNV"_s, Column::AgencyColumn));
    QTest::keyClick(&grid, Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(refused.count(), 1);
}

void IndicatorEntryTest::recordsWithUndo()
{
    QUndoStack stack;
    ObservationEntryDialog dialog(m_fixture->book(), &stack);
    dialog.setIndicatorId(m_fixture->indicator(u"15"_s));
    dialog.setPeriod(year2026);
    ObservationGridModel *model = dialog.model();
    const auto at = [&](const QString &code, Column column) {
        return model->index(model->rowOf(m_fixture->agency(code)), column);
    };
    model->setData(at(u"SNV"_s, Column::NumeratorColumn), u"6"_s);
    model->setData(at(u"SNV"_s, Column::DenominatorColumn), u"8"_s);
    model->setData(at(u"SGDDT"_s, Column::NumeratorColumn), u"x"_s);
    QPushButton *recordButton = nullptr;
    for (QPushButton *button : dialog.findChildren<QPushButton *>()) {
        if (button->text() == "&Record"_L1)
            recordButton = button;
    }
    QVERIFY(recordButton);
    QVERIFY(!recordButton->isEnabled());
    QVERIFY(!dialog.record());
    QCOMPARE(stack.count(), 0);

    model->setData(at(u"SGDDT"_s, Column::NumeratorColumn), u"0"_s);
    model->setData(at(u"SGDDT"_s, Column::DenominatorColumn), u"0"_s);
    QVERIFY(recordButton->isEnabled());
    QVERIFY(dialog.record());

    QCOMPARE(stack.count(), 1);
    QVERIFY(!model->hasChanges());
    const IndicatorId id = m_fixture->indicator(u"15"_s);
    // 2 of 8 and 6 of 8 pool to 50 %; education adds nothing.
    QCOMPARE(*m_fixture->book().standing(id, QDate(2027, 1, 1)).value(), 50.0);

    stack.undo();
    QCOMPARE(*m_fixture->book().standing(id, QDate(2027, 1, 1)).value(), 25.0);
    QCOMPARE(at(u"SNV"_s, Column::NumeratorColumn).data().toString(), QString());

    stack.redo();
    QCOMPARE(*m_fixture->book().standing(id, QDate(2027, 1, 1)).value(), 50.0);
    QCOMPARE(at(u"SNV"_s, Column::NumeratorColumn).data().toString(), u"6"_s);
}

void IndicatorEntryTest::recordsCorrectionAsHistory()
{
    QUndoStack stack;
    ObservationEntryDialog dialog(m_fixture->book(), &stack);
    dialog.setIndicatorId(m_fixture->indicator(u"15"_s));
    dialog.setPeriod(year2026);
    ObservationGridModel *model = dialog.model();
    const QModelIndex numerator =
        model->index(model->rowOf(m_fixture->agency(u"SYT"_s)), Column::NumeratorColumn);

    model->setData(numerator, u"4"_s);
    QCOMPARE(model->changes().size(), 1);
    QVERIFY(dialog.record());

    const QList<Observation> history = m_fixture->book().historyOf(
        m_fixture->indicator(u"15"_s), m_fixture->agency(u"SYT"_s), year2026);
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.constLast().numerator, 4);
    QVERIFY(numerator.data(Qt::ToolTipRole).toString().startsWith(u"Recorded by"_s));
}

void IndicatorEntryTest::withdrawsReport()
{
    type(u"SYT"_s, Column::NumeratorColumn, QString());
    type(u"SYT"_s, Column::DenominatorColumn, QString());
    QVERIFY(m_model->problems().isEmpty());

    QList<Observation> changes = m_model->changes();
    QCOMPARE(changes.size(), 1);
    QVERIFY(!changes.constFirst().hasFigures());
    QString error;
    QVERIFY2(m_fixture->book().addObservations(changes, &error), qPrintable(error));

    const IndicatorStanding standing =
        m_fixture->book().standing(m_fixture->indicator(u"15"_s), QDate(2027, 1, 1));
    QCOMPARE(standing.result, IndicatorResult::NoData);
    QVERIFY(!m_model->hasChanges());
}

void IndicatorEntryTest::keepsTypingWhenBookChanges()
{
    type(u"SNV"_s, Column::NumeratorColumn, u"1"_s);
    type(u"SNV"_s, Column::DenominatorColumn, u"3"_s);

    QVERIFY(m_fixture->report(u"15"_s, u"SGDDT"_s, 2026, 2, 2));

    QCOMPARE(cell(u"SGDDT"_s, Column::NumeratorColumn).data().toString(), u"2"_s);
    QCOMPARE(cell(u"SNV"_s, Column::DenominatorColumn).data().toString(), u"3"_s);
    QCOMPARE(m_model->changes().size(), 1);
}

QTEST_MAIN(IndicatorEntryTest)
#include "tst_indicatorentry.moc"
