// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agencies/agencyportfolio.h"

#include <QAbstractItemModel>

namespace PlanTrack {

/// Presents the rows of one agency as of a date in two parts, the rows it leads and the
/// rows it coordinates, each with how they reach it (directly or through a group), their
/// completion time and their status for it. Rows that reach it through a group are in
/// italics and name the group.
class AgencyOverviewModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column {
        SttColumn,
        TaskColumn,
        ThroughColumn,
        DeadlineColumn,
        StatusColumn,
        ColumnCount,
    };

    /// Names the two parts, the top-level rows of the model.
    enum Part {
        LeadPart,
        CoordinatingPart,
    };

    explicit AgencyOverviewModel(QObject *parent = nullptr);

    /// Shows the rows of a portfolio, taken from the plans and agencies it was made of.
    void setPortfolio(AgencyPortfolio portfolio,
                      const QList<Plan> &plans,
                      const AgencyDirectory &agencies);

    const AgencyPortfolio &portfolio() const { return m_portfolio; }

    const AgencyDirectory &agencies() const { return m_agencies; }

    bool isEnglish() const { return m_english; }

    /// Shows texts and names in English where there are English ones, and refreshes the
    /// translated headers; call it after every change of UI language.
    void setEnglish(bool english);

    /// Returns the entry of a row, or nullptr for the row of a part.
    const PortfolioEntry *entry(const QModelIndex &index) const;

    const Task *task(const PortfolioEntry &entry) const;

    /// Returns how a row reaches the agency: "directly" or the name of the group.
    QString through(const PortfolioEntry &entry) const;

    /// Returns the completion time as written, with its due day when it has one.
    QString deadline(const PortfolioEntry &entry) const;

    /// Returns the title of a part with its count, e.g. "As lead unit (11)".
    QString partTitle(Part part) const;

    const QList<PortfolioEntry> &entries(Part part) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant partData(Part part, int column, int role) const;
    QVariant entryData(const PortfolioEntry &entry, int column, int role) const;

    AgencyPortfolio m_portfolio;
    QHash<TaskId, Task> m_tasks;
    AgencyDirectory m_agencies;
    bool m_english = false;
};

} // namespace PlanTrack
