// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "agencies/agencyeditor.h"
#include "agencies/responsibilitymatrixmodel.h"
#include "agencies/responsibilitymatrixview.h"
#include "roles.h"
#include "workspace/workspacesession.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QFont>
#include <QPdfWriter>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace PlanTrack;

class TestMatrixModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void marksDirectAndGroupRoles();
    void totalsEqualTheResponsibilities();
    void ordersAgenciesTheVietnameseWay();
    void filtersByTextAndAgency();
    void exportsWhatIsShownAsCsv();
    void printsLandscapePagesWithEveryAgency();

private:
    AgencyId id(const QString &code) const;
    int row(const QString &stt) const;
    int column(const QString &code) const;
    QString cell(const QString &stt, const QString &code) const;

    std::unique_ptr<WorkspaceSession> m_session;
    std::unique_ptr<ResponsibilityMatrixModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestMatrixModel::init()
{
    QString error;
    m_session = WorkspaceSession::openInMemory(&error);
    QVERIFY2(m_session, qPrintable(error));
    m_model = std::make_unique<ResponsibilityMatrixModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->setPlan(m_session->plans().constFirst(), m_session->agencies());
}

void TestMatrixModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_session.reset();
}

AgencyId TestMatrixModel::id(const QString &code) const
{
    const Agency *agency = m_session->agencies().byCode(code);
    return agency ? agency->id : 0;
}

int TestMatrixModel::row(const QString &stt) const
{
    for (int r = 0; r < m_model->taskRowCount(); ++r) {
        if (m_model->index(r, ResponsibilityMatrixModel::SttColumn).data().toString() == stt)
            return r;
    }
    return -1;
}

int TestMatrixModel::column(const QString &code) const
{
    const qsizetype at = m_model->agencyIds().indexOf(id(code));
    return at < 0 ? -1 : ResponsibilityMatrixModel::FirstAgencyColumn + int(at);
}

QString TestMatrixModel::cell(const QString &stt, const QString &code) const
{
    return m_model->index(row(stt), column(code)).data().toString();
}

void TestMatrixModel::marksDirectAndGroupRoles()
{
    // The numbered rows; sub-tasks that repeat their row's units add nothing.
    QCOMPARE(m_model->taskRowCount(), 19);
    QCOMPARE(row(u"3.1"_s), -1);

    QCOMPARE(cell(u"1"_s, u"SNV"_s), u"L"_s);
    QCOMPARE(cell(u"6"_s, u"SNV"_s), u"C"_s);
    QCOMPARE(cell(u"7"_s, u"SNV"_s), u"(C)"_s);
    QCOMPARE(cell(u"1"_s, u"SYT"_s), u"(C)"_s);
    // Row 4 names Sở Nội vụ as coordinating; "Các cơ quan, đơn vị" makes it lead.
    QCOMPARE(cell(u"4"_s, u"SNV"_s), u"C (L)"_s);
    QCOMPARE(cell(u"3"_s, u"SNV"_s), u"(L)"_s);
    QCOMPARE(cell(u"3"_s, u"CQDV"_s), u"L"_s);
    QCOMPARE(cell(u"3"_s, u"XAPHUONG"_s), u"(L)"_s);
    QCOMPARE(cell(u"3"_s, u"CQDVLQ"_s), QString());

    const QModelIndex viaGroup = m_model->index(row(u"3"_s), column(u"SNV"_s));
    QVERIFY(viaGroup.data(Qt::FontRole).value<QFont>().italic());
    QVERIFY(viaGroup.data(Qt::ToolTipRole).toString().contains(u"Các cơ quan, đơn vị"_s));
    const QModelIndex direct = m_model->index(row(u"1"_s), column(u"SNV"_s));
    QVERIFY(!direct.data(Qt::FontRole).value<QFont>().italic());
    QCOMPARE(direct.data(AgencyIdRole).value<AgencyId>(), id(u"SNV"_s));
    QCOMPARE(direct.data(TaskIdRole).value<TaskId>(),
             m_session->plans().constFirst().taskByStt(u"1"_s)->id);
}

