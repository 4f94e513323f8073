// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "indicatorfixture.h"
#include "indicators/indicatorcard.h"
#include "indicators/indicatorchartpanel.h"
#include "indicators/indicatordashboard.h"
#include "indicators/indicatordialog.h"
#include "indicators/indicatorfeature.h"
#include "indicators/observationentrydialog.h"
#include "indicators/observationgridmodel.h"
#include "mainwindow/mainwindow.h"
#include "testworkspace.h"
#include "translations.h"

#include <QAction>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace PlanTrack;

class IndicatorDashboardTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void showsEveryTargetWithItsResult();
    void followsAsOfDate();
    void followsNewObservations();
    void followsLanguage();
    void asksForChartsOfClickedCard();
    void joinsMainWindow();
    void editsIndicatorWithUndo();
    void refusesBadIndicatorEdit();

private:
    IndicatorCard *card(const IndicatorDashboard &dashboard, const QString &stt) const;
    QString cardText(IndicatorCard *card) const;

    std::unique_ptr<Test::IndicatorFixture> m_fixture;
};

void IndicatorDashboardTest::initTestCase()
{
    Test::isolateSettings();
    Translations::install(u"en"_s);
}

void IndicatorDashboardTest::init()
{
    m_fixture = std::make_unique<Test::IndicatorFixture>();
    QVERIFY2(m_fixture->open(), qPrintable(m_fixture->error()));
    QVERIFY(m_fixture->report(u"15"_s, u"SNV"_s, 2026, 3, 10));
    QVERIFY(m_fixture->report(u"15"_s, u"SYT"_s, 2026, 6, 10));
    QVERIFY(m_fixture->report(u"15"_s, u"SNV"_s, 2027, 6, 10));
    QVERIFY(m_fixture->report(u"16"_s, u"SYT"_s, 2026, 4, 4));
    QVERIFY(m_fixture->report(u"19"_s, u"SYT"_s, 2026, 1, 4));
}

void IndicatorDashboardTest::cleanup()
{
    m_fixture.reset();
    Translations::install(u"en"_s);
}

IndicatorCard *IndicatorDashboardTest::card(const IndicatorDashboard &dashboard,
                                            const QString &stt) const
{
    for (IndicatorCard *card : dashboard.cards()) {
        if (card->indicatorId() == m_fixture->indicator(stt))
            return card;
    }
    return nullptr;
}

QString IndicatorDashboardTest::cardText(IndicatorCard *card) const
{
    QStringList texts;
    for (const QLabel *label : card->findChildren<QLabel *>())
        texts.append(label->text());
    return texts.join(u'\n');
}

void IndicatorDashboardTest::showsEveryTargetWithItsResult()
{
    IndicatorDashboard dashboard(m_fixture->book());
    dashboard.setAsOf(QDate(2027, 1, 15));

    QCOMPARE(dashboard.cards().size(), 5);
    // 15: 3 + 6 of 20 = 45 %, amber against at least 50 %.
    IndicatorCard *groupA = card(dashboard, u"15"_s);
    QCOMPARE(groupA->valueText(), u"45 %"_s);
    QCOMPARE(groupA->resultText(), u"not met"_s);
    QVERIFY(cardText(groupA).contains(u"Target: at least 50 % by 2030"_s));
    QVERIFY(cardText(groupA).contains(u"2 of "_s));
    QCOMPARE(card(dashboard, u"16"_s)->resultText(), u"met"_s);
    QCOMPARE(card(dashboard, u"19"_s)->valueText(), u"25 %"_s);
    QCOMPARE(card(dashboard, u"17"_s)->valueText(), u"—"_s);
    QCOMPARE(card(dashboard, u"17"_s)->resultText(), u"no data"_s);
}

void IndicatorDashboardTest::followsAsOfDate()
{
    IndicatorDashboard dashboard(m_fixture->book());
    dashboard.setAsOf(QDate(2028, 1, 15));
    IndicatorCard *groupA = card(dashboard, u"15"_s);
    QCOMPARE(groupA->valueText(), u"60 %"_s);
    QCOMPARE(groupA->resultText(), u"met"_s);
    QVERIFY(cardText(groupA).contains(u"+15 percentage points since 2026"_s));
    QVERIFY(cardText(card(dashboard, u"16"_s)).contains(u"Nothing reported for 2027 yet."_s));

    dashboard.setAsOf(QDate(2026, 12, 30));
    QCOMPARE(groupA->resultText(), u"no data"_s);
}

void IndicatorDashboardTest::followsNewObservations()
{
    IndicatorDashboard dashboard(m_fixture->book());
    dashboard.setAsOf(QDate(2027, 1, 15));
    QVERIFY(m_fixture->report(u"17"_s, u"SYT"_s, 2026, 4, 4));
    QCOMPARE(card(dashboard, u"17"_s)->valueText(), u"100 %"_s);
    QCOMPARE(card(dashboard, u"17"_s)->resultText(), u"met"_s);
}

void IndicatorDashboardTest::followsLanguage()
{
    IndicatorDashboard dashboard(m_fixture->book());
    dashboard.setAsOf(QDate(2027, 1, 15));
    QVERIFY(cardText(card(dashboard, u"15"_s)).contains(u"Share of attracted talents"_s));

    Translations::install(u"vi"_s);
    // The change of language reaches the widgets through the event loop.
    QTRY_VERIFY(cardText(card(dashboard, u"15"_s)).contains(u"Tỷ lệ người có tài năng"_s));
    QCOMPARE(card(dashboard, u"15"_s)->valueText(), u"45 %"_s);
    QCOMPARE(card(dashboard, u"15"_s)->resultText(), resultLabel(IndicatorResult::NotMet));
}

