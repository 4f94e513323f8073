// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "agency.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace PlanTrack {

AgencyDirectory::AgencyDirectory(QList<Agency> agencies)
    : m_agencies(std::move(agencies))
{
    for (qsizetype i = 0; i < m_agencies.size(); ++i) {
        m_indexById.insert(m_agencies.at(i).id, i);
        m_indexByCode.insert(m_agencies.at(i).code, i);
    }
}

const Agency *AgencyDirectory::byId(AgencyId id) const
{
    const auto it = m_indexById.constFind(id);
    return it == m_indexById.cend() ? nullptr : &m_agencies.at(*it);
}

const Agency *AgencyDirectory::byCode(const QString &code) const
{
    const auto it = m_indexByCode.constFind(code);
    return it == m_indexByCode.cend() ? nullptr : &m_agencies.at(*it);
}

QList<const Agency *> AgencyDirectory::children(AgencyId parentId) const
{
    QList<const Agency *> result;
    for (const Agency &agency : m_agencies) {
        if (agency.parentId == parentId)
            result.append(&agency);
    }
    return result;
}

QList<const Agency *> AgencyDirectory::groupsContaining(AgencyId id) const
{
    QList<const Agency *> result;
    for (const Agency &agency : m_agencies) {
        if (agency.isGroup && agency.memberIds.contains(id))
            result.append(&agency);
    }
    return result;
}

QString AgencyDirectory::joinedNames(const QList<AgencyId> &ids, bool english) const
{
    QStringList names;
    for (AgencyId id : ids) {
        if (const Agency *agency = byId(id))
            names.append(agency->name(english));
    }
    return names.join("; "_L1);
}

} // namespace PlanTrack
