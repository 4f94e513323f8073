// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "agencies/agencydialog.h"
#include "agencies/agencydock.h"
#include "agencies/agencyfeatures.h"
#include "agencies/agencyoverview.h"
#include "agencies/membersdialog.h"
#include "agencies/mergedialog.h"
#include "agencies/responsibilitydialog.h"
#include "agencies/responsibilitymatrixview.h"
#include "agencies/retiredialog.h"
#include "mainwindow/mainwindow.h"
#include "testworkspace.h"
#include "translations.h"
#include "workspace/workspacesession.h"

#include <QDir>
#include <QImage>
#include <QLabel>
#include <QPixmap>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace PlanTrack;

/// Renders the agency views as a user sees them, in Vietnamese and in English. With the
/// environment variable PLANTRACK_SCREENSHOTS naming a folder, the pictures are kept there
/// to be looked at.
class TestAgencyViews final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void rendersInBothLanguages_data();
    void rendersInBothLanguages();

private:
    QImage render(QWidget &widget, const QString &name, const QString &language);
    std::unique_ptr<QWidget> make(const QString &view);

    std::unique_ptr<WorkspaceSession> m_session;
    Test::TestWorkspace m_workspace;
};

void TestAgencyViews::initTestCase()
{
    Test::isolateSettings();
    QString error;
    m_session = WorkspaceSession::openInMemory(&error);
    QVERIFY2(m_session, qPrintable(error));
}

void TestAgencyViews::cleanupTestCase()
{
    m_session.reset();
}

void TestAgencyViews::rendersInBothLanguages_data()
{
    QTest::addColumn<QString>("view");
    for (const char *view :
         {"window", "matrix", "overview", "agency", "members", "merge", "retire", "units"})
        QTest::newRow(view) << QString::fromLatin1(view);
}

std::unique_ptr<QWidget> TestAgencyViews::make(const QString &view)
{
    const AgencyDirectory &agencies = m_session->agencies();
    const bool english = Translations::current() == "en"_L1;
    const Agency &snv = *agencies.byCode(u"SNV"_s);
    if (view == "window"_L1) {
        auto window = std::make_unique<MainWindow>();
        QString error;
        if (!window->openWorkspace(m_workspace.path(), &error))
            qWarning() << error;
        installAgencyFeatures(*window);
        window->setAsOf(QDate(2026, 5, 1));
        window->agencyDock()->setAgencyId(window->session()->agencies().byCode(u"SNV"_s)->id);
        window->resize(1366, 768);
        return window;
    }
    if (view == "matrix"_L1) {
        auto matrix = std::make_unique<ResponsibilityMatrixView>();
        matrix->setPlan(m_session->plans().constFirst(), agencies);
        matrix->resize(1500, 900);
        return matrix;
    }
    if (view == "overview"_L1) {
        auto overview = std::make_unique<AgencyOverview>();
        overview->setSession(m_session.get());
        overview->setAsOf(QDate(2026, 5, 1));
        overview->setAgencyId(snv.id);
        overview->resize(1400, 950);
        return overview;
    }
    if (view == "agency"_L1) {
        auto dialog = std::make_unique<AgencyDialog>(AgencyDialog::Mode::Edit, agencies, english);
        dialog->setAgency(snv);
        return dialog;
    }
    if (view == "members"_L1)
        return std::make_unique<MembersDialog>(*agencies.byCode(u"CQDVNTN"_s), agencies, english);
    if (view == "merge"_L1)
        return std::make_unique<MergeDialog>(
            *agencies.byCode(u"SDL"_s), AgencyUsage{}, agencies, QDate(2026, 7, 1), english);
    if (view == "retire"_L1)
        return std::make_unique<RetireDialog>(
            *agencies.byCode(u"SDL"_s), QDate(2026, 7, 1), english);
    return std::make_unique<ResponsibilityDialog>(
        *m_session->plans().constFirst().taskByStt(u"6"_s), agencies, english);
}

QImage TestAgencyViews::render(QWidget &widget, const QString &name, const QString &language)
{
    widget.show();
    if (!QTest::qWaitForWindowExposed(&widget))
        return {};
    const QImage image = widget.grab().toImage();
    const QString folder = qEnvironmentVariable("PLANTRACK_SCREENSHOTS");
    if (!folder.isEmpty() && QDir().mkpath(folder))
        image.save(QDir(folder).filePath(u"%1-%2.png"_s.arg(name, language)));
    return image;
}

void TestAgencyViews::rendersInBothLanguages()
{
    QFETCH(QString, view);

    QList<QImage> images;
    QStringList titles;
    for (const QString &language : {u"vi"_s, u"en"_s}) {
        Translations::install(language);
        std::unique_ptr<QWidget> widget = make(view);
        const QImage image = render(*widget, view, language);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() > 200 && image.height() > 100);
        images.append(image);
        titles.append(widget->windowTitle());

        // The printable views print in the same language.
        QTemporaryDir scratch;
        const QString folder = qEnvironmentVariable("PLANTRACK_SCREENSHOTS", scratch.path());
        const QString pdf = QDir(folder).filePath(u"%1-%2.pdf"_s.arg(view, language));
        QString error;
        if (auto *matrix = qobject_cast<ResponsibilityMatrixView *>(widget.get()))
            QVERIFY2(matrix->writePdf(pdf, &error), qPrintable(error));
        if (auto *overview = qobject_cast<AgencyOverview *>(widget.get()))
            QVERIFY2(overview->writePdf(pdf, &error), qPrintable(error));
    }
    Translations::install(u"en"_s);

    // Something on screen is in the language chosen: English names, translated labels.
    QVERIFY(images.at(0) != images.at(1));
    QVERIFY(!titles.at(1).isEmpty());
}

QTEST_MAIN(TestAgencyViews)
#include "tst_agencyviews.moc"
