// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/planimporter.h"
#include "storage/database.h"
#include "workspace/workspace.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace PlanTrack;

// Checks the plan shipped with PlanTrack against the appendix of the plan for Resolution
// 92/2026/NQ-HĐND ("Chỉ tiêu, nhiệm vụ thực hiện Nghị quyết số 92/2026/NQ-HĐND"). The
// expected values below were typed from the appendix itself, not from the bundled file.
// Each check runs on the document as read and on the plan as a new workspace stores it.
class TestBundledPlan final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void planIdentity();
    void sections();
    void numberedRows();
    void agencyNames_data();
    void agencyNames();
    void row_data();
    void row();
    void subTasks_data();
    void subTasks();
    void indicators_data();
    void indicators();
    void textIsNfc();
    void everyTextHasEnglish();
    void importerWarnsAboutRepeatedLabel();

private:
    struct Source
    {
        QString name;
        Plan plan;
        AgencyDirectory agencies;
    };

    QList<Source> m_sources;
    QStringList m_importWarnings;
    std::unique_ptr<Database> m_database;
};

namespace {

QStringList codesOf(const QList<AgencyId> &ids, const AgencyDirectory &agencies)
{
    QStringList codes;
    for (AgencyId id : ids) {
        const Agency *agency = agencies.byId(id);
        codes.append(agency ? agency->code : u"<unknown id %1>"_s.arg(id));
    }
    return codes;
}

bool isNfc(const QString &text)
{
    return text == text.normalized(QString::NormalizationForm_C);
}

} // namespace

void TestBundledPlan::initTestCase()
{
    QString error;
    std::optional<PlanDocument> document = Workspace::bundledPlan(&error);
    QVERIFY2(document, qPrintable(error));
    m_sources.append({u"document"_s, document->plan, AgencyDirectory(document->agencies)});

    m_database = Database::openInMemory(&error);
    QVERIFY2(m_database, qPrintable(error));
    PlanImporter importer(*m_database);
    QVERIFY2(importer.import(std::move(*document), &error) != 0, qPrintable(error));
    m_importWarnings = importer.warnings();

    std::optional<WorkspaceContent> content = Workspace::load(*m_database, &error);
    QVERIFY2(content, qPrintable(error));
    QCOMPARE(content->plans.size(), 1);
    m_sources.append({u"workspace"_s, content->plans.constFirst(), content->agencies});
}

void TestBundledPlan::planIdentity()
{
    for (const Source &source : std::as_const(m_sources)) {
        const Plan &plan = source.plan;
        QCOMPARE(plan.resolution, u"92/2026/NQ-HĐND"_s);
        QVERIFY2(plan.titleVi.contains(u"Nghị quyết số 92/2026/NQ-HĐND"_s),
                 qPrintable(plan.titleVi));
        // The draft leaves the number and the date of the plan blank.
        QCOMPARE(plan.number, QString());
        QVERIFY(!plan.issuedOn.isValid());
        const Agency *issuer = source.agencies.byId(plan.issuerId);
        QVERIFY(issuer);
        QCOMPARE(issuer->nameVi, u"Ủy ban nhân dân Thành phố Hà Nội"_s);
    }
}

void TestBundledPlan::sections()
{
    const QStringList labels{u"I"_s, u"II"_s, u"III"_s, u"III"_s};
    const QStringList titles{
        u"Xây dựng, ban hành văn bản của UBND Thành phố quy định chi tiết thi hành các Nghị "
        u"quyết"_s,
        u"Triển khai các chính sách quy định tại các Nghị quyết"_s,
        u"Truyền thông chính sách"_s,
        u"Một số chỉ tiêu cụ thể"_s,
    };
    for (const Source &source : std::as_const(m_sources)) {
        const QList<Section> &sections = source.plan.sections;
        QCOMPARE(sections.size(), 4);
        for (qsizetype i = 0; i < sections.size(); ++i) {
            QCOMPARE(sections.at(i).label, labels.at(i));
            QCOMPARE(sections.at(i).titleVi, titles.at(i));
        }
        QCOMPARE(sections.at(2).heading(), u"III. Truyền thông chính sách"_s);
    }
}

