// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/agency.h"

#include <QAbstractItemModel>
#include <QSet>
#include <QSortFilterProxyModel>

#include <functional>

namespace PlanTrack {

/// Presents the agency tree with check boxes in one or more choice columns ("Lead" and
/// "Coordinating", or "Member"), for the dialogs that pick agencies. With more than one
/// choice column, an agency is in at most one of them. Each choice keeps the order in which
/// agencies were chosen. Retired agencies are offered only when asked for, greyed, unless
/// they are chosen already.
class AgencyChoiceModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        CodeColumn,
        FirstChoiceColumn,
    };

    /// Makes a model with one choice column per title (none for a plain list to select in).
    explicit AgencyChoiceModel(QStringList choiceTitles, QObject *parent = nullptr);

    void setAgencies(const AgencyDirectory &agencies, bool english);

    const AgencyDirectory &agencies() const { return m_agencies; }

    /// Leaves agencies out of the tree (their units stay, one level up).
    void setExcluded(const QSet<AgencyId> &ids);

    /// Offers only agencies for which accept() holds (their units stay, one level up).
    void setFilter(std::function<bool(const Agency &)> accept);

    void setShowRetired(bool show);

    QList<AgencyId> chosen(int choice) const;
    void setChosen(int choice, const QList<AgencyId> &ids);

    /// Returns the row of an agency, in the name column.
    QModelIndex indexOf(AgencyId id) const;

    AgencyId agencyAt(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void choicesChanged();

private:
    struct Node
    {
        AgencyId agencyId = 0;
        int parent = -1;
        int row = 0;
        QList<int> children;
    };

    void rebuild();
    void addChildren(AgencyId parentId, int parentNode, QSet<AgencyId> &placed);
    bool isOffered(const Agency &agency) const;
    const Node *node(const QModelIndex &index) const;
    void emitChecksChanged();

    QStringList m_choiceTitles;
    AgencyDirectory m_agencies;
    QSet<AgencyId> m_excluded;
    std::function<bool(const Agency &)> m_filter;
    QList<QList<AgencyId>> m_chosen;
    QList<Node> m_nodes;
    QList<int> m_roots;
    bool m_english = false;
    bool m_showRetired = false;
};

/// Keeps the rows of an agency tree whose folded search text (SearchTextRole) holds every
/// word typed, ignoring case and Vietnamese marks ("so noi vu" finds "Sở Nội vụ"), with
/// the rows above them.
class AgencySearchProxy final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit AgencySearchProxy(QObject *parent = nullptr);

    void setQuery(const QString &query);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_words;
};

} // namespace PlanTrack
