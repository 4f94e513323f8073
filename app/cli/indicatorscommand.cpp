// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "indicatorscommand.h"

#include "console.h"
#include "exchange/plancsv.h"
#include "indicators/indicatorbook.h"
#include "translations.h"
#include "workspace/workspacesession.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

using namespace Qt::StringLiterals;

namespace PlanTrack::Cli {

namespace {

QStringList columns()
{
    return {u"stt"_s,
            u"code"_s,
            u"name"_s,
            u"direction"_s,
            u"target"_s,
            u"value"_s,
            u"numerator"_s,
            u"denominator"_s,
            u"agencies_reporting"_s,
            u"result"_s};
}

QString valueText(const IndicatorStanding &standing)
{
    return standing.value() ? plainNumber(*standing.value()) : QString();
}

QString countText(const IndicatorStanding &standing, qint64 PeriodValue::*member)
{
    if (!standing.latest || !standing.indicator.isRatio())
        return {};
    return QString::number((*standing.latest).*member);
}

int reportingOf(const IndicatorStanding &standing)
{
    return standing.latest ? int(standing.latest->reporting.size()) : 0;
}

QByteArray asCsv(const QList<IndicatorStanding> &standings)
{
    CsvWriter csv;
    csv.addRow(columns());
    for (const IndicatorStanding &standing : standings) {
        const Indicator &indicator = standing.indicator;
        csv.addRow({indicator.stt,
                    indicator.code,
                    indicator.nameVi,
                    directionKey(indicator.direction),
                    plainNumber(indicator.target),
                    valueText(standing),
                    countText(standing, &PeriodValue::numerator),
                    countText(standing, &PeriodValue::denominator),
                    QString::number(reportingOf(standing)),
                    resultKey(standing.result)});
    }
    return csv.data();
}

QJsonValue numberOrNull(const std::optional<double> &value)
{
    return value ? QJsonValue(std::round(*value * 100) / 100) : QJsonValue();
}

QByteArray asJson(const QList<IndicatorStanding> &standings,
                  const WorkspaceSession &session,
                  const Plan &plan,
                  QDate asOf)
{
    QJsonArray rows;
    for (const IndicatorStanding &standing : standings) {
        const Indicator &indicator = standing.indicator;
        QJsonArray missing;
        for (AgencyId id : standing.missing) {
            const Agency *agency = session.agencies().byId(id);
            missing.append(agency ? agency->code : QString::number(id));
        }
        const auto count = [&](qint64 PeriodValue::*member) {
            return standing.latest && indicator.isRatio() ? QJsonValue((*standing.latest).*member)
                                                          : QJsonValue();
        };
        const auto day = [&](QDate DateRange::*member) {
            return standing.latest
                       ? QJsonValue(((*standing.latest).period.*member).toString(Qt::ISODate))
                       : QJsonValue();
        };
        rows.append(QJsonObject{
            {u"stt"_s, indicator.stt},
            {u"code"_s, indicator.code},
            {u"name"_s, indicator.nameVi},
            {u"name_en"_s, indicator.nameEn},
            {u"unit"_s, unitKey(indicator.unit)},
            {u"direction"_s, directionKey(indicator.direction)},
            {u"target"_s, indicator.target},
            {u"value"_s, numberOrNull(standing.value())},
            {u"numerator"_s, count(&PeriodValue::numerator)},
            {u"denominator"_s, count(&PeriodValue::denominator)},
            {u"period_start"_s, day(&DateRange::first)},
            {u"period_end"_s, day(&DateRange::last)},
            {u"change"_s, numberOrNull(standing.change)},
            {u"agencies_reporting"_s, reportingOf(standing)},
            {u"agencies_missing"_s, missing},
            {u"rating"_s, ratingKey(standing.rating)},
            {u"result"_s, resultKey(standing.result)},
        });
    }
    const QJsonObject root{
        {u"plan"_s, plan.code}, {u"as_of"_s, asOf.toString(Qt::ISODate)}, {u"indicators"_s, rows}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray asText(const QList<IndicatorStanding> &standings,
                  const IndicatorBook &book,
                  const Plan &plan,
                  QDate asOf)
{
    const bool english = Translations::current() == "en"_L1;
    QString text =
        IndicatorsCommand::tr("%1 — targets on %2").arg(plan.code, asOf.toString(u"dd/MM/yyyy"_s))
        + u"\n\n"_s;
    int labelWidth = 0;
    for (const IndicatorStanding &standing : standings)
        labelWidth = std::max(labelWidth, int(resultLabel(standing.result).size()));

    for (const IndicatorStanding &standing : standings) {
        const Indicator &indicator = standing.indicator;
        const QString value = standing.value() ? formatValue(indicator, *standing.value()) : u"—"_s;
        const QString target =
            directionSign(indicator.direction) + u' ' + formatValue(indicator, indicator.target);
        QString line = indicator.stt.leftJustified(5)
                       + resultLabel(standing.result).leftJustified(labelWidth + 2)
                       + value.rightJustified(8) + u"  "_s + target.leftJustified(10)
                       + indicator.name(english);
        if (standing.latest)
            line += u" ("_s
                    + IndicatorsCommand::tr("%1; %2 of %3 agencies reported")
                          .arg(formatPeriod(standing.latest->period))
                          .arg(reportingOf(standing))
                          .arg(book.expectedAgencies(indicator.id).size())
                    + u')';
        text += line + u'\n';
    }
    if (standings.isEmpty())
        text += IndicatorsCommand::tr("The plan has no rows with a numeric target.") + u'\n';
    return text.toUtf8();
}

} // namespace

QString IndicatorsCommand::name() const
{
    return u"indicators"_s;
}

QString IndicatorsCommand::summary() const
{
    return tr("Write the targets of a plan with their pooled values as of a date.");
}

void IndicatorsCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOptions({
        {asOfOption,
         tr("Take the values as of <date> (yyyy-MM-dd): periods ending later are left out. By "
            "default today."),
         tr("date")},
        CommonOption::tableFormat(),
        CommonOption::plan(),
        CommonOption::output(),
    });
}

std::optional<IndicatorsCommand::Workspace> IndicatorsCommand::openWorkspace(
    const GlobalOptions &global, const QString &planCode, QString *error)
{
    Workspace workspace;
    workspace.session = openSession(global, error);
    if (!workspace.session)
        return std::nullopt;
    workspace.plan = choosePlan(*workspace.session, planCode, error);
    if (!workspace.plan)
        return std::nullopt;
    workspace.book = IndicatorBook::open(*workspace.session, error);
    if (!workspace.book)
        return std::nullopt;
    return workspace;
}

int IndicatorsCommand::run(const QCommandLineParser &parser,
                           const QStringList &arguments,
                           const GlobalOptions &global) const
{
    if (!arguments.isEmpty())
        return Console::fail(tr("indicators takes no file name; name the output with -o."),
                             UsageError);
    QString error;
    const std::optional<TableFormat> format = tableFormatOf(parser, &error);
    if (!format)
        return Console::fail(error, UsageError);

    const QDate asOf = parseAsOf(parser.value(asOfOption), &error);
    if (!asOf.isValid())
        return Console::fail(error, UsageError);
    const std::optional<Workspace> workspace =
        openWorkspace(global, parser.value(planOption), &error);
    if (!workspace)
        return Console::fail(error);
    const IndicatorBook &book = *workspace->book;
    const Plan &plan = *workspace->plan;

    const QList<IndicatorStanding> standings = book.standings(asOf, plan.id);
    QByteArray data;
    if (*format == TableFormat::Csv)
        data = asCsv(standings);
    else if (*format == TableFormat::Json)
        data = asJson(standings, *workspace->session, plan, asOf);
    else
        data = asText(standings, book, plan, asOf);

    if (!writeOutput(parser.value(outputOption), data, &error))
        return Console::fail(error);
    return Success;
}

} // namespace PlanTrack::Cli