void TestBundledPlan::numberedRows()
{
    for (const Source &source : std::as_const(m_sources)) {
        QStringList stts;
        int subTasks = 0;
        for (const Task &task : source.plan.tasks) {
            if (task.isSubTask())
                ++subTasks;
            else
                stts.append(task.stt);
        }
        QStringList expected;
        for (int i = 1; i <= 19; ++i)
            expected.append(QString::number(i));
        QCOMPARE(stts, expected);
        QCOMPARE(subTasks, 4);

        // Rows per section as the appendix groups them: 1, 10, 3 and 5.
        const QList<Section> &sections = source.plan.sections;
        QCOMPARE(source.plan.tasksOf(sections.at(0).id).size(), 1);
        QCOMPARE(source.plan.tasksOf(sections.at(1).id).size(), 10);
        QCOMPARE(source.plan.tasksOf(sections.at(2).id).size(), 3);
        QCOMPARE(source.plan.tasksOf(sections.at(3).id).size(), 5);
    }
}

void TestBundledPlan::agencyNames_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("nameVi");
    QTest::addColumn<bool>("isGroup");

    QTest::newRow("SNV") << u"SNV"_s << u"Sở Nội vụ"_s << false;
    QTest::newRow("STC") << u"STC"_s << u"Sở Tài chính"_s << false;
    QTest::newRow("SKHCN") << u"SKHCN"_s << u"Sở Khoa học và Công nghệ"_s << false;
    QTest::newRow("SXD") << u"SXD"_s << u"Sở Xây dựng"_s << false;
    QTest::newRow("SYT") << u"SYT"_s << u"Sở Y tế"_s << false;
    QTest::newRow("SGDDT") << u"SGDDT"_s << u"Sở Giáo dục và Đào tạo"_s << false;
    QTest::newRow("SVHTT") << u"SVHTT"_s << u"Sở Văn hóa và Thể thao"_s << false;
    QTest::newRow("VPUBNDTP") << u"VPUBNDTP"_s << u"Văn phòng UBND Thành phố"_s << false;
    QTest::newRow("CQDV") << u"CQDV"_s << u"Các cơ quan, đơn vị"_s << true;
    QTest::newRow("CQDVLQ") << u"CQDVLQ"_s << u"Các cơ quan, đơn vị có liên quan"_s << true;
    QTest::newRow("CQDVNTN") << u"CQDVNTN"_s << u"Các cơ quan, đơn vị có người tài năng"_s << true;
}

void TestBundledPlan::agencyNames()
{
    QFETCH(QString, code);
    QFETCH(QString, nameVi);
    QFETCH(bool, isGroup);

    for (const Source &source : std::as_const(m_sources)) {
        const Agency *agency = source.agencies.byCode(code);
        QVERIFY2(agency, qPrintable(source.name));
        QCOMPARE(agency->nameVi, nameVi);
        QCOMPARE(agency->isGroup, isGroup);
        if (isGroup)
            QVERIFY2(!agency->memberIds.isEmpty(), "a group answers through its members");
    }
}

