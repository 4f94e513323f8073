// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "status.h"

#include "model/keytable.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace PlanTrack {

namespace {

constexpr KeyTable<Status, 7> statusKeys{{
    {Status::CompletedOnTime, "completed_on_time"},
    {Status::CompletedLate, "completed_late"},
    {Status::OnTrack, "on_track"},
    {Status::Overdue, "overdue"},
    {Status::NotDue, "not_due"},
    {Status::Reported, "reported"},
    {Status::Unreported, "unreported"},
}};

} // namespace

QList<Status> allStatuses()
{
    return valuesOf(statusKeys);
}

QString statusKey(Status status)
{
    return keyOf(statusKeys, status);
}

std::optional<Status> statusFromKey(QStringView key)
{
    return valueOf(statusKeys, key);
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
