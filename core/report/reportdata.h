// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "indicators/indicator.h"
#include "model/plan.h"
#include "schedule/status.h"
#include "schedule/statusengine.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace PlanTrack {

/// Holds the counts of a set of rows by status, with the rates a report quotes (percent).
struct ReportCounts
{
    int total = 0;
    int completedOnTime = 0;
    int completedLate = 0;
    int onTrack = 0;
    int overdue = 0;
    int notDue = 0;
    int reported = 0;   ///< recurring rows reported in the last closed period
    int unreported = 0; ///< recurring rows not reported in it
    double completionRate = 0;
    double overdueRate = 0; ///< overdue and unfinished rows over all rows
    double unreportedRate = 0;

    /// Takes the counts and rates of the status engine.
    static ReportCounts of(const StatusCounts &counts);

    int completed() const { return completedOnTime + completedLate; }

    int inProgress() const { return onTrack + overdue; }

    friend bool operator==(const ReportCounts &, const ReportCounts &) = default;
};

/// Holds one row of the task table, every text ready to print in the report's language.
struct ReportTaskRow
{
    TaskId taskId = 0;
    QString stt;
    bool isSubTask = false;
    QString task;
    QString lead;
    QString coordinating;
    QString completionTime; ///< the completion time in force, as written
    QString result;         ///< the latest update of each agency as of the date
    Status status = Status::NotDue;
    QString statusLabel;
    bool dueSoon = false;
    QString difficulties;
    QStringList reportedDifficulties; ///< "- No. 9 (Sở Y tế): …", one an agency
    QString notes;
};

/// Holds a section of the plan with the rows of the report in it.
struct ReportSection
{
    SectionId id = 0;
    QString heading; ///< label and title as written, e.g. "III. Truyền thông chính sách"
    QList<ReportTaskRow> rows;
};

/// Holds how one agency stands with the rows it leads.
struct ReportAgencyLine
{
    AgencyId agencyId = 0;
    QString name;
    ReportCounts counts;
};

/// Holds how one indicator stands as of the date.
struct ReportIndicatorLine
{
    IndicatorId indicatorId = 0;
    QString stt;
    QString name;
    QString target; ///< e.g. "Tối thiểu 50%"
    QString value;  ///< e.g. "52,5% (21/40)"; empty without data
    QString period; ///< the period of the value
    IndicatorResult result = IndicatorResult::NoData;
    QString resultLabel;
};

/// Describes one column of a report table.
struct ReportColumn
{
    QString title;
    QString group;        ///< neighbouring columns of one group share a cell above their titles
    double weight = 1;    ///< share of the width of the table
    bool centred = false; ///< numbers and short words are centred
};

/// Describes one row of a report table.
struct ReportTableRow
{
    enum class Kind {
        Data,
        Heading, ///< one text across the whole row, e.g. a section of the plan
    };

    Kind kind = Kind::Data;
    QStringList cells;       ///< one text a column; a heading has one
    int emphasisedCell = -1; ///< a cell set in bold, e.g. the status of an overdue row
    bool indented = false;   ///< a sub-task under its row
};

/// Describes a table of a report.
struct ReportTable
{
    QList<ReportColumn> columns;
    QList<ReportTableRow> rows;

    /// Returns whether some columns share a group cell, so that the header has two rows.
    bool hasGroups() const;
};

/// Describes one block of a report in reading order. Renderers lay blocks out in order;
/// none of them adds or leaves out content.
struct ReportBlock
{
    enum class Kind {
        Heading,   ///< text at level 1 ("I. KẾT QUẢ CHUNG") or level 2 ("1. Tổng hợp")
        Paragraph, ///< body text, justified, its first line indented
        Item,      ///< one line of a list, "- …"
        Table,     ///< the table ReportData::tables[table]
        Charts,    ///< the charts of ReportData::indicators
        Closing,   ///< recipients on the left, the signature block on the right
        Appendix,  ///< starts an appendix on a new page: its label, title and note
        Timeline,  ///< an appendix of its own: the timeline of the report's rows, its label,
                   ///< title and note on every page
    };

    Kind kind = Kind::Paragraph;
    QString text; ///< the text, or an appendix's label
    int level = 1;
    int table = -1;
    QString title;          ///< an appendix's title
    QString note;           ///< an appendix's italic line
    bool landscape = false; ///< an appendix whose pages are landscape

    static ReportBlock heading(const QString &text, int level = 1);
    static ReportBlock paragraph(const QString &text);
    static ReportBlock item(const QString &text);
    static ReportBlock tableAt(int index);
    static ReportBlock
    appendix(const QString &label, const QString &title, const QString &note, bool landscape);
    static ReportBlock of(Kind kind);
};

/// Holds the texts of the official header and closing of a report.
struct ReportHeader
{
    QString parentBody;
    QString issuingBody;
    QString number;     ///< e.g. "…/BC-SNV"
    QString numberLine; ///< e.g. "Số: …/BC-SNV"
    QString nationalName;
    QString motto;
    QString placeAndDate;
    QString documentKind; ///< "BÁO CÁO"
    QString subject;
    QString recipientsLabel;
    QStringList recipients;
    QString signerTitle;
    QString signerPosition;
    QString signerName;
};

/// Describes a progress report as of a date, for a whole plan or one agency, with every
/// text in the report's language and nothing about how it is drawn: the header, the counts,
/// the rows by section with the latest update of each agency, the agencies, the
/// indicators, and the blocks the document is made of. A report once made is a snapshot;
/// later edits of the workspace do not change it.
struct ReportData
{
    QString language; ///< "vi" or "en"
    QDate asOf;
    PlanId planId = 0;
    QString planCode;
    QString planTitle;
    AgencyId agencyId = 0; ///< 0 for the whole plan
    QString agencyName;
    bool includeCharts = false;
    bool includeTimeline = false;

    ReportHeader header;
    ReportCounts counts;       ///< of the top-level rows the report answers for
    int coordinatingCount = 0; ///< for one agency: the rows it only coordinates
    QList<ReportSection> sections;
    QList<ReportAgencyLine> agencies; ///< empty in the report of one agency
    QList<ReportIndicatorLine> indicators;
    QStringList difficulties; ///< one line a row and agency that reported some

    QList<ReportTable> tables;
    QList<ReportBlock> blocks;

    bool isEnglish() const { return language == QLatin1StringView("en"); }

    /// Returns every row of the task table in order, sub-tasks after their row.
    QList<const ReportTaskRow *> rows() const;

    /// Returns the title for the document's properties, e.g. "BÁO CÁO …/BC-SNV".
    QString documentTitle() const;
};

} // namespace PlanTrack
