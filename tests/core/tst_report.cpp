// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "indicators/indicatorbook.h"
#include "report/reportbuilder.h"
#include "report/reportlanguage.h"
#include "translations.h"
#include "workspace/workspacesession.h"

#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace PlanTrack;

namespace {

const QDate asOf(2026, 6, 14);

/// Describes one update of the fixture.
struct Update
{
    QString stt;
    QString agency;
    QDate on;
    ProgressState state;
    QDate completedOn;
    std::optional<int> percent;
    QString result;
    QString difficulties;
    QString evidence;
};

// As of 14/06/2026 (monthly periods from the 15th; the period closed by the date is
// 15/05–14/06):
// row 1 completed on time, 10 completed late, 5 on track, 9 and 13 overdue, 2 reported,
// 3, 7, 11, 12, 14 and 16–19 not reported, 4, 6, 8 and 15 not yet due.
const QList<Update> fixture{
    {u"1"_s,
     u"SNV"_s,
     {2026, 3, 20},
     ProgressState::Completed,
     {2026, 3, 18},
     {},
     u"Đã ban hành Quy chế"_s,
     {},
     u"1234/QĐ-UBND ngày 18/03/2026"_s},
    {u"2"_s,
     u"SNV"_s,
     {2026, 6, 10},
     ProgressState::InProgress,
     {},
     60,
     u"Đã đôn đốc các đơn vị"_s,
     u"Một số đơn vị báo cáo chậm"_s,
     {}},
    {u"5"_s, u"SNV"_s, {2026, 6, 1}, ProgressState::InProgress, {}, 40, u"Đang xây dựng"_s, {}, {}},
    {u"9"_s,
     u"SYT"_s,
     {2026, 4, 10},
     ProgressState::InProgress,
     {},
     50,
     u"Đã dự thảo quy định"_s,
     u"Cần thống nhất với bảo hiểm y tế"_s,
     {}},
    // After the report's date: it must not count.
    {u"9"_s,
     u"SYT"_s,
     {2026, 6, 20},
     ProgressState::Completed,
     {2026, 6, 20},
     {},
     u"Đã ban hành"_s,
     {},
     {}},
    {u"10"_s,
     u"SGDDT"_s,
     {2026, 5, 12},
     ProgressState::Completed,
     {2026, 5, 10},
     {},
     u"Đã ban hành hướng dẫn"_s,
     {},
     {}},
};

} // namespace

class ReportTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void countsOfTheWholePlan();
    void rowsBySectionInPlanOrder();
    void resultsFromTheLatestUpdateAsOfTheDate();
    void overdueRowsAreListedInTheSummary();
    void agencyLines();
    void reportOfOneAgency();
    void headerFromTheSettings();
    void englishReportUnderVietnameseInterface();
    void indicatorValues();
    void refusesUnknownPlanAndAgency();

private:
    AgencyId agency(const QString &code) const { return m_session->agencies().byCode(code)->id; }

    const Task &row(const QString &stt) const
    {
        return *m_session->plans().constFirst().taskByStt(stt);
    }

    ReportData build(const QString &language = u"vi"_s, AgencyId agencyId = 0, QDate day = asOf);

    std::unique_ptr<WorkspaceSession> m_session;
    std::unique_ptr<IndicatorBook> m_book;
};

void ReportTest::initTestCase()
{
    Translations::install(u"vi"_s);
}

void ReportTest::init()
{
    QString error;
    m_session = WorkspaceSession::openInMemory(&error);
    QVERIFY2(m_session, qPrintable(error));
    m_book = IndicatorBook::open(*m_session, &error);
    QVERIFY2(m_book, qPrintable(error));

    QList<ProgressUpdate> updates;
    for (const Update &u : fixture) {
        ProgressUpdate update;
        update.taskId = row(u.stt).id;
        update.agencyId = agency(u.agency);
        update.reportedOn = u.on;
        update.state = u.state;
        update.completedOn = u.completedOn;
        update.percent = u.percent;
        update.result = u.result;
        update.difficulties = u.difficulties;
        update.evidence = u.evidence;
        updates.append(update);
    }
    QVERIFY2(m_session->addUpdates(updates, &error), qPrintable(error));
}

void ReportTest::cleanup()
{
    m_book.reset();
    m_session.reset();
    Translations::install(u"vi"_s);
}

ReportData ReportTest::build(const QString &language, AgencyId agencyId, QDate day)
{
    ReportRequest request;
    request.asOf = day;
    request.language = language;
    request.agencyId = agencyId;
    QString error;
    const std::optional<ReportData> data =
        ReportBuilder(*m_session, m_book.get()).build(request, ReportSettings::defaults(), &error);
    if (!data)
        qWarning("%s", qPrintable(error));
    return data.value_or(ReportData());
}

