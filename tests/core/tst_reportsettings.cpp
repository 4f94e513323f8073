// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/documentform.h"
#include "report/reportsettings.h"
#include "storage/database.h"
#include "workspace/workspacesession.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace PlanTrack;

class ReportSettingsTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsOfANewWorkspace();
    void keptInTheWorkspaceFile();
    void textsAreStoredInNfc();
    void refusedSettingsChangeNothing();
    void placeAndDate_data();
    void placeAndDate();
    void appendixLabels();
};

void ReportSettingsTest::defaultsOfANewWorkspace()
{
    QString error;
    const std::unique_ptr<WorkspaceSession> session = WorkspaceSession::openInMemory(&error);
    QVERIFY2(session, qPrintable(error));
    const std::optional<ReportSettings> settings =
        ReportSettings::load(session->database(), &error);
    QVERIFY2(settings, qPrintable(error));

    QCOMPARE(*settings, ReportSettings::defaults());
    QCOMPARE(settings->parentBody.vi, u"ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI"_s);
    QCOMPARE(settings->issuingBody.vi, u"SỞ NỘI VỤ"_s);
    QCOMPARE(settings->number, u"…/BC-SNV"_s);
    QCOMPARE(settings->place.vi, u"Hà Nội"_s);
    QCOMPARE(settings->signerTitle.vi, u"KT. GIÁM ĐỐC"_s);
    QCOMPARE(settings->signerPosition.vi, u"PHÓ GIÁM ĐỐC"_s);
    QCOMPARE(settings->language, u"vi"_s);
    QVERIFY(settings->includeCharts);
    QCOMPARE(settings->recipientLines(false).constLast(), u"- Lưu: VT."_s);
    QCOMPARE(settings->parentBody.value(true), u"HANOI PEOPLE'S COMMITTEE"_s);
}

void ReportSettingsTest::keptInTheWorkspaceFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"workspace.sqlite"_s);
    QString error;

    ReportSettings settings = ReportSettings::defaults();
    settings.issuingBody = {u"SỞ Y TẾ"_s, u"DEPARTMENT OF HEALTH"_s};
    settings.number = u"27/BC-SYT"_s;
    settings.signerName = u"Trần Thị Bình"_s;
    settings.recipients.vi = u"- Sở Nội vụ;\n- Lưu: VT, TCCB."_s;
    settings.signerPosition = {};
    settings.language = u"en"_s;
    settings.agencyCode = u"SYT"_s;
    settings.includeCharts = false;
    {
        const std::unique_ptr<WorkspaceSession> session = WorkspaceSession::open(path, &error);
        QVERIFY2(session, qPrintable(error));
        QVERIFY2(settings.save(session->database(), &error), qPrintable(error));
    }

    const std::unique_ptr<WorkspaceSession> reopened = WorkspaceSession::open(path, &error);
    QVERIFY2(reopened, qPrintable(error));
    const std::optional<ReportSettings> loaded = ReportSettings::load(reopened->database(), &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(*loaded, settings);
    QCOMPARE(loaded->recipientLines(false),
             (QStringList{u"- Sở Nội vụ;"_s, u"- Lưu: VT, TCCB."_s}));
    QVERIFY(loaded->signerPosition.vi.isEmpty());

    // Another workspace keeps its own.
    const std::unique_ptr<WorkspaceSession> other = WorkspaceSession::openInMemory(&error);
    QCOMPARE(*ReportSettings::load(other->database(), &error), ReportSettings::defaults());
}

void ReportSettingsTest::textsAreStoredInNfc()
{
    QString error;
    const std::unique_ptr<WorkspaceSession> session = WorkspaceSession::openInMemory(&error);
    ReportSettings settings = ReportSettings::defaults();
    const QString decomposed = u"Sở Y tế"_s.normalized(QString::NormalizationForm_D);
    QVERIFY(decomposed != u"Sở Y tế"_s);
    settings.issuingBody.vi = u"  "_s + decomposed + u" "_s;
    QVERIFY2(settings.save(session->database(), &error), qPrintable(error));

    QCOMPARE(ReportSettings::load(session->database(), &error)->issuingBody.vi, u"Sở Y tế"_s);
}

void ReportSettingsTest::refusedSettingsChangeNothing()
{
    QString error;
    const std::unique_ptr<WorkspaceSession> session = WorkspaceSession::openInMemory(&error);
    ReportSettings settings = ReportSettings::defaults();
    settings.number = u"99/BC-SNV"_s;
    settings.parentBody = {};
    settings.issuingBody = {};

    QVERIFY(!settings.check().isEmpty());
    QVERIFY(!settings.save(session->database(), &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(ReportSettings::load(session->database(), &error)->number, u"…/BC-SNV"_s);

    settings = ReportSettings::defaults();
    settings.signerTitle = {};
    QVERIFY(!settings.save(session->database(), &error));
}

void ReportSettingsTest::placeAndDate_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("expected");

    // Decree 30/2020: a zero before days below 10 and months 1 and 2 only.
    QTest::newRow("january") << u"vi"_s << QDate(2026, 1, 5)
                             << u"Hà Nội, ngày 05 tháng 01 năm 2026"_s;
    QTest::newRow("february") << u"vi"_s << QDate(2026, 2, 28)
                              << u"Hà Nội, ngày 28 tháng 02 năm 2026"_s;
    QTest::newRow("june") << u"vi"_s << QDate(2026, 6, 14) << u"Hà Nội, ngày 14 tháng 6 năm 2026"_s;
    QTest::newRow("december") << u"vi"_s << QDate(2026, 12, 9)
                              << u"Hà Nội, ngày 09 tháng 12 năm 2026"_s;
    QTest::newRow("english") << u"en"_s << QDate(2026, 6, 14) << u"Hanoi, 14 June 2026"_s;
}

void ReportSettingsTest::placeAndDate()
{
    QFETCH(QString, language);
    QFETCH(QDate, date);
    QFETCH(QString, expected);

    const DocumentForm form = DocumentForm::of(language);
    QCOMPARE(form.placeAndDate(language == u"en"_s ? u"Hanoi"_s : u"Hà Nội"_s, date), expected);
}

void ReportSettingsTest::appendixLabels()
{
    const DocumentForm vi = DocumentForm::of(u"vi"_s);
    QCOMPARE(vi.appendix(1, 1), u"Phụ lục"_s);
    QCOMPARE(vi.appendix(2, 2), u"Phụ lục II"_s);
    QCOMPARE(vi.numberLine(u"05/BC-SNV"_s), u"Số: 05/BC-SNV"_s);
    QCOMPARE(vi.attachedTo(u"05/BC-SNV"_s, QDate(2026, 1, 5)),
             u"(Kèm theo Báo cáo số 05/BC-SNV ngày 05/01/2026)"_s);
    QCOMPARE(DocumentForm::of(u"en"_s).appendix(1, 2), u"Appendix I"_s);
}

QTEST_GUILESS_MAIN(ReportSettingsTest)
#include "tst_reportsettings.moc"
