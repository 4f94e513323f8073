// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "progresspanel.h"

#include "deadlinedialog.h"
#include "language.h"
#include "progresscommands.h"
#include "status/statusstyle.h"
#include "tasks/plantext.h"
#include "updatedialog.h"
#include "workspace/workspacesession.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace PlanTrack {

namespace {

QTableWidget *table()
{
    auto *t = new QTableWidget;
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setWordWrap(true);
    t->setAlternatingRowColors(true);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    return t;
}

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setToolTip(text);
    return item;
}

void setHeaders(QTableWidget *t, const QStringList &labels)
{
    t->setColumnCount(int(labels.size()));
    t->setHorizontalHeaderLabels(labels);
}

QString localTime(const QDateTime &at)
{
    return QLocale().toString(at.toLocalTime(), u"dd/MM/yyyy HH:mm"_s);
}

} // namespace

ProgressPanel::ProgressPanel(QWidget *parent)
    : QWidget(parent)
{
    m_title = new QLabel;
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::RichText);

    m_agencies = table();
    m_updateTable = table();
    m_deadlineTable = table();
    m_historyTable = table();

    m_addButton = new QPushButton;
    m_editButton = new QPushButton;
    m_removeButton = new QPushButton;
    auto *updatesPage = new QWidget;
    auto *updateButtons = new QHBoxLayout;
    updateButtons->addWidget(m_addButton);
    updateButtons->addWidget(m_editButton);
    updateButtons->addWidget(m_removeButton);
    updateButtons->addStretch();
    auto *updatesLayout = new QVBoxLayout(updatesPage);
    updatesLayout->setContentsMargins(0, 0, 0, 0);
    updatesLayout->addWidget(m_updateTable);
    updatesLayout->addLayout(updateButtons);

    m_deadlineButton = new QPushButton;
    m_withdrawButton = new QPushButton;
    auto *deadlinePage = new QWidget;
    auto *deadlineButtons = new QHBoxLayout;
    deadlineButtons->addWidget(m_deadlineButton);
    deadlineButtons->addWidget(m_withdrawButton);
    deadlineButtons->addStretch();
    auto *deadlineLayout = new QVBoxLayout(deadlinePage);
    deadlineLayout->setContentsMargins(0, 0, 0, 0);
    deadlineLayout->addWidget(m_deadlineTable);
    deadlineLayout->addLayout(deadlineButtons);

    m_tabs = new QTabWidget;
    m_tabs->addTab(m_agencies, QString());
    m_tabs->addTab(updatesPage, QString());
    m_tabs->addTab(deadlinePage, QString());
    m_tabs->addTab(m_historyTable, QString());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_title);
    layout->addWidget(m_tabs, 1);

    connect(m_addButton, &QPushButton::clicked, this, &ProgressPanel::addUpdate);
    connect(m_editButton, &QPushButton::clicked, this, &ProgressPanel::editSelectedUpdate);
    connect(m_removeButton, &QPushButton::clicked, this, &ProgressPanel::removeSelectedUpdate);
    connect(m_deadlineButton, &QPushButton::clicked, this, &ProgressPanel::changeDeadline);
    connect(m_withdrawButton, &QPushButton::clicked, this, &ProgressPanel::withdrawSelectedChange);
    connect(
        m_updateTable, &QTableWidget::itemDoubleClicked, this, &ProgressPanel::editSelectedUpdate);
    connect(
        m_updateTable, &QTableWidget::itemSelectionChanged, this, &ProgressPanel::updateButtons);
    connect(
        m_deadlineTable, &QTableWidget::itemSelectionChanged, this, &ProgressPanel::updateButtons);

    retranslateUi();
}

void ProgressPanel::setSession(WorkspaceSession *session, QUndoStack *undoStack)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_undoStack = undoStack;
    m_taskId = 0;
    if (session) {
        connect(
            session, &WorkspaceSession::progressChanged, this, [this](const QList<TaskId> &tasks) {
                const bool shown = std::any_of(tasks.cbegin(), tasks.cend(), [this](TaskId id) {
                    const Task *task = m_session->task(id);
                    return id == m_taskId || (task && task->parentId == m_taskId);
                });
                if (shown)
                    refresh();
            });
        connect(session, &WorkspaceSession::deadlinesChanged, this, &ProgressPanel::refresh);
        connect(session, &WorkspaceSession::rulesChanged, this, &ProgressPanel::refresh);
        connect(session, &WorkspaceSession::contentReloaded, this, &ProgressPanel::refresh);
    }
    refresh();
}

