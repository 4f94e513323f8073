// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportdata.h"

#include "reportlog.h"

#include <algorithm>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcReport, "plantrack.report", QtWarningMsg)

namespace PlanTrack {

ReportCounts ReportCounts::of(const StatusCounts &counts)
{
    ReportCounts result;
    result.total = counts.total;
    result.completedOnTime = counts.count(Status::CompletedOnTime);
    result.completedLate = counts.count(Status::CompletedLate);
    result.onTrack = counts.count(Status::OnTrack);
    result.overdue = counts.count(Status::Overdue);
    result.notDue = counts.count(Status::NotDue);
    result.reported = counts.count(Status::Reported);
    result.unreported = counts.count(Status::Unreported);
    result.completionRate = counts.completionRate();
    result.overdueRate = counts.overdueRate();
    result.unreportedRate = counts.total == 0 ? 0.0 : 100.0 * result.unreported / counts.total;
    return result;
}

ReportBlock ReportBlock::heading(const QString &text, int level)
{
    ReportBlock block = of(Kind::Heading);
    block.text = text;
    block.level = level;
    return block;
}

ReportBlock ReportBlock::paragraph(const QString &text)
{
    ReportBlock block = of(Kind::Paragraph);
    block.text = text;
    return block;
}

ReportBlock ReportBlock::item(const QString &text)
{
    ReportBlock block = of(Kind::Item);
    block.text = text;
    return block;
}

ReportBlock ReportBlock::tableAt(int index)
{
    ReportBlock block = of(Kind::Table);
    block.table = index;
    return block;
}

ReportBlock ReportBlock::appendix(const QString &label,
                                  const QString &title,
                                  const QString &note,
                                  bool landscape)
{
    ReportBlock block = of(Kind::Appendix);
    block.text = label;
    block.title = title;
    block.note = note;
    block.landscape = landscape;
    return block;
}

ReportBlock ReportBlock::of(Kind kind)
{
    ReportBlock block;
    block.kind = kind;
    return block;
}

bool ReportTable::hasGroups() const
{
    return std::any_of(columns.cbegin(), columns.cend(), [](const ReportColumn &column) {
        return !column.group.isEmpty();
    });
}

QList<const ReportTaskRow *> ReportData::rows() const
{
    QList<const ReportTaskRow *> result;
    for (const ReportSection &section : sections) {
        for (const ReportTaskRow &row : section.rows)
            result.append(&row);
    }
    return result;
}

QString ReportData::documentTitle() const
{
    return header.documentKind + u' ' + header.number + u" — "_s + header.subject;
}

} // namespace PlanTrack
