// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "indicators/indicator.h"

#include <QDate>
#include <QPointer>
#include <QWidget>

class QGridLayout;
class QLabel;

namespace PlanTrack {

class IndicatorBook;
class IndicatorCard;

/// Shows every indicator of a plan at a glance as of a date: one card each with the value,
/// the target, the result in its colour and a small chart. Follows the interface language
/// and the book's changes; a click on a card asks for that indicator's charts.
class IndicatorDashboard final : public QWidget
{
    Q_OBJECT

public:
    explicit IndicatorDashboard(IndicatorBook &book, QWidget *parent = nullptr);

    QDate asOf() const { return m_asOf; }

    /// Returns the plan whose indicators are shown, 0 for every plan.
    PlanId planId() const { return m_planId; }

    QList<IndicatorCard *> cards() const { return m_cards; }

public Q_SLOTS:
    void setAsOf(QDate date);
    void setPlanId(PlanId id);
    /// Builds the cards anew, after indicators were added or the language changed.
    void rebuild();

Q_SIGNALS:
    void indicatorActivated(PlanTrack::IndicatorId id);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void refresh();
    void arrangeCards();
    void retranslateUi();

    QPointer<IndicatorBook> m_book;
    QDate m_asOf = QDate::currentDate();
    PlanId m_planId = 0;
    QLabel *m_heading;
    QLabel *m_empty;
    QGridLayout *m_grid;
    QList<IndicatorCard *> m_cards;
    int m_columns = 0;
};

} // namespace PlanTrack
