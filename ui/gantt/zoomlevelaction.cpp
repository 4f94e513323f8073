// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "zoomlevelaction.h"

#include "ganttview.h"

#include <QComboBox>
#include <QSignalBlocker>

namespace PlanTrack {

ZoomLevelAction::ZoomLevelAction(GanttView *view)
    : QWidgetAction(view)
    , m_view(view)
{}

void ZoomLevelAction::retranslate()
{
    setText(GanttView::tr("Zoom Level", "of the timeline"));
    setToolTip(GanttView::tr("How much time one screen of the timeline shows"));
    const QList<QWidget *> widgets = createdWidgets();
    for (QWidget *widget : widgets)
        fill(static_cast<QComboBox *>(widget));
}

void ZoomLevelAction::showZoom(TimeAxis::Zoom zoom)
{
    const QList<QWidget *> widgets = createdWidgets();
    for (QWidget *widget : widgets) {
        const QSignalBlocker blocker(widget);
        static_cast<QComboBox *>(widget)->setCurrentIndex(int(zoom));
    }
}

QWidget *ZoomLevelAction::createWidget(QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    fill(combo);
    connect(combo, &QComboBox::activated, m_view, [view = m_view](int index) {
        view->setZoom(TimeAxis::Zoom(index));
    });
    return combo;
}

void ZoomLevelAction::fill(QComboBox *combo) const
{
    const QSignalBlocker blocker(combo);
    combo->clear();
    for (TimeAxis::Zoom zoom : TimeAxis::zoomLevels())
        combo->addItem(TimeAxis::zoomName(zoom));
    combo->setCurrentIndex(int(m_view->zoom()));
    combo->setToolTip(toolTip());
}

} // namespace PlanTrack
