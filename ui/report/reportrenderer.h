// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pageflow.h"

#include <QCoreApplication>
#include <QString>

class QPagedPaintDevice;

namespace PlanTrack {

class GanttPrinter;
class IndicatorBook;
struct ReportData;

/// Draws a progress report in the official form of Decree 30/2020/NĐ-CP onto a PDF writer
/// or a printer, paginating it itself: A4 with the decree's margins, Times New Roman, the
/// two-column header with its rules, page numbers centred at the top from page 2, tables
/// whose header row repeats on every page, the closing with recipients and signature, and
/// the appendices on landscape pages. The print preview, printing and PDF export all draw
/// through here, so they show the same pages.
class ReportRenderer final
{
    Q_DECLARE_TR_FUNCTIONS(PlanTrack::ReportRenderer)

public:
    explicit ReportRenderer(const ReportData &data);

    /// Gives the book the indicator charts are drawn from; without one there are none.
    void setIndicatorBook(const IndicatorBook *book) { m_book = book; }

    /// Gives the timeline printed as the appendix the report asks for; without one the
    /// report has no timeline appendix.
    void setTimeline(const GanttPrinter *timeline) { m_timeline = timeline; }

    /// Sets how landscape pages come out; a PDF has landscape pages of its own by default.
    void setLandscape(PageFlow::Landscape landscape) { m_landscape = landscape; }

    /// Draws the report onto a device that is not being painted on yet, from its first
    /// page; returns the number of pages, 0 when the device cannot be painted on.
    int render(QPagedPaintDevice &device) const;

    /// Writes the report as a PDF file, replaced only once complete; returns false with
    /// *error set when it cannot be written.
    bool writePdf(const QString &path, QString *error) const;

private:
    const ReportData &m_data;
    const IndicatorBook *m_book = nullptr;
    const GanttPrinter *m_timeline = nullptr;
    PageFlow::Landscape m_landscape = PageFlow::Landscape::OwnPages;
};

} // namespace PlanTrack