void ProgressPanel::setAsOf(QDate asOf)
{
    m_asOf = asOf;
    refresh();
}

void ProgressPanel::setTask(TaskId taskId)
{
    m_taskId = taskId;
    refresh();
}

void ProgressPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        refresh();
    }
    QWidget::changeEvent(event);
}

void ProgressPanel::retranslateUi()
{
    m_tabs->setTabText(0, tr("By agency"));
    m_tabs->setTabText(1, tr("Updates"));
    m_tabs->setTabText(2, tr("Deadline"));
    m_tabs->setTabText(3, tr("Change log"));
    m_addButton->setText(tr("&Add Update…"));
    m_editButton->setText(tr("&Edit…"));
    m_removeButton->setText(tr("&Remove"));
    m_deadlineButton->setText(tr("Change &Deadline…"));
    m_withdrawButton->setText(tr("&Withdraw Change"));

    setHeaders(m_agencies, {tr("Agency"), tr("Role"), tr("Status"), tr("Last update"), tr("Done")});
    setHeaders(m_updateTable,
               {tr("Situation on"),
                tr("Agency"),
                tr("State"),
                tr("Completed on"),
                tr("Done"),
                tr("Result and progress"),
                tr("Difficulties and proposals"),
                tr("Evidence"),
                tr("Entered by")});
    setHeaders(m_deadlineTable,
               {tr("From"),
                tr("Completion time"),
                tr("Meaning"),
                tr("Document"),
                tr("Reason"),
                tr("Entered by")});
    setHeaders(m_historyTable, {tr("When"), tr("Who"), tr("Change"), tr("Before"), tr("After")});
}

void ProgressPanel::refresh()
{
    const Task *task = m_session ? m_session->task(m_taskId) : nullptr;
    setEnabled(task != nullptr);
    if (!task) {
        m_title->setText(u"<i>"_s + tr("Select a row to see its progress.").toHtmlEscaped()
                         + u"</i>"_s);
        for (QTableWidget *t : {m_agencies, m_updateTable, m_deadlineTable, m_historyTable})
            t->setRowCount(0);
        m_updates.clear();
        updateButtons();
        return;
    }

    const TaskStatus status =
        m_session->engine().evaluateTask(*task, m_asOf, m_session->progress());
    m_title->setText(tr("<b>Row %1</b> on %2: %3, %4% done")
                         .arg(task->stt.toHtmlEscaped(),
                              PlanText::date(m_asOf),
                              statusLabel(status.status).toHtmlEscaped())
                         .arg(status.percent));
    fillAgencies();
    fillUpdates();
    fillDeadlines();
    fillHistory();
    updateButtons();
}

void ProgressPanel::fillAgencies()
{
    const Task *task = m_session->task(m_taskId);
    const TaskStatus status =
        m_session->engine().evaluateTask(*task, m_asOf, m_session->progress());
    const bool english = usesEnglish();
    const AgencyDirectory &agencies = m_session->agencies();

    m_agencies->setRowCount(int(status.agencies.size()));
    for (int row = 0; row < status.agencies.size(); ++row) {
        const AgencyStatus &entry = status.agencies.at(row);
        const Agency *agency = agencies.byId(entry.agencyId);
        const Agency *group = agencies.byId(entry.viaGroupId);
        QString role = PlanText::roleName(entry.role);
        if (group)
            role = tr("%1, through “%2”").arg(role, group->name(english));

        auto *statusCell = cell(statusLabel(entry.status));
        statusCell->setIcon(StatusStyle::icon(entry.status));
        m_agencies->setItem(row, 0, cell(agency ? agency->name(english) : QString()));
        m_agencies->setItem(row, 1, cell(role));
        m_agencies->setItem(row, 2, statusCell);
        m_agencies->setItem(
            row, 3, cell(entry.latest ? PlanText::date(entry.latest->reportedOn) : QString()));
        m_agencies->setItem(row,
                            4,
                            cell(entry.latest && entry.latest->percent >= 0
                                     ? u"%1%"_s.arg(entry.latest->percent)
                                     : QString()));
    }
    m_agencies->resizeColumnsToContents();
}

