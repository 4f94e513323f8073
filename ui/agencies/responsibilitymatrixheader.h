// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHeaderView>

namespace PlanTrack {

/// Draws the agency names of the responsibility matrix upright, reading from the bottom,
/// so that twenty agencies fit across a screen; the first columns keep level titles.
class ResponsibilityMatrixHeader final : public QHeaderView
{
    Q_OBJECT

public:
    explicit ResponsibilityMatrixHeader(int firstUpright, QWidget *parent = nullptr);

    QSize sizeHint() const override;

protected:
    void paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const override;
    QSize sectionSizeFromContents(int logicalIndex) const override;

private:
    int uprightLength() const;

    int m_firstUpright;
};

} // namespace PlanTrack
