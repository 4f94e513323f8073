// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "agencypicker.h"

#include "agencychoicemodel.h"
#include "roles.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace PlanTrack {

AgencyPicker::AgencyPicker(const QStringList &choiceTitles,
                           const AgencyDirectory &agencies,
                           bool english,
                           QWidget *parent)
    : QWidget(parent)
    , m_model(new AgencyChoiceModel(choiceTitles, this))
    , m_proxy(new AgencySearchProxy(this))
    , m_search(new QLineEdit)
    , m_showRetired(new QCheckBox)
    , m_view(new QTreeView)
{
    m_model->setAgencies(agencies, english);
    m_proxy->setSourceModel(m_model);

    m_search->setObjectName(u"agencySearch"_s);
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Find an agency (marks may be left out: so noi vu)"));
    m_showRetired->setText(tr("Show &retired"));
    m_showRetired->setToolTip(tr("Offer the agencies that were retired or merged, greyed"));

    m_view->setObjectName(u"agencyChoices"_s);
    m_view->setModel(m_proxy);
    m_view->setUniformRowHeights(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(AgencyChoiceModel::NameColumn, QHeaderView::Stretch);
    for (int column = AgencyChoiceModel::CodeColumn; column < m_model->columnCount(); ++column)
        m_view->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_view->setMinimumWidth(fontMetrics().averageCharWidth() * 56);
    m_view->expandAll();

    auto *searchRow = new QHBoxLayout;
    searchRow->setContentsMargins(0, 0, 0, 0);
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_showRetired);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(searchRow);
    layout->addWidget(m_view, 1);

    connect(m_search, &QLineEdit::textChanged, this, &AgencyPicker::search);
    connect(m_showRetired, &QCheckBox::toggled, this, [this](bool show) {
        m_model->setShowRetired(show);
        m_view->expandAll();
    });
    connect(m_model, &QAbstractItemModel::modelReset, m_view, &QTreeView::expandAll);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        Q_EMIT currentAgencyChanged(currentAgencyId());
    });
}

AgencyId AgencyPicker::currentAgencyId() const
{
    return m_view->currentIndex().data(AgencyIdRole).value<AgencyId>();
}

void AgencyPicker::setCurrentAgencyId(AgencyId id)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->indexOf(id));
    if (!index.isValid())
        return;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

void AgencyPicker::search(const QString &text)
{
    m_proxy->setQuery(text);
    m_view->expandAll();
}

} // namespace PlanTrack
