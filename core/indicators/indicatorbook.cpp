// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "indicatorbook.h"

#include "indicators/indicatordefaults.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/indicatorrepository.h"
#include "text/vietnamesetext.h"
#include "workspace/workspacesession.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace PlanTrack {

namespace {

QString isoPeriod(const DateRange &period)
{
    return period.first.toString(Qt::ISODate) + u".."_s + period.last.toString(Qt::ISODate);
}

QString optionalText(const std::optional<double> &value)
{
    return value ? plainNumber(*value) : QString();
}

void cleanTexts(Observation &observation)
{
    observation.note = VietnameseText::clean(observation.note);
    observation.evidence = VietnameseText::clean(observation.evidence);
}

void cleanTexts(Indicator &indicator)
{
    for (QString *text : {&indicator.code,
                          &indicator.nameVi,
                          &indicator.nameEn,
                          &indicator.numeratorVi,
                          &indicator.numeratorEn,
                          &indicator.denominatorVi,
                          &indicator.denominatorEn})
        *text = VietnameseText::clean(*text);
}

// Lists the fields of an indicator that a person may change, as the audit log names them.
QList<std::pair<QString, QString>> auditFields(const Indicator &indicator)
{
    return {
        {u"code"_s, indicator.code},
        {u"name_vi"_s, indicator.nameVi},
        {u"name_en"_s, indicator.nameEn},
        {u"kind"_s, indicatorKindKey(indicator.kind)},
        {u"numerator_vi"_s, indicator.numeratorVi},
        {u"numerator_en"_s, indicator.numeratorEn},
        {u"denominator_vi"_s, indicator.denominatorVi},
        {u"denominator_en"_s, indicator.denominatorEn},
        {u"baseline"_s, optionalText(indicator.baseline)},
        {u"baseline_on"_s, indicator.baselineOn.toString(Qt::ISODate)},
        {u"frequency"_s, frequencyKey(indicator.frequency)},
        {u"lead_agency"_s, QString::number(indicator.leadId)},
        {u"amber_band"_s, plainNumber(indicator.amberBand)},
    };
}

} // namespace

IndicatorBook::IndicatorBook(WorkspaceSession &session)
    : m_session(session)
{}

IndicatorBook::~IndicatorBook() = default;

std::unique_ptr<IndicatorBook> IndicatorBook::open(WorkspaceSession &session, QString *error)
{
    std::unique_ptr<IndicatorBook> book(new IndicatorBook(session));
    if (!book->seedMissing(error) || !book->reload(error))
        return nullptr;
    connect(&session, &WorkspaceSession::contentReloaded, book.get(), [book = book.get()] {
        QString ignored;
        book->seedMissing(&ignored);
        book->reload(&ignored);
    });
    return book;
}

bool IndicatorBook::seedMissing(QString *error)
{
    IndicatorRepository repository(m_session.database());
    const std::optional<QList<TaskId>> missing = repository.rowsWithoutIndicator(error);
    if (!missing)
        return false;
    if (missing->isEmpty())
        return true;

    Transaction transaction(m_session.database());
    AuditLog audit(m_session.database());
    for (TaskId taskId : *missing) {
        const Task *task = m_session.task(taskId);
        const Plan *plan = m_session.planOf(taskId);
        if (!task || !plan)
            continue;
        Indicator indicator = defaultIndicator(*plan, *task);
        if (!repository.insert(indicator, error))
            return false;

        AuditEntry entry;
        entry.action = u"add_indicator"_s;
        entry.entity = u"indicator"_s;
        entry.entityId = indicator.id;
        entry.taskId = taskId;
        entry.field = u"indicator"_s;
        entry.newValue = indicator.code;
        if (!audit.record(entry, error))
            return false;
    }
    return transaction.commit(error);
}

bool IndicatorBook::reload(QString *error)
{
    IndicatorRepository repository(m_session.database());
    std::optional<QList<Indicator>> indicators = repository.indicators(error);
    if (!indicators)
        return false;
    std::optional<QList<Observation>> observations = repository.observations(error);
    if (!observations)
        return false;

    m_indicators = std::move(*indicators);
    m_observations.clear();
    for (const Observation &observation : std::as_const(*observations))
        m_observations[observation.indicatorId].append(observation);
    Q_EMIT reloaded();
    return true;
}

