// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "deadlinedialog.h"

#include "common/dateedit.h"
#include "common/problemlabel.h"
#include "tasks/plantext.h"
#include "workspace/workspacesession.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace PlanTrack {

namespace {

QString deadlineLine(const Deadline &deadline)
{
    return deadline.text + u" — "_s + PlanText::deadlineMeaning(deadline);
}

} // namespace

DeadlineDialog::DeadlineDialog(const WorkspaceSession &session,
                               TaskId taskId,
                               QDate day,
                               QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_taskId(taskId)
{
    const Task *task = session.task(taskId);
    setWindowTitle(tr("Change Deadline of Row %1").arg(task ? task->stt : QString()));

    auto *history = new QLabel;
    history->setWordWrap(true);
    QString text;
    if (task) {
        text = tr("In the plan: %1").arg(deadlineLine(task->deadline));
        for (const DeadlineChange &change : session.deadlineChangesOf(taskId))
            text += u'\n'
                    + tr("From %1: %2 (%3 of %4)")
                          .arg(PlanText::date(change.effectiveOn),
                               deadlineLine(change.deadline),
                               change.documentNumber,
                               PlanText::date(change.documentDate));
    }
    history->setText(text);

    m_wording = new QLineEdit(task ? session.engine().deadlineOn(*task, day).text : QString());
    m_wording->setPlaceholderText(tr("e.g. Tháng 6/2026, Quý III/2026, 30/09/2026"));
    m_meaning = new QLabel;
    m_effectiveOn = createDateEdit(day);
    m_reason = new QPlainTextEdit;
    m_reason->setTabChangesFocus(true);
    m_reason->setMaximumHeight(fontMetrics().height() * 5);
    m_documentNumber = new QLineEdit;
    m_documentNumber->setPlaceholderText(tr("e.g. 45/QĐ-UBND"));
    m_documentDate = createDateEdit(day);
    m_error = new ProblemLabel;

    auto *form = new QFormLayout;
    form->addRow(tr("&New completion time:"), m_wording);
    form->addRow(QString(), m_meaning);
    form->addRow(tr("&Applies from:"), m_effectiveOn);
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(tr("Document &number:"), m_documentNumber);
    form->addRow(tr("Document &date:"), m_documentDate);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &DeadlineDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &DeadlineDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(history);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_wording, &QLineEdit::textChanged, this, &DeadlineDialog::showMeaning);
    showMeaning();
    resize(fontMetrics().averageCharWidth() * 80, sizeHint().height());
}

DeadlineChange DeadlineDialog::change() const
{
    DeadlineChange change;
    change.taskId = m_taskId;
    if (const std::optional<Deadline> parsed = parseDeadline(m_wording->text()))
        change.deadline = *parsed;
    else
        change.deadline.text = m_wording->text();
    change.effectiveOn = m_effectiveOn->date();
    change.reason = m_reason->toPlainText();
    change.documentNumber = m_documentNumber->text();
    change.documentDate = m_documentDate->date();
    return change;
}

void DeadlineDialog::showMeaning()
{
    const std::optional<Deadline> parsed = parseDeadline(m_wording->text());
    m_meaning->setText(parsed ? PlanText::deadlineMeaning(*parsed)
                              : tr("Not understood; write e.g. “Tháng 6/2026”."));
}

void DeadlineDialog::accept()
{
    QString problem;
    if (!parseDeadline(m_wording->text()))
        problem = tr("The completion time “%1” is not understood.").arg(m_wording->text());
    else
        problem = m_session.checkDeadlineChange(change());
    if (m_error->showProblem(problem))
        QDialog::accept();
}

} // namespace PlanTrack
