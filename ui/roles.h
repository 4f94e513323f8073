// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <Qt>

namespace PlanTrack {

/// Names what a row of a PlanTrack item model stands for (the value of ItemKindRole).
enum class ItemKind {
    Section,     ///< a section of a plan ("I. …")
    Task,        ///< a numbered row of a plan
    SubTask,     ///< a deliverable inside a row ("3.1")
    Agency,      ///< an agency in the agency tree
    Group,       ///< a named group of agencies
    GroupMember, ///< an agency listed under a group it belongs to
};

/// Declares the custom data roles of every PlanTrack item model, in one place.
enum ItemDataRole : int {
    ItemKindRole = Qt::UserRole + 1, ///< ItemKind, as int
    TaskIdRole,                      ///< TaskId of a task or sub-task row
    SectionIdRole,                   ///< SectionId of the row's section
    AgencyIdRole,                    ///< AgencyId of an agency, group or member row
    SearchTextRole,                  ///< folded text (VietnameseText::fold) a search matches
    SortRole,                        ///< value a column sorts by (plan order for the number)
    ViaGroupRole, ///< names of the groups through which the row reaches the filtered agency;
                  ///< empty when the agency is named directly or no agency is chosen
    StatusRole,   ///< int(PlanTrack::Status) of a row as of the model's date; none for sections
    DueSoonRole,  ///< bool: the row falls due within the due-soon days of the as-of date
    DeadlineRole, ///< PlanTrack::Deadline in force on the as-of date (QVariant::fromValue)
    PercentRole,  ///< int 0–100: the row's progress as of the date
    /// QDate: for a recurring row, the last day of the period its status judges
    /// (TaskStatus::judgedPeriod); none while no period has closed
    JudgedUntilRole,
};

} // namespace PlanTrack
