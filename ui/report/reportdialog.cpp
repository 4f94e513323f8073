// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportdialog.h"

#include "common/dateedit.h"
#include "language.h"
#include "workspace/workspacesession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace PlanTrack {

ReportDialog::ReportDialog(const WorkspaceSession &session,
                           const ReportSettings &settings,
                           QDate asOf,
                           Purpose purpose,
                           QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_purpose(purpose)
    , m_settings(settings)
{
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(createReportTab(), QString());
    m_tabs->addTab(createHeaderTab(), QString());

    m_buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ReportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ReportDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::RestoreDefaults),
            &QPushButton::clicked,
            this,
            &ReportDialog::restoreDefaults);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(m_buttons);

    m_asOf->setDate(asOf.isValid() ? asOf : QDate::currentDate());
    retranslateUi();
    setSettings(settings);
}

QWidget *ReportDialog::createReportTab()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);

    // Language names are written in their own language, as language menus do.
    m_language = new QComboBox(page);
    m_language->setObjectName(u"language"_s);
    m_language->addItem(u"Tiếng Việt"_s, u"vi"_s);
    m_language->addItem(u"English"_s, u"en"_s);
    m_languageLabel = new QLabel(page);
    m_languageLabel->setBuddy(m_language);
    form->addRow(m_languageLabel, m_language);

    m_asOf = createDateEdit({}, page);
    m_asOf->setObjectName(u"asOf"_s);
    m_asOfLabel = new QLabel(page);
    m_asOfLabel->setBuddy(m_asOf);
    form->addRow(m_asOfLabel, m_asOf);

    const bool english = usesEnglish();
    m_plan = new QComboBox(page);
    for (const Plan &plan : m_session.plans())
        m_plan->addItem(plan.title(english), plan.code);
    m_plan->setEnabled(m_plan->count() > 1);
    m_planLabel = new QLabel(page);
    m_planLabel->setBuddy(m_plan);
    form->addRow(m_planLabel, m_plan);

    m_agency = new QComboBox(page);
    m_agency->setObjectName(u"agency"_s);
    m_agencyLabel = new QLabel(page);
    m_agencyLabel->setBuddy(m_agency);
    form->addRow(m_agencyLabel, m_agency);

    m_charts = new QCheckBox(page);
    form->addRow(m_charts);
    m_timeline = new QCheckBox(page);
    form->addRow(m_timeline);
    return page;
}

ReportDialog::LocalEdit ReportDialog::addLocalRow(QGridLayout *grid, int row)
{
    LocalEdit edit;
    edit.label = new QLabel(grid->parentWidget());
    edit.vi = new QLineEdit(grid->parentWidget());
    edit.en = new QLineEdit(grid->parentWidget());
    edit.label->setBuddy(edit.vi);
    grid->addWidget(edit.label, row, 0);
    grid->addWidget(edit.vi, row, 1);
    grid->addWidget(edit.en, row, 2);
    return edit;
}

QWidget *ReportDialog::createHeaderTab()
{
    auto *page = new QWidget(this);
    auto *grid = new QGridLayout(page);
    m_viHeading = new QLabel(page);
    m_enHeading = new QLabel(page);
    grid->addWidget(m_viHeading, 0, 1);
    grid->addWidget(m_enHeading, 0, 2);

    int row = 1;
    m_parentBody = addLocalRow(grid, row++);
    m_issuingBody = addLocalRow(grid, row++);

    m_numberLabel = new QLabel(page);
    m_number = new QLineEdit(page);
    m_numberLabel->setBuddy(m_number);
    grid->addWidget(m_numberLabel, row, 0);
    grid->addWidget(m_number, row++, 1);

    m_place = addLocalRow(grid, row++);
    m_subject = addLocalRow(grid, row++);
    m_signerTitle = addLocalRow(grid, row++);
    m_signerPosition = addLocalRow(grid, row++);

    m_signerNameLabel = new QLabel(page);
    m_signerName = new QLineEdit(page);
    m_signerNameLabel->setBuddy(m_signerName);
    grid->addWidget(m_signerNameLabel, row, 0);
    grid->addWidget(m_signerName, row++, 1);

    m_recipientsLabel = new QLabel(page);
    m_recipientsVi = new QPlainTextEdit(page);
    m_recipientsEn = new QPlainTextEdit(page);
    for (QPlainTextEdit *edit : {m_recipientsVi, m_recipientsEn}) {
        edit->setTabChangesFocus(true);
        edit->setMinimumWidth(260);
    }
    m_recipientsLabel->setBuddy(m_recipientsVi);
    m_recipientsLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    grid->addWidget(m_recipientsLabel, row, 0);
    grid->addWidget(m_recipientsVi, row, 1);
    grid->addWidget(m_recipientsEn, row, 2);
    grid->setRowStretch(row, 1);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 1);
    return page;
}

void ReportDialog::fillAgencies()
{
    const QString current = m_agency->currentData().toString();
    const bool english = usesEnglish();
    m_agency->clear();
    m_agency->addItem(tr("Whole plan"), QString());
    for (const Agency &agency : m_session.agencies().agencies()) {
        if (!agency.isGroup)
            m_agency->addItem(agency.name(english), agency.code);
    }
    m_agency->setCurrentIndex(std::max(0, m_agency->findData(current)));
}

