// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ganttheader.h"

#include "ganttpainter.h"
#include "ganttview.h"
#include "tasks/plantext.h"

#include <QHelpEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>

namespace PlanTrack {

GanttHeader::GanttHeader(GanttView *view)
    : QWidget(view)
    , m_view(view)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void GanttHeader::paintEvent(QPaintEvent *)
{
    m_view->ensureRange();
    QPainter painter(this);
    const int offset = m_view->horizontalScrollBar()->value();
    GanttPainter gantt(painter, m_view->m_axis, *m_view->m_style);
    gantt.setShift(-offset);
    gantt.setToday(m_view->m_today);
    gantt.setAsOf(m_view->m_asOf);
    gantt.paintHeader(rect(), offset, offset + width());
}

void GanttHeader::wheelEvent(QWheelEvent *event)
{
    m_view->wheelEvent(event);
}

bool GanttHeader::event(QEvent *event)
{
    if (event->type() != QEvent::ToolTip)
        return QWidget::event(event);

    const auto *help = static_cast<QHelpEvent *>(event);
    const TimeAxis &axis = m_view->m_axis;
    const QDate day = axis.dateAt(m_view->horizontalScrollBar()->value() + help->pos().x());
    const TimeAxis::Unit unit = TimeAxis::minorUnit(axis.zoom());
    const QDate first = TimeAxis::unitStart(unit, day);
    QToolTip::showText(help->globalPos(),
                       GanttView::tr("%1: %2 to %3", "tooltip on the time axis")
                           .arg(TimeAxis::label(unit, first),
                                PlanText::date(first),
                                PlanText::date(TimeAxis::unitEnd(unit, first))),
                       this);
    return true;
}

} // namespace PlanTrack
