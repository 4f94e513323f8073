// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timeaxis.h"

#include <QWidgetAction>

class QComboBox;

namespace PlanTrack {

class GanttView;

/// Puts a zoom-level combo box of a GanttView into each tool bar or menu the action is
/// added to; choosing a level zooms the view.
class ZoomLevelAction final : public QWidgetAction
{
public:
    explicit ZoomLevelAction(GanttView *view);

    /// Names the action and the levels of every combo box in the interface language.
    void retranslate();

    /// Shows a zoom level in every combo box without choosing it again.
    void showZoom(TimeAxis::Zoom zoom);

protected:
    QWidget *createWidget(QWidget *parent) override;

private:
    void fill(QComboBox *combo) const;

    GanttView *m_view;
};

} // namespace PlanTrack
