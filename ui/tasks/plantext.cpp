// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plantext.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace PlanTrack {

QString PlanText::date(QDate date)
{
    return date.toString(u"dd/MM/yyyy"_s);
}

QString PlanText::deadlineMeaning(const Deadline &deadline)
{
    switch (deadline.kind) {
    case DeadlineKind::Month:
    case DeadlineKind::Quarter:
    case DeadlineKind::Year:
    case DeadlineKind::Date:
        return tr("due %1").arg(date(deadline.due));
    case DeadlineKind::YearRange:
        if (!deadline.start.isValid())
            return tr("due %1, checked every year").arg(date(deadline.due));
        return tr("from %1 to %2, checked every year")
            .arg(date(deadline.start), date(deadline.due));
    case DeadlineKind::Ongoing:
        return tr("ongoing: no single deadline, judged in each reporting period");
    case DeadlineKind::Annual:
        return tr("every year, by the annual cut-off");
    case DeadlineKind::Conditional:
        return tr("during a period that depends on each case, judged in each reporting period");
    }
    return {};
}

QString PlanText::indicatorTarget(const IndicatorTarget &indicator)
{
    const QString number = QLocale().toString(indicator.target, 'g', 6);
    const QString value = indicator.unit == IndicatorTarget::Unit::Percent
                              ? tr("%1%", "a percentage").arg(number)
                              : number;

    switch (indicator.direction) {
    case IndicatorTarget::Direction::AtLeast:
        return tr("at least %1", "indicator target").arg(value);
    case IndicatorTarget::Direction::AtMost:
        return tr("at most %1", "indicator target").arg(value);
    case IndicatorTarget::Direction::Exactly:
        return value;
    }
    return value;
}

QString PlanText::indicatorPeriod(const IndicatorTarget &indicator)
{
    if (!indicator.periodStart.isValid() && !indicator.periodEnd.isValid())
        return {};
    if (!indicator.periodStart.isValid())
        return tr("until %1").arg(date(indicator.periodEnd));
    if (!indicator.periodEnd.isValid())
        return tr("from %1").arg(date(indicator.periodStart));
    return tr("%1 to %2", "a period").arg(date(indicator.periodStart), date(indicator.periodEnd));
}

QString PlanText::agenciesWithMembers(const QList<AgencyId> &ids,
                                      const AgencyDirectory &agencies,
                                      bool english)
{
    QStringList parts;
    for (AgencyId id : ids) {
        const Agency *agency = agencies.byId(id);
        if (!agency)
            continue;

        QString part = agency->name(english);
        if (agency->isGroup && !agency->memberIds.isEmpty())
            part += " ("_L1 % agencies.joinedNames(agency->memberIds, english) % u')';
        parts.append(part);
    }
    return parts.join("; "_L1);
}

QString PlanText::roleName(Role role)
{
    switch (role) {
    case Role::Lead:
        return tr("lead", "role of an agency in a task");
    case Role::Coordinating:
        return tr("coordinating", "role of an agency in a task");
    }
    return {};
}

} // namespace PlanTrack
