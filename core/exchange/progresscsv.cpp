// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "progresscsv.h"

#include "exchange/csvreader.h"
#include "exchange/plancsv.h"
#include "text/vietnamesetext.h"
#include "workspace/workspacesession.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace PlanTrack {

namespace {

QDate parseDate(const QString &text)
{
    QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid())
        date = QDate::fromString(text, u"dd/MM/yyyy"_s);
    if (!date.isValid())
        date = QDate::fromString(text, u"d/M/yyyy"_s);
    return date;
}

/// Finds agencies and states by what people write in a spreadsheet.
class Lookup
{
public:
    explicit Lookup(const AgencyDirectory &agencies)
    {
        for (const Agency &agency : agencies.agencies()) {
            m_agencies.insert(VietnameseText::fold(agency.code).simplified(), agency.id);
            m_agencies.insert(VietnameseText::fold(agency.nameVi).simplified(), agency.id);
            if (!agency.nameEn.isEmpty())
                m_agencies.insert(VietnameseText::fold(agency.nameEn).simplified(), agency.id);
        }
        for (ProgressState state :
             {ProgressState::NotStarted, ProgressState::InProgress, ProgressState::Completed}) {
            m_states.insert(progressStateKey(state), state);
            m_states.insert(VietnameseText::fold(progressStateLabel(state)).simplified(), state);
        }
        // The words of follow-up forms, whatever the language of the program.
        m_states.insert(u"chua thuc hien"_s, ProgressState::NotStarted);
        m_states.insert(u"chua bat dau"_s, ProgressState::NotStarted);
        m_states.insert(u"dang thuc hien"_s, ProgressState::InProgress);
        m_states.insert(u"da hoan thanh"_s, ProgressState::Completed);
        m_states.insert(u"hoan thanh"_s, ProgressState::Completed);
        m_states.insert(u"not started"_s, ProgressState::NotStarted);
        m_states.insert(u"in progress"_s, ProgressState::InProgress);
        m_states.insert(u"completed"_s, ProgressState::Completed);
    }

    AgencyId agency(const QString &text) const
    {
        return m_agencies.value(VietnameseText::fold(text).simplified());
    }

    std::optional<ProgressState> state(const QString &text) const
    {
        const auto it = m_states.constFind(VietnameseText::fold(text).simplified());
        return it == m_states.cend() ? std::nullopt : std::optional(*it);
    }

private:
    QHash<QString, AgencyId> m_agencies;
    QHash<QString, ProgressState> m_states;
};

} // namespace

QStringList ProgressCsv::columns()
{
    return {u"stt"_s,
            u"agency"_s,
            u"date"_s,
            u"state"_s,
            u"completed_on"_s,
            u"percent"_s,
            u"result"_s,
            u"difficulties"_s,
            u"evidence"_s};
}

