// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow/mainwindow.h"
#include "report/reportdialog.h"
#include "report/reportfeatures.h"
#include "storage/database.h"
#include "testworkspace.h"
#include "translations.h"
#include "workspace/workspacesession.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace PlanTrack;

class ReportActionsTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void menuOffersTheReport();
    void exportsFollowTheChosenDate();
    void dialogShowsAndReturnsTheSettings();
    void restoreDefaultsKeepsTheChoices();
    void menuFollowsTheInterfaceLanguage();

private:
    ReportActions *actions() const { return m_window->findChild<ReportActions *>(); }

    std::unique_ptr<Test::TestWorkspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
};

void ReportActionsTest::initTestCase()
{
    Test::isolateSettings();
    // Settings of its own, so that running beside the main window's test changes neither.
    QCoreApplication::setApplicationName(u"PlanTrack-tests-report"_s);
    QSettings().clear();
    Translations::install(u"vi"_s);
}

void ReportActionsTest::init()
{
    m_workspace = std::make_unique<Test::TestWorkspace>();
    m_window = std::make_unique<MainWindow>();
    QString error;
    QVERIFY2(m_window->openWorkspace(m_workspace->path(), &error), qPrintable(error));
}

void ReportActionsTest::cleanup()
{
    m_window.reset();
    m_workspace.reset();
    Translations::install(u"vi"_s);
}

void ReportActionsTest::menuOffersTheReport()
{
    ReportActions *report = actions();
    QVERIFY(report);
    QMenu *menu = m_window->featureMenu(u"report"_s);
    const QList<QAction *> offered{report->previewAction(),
                                   report->printAction(),
                                   report->exportPdfAction(),
                                   report->exportOdtAction(),
                                   report->settingsAction()};
    for (QAction *action : offered) {
        QVERIFY(menu->actions().contains(action));
        QVERIFY(action->isEnabled());
        QVERIFY(!action->text().isEmpty());
    }
    QCOMPARE(report->previewAction()->shortcut(), QKeySequence(QKeySequence::Print));
    QVERIFY(report->exportOdtAction()->text().contains(u"ODT"_s));
}

void ReportActionsTest::exportsFollowTheChosenDate()
{
    ReportActions *report = actions();
    QString error;
    const std::optional<ReportSettings> settings = report->storedSettings(&error);
    QVERIFY2(settings, qPrintable(error));
    QCOMPARE(*settings, ReportSettings::defaults());

    const QString pdf = m_workspace->folder() + u"/report.pdf"_s;
    QVERIFY2(report->exportTo(ReportJob::Format::Pdf, pdf, *settings, QDate(2026, 1, 5), &error),
             qPrintable(error));
    QProcess text;
    text.start(u"pdftotext"_s, {u"-layout"_s, pdf, u"-"_s});
    QVERIFY(text.waitForFinished(60000));
    QVERIFY(QString::fromUtf8(text.readAllStandardOutput())
                .simplified()
                .contains(u"Hà Nội, ngày 05 tháng 01 năm 2026"_s));

    const QString odt = m_workspace->folder() + u"/report.odt"_s;
    QVERIFY2(report->exportTo(ReportJob::Format::Odt, odt, *settings, QDate(2026, 1, 5), &error),
             qPrintable(error));
    QVERIFY(QFileInfo(odt).size() > 0);

    // A folder that does not exist: a clear message, no file.
    const QString nowhere = m_workspace->folder() + u"/missing/report.pdf"_s;
    QVERIFY(
        !report->exportTo(ReportJob::Format::Pdf, nowhere, *settings, QDate(2026, 1, 5), &error));
    QVERIFY(error.contains(u"report.pdf"_s));
    QVERIFY(!QFile::exists(nowhere));
}

void ReportActionsTest::dialogShowsAndReturnsTheSettings()
{
    ReportSettings stored = ReportSettings::defaults();
    stored.signerName = u"Nguyễn Văn An"_s;
    stored.language = u"en"_s;
    stored.agencyCode = u"SYT"_s;
    ReportDialog dialog(*m_window->session(),
                        stored,
                        QDate(2026, 6, 14),
                        ReportDialog::Purpose::Export,
                        m_window.get());

    QCOMPARE(dialog.asOf(), QDate(2026, 6, 14));
    QCOMPARE(dialog.settings(), stored);

    auto *language = dialog.findChild<QComboBox *>(u"language"_s);
    QVERIFY(language);
    language->setCurrentIndex(language->findData(u"vi"_s));
    const QList<QLineEdit *> edits = dialog.findChildren<QLineEdit *>();
    const auto edit = [&edits](const QString &text) -> QLineEdit * {
        for (QLineEdit *e : edits) {
            if (e->text() == text)
                return e;
        }
        return nullptr;
    };
    QLineEdit *number = edit(u"…/BC-SNV"_s);
    QVERIFY(number);
    number->setText(u"12/BC-SYT"_s);
    QLineEdit *issuing = edit(u"SỞ NỘI VỤ"_s);
    QVERIFY(issuing);
    issuing->setText(u"SỞ Y TẾ"_s);

    const ReportSettings chosen = dialog.settings();
    QCOMPARE(chosen.language, u"vi"_s);
    QCOMPARE(chosen.number, u"12/BC-SYT"_s);
    QCOMPARE(chosen.issuingBody.vi, u"SỞ Y TẾ"_s);
    QCOMPARE(chosen.agencyCode, u"SYT"_s);
    QCOMPARE(chosen.signerName, u"Nguyễn Văn An"_s);

    // What the dialog returns is what the workspace keeps.
    QString error;
    QVERIFY2(chosen.save(m_window->session()->database(), &error), qPrintable(error));
    QCOMPARE(*actions()->storedSettings(&error), chosen);
}

void ReportActionsTest::restoreDefaultsKeepsTheChoices()
{
    ReportSettings stored = ReportSettings::defaults();
    stored.issuingBody.vi = u"SỞ Y TẾ"_s;
    stored.language = u"en"_s;
    stored.includeCharts = false;
    ReportDialog dialog(*m_window->session(),
                        stored,
                        QDate(2026, 6, 14),
                        ReportDialog::Purpose::Settings,
                        m_window.get());

    const QList<QPushButton *> buttons = dialog.findChildren<QPushButton *>();
    QPushButton *restore = nullptr;
    for (QPushButton *button : buttons) {
        if (button->text() == QCoreApplication::translate("QPlatformTheme", "Restore Defaults"))
            restore = button;
    }
    QVERIFY(restore);
    restore->click();

    const ReportSettings after = dialog.settings();
    QCOMPARE(after.issuingBody.vi, u"SỞ NỘI VỤ"_s);
    QCOMPARE(after.language, u"en"_s);
    QVERIFY(!after.includeCharts);
}

void ReportActionsTest::menuFollowsTheInterfaceLanguage()
{
    QMenu *menu = m_window->featureMenu(u"report"_s);
    const QString vietnamese = menu->title();
    Translations::install(u"en"_s);
    QCoreApplication::sendPostedEvents();
    QCOMPARE(menu->title(), u"&Report"_s);
    QCOMPARE(actions()->exportPdfAction()->text(), u"Export P&DF…"_s);
    Translations::install(u"vi"_s);
    QCoreApplication::sendPostedEvents();
    QCOMPARE(menu->title(), vietnamese);
}

QTEST_MAIN(ReportActionsTest)
#include "tst_reportactions.moc"