void IndicatorDashboardTest::asksForChartsOfClickedCard()
{
    IndicatorDashboard dashboard(m_fixture->book());
    dashboard.resize(1200, 700);
    dashboard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dashboard));
    QSignalSpy activated(&dashboard, &IndicatorDashboard::indicatorActivated);

    QTest::mouseClick(card(dashboard, u"19"_s), Qt::LeftButton);

    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.at(0).at(0).value<IndicatorId>(), m_fixture->indicator(u"19"_s));
}

void IndicatorDashboardTest::joinsMainWindow()
{
    Test::TestWorkspace workspace;
    MainWindow window;
    auto *feature = new IndicatorFeature(window);
    QVERIFY(!feature->book());
    QVERIFY(!feature->enterAction()->isEnabled());

    QString error;
    QVERIFY2(window.openWorkspace(workspace.path(), &error), qPrintable(error));
    QVERIFY(feature->book());
    QVERIFY(feature->enterAction()->isEnabled());
    QCOMPARE(feature->dashboard()->cards().size(), 5);
    QCOMPARE(feature->dashboard()->asOf(), window.asOf());
    QVERIFY(
        window.menuBar()->actions().contains(window.featureMenu(u"indicators"_s)->menuAction()));
    QCOMPARE(window.featureMenu(u"indicators"_s)->title(), u"&Indicators"_s);

    window.setAsOf(QDate(2027, 3, 1));
    QCOMPARE(feature->dashboard()->asOf(), QDate(2027, 3, 1));
    QCOMPARE(feature->chartPanel()->asOf(), QDate(2027, 3, 1));

    // Entered observations go on the window's undo stack.
    feature->enterObservations(feature->book()->find(0, u"15"_s)->id);
    auto *dialog = window.findChild<ObservationEntryDialog *>();
    QVERIFY(dialog);
    QCOMPARE(dialog->period().last, QDate(2026, 12, 31));
    ObservationGridModel *model = dialog->model();
    model->setData(model->index(0, ObservationGridModel::NumeratorColumn), u"5"_s);
    model->setData(model->index(0, ObservationGridModel::DenominatorColumn), u"5"_s);
    const int before = window.undoStack()->count();
    QVERIFY(dialog->record());
    QCOMPARE(window.undoStack()->count(), before + 1);
    IndicatorCard *first = feature->dashboard()->cards().constFirst();
    QCOMPARE(first->valueText(), u"100 %"_s);

    window.undoStack()->undo();
    QCOMPARE(first->valueText(), u"—"_s);

    // A card click shows its charts.
    Q_EMIT feature->dashboard()->indicatorActivated(feature->book()->find(0, u"18"_s)->id);
    QCOMPARE(feature->chartPanel()->indicatorId(), feature->book()->find(0, u"18"_s)->id);
    QVERIFY(!feature->chartDock()->isHidden());
}

void IndicatorDashboardTest::editsIndicatorWithUndo()
{
    IndicatorDashboard dashboard(m_fixture->book());
    dashboard.setAsOf(QDate(2027, 1, 15));
    // 45 % against at least 50 %: amber with the default band of 10 points.
    const IndicatorId id = m_fixture->indicator(u"15"_s);
    QCOMPARE(m_fixture->book().standing(id, dashboard.asOf()).rating, Rating::Amber);
    QUndoStack stack;
    IndicatorDialog dialog(m_fixture->book(), id, &stack);
    QList<QDoubleSpinBox *> spins = dialog.findChildren<QDoubleSpinBox *>();
    QDoubleSpinBox *band = nullptr;
    for (QDoubleSpinBox *spin : spins) {
        if (spin->value() == 10.0)
            band = spin;
    }
    QVERIFY(band);
    band->setValue(3);

    dialog.accept();

    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(stack.count(), 1);
    QCOMPARE(m_fixture->book().indicator(id)->amberBand, 3.0);
    QCOMPARE(m_fixture->book().standing(id, dashboard.asOf()).rating, Rating::Red);
    stack.undo();
    QCOMPARE(m_fixture->book().indicator(id)->amberBand, 10.0);
    QCOMPARE(m_fixture->book().standing(id, dashboard.asOf()).rating, Rating::Amber);
}

void IndicatorDashboardTest::refusesBadIndicatorEdit()
{
    QUndoStack stack;
    IndicatorDialog dialog(m_fixture->book(), m_fixture->indicator(u"15"_s), &stack);
    QLineEdit *code = nullptr;
    for (QLineEdit *edit : dialog.findChildren<QLineEdit *>()) {
        if (edit->text() == "talents_group_a"_L1)
            code = edit;
    }
    QVERIFY(code);
    code->setText(u"milestones_met"_s);

    dialog.accept();

    QVERIFY(dialog.result() != QDialog::Accepted);
    QVERIFY2(dialog.error().contains(u"19"_s), qPrintable(dialog.error()));
    QCOMPARE(stack.count(), 0);
    QCOMPARE(m_fixture->book().indicator(m_fixture->indicator(u"15"_s))->code,
             u"talents_group_a"_s);
}

QTEST_MAIN(IndicatorDashboardTest)
#include "tst_indicatordashboard.moc"
