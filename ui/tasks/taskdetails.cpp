// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "taskdetails.h"

#include "plantext.h"
#include "taskfiltermodel.h"
#include "tasktreemodel.h"

#include <QEvent>

using namespace Qt::StringLiterals;

namespace PlanTrack {

namespace {

QString paragraph(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\n', "<br>"_L1);
}

QString fieldRow(const QString &label, const QString &value)
{
    return "<tr><th align=\"left\" valign=\"top\" style=\"padding-right:12px\">"_L1
           % label.toHtmlEscaped() % "</th><td valign=\"top\">"_L1 % value % "</td></tr>"_L1;
}

} // namespace

TaskDetails::TaskDetails(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    refresh();
}

void TaskDetails::setModel(TaskFilterModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    m_index = QPersistentModelIndex();

    if (model) {
        connect(model, &TaskFilterModel::filterChanged, this, &TaskDetails::scheduleRefresh);
        connect(model, &QAbstractItemModel::dataChanged, this, &TaskDetails::scheduleRefresh);
        connect(model, &QAbstractItemModel::modelReset, this, &TaskDetails::scheduleRefresh);
    }
    refresh();
}

void TaskDetails::showIndex(const QModelIndex &index)
{
    m_index = index.siblingAtColumn(0);
    refresh();
}

void TaskDetails::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        scheduleRefresh();
    QTextBrowser::changeEvent(event);
}

void TaskDetails::scheduleRefresh()
{
    // A change of filter or language arrives as many signals; render once after them.
    if (m_refreshPending)
        return;
    m_refreshPending = true;
    QMetaObject::invokeMethod(this, &TaskDetails::refresh, Qt::QueuedConnection);
}

void TaskDetails::refresh()
{
    m_refreshPending = false;

    const TaskTreeModel *tasks = m_model ? m_model->taskModel() : nullptr;
    if (!tasks || !m_index.isValid()) {
        setHtml("<p><i>"_L1 % tr("Select a task to see its details.").toHtmlEscaped()
                % "</i></p>"_L1);
        return;
    }

    const QModelIndex source = m_model->mapToSource(m_index);
    if (const Task *task = tasks->task(source))
        setHtml(taskHtml(*task));
    else if (const Section *section = tasks->section(source))
        setHtml(sectionHtml(*section));
}

QString TaskDetails::sectionHtml(const Section &section) const
{
    const TaskTreeModel *tasks = m_model->taskModel();
    const qsizetype count = tasks->plan().tasksOf(section.id).size();
    return "<h3>"_L1 % section.heading(tasks->isEnglish()).toHtmlEscaped() % "</h3><p>"_L1
           % tr("%n row(s) in this section.", nullptr, int(count)).toHtmlEscaped() % "</p>"_L1;
}

QString TaskDetails::taskHtml(const Task &task) const
{
    const TaskTreeModel *tasks = m_model->taskModel();
    const Plan &plan = tasks->plan();
    const AgencyDirectory &agencies = tasks->agencies();
    const bool english = tasks->isEnglish();

    QString html = "<h3>"_L1 % tr("Row %1").arg(task.stt).toHtmlEscaped() % "</h3>"_L1;
    html += involvementHtml(task);
    html += "<table cellspacing=\"2\">"_L1;

    if (const Section *section = plan.section(task.sectionId))
        html += fieldRow(tr("Section"), paragraph(section->heading(english)));
    if (const Task *parent = plan.task(task.parentId))
        html += fieldRow(tr("Part of row"), paragraph(parent->stt));
    html += fieldRow(tr("Task (Vietnamese)"), paragraph(task.contentVi));
    if (!task.contentEn.isEmpty())
        html += fieldRow(tr("Task (English)"), paragraph(task.contentEn));

    html += fieldRow(tr("Lead"),
                     paragraph(PlanText::agenciesWithMembers(task.leadIds, agencies, english)));
    if (!task.coordinatingIds.isEmpty())
        html += fieldRow(
            tr("Coordinating"),
            paragraph(PlanText::agenciesWithMembers(task.coordinatingIds, agencies, english)));

    const QString completion = task.deadline.text.toHtmlEscaped() % " &mdash; "_L1
                               % PlanText::deadlineMeaning(task.deadline).toHtmlEscaped();
    html += fieldRow(tr("Completion time"), completion);

    if (task.indicator) {
        html += fieldRow(tr("Target"), paragraph(PlanText::indicatorTarget(*task.indicator)));
        const QString period = PlanText::indicatorPeriod(*task.indicator);
        if (!period.isEmpty())
            html += fieldRow(tr("Measured over"), paragraph(period));
    }
    return html + "</table>"_L1;
}

QString TaskDetails::involvementHtml(const Task &task) const
{
    const QList<Involvement> found = m_model->involvements(task);
    const AgencyDirectory &agencies = m_model->taskModel()->agencies();
    const Agency *agency = agencies.byId(m_model->agencyId());
    if (found.isEmpty() || !agency)
        return {};

    const bool english = m_model->taskModel()->isEnglish();
    QStringList lines;
    for (const Involvement &involvement : found) {
        const QString role = PlanText::roleName(involvement.role);
        const Agency *group = agencies.byId(involvement.viaGroupId);
        lines.append(group ? tr("%1 takes part as %2 through the group “%3”.")
                                 .arg(agency->name(english), role, group->name(english))
                           : tr("%1 takes part as %2.").arg(agency->name(english), role));
    }
    return "<p><i>"_L1 % paragraph(lines.join(u'\n')) % "</i></p>"_L1;
}

} // namespace PlanTrack
