// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "indicatorcard.h"

#include "indicatorcharts.h"
#include "indicators/indicatorbook.h"
#include "indicatorstyle.h"
#include "language.h"
#include "workspace/workspacesession.h"

#include <QChart>
#include <QChartView>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>

#include <cmath>

using namespace Qt::StringLiterals;

namespace PlanTrack {

namespace {

void setPointSize(QLabel *label, double factor, bool bold)
{
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * factor);
    font.setBold(bold);
    label->setFont(font);
}

} // namespace

IndicatorCard::IndicatorCard(const IndicatorBook &book, IndicatorId id, QWidget *parent)
    : QFrame(parent)
    , m_book(book)
    , m_id(id)
    , m_title(new QLabel(this))
    , m_value(new QLabel(this))
    , m_target(new QLabel(this))
    , m_result(new QLabel(this))
    , m_change(new QLabel(this))
    , m_reporting(new QLabel(this))
    , m_chart(new QChartView(this))
{
    setObjectName(u"indicatorCard"_s);
    setFrameShape(QFrame::StyledPanel);
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setMinimumWidth(280);

    m_title->setWordWrap(true);
    m_title->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    setPointSize(m_title, 1.0, true);
    // Three lines for every title, so that the cards of a row line up.
    m_title->setFixedHeight(m_title->fontMetrics().lineSpacing() * 3 + 2);
    setPointSize(m_value, 2.0, true);
    m_result->setAlignment(Qt::AlignCenter);
    m_result->setContentsMargins(8, 2, 8, 2);
    setPointSize(m_result, 1.0, true);
    m_reporting->setWordWrap(true);
    m_change->setWordWrap(true);
    m_target->setWordWrap(true);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(120);
    m_chart->setFrameShape(QFrame::NoFrame);
    m_chart->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_chart->setStyleSheet(u"background: transparent;"_s);

    auto *layout = new QGridLayout(this);
    layout->addWidget(m_title, 0, 0, 1, 2);
    layout->addWidget(m_value, 1, 0, Qt::AlignLeft | Qt::AlignVCenter);
    layout->addWidget(m_result, 1, 1, Qt::AlignRight | Qt::AlignVCenter);
    layout->addWidget(m_target, 2, 0, 1, 2);
    layout->addWidget(m_change, 3, 0, 1, 2);
    layout->addWidget(m_reporting, 4, 0, 1, 2);
    layout->addWidget(m_chart, 5, 0, 1, 2);
    layout->setRowStretch(5, 1);
}

void IndicatorCard::showAsOf(QDate asOf)
{
    const IndicatorStanding standing = m_book.standing(m_id, asOf);
    const Indicator &indicator = standing.indicator;
    const bool english = usesEnglish();
    const QColor color = IndicatorStyle::color(standing.rating);

    m_title->setText(u"%1. %2"_s.arg(indicator.stt, indicator.name(english)));
    m_title->setToolTip(indicator.name(english));
    m_value->setText(standing.value() ? formatValue(indicator, *standing.value()) : u"—"_s);
    m_value->setStyleSheet(u"color: %1;"_s.arg(color.name()));
    m_target->setText(tr("Target: %1 %2 by %3")
                          .arg(directionLabel(indicator.direction),
                               formatValue(indicator, indicator.target),
                               QString::number(indicator.period.last.year())));
    m_result->setText(resultLabel(standing.result));
    m_result->setStyleSheet(
        u"color: white; background: %1; border-radius: 3px;"_s.arg(color.name()));
    m_change->setText(changeText(standing));
    m_reporting->setText(reportingText(standing));

    QStringList missing;
    for (AgencyId id : standing.missing) {
        const Agency *agency = m_book.session().agencies().byId(id);
        missing.append(agency ? agency->name(english) : QString::number(id));
    }
    m_reporting->setToolTip(missing.isEmpty() ? QString()
                                              : tr("Not reported: %1").arg(missing.join(u"; "_s)));
    setAccessibleName(m_title->text() + u", "_s + m_value->text() + u", "_s + m_result->text());

    std::unique_ptr<QChart> chart =
        IndicatorCharts::create(IndicatorCharts::Kind::Sparkline, m_book, m_id, asOf, english);
    chart->setBackgroundVisible(false);
    const std::unique_ptr<QChart> previous(m_chart->chart());
    m_chart->setChart(chart.release());
}

QString IndicatorCard::valueText() const
{
    return m_value->text();
}

QString IndicatorCard::resultText() const
{
    return m_result->text();
}

QString IndicatorCard::changeText(const IndicatorStanding &standing) const
{
    if (!standing.latest)
        return tr("No period with data has ended yet.");

    const QString period = formatPeriod(standing.latest->period);
    QString text;
    if (!standing.change) {
        text = tr("Period %1; no earlier period to compare.").arg(period);
    } else {
        const double change = std::round(*standing.change * 10) / 10;
        const bool percent = standing.indicator.unit == IndicatorTarget::Unit::Percent;
        const int decimals = change == std::round(change) ? 0 : 1;
        const QString amount = QLocale().toString(std::abs(change), 'f', decimals);
        const QString sign = change > 0 ? u"▲ +"_s : change < 0 ? u"▼ −"_s : u"■ "_s;
        const QString since = formatPeriod(standing.previous->period);
        text =
            percent
                ? tr("Period %1: %2%3 percentage points since %4").arg(period, sign, amount, since)
                : tr("Period %1: %2%3 since %4").arg(period, sign, amount, since);
    }

    // A later period that has ended without data is worth a reminder.
    const QList<DateRange> closed = standing.indicator.periodsUntil(standing.asOf);
    if (!closed.isEmpty() && closed.constLast().last > standing.latest->period.last)
        text += u'\n' + tr("Nothing reported for %1 yet.").arg(formatPeriod(closed.constLast()));
    return text;
}

QString IndicatorCard::reportingText(const IndicatorStanding &standing) const
{
    const int expected = int(m_book.expectedAgencies(m_id).size());
    const int reported = standing.latest ? int(standing.latest->reporting.size()) : 0;
    const int without = standing.latest ? int(standing.latest->withoutData.size()) : 0;
    QString text = tr("%1 of %n agencies reported", nullptr, expected).arg(reported);
    if (without > 0)
        text += u"; "_s + tr("%n without data", nullptr, without);
    return text;
}

void IndicatorCard::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        Q_EMIT activated(m_id);
    QFrame::mouseReleaseEvent(event);
}

void IndicatorCard::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter
        || event->key() == Qt::Key_Space) {
        Q_EMIT activated(m_id);
        return;
    }
    QFrame::keyPressEvent(event);
}

} // namespace PlanTrack
