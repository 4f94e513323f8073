// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/progress.h"
#include "schedule/progressindex.h"
#include "schedule/statusengine.h"
#include "storage/auditlog.h"
#include "workspace/workspace.h"

#include <QObject>

#include <memory>
#include <optional>

namespace PlanTrack {

class Database;

/// Holds one open workspace for a program: its content, the progress facts and the status
/// engine over them, and the edits that change it. Every edit is checked first, then
/// written with its audit rows in one transaction; only then do the content and the
/// signals change. A refused edit changes nothing and says why.
class WorkspaceSession final : public QObject
{
    Q_OBJECT

public:
    /// Opens (or creates, see Workspace::open) the workspace at path and loads it.
    static std::unique_ptr<WorkspaceSession> open(const QString &path, QString *error);

    /// Opens a new workspace in memory holding the bundled plan, for tests and scratch work.
    static std::unique_ptr<WorkspaceSession> openInMemory(QString *error);

    ~WorkspaceSession() override;

    Database &database() const { return *m_database; }

    QString path() const;

    const AgencyDirectory &agencies() const { return m_content.agencies; }

    const QList<Plan> &plans() const { return m_content.plans; }

    const Plan *plan(PlanId id) const;
    const Plan *planByCode(const QString &code) const;
    const Plan *planOf(TaskId taskId) const;
    const Task *task(TaskId id) const;

    const ScheduleRules &rules() const { return m_engine->rules(); }

    const StatusEngine &engine() const { return *m_engine; }

    const ProgressIndex &progress() const { return m_progress; }

    /// Judges every row as of a date.
    StatusSheet statusAsOf(QDate asOf) const;

    const QList<DeadlineChange> &deadlineChanges() const { return m_deadlineChanges; }

    QList<DeadlineChange> deadlineChangesOf(TaskId taskId) const;

    std::optional<QList<ProgressUpdate>> updatesOf(TaskId taskId, QString *error) const;
    std::optional<ProgressUpdate> update(UpdateId id, QString *error) const;
    std::optional<QList<AuditEntry>> historyOf(TaskId taskId, QString *error) const;

    /// Checks an update against the workspace; returns a translated reason when refused.
    QString checkUpdate(const ProgressUpdate &update) const;

    /// Stores updates, all or none; each gets its id (one it already has is kept).
    bool addUpdates(QList<ProgressUpdate> &updates, QString *error);
    bool addUpdate(ProgressUpdate &update, QString *error);
    bool replaceUpdate(const ProgressUpdate &update, QString *error);
    bool removeUpdate(UpdateId id, QString *error);

    /// Checks a deadline change; returns a translated reason when refused.
    QString checkDeadlineChange(const DeadlineChange &change) const;
    bool addDeadlineChange(DeadlineChange &change, QString *error);
    bool removeDeadlineChange(DeadlineChangeId id, QString *error);

    bool setRules(const ScheduleRules &rules, QString *error);

    /// Reads plans and agencies again after a change of structure, and tells every view.
    bool reload(QString *error);

Q_SIGNALS:
    /// Updates of these rows were added, changed or removed.
    void progressChanged(const QList<PlanTrack::TaskId> &taskIds);
    /// The deadline of a row was changed or a change was withdrawn.
    void deadlinesChanged(PlanTrack::TaskId taskId);
    void rulesChanged();
    /// Plans or agencies were read again; every view must refresh.
    void contentReloaded();

private:
    WorkspaceSession(std::unique_ptr<Database> database, WorkspaceContent content);
    static std::unique_ptr<WorkspaceSession> load(std::unique_ptr<Database> database,
                                                  QString *error);
    bool loadState(QString *error);
    void rebuildEngine(const ScheduleRules &rules);
    bool isResponsible(const Task &task, AgencyId agencyId) const;
    AuditEntry auditOf(const QString &action, const ProgressUpdate &update) const;

    std::unique_ptr<Database> m_database;
    WorkspaceContent m_content;
    QHash<TaskId, QPair<qsizetype, qsizetype>> m_taskIndex; ///< plan and row positions
    ProgressIndex m_progress;
    QList<DeadlineChange> m_deadlineChanges;
    std::unique_ptr<StatusEngine> m_engine;
};

} // namespace PlanTrack