void ReportTest::countsOfTheWholePlan()
{
    const ReportData data = build();
    const ReportCounts &c = data.counts;

    QCOMPARE(c.total, 19);
    QCOMPARE(c.completedOnTime, 1);
    QCOMPARE(c.completedLate, 1);
    QCOMPARE(c.onTrack, 1);
    QCOMPARE(c.overdue, 2);
    QCOMPARE(c.notDue, 4);
    QCOMPARE(c.reported, 1);
    QCOMPARE(c.unreported, 9);
    QCOMPARE(c.completed(), 2);
    QCOMPARE(c.inProgress(), 3);
    QVERIFY(qAbs(c.overdueRate - 100.0 * 2 / 19) < 1e-9);
    QVERIFY(qAbs(c.completionRate - 100.0 * 2 / 19) < 1e-9);
    QVERIFY(qAbs(c.unreportedRate - 100.0 * 9 / 19) < 1e-9);

    // The same counts as the status engine gives for the plan's rows.
    QList<TaskId> rows;
    for (const Task &task : m_session->plans().constFirst().tasks) {
        if (!task.isSubTask())
            rows.append(task.id);
    }
    QCOMPARE(c, ReportCounts::of(StatusCounts::of(m_session->statusAsOf(asOf), rows)));

    // The opening summary quotes them with a decimal comma.
    QStringList texts;
    for (const ReportBlock &block : data.blocks)
        texts.append(block.text);
    QVERIFY(texts.join(u'\n').contains(u"10,5\u00a0%"_s));
    QVERIFY(texts.join(u'\n').contains(u"47,4\u00a0%"_s));
}

void ReportTest::rowsBySectionInPlanOrder()
{
    const ReportData data = build();

    QCOMPARE(data.sections.size(), 4);
    QCOMPARE(data.sections.at(0).heading.left(3), u"I. "_s);
    QCOMPARE(data.sections.at(2).heading.left(5), u"III. "_s);
    QCOMPARE(data.sections.at(3).heading.left(5), u"III. "_s);

    QStringList numbers;
    for (const ReportTaskRow *row : data.rows())
        numbers.append(row->stt);
    QStringList expected;
    for (const Task &task : m_session->plans().constFirst().tasks)
        expected.append(task.stt);
    QCOMPARE(numbers, expected);
    QVERIFY(numbers.contains(u"3.1"_s) && numbers.contains(u"8.2"_s));

    // The task table holds a heading row per section and a row per plan row.
    const ReportTable &table = data.tables.at(0);
    QCOMPARE(table.columns.size(), 9);
    QCOMPARE(table.rows.size(), 4 + expected.size());
    QCOMPARE(table.rows.at(0).kind, ReportTableRow::Kind::Heading);
}

void ReportTest::resultsFromTheLatestUpdateAsOfTheDate()
{
    const ReportData data = build();
    const auto find = [&data](const QString &stt) -> const ReportTaskRow * {
        for (const ReportTaskRow *row : data.rows()) {
            if (row->stt == stt)
                return row;
        }
        return nullptr;
    };

    const ReportTaskRow *nine = find(u"9"_s);
    QVERIFY(nine);
    QCOMPARE(nine->status, Status::Overdue);
    QCOMPARE(nine->statusLabel, statusLabel(Status::Overdue));
    QVERIFY(nine->result.startsWith(u"Đã dự thảo quy định"_s));
    QVERIFY(nine->result.contains(u"50"_s));
    QVERIFY(!nine->result.contains(u"Đã ban hành"_s));
    QCOMPARE(nine->difficulties, u"Cần thống nhất với bảo hiểm y tế"_s);
    QCOMPARE(nine->lead, u"Sở Y tế"_s);
    QCOMPARE(nine->completionTime, u"Tháng 4/2026"_s);

    const ReportTaskRow *one = find(u"1"_s);
    QVERIFY(one->result.contains(u"18/03/2026"_s));
    QVERIFY(one->result.contains(u"1234/QĐ-UBND"_s));
    QCOMPARE(one->status, Status::CompletedOnTime);

    // Row 3 names its deliverables instead of repeating them.
    const ReportTaskRow *three = find(u"3"_s);
    QVERIFY(three->task.contains(u"3.1, 3.2"_s));
    QVERIFY(find(u"3.1"_s)->isSubTask);

    // A week later the update of 20/06 counts.
    const ReportData later = build(u"vi"_s, 0, QDate(2026, 6, 21));
    for (const ReportTaskRow *row : later.rows()) {
        if (row->stt == u"9"_s) {
            QCOMPARE(row->status, Status::CompletedLate);
            QVERIFY(row->result.startsWith(u"Đã ban hành"_s));
        }
    }

    QVERIFY(data.difficulties.size() == 2);
    QVERIFY(data.difficulties.at(1).contains(u"Sở Y tế"_s));
}

