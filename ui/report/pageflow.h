// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QMarginsF>
#include <QRectF>

class QPagedPaintDevice;
class QPainter;

namespace PlanTrack {

/// Keeps the place on the page while a report is drawn from top to bottom: A4 pages with
/// the margins of Decree 30/2020 (top and bottom 20 mm, left 30 mm, right 15 mm on portrait
/// pages), the page number centred in the top margin from page 2 on, and landscape pages
/// for wide tables. Positions are device units within the current page.
class PageFlow final
{
public:
    /// Names how a landscape page comes out.
    enum class Landscape {
        OwnPages,         ///< a landscape page of its own (PDF files)
        TurnedOnPortrait, ///< turned a quarter on a portrait page, its top at the binding
                          ///< edge: for printers and the preview, which keep one
                          ///< orientation for a whole job
    };

    PageFlow(QPagedPaintDevice &device, QPainter &painter, Landscape landscape, QFont numberFont);

    /// Sets the device up for the first page: A4 portrait, coordinates from the paper's
    /// corner. Call before the painter begins.
    static void prepare(QPagedPaintDevice &device);

    /// Starts the first page; call once the painter is active.
    void start();

    QPainter &painter() const { return m_painter; }

    QPagedPaintDevice &device() const { return m_device; }

    /// Returns device units per millimetre.
    double mm(double millimetres) const { return millimetres * m_dotsPerMm; }

    /// Returns device units per typographic point.
    double pt(double points) const { return points * m_dotsPerMm * 25.4 / 72; }

    /// Returns the area text may use on the current page.
    QRectF content() const { return m_content; }

    double y() const { return m_y; }

    void setY(double y) { m_y = y; }

    void advance(double height) { m_y += height; }

    double remaining() const { return m_content.bottom() - m_y; }

    bool isAtTop() const { return m_y <= m_content.top() + 0.5; }

    bool isLandscape() const { return m_landscape; }

    int pageNumber() const { return m_page; }

    /// Starts a new page, landscape or portrait.
    void newPage(bool landscape);

    void newPage() { newPage(m_landscape); }

    /// Starts a new page unless height fits below the current position or the page is empty.
    void ensure(double height);

private:
    void setUpPage();
    void drawPageNumber();

    QPagedPaintDevice &m_device;
    QPainter &m_painter;
    Landscape m_landscapeMode;
    QFont m_numberFont;
    double m_dotsPerMm = 1;
    bool m_landscape = false;
    int m_page = 0;
    QRectF m_content;
    double m_y = 0;
};

} // namespace PlanTrack
