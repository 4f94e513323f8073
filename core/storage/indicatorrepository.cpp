// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "indicatorrepository.h"

#include "database.h"
#include "sqlvalues.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace PlanTrack {

namespace {

constexpr auto observationColumns = "id, indicator_id, agency_id, period_start, period_end, "
                                    "numerator, denominator, value, note, evidence, "
                                    "entered_by, entered_at"_L1;

Indicator readIndicator(const QSqlQuery &query)
{
    Indicator indicator;
    indicator.id = query.value(0).toLongLong();
    indicator.taskId = query.value(1).toLongLong();
    indicator.planId = query.value(2).toLongLong();
    indicator.stt = query.value(3).toString();
    indicator.code = query.value(4).toString();
    indicator.nameVi = query.value(5).toString();
    indicator.nameEn = query.value(6).toString();
    indicator.kind = indicatorKindFromKey(query.value(7).toString()).value_or(IndicatorKind::Ratio);
    indicator.numeratorVi = query.value(8).toString();
    indicator.numeratorEn = query.value(9).toString();
    indicator.denominatorVi = query.value(10).toString();
    indicator.denominatorEn = query.value(11).toString();
    indicator.baseline = Sql::toOptional<double>(query.value(12));
    indicator.baselineOn = Sql::toDate(query.value(13));
    indicator.frequency =
        frequencyFromKey(query.value(14).toString()).value_or(ReportingFrequency::Yearly);
    indicator.leadId = query.value(15).toLongLong();
    indicator.amberBand = query.value(16).toDouble();
    indicator.unit =
        unitFromKey(query.value(17).toString()).value_or(IndicatorTarget::Unit::Percent);
    indicator.direction =
        directionFromKey(query.value(18).toString()).value_or(IndicatorTarget::Direction::AtLeast);
    indicator.target = query.value(19).toDouble();
    indicator.period = {Sql::toDate(query.value(20)), Sql::toDate(query.value(21))};
    return indicator;
}

void bindIndicator(QSqlQuery &query, const Indicator &indicator)
{
    query.bindValue(u":code"_s, Sql::textValue(indicator.code));
    query.bindValue(u":name_vi"_s, Sql::textValue(indicator.nameVi));
    query.bindValue(u":name_en"_s, Sql::textValue(indicator.nameEn));
    query.bindValue(u":kind"_s, indicatorKindKey(indicator.kind));
    query.bindValue(u":numerator_vi"_s, Sql::textValue(indicator.numeratorVi));
    query.bindValue(u":numerator_en"_s, Sql::textValue(indicator.numeratorEn));
    query.bindValue(u":denominator_vi"_s, Sql::textValue(indicator.denominatorVi));
    query.bindValue(u":denominator_en"_s, Sql::textValue(indicator.denominatorEn));
    query.bindValue(u":baseline"_s, Sql::optionalValue(indicator.baseline));
    query.bindValue(u":baseline_on"_s, Sql::dateValue(indicator.baselineOn));
    query.bindValue(u":frequency"_s, frequencyKey(indicator.frequency));
    query.bindValue(u":lead_agency_id"_s, Sql::nullableId(indicator.leadId));
    query.bindValue(u":amber_band"_s, indicator.amberBand);
}

Observation readObservation(const QSqlQuery &query)
{
    Observation observation;
    observation.id = query.value(0).toLongLong();
    observation.indicatorId = query.value(1).toLongLong();
    observation.agencyId = query.value(2).toLongLong();
    observation.period = {Sql::toDate(query.value(3)), Sql::toDate(query.value(4))};
    observation.numerator = Sql::toOptional<qint64>(query.value(5));
    observation.denominator = Sql::toOptional<qint64>(query.value(6));
    observation.value = Sql::toOptional<double>(query.value(7));
    observation.note = query.value(8).toString();
    observation.evidence = query.value(9).toString();
    observation.enteredBy = query.value(10).toString();
    observation.enteredAt = Sql::toTimestamp(query.value(11));
    return observation;
}

std::optional<QList<Observation>> readObservations(QSqlQuery &query, QString *error)
{
    if (!Database::exec(query, error))
        return std::nullopt;
    QList<Observation> observations;
    while (query.next())
        observations.append(readObservation(query));
    return observations;
}

} // namespace

IndicatorRepository::IndicatorRepository(Database &database)
    : m_database(database)
{}

std::optional<QList<Indicator>> IndicatorRepository::indicators(QString *error) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(u"SELECT i.id, i.task_id, t.plan_id, t.stt, i.code, i.name_vi, i.name_en, "
                  "i.kind, i.numerator_vi, i.numerator_en, i.denominator_vi, i.denominator_en, "
                  "i.baseline, i.baseline_on, i.frequency, i.lead_agency_id, i.amber_band, "
                  "g.unit, g.direction, g.target, g.period_start, g.period_end "
                  "FROM indicator i JOIN task t ON t.id = i.task_id "
                  "JOIN plan p ON p.id = t.plan_id "
                  "JOIN indicator_target g ON g.task_id = i.task_id "
                  "ORDER BY p.position, p.id, t.position, t.id"_s);
    if (!Database::exec(query, error))
        return std::nullopt;

    QList<Indicator> indicators;
    while (query.next())
        indicators.append(readIndicator(query));
    return indicators;
}