QList<Indicator> IndicatorBook::indicatorsOf(PlanId planId) const
{
    QList<Indicator> result;
    for (const Indicator &indicator : m_indicators) {
        if (planId == 0 || indicator.planId == planId)
            result.append(indicator);
    }
    return result;
}

const Indicator *IndicatorBook::indicator(IndicatorId id) const
{
    for (const Indicator &indicator : m_indicators) {
        if (indicator.id == id)
            return &indicator;
    }
    return nullptr;
}

const Indicator *IndicatorBook::indicatorOfTask(TaskId taskId) const
{
    for (const Indicator &indicator : m_indicators) {
        if (indicator.taskId == taskId)
            return &indicator;
    }
    return nullptr;
}

const Indicator *IndicatorBook::find(PlanId planId, const QString &sttOrCode) const
{
    const QString wanted = sttOrCode.trimmed();
    for (const Indicator &indicator : m_indicators) {
        if (planId != 0 && indicator.planId != planId)
            continue;
        if (indicator.stt == wanted || indicator.code.compare(wanted, Qt::CaseInsensitive) == 0)
            return &indicator;
    }
    return nullptr;
}

QList<Observation> IndicatorBook::observationsOf(IndicatorId id) const
{
    return m_observations.value(id);
}

QList<Observation>
IndicatorBook::historyOf(IndicatorId id, AgencyId agencyId, const DateRange &period) const
{
    QList<Observation> result;
    for (const Observation &observation : m_observations.value(id)) {
        if (observation.agencyId == agencyId && observation.period == period)
            result.append(observation);
    }
    return result;
}

QList<AgencyId> IndicatorBook::expectedAgencies(IndicatorId id) const
{
    const Indicator *found = indicator(id);
    const Task *task = found ? m_session.task(found->taskId) : nullptr;
    QList<AgencyId> ids;
    if (!task)
        return ids;
    for (const AgencyStatus &entry : m_session.engine().responsibleAgencies(*task)) {
        if (!ids.contains(entry.agencyId))
            ids.append(entry.agencyId);
    }
    return ids;
}

IndicatorAggregator IndicatorBook::aggregator(IndicatorId id) const
{
    const Indicator *found = indicator(id);
    return IndicatorAggregator(
        found ? *found : Indicator(), m_observations.value(id), expectedAgencies(id));
}

IndicatorStanding IndicatorBook::standing(IndicatorId id, QDate asOf) const
{
    return aggregator(id).standing(asOf);
}

QList<IndicatorStanding> IndicatorBook::standings(QDate asOf, PlanId planId) const
{
    QList<IndicatorStanding> result;
    for (const Indicator &indicator : m_indicators) {
        if (planId == 0 || indicator.planId == planId)
            result.append(standing(indicator.id, asOf));
    }
    return result;
}

QString IndicatorBook::checkObservation(const Observation &observation) const
{
    const Indicator *indicator = this->indicator(observation.indicatorId);
    if (!indicator)
        return tr("The indicator of the observation does not exist in the workspace.");
    const Agency *agency = m_session.agencies().byId(observation.agencyId);
    if (!agency)
        return tr("The agency of the observation does not exist in the workspace.");
    if (!expectedAgencies(indicator->id).contains(agency->id))
        return agency->isGroup
                   ? tr("“%1” is a group; each of its members reports for itself.")
                         .arg(agency->nameVi)
                   : tr("%1 is neither the lead nor a coordinating unit of row %2, so it does "
                        "not report this indicator.")
                         .arg(agency->nameVi, indicator->stt);

    if (!observation.period.isValid())
        return tr("The period needs a first and a last day, the first on or before the last.");
    if (indicator->period.isValid()
        && (observation.period.first < indicator->period.first
            || observation.period.last > indicator->period.last))
        return tr("The period %1 lies outside the period of the indicator, %2.")
            .arg(formatPeriod(observation.period), formatPeriod(indicator->period));

    if (!observation.hasFigures()) {
        const QList<Observation> history = historyOf(indicator->id, agency->id, observation.period);
        if (history.isEmpty() || !history.constLast().hasFigures())
            return tr("There are no figures to withdraw for %1 in %2.")
                .arg(agency->nameVi, formatPeriod(observation.period));
        return {};
    }
    if (indicator->isRatio()) {
        if (!observation.numerator || !observation.denominator)
            return tr("Row %1 is a ratio: give both the numerator and the denominator.")
                .arg(indicator->stt);
        if (*observation.numerator < 0 || *observation.denominator < 0)
            return tr("Counts cannot be negative.");
        if (*observation.numerator > *observation.denominator)
            return tr("The numerator (%1) is greater than the denominator (%2).")
                .arg(*observation.numerator)
                .arg(*observation.denominator);
        if (observation.value)
            return tr("Row %1 is a ratio; its value is computed from the counts.")
                .arg(indicator->stt);
        return {};
    }
    if (observation.numerator || observation.denominator)
        return tr("Row %1 is a plain value: give the value, not a numerator and denominator.")
            .arg(indicator->stt);
    if (!observation.value)
        return tr("Row %1 needs a value.").arg(indicator->stt);
    if (*observation.value < 0)
        return tr("The value cannot be negative.");
    return {};
}