void ReportTest::overdueRowsAreListedInTheSummary()
{
    const ReportData data = build();
    QStringList items;
    for (const ReportBlock &block : data.blocks) {
        if (block.kind == ReportBlock::Kind::Item)
            items.append(block.text);
    }
    const QString nine = row(u"9"_s).contentVi;
    const QString thirteen = row(u"13"_s).contentVi;
    QVERIFY(std::any_of(
        items.cbegin(), items.cend(), [&](const QString &item) { return item.contains(nine); }));
    QVERIFY(std::any_of(items.cbegin(), items.cend(), [&](const QString &item) {
        return item.contains(thirteen);
    }));
    QVERIFY(std::none_of(items.cbegin(), items.cend(), [&](const QString &item) {
        return item.contains(row(u"5"_s).contentVi);
    }));
}

void ReportTest::agencyLines()
{
    const ReportData data = build();
    const auto line = [&data](const QString &name) -> const ReportAgencyLine * {
        for (const ReportAgencyLine &l : data.agencies) {
            if (l.name == name)
                return &l;
        }
        return nullptr;
    };

    const ReportAgencyLine *health = line(u"Sở Y tế"_s);
    QVERIFY(health);
    QCOMPARE(health->counts.overdue, 1);
    QCOMPARE(health->counts.completed(), 0);

    const ReportAgencyLine *home = line(u"Sở Nội vụ"_s);
    QVERIFY(home);
    QCOMPARE(home->counts.completedOnTime, 1);
    QCOMPARE(home->counts.onTrack, 1);
    QCOMPARE(home->counts.reported, 1);
    // Rows 1, 2, 5, 11 and 15 directly, and the rows led by the groups it is a member of.
    QVERIFY(home->counts.total > 5);
    QCOMPARE(home->counts.total,
             home->counts.completed() + home->counts.inProgress() + home->counts.notDue
                 + home->counts.reported + home->counts.unreported);

    // No group has a line of its own: its members answer.
    QVERIFY(!line(u"Các cơ quan, đơn vị"_s));
    QCOMPARE(data.tables.at(1).rows.size(), data.agencies.size());
}

void ReportTest::reportOfOneAgency()
{
    const AgencyId health = agency(u"SYT"_s);
    const ReportData data = build(u"vi"_s, health);

    QCOMPARE(data.agencyName, u"Sở Y tế"_s);
    QVERIFY(data.agencies.isEmpty());
    const StatusSheet sheet = m_session->statusAsOf(asOf);
    int leads = 0;
    for (const ReportTaskRow *row : data.rows()) {
        const TaskStatus *status = sheet.task(row->taskId);
        QVERIFY2(status->agency(health), qPrintable(row->stt));
        if (!row->isSubTask && status->agency(health)->role == Role::Lead)
            ++leads;
    }
    QCOMPARE(data.counts.total, leads);
    QCOMPARE(data.counts.overdue, 1);
    QVERIFY(data.coordinatingCount > 0);
    QVERIFY(data.header.subject.contains(u"Sở Y tế"_s));
    // Every row coordinates with the group it belongs to; the results shown are its own.
    for (const ReportTaskRow *row : data.rows()) {
        if (row->stt == u"1"_s) {
            QCOMPARE(sheet.task(row->taskId)->agency(health)->role, Role::Coordinating);
            QVERIFY(row->result.isEmpty());
        }
        if (row->stt == u"9"_s)
            QVERIFY(row->result.startsWith(u"Đã dự thảo quy định"_s));
    }
}

void ReportTest::headerFromTheSettings()
{
    ReportSettings settings = ReportSettings::defaults();
    settings.number = u"12/BC-SNV"_s;
    settings.signerName = u"Nguyễn Văn An"_s;
    ReportRequest request;
    request.asOf = QDate(2026, 1, 5);
    QString error;
    const std::optional<ReportData> data =
        ReportBuilder(*m_session, m_book.get()).build(request, settings, &error);
    QVERIFY2(data, qPrintable(error));

    const ReportHeader &header = data->header;
    QCOMPARE(header.parentBody, u"ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI"_s);
    QCOMPARE(header.issuingBody, u"SỞ NỘI VỤ"_s);
    QCOMPARE(header.numberLine, u"Số: 12/BC-SNV"_s);
    QCOMPARE(header.nationalName, u"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"_s);
    QCOMPARE(header.motto, u"Độc lập - Tự do - Hạnh phúc"_s);
    QCOMPARE(header.placeAndDate, u"Hà Nội, ngày 05 tháng 01 năm 2026"_s);
    QCOMPARE(header.documentKind, u"BÁO CÁO"_s);
    QCOMPARE(header.recipientsLabel, u"Nơi nhận:"_s);
    QCOMPARE(header.recipients.constLast(), u"- Lưu: VT."_s);
    QCOMPARE(header.signerTitle, u"KT. GIÁM ĐỐC"_s);
    QCOMPARE(header.signerPosition, u"PHÓ GIÁM ĐỐC"_s);
    QCOMPARE(header.signerName, u"Nguyễn Văn An"_s);
    QVERIFY(header.subject.contains(m_session->plans().constFirst().titleVi));
    QVERIFY(header.subject.contains(u"05/01/2026"_s));

    // The appendix refers to the report by its number and date.
    const auto appendix = std::find_if(data->blocks.cbegin(), data->blocks.cend(), [](auto &b) {
        return b.kind == ReportBlock::Kind::Appendix;
    });
    QVERIFY(appendix != data->blocks.cend());
    QCOMPARE(appendix->text, u"Phụ lục"_s);
    QCOMPARE(appendix->note, u"(Kèm theo Báo cáo số 12/BC-SNV ngày 05/01/2026)"_s);
    QVERIFY(appendix->landscape);

    settings.subject.vi = u"Kết quả 6 tháng đầu năm"_s;
    const std::optional<ReportData> own =
        ReportBuilder(*m_session, m_book.get()).build(request, settings, &error);
    QCOMPARE(own->header.subject, u"Kết quả 6 tháng đầu năm"_s);
}

