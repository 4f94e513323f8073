// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "indicatorcharts.h"

#include <QDate>
#include <QPointer>
#include <QWidget>

class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QPushButton;

namespace PlanTrack {

class IndicatorBook;

/// Shows one chart of one indicator as of a date, the trend or the agencies of the last
/// period, with the agencies that did not report, and exports it as PNG or SVG.
class IndicatorChartPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit IndicatorChartPanel(IndicatorBook &book, QWidget *parent = nullptr);

    IndicatorId indicatorId() const;
    IndicatorCharts::Kind kind() const;

    QDate asOf() const { return m_asOf; }

    /// Returns the chart on show (owned by the panel's view).
    QChart *chart() const;

    /// Writes the chart on show, drawn anew at size, as PNG or (by the suffix) SVG.
    bool exportChart(const QString &path, QSize size, QString *error) const;

public Q_SLOTS:
    void setIndicatorId(PlanTrack::IndicatorId id);
    void setKind(PlanTrack::IndicatorCharts::Kind kind);
    void setAsOf(QDate date);
    /// Asks for a file name and writes the chart there.
    void exportToFile();

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillIndicators();
    void showChart();
    void retranslateUi();

    QPointer<IndicatorBook> m_book;
    QDate m_asOf = QDate::currentDate();
    QComboBox *m_indicators;
    QComboBox *m_kinds;
    QPushButton *m_export;
    QChartView *m_view;
    QLabel *m_missing;
};

} // namespace PlanTrack