void TestBundledPlan::row_data()
{
    QTest::addColumn<QString>("stt");
    QTest::addColumn<int>("section");
    QTest::addColumn<int>("detail");
    QTest::addColumn<QString>("content");
    QTest::addColumn<QStringList>("lead");
    QTest::addColumn<QStringList>("coordinating");
    QTest::addColumn<QString>("deadline");
    QTest::addColumn<DeadlineKind>("kind");
    QTest::addColumn<QDate>("due");

    const QStringList related{u"CQDVLQ"_s};
    const QString ongoing = u"Thường xuyên"_s;
    const QString during = u"Trong thời gian thu hút"_s;
    const QDate endOf2026(2026, 12, 31);

    // Section I
    QTest::newRow("1") << u"1"_s << 0 << 1
                       << u"Quyết định của UBND Thành phố ban hành Quy chế hoạt động của Hội đồng "
                          u"tuyển chọn người có tài năng cấp Thành phố; Quy trình đánh giá hiệu "
                          u"quả và quy chế bồi hoàn kinh phí đối với đối tượng được thu hút, "
                          u"trọng dụng"_s
                       << QStringList{u"SNV"_s} << QStringList{u"STC"_s, u"CQDVLQ"_s}
                       << u"Tháng 3/2026"_s << DeadlineKind::Month << QDate(2026, 3, 31);

    // Section II
    QTest::newRow("2") << u"2"_s << 1 << 1
                       << u"Tham mưu tổ chức triển khai Kế hoạch; hướng dẫn, đôn đốc, kiểm tra, "
                          u"tổng hợp tình hình và báo cáo UBND Thành phố kết quả thực hiện"_s
                       << QStringList{u"SNV"_s} << related << ongoing << DeadlineKind::Ongoing
                       << QDate();
    // Row 3's text is its two bulleted sub-tasks; see subTasks().
    QTest::newRow("3") << u"3"_s << 1 << 2 << QString() << QStringList{u"CQDV"_s} << QStringList()
                       << ongoing << DeadlineKind::Ongoing << QDate();
    QTest::newRow("4") << u"4"_s << 1 << 3
                       << u"Căn cứ vị trí việc làm, nhu cầu phát triển ngành, lĩnh vực, xây dựng "
                          u"kế hoạch thu hút, trọng dụng người có tài năng"_s
                       << QStringList{u"CQDV"_s} << QStringList{u"SNV"_s, u"CQDVLQ"_s}
                       << u"Hằng năm"_s << DeadlineKind::Annual << QDate();
    QTest::newRow("5") << u"5"_s << 1 << 4
                       << u"Thiết lập Cơ sở dữ liệu người có tài năng của thành phố Hà Nội (đồng "
                          u"bộ với Cơ sở dữ liệu của Trung ương)"_s
                       << QStringList{u"SNV"_s} << QStringList{u"SKHCN"_s, u"CQDVLQ"_s} << u"2026"_s
                       << DeadlineKind::Year << endOf2026;
    QTest::newRow("6") << u"6"_s << 1 << 5
                       << u"Tham mưu UBND Thành phố xây dựng, triển khai Đề án Mô hình phát triển "
                          u"mới gắn với tái cấu trúc thị trường lao động, thu hút, trọng dụng "
                          u"người có tài năng để xác lập Mô hình tăng trưởng hai con số của Thủ "
                          u"đô Hà Nội"_s
                       << QStringList{u"STC"_s} << QStringList{u"SNV"_s, u"SKHCN"_s, u"CQDVLQ"_s}
                       << u"2026"_s << DeadlineKind::Year << endOf2026;
    QTest::newRow("7") << u"7"_s << 1 << 6
                       << u"Tham mưu, báo cáo UBND Thành phố trình HĐND Thành phố bố trí kinh phí "
                          u"thực hiện Nghị quyết theo quy định; hướng dẫn các cơ quan, đơn vị lập "
                          u"dự toán và thanh quyết toán kinh phí thực hiện chính sách theo quy "
                          u"định hiện hành"_s
                       << QStringList{u"STC"_s} << related << ongoing << DeadlineKind::Ongoing
                       << QDate();
    // Row 8's text is its two bulleted sub-tasks; see subTasks().
    QTest::newRow("8") << u"8"_s << 1 << 7 << QString() << QStringList{u"SXD"_s} << related
                       << u"2026"_s << DeadlineKind::Year << endOf2026;
    QTest::newRow("9") << u"9"_s << 1 << 8
                       << u"Xây dựng quy định, hướng dẫn quy trình, thủ tục khi khám sức khỏe tại "
                          u"các bệnh viện, cơ sở y tế công lập thuộc quản lý của Thành phố đối "
                          u"với người có tài năng và thân nhân"_s
                       << QStringList{u"SYT"_s} << related << u"Tháng 4/2026"_s
                       << DeadlineKind::Month << QDate(2026, 4, 30);
    QTest::newRow("10") << u"10"_s << 1 << 9
                        << u"Xây dựng quy định, hướng dẫn quy trình, thủ tục khi lựa chọn cơ sở "
                           u"giáo dục; các chính sách, chế độ phúc lợi về giáo dục đối với con "
                           u"đẻ, con nuôi dưới 18 tuổi của người có tài năng"_s
                        << QStringList{u"SGDDT"_s} << related << u"Tháng 4/2026"_s
                        << DeadlineKind::Month << QDate(2026, 4, 30);
    QTest::newRow("11") << u"11"_s << 1 << 10
                        << u"Kiểm tra, giám sát việc thực hiện cam kết và đánh giá hiệu quả đóng "
                           u"góp của người có tài năng sau thu hút"_s
                        << QStringList{u"SNV"_s} << QStringList{u"CQDVNTN"_s} << ongoing
                        << DeadlineKind::Ongoing << QDate();

    // Section III, communication
    QTest::newRow("12") << u"12"_s << 2 << 1
                        << u"Xây dựng tin, bài truyền thông Nghị quyết số 92/2026/NQ-HĐND trên "
                           u"nền tảng số, mạng xã hội (ihanoi, Zalo, Facebook, Tiktok, Instagram, "
                           u"Infographic, video ngắn, podcast...)"_s
                        << QStringList{u"SVHTT"_s} << related << ongoing << DeadlineKind::Ongoing
                        << QDate();
    QTest::newRow("13") << u"13"_s << 2 << 2
                        << u"Xây dựng chuyên trang “Người có tài năng Hà Nội” (tên Tiếng Anh: "
                           u"“Hanoi Talents”), tích hợp vào ihanoi để cung cấp thông tin chính "
                           u"sách, quy trình, đầu mối liên hệ đến các ứng viên người có tài năng "
                           u"một cách minh bạch, dễ tiếp cận"_s
                        << QStringList{u"SKHCN"_s} << related << u"Tháng 4/2026"_s
                        << DeadlineKind::Month << QDate(2026, 4, 30);
    QTest::newRow("14") << u"14"_s << 2 << 3
                        << u"Tăng cường phối hợp với các cơ quan đại diện Việt Nam tại nước ngoài, "
                           u"cơ quan đại diện ngoại giao, cơ quan lãnh sự nước ngoài, cơ quan đại "
                           u"diện các tổ chức quốc tế tại Việt Nam, Ủy ban Nhà nước về người Việt "
                           u"Nam ở nước ngoài và các tổ chức khác có liên quan để lan tỏa, truyền "
                           u"thông chính sách"_s
                        << QStringList{u"VPUBNDTP"_s} << related << ongoing << DeadlineKind::Ongoing
                        << QDate();

    // The second section labelled III, targets
    QTest::newRow("15") << u"15"_s << 3 << 1
                        << u"Tối thiểu 50% người có tài năng cần thu hút thuộc nhóm A (Lĩnh vực "
                           u"quyết định năng lực cạnh tranh của Thành phố)"_s
                        << QStringList{u"SNV"_s} << related << u"2026 - 2030"_s
                        << DeadlineKind::YearRange << QDate(2030, 12, 31);
    QTest::newRow("16") << u"16"_s << 3 << 2
                        << u"100% người có tài năng được bố trí vị trí việc làm phù hợp với trình "
                           u"độ, năng lực, sở trường."_s
                        << QStringList{u"CQDVNTN"_s} << related << during
                        << DeadlineKind::Conditional << QDate();
    QTest::newRow("17") << u"17"_s << 3 << 3
                        << u"100% người có tài năng được tham gia các đề tài, dự án, đề án nhiệm "
                           u"vụ trọng điểm"_s
                        << QStringList{u"CQDVNTN"_s} << related << during
                        << DeadlineKind::Conditional << QDate();
    QTest::newRow("18") << u"18"_s << 3 << 4
                        << u"100% người có tài năng được tham gia ít nhất 01 khóa đào tạo chuyên "
                           u"sâu hoặc hội thảo quốc tế mỗi năm"_s
                        << QStringList{u"CQDVNTN"_s} << related << during
                        << DeadlineKind::Conditional << QDate();
    QTest::newRow("19") << u"19"_s << 3 << 5
                        << u"Tạo cơ chế, điều kiện để đảm bảo ít nhất 70% người có tài năng hoàn "
                           u"thành các mốc tiến độ cam kết theo Hợp đồng/Đề án được phê duyệt."_s
                        << QStringList{u"CQDVNTN"_s} << related << during
                        << DeadlineKind::Conditional << QDate();
}

