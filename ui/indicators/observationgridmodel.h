// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "indicators/indicator.h"

#include <QAbstractTableModel>
#include <QPointer>

#include <optional>

namespace PlanTrack {

class IndicatorBook;

/// Holds one period's observations of one indicator for every agency that reports it, as
/// a table to type or paste into: one row an agency, the cells as typed. Each cell is
/// checked as it changes (counts are whole numbers of 0 or more, the numerator at most the
/// denominator) and carries its problem as a translated tool tip. What differs from what
/// is recorded becomes new observations (corrections) through changes(); clearing both
/// counts of a recorded agency withdraws its report.
class ObservationGridModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        AgencyColumn,
        NumeratorColumn,
        DenominatorColumn,
        ValueColumn, ///< the share for a ratio (read only), the value itself otherwise
        NoteColumn,
        EvidenceColumn,
        ColumnCount,
    };

    explicit ObservationGridModel(IndicatorBook &book, QObject *parent = nullptr);

    IndicatorId indicatorId() const { return m_indicatorId; }

    DateRange period() const { return m_period; }

    /// Shows the agencies of an indicator with what they reported for a period.
    void setSlot(IndicatorId indicatorId, const DateRange &period);

    AgencyId agencyAt(int row) const;
    int rowOf(AgencyId agencyId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    /// Returns the problem of a cell, or an empty text.
    QString problem(const QModelIndex &index) const;

    /// Returns every problem, each starting with its agency's name.
    QStringList problems() const;

    /// Returns the observations that the edits make, for the rows that differ from what is
    /// recorded; meaningful when there are no problems.
    QList<Observation> changes() const;

    bool hasChanges() const;

    /// Fills cells from text copied from a spreadsheet (tab-separated rows), from index on.
    /// When the block starts in the agency column, its first column names the agencies and
    /// each line goes to that agency's row. Returns false with *error set, changing nothing,
    /// when the block does not fit.
    bool paste(const QModelIndex &index, const QString &text, QString *error);

    /// Empties the editable cells among indexes.
    void clear(const QModelIndexList &indexes);

    /// Drops the edits and shows what is recorded.
    void revert() override;

private:
    struct Row
    {
        AgencyId agencyId = 0;
        QStringList cells; ///< text per column as typed; the agency column stays empty
        std::optional<Observation> recorded;
    };

    QString problemOf(const Row &row, int column) const;
    bool isChanged(const Row &row) const;
    static QStringList cellsOf(const std::optional<Observation> &observation);
    std::optional<Observation> observationOf(const Row &row) const;
    bool isEditable(int column) const;
    bool isCell(const QModelIndex &index) const;
    void followBook(const QList<IndicatorId> &ids);
    void load(bool keepEdits);
    QString agencyName(AgencyId id) const;

    QPointer<IndicatorBook> m_book;
    IndicatorId m_indicatorId = 0;
    DateRange m_period;
    QList<Row> m_rows;
};

} // namespace PlanTrack
