// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportbuilder.h"

#include "indicators/indicatorbook.h"
#include "report/documentform.h"
#include "report/reportlanguage.h"
#include "workspace/workspacesession.h"

#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace PlanTrack {

namespace {

QString capitalized(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

// Keeps a number and its unit on one line.
QString unbroken(QString text)
{
    return text.replace(u" %"_s, u"\u00a0%"_s);
}

/// Puts one report together; lives for one build.
class Assembler
{
public:
    Assembler(const WorkspaceSession &session,
              const IndicatorBook *book,
              const ReportRequest &request,
              const ReportSettings &settings,
              const Plan &plan,
              const Agency *agency);

    bool run(ReportData &data, QString *error);

private:
    using Updates = QHash<UpdateId, ProgressUpdate>;

    QString percent(double value) const;

    QString date(QDate day) const { return day.toString(u"dd/MM/yyyy"_s); }

    QString agencyName(AgencyId id) const;

    void fillHeader(ReportData &data) const;
    bool fillRows(ReportData &data, QString *error) const;
    ReportTaskRow rowOf(const Task &task, const TaskStatus &status, const Updates &updates) const;
    QList<const AgencyStatus *> reportingEntries(const TaskStatus &status) const;
    QString describe(const ProgressUpdate &update) const;
    QString notesOf(const Task &task, const TaskStatus &status, const Updates &updates) const;
    void fillCounts(ReportData &data) const;
    void fillAgencies(ReportData &data) const;
    void fillIndicators(ReportData &data) const;
    ReportIndicatorLine indicatorLine(const IndicatorStanding &standing) const;
    QString targetOf(const Indicator &indicator) const;

    void fillTables(ReportData &data) const;
    void fillBlocks(ReportData &data) const;
    void addSummary(ReportData &data, int &heading) const;
    void addIndicators(ReportData &data, int &heading) const;
    void addDifficulties(ReportData &data, int &heading) const;
    void addAppendices(ReportData &data) const;

    int appendixCount() const { return m_request.includeTimeline ? 2 : 1; }

    QString subject() const;

    const WorkspaceSession &m_session;
    const IndicatorBook *m_book;
    const ReportRequest &m_request;
    const ReportSettings &m_settings;
    const Plan &m_plan;
    const Agency *m_agency;
    const bool m_english;
    const QLocale m_locale;
    const DocumentForm m_form;
    const StatusSheet m_sheet;
};

Assembler::Assembler(const WorkspaceSession &session,
                     const IndicatorBook *book,
                     const ReportRequest &request,
                     const ReportSettings &settings,
                     const Plan &plan,
                     const Agency *agency)
    : m_session(session)
    , m_book(book)
    , m_request(request)
    , m_settings(settings)
    , m_plan(plan)
    , m_agency(agency)
    , m_english(request.language == "en"_L1)
    , m_locale(m_english ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                         : QLocale(QLocale::Vietnamese, QLocale::Vietnam))
    , m_form(DocumentForm::of(request.language))
    , m_sheet(session.statusAsOf(request.asOf))
{}

bool Assembler::run(ReportData &data, QString *error)
{
    data.language = m_request.language;
    data.asOf = m_request.asOf;
    data.planId = m_plan.id;
    data.planCode = m_plan.code;
    data.planTitle = m_plan.title(m_english);
    data.agencyId = m_agency ? m_agency->id : 0;
    data.agencyName = m_agency ? m_agency->name(m_english) : QString();
    data.includeCharts = m_request.includeCharts && m_book;
    data.includeTimeline = m_request.includeTimeline;

    fillHeader(data);
    if (!fillRows(data, error))
        return false;
    fillCounts(data);
    fillAgencies(data);
    fillIndicators(data);
    fillTables(data);
    fillBlocks(data);
    return true;
}

QString Assembler::percent(double value) const
{
    return m_locale.toString(value, 'f', 1) + u"\u00a0%"_s;
}

QString Assembler::agencyName(AgencyId id) const
{
    const Agency *agency = m_session.agencies().byId(id);
    return agency ? agency->name(m_english) : QString();
}

void Assembler::fillHeader(ReportData &data) const
{
    ReportHeader &header = data.header;
    header.parentBody = m_settings.parentBody.value(m_english);
    header.issuingBody = m_settings.issuingBody.value(m_english);
    header.number = m_settings.number;
    header.numberLine = m_form.numberLine(m_settings.number);
    header.nationalName = m_form.nationalName;
    header.motto = m_form.motto;
    header.placeAndDate = m_form.placeAndDate(m_settings.place.value(m_english), m_request.asOf);
    header.documentKind = m_form.documentKind;
    header.subject = subject();
    header.recipientsLabel = m_form.recipientsLabel;
    header.recipients = m_settings.recipientLines(m_english);
    header.signerTitle = m_settings.signerTitle.value(m_english);
    header.signerPosition = m_settings.signerPosition.value(m_english);
    header.signerName = m_settings.signerName;
}

QString Assembler::subject() const
{
    const QString stored = m_settings.subject.value(m_english);
    if (!stored.isEmpty())
        return stored;
    if (m_agency)
        return ReportBuilder::tr("Progress of %1 in carrying out the %2 as of %3")
            .arg(m_agency->name(m_english), m_plan.title(m_english), date(m_request.asOf));
    return ReportBuilder::tr("Progress in carrying out the %1 as of %2")
        .arg(m_plan.title(m_english), date(m_request.asOf));
}

bool Assembler::fillRows(ReportData &data, QString *error) const
{
    for (const Section &section : m_plan.sections) {
        ReportSection part{section.id, section.heading(m_english), {}};
        for (const Task *task : m_plan.tasksOf(section.id)) {
            const TaskStatus *status = m_sheet.task(task->id);
            if (!status || (m_agency && !status->agency(m_agency->id)))
                continue;

            QList<const Task *> rows{task};
            rows += m_plan.subTasksOf(task->id);
            for (const Task *row : std::as_const(rows)) {
                const TaskStatus *rowStatus = m_sheet.task(row->id);
                if (!rowStatus)
                    continue;
                Updates updates;
                if (!reportingEntries(*rowStatus).isEmpty()) {
                    const std::optional<QList<ProgressUpdate>> all =
                        m_session.updatesOf(row->id, error);
                    if (!all)
                        return false;
                    for (const ProgressUpdate &update : *all)
                        updates.insert(update.id, update);
                }
                part.rows.append(rowOf(*row, *rowStatus, updates));
            }
        }
        if (!part.rows.isEmpty())
            data.sections.append(part);
    }
    return true;
}

// The entries whose latest update the report shows: every agency's in the report of the
// whole plan, the agency's own in the report of one agency.
QList<const AgencyStatus *> Assembler::reportingEntries(const TaskStatus &status) const
{
    QList<const AgencyStatus *> entries;
    for (const AgencyStatus &entry : status.agencies) {
        if (entry.latest && (!m_agency || entry.agencyId == m_agency->id))
            entries.append(&entry);
    }
    return entries;
}

ReportTaskRow
Assembler::rowOf(const Task &task, const TaskStatus &status, const Updates &updates) const
{
    const AgencyDirectory &agencies = m_session.agencies();
    ReportTaskRow row;
    row.taskId = task.id;
    row.stt = task.stt;
    row.isSubTask = task.isSubTask();
    row.task = task.content(m_english);
    const QList<const Task *> parts = m_plan.subTasksOf(task.id);
    if (!parts.isEmpty() && std::all_of(parts.cbegin(), parts.cend(), [&](const Task *part) {
            return row.task.contains(part->content(m_english));
        })) {
        // The rows below hold the deliverables word for word; name them instead.
        QStringList numbers;
        for (const Task *part : parts)
            numbers.append(part->stt);
        row.task = ReportBuilder::tr("Made up of the items %1 below.").arg(numbers.join(u", "_s));
    }
    row.lead = agencies.joinedNames(task.leadIds, m_english);
    row.coordinating = agencies.joinedNames(task.coordinatingIds, m_english);
    row.completionTime = status.deadline.text;
    // In the report of one agency, a row it leads shows its own standing.
    row.status = m_agency ? status.statusFor(m_agency->id) : status.status;
    row.dueSoon = m_agency ? status.dueSoonFor(m_agency->id) : status.dueSoon;
    row.statusLabel = statusLabel(row.status);

    const QList<const AgencyStatus *> entries = reportingEntries(status);
    QStringList results;
    QStringList difficulties;
    for (const AgencyStatus *entry : entries) {
        const auto it = updates.constFind(entry->latest->id);
        if (it == updates.cend())
            continue;
        const bool named = entries.size() > 1 || task.leadIds != QList<AgencyId>{entry->agencyId};
        const QString who = named ? agencyName(entry->agencyId) + u": "_s : QString();
        results.append(who + describe(*it));
        if (!it->difficulties.isEmpty()) {
            difficulties.append(who + it->difficulties);
            row.reportedDifficulties.append(
                ReportBuilder::tr("- No. %1 (%2): %3")
                    .arg(task.stt, agencyName(entry->agencyId), it->difficulties));
        }
    }
    row.result = results.join(u'\n');
    row.difficulties = difficulties.join(u'\n');
    row.notes = notesOf(task, status, updates);
    return row;
}

QString Assembler::describe(const ProgressUpdate &update) const
{
    QStringList details;
    if (update.state == ProgressState::Completed)
        details.append(ReportBuilder::tr("completed on %1").arg(date(update.completionDate())));
    else if (update.percent)
        details.append(ReportBuilder::tr("%1% done").arg(m_locale.toString(*update.percent)));
    else if (update.state == ProgressState::NotStarted)
        details.append(ReportBuilder::tr("not started", "result of an update"));
    if (!update.evidence.isEmpty())
        details.append(update.evidence);

    QString text = update.result;
    if (!details.isEmpty()) {
        const QString joined = details.join(u"; "_s);
        text = text.isEmpty() ? capitalized(joined) : text + u" ("_s + joined + u')';
    }
    return text;
}

QString Assembler::notesOf(const Task &task, const TaskStatus &status, const Updates &updates) const
{
    QStringList notes;
    if (const DeadlineChange *inForce = m_session.engine().changeInForce(task.id, m_request.asOf))
        notes.append(
            ReportBuilder::tr("Completion time changed from “%1” by %2 of %3")
                .arg(task.deadline.text, inForce->documentNumber, date(inForce->documentDate)));
    if (status.judgedPeriod.isValid())
        notes.append(ReportBuilder::tr("Period %1–%2")
                         .arg(date(status.judgedPeriod.first), date(status.judgedPeriod.last)));
    if (status.dueSoon && !isCompleted(status.status))
        notes.append(ReportBuilder::tr("Due soon", "note in the task table"));

    QStringList missing;
    QDate lastReport;
    for (const AgencyStatus &entry : status.agencies) {
        if (m_agency && entry.agencyId != m_agency->id)
            continue;
        if (entry.latest && updates.contains(entry.latest->id))
            lastReport = std::max(lastReport, entry.latest->reportedOn);
        const bool silent = entry.status == Status::Unreported
                            || (!entry.latest && entry.status == Status::Overdue);
        if (entry.role == Role::Lead && silent)
            missing.append(agencyName(entry.agencyId));
    }
    const int leads = int(
        std::count_if(status.agencies.cbegin(), status.agencies.cend(), [](const AgencyStatus &e) {
            return e.role == Role::Lead;
        }));
    if (missing.size() > 3)
        notes.append(
            ReportBuilder::tr("Not reported: %1 of %2 lead units").arg(missing.size()).arg(leads));
    else if (!missing.isEmpty())
        notes.append(ReportBuilder::tr("Not reported: %1").arg(missing.join(u"; "_s)));
    if (lastReport.isValid())
        notes.append(ReportBuilder::tr("Last update %1").arg(date(lastReport)));

    if (notes.size() > 1) {
        for (QString &note : notes)
            note.prepend(u"- "_s);
    }
    return notes.join(u'\n');
}

void Assembler::fillCounts(ReportData &data) const
{
    StatusCounts counts;
    for (const ReportSection &section : std::as_const(data.sections)) {
        for (const ReportTaskRow &row : section.rows) {
            if (row.isSubTask)
                continue;
            const AgencyStatus *own =
                m_agency ? m_sheet.task(row.taskId)->agency(m_agency->id) : nullptr;
            if (own && own->role == Role::Coordinating) {
                ++data.coordinatingCount;
                continue;
            }
            ++counts.byStatus[row.status];
            ++counts.total;
        }
    }
    data.counts = ReportCounts::of(counts);
}

void Assembler::fillAgencies(ReportData &data) const
{
    if (m_agency)
        return;
    QList<const Task *> rows;
    for (const Task &task : m_plan.tasks) {
        if (!task.isSubTask())
            rows.append(&task);
    }

    for (const Agency &agency : m_session.agencies().agencies()) {
        StatusCounts counts;
        for (const Task *task : std::as_const(rows)) {
            const TaskStatus *status = m_sheet.task(task->id);
            const AgencyStatus *entry = status ? status->agency(agency.id) : nullptr;
            if (!entry || entry->role != Role::Lead)
                continue;
            ++counts.byStatus[entry->status];
            ++counts.total;
        }
        if (counts.total > 0)
            data.agencies.append({agency.id, agency.name(m_english), ReportCounts::of(counts)});
    }
}

void Assembler::fillIndicators(ReportData &data) const
{
    if (!m_book)
        return;
    for (const IndicatorStanding &standing : m_book->standings(m_request.asOf, m_plan.id)) {
        const Indicator &indicator = standing.indicator;
        if (m_agency && !m_book->expectedAgencies(indicator.id).contains(m_agency->id))
            continue;
        data.indicators.append(indicatorLine(standing));
    }
}

ReportIndicatorLine Assembler::indicatorLine(const IndicatorStanding &standing) const
{
    const Indicator &indicator = standing.indicator;
    ReportIndicatorLine line;
    line.indicatorId = indicator.id;
    line.stt = indicator.stt;
    line.name = indicator.name(m_english);
    line.target = targetOf(indicator);

    std::optional<double> value = standing.value();
    std::optional<qint64> numerator;
    std::optional<qint64> denominator;
    DateRange period;
    line.result = standing.result;
    if (standing.latest) {
        numerator = standing.latest->numerator;
        denominator = standing.latest->denominator;
        period = standing.latest->period;
    }

    // The report of one agency shows the agency's own figures, its last period with some.
    if (m_agency) {
        value.reset();
        line.result = IndicatorResult::NoData;
        const IndicatorAggregator aggregator = m_book->aggregator(indicator.id);
        const QList<PeriodValue> series = aggregator.series(m_request.asOf);
        for (auto it = series.crbegin(); it != series.crend() && !value; ++it) {
            for (const AgencyValue &own : aggregator.agencyValues(it->period, m_request.asOf)) {
                if (own.agencyId != m_agency->id || !own.value)
                    continue;
                value = own.value;
                numerator = own.numerator;
                denominator = own.denominator;
                period = it->period;
                line.result = PlanTrack::resultOf(own.rating);
            }
        }
    }

    if (value) {
        line.value = unbroken(formatValue(indicator, *value, m_locale));
        if (indicator.isRatio() && numerator && denominator)
            line.value +=
                u" (%1/%2)"_s.arg(m_locale.toString(*numerator), m_locale.toString(*denominator));
        line.period = formatPeriod(period, m_locale);
    }
    line.resultLabel = resultLabel(line.result);
    return line;
}

QString Assembler::targetOf(const Indicator &indicator) const
{
    const QString value = unbroken(formatValue(indicator, indicator.target, m_locale));
    switch (indicator.direction) {
    case IndicatorTarget::Direction::AtLeast:
        return ReportBuilder::tr("At least %1", "indicator target").arg(value);
    case IndicatorTarget::Direction::AtMost:
        return ReportBuilder::tr("At most %1", "indicator target").arg(value);
    case IndicatorTarget::Direction::Exactly:
        return value;
    }
    return value;
}

void Assembler::fillTables(ReportData &data) const
{
    ReportTable tasks;
    tasks.columns = {
        {ReportBuilder::tr("No.", "column of the running number (STT)"), {}, 10, true},
        {ReportBuilder::tr("Task", "column: the task's text"), {}, 56, false},
        {ReportBuilder::tr("Lead unit"), {}, 24, false},
        {ReportBuilder::tr("Coordinating units"), {}, 26, false},
        {ReportBuilder::tr("Completion time"), {}, 21, true},
        {ReportBuilder::tr("Result and progress"), {}, 44, false},
        {ReportBuilder::tr("Status", "column of the task table"), {}, 22, true},
        {ReportBuilder::tr("Difficulties and proposals"), {}, 28, false},
        {ReportBuilder::tr("Notes", "column of the task table"), {}, 31, false},
    };
    for (const ReportSection &section : std::as_const(data.sections)) {
        tasks.rows.append({ReportTableRow::Kind::Heading, {section.heading}, -1, false});
        for (const ReportTaskRow &row : section.rows) {
            ReportTableRow line;
            line.cells = {row.stt,
                          row.task,
                          row.lead,
                          row.coordinating,
                          row.completionTime,
                          row.result,
                          row.statusLabel,
                          row.difficulties,
                          row.notes};
            line.emphasisedCell = row.status == Status::Overdue ? 6 : -1;
            line.indented = row.isSubTask;
            tasks.rows.append(line);
        }
    }
    data.tables.append(tasks);

    ReportTable agencies;
    const QString completed = ReportBuilder::tr("Completed", "column group: rows completed");
    const QString inProgress = ReportBuilder::tr("In progress", "column group: rows in progress");
    const QString periodic = ReportBuilder::tr("Judged per period", "column group: recurring rows");
    agencies.columns = {
        {ReportBuilder::tr("No.", "column of the running number (STT)"), {}, 0.8, true},
        {ReportBuilder::tr("Unit", "column: agency"), {}, 4, false},
        {ReportBuilder::tr("Total", "column: rows led"), {}, 1, true},
        {ReportBuilder::tr("On time", "column: completed on time"), completed, 1, true},
        {ReportBuilder::tr("Late", "column: completed late"), completed, 1, true},
        {ReportBuilder::tr("Within deadline", "column: in progress"), inProgress, 1.1, true},
        {ReportBuilder::tr("Overdue", "column: in progress, overdue"), inProgress, 1.1, true},
        {ReportBuilder::tr("Not yet due", "column"), {}, 1, true},
        {ReportBuilder::tr("Reported", "column: recurring rows"), periodic, 1.1, true},
        {ReportBuilder::tr("Not reported", "column: recurring rows"), periodic, 1.1, true},
        {ReportBuilder::tr("Completion rate", "column, percent"), {}, 1.4, true},
    };
    int number = 0;
    for (const ReportAgencyLine &line : std::as_const(data.agencies)) {
        const ReportCounts &c = line.counts;
        ReportTableRow row;
        row.cells = {QString::number(++number),
                     line.name,
                     QString::number(c.total),
                     QString::number(c.completedOnTime),
                     QString::number(c.completedLate),
                     QString::number(c.onTrack),
                     QString::number(c.overdue),
                     QString::number(c.notDue),
                     QString::number(c.reported),
                     QString::number(c.unreported),
                     percent(c.completionRate)};
        row.emphasisedCell = c.overdue > 0 ? 6 : -1;
        agencies.rows.append(row);
    }
    data.tables.append(agencies);

    ReportTable indicators;
    indicators.columns = {
        {ReportBuilder::tr("No.", "column of the running number (STT)"), {}, 0.8, true},
        {ReportBuilder::tr("Target", "column: the indicator"), {}, 5, false},
        {ReportBuilder::tr("Aim", "column: the value the target asks for"), {}, 1.7, true},
        {ReportBuilder::tr("Value reached", "column"), {}, 2, true},
        {ReportBuilder::tr("Period", "column: period of the value"), {}, 1.5, true},
        {ReportBuilder::tr("Assessment", "column: met or not"), {}, 1.5, true},
    };
    for (const ReportIndicatorLine &line : std::as_const(data.indicators)) {
        ReportTableRow row;
        row.cells = {line.stt,
                     line.name,
                     line.target,
                     line.value.isEmpty() ? u"—"_s : line.value,
                     line.period.isEmpty() ? u"—"_s : line.period,
                     line.resultLabel};
        row.emphasisedCell = line.result == IndicatorResult::NotMet ? 5 : -1;
        indicators.rows.append(row);
    }
    data.tables.append(indicators);
}

void Assembler::fillBlocks(ReportData &data) const
{
    const QString day = date(m_request.asOf);
    const QString title = m_plan.title(m_english);
    data.blocks.append(ReportBlock::paragraph(
        m_agency ? ReportBuilder::tr(
                       "In carrying out the %1, the progress of %2 as of %3 is reported as "
                       "follows.")
                       .arg(title, m_agency->name(m_english), day)
                 : ReportBuilder::tr(
                       "In carrying out the %1, the progress as of %2 is reported as follows.")
                       .arg(title, day)));

    int heading = 0;
    addSummary(data, heading);
    addIndicators(data, heading);
    addDifficulties(data, heading);

    data.blocks.append(ReportBlock::paragraph(
        ReportBuilder::tr("The above is the report on the progress of the plan as of %1.")
            .arg(day)));
    data.blocks.append(ReportBlock::of(ReportBlock::Kind::Closing));
    addAppendices(data);
}

void Assembler::addSummary(ReportData &data, int &heading) const
{
    const ReportCounts &c = data.counts;
    QList<ReportBlock> &blocks = data.blocks;
    blocks.append(ReportBlock::heading(DocumentForm::romanNumeral(++heading) + u". "_s
                                       + ReportBuilder::tr("OVERALL RESULTS")));

    int sub = 0;
    blocks.append(ReportBlock::heading(
        u"%1. "_s.arg(++sub) + ReportBuilder::tr("Summary", "heading in the report"), 2));
    blocks.append(ReportBlock::paragraph(
        m_agency ? ReportBuilder::tr("Tasks and targets %1 leads: %2; tasks it coordinates: %3.")
                       .arg(m_agency->name(m_english))
                       .arg(c.total)
                       .arg(data.coordinatingCount)
                 : ReportBuilder::tr("Tasks and targets of the plan: %1.").arg(c.total)));
    blocks.append(ReportBlock::item(
        ReportBuilder::tr("- Completed: %1 (%2), of which %3 on time and %4 late;")
            .arg(c.completed())
            .arg(percent(c.completionRate))
            .arg(c.completedOnTime)
            .arg(c.completedLate)));
    blocks.append(ReportBlock::item(
        ReportBuilder::tr("- In progress: %1, of which %2 within the deadline and %3 overdue;")
            .arg(c.inProgress())
            .arg(c.onTrack)
            .arg(c.overdue)));
    blocks.append(ReportBlock::item(ReportBuilder::tr("- Not yet due: %1;").arg(c.notDue)));
    blocks.append(ReportBlock::item(
        ReportBuilder::tr("- Judged per reporting period: %1 reported, %2 not reported;")
            .arg(c.reported)
            .arg(c.unreported)));
    blocks.append(ReportBlock::item(ReportBuilder::tr("- Overdue rate: %1; not reported: %2.")
                                        .arg(percent(c.overdueRate), percent(c.unreportedRate))));
    blocks.append(ReportBlock::paragraph(
        ReportBuilder::tr("The result of each task is set out in the attached %1.")
            .arg(m_form.appendix(1, appendixCount()))));

    blocks.append(
        ReportBlock::heading(u"%1. "_s.arg(++sub) + ReportBuilder::tr("Overdue tasks"), 2));
    QStringList overdue;
    for (const ReportSection &section : std::as_const(data.sections)) {
        for (const ReportTaskRow &row : section.rows) {
            if (!row.isSubTask && row.status == Status::Overdue)
                overdue.append(ReportBuilder::tr("- No. %1: %2 (lead: %3; completion time: %4);")
                                   .arg(row.stt, row.task, row.lead, row.completionTime));
        }
    }
    if (overdue.isEmpty())
        blocks.append(ReportBlock::paragraph(ReportBuilder::tr("No task is overdue.")));
    else if (overdue.last().endsWith(u';'))
        overdue.last().back() = u'.';
    for (const QString &item : std::as_const(overdue))
        blocks.append(ReportBlock::item(item));

    QStringList silent;
    for (const ReportAgencyLine &line : std::as_const(data.agencies)) {
        if (line.counts.unreported > 0)
            silent.append(line.name);
    }
    if (!silent.isEmpty())
        blocks.append(ReportBlock::paragraph(
            ReportBuilder::tr("Units that did not report for the last period: %1.")
                .arg(silent.join(u"; "_s))));

    if (!m_agency) {
        blocks.append(ReportBlock::heading(
            u"%1. "_s.arg(++sub) + ReportBuilder::tr("Results by lead unit"), 2));
        blocks.append(ReportBlock::tableAt(1));
    }
}

void Assembler::addIndicators(ReportData &data, int &heading) const
{
    if (data.indicators.isEmpty())
        return;
    data.blocks.append(ReportBlock::heading(DocumentForm::romanNumeral(++heading) + u". "_s
                                            + ReportBuilder::tr("TARGETS")));
    data.blocks.append(ReportBlock::paragraph(
        m_agency ? ReportBuilder::tr("The figures below are those reported by %1.")
                       .arg(m_agency->name(m_english))
                 : ReportBuilder::tr(
                     "Each value pools the figures of every reporting unit: the sum of the "
                     "numerators over the sum of the denominators.")));
    data.blocks.append(ReportBlock::tableAt(2));
    if (data.includeCharts)
        data.blocks.append(ReportBlock::of(ReportBlock::Kind::Charts));
}

void Assembler::addDifficulties(ReportData &data, int &heading) const
{
    data.blocks.append(ReportBlock::heading(DocumentForm::romanNumeral(++heading) + u". "_s
                                            + ReportBuilder::tr("DIFFICULTIES AND PROPOSALS")));
    for (const ReportSection &section : std::as_const(data.sections)) {
        for (const ReportTaskRow &row : section.rows)
            data.difficulties += row.reportedDifficulties;
    }
    if (data.difficulties.isEmpty())
        data.blocks.append(
            ReportBlock::paragraph(ReportBuilder::tr("No unit reported difficulties.")));
    for (const QString &line : std::as_const(data.difficulties))
        data.blocks.append(ReportBlock::item(line));
}

void Assembler::addAppendices(ReportData &data) const
{
    data.blocks.append(ReportBlock::appendix(
        m_form.appendix(1, appendixCount()),
        ReportBuilder::tr("RESULTS OF THE TASKS AS OF %1").arg(date(m_request.asOf)),
        m_form.attachedTo(m_settings.number, m_request.asOf),
        true));
    data.blocks.append(ReportBlock::tableAt(0));
    if (!m_request.includeTimeline)
        return;

    ReportBlock timeline = ReportBlock::appendix(
        m_form.appendix(2, appendixCount()),
        ReportBuilder::tr("TIMELINE OF THE TASKS AS OF %1").arg(date(m_request.asOf)),
        m_form.attachedTo(m_settings.number, m_request.asOf),
        true);
    timeline.kind = ReportBlock::Kind::Timeline;
    data.blocks.append(timeline);
}

} // namespace

std::optional<ReportRequest> ReportRequest::fromSettings(const ReportSettings &settings,
                                                         const WorkspaceSession &session,
                                                         QDate asOf,
                                                         QString *error)
{
    ReportRequest request;
    request.asOf = asOf;
    request.language = ReportLanguage::normalized(settings.language);
    request.includeCharts = settings.includeCharts;
    request.includeTimeline = settings.includeTimeline;
    if (!settings.planCode.isEmpty()) {
        const Plan *plan = session.planByCode(settings.planCode);
        if (!plan) {
            *error = ReportBuilder::tr("The workspace holds no plan “%1”.").arg(settings.planCode);
            return std::nullopt;
        }
        request.planId = plan->id;
    }
    if (!settings.agencyCode.isEmpty()) {
        const Agency *agency = session.agencies().byCode(settings.agencyCode);
        if (!agency) {
            *error = ReportBuilder::tr("The workspace has no agency with the code “%1”.")
                         .arg(settings.agencyCode);
            return std::nullopt;
        }
        request.agencyId = agency->id;
    }
    return request;
}

ReportBuilder::ReportBuilder(const WorkspaceSession &session, const IndicatorBook *book)
    : m_session(session)
    , m_book(book)
{}

std::optional<ReportData> ReportBuilder::build(const ReportRequest &request,
                                               const ReportSettings &settings,
                                               QString *error) const
{
    if (!request.asOf.isValid()) {
        *error = tr("The report needs the date it is made as of.");
        return std::nullopt;
    }
    const Plan *plan = request.planId                ? m_session.plan(request.planId)
                       : m_session.plans().isEmpty() ? nullptr
                                                     : &m_session.plans().constFirst();
    if (!plan) {
        *error = tr("The workspace holds no plan to report on.");
        return std::nullopt;
    }
    const Agency *agency = nullptr;
    if (request.agencyId) {
        agency = m_session.agencies().byId(request.agencyId);
        if (!agency) {
            *error = tr("The agency of the report does not exist in the workspace.");
            return std::nullopt;
        }
    }

    ReportRequest normalized = request;
    normalized.language = ReportLanguage::normalized(request.language);
    const ReportLanguage language(normalized.language);
    ReportData data;
    Assembler assembler(m_session, m_book, normalized, settings, *plan, agency);
    if (!assembler.run(data, error))
        return std::nullopt;
    return data;
}

} // namespace PlanTrack
