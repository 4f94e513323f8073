// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pageflow.h"

#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPrinter>

using namespace Qt::StringLiterals;

namespace PlanTrack {

namespace {

// Margins in millimetres. Landscape pages keep the wider margin on the binding side,
// which is their top once the page is turned into the portrait stack.
const QMarginsF portraitMargins(30, 20, 15, 20);
const QMarginsF landscapeMargins(20, 25, 15, 18);
const QSizeF a4(210, 297);

} // namespace

PageFlow::PageFlow(QPagedPaintDevice &device,
                   QPainter &painter,
                   Landscape landscape,
                   QFont numberFont)
    : m_device(device)
    , m_painter(painter)
    , m_landscapeMode(landscape)
    , m_numberFont(std::move(numberFont))
    , m_dotsPerMm(device.logicalDpiX() / 25.4)
{}

void PageFlow::prepare(QPagedPaintDevice &device)
{
    if (auto *printer = dynamic_cast<QPrinter *>(&device))
        printer->setFullPage(true);
    device.setPageLayout(QPageLayout(
        QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(), QPageLayout::Millimeter));
}

void PageFlow::start()
{
    m_page = 1;
    m_landscape = false;
    setUpPage();
}

void PageFlow::newPage(bool landscape)
{
    if (m_landscapeMode == Landscape::OwnPages && landscape != m_landscape)
        m_device.setPageOrientation(landscape ? QPageLayout::Landscape : QPageLayout::Portrait);
    m_device.newPage();
    ++m_page;
    m_landscape = landscape;
    setUpPage();
}

void PageFlow::ensure(double height)
{
    if (height > remaining() && !isAtTop())
        newPage();
}

void PageFlow::setUpPage()
{
    const QSizeF paper = m_landscape ? a4.transposed() : a4;
    const QMarginsF margins = m_landscape ? landscapeMargins : portraitMargins;
    m_painter.resetTransform();
    if (m_landscape && m_landscapeMode == Landscape::TurnedOnPortrait) {
        // Turn the page a quarter anticlockwise: its top lies along the portrait page's
        // left edge, where the document is bound.
        m_painter.translate(0, mm(a4.height()));
        m_painter.rotate(-90);
    }

    m_content = QRectF(mm(margins.left()),
                       mm(margins.top()),
                       mm(paper.width() - margins.left() - margins.right()),
                       mm(paper.height() - margins.top() - margins.bottom()));
    m_y = m_content.top();
    drawPageNumber();
}

void PageFlow::drawPageNumber()
{
    if (m_page < 2)
        return;
    const double top = m_landscape ? landscapeMargins.top() : portraitMargins.top();
    const QRectF band(m_content.left(), mm(top / 2 - 4), m_content.width(), mm(8));

    m_painter.save();
    m_painter.setFont(m_numberFont);
    m_painter.setPen(Qt::black);
    m_painter.drawText(band, Qt::AlignHCenter | Qt::AlignVCenter, QString::number(m_page));
    m_painter.restore();
}

} // namespace PlanTrack