void ProgressPanel::fillUpdates()
{
    QString error;
    // A row followed through sub-tasks shows the updates of its sub-tasks.
    QList<TaskId> rows{m_taskId};
    if (const Plan *plan = m_session->planOf(m_taskId)) {
        for (const Task *sub : plan->subTasksOf(m_taskId))
            rows.append(sub->id);
    }
    m_updates.clear();
    for (TaskId row : rows) {
        if (const auto updates = m_session->updatesOf(row, &error))
            m_updates.append(*updates);
    }
    std::sort(m_updates.begin(), m_updates.end(), [](const auto &a, const auto &b) {
        return a.reportedOn != b.reportedOn ? a.reportedOn > b.reportedOn : a.id > b.id;
    });

    const bool english = usesEnglish();
    m_updateTable->setRowCount(int(m_updates.size()));
    for (int row = 0; row < m_updates.size(); ++row) {
        const ProgressUpdate &u = m_updates.at(row);
        const Agency *agency = m_session->agencies().byId(u.agencyId);
        const Task *task = m_session->task(u.taskId);
        QString agencyText = agency ? agency->name(english) : QString();
        if (task && task->id != m_taskId)
            agencyText = tr("%1 (row %2)").arg(agencyText, task->stt);

        auto *date = cell(PlanText::date(u.reportedOn));
        date->setData(Qt::UserRole, u.id);
        // Updates dated after the as-of date do not count; show them greyed.
        const bool later = m_asOf.isValid() && u.reportedOn > m_asOf;
        m_updateTable->setItem(row, 0, date);
        m_updateTable->setItem(row, 1, cell(agencyText));
        m_updateTable->setItem(row, 2, cell(progressStateLabel(u.state)));
        m_updateTable->setItem(row, 3, cell(PlanText::date(u.completedOn)));
        m_updateTable->setItem(row, 4, cell(u.percent ? u"%1%"_s.arg(*u.percent) : QString()));
        m_updateTable->setItem(row, 5, cell(u.result));
        m_updateTable->setItem(row, 6, cell(u.difficulties));
        m_updateTable->setItem(row, 7, cell(u.evidence));
        m_updateTable->setItem(row, 8, cell(u.enteredBy + u", "_s + localTime(u.enteredAt)));
        for (int column = 0; later && column < m_updateTable->columnCount(); ++column) {
            m_updateTable->item(row, column)
                ->setForeground(palette().color(QPalette::PlaceholderText));
            m_updateTable->item(row, column)
                ->setToolTip(tr("Dated after %1: not counted in the status shown.")
                                 .arg(PlanText::date(m_asOf)));
        }
    }
    m_updateTable->resizeColumnsToContents();
}

void ProgressPanel::fillDeadlines()
{
    const Task *task = m_session->task(m_taskId);
    const QList<DeadlineChange> changes = m_session->deadlineChangesOf(m_taskId);
    m_deadlineTable->setRowCount(int(changes.size()) + 1);

    m_deadlineTable->setItem(0, 0, cell(tr("In the plan")));
    m_deadlineTable->setItem(0, 1, cell(task->deadline.text));
    m_deadlineTable->setItem(0, 2, cell(PlanText::deadlineMeaning(task->deadline)));
    for (int column = 3; column < m_deadlineTable->columnCount(); ++column)
        m_deadlineTable->setItem(0, column, cell(QString()));

    for (int i = 0; i < changes.size(); ++i) {
        const DeadlineChange &c = changes.at(i);
        auto *from = cell(PlanText::date(c.effectiveOn));
        from->setData(Qt::UserRole, c.id);
        m_deadlineTable->setItem(i + 1, 0, from);
        m_deadlineTable->setItem(i + 1, 1, cell(c.deadline.text));
        m_deadlineTable->setItem(i + 1, 2, cell(PlanText::deadlineMeaning(c.deadline)));
        m_deadlineTable->setItem(
            i + 1, 3, cell(tr("%1 of %2").arg(c.documentNumber, PlanText::date(c.documentDate))));
        m_deadlineTable->setItem(i + 1, 4, cell(c.reason));
        m_deadlineTable->setItem(i + 1, 5, cell(c.enteredBy + u", "_s + localTime(c.enteredAt)));
    }
    m_deadlineTable->resizeColumnsToContents();
}

