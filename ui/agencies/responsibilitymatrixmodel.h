// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agencies/responsibilitytable.h"

#include <QAbstractTableModel>

namespace PlanTrack {

/// Presents who takes part in which row of a plan: the rows (numbered rows, and sub-tasks
/// whose units differ from their row's) against the agencies that take part in any of
/// them, in Vietnamese alphabetical order, and two rows of totals per agency.
///
/// A cell reads "L" (lead) or "C" (coordinating) where the row names the agency, "(L)" or
/// "(C)" in italics where a group the row names brings it, its tooltip naming the group;
/// "C (L)" where the row names it as coordinating and a group makes it lead. A total reads
/// "5 (6)": five rows name the agency, six more reach it through groups. Rows can be
/// filtered by text (ignoring case and marks) and by agency; the totals follow the filter.
class ResponsibilityMatrixModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        SttColumn,
        TaskColumn,
        FirstAgencyColumn,
    };

    explicit ResponsibilityMatrixModel(QObject *parent = nullptr);

    /// Shows a plan with the agencies of its workspace.
    void setPlan(const Plan &plan, const AgencyDirectory &agencies);

    const Plan &plan() const { return m_plan; }

    const AgencyDirectory &agencies() const { return m_agencies; }

    bool isEnglish() const { return m_english; }

    /// Shows names and texts in English where there are English ones, and orders the
    /// agencies by those names; call it after every change of UI language.
    void setEnglish(bool english);

    QString filterText() const { return m_filterText; }

    void setFilterText(const QString &text);

    AgencyId filterAgencyId() const { return m_filterAgencyId; }

    /// Keeps the rows in which the agency takes part; 0 keeps every row.
    void setFilterAgencyId(AgencyId id);

    /// Returns the agencies of the columns, in column order.
    const QList<AgencyId> &agencyIds() const { return m_agencyIds; }

    /// Returns the rows shown, before the totals.
    const QList<TaskId> &taskIds() const { return m_shownTaskIds; }

    int taskRowCount() const { return int(m_shownTaskIds.size()); }

    bool isTotalsRow(int row) const { return row >= taskRowCount(); }

    TaskId taskAt(int row) const { return m_shownTaskIds.value(row); }

    AgencyId agencyAt(int column) const { return m_agencyIds.value(column - FirstAgencyColumn); }

    ResponsibilityCell cell(int row, int column) const;

    /// Returns the totals of the agency of a column over the rows shown.
    ResponsibilityTotals totals(int column) const;

    /// Returns the mark of a cell: "L", "C", "(L)", "(C)", "C (L)" or nothing.
    static QString mark(const ResponsibilityCell &cell);

    /// Returns the table as shown (rows, agencies and totals) as CSV for spreadsheets.
    QByteArray toCsv() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void rebuild();
    void refilter();
    bool accepts(const Task &task) const;
    QVariant cellData(int row, int column, int role) const;
    QVariant totalsData(int row, int column, int role) const;
    QString cellToolTip(const ResponsibilityCell &cell, AgencyId agencyId) const;
    QString agencyName(AgencyId id) const;

    Plan m_plan;
    AgencyDirectory m_agencies;
    ResponsibilityTable m_table;
    QList<AgencyId> m_agencyIds;
    QList<TaskId> m_shownTaskIds;
    QString m_filterText;
    AgencyId m_filterAgencyId = 0;
    bool m_english = false;
};

} // namespace PlanTrack
