// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "indicators/indicatoraggregator.h"

#include <QFrame>

class QChartView;
class QLabel;

namespace PlanTrack {

class IndicatorBook;

/// Shows how one indicator stands as of a date: its value against the target in the
/// rating colour, the result, the change since the period before, who reported, and a
/// small chart of the city-wide value per period. A click asks for the full chart.
class IndicatorCard final : public QFrame
{
    Q_OBJECT

public:
    IndicatorCard(const IndicatorBook &book, IndicatorId id, QWidget *parent = nullptr);

    IndicatorId indicatorId() const { return m_id; }

    /// Shows the standing and the chart as of a date, in the interface's language.
    void showAsOf(QDate asOf);

    QString valueText() const;
    QString resultText() const;

Q_SIGNALS:
    void activated(PlanTrack::IndicatorId id);

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QString reportingText(const IndicatorStanding &standing) const;
    QString changeText(const IndicatorStanding &standing) const;

    const IndicatorBook &m_book;
    IndicatorId m_id;
    QLabel *m_title;
    QLabel *m_value;
    QLabel *m_target;
    QLabel *m_result;
    QLabel *m_change;
    QLabel *m_reporting;
    QChartView *m_chart;
};

} // namespace PlanTrack
