// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "updatedialog.h"

#include "common/dateedit.h"
#include "common/problemlabel.h"
#include "language.h"
#include "workspace/workspacesession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace PlanTrack {

namespace {

QDateEdit *dateEdit()
{
    auto *edit = createDateEdit();
    edit->setMinimumDate(QDate(2000, 1, 1));
    return edit;
}

QString rowLabel(const Task &task, bool english)
{
    QString text = task.content(english).section(u'\n', 0, 0);
    if (text.size() > 90)
        text = text.left(88) + u'…';
    return task.stt + u" — "_s + text;
}

} // namespace

UpdateDialog::UpdateDialog(
    const WorkspaceSession &session, TaskId taskId, QDate day, AgencyId agency, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    m_original.taskId = taskId;
    m_original.agencyId = agency;
    m_original.reportedOn = day;
    m_original.state = ProgressState::InProgress;
    build();
    fillRows(taskId);
    showUpdate(m_original);
    setWindowTitle(tr("New Progress Update"));
}

UpdateDialog::UpdateDialog(const WorkspaceSession &session,
                           const ProgressUpdate &update,
                           QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_original(update)
{
    build();
    fillRows(update.taskId);
    m_row->setEnabled(false);
    showUpdate(update);
    setWindowTitle(tr("Edit Progress Update"));
}

void UpdateDialog::build()
{
    m_row = new QComboBox;
    m_agency = new QComboBox;
    m_date = dateEdit();
    m_state = new QComboBox;
    for (ProgressState state :
         {ProgressState::NotStarted, ProgressState::InProgress, ProgressState::Completed})
        m_state->addItem(progressStateLabel(state), int(state));
    m_completedOn = dateEdit();
    m_hasPercent = new QCheckBox(tr("Share done:"));
    m_percent = new QSpinBox;
    m_percent->setRange(0, 100);
    m_percent->setSuffix(u" %"_s);
    m_result = new QPlainTextEdit;
    m_difficulties = new QPlainTextEdit;
    m_evidence = new QLineEdit;
    m_evidence->setPlaceholderText(tr("e.g. 123/QĐ-UBND ngày 20/03/2026"));
    for (QPlainTextEdit *edit : {m_result, m_difficulties}) {
        edit->setTabChangesFocus(true);
        edit->setMinimumHeight(fontMetrics().height() * 4);
    }

    m_error = new ProblemLabel;

    auto *percentRow = new QHBoxLayout;
    percentRow->addWidget(m_hasPercent);
    percentRow->addWidget(m_percent);
    percentRow->addStretch();

    auto *form = new QFormLayout;
    form->addRow(tr("&Row:"), m_row);
    form->addRow(tr("&Agency:"), m_agency);
    form->addRow(tr("Situation &on:"), m_date);
    form->addRow(tr("&State:"), m_state);
    form->addRow(tr("&Completed on:"), m_completedOn);
    form->addRow(QString(), percentRow);
    form->addRow(tr("&Result and progress:"), m_result);
    form->addRow(tr("&Difficulties and proposals:"), m_difficulties);
    form->addRow(tr("&Evidence (document):"), m_evidence);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &UpdateDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &UpdateDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_row, &QComboBox::currentIndexChanged, this, &UpdateDialog::fillAgencies);
    connect(m_state, &QComboBox::currentIndexChanged, this, &UpdateDialog::updateEnabledFields);
    connect(m_hasPercent, &QCheckBox::toggled, this, &UpdateDialog::updateEnabledFields);
    resize(fontMetrics().averageCharWidth() * 90, sizeHint().height());
}

void UpdateDialog::fillRows(TaskId taskId)
{
    const Task *task = m_session.task(taskId);
    const Plan *plan = m_session.planOf(taskId);
    if (!task || !plan)
        return;

    // A row followed through its deliverables takes its updates on them.
    const QList<const Task *> subTasks = plan->subTasksOf(taskId);
    const bool english = usesEnglish();
    if (subTasks.isEmpty()) {
        m_row->addItem(rowLabel(*task, english), task->id);
    } else {
        for (const Task *sub : subTasks)
            m_row->addItem(rowLabel(*sub, english), sub->id);
    }
    m_row->setEnabled(m_row->count() > 1);
    fillAgencies();
}

void UpdateDialog::fillAgencies()
{
    const AgencyId chosen = m_agency->currentData().toLongLong();
    m_agency->clear();
    const Task *task = m_session.task(m_row->currentData().toLongLong());
    if (!task)
        return;

    const bool english = usesEnglish();
    const AgencyDirectory &agencies = m_session.agencies();
    for (const AgencyStatus &entry : m_session.engine().responsibleAgencies(*task)) {
        const Agency *agency = agencies.byId(entry.agencyId);
        if (!agency)
            continue;
        const QString role = entry.role == Role::Lead ? tr("lead") : tr("coordinating");
        m_agency->addItem(u"%1 (%2)"_s.arg(agency->name(english), role), agency->id);
    }
    const int index = m_agency->findData(chosen ? chosen : m_original.agencyId);
    m_agency->setCurrentIndex(std::max(index, 0));
}

void UpdateDialog::showUpdate(const ProgressUpdate &update)
{
    const int row = m_row->findData(update.taskId);
    if (row >= 0)
        m_row->setCurrentIndex(row);
    const int agency = m_agency->findData(update.agencyId);
    if (agency >= 0)
        m_agency->setCurrentIndex(agency);

    m_date->setDate(update.reportedOn);
    m_state->setCurrentIndex(m_state->findData(int(update.state)));
    m_completedOn->setDate(update.completedOn.isValid() ? update.completedOn : update.reportedOn);
    m_hasPercent->setChecked(update.percent.has_value());
    m_percent->setValue(update.percent.value_or(0));
    m_result->setPlainText(update.result);
    m_difficulties->setPlainText(update.difficulties);
    m_evidence->setText(update.evidence);
    updateEnabledFields();
}

void UpdateDialog::updateEnabledFields()
{
    const bool completed =
        ProgressState(m_state->currentData().toInt()) == ProgressState::Completed;
    m_completedOn->setEnabled(completed);
    m_percent->setEnabled(m_hasPercent->isChecked());
    if (completed && !m_hasPercent->isChecked())
        m_percent->setValue(100);
}

ProgressUpdate UpdateDialog::update() const
{
    ProgressUpdate result = m_original;
    result.taskId = m_row->currentData().toLongLong();
    result.agencyId = m_agency->currentData().toLongLong();
    result.reportedOn = m_date->date();
    result.state = ProgressState(m_state->currentData().toInt());
    result.completedOn = result.state == ProgressState::Completed ? m_completedOn->date() : QDate();
    result.percent =
        m_hasPercent->isChecked() ? std::optional<int>(m_percent->value()) : std::nullopt;
    result.result = m_result->toPlainText();
    result.difficulties = m_difficulties->toPlainText();
    result.evidence = m_evidence->text();
    return result;
}

void UpdateDialog::accept()
{
    const QString problem = m_session.checkUpdate(update());
    if (m_error->showProblem(problem))
        QDialog::accept();
}

} // namespace PlanTrack
