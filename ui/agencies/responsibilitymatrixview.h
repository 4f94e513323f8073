// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agencyprinting.h"
#include "model/plan.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPagedPaintDevice;
class QPushButton;
class QTableView;

namespace PlanTrack {

class ResponsibilityMatrixModel;

/// Shows the responsibility matrix of a plan in a window of its own, with a text and an
/// agency filter, and prints it or writes it to PDF or CSV as it is shown.
class ResponsibilityMatrixView final : public QWidget
{
    Q_OBJECT

public:
    explicit ResponsibilityMatrixView(QWidget *parent = nullptr);

    ResponsibilityMatrixModel *model() const { return m_model; }

    QTableView *table() const { return m_table; }

    /// Shows a plan with the agencies of its workspace; the filters stay.
    void setPlan(const Plan &plan, const AgencyDirectory &agencies);

    /// Paints the matrix as shown on a printer or PDF writer; returns the number of pages.
    int printTo(QPagedPaintDevice &device) const;

    /// Writes the matrix as shown to a PDF file; returns false with *error set on failure.
    bool writePdf(const QString &path, QString *error) const;

    /// Writes the matrix as shown to a CSV file; returns false with *error set on failure.
    bool writeCsv(const QString &path, QString *error) const;

public Q_SLOTS:
    void print();
    void savePdf();
    void saveCsv();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillAgencyFilter();
    void sizeColumns();
    QString title() const;
    AgencyPrinting::Paint painter() const;

    ResponsibilityMatrixModel *m_model;
    QLineEdit *m_search;
    QLabel *m_agencyLabel;
    QComboBox *m_agencyFilter;
    QLabel *m_legend;
    QTableView *m_table;
    QPushButton *m_printButton;
    QPushButton *m_pdfButton;
    QPushButton *m_csvButton;
};

} // namespace PlanTrack
