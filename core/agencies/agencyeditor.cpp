// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "agencyeditor.h"

#include "agencytree.h"
#include "indicators/indicator.h"
#include "storage/agencyrepository.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/indicatorrepository.h"
#include "storage/planrepository.h"
#include "text/vietnamesetext.h"
#include "workspace/workspacesession.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;
using namespace PlanTrack::AgencyTree;

namespace PlanTrack {

namespace {

constexpr qsizetype maxCodeLength = 24;

AuditEntry agencyEntry(const QString &action, const Agency &agency, const QString &field)
{
    AuditEntry entry;
    entry.action = action;
    entry.entity = u"agency"_s;
    entry.entityId = agency.id;
    entry.field = field;
    return entry;
}

} // namespace

AgencyEditor::AgencyEditor(WorkspaceSession &session)
    : m_session(session)
{}

QString AgencyEditor::checkNames(const QString &nameVi) const
{
    if (VietnameseText::clean(nameVi).isEmpty())
        return tr("The agency needs a Vietnamese name.");
    return {};
}

QString AgencyEditor::checkCode(const QString &code, AgencyId self) const
{
    static const QRegularExpression allowed(u"^[A-Za-z0-9_.-]+$"_s);
    const QString cleaned = VietnameseText::clean(code);
    if (cleaned.isEmpty())
        return tr("The agency needs a short code, such as SNV for Sở Nội vụ.");
    if (!allowed.match(cleaned).hasMatch())
        return tr("The code “%1” may hold only Latin letters without marks, digits, “-”, “_” "
                  "and “.”, and no spaces.")
            .arg(cleaned);
    if (cleaned.size() > maxCodeLength)
        return tr("The code “%1” is longer than %2 characters.").arg(cleaned).arg(maxCodeLength);

    for (const Agency &other : m_session.agencies().agencies()) {
        if (other.id != self && other.code.compare(cleaned, Qt::CaseInsensitive) == 0)
            return tr("The code “%1” is already used by %2.").arg(other.code, other.nameVi);
    }
    return {};
}

QString AgencyEditor::checkNewMember(AgencyId memberId, AgencyId groupId) const
{
    const Agency *member = m_session.agencies().byId(memberId);
    if (!member)
        return tr("A chosen member no longer exists in the workspace.");
    if (memberId == groupId)
        return tr("A group cannot be a member of itself.");
    if (member->isRetired())
        return tr("%1 is retired and cannot join a group; restore it first.").arg(member->nameVi);
    return {};
}

QString AgencyEditor::checkAdd(const Agency &agency, const QList<AgencyId> &joinGroupIds) const
{
    const AgencyDirectory &agencies = m_session.agencies();
    if (QString problem = checkNames(agency.nameVi); !problem.isEmpty())
        return problem;
    if (QString problem = checkCode(agency.code, 0); !problem.isEmpty())
        return problem;
    if (agency.id && agencies.byId(agency.id))
        return tr("The workspace already holds an agency with this number.");

    if (agency.parentId) {
        const Agency *parent = agencies.byId(agency.parentId);
        if (!parent)
            return tr("The chosen parent no longer exists in the workspace.");
        if (parent->isRetired())
            return tr("%1 is retired and cannot take new units.").arg(parent->nameVi);
    }
    if (!agency.isGroup && !agency.memberIds.isEmpty())
        return tr("Only a group has members.");
    for (AgencyId member : agency.memberIds) {
        if (QString problem = checkNewMember(member, 0); !problem.isEmpty())
            return problem;
    }
    for (AgencyId groupId : joinGroupIds) {
        const Agency *group = agencies.byId(groupId);
        if (!group || !group->isGroup)
            return tr("A chosen group no longer exists in the workspace.");
        if (group->isRetired())
            return tr("%1 is retired and cannot take new members.").arg(group->nameVi);
    }
    return {};
}

bool AgencyEditor::add(Agency &agency, const QList<AgencyId> &joinGroupIds, QString *error)
{
    Agency stored = agency;
    stored.code = VietnameseText::clean(agency.code);
    stored.nameVi = VietnameseText::clean(agency.nameVi);
    stored.nameEn = VietnameseText::clean(agency.nameEn);
    stored.memberIds = withoutRepeats(agency.memberIds);
    stored.retiredOn = {};
    stored.mergedIntoId = 0;
    if (const QString problem = checkAdd(stored, joinGroupIds); !problem.isEmpty()) {
        *error = problem;
        return false;
    }

    Database &database = m_session.database();
    Transaction transaction(database);
    AgencyRepository repository(database);
    if (!repository.insertWithId(stored, error)
        || (stored.isGroup && !repository.setMembers(stored.id, stored.memberIds, error)))
        return false;
    for (AgencyId groupId : withoutRepeats(joinGroupIds)) {
        const QList<AgencyId> members = m_session.agencies().byId(groupId)->memberIds;
        if (!members.contains(stored.id)
            && !repository.setMembers(groupId, members + QList<AgencyId>{stored.id}, error))
            return false;
    }

    AuditEntry entry = agencyEntry(u"add_agency"_s, stored, u"agency"_s);
    entry.newValue = stored.code + u' ' + stored.nameVi;
    entry.detail = u"parent: %1; groups: %2; members: %3"_s.arg(
        codeOf(m_session.agencies(), stored.parentId),
        codesOf(m_session.agencies(), joinGroupIds).join("; "_L1),
        codesOf(m_session.agencies(), stored.memberIds).join("; "_L1));
    if (!AuditLog(database).record(entry, error) || !transaction.commit(error))
        return false;

    agency = stored;
    return finish(error);
}

bool AgencyEditor::remove(AgencyId id, QString *error)
{
    const Agency *agency = m_session.agencies().byId(id);
    if (!agency) {
        *error = tr("The agency no longer exists in the workspace.");
        return false;
    }
    Database &database = m_session.database();
    AgencyRepository repository(database);
    const std::optional<AgencyUsage> usage = repository.usage(id, error);
    if (!usage)
        return false;
    AgencyUsage named = *usage;
    named.memberships = 0;
    if (!named.isUnused()) {
        *error = tr("%1 is named by rows, updates or other records and cannot be removed; "
                    "retire it instead.")
                     .arg(agency->nameVi);
        return false;
    }

    const Agency removed = *agency;
    Transaction transaction(database);
    AuditEntry entry = agencyEntry(u"remove_agency"_s, removed, u"agency"_s);
    entry.oldValue = removed.code + u' ' + removed.nameVi;
    if (!repository.remove(id, error) || !AuditLog(database).record(entry, error)
        || !transaction.commit(error))
        return false;
    return finish(error);
}

QString AgencyEditor::checkEdit(const Agency &changed) const
{
    if (!m_session.agencies().byId(changed.id))
        return tr("The agency no longer exists in the workspace.");
    if (QString problem = checkNames(changed.nameVi); !problem.isEmpty())
        return problem;
    if (QString problem = checkCode(changed.code, changed.id); !problem.isEmpty())
        return problem;
    return checkMove(changed.id, changed.parentId);
}

bool AgencyEditor::edit(const Agency &changed, QString *error)
{
    if (const QString problem = checkEdit(changed); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    const AgencyDirectory &agencies = m_session.agencies();
    const Agency before = *agencies.byId(changed.id);
    Agency after = before;
    after.code = VietnameseText::clean(changed.code);
    after.nameVi = VietnameseText::clean(changed.nameVi);
    after.nameEn = VietnameseText::clean(changed.nameEn);
    after.parentId = changed.parentId;

    QList<AuditEntry> entries;
    const auto note = [&](const QString &field, const QString &oldValue, const QString &newValue) {
        if (oldValue == newValue)
            return;
        AuditEntry entry = agencyEntry(u"edit_agency"_s, before, field);
        entry.oldValue = oldValue;
        entry.newValue = newValue;
        entries.append(entry);
    };
    note(u"code"_s, before.code, after.code);
    note(u"name_vi"_s, before.nameVi, after.nameVi);
    note(u"name_en"_s, before.nameEn, after.nameEn);
    if (before.parentId != after.parentId)
        note(u"parent"_s, codeOf(agencies, before.parentId), codeOf(agencies, after.parentId));
    if (entries.isEmpty())
        return true;

    Database &database = m_session.database();
    Transaction transaction(database);
    AuditLog audit(database);
    if (!AgencyRepository(database).update(after, error))
        return false;
    for (const AuditEntry &entry : std::as_const(entries)) {
        if (!audit.record(entry, error))
            return false;
    }
    if (!transaction.commit(error))
        return false;
    return finish(error);
}

bool AgencyEditor::rename(AgencyId id, const QString &nameVi, const QString &nameEn, QString *error)
{
    const Agency *agency = m_session.agencies().byId(id);
    if (!agency) {
        *error = tr("The agency no longer exists in the workspace.");
        return false;
    }
    Agency changed = *agency;
    changed.nameVi = nameVi;
    changed.nameEn = nameEn;
    return edit(changed, error);
}

bool AgencyEditor::setCode(AgencyId id, const QString &code, QString *error)
{
    const Agency *agency = m_session.agencies().byId(id);
    if (!agency) {
        *error = tr("The agency no longer exists in the workspace.");
        return false;
    }
    Agency changed = *agency;
    changed.code = code;
    return edit(changed, error);
}

QString AgencyEditor::checkMove(AgencyId id, AgencyId parentId) const
{
    const AgencyDirectory &agencies = m_session.agencies();
    const Agency *agency = agencies.byId(id);
    if (!agency)
        return tr("The agency no longer exists in the workspace.");
    if (parentId == agency->parentId || parentId == 0)
        return {};

    const Agency *parent = agencies.byId(parentId);
    if (!parent)
        return tr("The chosen parent no longer exists in the workspace.");
    if (parentId == id)
        return tr("An agency cannot be placed under itself.");
    if (isWithin(agencies, parentId, id))
        return tr("%1 is one of the units of %2; placing %2 under it would make a loop.")
            .arg(parent->nameVi, agency->nameVi);
    if (parent->isRetired())
        return tr("%1 is retired and cannot take new units.").arg(parent->nameVi);
    return {};
}

bool AgencyEditor::move(AgencyId id, AgencyId parentId, QString *error)
{
    const Agency *agency = m_session.agencies().byId(id);
    if (!agency) {
        *error = tr("The agency no longer exists in the workspace.");
        return false;
    }
    Agency changed = *agency;
    changed.parentId = parentId;
    return edit(changed, error);
}

QString AgencyEditor::checkMembers(AgencyId groupId, const QList<AgencyId> &memberIds) const
{
    const AgencyDirectory &agencies = m_session.agencies();
    const Agency *group = agencies.byId(groupId);
    if (!group)
        return tr("The group no longer exists in the workspace.");
    if (!group->isGroup)
        return tr("%1 is an agency, not a group; only a group has members.").arg(group->nameVi);

    for (AgencyId member : memberIds) {
        if (group->memberIds.contains(member))
            continue;
        if (QString problem = checkNewMember(member, groupId); !problem.isEmpty())
            return problem;
    }

    for (AgencyId member : memberIds) {
        if (member != groupId && reaches(agencies, member, groupId, groupId, memberIds))
            return tr("%1 already contains %2, directly or through its groups; adding it would "
                      "make a loop.")
                .arg(agencies.byId(member)->nameVi, group->nameVi);
    }
    return {};
}

bool AgencyEditor::setMembers(AgencyId groupId, const QList<AgencyId> &memberIds, QString *error)
{
    const QList<AgencyId> members = withoutRepeats(memberIds);
    if (const QString problem = checkMembers(groupId, members); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    const AgencyDirectory &agencies = m_session.agencies();
    const Agency group = *agencies.byId(groupId);
    if (group.memberIds == members)
        return true;

    AuditEntry entry = agencyEntry(u"set_members"_s, group, u"members"_s);
    entry.oldValue = codesOf(agencies, group.memberIds).join("; "_L1);
    entry.newValue = codesOf(agencies, members).join("; "_L1);

    Database &database = m_session.database();
    Transaction transaction(database);
    if (!AgencyRepository(database).setMembers(groupId, members, error)
        || !AuditLog(database).record(entry, error) || !transaction.commit(error))
        return false;
    return finish(error);
}

QString AgencyEditor::checkMerge(AgencyId fromId, AgencyId intoId) const
{
    const AgencyDirectory &agencies = m_session.agencies();
    const Agency *from = agencies.byId(fromId);
    const Agency *into = agencies.byId(intoId);
    if (!from || !into)
        return tr("One of the agencies to merge no longer exists in the workspace.");
    if (fromId == intoId)
        return tr("An agency cannot be merged into itself.");
    if (from->isRetired())
        return tr("%1 is retired already.").arg(from->nameVi);
    if (into->isRetired())
        return tr("%1 is retired and cannot take over the work of another agency.")
            .arg(into->nameVi);
    if (from->isGroup != into->isGroup)
        return tr("A group can only be merged into a group, and an agency into an agency.");
    if (!from->isGroup)
        return {};

    // The members of the merged group join the other one.
    return checkMembers(intoId, membersJoining(into->memberIds, *from, intoId));
}

std::optional<AgencyMerge>
AgencyEditor::merge(AgencyId fromId, AgencyId intoId, QDate on, QString *error)
{
    if (QString problem = checkMerge(fromId, intoId); !problem.isEmpty() || !on.isValid()) {
        *error = problem.isEmpty() ? tr("The merge needs the day it takes effect.") : problem;
        return std::nullopt;
    }
    const AgencyDirectory &agencies = m_session.agencies();
    const Agency &from = *agencies.byId(fromId);
    const Agency &into = *agencies.byId(intoId);

    AgencyMerge record;
    record.from = from;
    record.intoId = intoId;
    record.on = on;

    // Work out the new state first, then write it in one go.
    const AgencyMergeChanges changes = planAgencyMerge(m_session.plans(), agencies, record);

    Database &database = m_session.database();
    Transaction transaction(database);
    AgencyRepository repository(database);
    IndicatorRepository indicators(database);
    if (!writeTree(changes, error))
        return std::nullopt;

    const std::optional<QList<Observation>> observations = indicators.observations(error);
    const std::optional<QList<qint64>> updateIds = repository.updateIdsOf(fromId, error);
    const std::optional<QList<qint64>> observationIds = repository.observationIdsOf(fromId, error);
    const std::optional<QList<qint64>> indicatorIds = repository.indicatorIdsLedBy(fromId, error);
    const std::optional<QList<qint64>> planIds = repository.planIdsIssuedBy(fromId, error);
    if (!observations || !updateIds || !observationIds || !indicatorIds || !planIds)
        return std::nullopt;
    record.updateIds = *updateIds;
    record.observationIds = *observationIds;
    record.indicatorIds = *indicatorIds;
    record.planIds = *planIds;
    if (!handOver(record, intoId, error))
        return std::nullopt;

    // Where both reported for the same period, the latest report of a slot is the one that
    // counts, so a new one carries the figures of both.
    for (Observation pooled : pooledObservations(*observations, fromId, intoId)) {
        pooled.note = tr("Figures of %1 and %2 added up when %1 was merged into %2.")
                          .arg(from.code, into.code);
        pooled.enteredBy = AuditLog::currentUser();
        pooled.enteredAt = QDateTime::currentDateTimeUtc();
        if (!indicators.insert(pooled, error))
            return std::nullopt;
        record.pooledObservationIds.append(pooled.id);
    }

    Agency retired = from;
    retired.retiredOn = on;
    retired.mergedIntoId = intoId;
    AuditEntry entry = agencyEntry(u"merge_agency"_s, from, u"merged_into"_s);
    entry.newValue = into.code + u' ' + into.nameVi;
    entry.detail =
        u"on %1; rows: %2; updates: %3; observations: %4; units: %5"_s.arg(on.toString(Qt::ISODate))
            .arg(changes.units.size())
            .arg(record.updateIds.size())
            .arg(record.observationIds.size())
            .arg(changes.movedUnits.size());
    if (!repository.update(retired, error) || !AuditLog(database).record(entry, error)
        || !transaction.commit(error))
        return std::nullopt;

    if (!finish(error))
        return std::nullopt;
    return record;
}

bool AgencyEditor::unmerge(const AgencyMerge &merge, QString *error)
{
    const AgencyDirectory &agencies = m_session.agencies();
    const Agency *from = agencies.byId(merge.from.id);
    const Agency *into = agencies.byId(merge.intoId);
    if (!from || !into || from->mergedIntoId != merge.intoId || !from->isRetired()) {
        *error = tr("The merge can no longer be taken back: the agencies were changed since.");
        return false;
    }

    Database &database = m_session.database();
    Transaction transaction(database);
    AgencyRepository repository(database);
    IndicatorRepository indicators(database);

    if (!writeUnits(merge.unitsBefore, error))
        return false;
    for (auto it = merge.membersBefore.cbegin(); it != merge.membersBefore.cend(); ++it) {
        if (!repository.setMembers(it.key(), it.value(), error))
            return false;
    }
    for (auto it = merge.parentsBefore.cbegin(); it != merge.parentsBefore.cend(); ++it) {
        const Agency *unit = agencies.byId(it.key());
        if (!unit)
            continue;
        Agency restored = *unit;
        restored.parentId = it.value();
        if (!repository.update(restored, error))
            return false;
    }
    for (qint64 id : merge.pooledObservationIds) {
        if (!indicators.remove(id, error))
            return false;
    }
    if (!handOver(merge, merge.from.id, error))
        return false;

    AuditEntry entry = agencyEntry(u"unmerge_agency"_s, merge.from, u"merged_into"_s);
    entry.oldValue = into->code + u' ' + into->nameVi;
    if (!repository.update(merge.from, error) || !AuditLog(database).record(entry, error)
        || !transaction.commit(error))
        return false;
    return finish(error);
}

// Writes the rows' units, the groups' members and the moved units a merge leaves; joins
// the caller's transaction.
bool AgencyEditor::writeTree(const AgencyMergeChanges &changes, QString *error)
{
    AgencyRepository repository(m_session.database());
    if (!writeUnits(changes.units, error))
        return false;
    for (auto it = changes.members.cbegin(); it != changes.members.cend(); ++it) {
        if (!repository.setMembers(it.key(), it.value(), error))
            return false;
    }
    for (const Agency &unit : changes.movedUnits) {
        if (!repository.update(unit, error))
            return false;
    }
    return true;
}

// Gives the updates, observations, indicators and plans a merge recorded to an agency: the
// one merged into, or back to the merged one; joins the caller's transaction.
bool AgencyEditor::handOver(const AgencyMerge &merge, AgencyId toId, QString *error)
{
    AgencyRepository repository(m_session.database());
    return repository.setAgencyOfUpdates(merge.updateIds, toId, error)
           && repository.setAgencyOfObservations(merge.observationIds, toId, error)
           && repository.setIndicatorLead(merge.indicatorIds, toId, error)
           && repository.setPlanIssuer(merge.planIds, toId, error);
}

QString AgencyEditor::checkRetire(AgencyId id, QDate on) const
{
    const AgencyDirectory &agencies = m_session.agencies();
    const Agency *agency = agencies.byId(id);
    if (!agency)
        return tr("The agency no longer exists in the workspace.");
    if (agency->isRetired())
        return tr("%1 is retired already.").arg(agency->nameVi);
    if (!on.isValid())
        return tr("The retirement needs the day it takes effect.");

    QStringList active;
    for (const Agency *child : agencies.children(id)) {
        if (!child->isRetired())
            active.append(child->nameVi);
    }
    if (!active.isEmpty())
        return tr("%1 still has units in use (%2); move or retire them first.")
            .arg(agency->nameVi, active.join("; "_L1));
    return {};
}

bool AgencyEditor::retire(AgencyId id, QDate on, QString *error)
{
    if (const QString problem = checkRetire(id, on); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    Agency retired = *m_session.agencies().byId(id);
    retired.retiredOn = on;

    AuditEntry entry = agencyEntry(u"retire_agency"_s, retired, u"retired_on"_s);
    entry.newValue = on.toString(Qt::ISODate);
    Database &database = m_session.database();
    Transaction transaction(database);
    if (!AgencyRepository(database).update(retired, error)
        || !AuditLog(database).record(entry, error) || !transaction.commit(error))
        return false;
    return finish(error);
}

bool AgencyEditor::restore(AgencyId id, QString *error)
{
    const AgencyDirectory &agencies = m_session.agencies();
    const Agency *agency = agencies.byId(id);
    if (!agency) {
        *error = tr("The agency no longer exists in the workspace.");
        return false;
    }
    if (!agency->isRetired()) {
        *error = tr("%1 is in use; there is nothing to restore.").arg(agency->nameVi);
        return false;
    }
    if (const Agency *into = agencies.byId(agency->mergedIntoId)) {
        *error = tr("%1 was merged into %2, which holds its work now; add a new agency "
                    "instead.")
                     .arg(agency->nameVi, into->nameVi);
        return false;
    }
    if (const Agency *parent = agencies.byId(agency->parentId); parent && parent->isRetired()) {
        *error = tr("%1 belongs to %2, which is retired; restore %2 first.")
                     .arg(agency->nameVi, parent->nameVi);
        return false;
    }

    Agency restored = *agency;
    AuditEntry entry = agencyEntry(u"restore_agency"_s, restored, u"retired_on"_s);
    entry.oldValue = restored.retiredOn.toString(Qt::ISODate);
    restored.retiredOn = {};
    Database &database = m_session.database();
    Transaction transaction(database);
    if (!AgencyRepository(database).update(restored, error)
        || !AuditLog(database).record(entry, error) || !transaction.commit(error))
        return false;
    return finish(error);
}

QString AgencyEditor::checkResponsibilities(TaskId taskId,
                                            const QList<AgencyId> &leadIds,
                                            const QList<AgencyId> &coordinatingIds) const
{
    const Task *task = m_session.task(taskId);
    if (!task)
        return tr("The row no longer exists in the workspace.");
    if (leadIds.isEmpty())
        return tr("Row %1 needs at least one lead unit.").arg(task->stt);

    const AgencyDirectory &agencies = m_session.agencies();
    const QList<AgencyId> before = task->leadIds + task->coordinatingIds;
    for (AgencyId id : leadIds + coordinatingIds) {
        const Agency *agency = agencies.byId(id);
        if (!agency)
            return tr("A chosen unit no longer exists in the workspace.");
        if (agency->isRetired() && !before.contains(id))
            return tr("%1 is retired and cannot take on row %2; restore it first.")
                .arg(agency->nameVi, task->stt);
        if (leadIds.contains(id) && coordinatingIds.contains(id))
            return tr("%1 cannot be both the lead and a coordinating unit of row %2.")
                .arg(agency->nameVi, task->stt);
    }
    return {};
}

QList<RowUnits> AgencyEditor::unitsTouchedBy(TaskId taskId) const
{
    const Task *task = m_session.task(taskId);
    if (!task)
        return {};
    QList<RowUnits> rows{{task->id, task->leadIds, task->coordinatingIds}};
    for (const Task *sub : m_session.planOf(taskId)->subTasksOf(taskId)) {
        if (sub->leadIds == task->leadIds && sub->coordinatingIds == task->coordinatingIds)
            rows.append({sub->id, sub->leadIds, sub->coordinatingIds});
    }
    return rows;
}

bool AgencyEditor::setResponsibilities(TaskId taskId,
                                       const QList<AgencyId> &leadIds,
                                       const QList<AgencyId> &coordinatingIds,
                                       QString *error)
{
    const QList<AgencyId> leads = withoutRepeats(leadIds);
    const QList<AgencyId> coordinating = withoutRepeats(coordinatingIds);
    if (const QString problem = checkResponsibilities(taskId, leads, coordinating);
        !problem.isEmpty()) {
        *error = problem;
        return false;
    }

    QList<RowUnits> rows = unitsTouchedBy(taskId);
    for (RowUnits &row : rows) {
        row.leadIds = leads;
        row.coordinatingIds = coordinating;
    }
    return setUnits(rows, error);
}

bool AgencyEditor::setUnits(const QList<RowUnits> &rows, QString *error)
{
    QList<RowUnits> changed;
    for (const RowUnits &row : rows) {
        const Task *task = m_session.task(row.taskId);
        if (!task) {
            *error = tr("The row no longer exists in the workspace.");
            return false;
        }
        if (const QString problem =
                checkResponsibilities(row.taskId, row.leadIds, row.coordinatingIds);
            !problem.isEmpty()) {
            *error = problem;
            return false;
        }
        if (task->leadIds != row.leadIds || task->coordinatingIds != row.coordinatingIds)
            changed.append(row);
    }
    if (changed.isEmpty())
        return true;

    Database &database = m_session.database();
    Transaction transaction(database);
    if (!writeUnits(changed, error) || !transaction.commit(error))
        return false;
    return finish(error);
}

// Writes the units of rows with an audit entry for each list that changes; joins the
// caller's transaction.
bool AgencyEditor::writeUnits(const QList<RowUnits> &rows, QString *error)
{
    const AgencyDirectory &agencies = m_session.agencies();
    Database &database = m_session.database();
    PlanRepository plans(database);
    AuditLog audit(database);
    for (const RowUnits &row : rows) {
        const Task *task = m_session.task(row.taskId);
        const auto note = [&](const QString &field,
                              const QList<AgencyId> &oldIds,
                              const QList<AgencyId> &newIds) {
            if (oldIds == newIds)
                return true;
            AuditEntry entry;
            entry.action = u"set_responsibilities"_s;
            entry.entity = u"task"_s;
            entry.entityId = row.taskId;
            entry.taskId = row.taskId;
            entry.field = field;
            entry.oldValue = agencies.joinedNames(oldIds);
            entry.newValue = agencies.joinedNames(newIds);
            return audit.record(entry, error);
        };
        if (!plans.setResponsibilities(row.taskId, row.leadIds, row.coordinatingIds, error)
            || !note(u"lead"_s, task->leadIds, row.leadIds)
            || !note(u"coordinating"_s, task->coordinatingIds, row.coordinatingIds))
            return false;
    }
    return true;
}

std::optional<AgencyUsage> AgencyEditor::usage(AgencyId id, QString *error) const
{
    return AgencyRepository(m_session.database()).usage(id, error);
}

bool AgencyEditor::finish(QString *error)
{
    return m_session.reload(error);
}

} // namespace PlanTrack