void ReportTest::englishReportUnderVietnameseInterface()
{
    const QString uiOverdue = statusLabel(Status::Overdue);
    const ReportData data = build(u"en"_s);

    QCOMPARE(data.header.parentBody, u"HANOI PEOPLE'S COMMITTEE"_s);
    QCOMPARE(data.header.nationalName, u"SOCIALIST REPUBLIC OF VIET NAM"_s);
    QCOMPARE(data.header.placeAndDate, u"Hanoi, 14 June 2026"_s);
    QCOMPARE(data.header.documentKind, u"REPORT"_s);
    for (const ReportTaskRow *row : data.rows()) {
        if (row->stt == u"9"_s) {
            QCOMPARE(row->statusLabel, u"overdue"_s);
            QCOMPARE(row->lead, u"Department of Health"_s);
            QVERIFY(row->task.startsWith(u"Draw up rules"_s));
        }
    }
    QVERIFY(data.sections.at(0).heading.startsWith(u"I. Drafting"_s));

    // The interface speaks its own language again, with its own number format.
    QCOMPARE(statusLabel(Status::Overdue), uiOverdue);
    QCOMPARE(QLocale().language(), QLocale::Vietnamese);
    QCOMPARE(ReportLanguage::active(u"vi"_s), u"vi"_s);
}

void ReportTest::indicatorValues()
{
    const Indicator *share = m_book->find(m_session->plans().constFirst().id, u"15"_s);
    QVERIFY(share);
    Observation observation;
    observation.indicatorId = share->id;
    observation.agencyId = agency(u"SNV"_s);
    observation.period = {QDate(2026, 1, 1), QDate(2026, 12, 31)};
    observation.numerator = 21;
    observation.denominator = 40;
    QList<Observation> batch{observation};
    QString error;
    QVERIFY2(m_book->addObservations(batch, &error), qPrintable(error));

    const ReportData data = build(u"vi"_s, 0, QDate(2027, 1, 15));
    QCOMPARE(data.indicators.size(), 5);
    const ReportIndicatorLine &line = data.indicators.at(0);
    QCOMPARE(line.stt, u"15"_s);
    QCOMPARE(line.value, u"52,5\u00a0% (21/40)"_s);
    QCOMPARE(line.period, u"2026"_s);
    QCOMPARE(line.result, IndicatorResult::Met);
    QCOMPARE(line.resultLabel, resultLabel(IndicatorResult::Met));
    QVERIFY(line.target.contains(u"50\u00a0%"_s));
    QCOMPARE(data.indicators.at(1).result, IndicatorResult::NoData);
    QVERIFY(data.indicators.at(1).value.isEmpty());
    QCOMPARE(data.tables.at(2).rows.size(), 5);
}

void ReportTest::refusesUnknownPlanAndAgency()
{
    ReportSettings settings = ReportSettings::defaults();
    settings.agencyCode = u"NOPE"_s;
    QString error;
    QVERIFY(!ReportRequest::fromSettings(settings, *m_session, asOf, &error));
    QVERIFY(error.contains(u"NOPE"_s));

    settings = ReportSettings::defaults();
    settings.planCode = u"KH-0"_s;
    error.clear();
    QVERIFY(!ReportRequest::fromSettings(settings, *m_session, asOf, &error));
    QVERIFY(error.contains(u"KH-0"_s));

    ReportRequest request;
    request.asOf = asOf;
    request.planId = 999;
    error.clear();
    QVERIFY(!ReportBuilder(*m_session).build(request, ReportSettings::defaults(), &error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(ReportTest)
#include "tst_report.moc"
