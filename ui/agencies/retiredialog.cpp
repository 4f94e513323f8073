// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "retiredialog.h"

#include "common/dateedit.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace PlanTrack {

RetireDialog::RetireDialog(const Agency &agency, QDate day, bool english, QWidget *parent)
    : QDialog(parent)
    , m_day(createDateEdit(day))
{
    setObjectName(u"retireDialog"_s);
    setWindowTitle(tr("Retire %1").arg(agency.name(english)));

    auto *intro = new QLabel(
        tr("<b>%1</b> will no longer be offered for new rows, groups or updates. Everything "
           "that names it stays: its rows, its updates and the change log. To hand its work "
           "to another agency, use <i>Merge Into…</i> instead.")
            .arg(agency.name(english).toHtmlEscaped()));
    intro->setWordWrap(true);
    m_day->setObjectName(u"retiredOn"_s);

    auto *form = new QFormLayout;
    form->addRow(tr("Retired &from:"), m_day);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Retire"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
}

QDate RetireDialog::day() const
{
    return m_day->date();
}

} // namespace PlanTrack
