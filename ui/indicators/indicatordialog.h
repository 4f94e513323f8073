// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "indicators/indicator.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QUndoStack;

namespace PlanTrack {

class IndicatorBook;
class ProblemLabel;

/// Lets the user change how an indicator is measured: its code and names, the names of
/// its numerator and denominator, the baseline, how often it is reported, the lead agency
/// and the amber band. The target itself belongs to the plan row and is only shown. OK
/// stores the change as one undoable step; a refused change keeps the dialog open and
/// says why.
class IndicatorDialog final : public QDialog
{
    Q_OBJECT

public:
    IndicatorDialog(IndicatorBook &book,
                    IndicatorId id,
                    QUndoStack *undoStack,
                    QWidget *parent = nullptr);

    /// Returns the indicator as the fields describe it.
    Indicator indicator() const;

    /// Returns why the last OK was refused, or an empty text.
    QString error() const;

public Q_SLOTS:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill();
    void retranslateUi();

    QPointer<IndicatorBook> m_book;
    QPointer<QUndoStack> m_undoStack;
    Indicator m_original;
    QFormLayout *m_form;
    QList<QLabel *> m_labels;
    QLabel *m_target;
    QLineEdit *m_code;
    QLineEdit *m_nameVi;
    QLineEdit *m_nameEn;
    QLineEdit *m_numeratorVi;
    QLineEdit *m_numeratorEn;
    QLineEdit *m_denominatorVi;
    QLineEdit *m_denominatorEn;
    QCheckBox *m_hasBaseline;
    QDoubleSpinBox *m_baseline;
    QDateEdit *m_baselineOn;
    QComboBox *m_frequency;
    QComboBox *m_lead;
    QDoubleSpinBox *m_amberBand;
    ProblemLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace PlanTrack
