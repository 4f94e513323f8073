// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rulesdialog.h"

#include "common/dateedit.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace PlanTrack {

RulesDialog::RulesDialog(const ScheduleRules &rules, QWidget *parent)
    : QDialog(parent)
    , m_rules(rules)
{
    setWindowTitle(tr("Schedule Settings"));

    m_length = new QComboBox;
    m_length->addItem(tr("Monthly"), int(ScheduleRules::PeriodLength::Month));
    m_length->addItem(tr("Quarterly"), int(ScheduleRules::PeriodLength::Quarter));
    m_length->addItem(tr("Half-yearly"), int(ScheduleRules::PeriodLength::HalfYear));
    m_length->setCurrentIndex(m_length->findData(int(rules.periodLength)));

    m_cutoff = new QComboBox;
    m_cutoff->addItem(tr("From the 15th to the 14th (Decree 09/2019/NĐ-CP)"),
                      int(ScheduleRules::PeriodCutoff::Decree09));
    m_cutoff->addItem(tr("Calendar months"), int(ScheduleRules::PeriodCutoff::Calendar));
    m_cutoff->setCurrentIndex(m_cutoff->findData(int(rules.periodCutoff)));

    m_annualMonth = new QComboBox;
    for (int month = 1; month <= 12; ++month)
        m_annualMonth->addItem(QLocale().standaloneMonthName(month), month);
    m_annualMonth->setCurrentIndex(rules.annualDueMonth - 1);

    m_dueSoon = new QSpinBox;
    m_dueSoon->setRange(0, 90);
    m_dueSoon->setValue(rules.dueSoonDays);
    const auto showUnit = [this](int days) {
        m_dueSoon->setSuffix(tr(" day(s) before the due day", nullptr, days));
    };
    connect(m_dueSoon, &QSpinBox::valueChanged, this, showUnit);
    showUnit(rules.dueSoonDays);

    m_start = createDateEdit(rules.trackingStart);

    auto *note = new QLabel(tr("Ongoing and conditional rows are judged on the last closed "
                               "reporting period; a yearly row at the end of the chosen month."));
    note->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Reporting period:"), m_length);
    form->addRow(tr("Period &cut-off:"), m_cutoff);
    form->addRow(tr("&Yearly rows fall due at the end of:"), m_annualMonth);
    form->addRow(tr("&Due soon:"), m_dueSoon);
    form->addRow(tr("Follow-up &starts on:"), m_start);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
}

ScheduleRules RulesDialog::rules() const
{
    ScheduleRules result = m_rules;
    result.periodLength = ScheduleRules::PeriodLength(m_length->currentData().toInt());
    result.periodCutoff = ScheduleRules::PeriodCutoff(m_cutoff->currentData().toInt());
    result.annualDueMonth = m_annualMonth->currentData().toInt();
    result.dueSoonDays = m_dueSoon->value();
    result.trackingStart = m_start->date();
    return result;
}

} // namespace PlanTrack