void ProgressPanel::fillHistory()
{
    QString error;
    QList<AuditEntry> entries;
    QList<TaskId> rows{m_taskId};
    if (const Plan *plan = m_session->planOf(m_taskId)) {
        for (const Task *sub : plan->subTasksOf(m_taskId))
            rows.append(sub->id);
    }
    for (TaskId row : rows) {
        if (const auto found = m_session->historyOf(row, &error))
            entries.append(*found);
    }
    std::sort(entries.begin(), entries.end(), [](const AuditEntry &a, const AuditEntry &b) {
        return a.id > b.id;
    });

    const QHash<QString, QString> actions{
        {u"add_update"_s, tr("update added")},
        {u"edit_update"_s, tr("update edited")},
        {u"remove_update"_s, tr("update removed")},
        {u"change_deadline"_s, tr("deadline changed")},
        {u"withdraw_deadline_change"_s, tr("deadline change withdrawn")},
    };
    m_historyTable->setRowCount(int(entries.size()));
    for (int row = 0; row < entries.size(); ++row) {
        const AuditEntry &e = entries.at(row);
        m_historyTable->setItem(row, 0, cell(localTime(e.at)));
        m_historyTable->setItem(row, 1, cell(e.who));
        m_historyTable->setItem(row, 2, cell(actions.value(e.action, e.action)));
        m_historyTable->setItem(row, 3, cell(e.oldValue));
        m_historyTable->setItem(row, 4, cell(e.newValue));
    }
    m_historyTable->resizeColumnsToContents();
}

void ProgressPanel::updateButtons()
{
    const bool hasTask = m_session && m_session->task(m_taskId);
    const bool editable = m_undoStack != nullptr;
    m_addButton->setEnabled(hasTask && editable);
    m_editButton->setEnabled(editable && selectedUpdate() != 0);
    m_removeButton->setEnabled(editable && selectedUpdate() != 0);
    m_deadlineButton->setEnabled(hasTask && editable);

    const QList<QTableWidgetItem *> selected = m_deadlineTable->selectedItems();
    const bool changeSelected =
        !selected.isEmpty()
        && m_deadlineTable->item(selected.first()->row(), 0)->data(Qt::UserRole).isValid();
    m_withdrawButton->setEnabled(editable && changeSelected);
}

UpdateId ProgressPanel::selectedUpdate() const
{
    const QList<QTableWidgetItem *> selected = m_updateTable->selectedItems();
    if (selected.isEmpty())
        return 0;
    return m_updateTable->item(selected.first()->row(), 0)->data(Qt::UserRole).toLongLong();
}

void ProgressPanel::push(std::unique_ptr<QUndoCommand> command, const QString &error)
{
    if (!command) {
        QMessageBox::warning(this, tr("PlanTrack"), error);
        return;
    }
    m_undoStack->push(command.release());
}

void ProgressPanel::addUpdate()
{
    if (!m_session || !m_undoStack || !m_session->task(m_taskId))
        return;
    const QDate today = QDate::currentDate();
    UpdateDialog dialog(
        *m_session, m_taskId, m_asOf.isValid() && m_asOf < today ? m_asOf : today, 0, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    push(ProgressCommands::addUpdates(*m_session, {dialog.update()}, &error), error);
}

void ProgressPanel::editSelectedUpdate()
{
    const UpdateId id = selectedUpdate();
    const auto found = std::find_if(
        m_updates.cbegin(), m_updates.cend(), [id](const ProgressUpdate &u) { return u.id == id; });
    if (!m_session || !m_undoStack || found == m_updates.cend())
        return;
    UpdateDialog dialog(*m_session, *found, this);
    if (dialog.exec() != QDialog::Accepted || dialog.update() == *found)
        return;
    QString error;
    push(ProgressCommands::editUpdate(*m_session, dialog.update(), &error), error);
}

void ProgressPanel::removeSelectedUpdate()
{
    const UpdateId id = selectedUpdate();
    if (!m_session || !m_undoStack || id == 0)
        return;
    QString error;
    push(ProgressCommands::removeUpdate(*m_session, id, &error), error);
}

void ProgressPanel::changeDeadline()
{
    if (!m_session || !m_undoStack || !m_session->task(m_taskId))
        return;
    DeadlineDialog dialog(
        *m_session, m_taskId, m_asOf.isValid() ? m_asOf : QDate::currentDate(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    push(ProgressCommands::changeDeadline(*m_session, dialog.change(), &error), error);
}

void ProgressPanel::withdrawSelectedChange()
{
    const QList<QTableWidgetItem *> selected = m_deadlineTable->selectedItems();
    if (!m_session || !m_undoStack || selected.isEmpty())
        return;
    const QVariant id = m_deadlineTable->item(selected.first()->row(), 0)->data(Qt::UserRole);
    if (!id.isValid())
        return;
    QString error;
    push(ProgressCommands::withdrawDeadlineChange(*m_session, id.toLongLong(), &error), error);
}

} // namespace PlanTrack
