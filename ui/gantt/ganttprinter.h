// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schedule/schedulerules.h"
#include "timeaxis.h"

#include <QCoreApplication>
#include <QFont>
#include <QList>
#include <QModelIndex>
#include <QPointer>

class QPagedPaintDevice;
class QPageSize;
class QPaintDevice;
class QWidget;

namespace PlanTrack {

class GanttView;

/// Prints the timeline of a task model on landscape pages, as many as it needs and never
/// squeezed: the rows are split over pages downwards and the time span across, each page
/// holding whole units of the zoom level (whole years where they fit). Every page repeats
/// the title line (plan title and as-of date), the row labels (number and the start of the
/// task text, sub-tasks indented), the time axis and the legend, and is numbered
/// "page x / n".
class GanttPrinter final
{
    Q_DECLARE_TR_FUNCTIONS(PlanTrack::GanttPrinter)

public:
    GanttPrinter();

    /// Returns a printer of what a view shows: its rows in order, dates, rules, date range
    /// and zoom level.
    static GanttPrinter fromView(const GanttView &view);

    /// Prints every row of model, all expanded, in model order.
    void setModel(const QAbstractItemModel *model);

    /// Prints these rows of the model, in this order, instead.
    void setRows(const QList<QModelIndex> &rows);

    void setTitle(const QString &title) { m_title = title; }

    void setAsOf(QDate day) { m_asOf = day; }

    void setToday(QDate day) { m_today = day; }

    void setRules(const ScheduleRules &rules) { m_rules = rules; }

    /// Sets the days printed; an invalid range prints whole years around the rows' dates.
    void setRange(const DateRange &range) { m_range = range; }

    /// Returns the days printed.
    DateRange range() const;

    TimeAxis::Zoom zoom() const { return m_zoom; }

    /// Sets the unit of the axis; the width of a day follows from its labels.
    void setZoom(TimeAxis::Zoom zoom) { m_zoom = zoom; }

    /// Sets the font of labels and axis; the title is set a little larger and bold.
    void setFont(const QFont &font) { m_font = font; }

    int rowCount() const { return int(m_rows.size()); }

    /// Returns how many landscape pages of pageSize rowCount rows over range take.
    int pageCount(const QPageSize &pageSize, int rowCount, const DateRange &range) const;

    /// Prints onto device, turned to landscape; returns the number of pages printed, or 0
    /// when the painter could not start on the device.
    int print(QPagedPaintDevice &device) const;

    /// Returns how many pages of the size of area the timeline takes on device, for printing
    /// it inside another document (the appendix of a report).
    int pagesIn(QPaintDevice &device, const QSizeF &area) const;

    /// Prints page index (from 0) of pagesIn() into area, with a painter already active on
    /// device; the page is numbered "index + 1 / pages" like the pages print() makes.
    void
    printPageInto(QPainter &painter, QPaintDevice &device, const QRectF &area, int index) const;

    /// Opens a print preview of the timeline over parent and returns when it is closed.
    void showPreview(QWidget *parent) const;

private:
    struct Layout;

    Layout layout(QPaintDevice &device, const DateRange &range) const;
    Layout layout(QPaintDevice &device, const DateRange &range, const QSizeF &area) const;
    void printPage(QPainter &painter,
                   const Layout &layout,
                   qsizetype firstRow,
                   const DateRange &span,
                   int page,
                   int pages) const;
    void printTitle(QPainter &painter,
                    const Layout &layout,
                    qsizetype firstRow,
                    qsizetype lastRow,
                    const DateRange &span) const;
    void printLabels(QPainter &painter, const Layout &layout, qsizetype firstRow) const;
    void printChart(QPainter &painter,
                    const Layout &layout,
                    qsizetype firstRow,
                    const DateRange &span) const;
    void printFooter(QPainter &painter, const Layout &layout, int page, int pages) const;
    QString headerText(int column) const;

    QPointer<const QAbstractItemModel> m_model;
    QList<QPersistentModelIndex> m_rows;
    QString m_title;
    QDate m_asOf;
    QDate m_today;
    ScheduleRules m_rules;
    DateRange m_range;
    TimeAxis::Zoom m_zoom = TimeAxis::Zoom::Quarters;
    QFont m_font;
};

} // namespace PlanTrack