std::optional<QList<ProgressUpdate>> ProgressCsv::read(const QByteArray &csv,
                                                       const WorkspaceSession &session,
                                                       const QString &planCode,
                                                       QStringList *errors)
{
    QString error;
    const std::optional<CsvTable> table = CsvReader().read(csv, &error);
    if (!table) {
        errors->append(error);
        return std::nullopt;
    }
    for (const QString &column : {u"stt"_s, u"agency"_s, u"date"_s, u"state"_s}) {
        if (table->column(column) < 0)
            errors->append(tr("The column “%1” is missing; the columns are: %2.")
                               .arg(column, columns().join(u", "_s)));
    }
    const Plan *plan = planCode.isEmpty()
                           ? (session.plans().isEmpty() ? nullptr : &session.plans().constFirst())
                           : session.planByCode(planCode);
    if (!plan)
        errors->append(tr("The workspace holds no plan “%1”.").arg(planCode));
    if (!errors->isEmpty())
        return std::nullopt;

    const Lookup lookup(session.agencies());
    QList<ProgressUpdate> updates;
    for (const CsvRecord &record : table->records) {
        if (record.isBlank())
            continue;
        const auto fail = [&](const QString &column, const QString &what) {
            errors->append(tr("row %1, column %2: %3").arg(record.row).arg(column, what));
        };
        const auto field = [&](const QString &column) {
            return table->field(record, column);
        };
        const int before = int(errors->size());

        ProgressUpdate update;
        const Task *task = plan->taskByStt(field(u"stt"_s));
        if (!task)
            fail(u"stt"_s, tr("the plan has no row “%1”").arg(field(u"stt"_s)));
        else
            update.taskId = task->id;

        update.agencyId = lookup.agency(field(u"agency"_s));
        if (update.agencyId == 0)
            fail(u"agency"_s, tr("unknown agency “%1”").arg(field(u"agency"_s)));

        update.reportedOn = parseDate(field(u"date"_s));
        if (!update.reportedOn.isValid())
            fail(u"date"_s,
                 tr("“%1” is not a date (yyyy-MM-dd or dd/MM/yyyy)").arg(field(u"date"_s)));

        const std::optional<ProgressState> state = lookup.state(field(u"state"_s));
        if (!state)
            fail(u"state"_s,
                 tr("unknown state “%1”; use not_started, in_progress or completed")
                     .arg(field(u"state"_s)));
        else
            update.state = *state;

        const QString completed = field(u"completed_on"_s);
        update.completedOn = parseDate(completed);
        if (!completed.isEmpty() && !update.completedOn.isValid())
            fail(u"completed_on"_s, tr("“%1” is not a date").arg(completed));
        if (update.state == ProgressState::Completed && completed.isEmpty())
            update.completedOn = update.reportedOn;

        QString percent = field(u"percent"_s);
        percent.remove(u'%');
        if (!percent.trimmed().isEmpty()) {
            bool ok = false;
            const int value = percent.trimmed().toInt(&ok);
            if (!ok || value < 0 || value > 100)
                fail(u"percent"_s,
                     tr("“%1” is not a whole number from 0 to 100").arg(field(u"percent"_s)));
            else
                update.percent = value;
        }
        update.result = VietnameseText::clean(field(u"result"_s));
        update.difficulties = VietnameseText::clean(field(u"difficulties"_s));
        update.evidence = VietnameseText::clean(field(u"evidence"_s));

        // What the workspace says of a well-formed row: the agency's part, dates in order.
        if (errors->size() == before) {
            const QString problem = session.checkUpdate(update);
            if (!problem.isEmpty())
                fail(u"stt"_s, problem);
        }
        updates.append(update);
    }
    if (!errors->isEmpty())
        return std::nullopt;
    if (updates.isEmpty()) {
        errors->append(tr("The table holds no update."));
        return std::nullopt;
    }
    return updates;
}

QByteArray ProgressCsv::write(const QList<ProgressUpdate> &updates, const WorkspaceSession &session)
{
    CsvWriter writer;
    writer.addRow(columns());
    for (const ProgressUpdate &u : updates) {
        const Task *task = session.task(u.taskId);
        const Agency *agency = session.agencies().byId(u.agencyId);
        writer.addRow({task ? task->stt : QString(),
                       agency ? agency->nameVi : QString(),
                       u.reportedOn.toString(Qt::ISODate),
                       progressStateKey(u.state),
                       u.completedOn.toString(Qt::ISODate),
                       u.percent ? QString::number(*u.percent) : QString(),
                       u.result,
                       u.difficulties,
                       u.evidence});
    }
    return writer.data();
}

QByteArray ProgressCsv::writeTemplate(const Plan &plan, const WorkspaceSession &session)
{
    CsvWriter writer;
    writer.addRow(columns());
    for (const Task &task : plan.tasks) {
        if (!plan.subTasksOf(task.id).isEmpty())
            continue;
        for (const AgencyStatus &entry : session.engine().responsibleAgencies(task)) {
            const Agency *agency = session.agencies().byId(entry.agencyId);
            if (entry.role == Role::Lead && agency)
                writer.addRow({task.stt,
                               agency->nameVi,
                               QString(),
                               QString(),
                               QString(),
                               QString(),
                               QString(),
                               QString(),
                               QString()});
        }
    }
    return writer.data();
}

} // namespace PlanTrack