void TestMatrixModel::totalsEqualTheResponsibilities()
{
    int leads = 0;
    int coordinating = 0;
    for (TaskId taskId : m_model->taskIds()) {
        const Task *task = m_session->task(taskId);
        leads += int(task->leadIds.size());
        coordinating += int(task->coordinatingIds.size());
    }

    int leadTotal = 0;
    int coordinatingTotal = 0;
    for (int c = ResponsibilityMatrixModel::FirstAgencyColumn; c < m_model->columnCount(); ++c) {
        const ResponsibilityTotals totals = m_model->totals(c);
        leadTotal += totals.lead;
        coordinatingTotal += totals.coordinating;

        // The marks of the column add up to its totals.
        int leading = 0;
        int named = 0;
        int viaGroup = 0;
        for (int r = 0; r < m_model->taskRowCount(); ++r) {
            const QString mark = m_model->index(r, c).data().toString();
            leading += mark.contains(u'L') ? 1 : 0;
            named += mark.startsWith(u'C') ? 1 : 0;
            viaGroup += mark == "(C)"_L1 ? 1 : 0;
        }
        QCOMPARE(leading, totals.lead + totals.leadViaGroup);
        QCOMPARE(named, totals.coordinating);
        QCOMPARE(viaGroup, totals.coordinatingViaGroup);
    }
    QCOMPARE(leadTotal, leads);
    QCOMPARE(coordinatingTotal, coordinating);

    // Sở Nội vụ leads rows 1, 2, 5, 11 and 15, and six more through groups; it coordinates
    // rows 4 and 6, and seven more through "Các cơ quan, đơn vị có liên quan".
    const int totalsRow = m_model->taskRowCount();
    QCOMPARE(m_model->index(totalsRow, column(u"SNV"_s)).data().toString(), u"5 (6)"_s);
    QCOMPARE(m_model->index(totalsRow + 1, column(u"SNV"_s)).data().toString(), u"2 (7)"_s);
    QVERIFY(m_model->isTotalsRow(totalsRow + 1));
    QCOMPARE(m_model->rowCount(), totalsRow + 2);
}

void TestMatrixModel::ordersAgenciesTheVietnameseWay()
{
    AgencyEditor editor(*m_session);
    QList<AgencyId> added;
    const QStringList names{u"Ban Ưu đãi"_s,
                            u"Ban Đối ngoại"_s,
                            u"Ban Ân xá"_s,
                            u"Ban Uỷ thác"_s,
                            u"Ban Dân vận"_s,
                            u"Ban Ăn uống"_s,
                            u"Ban An ninh"_s};
    for (qsizetype i = 0; i < names.size(); ++i) {
        Agency agency;
        agency.code = u"BAN%1"_s.arg(i);
        agency.nameVi = names.at(i);
        QString error;
        QVERIFY2(editor.add(agency, {}, &error), qPrintable(error));
        added.append(agency.id);
    }
    const Task *row7 = m_session->plans().constFirst().taskByStt(u"7"_s);
    QString error;
    QVERIFY2(editor.setResponsibilities(row7->id, row7->leadIds, added, &error), qPrintable(error));
    m_model->setPlan(m_session->plans().constFirst(), m_session->agencies());

    QStringList order;
    for (AgencyId agencyId : m_model->agencyIds()) {
        if (added.contains(agencyId))
            order.append(m_session->agencies().byId(agencyId)->nameVi);
    }
    // A before Ă before Â, D before Đ, U before Ư; code point order would put Đ after U.
    QCOMPARE(order,
             (QStringList{u"Ban An ninh"_s,
                          u"Ban Ăn uống"_s,
                          u"Ban Ân xá"_s,
                          u"Ban Dân vận"_s,
                          u"Ban Đối ngoại"_s,
                          u"Ban Uỷ thác"_s,
                          u"Ban Ưu đãi"_s}));
    QVERIFY(!(u"Ban Đối ngoại"_s < u"Ban Uỷ thác"_s));

    // The departments too: "Sở Dân tộc…" before "Sở Du lịch" before "Sở Giáo dục…".
    QVERIFY(column(u"SDTTG"_s) < column(u"SDL"_s));
    QVERIFY(column(u"SDL"_s) < column(u"SGDDT"_s));
    QCOMPARE(m_model->headerData(column(u"SNV"_s), Qt::Horizontal).toString(), u"Sở Nội vụ"_s);

    m_model->setEnglish(true);
    QCOMPARE(m_model->headerData(column(u"SNV"_s), Qt::Horizontal).toString(),
             u"Department of Home Affairs"_s);
    // "Construction" comes before "Home Affairs", though "Xây dựng" follows "Nội vụ".
    QVERIFY(column(u"SXD"_s) < column(u"SNV"_s));
}

