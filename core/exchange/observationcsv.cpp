// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "observationcsv.h"

#include "exchange/csvreader.h"
#include "exchange/plancsv.h"
#include "indicators/indicatorbook.h"
#include "text/vietnamesetext.h"
#include "workspace/workspacesession.h"

#include <QHash>

#include <cmath>

using namespace Qt::StringLiterals;

namespace PlanTrack {

namespace {

const QString indicatorColumn = u"indicator"_s;
const QString agencyColumn = u"agency"_s;
const QString startColumn = u"period_start"_s;
const QString endColumn = u"period_end"_s;
const QString numeratorColumn = u"numerator"_s;
const QString denominatorColumn = u"denominator"_s;
const QString valueColumn = u"value"_s;
const QString noteColumn = u"note"_s;

// Returns half a unit of the last decimal written ("33.3" gives 0.05): a value written
// with fewer decimals than computed still agrees when it is the rounded figure.
double roundingOf(const QString &text)
{
    const qsizetype separator = std::max(text.indexOf(u'.'), text.indexOf(u','));
    const qsizetype decimals = separator < 0 ? 0 : text.size() - separator - 1;
    return 0.5 * std::pow(10.0, -double(decimals)) + 1e-9;
}

/// Finds agencies by code or name, case and diacritics ignored.
class AgencyFinder
{
public:
    explicit AgencyFinder(const AgencyDirectory &agencies)
    {
        for (const Agency &agency : agencies.agencies()) {
            for (const QString &key : {agency.code, agency.nameVi, agency.nameEn}) {
                const QString folded = VietnameseText::fold(key);
                if (!folded.isEmpty() && !m_ids.contains(folded))
                    m_ids.insert(folded, agency.id);
            }
        }
    }

    AgencyId find(const QString &text) const { return m_ids.value(VietnameseText::fold(text)); }

private:
    QHash<QString, AgencyId> m_ids;
};

/// Collects the problems of one table, each with its row and column.
class Problems
{
    Q_DECLARE_TR_FUNCTIONS(PlanTrack::ObservationCsv)

public:
    explicit Problems(QStringList *list)
        : m_list(list)
    {}

    void add(int row, const QString &column, const QString &message)
    {
        m_list->append(tr("Row %1, column “%2”: %3").arg(row).arg(column, message));
    }

    bool isEmpty() const { return m_list->isEmpty(); }

private:
    QStringList *m_list;
};

struct Slot
{
    IndicatorId indicatorId;
    AgencyId agencyId;
    QDate first;
    QDate last;

    friend bool operator==(const Slot &, const Slot &) = default;
};

size_t qHash(const Slot &slot, size_t seed = 0)
{
    return qHashMulti(
        seed, slot.indicatorId, slot.agencyId, slot.first.toJulianDay(), slot.last.toJulianDay());
}

} // namespace

QStringList ObservationCsv::columns()
{
    return {indicatorColumn,
            agencyColumn,
            startColumn,
            endColumn,
            numeratorColumn,
            denominatorColumn,
            valueColumn,
            noteColumn};
}

std::optional<qint64> ObservationCsv::parseCount(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 15)
        return std::nullopt;
    for (const QChar c : trimmed) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
    }
    return trimmed.toLongLong();
}

