// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "indicatorchartpanel.h"

#include "indicatorchooser.h"
#include "indicators/indicatorbook.h"
#include "language.h"
#include "workspace/workspacesession.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStandardPaths>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace PlanTrack {

IndicatorChartPanel::IndicatorChartPanel(IndicatorBook &book, QWidget *parent)
    : QWidget(parent)
    , m_book(&book)
    , m_indicators(new QComboBox(this))
    , m_kinds(new QComboBox(this))
    , m_export(new QPushButton(this))
    , m_view(new QChartView(this))
    , m_missing(new QLabel(this))
{
    setObjectName(u"indicatorChartPanel"_s);
    m_indicators->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_indicators->setMinimumContentsLength(30);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumSize(480, 320);
    m_missing->setWordWrap(true);
    m_kinds->addItem(QString(), int(IndicatorCharts::Kind::Trend));
    m_kinds->addItem(QString(), int(IndicatorCharts::Kind::Agencies));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_indicators, 1);
    bar->addWidget(m_kinds);
    bar->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_missing);

    connect(m_indicators, &QComboBox::currentIndexChanged, this, &IndicatorChartPanel::showChart);
    connect(m_kinds, &QComboBox::currentIndexChanged, this, &IndicatorChartPanel::showChart);
    connect(m_export, &QPushButton::clicked, this, &IndicatorChartPanel::exportToFile);
    connect(&book, &IndicatorBook::observationsChanged, this, &IndicatorChartPanel::showChart);
    connect(&book, &IndicatorBook::indicatorChanged, this, &IndicatorChartPanel::fillIndicators);
    connect(&book, &IndicatorBook::reloaded, this, &IndicatorChartPanel::fillIndicators);

    retranslateUi();
    fillIndicators();
}

IndicatorId IndicatorChartPanel::indicatorId() const
{
    return m_indicators->currentData().toLongLong();
}

IndicatorCharts::Kind IndicatorChartPanel::kind() const
{
    return IndicatorCharts::Kind(m_kinds->currentData().toInt());
}

QChart *IndicatorChartPanel::chart() const
{
    return m_view->chart();
}

void IndicatorChartPanel::setIndicatorId(IndicatorId id)
{
    const int index = m_indicators->findData(id);
    if (index >= 0)
        m_indicators->setCurrentIndex(index);
}

void IndicatorChartPanel::setKind(IndicatorCharts::Kind kind)
{
    m_kinds->setCurrentIndex(m_kinds->findData(int(kind)));
}

void IndicatorChartPanel::setAsOf(QDate date)
{
    if (!date.isValid() || date == m_asOf)
        return;
    m_asOf = date;
    showChart();
}

void IndicatorChartPanel::fillIndicators()
{
    fillIndicatorChooser(*m_indicators, m_book);
    showChart();
}

void IndicatorChartPanel::showChart()
{
    if (!m_book)
        return;
    const IndicatorId id = indicatorId();
    std::unique_ptr<QChart> chart =
        IndicatorCharts::create(kind(), *m_book, id, m_asOf, usesEnglish());
    const std::unique_ptr<QChart> previous(m_view->chart());
    m_view->setChart(chart.release());

    const IndicatorStanding standing = m_book->standing(id, m_asOf);
    QStringList names;
    for (AgencyId agencyId : standing.missing) {
        const Agency *agency = m_book->session().agencies().byId(agencyId);
        names.append(agency ? agency->name(usesEnglish()) : QString::number(agencyId));
    }
    const QString period = standing.latest ? formatPeriod(standing.latest->period) : QString();
    m_missing->setText(names.isEmpty() ? QString()
                       : period.isEmpty()
                           ? tr("Not reported yet: %1.").arg(names.join(u"; "_s))
                           : tr("Not reported for %1: %2.").arg(period, names.join(u"; "_s)));
}

bool IndicatorChartPanel::exportChart(const QString &path, QSize size, QString *error) const
{
    if (!m_book) {
        *error = tr("The workspace is closed.");
        return false;
    }
    const std::unique_ptr<QChart> chart =
        IndicatorCharts::create(kind(), *m_book, indicatorId(), m_asOf, usesEnglish());
    if (path.endsWith(".svg"_L1, Qt::CaseInsensitive))
        return IndicatorCharts::saveSvg(*chart, path, size, chart->title(), error);
    return IndicatorCharts::savePng(*chart, path, size, error);
}

void IndicatorChartPanel::exportToFile()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString name = m_book && m_book->indicator(indicatorId())
                             ? m_book->indicator(indicatorId())->code
                             : u"chart"_s;
    QString selected;
    const QString path = QFileDialog::getSaveFileName(this,
                                                      tr("Export Chart"),
                                                      folder + u'/' + name + u".png"_s,
                                                      tr("PNG image (*.png);;SVG drawing (*.svg)"),
                                                      &selected);
    if (path.isEmpty())
        return;
    QString file = path;
    const bool svg = selected.contains("svg"_L1);
    if (svg && !file.endsWith(".svg"_L1, Qt::CaseInsensitive))
        file = QFileInfo(file).path() + u'/' + QFileInfo(file).completeBaseName() + u".svg"_s;

    QString error;
    if (!exportChart(file, QSize(1200, 750), &error))
        QMessageBox::warning(this, tr("Export Chart"), error);
}

void IndicatorChartPanel::retranslateUi()
{
    m_kinds->setItemText(0, tr("City-wide by period"));
    m_kinds->setItemText(1, tr("Agencies, last period"));
    m_export->setText(tr("&Export…"));
    m_export->setToolTip(tr("Save the chart as a PNG image or an SVG drawing"));
}

void IndicatorChartPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        fillIndicators();
    }
    QWidget::changeEvent(event);
}

} // namespace PlanTrack
