// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "membersdialog.h"

#include "agencychoicemodel.h"
#include "agencypicker.h"
#include "common/problemlabel.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace PlanTrack {

MembersDialog::MembersDialog(const Agency &group,
                             const AgencyDirectory &agencies,
                             bool english,
                             QWidget *parent)
    : QDialog(parent)
    , m_picker(new AgencyPicker({tr("Member", "column of the members dialog")}, agencies, english))
    , m_count(new QLabel)
    , m_problem(new ProblemLabel)
    , m_english(english)
{
    setObjectName(u"membersDialog"_s);
    setWindowTitle(tr("Members of %1").arg(group.name(english)));
    m_picker->model()->setExcluded({group.id});
    m_picker->model()->setChosen(0, group.memberIds);

    auto *intro = new QLabel(tr("Tick the agencies and groups that belong to <b>%1</b>. A row "
                                "given to the group is answered for by each member; a group "
                                "among the members brings its own members.")
                                 .arg(group.name(english).toHtmlEscaped()));
    intro->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_picker, 1);
    layout->addWidget(m_count);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 72, fontMetrics().height() * 32);

    connect(m_picker->model(), &AgencyChoiceModel::choicesChanged, this, &MembersDialog::showCount);
    showCount();
}

QList<AgencyId> MembersDialog::memberIds() const
{
    return m_picker->model()->chosen(0);
}

void MembersDialog::accept()
{
    const QString problem = m_check ? m_check(memberIds()) : QString();
    if (m_problem->showProblem(problem))
        QDialog::accept();
}

void MembersDialog::showCount()
{
    const QList<AgencyId> ids = memberIds();
    m_count->setText(ids.isEmpty()
                         ? tr("No members: the group answers for its rows itself.")
                         : tr("%n member(s): %1", nullptr, int(ids.size()))
                               .arg(m_picker->model()->agencies().joinedNames(ids, m_english)));
    m_count->setWordWrap(true);
}

} // namespace PlanTrack
