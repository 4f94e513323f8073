// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace PlanTrack {

class GanttView;

/// Shows the time axis above a GanttView, scrolled and zoomed with it; its tooltip names the
/// unit of time under the mouse.
class GanttHeader final : public QWidget
{
public:
    explicit GanttHeader(GanttView *view);

protected:
    void paintEvent(QPaintEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    bool event(QEvent *event) override;

private:
    GanttView *m_view;
};

} // namespace PlanTrack
