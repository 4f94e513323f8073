// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace PlanTrack {

using AgencyId = qint64;

/// Describes one agency or, when isGroup is set, a named group of agencies.
struct Agency
{
    AgencyId id = 0;
    QString code;
    QString nameVi;
    QString nameEn;
    AgencyId parentId = 0;
    bool isGroup = false;
    QList<AgencyId> memberIds;
    QDate retiredOn;           ///< set when the agency no longer exists; its history stays
    AgencyId mergedIntoId = 0; ///< the agency it was merged into, 0 when none

    bool isRetired() const { return retiredOn.isValid(); }

    /// Returns the English name when asked for and present, else the Vietnamese one.
    QString name(bool english) const { return english && !nameEn.isEmpty() ? nameEn : nameVi; }
};

/// Holds the agency tree of a workspace and answers lookups on it.
class AgencyDirectory final
{
public:
    AgencyDirectory() = default;
    explicit AgencyDirectory(QList<Agency> agencies);

    const QList<Agency> &agencies() const { return m_agencies; }

    bool isEmpty() const { return m_agencies.isEmpty(); }

    const Agency *byId(AgencyId id) const;
    const Agency *byCode(const QString &code) const;

    /// Returns the agencies whose parent is parentId (0 for the roots), in stored order.
    QList<const Agency *> children(AgencyId parentId) const;

    /// Returns the groups that list the agency as a member.
    QList<const Agency *> groupsContaining(AgencyId id) const;

    /// Returns the Vietnamese names of the given agencies joined by "; ".
    QString joinedNames(const QList<AgencyId> &ids, bool english = false) const;

private:
    QList<Agency> m_agencies;
    QHash<AgencyId, qsizetype> m_indexById;
    QHash<QString, qsizetype> m_indexByCode;
};

} // namespace PlanTrack
