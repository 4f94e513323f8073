// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

class QPagedPaintDevice;
class QPainter;

namespace PlanTrack {

class ResponsibilityMatrixModel;

/// Prints the responsibility matrix as it is shown (its rows, agencies and totals) on
/// landscape pages: the title and a legend on the first page, the agency names upright in
/// a header that every page repeats, the task texts wrapped, the page numbers at the foot.
/// When the agencies do not fit across one page they are spread over several, each
/// repeating the row numbers and texts.
class ResponsibilityMatrixPrinter final
{
    Q_DECLARE_TR_FUNCTIONS(PlanTrack::ResponsibilityMatrixPrinter)

public:
    explicit ResponsibilityMatrixPrinter(const ResponsibilityMatrixModel &model);

    void setTitle(const QString &title) { m_title = title; }

    void setSubtitle(const QString &subtitle) { m_subtitle = subtitle; }

    /// Paints every page on a printer or PDF writer set to landscape; returns the number
    /// of pages, or 0 when the device could not be painted on.
    int print(QPagedPaintDevice &device) const;

private:
    struct Layout;
    struct Page;

    Layout layout(QPainter &painter, const QPagedPaintDevice &device) const;
    QList<Page> paginate(QPainter &painter, const Layout &layout) const;
    int rowHeight(QPainter &painter, const Layout &layout, int row, int taskWidth) const;
    void paintPage(
        QPainter &painter, const Layout &layout, const Page &page, int number, int count) const;
    int paintTitle(QPainter &painter, const Layout &layout) const;
    void paintHeader(QPainter &painter, const Layout &layout, const Page &page, int top) const;
    int paintRow(QPainter &painter, const Layout &layout, const Page &page, int row, int top) const;

    const ResponsibilityMatrixModel &m_model;
    QString m_title;
    QString m_subtitle;
};

} // namespace PlanTrack
