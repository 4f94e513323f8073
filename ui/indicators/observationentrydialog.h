// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "indicators/indicator.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QUndoStack;

namespace PlanTrack {

class IndicatorBook;
class ObservationGrid;
class ObservationGridModel;
class ProblemLabel;

/// Lets the user enter one period's observations of an indicator for every agency at once,
/// typed or pasted from a spreadsheet. Problems show per cell and below the table; Record
/// stores the changed rows as one undoable step on the given undo stack (corrections keep
/// the earlier figures as history).
class ObservationEntryDialog final : public QDialog
{
    Q_OBJECT

public:
    /// Takes the book to record into and the main window's undo stack (may be null: the
    /// edits are then made without undo).
    ObservationEntryDialog(IndicatorBook &book, QUndoStack *undoStack, QWidget *parent = nullptr);

    ObservationGridModel *model() const { return m_model; }

    ObservationGrid *grid() const { return m_grid; }

    IndicatorId indicatorId() const;
    DateRange period() const;

public Q_SLOTS:
    void setIndicatorId(PlanTrack::IndicatorId id);
    void setPeriod(const PlanTrack::DateRange &period);
    /// Chooses the last period that ended by date as the one to enter.
    void setAsOf(QDate date);

    /// Stores the changed rows; returns false and shows why when nothing could be stored.
    bool record();

protected:
    void changeEvent(QEvent *event) override;
    void reject() override;

private:
    void fillIndicators();
    void fillPeriods();
    void showSlot();
    void updateState();
    bool confirmDiscard();
    void retranslateUi();

    QPointer<IndicatorBook> m_book;
    QPointer<QUndoStack> m_undoStack;
    QDate m_asOf = QDate::currentDate();
    QLabel *m_indicatorLabel;
    QComboBox *m_indicators;
    QLabel *m_periodLabel;
    QComboBox *m_periods;
    QLabel *m_terms;
    ObservationGridModel *m_model;
    ObservationGrid *m_grid;
    ProblemLabel *m_problems;
    QLabel *m_summary;
    QDialogButtonBox *m_buttons;
    QPushButton *m_record;
    IndicatorId m_shownIndicator = 0;
    DateRange m_shownPeriod;
};

} // namespace PlanTrack
