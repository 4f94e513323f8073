// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "agencies/agencyeditor.h"
#include "agencies/agencytreemodel.h"
#include "roles.h"
#include "testworkspace.h"
#include "workspace/workspacesession.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBrush>
#include <QIcon>
#include <QMimeData>
#include <QPalette>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace PlanTrack;

class TestAgencyTreeModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void placesDepartmentsUnderTheCommittee();
    void listsGroupMembers_data();
    void listsGroupMembers();
    void findsTheAgencyRow();
    void switchesToEnglish();
    void greysAndHidesRetiredAgencies();
    void listsUnitsOfAGroupOnce();
    void dragsAgencyIds();

private:
    QStringList childCodes(const QModelIndex &parent) const;

    std::unique_ptr<Test::TestWorkspace> m_workspace;
    std::unique_ptr<AgencyTreeModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestAgencyTreeModel::initTestCase()
{
    Test::isolateSettings();
}

void TestAgencyTreeModel::init()
{
    m_workspace = std::make_unique<Test::TestWorkspace>();
    QVERIFY2(m_workspace->open(), qPrintable(m_workspace->error()));

    m_model = std::make_unique<AgencyTreeModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->setAgencies(m_workspace->agencies());
}

void TestAgencyTreeModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_workspace.reset();
}

void TestAgencyTreeModel::placesDepartmentsUnderTheCommittee()
{
    const QModelIndex committee = m_model->indexOf(m_workspace->agencyId(u"UBNDTP"_s));
    QVERIFY(committee.isValid());
    QVERIFY(!committee.parent().isValid());
    QCOMPARE(committee.siblingAtColumn(AgencyTreeModel::CodeColumn).data().toString(), u"UBNDTP"_s);

    const QStringList children = childCodes(committee);
    for (const QString &code : {u"VPUBNDTP"_s,
                                u"SNV"_s,
                                u"STC"_s,
                                u"SKHCN"_s,
                                u"SXD"_s,
                                u"SYT"_s,
                                u"SGDDT"_s,
                                u"SVHTT"_s})
        QVERIFY2(children.contains(code), qPrintable(code));
}

void TestAgencyTreeModel::listsGroupMembers_data()
{
    QTest::addColumn<QString>("group");
    QTest::addColumn<int>("members");

    // The city's 15 agencies; "Các cơ quan, đơn vị" also holds the communes and wards.
    QTest::newRow("CQDV") << u"CQDV"_s << 16;
    QTest::newRow("CQDVLQ") << u"CQDVLQ"_s << 15;
    QTest::newRow("CQDVNTN") << u"CQDVNTN"_s << 15;
}

void TestAgencyTreeModel::listsGroupMembers()
{
    QFETCH(QString, group);
    QFETCH(int, members);

    const QModelIndex index = m_model->indexOf(m_workspace->agencyId(group));
    QVERIFY(index.isValid());
    QCOMPARE(ItemKind(index.data(ItemKindRole).toInt()), ItemKind::Group);
    QVERIFY(!index.data(Qt::DecorationRole).value<QIcon>().isNull());

    const QModelIndex agency = m_model->indexOf(m_workspace->agencyId(u"SNV"_s));
    QVERIFY(index.data(Qt::DecorationRole).value<QIcon>().cacheKey()
            != agency.data(Qt::DecorationRole).value<QIcon>().cacheKey());

    const QStringList codes = childCodes(index);
    QCOMPARE(codes.size(), members);
    QVERIFY(codes.contains(u"SNV"_s));
    const QModelIndex member = m_model->index(int(codes.indexOf(u"SNV"_s)), 0, index);
    QCOMPARE(ItemKind(member.data(ItemKindRole).toInt()), ItemKind::GroupMember);
    QCOMPARE(member.data(AgencyIdRole).value<AgencyId>(), m_workspace->agencyId(u"SNV"_s));
}

void TestAgencyTreeModel::findsTheAgencyRow()
{
    const AgencyId snv = m_workspace->agencyId(u"SNV"_s);
    const QModelIndex index = m_model->indexOf(snv);

    QCOMPARE(index.data(AgencyIdRole).value<AgencyId>(), snv);
    QCOMPARE(ItemKind(index.data(ItemKindRole).toInt()), ItemKind::Agency);
    QCOMPARE(index.data().toString(), u"Sở Nội vụ"_s);
    QVERIFY(index.data(SearchTextRole).toString().contains(u"so noi vu"_s));
}

void TestAgencyTreeModel::switchesToEnglish()
{
    const Agency *snv = m_workspace->agencies().byCode(u"SNV"_s);
    QVERIFY(snv && !snv->nameEn.isEmpty());

    m_model->setEnglish(true);

    QCOMPARE(m_model->indexOf(snv->id).data().toString(), snv->nameEn);
}

