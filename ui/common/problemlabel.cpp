// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "problemlabel.h"

#include "status/statusstyle.h"

using namespace Qt::StringLiterals;

namespace PlanTrack {

ProblemLabel::ProblemLabel(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(u"problem"_s);
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setStyleSheet(u"color: %1"_s.arg(StatusStyle::color(Status::Overdue).name()));
    hide();
}

bool ProblemLabel::showProblem(const QString &problem)
{
    setText(problem);
    setVisible(!problem.isEmpty());
    return problem.isEmpty();
}

} // namespace PlanTrack
