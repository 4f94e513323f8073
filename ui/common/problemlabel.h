// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace PlanTrack {

/// Says in a dialog why what was entered is refused; hidden while there is nothing to say.
class ProblemLabel final : public QLabel
{
    Q_OBJECT

public:
    explicit ProblemLabel(QWidget *parent = nullptr);

    /// Shows the reason, or hides the label for an empty one; returns whether it is empty.
    bool showProblem(const QString &problem);
};

} // namespace PlanTrack
