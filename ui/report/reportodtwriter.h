// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

#include <memory>

class QTextCursor;
class QTextDocument;

namespace PlanTrack {

class GanttPrinter;
class IndicatorBook;
struct ReportBlock;
struct ReportData;
struct ReportTable;

/// Writes the editable copy of a progress report: an OpenDocument text (ODT) that
/// LibreOffice and Word open for editing, with the same header, blocks, tables and charts
/// as the printed report. Its pages are laid out by the word processor.
class ReportOdtWriter final
{
    Q_DECLARE_TR_FUNCTIONS(PlanTrack::ReportOdtWriter)

public:
    /// Takes the report and, for its charts, the indicator book (none: no charts).
    explicit ReportOdtWriter(const ReportData &data, const IndicatorBook *book = nullptr);

    /// Gives the timeline put into the timeline appendix, as one picture a page.
    void setTimeline(const GanttPrinter *timeline) { m_timeline = timeline; }

    /// Returns the report as a text document.
    std::unique_ptr<QTextDocument> document() const;

    /// Writes the report as an ODT file, replaced only once complete; returns false with
    /// *error set when it cannot be written.
    bool write(const QString &path, QString *error) const;

private:
    void addHeader(QTextCursor &cursor) const;
    void addTitle(QTextCursor &cursor) const;
    void addBlock(QTextCursor &cursor, const ReportBlock &block) const;
    void addTable(QTextCursor &cursor, const ReportTable &table) const;
    void addCharts(QTextCursor &cursor, QTextDocument &document) const;
    void addTimeline(QTextCursor &cursor, QTextDocument &document, const ReportBlock &block) const;
    void addClosing(QTextCursor &cursor) const;

    const ReportData &m_data;
    const IndicatorBook *m_book;
    const GanttPrinter *m_timeline = nullptr;
};

} // namespace PlanTrack
