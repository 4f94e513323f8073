// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "progressindex.h"

#include <algorithm>

namespace PlanTrack {

namespace {

bool before(const ProgressFact &a, const ProgressFact &b)
{
    return a.reportedOn != b.reportedOn ? a.reportedOn < b.reportedOn : a.id < b.id;
}

} // namespace

ProgressFact ProgressFact::of(const ProgressUpdate &update)
{
    ProgressFact fact;
    fact.id = update.id;
    fact.reportedOn = update.reportedOn;
    fact.completedOn = update.completedOn;
    fact.state = update.state;
    fact.percent = update.percent ? qint8(std::clamp(*update.percent, 0, 100)) : qint8(-1);
    return fact;
}

void ProgressIndex::insert(TaskId taskId, AgencyId agencyId, const ProgressFact &fact)
{
    QList<ProgressFact> &facts = m_facts[Key(taskId, agencyId)];
    facts.removeIf([&fact](const ProgressFact &f) { return f.id == fact.id; });
    facts.insert(std::upper_bound(facts.begin(), facts.end(), fact, before), fact);
}

void ProgressIndex::append(TaskId taskId, AgencyId agencyId, const ProgressFact &fact)
{
    m_facts[Key(taskId, agencyId)].append(fact);
}

void ProgressIndex::sort()
{
    for (QList<ProgressFact> &facts : m_facts)
        std::sort(facts.begin(), facts.end(), before);
}

bool ProgressIndex::remove(TaskId taskId, AgencyId agencyId, UpdateId id)
{
    const auto it = m_facts.find(Key(taskId, agencyId));
    if (it == m_facts.end())
        return false;
    const bool removed = it->removeIf([id](const ProgressFact &f) { return f.id == id; }) > 0;
    if (it->isEmpty())
        m_facts.erase(it);
    return removed;
}

qsizetype ProgressIndex::size() const
{
    qsizetype count = 0;
    for (const QList<ProgressFact> &facts : m_facts)
        count += facts.size();
    return count;
}

std::optional<ProgressFact>
ProgressIndex::latest(TaskId taskId, AgencyId agencyId, QDate asOf) const
{
    const auto it = m_facts.constFind(Key(taskId, agencyId));
    if (it == m_facts.cend())
        return std::nullopt;
    const auto after =
        std::upper_bound(it->cbegin(), it->cend(), asOf, [](QDate day, const ProgressFact &f) {
            return day < f.reportedOn;
        });
    if (after == it->cbegin())
        return std::nullopt;
    return *std::prev(after);
}

bool ProgressIndex::reportedWithin(TaskId taskId, AgencyId agencyId, const DateRange &range) const
{
    const auto it = m_facts.constFind(Key(taskId, agencyId));
    if (it == m_facts.cend() || !range.isValid())
        return false;
    const auto first = std::lower_bound(
        it->cbegin(), it->cend(), range.first, [](const ProgressFact &f, QDate day) {
            return f.reportedOn < day;
        });
    return first != it->cend() && first->reportedOn <= range.last;
}

} // namespace PlanTrack
