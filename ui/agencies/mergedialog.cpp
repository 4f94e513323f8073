// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mergedialog.h"

#include "agencychoicemodel.h"
#include "agencypicker.h"
#include "common/dateedit.h"
#include "common/problemlabel.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace PlanTrack {

MergeDialog::MergeDialog(const Agency &from,
                         const AgencyUsage &usage,
                         const AgencyDirectory &agencies,
                         QDate day,
                         bool english,
                         QWidget *parent)
    : QDialog(parent)
    , m_picker(new AgencyPicker({}, agencies, english))
    , m_day(createDateEdit(day))
    , m_problem(new ProblemLabel)
{
    setObjectName(u"mergeDialog"_s);
    setWindowTitle(tr("Merge %1 Into…").arg(from.name(english)));
    m_picker->model()->setExcluded({from.id});
    m_picker->model()->setFilter([isGroup = from.isGroup](const Agency &agency) {
        return agency.isGroup == isGroup && !agency.isRetired();
    });

    const QString name = from.name(english).toHtmlEscaped();
    const QString moved = tr("%n row(s)", nullptr, usage.responsibilities) + u", "_s
                          + tr("%n progress update(s)", nullptr, usage.updates) + u", "_s
                          + tr("%n indicator observation(s)", nullptr, usage.observations);
    auto *intro = new QLabel(
        tr("Choose the agency that takes over the work of <b>%1</b>. Its %2 go to that agency; "
           "where both are named on a row, it keeps one place, as lead if either led it. "
           "<b>%1</b> is then retired and marked as merged. Edit → Undo takes the merge back.")
            .arg(name, moved.toHtmlEscaped()));
    intro->setWordWrap(true);

    m_day->setObjectName(u"mergedOn"_s);
    auto *form = new QFormLayout;
    form->addRow(tr("Merged &from:"), m_day);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_mergeButton = buttons->button(QDialogButtonBox::Ok);
    m_mergeButton->setText(tr("&Merge"));
    m_mergeButton->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_picker, &AgencyPicker::currentAgencyChanged, this, [this](AgencyId id) {
        m_mergeButton->setEnabled(id != 0);
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_picker, 1);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 72, fontMetrics().height() * 30);
}

AgencyId MergeDialog::intoId() const
{
    return m_picker->currentAgencyId();
}

QDate MergeDialog::day() const
{
    return m_day->date();
}

void MergeDialog::accept()
{
    const QString problem = m_check ? m_check(intoId()) : QString();
    if (m_problem->showProblem(problem))
        QDialog::accept();
}

} // namespace PlanTrack