std::optional<QList<TaskId>> IndicatorRepository::rowsWithoutIndicator(QString *error) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(u"SELECT g.task_id FROM indicator_target g "
                  "LEFT JOIN indicator i ON i.task_id = g.task_id "
                  "WHERE i.id IS NULL ORDER BY g.task_id"_s);
    if (!Database::exec(query, error))
        return std::nullopt;

    QList<TaskId> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

bool IndicatorRepository::insert(Indicator &indicator, QString *error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"INSERT INTO indicator (task_id, code, name_vi, name_en, kind, "
                  "numerator_vi, numerator_en, denominator_vi, denominator_en, baseline, "
                  "baseline_on, frequency, lead_agency_id, amber_band) VALUES (:task_id, "
                  ":code, :name_vi, :name_en, :kind, :numerator_vi, :numerator_en, "
                  ":denominator_vi, :denominator_en, :baseline, :baseline_on, :frequency, "
                  ":lead_agency_id, :amber_band)"_s);
    query.bindValue(u":task_id"_s, indicator.taskId);
    bindIndicator(query, indicator);
    if (!Database::exec(query, error))
        return false;
    indicator.id = query.lastInsertId().toLongLong();
    return true;
}

bool IndicatorRepository::update(const Indicator &indicator, QString *error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"UPDATE indicator SET code = :code, name_vi = :name_vi, name_en = :name_en, "
                  "kind = :kind, numerator_vi = :numerator_vi, numerator_en = :numerator_en, "
                  "denominator_vi = :denominator_vi, denominator_en = :denominator_en, "
                  "baseline = :baseline, baseline_on = :baseline_on, frequency = :frequency, "
                  "lead_agency_id = :lead_agency_id, amber_band = :amber_band WHERE id = :id"_s);
    query.bindValue(u":id"_s, indicator.id);
    bindIndicator(query, indicator);
    return Database::exec(query, error);
}

std::optional<QList<Observation>> IndicatorRepository::observations(QString *error) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(u"SELECT "_s + observationColumns
                  + u" FROM observation ORDER BY indicator_id, id"_s);
    return readObservations(query, error);
}

std::optional<Observation> IndicatorRepository::observation(ObservationId id, QString *error) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT "_s + observationColumns + u" FROM observation WHERE id = :id"_s);
    query.bindValue(u":id"_s, id);
    const std::optional<QList<Observation>> found = readObservations(query, error);
    if (!found)
        return std::nullopt;
    if (found->isEmpty()) {
        *error = Database::tr("The observation no longer exists in the workspace.");
        return std::nullopt;
    }
    return found->constFirst();
}

bool IndicatorRepository::insert(Observation &observation, QString *error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"INSERT INTO observation (id, indicator_id, agency_id, period_start, "
                  "period_end, numerator, denominator, value, note, evidence, entered_by, "
                  "entered_at) VALUES (:id, :indicator_id, :agency_id, :period_start, "
                  ":period_end, :numerator, :denominator, :value, :note, :evidence, "
                  ":entered_by, :entered_at)"_s);
    query.bindValue(u":id"_s, Sql::nullableId(observation.id));
    query.bindValue(u":indicator_id"_s, observation.indicatorId);
    query.bindValue(u":agency_id"_s, observation.agencyId);
    query.bindValue(u":period_start"_s, Sql::dateValue(observation.period.first));
    query.bindValue(u":period_end"_s, Sql::dateValue(observation.period.last));
    query.bindValue(u":numerator"_s, Sql::optionalValue(observation.numerator));
    query.bindValue(u":denominator"_s, Sql::optionalValue(observation.denominator));
    query.bindValue(u":value"_s, Sql::optionalValue(observation.value));
    query.bindValue(u":note"_s, Sql::textValue(observation.note));
    query.bindValue(u":evidence"_s, Sql::textValue(observation.evidence));
    query.bindValue(u":entered_by"_s, Sql::textValue(observation.enteredBy));
    query.bindValue(u":entered_at"_s, Sql::timestampValue(observation.enteredAt));
    if (!Database::exec(query, error))
        return false;
    observation.id = query.lastInsertId().toLongLong();
    return true;
}

bool IndicatorRepository::remove(ObservationId id, QString *error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"DELETE FROM observation WHERE id = :id"_s);
    query.bindValue(u":id"_s, id);
    return Database::exec(query, error);
}

} // namespace PlanTrack
