// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspacesession.h"

#include "storage/database.h"
#include "storage/progressrepository.h"
#include "text/vietnamesetext.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;

namespace PlanTrack {

namespace {

// Describes an update in one line for the audit log, in a form that does not depend on
// the language of whoever reads the log later.
QString describe(const ProgressUpdate &update, const AgencyDirectory &agencies)
{
    const Agency *agency = agencies.byId(update.agencyId);
    QString text = update.reportedOn.toString(Qt::ISODate) + u' '
                   + (agency ? agency->code : QString::number(update.agencyId)) + u' '
                   + progressStateKey(update.state);
    if (update.completedOn.isValid())
        text += u' ' + update.completedOn.toString(Qt::ISODate);
    if (update.percent)
        text += u" %1%"_s.arg(*update.percent);
    if (!update.result.isEmpty())
        text += u" — "_s + update.result;
    return text;
}

QString describe(const DeadlineChange &change)
{
    QString text = change.deadline.text + u" ("_s + deadlineKindKey(change.deadline.kind);
    if (change.deadline.due.isValid())
        text += u' ' + change.deadline.due.toString(Qt::ISODate);
    text += u") "_s + change.documentNumber;
    if (change.documentDate.isValid())
        text += u' ' + change.documentDate.toString(Qt::ISODate);
    return text;
}

void cleanTexts(ProgressUpdate &update)
{
    update.result = VietnameseText::clean(update.result);
    update.difficulties = VietnameseText::clean(update.difficulties);
    update.evidence = VietnameseText::clean(update.evidence);
}

} // namespace

std::unique_ptr<WorkspaceSession> WorkspaceSession::open(const QString &path, QString *error)
{
    std::unique_ptr<Database> database = Workspace::open(path, error);
    if (!database)
        return nullptr;
    return load(std::move(database), error);
}

std::unique_ptr<WorkspaceSession> WorkspaceSession::openInMemory(QString *error)
{
    std::unique_ptr<Database> database = Database::openInMemory(error);
    if (!database || !Workspace::addBundledPlan(*database, error))
        return nullptr;
    return load(std::move(database), error);
}

std::unique_ptr<WorkspaceSession> WorkspaceSession::load(std::unique_ptr<Database> database,
                                                         QString *error)
{
    std::optional<WorkspaceContent> content = Workspace::load(*database, error);
    if (!content)
        return nullptr;
    std::unique_ptr<WorkspaceSession> session(
        new WorkspaceSession(std::move(database), std::move(*content)));
    if (!session->loadState(error))
        return nullptr;
    return session;
}

WorkspaceSession::WorkspaceSession(std::unique_ptr<Database> database, WorkspaceContent content)
    : m_database(std::move(database))
    , m_content(std::move(content))
{}

WorkspaceSession::~WorkspaceSession() = default;

QString WorkspaceSession::path() const
{
    return m_database->path();
}

bool WorkspaceSession::loadState(QString *error)
{
    ProgressRepository repository(*m_database);
    const std::optional<ScheduleRules> rules = repository.rules(error);
    std::optional<QList<DeadlineChange>> changes = repository.deadlineChanges(error);
    if (!rules || !changes || !repository.loadFacts(m_progress, error))
        return false;

    m_deadlineChanges = std::move(*changes);
    rebuildEngine(*rules);
    return true;
}

void WorkspaceSession::rebuildEngine(const ScheduleRules &rules)
{
    m_taskIndex.clear();
    for (qsizetype p = 0; p < m_content.plans.size(); ++p) {
        const QList<Task> &tasks = m_content.plans.at(p).tasks;
        for (qsizetype t = 0; t < tasks.size(); ++t)
            m_taskIndex.insert(tasks.at(t).id, {p, t});
    }
    m_engine = std::make_unique<StatusEngine>(m_content.plans, m_content.agencies, rules);
    m_engine->setDeadlineChanges(m_deadlineChanges);
}

const Plan *WorkspaceSession::plan(PlanId id) const
{
    for (const Plan &plan : m_content.plans) {
        if (plan.id == id)
            return &plan;
    }
    return nullptr;
}

const Plan *WorkspaceSession::planByCode(const QString &code) const
{
    for (const Plan &plan : m_content.plans) {
        if (plan.code == code)
            return &plan;
    }
    return nullptr;
}

const Plan *WorkspaceSession::planOf(TaskId taskId) const
{
    const auto it = m_taskIndex.constFind(taskId);
    return it == m_taskIndex.cend() ? nullptr : &m_content.plans.at(it->first);
}

const Task *WorkspaceSession::task(TaskId id) const
{
    const auto it = m_taskIndex.constFind(id);
    return it == m_taskIndex.cend() ? nullptr : &m_content.plans.at(it->first).tasks.at(it->second);
}

StatusSheet WorkspaceSession::statusAsOf(QDate asOf) const
{
    return m_engine->evaluate(asOf, m_progress);
}

QList<DeadlineChange> WorkspaceSession::deadlineChangesOf(TaskId taskId) const
{
    QList<DeadlineChange> result;
    for (const DeadlineChange &change : m_deadlineChanges) {
        if (change.taskId == taskId)
            result.append(change);
    }
    return result;
}

std::optional<QList<ProgressUpdate>> WorkspaceSession::updatesOf(TaskId taskId,
                                                                 QString *error) const
{
    return ProgressRepository(*m_database).updatesOf(taskId, error);
}

std::optional<ProgressUpdate> WorkspaceSession::update(UpdateId id, QString *error) const
{
    return ProgressRepository(*m_database).update(id, error);
}

std::optional<QList<AuditEntry>> WorkspaceSession::historyOf(TaskId taskId, QString *error) const
{
    return AuditLog(*m_database).forTask(taskId, error);
}

bool WorkspaceSession::isResponsible(const Task &task, AgencyId agencyId) const
{
    const QList<AgencyStatus> responsible = m_engine->responsibleAgencies(task);
    return std::any_of(responsible.cbegin(), responsible.cend(), [agencyId](const AgencyStatus &e) {
        return e.agencyId == agencyId;
    });
}

QString WorkspaceSession::checkUpdate(const ProgressUpdate &update) const
{
    const Task *task = this->task(update.taskId);
    if (!task)
        return tr("The row of the update does not exist in the workspace.");
    const Plan *plan = planOf(task->id);
    if (!plan->subTasksOf(task->id).isEmpty()) {
        QStringList numbers;
        for (const Task *sub : plan->subTasksOf(task->id))
            numbers.append(sub->stt);
        return tr("Row %1 is followed through its sub-tasks (%2); record the update on one "
                  "of them.")
            .arg(task->stt, numbers.join(", "_L1));
    }

    const Agency *agency = m_content.agencies.byId(update.agencyId);
    if (!agency)
        return tr("The agency of the update does not exist in the workspace.");
    if (!isResponsible(*task, agency->id))
        return tr("%1 is neither the lead nor a coordinating unit of row %2.")
            .arg(agency->nameVi, task->stt);

    if (!update.reportedOn.isValid())
        return tr("The update needs the date it describes.");
    if (update.completedOn.isValid() && update.state != ProgressState::Completed)
        return tr("A completion date is given, but the state is not “completed”.");
    if (update.completedOn.isValid() && update.completedOn > update.reportedOn)
        return tr("The completion date (%1) is after the date of the update (%2).")
            .arg(QLocale().toString(update.completedOn, QLocale::ShortFormat),
                 QLocale().toString(update.reportedOn, QLocale::ShortFormat));
    if (update.percent && (*update.percent < 0 || *update.percent > 100))
        return tr("The percentage must be between 0 and 100.");
    return {};
}

AuditEntry WorkspaceSession::auditOf(const QString &action, const ProgressUpdate &update) const
{
    AuditEntry entry;
    entry.action = action;
    entry.entity = u"progress_update"_s;
    entry.entityId = update.id;
    entry.taskId = update.taskId;
    entry.field = u"update"_s;
    return entry;
}

bool WorkspaceSession::addUpdates(QList<ProgressUpdate> &updates, QString *error)
{
    for (ProgressUpdate &update : updates) {
        cleanTexts(update);
        if (const QString problem = checkUpdate(update); !problem.isEmpty()) {
            *error = problem;
            return false;
        }
        if (update.enteredBy.isEmpty())
            update.enteredBy = AuditLog::currentUser();
        if (!update.enteredAt.isValid())
            update.enteredAt = QDateTime::currentDateTimeUtc();
    }

    Transaction transaction(*m_database);
    ProgressRepository repository(*m_database);
    AuditLog audit(*m_database);
    QList<ProgressUpdate> stored = updates;
    for (ProgressUpdate &update : stored) {
        AuditEntry entry = auditOf(u"add_update"_s, update);
        if (!repository.insert(update, error))
            return false;
        entry.entityId = update.id;
        entry.newValue = describe(update, m_content.agencies);
        if (!audit.record(entry, error))
            return false;
    }
    if (!transaction.commit(error))
        return false;

    QSet<TaskId> touched;
    for (const ProgressUpdate &update : std::as_const(stored)) {
        m_progress.insert(update.taskId, update.agencyId, ProgressFact::of(update));
        touched.insert(update.taskId);
    }
    updates = stored;
    Q_EMIT progressChanged(touched.values());
    return true;
}

bool WorkspaceSession::addUpdate(ProgressUpdate &update, QString *error)
{
    QList<ProgressUpdate> one{update};
    if (!addUpdates(one, error))
        return false;
    update = one.constFirst();
    return true;
}

bool WorkspaceSession::replaceUpdate(const ProgressUpdate &changed, QString *error)
{
    ProgressUpdate update = changed;
    cleanTexts(update);
    if (const QString problem = checkUpdate(update); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    ProgressRepository repository(*m_database);
    const std::optional<ProgressUpdate> before = repository.update(update.id, error);
    if (!before)
        return false;

    Transaction transaction(*m_database);
    AuditEntry entry = auditOf(u"edit_update"_s, update);
    entry.oldValue = describe(*before, m_content.agencies);
    entry.newValue = describe(update, m_content.agencies);
    if (!repository.replace(update, error) || !AuditLog(*m_database).record(entry, error)
        || !transaction.commit(error))
        return false;

    m_progress.remove(before->taskId, before->agencyId, before->id);
    m_progress.insert(update.taskId, update.agencyId, ProgressFact::of(update));
    QList<TaskId> touched{update.taskId};
    if (before->taskId != update.taskId)
        touched.append(before->taskId);
    Q_EMIT progressChanged(touched);
    return true;
}

bool WorkspaceSession::removeUpdate(UpdateId id, QString *error)
{
    ProgressRepository repository(*m_database);
    const std::optional<ProgressUpdate> before = repository.update(id, error);
    if (!before)
        return false;

    Transaction transaction(*m_database);
    AuditEntry entry = auditOf(u"remove_update"_s, *before);
    entry.oldValue = describe(*before, m_content.agencies);
    if (!repository.remove(id, error) || !AuditLog(*m_database).record(entry, error)
        || !transaction.commit(error))
        return false;

    m_progress.remove(before->taskId, before->agencyId, id);
    Q_EMIT progressChanged({before->taskId});
    return true;
}

QString WorkspaceSession::checkDeadlineChange(const DeadlineChange &change) const
{
    const Task *task = this->task(change.taskId);
    if (!task)
        return tr("The row of the deadline change does not exist in the workspace.");
    if (VietnameseText::clean(change.reason).isEmpty())
        return tr("A deadline is changed only with a reason.");
    if (VietnameseText::clean(change.documentNumber).isEmpty() || !change.documentDate.isValid())
        return tr("A deadline is changed only with the number and the date of the document "
                  "that allows it.");
    if (!change.effectiveOn.isValid())
        return tr("The change needs the date from which it applies.");
    if (change.deadline.text.trimmed().isEmpty())
        return tr("The new completion time is missing.");
    if (!change.deadline.isRecurring() && !change.deadline.due.isValid())
        return tr("The new completion time “%1” has no due date.").arg(change.deadline.text);
    return {};
}

bool WorkspaceSession::addDeadlineChange(DeadlineChange &change, QString *error)
{
    change.reason = VietnameseText::clean(change.reason);
    change.documentNumber = VietnameseText::clean(change.documentNumber);
    change.deadline.text = VietnameseText::clean(change.deadline.text);
    if (const QString problem = checkDeadlineChange(change); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    if (change.enteredBy.isEmpty())
        change.enteredBy = AuditLog::currentUser();
    if (!change.enteredAt.isValid())
        change.enteredAt = QDateTime::currentDateTimeUtc();

    const Task *task = this->task(change.taskId);
    DeadlineChange stored = change;
    Transaction transaction(*m_database);
    AuditEntry entry;
    entry.action = u"change_deadline"_s;
    entry.entity = u"deadline_change"_s;
    entry.taskId = change.taskId;
    entry.field = u"deadline"_s;
    const Deadline before = m_engine->deadlineOn(*task, change.effectiveOn);
    entry.oldValue =
        before.text
        + (before.due.isValid() ? u" ("_s + before.due.toString(Qt::ISODate) + u')' : QString());
    entry.newValue = describe(change);
    entry.detail = change.reason;
    if (!ProgressRepository(*m_database).insert(stored, error))
        return false;
    entry.entityId = stored.id;
    if (!AuditLog(*m_database).record(entry, error) || !transaction.commit(error))
        return false;

    change = stored;
    m_deadlineChanges.append(stored);
    m_engine->setDeadlineChanges(m_deadlineChanges);
    Q_EMIT deadlinesChanged(change.taskId);
    return true;
}

bool WorkspaceSession::removeDeadlineChange(DeadlineChangeId id, QString *error)
{
    const auto it = std::find_if(m_deadlineChanges.cbegin(),
                                 m_deadlineChanges.cend(),
                                 [id](const DeadlineChange &c) { return c.id == id; });
    if (it == m_deadlineChanges.cend()) {
        *error = tr("The deadline change no longer exists in the workspace.");
        return false;
    }
    const DeadlineChange removed = *it;

    Transaction transaction(*m_database);
    AuditEntry entry;
    entry.action = u"withdraw_deadline_change"_s;
    entry.entity = u"deadline_change"_s;
    entry.entityId = id;
    entry.taskId = removed.taskId;
    entry.field = u"deadline"_s;
    entry.oldValue = describe(removed);
    if (!ProgressRepository(*m_database).removeDeadlineChange(id, error)
        || !AuditLog(*m_database).record(entry, error) || !transaction.commit(error))
        return false;

    m_deadlineChanges.removeIf([id](const DeadlineChange &c) { return c.id == id; });
    m_engine->setDeadlineChanges(m_deadlineChanges);
    Q_EMIT deadlinesChanged(removed.taskId);
    return true;
}

bool WorkspaceSession::setRules(const ScheduleRules &rules, QString *error)
{
    if (rules.annualDueMonth < 1 || rules.annualDueMonth > 12 || rules.dueSoonDays < 0
        || !rules.trackingStart.isValid()) {
        *error = tr("The schedule settings are not valid.");
        return false;
    }
    Transaction transaction(*m_database);
    AuditEntry entry;
    entry.action = u"change_rules"_s;
    entry.entity = u"setting"_s;
    entry.field = u"schedule"_s;
    const auto summary = [](const ScheduleRules &r) {
        return u"%1 %2 annual:%3 due_soon:%4 start:%5"_s
            .arg(periodLengthKey(r.periodLength), periodCutoffKey(r.periodCutoff))
            .arg(r.annualDueMonth)
            .arg(r.dueSoonDays)
            .arg(r.trackingStart.toString(Qt::ISODate));
    };
    entry.oldValue = summary(m_engine->rules());
    entry.newValue = summary(rules);
    if (!ProgressRepository(*m_database).saveRules(rules, error)
        || !AuditLog(*m_database).record(entry, error) || !transaction.commit(error))
        return false;

    m_engine->setRules(rules);
    Q_EMIT rulesChanged();
    return true;
}

bool WorkspaceSession::reload(QString *error)
{
    std::optional<WorkspaceContent> content = Workspace::load(*m_database, error);
    if (!content)
        return false;
    // A change of structure (a merge of agencies, say) may move updates and deadlines too.
    ProgressRepository repository(*m_database);
    std::optional<QList<DeadlineChange>> changes = repository.deadlineChanges(error);
    ProgressIndex progress;
    if (!changes || !repository.loadFacts(progress, error))
        return false;

    const ScheduleRules rules = m_engine->rules();
    m_content = std::move(*content);
    m_progress = std::move(progress);
    m_deadlineChanges = std::move(*changes);
    rebuildEngine(rules);
    Q_EMIT contentReloaded();
    return true;
}

} // namespace PlanTrack
