// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "indicatordashboard.h"

#include "indicatorcard.h"
#include "indicators/indicatorbook.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace PlanTrack {

namespace {

constexpr int cardWidth = 300;

} // namespace

IndicatorDashboard::IndicatorDashboard(IndicatorBook &book, QWidget *parent)
    : QWidget(parent)
    , m_book(&book)
    , m_heading(new QLabel(this))
    , m_empty(new QLabel(this))
    , m_grid(new QGridLayout)
{
    setObjectName(u"indicatorDashboard"_s);
    QFont font = m_heading->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.2);
    m_heading->setFont(font);
    m_empty->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_empty);
    layout->addLayout(m_grid);
    layout->addStretch(1);

    connect(&book, &IndicatorBook::observationsChanged, this, &IndicatorDashboard::refresh);
    connect(&book, &IndicatorBook::indicatorChanged, this, &IndicatorDashboard::refresh);
    connect(&book, &IndicatorBook::reloaded, this, &IndicatorDashboard::rebuild);
    rebuild();
}

void IndicatorDashboard::setAsOf(QDate date)
{
    if (!date.isValid() || date == m_asOf)
        return;
    m_asOf = date;
    refresh();
}

void IndicatorDashboard::setPlanId(PlanId id)
{
    if (id == m_planId)
        return;
    m_planId = id;
    rebuild();
}

void IndicatorDashboard::rebuild()
{
    qDeleteAll(m_cards);
    m_cards.clear();
    if (m_book) {
        for (const Indicator &indicator : m_book->indicatorsOf(m_planId)) {
            auto *card = new IndicatorCard(*m_book, indicator.id, this);
            connect(card, &IndicatorCard::activated, this, &IndicatorDashboard::indicatorActivated);
            m_cards.append(card);
        }
    }
    m_columns = 0;
    arrangeCards();
    refresh();
}

void IndicatorDashboard::refresh()
{
    retranslateUi();
    for (IndicatorCard *card : std::as_const(m_cards))
        card->showAsOf(m_asOf);
}

void IndicatorDashboard::arrangeCards()
{
    const int columns = std::max(1, std::min(int(m_cards.size()), width() / cardWidth));
    if (columns == m_columns)
        return;
    m_columns = columns;
    for (IndicatorCard *card : std::as_const(m_cards))
        m_grid->removeWidget(card);
    for (qsizetype i = 0; i < m_cards.size(); ++i)
        m_grid->addWidget(m_cards.at(i), int(i) / columns, int(i) % columns);
    for (int column = 0; column < m_grid->columnCount(); ++column)
        m_grid->setColumnStretch(column, column < columns ? 1 : 0);
}

void IndicatorDashboard::retranslateUi()
{
    m_heading->setText(
        tr("Targets as of %1").arg(QLocale().toString(m_asOf, QLocale::ShortFormat)));
    m_empty->setText(tr("The plan has no rows with a numeric target."));
    m_empty->setVisible(m_cards.isEmpty());
}

void IndicatorDashboard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

void IndicatorDashboard::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    arrangeCards();
}

} // namespace PlanTrack
