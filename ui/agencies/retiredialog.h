// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/agency.h"

#include <QDialog>

class QDateEdit;

namespace PlanTrack {

/// Asks from which day an agency is retired, saying what retiring keeps.
class RetireDialog final : public QDialog
{
    Q_OBJECT

public:
    RetireDialog(const Agency &agency, QDate day, bool english, QWidget *parent = nullptr);

    QDate day() const;

private:
    QDateEdit *m_day;
};

} // namespace PlanTrack