QString IndicatorBook::describe(const Observation &observation) const
{
    const Agency *agency = m_session.agencies().byId(observation.agencyId);
    QString text = isoPeriod(observation.period) + u' '
                   + (agency ? agency->code : QString::number(observation.agencyId)) + u' ';
    if (!observation.hasFigures())
        text += u"withdrawn"_s;
    else if (observation.value)
        text += plainNumber(*observation.value);
    else
        text += QString::number(observation.numerator.value_or(0)) + u'/'
                + QString::number(observation.denominator.value_or(0));
    if (!observation.note.isEmpty())
        text += u" — "_s + observation.note;
    return text;
}

bool IndicatorBook::addObservations(QList<Observation> &observations, QString *error)
{
    for (qsizetype i = 0; i < observations.size(); ++i) {
        Observation &observation = observations[i];
        cleanTexts(observation);
        if (const QString problem = checkObservation(observation); !problem.isEmpty()) {
            *error = problem;
            return false;
        }
        for (qsizetype j = 0; j < i; ++j) {
            if (observations.at(j).sameSlot(observation)) {
                *error = tr("The same agency and period are given twice.");
                return false;
            }
        }
        if (observation.enteredBy.isEmpty())
            observation.enteredBy = AuditLog::currentUser();
        if (!observation.enteredAt.isValid())
            observation.enteredAt = QDateTime::currentDateTimeUtc();
    }

    Transaction transaction(m_session.database());
    IndicatorRepository repository(m_session.database());
    AuditLog audit(m_session.database());
    QList<Observation> stored = observations;
    for (Observation &observation : stored) {
        const bool correction =
            !historyOf(observation.indicatorId, observation.agencyId, observation.period).isEmpty();
        if (!repository.insert(observation, error))
            return false;

        AuditEntry entry;
        entry.action = correction ? u"correct_observation"_s : u"add_observation"_s;
        entry.entity = u"observation"_s;
        entry.entityId = observation.id;
        entry.taskId = indicator(observation.indicatorId)->taskId;
        entry.field = u"observation"_s;
        entry.newValue = describe(observation);
        if (!audit.record(entry, error))
            return false;
    }
    if (!transaction.commit(error))
        return false;

    QList<IndicatorId> touched;
    for (const Observation &observation : std::as_const(stored)) {
        QList<Observation> &list = m_observations[observation.indicatorId];
        const auto at = std::upper_bound(
            list.begin(), list.end(), observation.id, [](ObservationId id, const Observation &o) {
                return id < o.id;
            });
        list.insert(at, observation);
        if (!touched.contains(observation.indicatorId))
            touched.append(observation.indicatorId);
    }
    observations = stored;
    Q_EMIT observationsChanged(touched);
    return true;
}