void TestBundledPlan::row()
{
    QFETCH(QString, stt);
    QFETCH(int, section);
    QFETCH(int, detail);
    QFETCH(QString, content);
    QFETCH(QStringList, lead);
    QFETCH(QStringList, coordinating);
    QFETCH(QString, deadline);
    QFETCH(DeadlineKind, kind);
    QFETCH(QDate, due);

    for (const Source &source : std::as_const(m_sources)) {
        const Task *task = source.plan.taskByStt(stt);
        QVERIFY2(task, qPrintable(source.name));
        QVERIFY(!task->isSubTask());
        QCOMPARE(task->sectionId, source.plan.sections.at(section).id);
        QCOMPARE(task->detail, detail);
        if (!content.isEmpty())
            QCOMPARE(task->contentVi, content);
        QCOMPARE(codesOf(task->leadIds, source.agencies), lead);
        QCOMPARE(codesOf(task->coordinatingIds, source.agencies), coordinating);
        QCOMPARE(task->deadline.text, deadline);
        QCOMPARE(task->deadline.kind, kind);
        QCOMPARE(task->deadline.due, due);
        if (kind == DeadlineKind::YearRange)
            QCOMPARE(task->deadline.start, QDate(2026, 1, 1));
        else
            QVERIFY(!task->deadline.start.isValid());
    }
}

