// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "responsibilitydialog.h"

#include "agencychoicemodel.h"
#include "agencypicker.h"
#include "common/problemlabel.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace PlanTrack {

ResponsibilityDialog::ResponsibilityDialog(const Task &task,
                                           const AgencyDirectory &agencies,
                                           bool english,
                                           QWidget *parent)
    : QDialog(parent)
    , m_picker(new AgencyPicker({tr("Lead", "column: lead unit of a row"),
                                 tr("Coordinating", "column: coordinating unit of a row")},
                                agencies,
                                english))
    , m_lists{new QListWidget, new QListWidget}
    , m_up(new QToolButton)
    , m_down(new QToolButton)
    , m_problem(new ProblemLabel)
    , m_english(english)
{
    setObjectName(u"responsibilityDialog"_s);
    setWindowTitle(tr("Units of Row %1").arg(task.stt));
    m_picker->model()->setChosen(Lead, task.leadIds);
    m_picker->model()->setChosen(Coordinating, task.coordinatingIds);

    auto *row = new QLabel(
        u"<b>%1.</b> %2"_s.arg(task.stt.toHtmlEscaped(), task.content(english).toHtmlEscaped()));
    row->setWordWrap(true);
    row->setMaximumHeight(fontMetrics().height() * 4);

    const auto listLabel = [](const QString &text, QListWidget *list) {
        auto *label = new QLabel(text);
        label->setBuddy(list);
        return label;
    };
    m_lists[Lead]->setObjectName(u"leadUnits"_s);
    m_lists[Coordinating]->setObjectName(u"coordinatingUnits"_s);
    m_up->setIcon(style()->standardIcon(QStyle::SP_ArrowUp));
    m_up->setToolTip(tr("Name the chosen unit earlier"));
    m_down->setIcon(style()->standardIcon(QStyle::SP_ArrowDown));
    m_down->setToolTip(tr("Name the chosen unit later"));

    auto *order = new QVBoxLayout;
    order->addStretch();
    order->addWidget(m_up);
    order->addWidget(m_down);
    order->addStretch();

    auto *chosen = new QGridLayout;
    chosen->addWidget(listLabel(tr("&Lead units, in order:"), m_lists[Lead]), 0, 0);
    chosen->addWidget(m_lists[Lead], 1, 0);
    chosen->addWidget(listLabel(tr("C&oordinating units, in order:"), m_lists[Coordinating]), 2, 0);
    chosen->addWidget(m_lists[Coordinating], 3, 0);
    chosen->addLayout(order, 0, 1, 4, 1);

    auto *hint = new QLabel(tr("Tick a unit as lead or coordinating; a group stands for each of "
                               "its members. Agencies can also be dropped from the Agencies pane "
                               "onto a row (with Shift as lead)."));
    hint->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *body = new QHBoxLayout;
    body->addWidget(m_picker, 3);
    body->addLayout(chosen, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(row);
    layout->addLayout(body, 1);
    layout->addWidget(hint);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 140, fontMetrics().height() * 34);

    connect(m_picker->model(),
            &AgencyChoiceModel::choicesChanged,
            this,
            &ResponsibilityDialog::showChoices);
    connect(m_up, &QToolButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QToolButton::clicked, this, [this] { moveCurrent(1); });
    for (QListWidget *list : m_lists) {
        connect(list, &QListWidget::currentRowChanged, this, [this, list](int current) {
            if (current >= 0)
                m_lists[list == m_lists[Lead] ? Coordinating : Lead]->setCurrentRow(-1);
        });
    }
    showChoices();
}

QList<AgencyId> ResponsibilityDialog::leadIds() const
{
    return m_picker->model()->chosen(Lead);
}

QList<AgencyId> ResponsibilityDialog::coordinatingIds() const
{
    return m_picker->model()->chosen(Coordinating);
}

void ResponsibilityDialog::accept()
{
    const QString problem = m_check ? m_check(leadIds(), coordinatingIds()) : QString();
    if (m_problem->showProblem(problem))
        QDialog::accept();
}

void ResponsibilityDialog::showChoices()
{
    const AgencyDirectory &agencies = m_picker->model()->agencies();
    for (int choice : {Lead, Coordinating}) {
        QListWidget *list = m_lists[choice];
        const AgencyId current =
            list->currentItem() ? list->currentItem()->data(Qt::UserRole).value<AgencyId>() : 0;
        list->clear();
        for (AgencyId id : m_picker->model()->chosen(choice)) {
            const Agency *agency = agencies.byId(id);
            auto *item = new QListWidgetItem(agency ? agency->name(m_english) : QString(), list);
            item->setData(Qt::UserRole, id);
            if (id == current)
                list->setCurrentItem(item);
        }
    }
}

void ResponsibilityDialog::moveCurrent(int step)
{
    for (int choice : {Lead, Coordinating}) {
        QListWidget *list = m_lists[choice];
        const int row = list->currentRow();
        QList<AgencyId> ids = m_picker->model()->chosen(choice);
        if (row < 0 || row + step < 0 || row + step >= ids.size())
            continue;
        ids.move(row, row + step);
        m_picker->model()->setChosen(choice, ids);
        list->setCurrentRow(row + step);
        return;
    }
}

} // namespace PlanTrack
