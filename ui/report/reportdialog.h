// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/reportsettings.h"

#include <QDate>
#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTabWidget;

namespace PlanTrack {

class WorkspaceSession;

/// Asks what a progress report is about and how it is headed: its language (which may
/// differ from the interface's), date, plan, agency and charts, and the
/// header and signature fields of the official form in Vietnamese and English.
class ReportDialog final : public QDialog
{
    Q_OBJECT

public:
    /// Names what the dialog leads to; it gives the name of the button that accepts.
    enum class Purpose {
        Settings,
        Preview,
        Print,
        Export,
    };

    ReportDialog(const WorkspaceSession &session,
                 const ReportSettings &settings,
                 QDate asOf,
                 Purpose purpose,
                 QWidget *parent = nullptr);

    /// Returns the settings as the dialog shows them.
    ReportSettings settings() const;

    QDate asOf() const;

    /// Shows the given settings.
    void setSettings(const ReportSettings &settings);

public Q_SLOTS:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    struct LocalEdit
    {
        QLabel *label = nullptr;
        QLineEdit *vi = nullptr;
        QLineEdit *en = nullptr;
    };

    QWidget *createReportTab();
    QWidget *createHeaderTab();
    LocalEdit addLocalRow(QGridLayout *grid, int row);
    void fillAgencies();
    void restoreDefaults();
    void retranslateUi();

    const WorkspaceSession &m_session;
    Purpose m_purpose;
    ReportSettings m_settings;

    QTabWidget *m_tabs = nullptr;
    QLabel *m_languageLabel = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_asOfLabel = nullptr;
    QDateEdit *m_asOf = nullptr;
    QLabel *m_planLabel = nullptr;
    QComboBox *m_plan = nullptr;
    QLabel *m_agencyLabel = nullptr;
    QComboBox *m_agency = nullptr;
    QCheckBox *m_charts = nullptr;
    QCheckBox *m_timeline = nullptr;

    QLabel *m_viHeading = nullptr;
    QLabel *m_enHeading = nullptr;
    LocalEdit m_parentBody;
    LocalEdit m_issuingBody;
    LocalEdit m_place;
    LocalEdit m_signerTitle;
    LocalEdit m_signerPosition;
    LocalEdit m_subject;
    QLabel *m_numberLabel = nullptr;
    QLineEdit *m_number = nullptr;
    QLabel *m_signerNameLabel = nullptr;
    QLineEdit *m_signerName = nullptr;
    QLabel *m_recipientsLabel = nullptr;
    QPlainTextEdit *m_recipientsVi = nullptr;
    QPlainTextEdit *m_recipientsEn = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace PlanTrack