void ReportDialog::setSettings(const ReportSettings &settings)
{
    m_settings = settings;
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings.language)));
    if (const int plan = m_plan->findData(settings.planCode); plan >= 0)
        m_plan->setCurrentIndex(plan);
    fillAgencies();
    m_agency->setCurrentIndex(std::max(0, m_agency->findData(settings.agencyCode)));
    m_charts->setChecked(settings.includeCharts);
    m_timeline->setChecked(settings.includeTimeline);

    const auto show = [](const LocalEdit &edit, const LocalText &text) {
        edit.vi->setText(text.vi);
        edit.en->setText(text.en);
    };
    show(m_parentBody, settings.parentBody);
    show(m_issuingBody, settings.issuingBody);
    show(m_place, settings.place);
    show(m_subject, settings.subject);
    show(m_signerTitle, settings.signerTitle);
    show(m_signerPosition, settings.signerPosition);
    m_number->setText(settings.number);
    m_signerName->setText(settings.signerName);
    m_recipientsVi->setPlainText(settings.recipients.vi);
    m_recipientsEn->setPlainText(settings.recipients.en);
}

ReportSettings ReportDialog::settings() const
{
    ReportSettings settings = m_settings;
    settings.language = m_language->currentData().toString();
    settings.planCode = m_plan->count() > 1 ? m_plan->currentData().toString() : QString();
    settings.agencyCode = m_agency->currentData().toString();
    settings.includeCharts = m_charts->isChecked();
    settings.includeTimeline = m_timeline->isChecked();

    const auto read = [](const LocalEdit &edit) {
        return LocalText{edit.vi->text().trimmed(), edit.en->text().trimmed()};
    };
    settings.parentBody = read(m_parentBody);
    settings.issuingBody = read(m_issuingBody);
    settings.place = read(m_place);
    settings.subject = read(m_subject);
    settings.signerTitle = read(m_signerTitle);
    settings.signerPosition = read(m_signerPosition);
    settings.number = m_number->text().trimmed();
    settings.signerName = m_signerName->text().trimmed();
    settings.recipients = {m_recipientsVi->toPlainText(), m_recipientsEn->toPlainText()};
    return settings;
}

QDate ReportDialog::asOf() const
{
    return m_asOf->date();
}

void ReportDialog::accept()
{
    const QString problem = settings().check();
    if (!problem.isEmpty()) {
        m_tabs->setCurrentIndex(1);
        QMessageBox::warning(this, windowTitle(), problem);
        return;
    }
    QDialog::accept();
}

void ReportDialog::restoreDefaults()
{
    // The header fields go back to their defaults; what the report is about stays.
    ReportSettings defaults = ReportSettings::defaults();
    const ReportSettings current = settings();
    defaults.language = current.language;
    defaults.planCode = current.planCode;
    defaults.agencyCode = current.agencyCode;
    defaults.includeCharts = current.includeCharts;
    setSettings(defaults);
}

void ReportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ReportDialog::retranslateUi()
{
    setWindowTitle(m_purpose == Purpose::Settings ? tr("Report Settings") : tr("Progress Report"));
    m_tabs->setTabText(0, tr("&Report"));
    m_tabs->setTabText(1, tr("&Header and Signature"));

    m_languageLabel->setText(tr("&Language of the report:"));
    m_language->setToolTip(tr("The report may be in another language than the program"));
    m_asOfLabel->setText(tr("&As of:", "date of the report"));
    m_planLabel->setText(tr("&Plan:"));
    m_agencyLabel->setText(tr("&Agency:", "whose tasks the report covers"));
    m_charts->setText(tr("Include the &charts of the targets"));
    m_timeline->setText(tr("Add the &timeline of the rows as an appendix"));
    if (m_agency->count() > 0)
        m_agency->setItemText(0, tr("Whole plan"));

    m_viHeading->setText(tr("Vietnamese"));
    m_enHeading->setText(tr("English (for reports in English)"));
    m_parentBody.label->setText(tr("Pa&rent body:"));
    m_issuingBody.label->setText(tr("&Issuing body:"));
    m_numberLabel->setText(tr("&Number:", "of the report, e.g. …/BC-SNV"));
    m_number->setToolTip(tr("Leave “…” where the number is written in when the report is "
                            "registered"));
    m_place.label->setText(tr("P&lace:"));
    m_subject.label->setText(tr("&Subject:"));
    m_subject.vi->setPlaceholderText(tr("Made from the plan and the date"));
    m_subject.en->setPlaceholderText(tr("Made from the plan and the date"));
    m_signerTitle.label->setText(tr("Signing &authority:"));
    m_signerPosition.label->setText(tr("Signer's &position:"));
    m_signerNameLabel->setText(tr("Signer's na&me:"));
    m_recipientsLabel->setText(tr("Re&cipients:\n(one a line)"));

    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    switch (m_purpose) {
    case Purpose::Settings:
        ok->setText(tr("&Save"));
        break;
    case Purpose::Preview:
        ok->setText(tr("Pre&view"));
        break;
    case Purpose::Print:
        ok->setText(tr("&Print…"));
        break;
    case Purpose::Export:
        ok->setText(tr("&Export…"));
        break;
    }
}

} // namespace PlanTrack
