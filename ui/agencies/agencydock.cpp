// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "agencydock.h"

#include "agencytreemodel.h"
#include "language.h"
#include "roles.h"
#include "text/vietnamesetext.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace PlanTrack {

AgencyDock::AgencyDock(QWidget *parent)
    : QDockWidget(parent)
    , m_model(new AgencyTreeModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_search(new QLineEdit)
    , m_rolesLabel(new QLabel)
    , m_roles(new QComboBox)
    , m_toolBar(new QToolBar)
    , m_view(new QTreeView)
    , m_contextMenu(new QMenu(this))
    , m_showAllAction(new QAction(this))
    , m_showRetiredAction(new QAction(this))
{
    setObjectName(u"agencyDock"_s);

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(SearchTextRole);
    m_proxy->setRecursiveFilteringEnabled(true);

    m_search->setClearButtonEnabled(true);
    m_roles->addItem(QString(), int(RoleFilter::LeadAndCoordinating));
    m_roles->addItem(QString(), int(RoleFilter::LeadOnly));
    m_roles->addItem(QString(), int(RoleFilter::CoordinatingOnly));
    m_rolesLabel->setBuddy(m_roles);

    m_view->setObjectName(u"agencyTree"_s);
    m_view->setModel(m_proxy);
    m_view->setHeaderHidden(false);
    m_view->setUniformRowHeights(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(AgencyTreeModel::NameColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(AgencyTreeModel::CodeColumn,
                                           QHeaderView::ResizeToContents);
    m_view->setDragEnabled(true);
    m_view->setAcceptDrops(true);
    m_view->setDropIndicatorShown(true);
    m_view->setDragDropMode(QAbstractItemView::DragDrop);
    m_view->setDefaultDropAction(Qt::CopyAction);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);

    m_toolBar->setObjectName(u"agencyToolBar"_s);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_toolBar->setIconSize(QSize(16, 16));
    m_toolBar->hide();

    m_showAllAction->setEnabled(false);
    m_showRetiredAction->setCheckable(true);

    auto *rolesRow = new QHBoxLayout;
    rolesRow->addWidget(m_rolesLabel);
    rolesRow->addWidget(m_roles, 1);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_search);
    layout->addLayout(rolesRow);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_view, 1);
    setWidget(content);

    connect(m_search, &QLineEdit::textChanged, this, &AgencyDock::filterAgencies);
    connect(m_view->selectionModel(),
            &QItemSelectionModel::selectionChanged,
            this,
            &AgencyDock::takeSelection);
    connect(m_roles, &QComboBox::currentIndexChanged, this, [this] {
        Q_EMIT roleFilterChanged(roleFilter());
    });
    connect(m_showAllAction, &QAction::triggered, this, [this] { setAgencyId(0); });
    connect(m_showRetiredAction, &QAction::toggled, this, [this](bool show) {
        m_model->setShowRetired(show);
        expandAgencies();
        selectAgencyRow();
    });
    connect(m_view, &QWidget::customContextMenuRequested, this, &AgencyDock::showContextMenu);
    // The drop is over before the workspace changes and the tree is rebuilt.
    connect(m_model,
            &AgencyTreeModel::agencyDropped,
            this,
            &AgencyDock::agencyDropped,
            Qt::QueuedConnection);

    retranslateUi();
}

void AgencyDock::setAgencies(AgencyDirectory agencies)
{
    m_model->setAgencies(std::move(agencies));
    expandAgencies();
    setAgencyId(m_agencyId);
}

AgencyId AgencyDock::memberOfGroupId() const
{
    const QModelIndex current = m_view->currentIndex();
    if (ItemKind(current.data(ItemKindRole).toInt()) != ItemKind::GroupMember)
        return 0;
    return current.parent().data(AgencyIdRole).value<AgencyId>();
}

void AgencyDock::addEditActions(const QList<QAction *> &actions)
{
    for (QAction *action : actions) {
        if (action)
            m_toolBar->addAction(action);
        else
            m_toolBar->addSeparator();
    }
    m_toolBar->setVisible(!m_toolBar->actions().isEmpty());
    addContextActions(actions);
}