void TestMatrixModel::filtersByTextAndAgency()
{
    m_model->setFilterText(u"co so du lieu"_s);
    QCOMPARE(m_model->taskRowCount(), 1);
    QCOMPARE(m_model->index(0, ResponsibilityMatrixModel::SttColumn).data().toString(), u"5"_s);

    m_model->setFilterText({});
    m_model->setFilterAgencyId(id(u"CQDVNTN"_s));
    QStringList rows;
    for (int r = 0; r < m_model->taskRowCount(); ++r)
        rows.append(m_model->index(r, ResponsibilityMatrixModel::SttColumn).data().toString());
    QCOMPARE(rows, (QStringList{u"11"_s, u"16"_s, u"17"_s, u"18"_s, u"19"_s}));

    // The totals follow the rows shown.
    const int totalsRow = m_model->taskRowCount();
    QCOMPARE(m_model->index(totalsRow, column(u"SNV"_s)).data().toString(), u"1 (4)"_s);

    m_model->setFilterAgencyId(0);
    QCOMPARE(m_model->taskRowCount(), 19);
}

void TestMatrixModel::exportsWhatIsShownAsCsv()
{
    m_model->setFilterAgencyId(id(u"SKHCN"_s));
    const QByteArray csv = m_model->toCsv();
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));

    const QStringList lines = QString::fromUtf8(csv.mid(3)).split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1 + m_model->taskRowCount() + 2);
    const QStringList header = lines.constFirst().split(u',');
    const qsizetype skhcn = header.indexOf(u"Sở Khoa học và Công nghệ"_s);
    QVERIFY(skhcn > 1);
    bool row13 = false;
    for (const QString &line : lines) {
        if (line.startsWith(u"13,"_s)) {
            row13 = true;
            QVERIFY(line.contains(u",L,"_s) || line.endsWith(u",L"_s));
        }
    }
    QVERIFY(row13);
}

void TestMatrixModel::printsLandscapePagesWithEveryAgency()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"matrix.pdf"_s);
    ResponsibilityMatrixView view;
    view.setPlan(m_session->plans().constFirst(), m_session->agencies());
    QString error;
    QVERIFY2(view.writePdf(path, &error), qPrintable(error));
    QVERIFY(QFile(path).size() > 1000);

    const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
    if (pdftotext.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    QProcess process;
    process.start(pdftotext, {u"-layout"_s, path, u"-"_s});
    QVERIFY(process.waitForFinished());
    const QString text = QString::fromUtf8(process.readAllStandardOutput()).simplified();
    QVERIFY(text.contains(u"Sở Nội vụ"_s));
    QVERIFY(text.contains(u"Tối thiểu 50%"_s));

    QProcess info;
    info.start(QStandardPaths::findExecutable(u"pdfinfo"_s), {path});
    QVERIFY(info.waitForFinished());
    const QString details = QString::fromUtf8(info.readAllStandardOutput());
    QVERIFY2(details.contains(u"841.89 x 595.28"_s) || details.contains(u"842 x 595"_s),
             qPrintable(details));

    // Forty more agencies do not fit across one page: they continue on further pages.
    QPdfWriter few(dir.filePath(u"few.pdf"_s));
    few.setPageOrientation(QPageLayout::Landscape);
    const int pagesBefore = view.printTo(few);
    AgencyEditor editor(*m_session);
    QList<AgencyId> added;
    for (int i = 0; i < 40; ++i) {
        Agency agency;
        agency.code = u"P%1"_s.arg(i);
        agency.nameVi = u"UBND phường %1"_s.arg(i);
        QVERIFY2(editor.add(agency, {}, &error), qPrintable(error));
        added.append(agency.id);
    }
    const Task *row7 = m_session->plans().constFirst().taskByStt(u"7"_s);
    QVERIFY2(editor.setResponsibilities(row7->id, row7->leadIds, added, &error), qPrintable(error));
    view.setPlan(m_session->plans().constFirst(), m_session->agencies());
    QPdfWriter many(dir.filePath(u"many.pdf"_s));
    many.setPageOrientation(QPageLayout::Landscape);
    QVERIFY(view.printTo(many) >= 2 * pagesBefore);
}

QTEST_MAIN(TestMatrixModel)
#include "tst_matrixmodel.moc"
