// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "asofcontrol.h"

#include "common/dateedit.h"

#include <QAction>
#include <QDateEdit>
#include <QLabel>
#include <QMenu>
#include <QToolBar>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace PlanTrack {

AsOfControl::AsOfControl(QWidget *parent, std::function<ScheduleRules()> rules)
    : QObject(parent)
    , m_rules(std::move(rules))
    , m_label(new QLabel(parent))
    , m_edit(createDateEdit(QDate::currentDate(), parent))
    , m_today(new QAction(parent))
    , m_menu(new QMenu(parent))
{
    m_edit->setObjectName(u"asOfDate"_s);
    m_edit->setMinimumDate(QDate(2000, 1, 1));
    m_label->setBuddy(m_edit);
    connect(m_edit, &QDateEdit::dateChanged, this, &AsOfControl::dateChanged);

    m_today->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    connect(m_today, &QAction::triggered, this, [this] { setDate(QDate::currentDate()); });

    // "As of the end of last quarter?" is asked at meetings: the usual cut-off days are one
    // click away.
    m_menu->addAction(m_today);
    m_menu->addSeparator();
    for (const Preset preset : {Preset::ReportingCutoff,
                                Preset::EndOfLastMonth,
                                Preset::EndOfLastQuarter,
                                Preset::EndOfLastHalfYear,
                                Preset::EndOfLastYear}) {
        QAction *action = m_menu->addAction(QString());
        action->setObjectName(u"asOfPreset%1"_s.arg(int(preset)));
        action->setData(int(preset));
        connect(action, &QAction::triggered, this, [this, preset] {
            setDate(presetDay(preset, QDate::currentDate()));
        });
    }
}

QDate AsOfControl::date() const
{
    return m_edit->date();
}

void AsOfControl::setDate(QDate date)
{
    if (!date.isValid())
        return;
    if (m_edit->date() != date)
        m_edit->setDate(date);
    else
        Q_EMIT dateChanged(date);
}

QDate AsOfControl::presetDay(Preset preset, QDate today) const
{
    const int quarterMonth = (today.month() - 1) / 3 * 3 + 1;
    const int halfMonth = today.month() <= 6 ? 1 : 7;
    switch (preset) {
    case Preset::ReportingCutoff: {
        const std::optional<DateRange> period = m_rules().lastClosedPeriod(today);
        return period ? period->last : today;
    }
    case Preset::EndOfLastMonth:
        return QDate(today.year(), today.month(), 1).addDays(-1);
    case Preset::EndOfLastQuarter:
        return QDate(today.year(), quarterMonth, 1).addDays(-1);
    case Preset::EndOfLastHalfYear:
        return QDate(today.year(), halfMonth, 1).addDays(-1);
    case Preset::EndOfLastYear:
        return QDate(today.year() - 1, 12, 31);
    }
    return today;
}

void AsOfControl::addTo(QToolBar &toolBar)
{
    toolBar.addWidget(m_label);
    toolBar.addWidget(m_edit);
    toolBar.addAction(m_today);
    if (auto *button = qobject_cast<QToolButton *>(toolBar.widgetForAction(m_today))) {
        button->setMenu(m_menu);
        button->setPopupMode(QToolButton::MenuButtonPopup);
    }
}

void AsOfControl::retranslate()
{
    m_label->setText(tr("Status &on:", "label of the as-of date"));
    m_edit->setToolTip(tr("Every view shows the plan as it stood on this day"));
    m_today->setText(tr("&Today", "set the as-of date to today"));
    m_today->setToolTip(tr("Show the plan as of today"));
    m_menu->setTitle(tr("Status &On", "menu of usual as-of days"));

    for (QAction *action : m_menu->actions()) {
        if (!action->data().isValid())
            continue;
        switch (Preset(action->data().toInt())) {
        case Preset::ReportingCutoff:
            action->setText(tr("Last Reporting &Cut-off"));
            break;
        case Preset::EndOfLastMonth:
            action->setText(tr("End of Last &Month"));
            break;
        case Preset::EndOfLastQuarter:
            action->setText(tr("End of Last &Quarter"));
            break;
        case Preset::EndOfLastHalfYear:
            action->setText(tr("End of Last &Half-Year"));
            break;
        case Preset::EndOfLastYear:
            action->setText(tr("End of Last &Year"));
            break;
        }
    }
}

} // namespace PlanTrack