void AgencyDock::addContextActions(const QList<QAction *> &actions)
{
    for (QAction *action : actions) {
        if (action)
            m_contextMenu->addAction(action);
        else
            m_contextMenu->addSeparator();
    }
}

void AgencyDock::showContextMenu(const QPoint &position)
{
    if (m_contextMenu->isEmpty())
        return;
    m_contextMenu->popup(m_view->viewport()->mapToGlobal(position));
}

RoleFilter AgencyDock::roleFilter() const
{
    return RoleFilter(m_roles->currentData().toInt());
}

void AgencyDock::setAgencyId(AgencyId id)
{
    if (!m_model->agencies().byId(id))
        id = 0;

    const bool changed = id != m_agencyId;
    m_agencyId = id;
    m_showAllAction->setEnabled(id != 0);
    selectAgencyRow();
    if (changed)
        Q_EMIT agencyChanged(id);
}

void AgencyDock::setRoleFilter(RoleFilter filter)
{
    m_roles->setCurrentIndex(m_roles->findData(int(filter)));
}

void AgencyDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDockWidget::changeEvent(event);
}

void AgencyDock::retranslateUi()
{
    setWindowTitle(tr("Agencies"));
    m_search->setPlaceholderText(tr("Find an agency"));
    m_rolesLabel->setText(tr("&Show tasks as:"));
    m_roles->setItemText(0, tr("Lead and coordinating"));
    m_roles->setItemText(1, tr("Lead only"));
    m_roles->setItemText(2, tr("Coordinating only"));
    m_showAllAction->setText(tr("Show &All Tasks"));
    m_showAllAction->setToolTip(tr("Show the tasks of every agency"));
    m_showRetiredAction->setText(tr("Show &Retired Agencies"));
    m_showRetiredAction->setToolTip(
        tr("List the agencies that were retired or merged, greyed, with their history"));
    m_toolBar->setWindowTitle(tr("Agency tools"));
    m_model->setEnglish(usesEnglish());
}

void AgencyDock::takeSelection()
{
    // Rows hidden by the agency search leave the selection; the choice stays.
    if (m_selecting)
        return;

    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    setAgencyId(rows.isEmpty() ? 0 : rows.constFirst().data(AgencyIdRole).value<AgencyId>());
}

void AgencyDock::selectAgencyRow()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    const bool selected =
        !rows.isEmpty() && rows.constFirst().data(AgencyIdRole).value<AgencyId>() == m_agencyId;
    if (selected || (m_agencyId == 0 && rows.isEmpty()))
        return;

    m_selecting = true;
    const QModelIndex row = m_proxy->mapFromSource(m_model->indexOf(m_agencyId));
    if (row.isValid()) {
        m_view->selectionModel()->setCurrentIndex(
            row, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_view->scrollTo(row);
    } else {
        m_view->selectionModel()->clearSelection();
    }
    m_selecting = false;
}

void AgencyDock::filterAgencies(const QString &text)
{
    m_selecting = true;
    m_proxy->setFilterFixedString(VietnameseText::fold(text).simplified());
    m_selecting = false;

    expandAgencies();
    selectAgencyRow();
}

void AgencyDock::expandAgencies()
{
    // While searching, every match shows; otherwise groups stay closed, since their
    // members repeat agencies listed elsewhere in the tree.
    if (!m_search->text().isEmpty()) {
        m_view->expandAll();
        return;
    }

    QList<QModelIndex> pending{QModelIndex()};
    while (!pending.isEmpty()) {
        const QModelIndex parent = pending.takeLast();
        for (int row = 0; row < m_proxy->rowCount(parent); ++row) {
            const QModelIndex index = m_proxy->index(row, 0, parent);
            const bool isGroup = ItemKind(index.data(ItemKindRole).toInt()) == ItemKind::Group;
            m_view->setExpanded(index, !isGroup);
            pending.append(index);
        }
    }
}

} // namespace PlanTrack
