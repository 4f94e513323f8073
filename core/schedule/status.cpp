// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "status.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace PlanTrack {

namespace {

constexpr std::array statusKeys{
    std::pair{Status::CompletedOnTime, "completed_on_time"},
    std::pair{Status::CompletedLate, "completed_late"},
    std::pair{Status::OnTrack, "on_track"},
    std::pair{Status::Overdue, "overdue"},
    std::pair{Status::NotDue, "not_due"},
    std::pair{Status::Reported, "reported"},
    std::pair{Status::Unreported, "unreported"},
};

} // namespace

QList<Status> allStatuses()
{
    QList<Status> result;
    for (const auto &[status, key] : statusKeys)
        result.append(status);
    return result;
}

QString statusKey(Status status)
{
    for (const auto &[s, key] : statusKeys) {
        if (s == status)
            return QString::fromLatin1(key);
    }
    return {};
}

std::optional<Status> statusFromKey(QStringView key)
{
    for (const auto &[status, name] : statusKeys) {
        if (key == QLatin1StringView(name))
            return status;
    }
    return std::nullopt;
}

QString statusLabel(Status status)
{
    switch (status) {
    case Status::CompletedOnTime:
        return QCoreApplication::translate("PlanTrack::Status", "completed on time");
    case Status::CompletedLate:
        return QCoreApplication::translate("PlanTrack::Status", "completed late");
    case Status::OnTrack:
        return QCoreApplication::translate("PlanTrack::Status", "in progress, within deadline");
    case Status::Overdue:
        return QCoreApplication::translate("PlanTrack::Status", "overdue");
    case Status::NotDue:
        return QCoreApplication::translate("PlanTrack::Status", "not yet due");
    case Status::Reported:
        return QCoreApplication::translate("PlanTrack::Status", "reported");
    case Status::Unreported:
        return QCoreApplication::translate("PlanTrack::Status", "not reported");
    }
    return {};
}

Status combineStatuses(const QList<Status> &parts)
{
    const auto any = [&parts](auto predicate) {
        return std::any_of(parts.cbegin(), parts.cend(), predicate);
    };
    const auto anyIs = [&any](Status wanted) {
        return any([wanted](Status s) { return s == wanted; });
    };

    if (parts.isEmpty())
        return Status::NotDue;
    if (std::all_of(parts.cbegin(), parts.cend(), isCompleted))
        return anyIs(Status::CompletedLate) ? Status::CompletedLate : Status::CompletedOnTime;
    if (anyIs(Status::Overdue))
        return Status::Overdue;
    if (anyIs(Status::Unreported))
        return Status::Unreported;
    if (anyIs(Status::OnTrack) || any(isCompleted))
        return anyIs(Status::Reported) && !anyIs(Status::OnTrack) ? Status::Reported
                                                                  : Status::OnTrack;
    if (std::all_of(parts.cbegin(), parts.cend(), [](Status s) { return s == Status::Reported; }))
        return Status::Reported;
    return Status::NotDue;
}

} // namespace PlanTrack
