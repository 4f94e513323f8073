// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "planimporter.h"

#include "storage/agencyrepository.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/planrepository.h"

#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace PlanTrack {

namespace {

QList<AgencyId> mapped(const QList<AgencyId> &ids, const QHash<AgencyId, AgencyId> &map)
{
    QList<AgencyId> result;
    result.reserve(ids.size());
    for (AgencyId id : ids)
        result.append(map.value(id));
    return result;
}

} // namespace

PlanImporter::PlanImporter(Database &database)
    : m_database(database)
{}

PlanId PlanImporter::import(PlanDocument document, QString *error)
{
    m_warnings.clear();
    Transaction transaction(m_database);
    if (!transaction.isActive()) {
        *error = tr("The workspace is busy or read-only; nothing was imported.");
        return 0;
    }
    if (!checkAgainstWorkspace(document, error))
        return 0;

    QHash<AgencyId, AgencyId> ids;
    if (!storeAgencies(document, ids, error))
        return 0;

    Plan &plan = document.plan;
    plan.issuerId = ids.value(plan.issuerId);
    for (Task &task : plan.tasks) {
        task.leadIds = mapped(task.leadIds, ids);
        task.coordinatingIds = mapped(task.coordinatingIds, ids);
    }

    PlanRepository plans(m_database);
    AuditLog audit(m_database);
    if (!plans.insert(plan, error)
        || !audit.record(u"import"_s, u"plan"_s, plan.id, plan.code, error)
        || !transaction.commit(error))
        return 0;
    return plan.id;
}

bool PlanImporter::checkAgainstWorkspace(const PlanDocument &document, QString *error)
{
    const std::optional<bool> exists =
        PlanRepository(m_database).contains(document.plan.code, error);
    if (!exists)
        return false;
    if (*exists) {
        *error = tr("The workspace already holds a plan with the code “%1”; nothing was "
                    "imported.")
                     .arg(document.plan.code);
        return false;
    }

    const std::optional<AgencyDirectory> stored = AgencyRepository(m_database).load(error);
    if (!stored)
        return false;
    for (const Agency &agency : document.agencies) {
        const Agency *existing = stored->byCode(agency.code);
        if (existing && existing->isGroup != agency.isGroup) {
            *error = tr("The agency “%1” is a group in one place and not in the other; nothing "
                        "was imported.")
                         .arg(agency.code);
            return false;
        }
    }

    QSet<QString> labels;
    for (const Section &section : document.plan.sections) {
        if (labels.contains(section.label))
            m_warnings.append(tr("The section label “%1” is used more than once; it is kept as "
                                 "written.")
                                  .arg(section.label));
        labels.insert(section.label);
    }
    return true;
}

// Adds the agencies the workspace does not have yet, parents before children, then the
// members of the groups just added. Agencies already present are left as they are.
bool PlanImporter::storeAgencies(const PlanDocument &document,
                                 QHash<AgencyId, AgencyId> &ids,
                                 QString *error)
{
    AgencyRepository repository(m_database);
    const std::optional<AgencyDirectory> stored = repository.load(error);
    if (!stored)
        return false;

    QList<Agency> pending;
    for (const Agency &agency : document.agencies) {
        if (const Agency *existing = stored->byCode(agency.code))
            ids.insert(agency.id, existing->id);
        else
            pending.append(agency);
    }

    QList<Agency> added;
    while (!pending.isEmpty()) {
        const qsizetype before = pending.size();
        for (auto it = pending.begin(); it != pending.end();) {
            if (it->parentId != 0 && !ids.contains(it->parentId)) {
                ++it;
                continue;
            }
            Agency agency = *it;
            const AgencyId documentId = agency.id;
            agency.parentId = ids.value(agency.parentId);
            if (!repository.insert(agency, error))
                return false;
            ids.insert(documentId, agency.id);
            added.append(*it);
            it = pending.erase(it);
        }
        if (pending.size() == before) {
            *error = tr("The agency tree of the file has a loop; nothing was imported.");
            return false;
        }
    }

    for (const Agency &agency : std::as_const(added)) {
        if (agency.isGroup
            && !repository.setMembers(ids.value(agency.id), mapped(agency.memberIds, ids), error))
            return false;
    }
    return true;
}

} // namespace PlanTrack
