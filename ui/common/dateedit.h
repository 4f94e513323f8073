// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>

class QDateEdit;
class QWidget;

namespace PlanTrack {

/// Returns a new date edit that shows day as dd/MM/yyyy, the form of Vietnamese documents,
/// with a calendar to pick from; an invalid day shows the edit's first day, 1 January 2000.
QDateEdit *createDateEdit(QDate day = {}, QWidget *parent = nullptr);

} // namespace PlanTrack