void TestBundledPlan::subTasks_data()
{
    QTest::addColumn<QString>("stt");
    QTest::addColumn<QStringList>("contents");

    QTest::newRow("3") << u"3"_s
                       << QStringList{
                              u"Tổ chức triển khai Kế hoạch và Nghị quyết theo ngành, lĩnh vực cần "
                              u"thu hút, trọng dụng người có tài năng."_s,
                              u"Cơ chế đặt bài toán cụ thể, tạo không gian thử nghiệm (Sandbox), "
                              u"giao quyền/điều kiện điều phối nguồn lực để người có tài năng tạo "
                              u"tác động."_s};
    QTest::newRow("8") << u"8"_s
                       << QStringList{
                              u"Phương án bố trí nhà ở cho người có tài năng theo chính sách nhà ở "
                              u"của thành phố Hà Nội. Xây dựng quy định, hướng dẫn quy trình bố "
                              u"trí theo chính sách nhà ở của Thành phố; hỗ trợ thuê nhà; ưu tiên "
                              u"lựa chọn mua, thuê mua nhà ở xã hội tại các dự án trên địa bàn "
                              u"Thành phố."_s,
                              u"Xây dựng quy định, hướng dẫn quy trình, thủ tục miễn tiền vé sử "
                              u"dụng phương tiện vận tải hành khách công cộng khối lượng lớn đối "
                              u"với người có tài năng và thân nhân."_s};
}

void TestBundledPlan::subTasks()
{
    QFETCH(QString, stt);
    QFETCH(QStringList, contents);

    for (const Source &source : std::as_const(m_sources)) {
        const Task *parent = source.plan.taskByStt(stt);
        QVERIFY2(parent, qPrintable(source.name));
        const QList<const Task *> subs = source.plan.subTasksOf(parent->id);
        QCOMPARE(subs.size(), 2);

        for (qsizetype i = 0; i < subs.size(); ++i) {
            const Task *sub = subs.at(i);
            QCOMPARE(sub->stt, u"%1.%2"_s.arg(stt).arg(i + 1));
            QCOMPARE(sub->parentId, parent->id);
            QCOMPARE(sub->sectionId, parent->sectionId);
            QCOMPARE(sub->contentVi, contents.at(i));
            // The row keeps both bullets, so its text reads as in the appendix.
            QVERIFY2(parent->contentVi.contains(contents.at(i)), qPrintable(parent->contentVi));
            // Each deliverable is followed separately, by the same units, by the same time.
            QCOMPARE(sub->leadIds, parent->leadIds);
            QCOMPARE(sub->coordinatingIds, parent->coordinatingIds);
            QCOMPARE(sub->deadline, parent->deadline);
            QVERIFY(!sub->indicator);
        }

        // A sub-task comes right after its row and before the next row.
        const qsizetype at = parent - source.plan.tasks.constData();
        QCOMPARE(source.plan.tasks.at(at + 1).stt, stt + u".1"_s);
        QCOMPARE(source.plan.tasks.at(at + 2).stt, stt + u".2"_s);
        QCOMPARE(source.plan.tasks.at(at + 3).stt, QString::number(stt.toInt() + 1));
    }
}

