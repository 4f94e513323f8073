// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "textbox.h"

#include <vector>

namespace PlanTrack {

class PageFlow;
struct ReportTable;
struct ReportTableRow;

/// Draws a report table over as many pages as it takes, ruled in black: the header row
/// (two rows where columns are grouped) repeated at the top of every page, a row never
/// split across pages unless it alone is taller than a page, and then split between lines.
class TablePainter final
{
public:
    /// Lays the table out in the flow's page width with a body font of the given size.
    TablePainter(const ReportTable &table, PageFlow &flow, double pointSize);
    ~TablePainter();

    /// Draws the table from the flow's position on, leaving the position under it.
    void paint();

private:
    struct Row
    {
        const ReportTableRow *source = nullptr;
        std::vector<TextBox> cells;
        double height = 0;
    };

    struct HeaderCell
    {
        int column = 0;
        int span = 1;
        bool top = false;  ///< in the upper header row (a group, or a title spanning both)
        bool both = false; ///< spans both header rows
        TextBox box;
    };

    void fitColumns();
    void layOutHeader();
    Row layOutRow(const ReportTableRow &row) const;
    TextBox cellBox(const QString &text, double width, bool bold, Qt::Alignment alignment) const;
    double columnX(int column) const;
    double spanWidth(int column, int span) const;
    double contentHeight(const Row &row) const;

    void paintHeader();
    void paintRow(const Row &row);
    void paintSplitRow(const Row &row);
    double paintRowPart(const Row &row, std::vector<int> &next, double available);
    void drawBorders(double top, double height, bool heading) const;

    const ReportTable &m_table;
    PageFlow &m_flow;
    double m_pointSize;
    double m_left = 0;
    std::vector<double> m_widths;
    double m_padX = 0;
    double m_padY = 0;
    double m_indent = 0;
    std::vector<HeaderCell> m_header;
    double m_upperHeight = 0;
    double m_lowerHeight = 0;
};

} // namespace PlanTrack
