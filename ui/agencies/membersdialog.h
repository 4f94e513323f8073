// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/agency.h"

#include <QDialog>

#include <functional>

class QLabel;

namespace PlanTrack {

class ProblemLabel;

class AgencyPicker;

/// Lets the user tick the members of a group: agencies and other groups.
class MembersDialog final : public QDialog
{
    Q_OBJECT

public:
    /// Returns the reason a member list is refused, or an empty text.
    using Check = std::function<QString(const QList<AgencyId> &memberIds)>;

    MembersDialog(const Agency &group,
                  const AgencyDirectory &agencies,
                  bool english,
                  QWidget *parent = nullptr);

    void setCheck(Check check) { m_check = std::move(check); }

    QList<AgencyId> memberIds() const;

    AgencyPicker *picker() const { return m_picker; }

    void accept() override;

private:
    void showCount();

    AgencyPicker *m_picker;
    QLabel *m_count;
    ProblemLabel *m_problem;
    Check m_check;
    bool m_english;
};

} // namespace PlanTrack