void TestAgencyTreeModel::greysAndHidesRetiredAgencies()
{
    QString error;
    std::unique_ptr<WorkspaceSession> session = WorkspaceSession::openInMemory(&error);
    QVERIFY2(session, qPrintable(error));
    const AgencyId tourism = session->agencies().byCode(u"SDL"_s)->id;
    const AgencyId culture = session->agencies().byCode(u"SVHTT"_s)->id;
    QVERIFY2(AgencyEditor(*session).merge(tourism, culture, QDate(2026, 7, 1), &error),
             qPrintable(error));
    m_model->setAgencies(session->agencies());

    // Retired agencies are not offered by default.
    QVERIFY(!m_model->indexOf(tourism).isValid());
    QVERIFY(!childCodes(m_model->indexOf(session->agencies().byCode(u"UBNDTP"_s)->id))
                 .contains(u"SDL"_s));

    // Asked for, they are listed greyed, saying what became of them.
    m_model->setShowRetired(true);
    const QModelIndex retired = m_model->indexOf(tourism);
    QVERIFY(retired.isValid());
    QVERIFY(retired.data().toString().contains(u"Sở Du lịch"_s));
    QCOMPARE(retired.data(Qt::ForegroundRole).value<QBrush>(),
             QApplication::palette().brush(QPalette::Disabled, QPalette::Text));
    QVERIFY(retired.data(Qt::ToolTipRole).toString().contains(u"01/07/2026"_s));
    QVERIFY(retired.data(Qt::ToolTipRole).toString().contains(u"Sở Văn hóa và Thể thao"_s));
    QVERIFY(!(m_model->flags(retired) & Qt::ItemIsDropEnabled));

    m_model->setShowRetired(false);
    QVERIFY(!m_model->indexOf(tourism).isValid());
}

void TestAgencyTreeModel::listsUnitsOfAGroupOnce()
{
    // A ward placed under the communes and wards, and a member of them, shows once there.
    QString error;
    std::unique_ptr<WorkspaceSession> session = WorkspaceSession::openInMemory(&error);
    QVERIFY2(session, qPrintable(error));
    const AgencyId communes = session->agencies().byCode(u"XAPHUONG"_s)->id;
    Agency ward;
    ward.code = u"PBADINH"_s;
    ward.nameVi = u"UBND phường Ba Đình"_s;
    ward.parentId = communes;
    QVERIFY2(AgencyEditor(*session).add(ward, {communes}, &error), qPrintable(error));
    m_model->setAgencies(session->agencies());

    const QModelIndex group = m_model->indexOf(communes);
    QCOMPARE(childCodes(group), QStringList{u"PBADINH"_s});
    QCOMPARE(ItemKind(m_model->index(0, 0, group).data(ItemKindRole).toInt()), ItemKind::Agency);
}

void TestAgencyTreeModel::dragsAgencyIds()
{
    const QModelIndex snv = m_model->indexOf(m_workspace->agencyId(u"SNV"_s));
    QVERIFY(m_model->flags(snv) & Qt::ItemIsDragEnabled);
    std::unique_ptr<QMimeData> data(m_model->mimeData({snv}));
    QCOMPARE(AgencyTreeModel::agencyOf(data.get()), m_workspace->agencyId(u"SNV"_s));
    QCOMPARE(data->text(), u"Sở Nội vụ"_s);

    // A drop is only reported; the workspace decides what becomes of it.
    QSignalSpy dropped(m_model.get(), &AgencyTreeModel::agencyDropped);
    const QModelIndex finance = m_model->indexOf(m_workspace->agencyId(u"STC"_s));
    QVERIFY(!m_model->dropMimeData(data.get(), Qt::CopyAction, -1, 0, finance));
    QCOMPARE(dropped.size(), 1);
    QCOMPARE(dropped.constFirst().at(1).value<AgencyId>(), m_workspace->agencyId(u"STC"_s));
    QVERIFY(!m_model->canDropMimeData(data.get(), Qt::CopyAction, -1, 0, snv));

    QMimeData other;
    other.setText(u"Sở Nội vụ"_s);
    QVERIFY(!m_model->canDropMimeData(&other, Qt::CopyAction, -1, 0, finance));
}

QStringList TestAgencyTreeModel::childCodes(const QModelIndex &parent) const
{
    QStringList codes;
    for (int row = 0; row < m_model->rowCount(parent); ++row)
        codes.append(m_model->index(row, AgencyTreeModel::CodeColumn, parent).data().toString());
    return codes;
}

QTEST_MAIN(TestAgencyTreeModel)
#include "tst_agencytreemodel.moc"