void TestBundledPlan::indicators_data()
{
    QTest::addColumn<QString>("stt");
    QTest::addColumn<IndicatorTarget::Direction>("direction");
    QTest::addColumn<double>("target");

    QTest::newRow("15") << u"15"_s << IndicatorTarget::Direction::AtLeast << 50.0;
    QTest::newRow("16") << u"16"_s << IndicatorTarget::Direction::Exactly << 100.0;
    QTest::newRow("17") << u"17"_s << IndicatorTarget::Direction::Exactly << 100.0;
    QTest::newRow("18") << u"18"_s << IndicatorTarget::Direction::Exactly << 100.0;
    QTest::newRow("19") << u"19"_s << IndicatorTarget::Direction::AtLeast << 70.0;
}

void TestBundledPlan::indicators()
{
    QFETCH(QString, stt);
    QFETCH(IndicatorTarget::Direction, direction);
    QFETCH(double, target);

    for (const Source &source : std::as_const(m_sources)) {
        const Task *task = source.plan.taskByStt(stt);
        QVERIFY2(task && task->indicator, qPrintable(source.name));
        QCOMPARE(task->indicator->unit, IndicatorTarget::Unit::Percent);
        QCOMPARE(task->indicator->direction, direction);
        QCOMPARE(task->indicator->target, target);
        if (stt == "15"_L1) {
            QCOMPARE(task->indicator->periodStart, QDate(2026, 1, 1));
            QCOMPARE(task->indicator->periodEnd, QDate(2030, 12, 31));
        }
    }
}

void TestBundledPlan::textIsNfc()
{
    for (const Source &source : std::as_const(m_sources)) {
        const Plan &plan = source.plan;
        QStringList texts{plan.code, plan.titleVi, plan.titleEn, plan.resolution};
        for (const Section &section : plan.sections)
            texts << section.label << section.titleVi << section.titleEn;
        for (const Task &task : plan.tasks)
            texts << task.stt << task.contentVi << task.contentEn << task.deadline.text;
        for (const Agency &agency : source.agencies.agencies())
            texts << agency.code << agency.nameVi << agency.nameEn;

        for (const QString &text : std::as_const(texts))
            QVERIFY2(isNfc(text), qPrintable(text));
        QCOMPARE(texts.size(), 4 + 3 * 4 + 4 * 23 + 3 * int(source.agencies.agencies().size()));
    }
}

void TestBundledPlan::everyTextHasEnglish()
{
    for (const Source &source : std::as_const(m_sources)) {
        const Plan &plan = source.plan;
        QVERIFY(!plan.titleEn.isEmpty());
        for (const Section &section : plan.sections)
            QVERIFY2(!section.titleEn.isEmpty(), qPrintable(section.titleVi));
        for (const Task &task : plan.tasks) {
            QVERIFY2(!task.contentEn.isEmpty(), qPrintable(task.stt));
            QVERIFY2(task.contentEn != task.contentVi, qPrintable(task.stt));
        }
        for (const Agency &agency : source.agencies.agencies())
            QVERIFY2(!agency.nameEn.isEmpty(), qPrintable(agency.code));
    }
}

void TestBundledPlan::importerWarnsAboutRepeatedLabel()
{
    QCOMPARE(m_importWarnings.size(), 1);
    QVERIFY2(m_importWarnings.constFirst().contains(u"“III”"_s),
             qPrintable(m_importWarnings.constFirst()));
}

QTEST_GUILESS_MAIN(TestBundledPlan)
#include "tst_bundledplan.moc"