std::optional<double> ObservationCsv::parseNumber(const QString &text)
{
    QString trimmed = text.trimmed();
    if (trimmed.count(u',') + trimmed.count(u'.') > 1)
        return std::nullopt;
    trimmed.replace(u',', u'.');
    bool ok = false;
    const double value = trimmed.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

QDate ObservationCsv::parseDate(const QString &text)
{
    const QString trimmed = text.trimmed();
    const QDate iso = QDate::fromString(trimmed, u"yyyy-MM-dd"_s);
    if (iso.isValid())
        return iso;
    return QDate::fromString(trimmed, u"d/M/yyyy"_s);
}

std::optional<QList<Observation>> ObservationCsv::read(const QByteArray &data,
                                                       const IndicatorBook &book,
                                                       PlanId planId,
                                                       QStringList *problemList)
{
    QString error;
    const std::optional<CsvTable> table = CsvReader().read(data, &error);
    if (!table) {
        problemList->append(error);
        return std::nullopt;
    }

    QStringList absent;
    for (const QString &column : {indicatorColumn,
                                  agencyColumn,
                                  startColumn,
                                  endColumn,
                                  numeratorColumn,
                                  denominatorColumn,
                                  valueColumn}) {
        if (table->column(column) < 0)
            absent.append(column);
    }
    if (!absent.isEmpty()) {
        problemList->append(tr("Row 1: the header lacks the column(s) %1; the columns are: %2.")
                                .arg(absent.join(", "_L1), columns().join(", "_L1)));
        return std::nullopt;
    }

    Problems problems(problemList);
    const AgencyFinder agencies(book.session().agencies());
    QHash<Slot, int> seen;
    QList<Observation> observations;
    for (const CsvRecord &record : table->records) {
        if (record.isBlank())
            continue;
        const int row = record.row;
        const auto field = [&](const QString &column) {
            return table->field(record, column);
        };
        const qsizetype before = problemList->size();

        Observation observation;
        const QString indicatorText = field(indicatorColumn);
        const Indicator *indicator = book.find(planId, indicatorText);
        if (!indicator) {
            problems.add(
                row,
                indicatorColumn,
                indicatorText.isEmpty()
                    ? tr("the indicator is missing; give its row number or code.")
                    : tr("no indicator has the row number or code “%1”.").arg(indicatorText));
        }

        const QString agencyText = field(agencyColumn);
        const Agency *agency = book.session().agencies().byId(agencies.find(agencyText));
        if (!agency) {
            problems.add(row,
                         agencyColumn,
                         agencyText.isEmpty()
                             ? tr("the agency is missing.")
                             : tr("no agency has the code or name “%1”.").arg(agencyText));
        } else if (indicator && !book.expectedAgencies(indicator->id).contains(agency->id)) {
            problems.add(
                row,
                agencyColumn,
                agency->isGroup
                    ? tr("“%1” is a group; give a row for each of its members.").arg(agency->nameVi)
                    : tr("%1 does not report row %2: it is neither its lead nor a "
                         "coordinating unit.")
                          .arg(agency->nameVi, indicator->stt));
        }

        bool datesOk = true;
        for (const QString &column : {startColumn, endColumn}) {
            const QString text = field(column);
            const QDate date = parseDate(text);
            if (!date.isValid()) {
                problems.add(row,
                             column,
                             text.isEmpty() ? tr("the date is missing.")
                                            : tr("“%1” is not a date; write it as 2026-12-31 "
                                                 "or 31/12/2026.")
                                                  .arg(text));
                datesOk = false;
            }
            (column == startColumn ? observation.period.first : observation.period.last) = date;
        }
        if (datesOk && observation.period.first > observation.period.last) {
            problems.add(row, endColumn, tr("the period ends before it starts."));
        } else if (datesOk && indicator && indicator->period.isValid()
                   && (observation.period.first < indicator->period.first
                       || observation.period.last > indicator->period.last)) {
            problems.add(row,
                         observation.period.first < indicator->period.first ? startColumn
                                                                            : endColumn,
                         tr("the period lies outside the period of row %1, %2.")
                             .arg(indicator->stt, formatPeriod(indicator->period)));
        }

        const QString numeratorText = field(numeratorColumn);
        const QString denominatorText = field(denominatorColumn);
        const QString valueText = field(valueColumn);
        if (indicator && indicator->isRatio()) {
            for (const QString &column : {numeratorColumn, denominatorColumn}) {
                const QString text = field(column);
                const std::optional<qint64> count = parseCount(text);
                if (!count)
                    problems.add(
                        row,
                        column,
                        text.isEmpty()
                            ? tr("the count is missing; row %1 is a ratio.").arg(indicator->stt)
                            : tr("“%1” is not a count; write a whole number of 0 or "
                                 "more, without separators.")
                                  .arg(text));
                (column == numeratorColumn ? observation.numerator : observation.denominator) =
                    count;
            }
            if (observation.numerator && observation.denominator
                && *observation.numerator > *observation.denominator) {
                problems.add(row,
                             numeratorColumn,
                             tr("the numerator (%1) is greater than the denominator (%2).")
                                 .arg(*observation.numerator)
                                 .arg(*observation.denominator));
            } else if (!valueText.isEmpty() && observation.numerator && observation.denominator) {
                const std::optional<double> given = parseNumber(valueText);
                const std::optional<double> computed =
                    indicator->ratioValue(*observation.numerator, *observation.denominator);
                if (!given)
                    problems.add(row, valueColumn, tr("“%1” is not a number.").arg(valueText));
                else if (!computed || std::abs(*given - *computed) > roundingOf(valueText))
                    problems.add(row,
                                 valueColumn,
                                 tr("the value %1 does not agree with %2 / %3; leave it empty "
                                    "or correct it.")
                                     .arg(valueText)
                                     .arg(*observation.numerator)
                                     .arg(*observation.denominator));
            }
        } else if (indicator) {
            for (const QString &column : {numeratorColumn, denominatorColumn}) {
                if (!field(column).isEmpty())
                    problems.add(
                        row,
                        column,
                        tr("row %1 is a plain value; leave the counts empty.").arg(indicator->stt));
            }
            observation.value = parseNumber(valueText);
            if (!observation.value || *observation.value < 0)
                problems.add(row,
                             valueColumn,
                             valueText.isEmpty()
                                 ? tr("the value is missing.")
                                 : tr("“%1” is not a number of 0 or more.").arg(valueText));
        }

        if (problemList->size() != before)
            continue;
        observation.indicatorId = indicator->id;
        observation.agencyId = agency->id;
        observation.note = field(noteColumn);

        const Slot slot{
            indicator->id, agency->id, observation.period.first, observation.period.last};
        if (const int first = seen.value(slot); first != 0) {
            problems.add(row,
                         agencyColumn,
                         tr("row %1 already gives this indicator, agency and period.").arg(first));
            continue;
        }
        seen.insert(slot, row);
        if (const QString problem = book.checkObservation(observation); !problem.isEmpty()) {
            problems.add(row, indicatorColumn, problem);
            continue;
        }
        observations.append(observation);
    }

    if (!problems.isEmpty())
        return std::nullopt;
    if (observations.isEmpty()) {
        problemList->append(tr("The file holds no observations."));
        return std::nullopt;
    }
    return observations;
}

QByteArray ObservationCsv::write(const IndicatorBook &book, PlanId planId)
{
    const AgencyDirectory &agencies = book.session().agencies();
    CsvWriter csv;
    csv.addRow(columns());
    for (const Indicator &indicator : book.indicatorsOf(planId)) {
        const IndicatorAggregator aggregator = book.aggregator(indicator.id);
        QList<Observation> current = aggregator.effective(QDate(9999, 12, 31));
        const QList<AgencyId> order = aggregator.expected();
        std::stable_sort(
            current.begin(), current.end(), [&order](const Observation &a, const Observation &b) {
                if (a.period.last != b.period.last)
                    return a.period.last < b.period.last;
                if (a.period.first != b.period.first)
                    return a.period.first < b.period.first;
                return order.indexOf(a.agencyId) < order.indexOf(b.agencyId);
            });

        for (const Observation &observation : std::as_const(current)) {
            const Agency *agency = agencies.byId(observation.agencyId);
            std::optional<double> value = observation.value;
            if (indicator.isRatio())
                value = indicator.ratioValue(observation.numerator.value_or(0),
                                             observation.denominator.value_or(0));
            const auto count = [](const std::optional<qint64> &n) {
                return n ? QString::number(*n) : QString();
            };
            csv.addRow({indicator.code,
                        agency ? agency->code : QString::number(observation.agencyId),
                        observation.period.first.toString(Qt::ISODate),
                        observation.period.last.toString(Qt::ISODate),
                        count(observation.numerator),
                        count(observation.denominator),
                        value ? plainNumber(*value) : QString(),
                        observation.note});
        }
    }
    return csv.data();
}

} // namespace PlanTrack
