// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dateedit.h"

#include <QDateEdit>

using namespace Qt::StringLiterals;

namespace PlanTrack {

QDateEdit *createDateEdit(QDate day, QWidget *parent)
{
    auto *edit = new QDateEdit(day, parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(u"dd/MM/yyyy"_s);
    return edit;
}

} // namespace PlanTrack
