// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/agency.h"

#include <QAbstractItemModel>
#include <QIcon>

class QMimeData;

namespace PlanTrack {

/// Presents the agencies of a workspace as their tree; each group lists its members under
/// it (once, when a member is also placed under the group). Names follow the UI language
/// (see setEnglish()). Retired agencies are left out unless asked for, and shown greyed.
///
/// Rows can be dragged, onto this tree or onto other views, as agency ids (mimeType());
/// a drop on the tree is not made here but reported by agencyDropped().
class AgencyTreeModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        CodeColumn,
        ColumnCount,
    };

    explicit AgencyTreeModel(QObject *parent = nullptr);

    void setAgencies(AgencyDirectory agencies);

    bool showsRetired() const { return m_showRetired; }

    void setShowRetired(bool show);

    /// Returns the type under which dragged agencies travel.
    static QString mimeType();

    /// Returns the agency a drag carries, or 0 when it carries none.
    static AgencyId agencyOf(const QMimeData *data);

    const AgencyDirectory &agencies() const { return m_agencies; }

    bool isEnglish() const { return m_english; }

    /// Shows English names where the workspace has them and refreshes the translated
    /// headers, so call it after every change of UI language.
    void setEnglish(bool english);

    /// Returns the first row that stands for the agency itself (not a group member row).
    QModelIndex indexOf(AgencyId id) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(const QMimeData *data,
                         Qt::DropAction action,
                         int row,
                         int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data,
                      Qt::DropAction action,
                      int row,
                      int column,
                      const QModelIndex &parent) override;

Q_SIGNALS:
    /// An agency was dropped onto the row of target (0 for the top level).
    void agencyDropped(PlanTrack::AgencyId agencyId, PlanTrack::AgencyId targetId);

private:
    struct Node
    {
        AgencyId agencyId = 0;
        bool isMember = false; ///< listed under a group rather than under its parent
        int parent = -1;
        int row = 0;
        QList<int> children;
    };

    void buildNodes();
    int addNode(AgencyId id, bool isMember, int parent);
    void addChildren(int nodeIndex, QList<AgencyId> &path);
    const QList<int> &childrenOf(const QModelIndex &parent) const;
    const Node *node(const QModelIndex &index) const;
    QString toolTip(const Agency &agency, bool isMember) const;

    AgencyDirectory m_agencies;
    QList<Node> m_nodes;
    QList<int> m_roots;
    QIcon m_agencyIcon;
    QIcon m_groupIcon;
    bool m_english = false;
    bool m_showRetired = false;
};

} // namespace PlanTrack
