// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "statuscommand.h"

#include "console.h"
#include "exchange/plancsv.h"
#include "model/involvement.h"
#include "workspace/workspacesession.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace PlanTrack::Cli {

namespace {

constexpr auto byAgencyOption = "by-agency"_L1;
constexpr auto agencyOption = "agency"_L1;

/// Holds one line of the status table.
struct Line
{
    QString stt;
    QString agency;
    QString lead;
    QString deadlineText;
    QDate due;
    Status status = Status::NotDue;
    bool dueSoon = false;
    QString role;
    QString via;
};

QString roleKeyOf(Role role)
{
    return role == Role::Lead ? u"lead"_s : u"coordinating"_s;
}

QList<Line> collect(const WorkspaceSession &session,
                    const Plan &plan,
                    const StatusSheet &sheet,
                    bool byAgency,
                    const Agency *only)
{
    const AgencyDirectory &agencies = session.agencies();
    QList<Line> lines;
    for (const Task &task : plan.tasks) {
        const TaskStatus *status = sheet.task(task.id);
        Line row;
        row.stt = task.stt;
        row.lead = agencies.joinedNames(task.leadIds);
        row.deadlineText = status->deadline.text;
        row.due = status->deadline.due;
        row.status = status->status;
        row.dueSoon = status->dueSoon;

        if (only) {
            for (const Involvement &involvement : involvementsOf(task, only->id, agencies)) {
                Line line = row;
                line.agency = only->nameVi;
                line.role = roleKeyOf(involvement.role);
                const Agency *group = agencies.byId(involvement.viaGroupId);
                line.via = group ? group->code : QString();
                const AgencyStatus *entry = status->agency(only->id);
                if (involvement.role == Role::Lead && entry) {
                    line.status = entry->status;
                    line.dueSoon = entry->dueSoon;
                }
                lines.append(line);
            }
            continue;
        }

        lines.append(row);
        for (const AgencyStatus &entry : byAgency ? status->agencies : QList<AgencyStatus>()) {
            const Agency *agency = agencies.byId(entry.agencyId);
            Line line = row;
            line.agency = agency ? agency->nameVi : QString();
            line.status = entry.status;
            line.dueSoon = entry.dueSoon;
            lines.append(line);
        }
    }
    return lines;
}

QByteArray asCsv(const QList<Line> &lines, bool withRole)
{
    CsvWriter writer;
    QStringList header{u"stt"_s,
                       u"agency"_s,
                       u"lead"_s,
                       u"deadline_text"_s,
                       u"due_date"_s,
                       u"status"_s,
                       u"status_label"_s,
                       u"due_soon"_s};
    if (withRole)
        header << u"role"_s << u"via"_s;
    writer.addRow(header);
    for (const Line &line : lines) {
        QStringList fields{line.stt,
                           line.agency,
                           line.lead,
                           line.deadlineText,
                           line.due.toString(Qt::ISODate),
                           statusKey(line.status),
                           statusLabel(line.status),
                           line.dueSoon ? u"true"_s : u"false"_s};
        if (withRole)
            fields << line.role << line.via;
        writer.addRow(fields);
    }
    return writer.data();
}

QByteArray asJson(const QList<Line> &lines, QDate asOf, const Plan &plan, bool withRole)
{
    QJsonArray rows;
    for (const Line &line : lines) {
        QJsonObject o{
            {u"stt"_s, line.stt},
            {u"agency"_s, line.agency},
            {u"lead"_s, line.lead},
            {u"deadline_text"_s, line.deadlineText},
            {u"due_date"_s,
             line.due.isValid() ? QJsonValue(line.due.toString(Qt::ISODate)) : QJsonValue()},
            {u"status"_s, statusKey(line.status)},
            {u"status_label"_s, statusLabel(line.status)},
            {u"due_soon"_s, line.dueSoon}};
        if (withRole) {
            o.insert(u"role"_s, line.role);
            o.insert(u"via"_s, line.via);
        }
        rows.append(o);
    }
    const QJsonObject root{
        {u"plan"_s, plan.code}, {u"as_of"_s, asOf.toString(Qt::ISODate)}, {u"rows"_s, rows}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray asText(const QList<Line> &lines, QDate asOf, const Plan &plan, const StatusSheet &sheet)
{
    QString text =
        StatusCommand::tr("%1 — status on %2").arg(plan.code, asOf.toString(u"dd/MM/yyyy"_s))
        + u"\n\n"_s;
    int labelWidth = 0;
    for (const Line &line : lines)
        labelWidth = std::max(labelWidth, int(statusLabel(line.status).size()));

    for (const Line &line : lines) {
        const QString who = line.agency.isEmpty() ? line.lead : u"  "_s + line.agency;
        QString row =
            line.stt.leftJustified(6) + statusLabel(line.status).leftJustified(labelWidth + 2)
            + (line.dueSoon ? u"! "_s : u"  "_s) + line.deadlineText.leftJustified(24) + who;
        if (!line.role.isEmpty()) {
            const QString role = line.role == "lead"_L1 ? StatusCommand::tr("lead")
                                                        : StatusCommand::tr("coordinating");
            row += u" ("_s + role + (line.via.isEmpty() ? QString() : u", "_s + line.via) + u')';
        }
        text += row.trimmed() + u'\n';
    }

    QList<TaskId> rows;
    for (const Task &task : plan.tasks) {
        if (!task.isSubTask())
            rows.append(task.id);
    }
    const StatusCounts counts = StatusCounts::of(sheet, rows);
    text += u'\n' + StatusCommand::tr("%n row(s):", nullptr, counts.total);
    for (Status status : allStatuses()) {
        if (counts.count(status) > 0)
            text +=
                u' ' + statusLabel(status) + u' ' + QString::number(counts.count(status)) + u';';
    }
    text += u' '
            + StatusCommand::tr("overdue rate %1%")
                  .arg(QLocale().toString(counts.overdueRate(), 'f', 1))
            + u'\n';
    return text.toUtf8();
}

} // namespace

QString StatusCommand::name() const
{
    return u"status"_s;
}

QString StatusCommand::summary() const
{
    return tr("Write the status of every row as of a date (text, CSV or JSON).");
}

void StatusCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOptions({
        {asOfOption, tr("Judge the rows as of <date> (yyyy-MM-dd); by default today."), tr("date")},
        CommonOption::tableFormat(),
        {byAgencyOption, tr("Add a line for each agency that answers for a row.")},
        {agencyOption,
         tr("Only the rows of the agency with the code <code>, with its role and the group "
            "that brings the row to it."),
         tr("code")},
        CommonOption::plan(),
        CommonOption::output(),
    });
}

int StatusCommand::run(const QCommandLineParser &parser,
                       const QStringList &arguments,
                       const GlobalOptions &global) const
{
    if (!arguments.isEmpty())
        return Console::fail(tr("status takes no file name; name the output with -o."), UsageError);
    QString error;
    const std::optional<TableFormat> format = tableFormatOf(parser, &error);
    if (!format)
        return Console::fail(error, UsageError);
    const QDate asOf = parseAsOf(parser.value(asOfOption), &error);
    if (!asOf.isValid())
        return Console::fail(error, UsageError);

    const std::unique_ptr<WorkspaceSession> session = openSession(global, &error);
    if (!session)
        return Console::fail(error);
    const Plan *plan = choosePlan(*session, parser.value(planOption), &error);
    if (!plan)
        return Console::fail(error);
    const Agency *agency = nullptr;
    if (parser.isSet(agencyOption)) {
        agency = session->agencies().byCode(parser.value(agencyOption));
        if (!agency)
            return Console::fail(tr("The workspace has no agency with the code “%1”.")
                                     .arg(parser.value(agencyOption)));
    }

    const StatusSheet sheet = session->statusAsOf(asOf);
    const QList<Line> lines = collect(*session, *plan, sheet, parser.isSet(byAgencyOption), agency);
    QByteArray data;
    if (*format == TableFormat::Csv)
        data = asCsv(lines, agency != nullptr);
    else if (*format == TableFormat::Json)
        data = asJson(lines, asOf, *plan, agency != nullptr);
    else
        data = asText(lines, asOf, *plan, sheet);

    if (!writeOutput(parser.value(outputOption), data, &error))
        return Console::fail(error);
    return Success;
}

} // namespace PlanTrack::Cli
