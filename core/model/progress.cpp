// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "progress.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace PlanTrack {

QString progressStateKey(ProgressState state)
{
    switch (state) {
    case ProgressState::NotStarted:
        return u"not_started"_s;
    case ProgressState::InProgress:
        return u"in_progress"_s;
    case ProgressState::Completed:
        return u"completed"_s;
    }
    return {};
}

std::optional<ProgressState> progressStateFromKey(QStringView key)
{
    for (ProgressState state :
         {ProgressState::NotStarted, ProgressState::InProgress, ProgressState::Completed}) {
        if (key == progressStateKey(state))
            return state;
    }
    return std::nullopt;
}

QString progressStateLabel(ProgressState state)
{
    switch (state) {
    case ProgressState::NotStarted:
        return QCoreApplication::translate("PlanTrack::ProgressState", "not started");
    case ProgressState::InProgress:
        return QCoreApplication::translate("PlanTrack::ProgressState", "in progress");
    case ProgressState::Completed:
        return QCoreApplication::translate("PlanTrack::ProgressState", "completed");
    }
    return {};
}

} // namespace PlanTrack