bool IndicatorBook::removeObservations(const QList<ObservationId> &ids, QString *error)
{
    QList<Observation> removed;
    for (ObservationId id : ids) {
        bool found = false;
        for (const QList<Observation> &list : std::as_const(m_observations)) {
            for (const Observation &observation : list) {
                if (observation.id == id) {
                    removed.append(observation);
                    found = true;
                }
            }
        }
        if (!found) {
            *error = tr("The observation no longer exists in the workspace.");
            return false;
        }
    }

    Transaction transaction(m_session.database());
    IndicatorRepository repository(m_session.database());
    AuditLog audit(m_session.database());
    for (const Observation &observation : std::as_const(removed)) {
        AuditEntry entry;
        entry.action = u"remove_observation"_s;
        entry.entity = u"observation"_s;
        entry.entityId = observation.id;
        entry.taskId = indicator(observation.indicatorId)->taskId;
        entry.field = u"observation"_s;
        entry.oldValue = describe(observation);
        if (!repository.remove(observation.id, error) || !audit.record(entry, error))
            return false;
    }
    if (!transaction.commit(error))
        return false;

    QList<IndicatorId> touched;
    for (const Observation &observation : std::as_const(removed)) {
        m_observations[observation.indicatorId].removeIf(
            [id = observation.id](const Observation &o) { return o.id == id; });
        if (!touched.contains(observation.indicatorId))
            touched.append(observation.indicatorId);
    }
    Q_EMIT observationsChanged(touched);
    return true;
}

QString IndicatorBook::checkIndicator(const Indicator &changed) const
{
    const Indicator *stored = indicator(changed.id);
    if (!stored)
        return tr("The indicator does not exist in the workspace.");
    if (changed.taskId != stored->taskId)
        return tr("An indicator stays with the plan row it measures.");
    if (changed.code.trimmed().isEmpty())
        return tr("The indicator needs a code.");
    for (const Indicator &other : m_indicators) {
        if (other.id != changed.id && other.planId == changed.planId
            && other.code.compare(changed.code.trimmed(), Qt::CaseInsensitive) == 0)
            return tr("The code “%1” is already used by row %2.").arg(changed.code, other.stt);
    }
    if (changed.nameVi.trimmed().isEmpty())
        return tr("The indicator needs a Vietnamese name.");
    if (changed.unit == IndicatorTarget::Unit::Percent && !changed.isRatio())
        return tr("A percentage is measured as a ratio of two counts.");
    if (changed.amberBand < 0)
        return tr("The amber band cannot be negative.");
    if (changed.leadId != 0 && !m_session.agencies().byId(changed.leadId))
        return tr("The lead agency does not exist in the workspace.");
    if (changed.baseline && !changed.baselineOn.isValid())
        return tr("A baseline needs the date it was measured on.");
    return {};
}

bool IndicatorBook::updateIndicator(const Indicator &changed, QString *error)
{
    Indicator indicator = changed;
    cleanTexts(indicator);
    if (const QString problem = checkIndicator(indicator); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    const Indicator *stored = this->indicator(indicator.id);
    // The target belongs to the plan row; keep the stored one whatever was passed.
    indicator.unit = stored->unit;
    indicator.direction = stored->direction;
    indicator.target = stored->target;
    indicator.period = stored->period;
    indicator.stt = stored->stt;
    indicator.planId = stored->planId;

    const auto before = auditFields(*stored);
    const auto after = auditFields(indicator);
    Transaction transaction(m_session.database());
    AuditLog audit(m_session.database());
    if (!IndicatorRepository(m_session.database()).update(indicator, error))
        return false;
    for (qsizetype i = 0; i < before.size(); ++i) {
        if (before.at(i).second == after.at(i).second)
            continue;
        AuditEntry entry;
        entry.action = u"edit_indicator"_s;
        entry.entity = u"indicator"_s;
        entry.entityId = indicator.id;
        entry.taskId = indicator.taskId;
        entry.field = before.at(i).first;
        entry.oldValue = before.at(i).second;
        entry.newValue = after.at(i).second;
        if (!audit.record(entry, error))
            return false;
    }
    if (!transaction.commit(error))
        return false;

    const auto it = std::find_if(m_indicators.begin(), m_indicators.end(), [&](const Indicator &i) {
        return i.id == indicator.id;
    });
    *it = indicator;
    Q_EMIT indicatorChanged(indicator.id);
    return true;
}

} // namespace PlanTrack
