// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "responsibilitymatrixview.h"

#include "agencyprinting.h"
#include "language.h"
#include "responsibilitymatrixheader.h"
#include "responsibilitymatrixmodel.h"
#include "responsibilitymatrixprinter.h"
#include "text/vietnamesetext.h"

#include <QComboBox>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace PlanTrack {

namespace {

QString documentsFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

} // namespace

ResponsibilityMatrixView::ResponsibilityMatrixView(QWidget *parent)
    : QWidget(parent)
    , m_model(new ResponsibilityMatrixModel(this))
    , m_search(new QLineEdit)
    , m_agencyLabel(new QLabel)
    , m_agencyFilter(new QComboBox)
    , m_legend(new QLabel)
    , m_table(new QTableView)
    , m_printButton(new QPushButton)
    , m_pdfButton(new QPushButton)
    , m_csvButton(new QPushButton)
{
    setObjectName(u"responsibilityMatrix"_s);
    m_search->setObjectName(u"matrixSearch"_s);
    m_search->setClearButtonEnabled(true);
    m_agencyFilter->setObjectName(u"matrixAgency"_s);
    m_agencyFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_agencyLabel->setBuddy(m_agencyFilter);
    m_legend->setWordWrap(true);

    m_table->setObjectName(u"matrixTable"_s);
    m_table->setModel(m_model);
    m_table->setHorizontalHeader(
        new ResponsibilityMatrixHeader(ResponsibilityMatrixModel::FirstAgencyColumn, m_table));
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setWordWrap(true);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setMinimumSectionSize(fontMetrics().height() + 8);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    filters->addWidget(m_agencyLabel);
    filters->addWidget(m_agencyFilter, 1);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_legend, 1);
    buttons->addWidget(m_printButton);
    buttons->addWidget(m_pdfButton);
    buttons->addWidget(m_csvButton);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_search, &QLineEdit::textChanged, m_model, &ResponsibilityMatrixModel::setFilterText);
    connect(m_agencyFilter, &QComboBox::activated, this, [this] {
        m_model->setFilterAgencyId(m_agencyFilter->currentData().value<AgencyId>());
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &ResponsibilityMatrixView::sizeColumns);
    connect(m_printButton, &QPushButton::clicked, this, &ResponsibilityMatrixView::print);
    connect(m_pdfButton, &QPushButton::clicked, this, &ResponsibilityMatrixView::savePdf);
    connect(m_csvButton, &QPushButton::clicked, this, &ResponsibilityMatrixView::saveCsv);

    retranslateUi();
    resize(fontMetrics().averageCharWidth() * 170, fontMetrics().height() * 40);
}

void ResponsibilityMatrixView::setPlan(const Plan &plan, const AgencyDirectory &agencies)
{
    m_model->setEnglish(usesEnglish());
    m_model->setPlan(plan, agencies);
    fillAgencyFilter();
}

int ResponsibilityMatrixView::printTo(QPagedPaintDevice &device) const
{
    ResponsibilityMatrixPrinter printer(*m_model);
    printer.setTitle(title());
    printer.setSubtitle(m_model->plan().title(m_model->isEnglish()));
    return printer.print(device);
}

bool ResponsibilityMatrixView::writePdf(const QString &path, QString *error) const
{
    return AgencyPrinting::writePdf(path, title(), QPageLayout::Landscape, painter(), error);
}

bool ResponsibilityMatrixView::writeCsv(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_model->toCsv()) < 0 || !file.commit()) {
        *error = tr("The file “%1” could not be written.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    return true;
}

void ResponsibilityMatrixView::print()
{
    AgencyPrinting::preview(this, title(), QPageLayout::Landscape, painter());
}

void ResponsibilityMatrixView::savePdf()
{
    AgencyPrinting::savePdf(
        this, title(), tr("responsibility-matrix") + u".pdf"_s, QPageLayout::Landscape, painter());
}

AgencyPrinting::Paint ResponsibilityMatrixView::painter() const
{
    return [this](QPagedPaintDevice &device) {
        printTo(device);
    };
}

void ResponsibilityMatrixView::saveCsv()
{
    const QString path = QFileDialog::getSaveFileName(
        this,
        tr("Export Responsibility Matrix"),
        QDir(documentsFolder()).filePath(tr("responsibility-matrix") + u".csv"_s),
        tr("CSV tables (*.csv)"));
    QString error;
    if (!path.isEmpty() && !writeCsv(path, &error))
        QMessageBox::warning(this, tr("Responsibility Matrix"), error);
}

void ResponsibilityMatrixView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        m_model->setEnglish(usesEnglish());
        fillAgencyFilter();
    }
    QWidget::changeEvent(event);
}

void ResponsibilityMatrixView::retranslateUi()
{
    setWindowTitle(tr("Responsibility Matrix"));
    m_search->setPlaceholderText(tr("Find rows by number or text (marks may be left out)"));
    m_agencyLabel->setText(tr("&Agency:"));
    m_legend->setText(tr("<b>L</b> lead, <b>C</b> coordinating, named in the row; <i>(L)</i>, "
                         "<i>(C)</i> through a group (see the tooltip). Totals: rows naming the "
                         "agency, in brackets the rows more through groups."));
    m_printButton->setText(tr("&Print…"));
    m_pdfButton->setText(tr("Save as P&DF…"));
    m_csvButton->setText(tr("E&xport CSV…"));
    if (m_agencyFilter->count() > 0)
        m_agencyFilter->setItemText(0, tr("All agencies"));
}

void ResponsibilityMatrixView::fillAgencyFilter()
{
    const AgencyId chosen = m_model->filterAgencyId();
    m_agencyFilter->clear();
    m_agencyFilter->addItem(tr("All agencies"), AgencyId(0));
    for (AgencyId id : m_model->agencyIds()) {
        if (const Agency *agency = m_model->agencies().byId(id))
            m_agencyFilter->addItem(agency->name(m_model->isEnglish()), id);
    }
    m_agencyFilter->setCurrentIndex(std::max(0, m_agencyFilter->findData(chosen)));
}

void ResponsibilityMatrixView::sizeColumns()
{
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(ResponsibilityMatrixModel::SttColumn,
                                 QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ResponsibilityMatrixModel::TaskColumn, QHeaderView::Stretch);
    for (int column = ResponsibilityMatrixModel::FirstAgencyColumn; column < m_model->columnCount();
         ++column)
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
}

QString ResponsibilityMatrixView::title() const
{
    return tr("Responsibility matrix");
}

} // namespace PlanTrack
