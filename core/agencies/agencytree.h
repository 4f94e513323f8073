// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/agency.h"

#include <QStringList>

#include <utility>

/// Answers questions about the shape of an agency tree and its groups.
namespace PlanTrack::AgencyTree {

/// Returns whether id is ancestor itself or lies under it in the tree.
bool isWithin(const AgencyDirectory &agencies, AgencyId id, AgencyId ancestor);

/// Returns whether target is from itself or one of its members, directly or through the
/// groups among them. The members of changedGroup are taken to be changedMembers, to
/// judge a member list before it is stored.
bool reaches(const AgencyDirectory &agencies,
             AgencyId from,
             AgencyId target,
             AgencyId changedGroup = 0,
             const QList<AgencyId> &changedMembers = {});

/// Returns the ids in their order, each once.
QList<AgencyId> withoutRepeats(const QList<AgencyId> &ids);

/// Returns the ids with from replaced by into, each once.
QList<AgencyId> replaced(const QList<AgencyId> &ids, AgencyId from, AgencyId into);

/// Returns the code of an agency, or an empty text for none.
QString codeOf(const AgencyDirectory &agencies, AgencyId id);

/// Returns the codes of the agencies, in the given order.
QStringList codesOf(const AgencyDirectory &agencies, const QList<AgencyId> &ids);

/// Returns every agency in tree order (depth first, in stored order), each once, with how
/// deep it lies (0 at the top level).
QList<std::pair<const Agency *, int>> treeOrder(const AgencyDirectory &agencies);

} // namespace PlanTrack::AgencyTree
