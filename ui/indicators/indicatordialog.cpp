// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "indicatordialog.h"

#include "common/problemlabel.h"
#include "indicatorcommands.h"
#include "indicators/indicatorbook.h"
#include "language.h"
#include "workspace/workspacesession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace PlanTrack {

namespace {

constexpr ReportingFrequency frequencies[] = {ReportingFrequency::Yearly,
                                              ReportingFrequency::HalfYearly,
                                              ReportingFrequency::Quarterly,
                                              ReportingFrequency::Monthly};

} // namespace

IndicatorDialog::IndicatorDialog(IndicatorBook &book,
                                 IndicatorId id,
                                 QUndoStack *undoStack,
                                 QWidget *parent)
    : QDialog(parent)
    , m_book(&book)
    , m_undoStack(undoStack)
    , m_original(book.indicator(id) ? *book.indicator(id) : Indicator())
    , m_form(new QFormLayout)
    , m_target(new QLabel(this))
    , m_code(new QLineEdit(this))
    , m_nameVi(new QLineEdit(this))
    , m_nameEn(new QLineEdit(this))
    , m_numeratorVi(new QLineEdit(this))
    , m_numeratorEn(new QLineEdit(this))
    , m_denominatorVi(new QLineEdit(this))
    , m_denominatorEn(new QLineEdit(this))
    , m_hasBaseline(new QCheckBox(this))
    , m_baseline(new QDoubleSpinBox(this))
    , m_baselineOn(new QDateEdit(this))
    , m_frequency(new QComboBox(this))
    , m_lead(new QComboBox(this))
    , m_amberBand(new QDoubleSpinBox(this))
    , m_error(new ProblemLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"indicatorDialog"_s);
    m_target->setWordWrap(true);
    m_baseline->setRange(0, 1e9);
    m_baseline->setDecimals(1);
    m_baselineOn->setCalendarPopup(true);
    m_amberBand->setRange(0, 1e9);
    m_amberBand->setDecimals(1);
    for (ReportingFrequency frequency : frequencies)
        m_frequency->addItem(QString(), int(frequency));
    m_lead->addItem(QString(), AgencyId(0));
    for (const Agency &agency : book.session().agencies().agencies())
        m_lead->addItem(agency.name(usesEnglish()), agency.id);

    auto *baseline = new QHBoxLayout;
    baseline->addWidget(m_hasBaseline);
    baseline->addWidget(m_baseline, 1);
    baseline->addWidget(m_baselineOn, 1);
    const QList<QWidget *> fields{m_target,
                                  m_code,
                                  m_nameVi,
                                  m_nameEn,
                                  m_numeratorVi,
                                  m_numeratorEn,
                                  m_denominatorVi,
                                  m_denominatorEn,
                                  nullptr,
                                  m_frequency,
                                  m_lead,
                                  m_amberBand};
    for (QWidget *field : fields) {
        m_labels.append(new QLabel(this));
        if (field)
            m_form->addRow(m_labels.constLast(), field);
        else
            m_form->addRow(m_labels.constLast(), baseline);
        if (field && field != m_target)
            m_labels.constLast()->setBuddy(field);
    }
    m_labels.at(8)->setBuddy(m_hasBaseline);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_hasBaseline, &QCheckBox::toggled, m_baseline, &QWidget::setEnabled);
    connect(m_hasBaseline, &QCheckBox::toggled, m_baselineOn, &QWidget::setEnabled);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &IndicatorDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &IndicatorDialog::reject);

    fill();
    retranslateUi();
    resize(760, sizeHint().height());
}

void IndicatorDialog::fill()
{
    const Indicator &indicator = m_original;
    m_code->setText(indicator.code);
    m_nameVi->setText(indicator.nameVi);
    m_nameEn->setText(indicator.nameEn);
    m_numeratorVi->setText(indicator.numeratorVi);
    m_numeratorEn->setText(indicator.numeratorEn);
    m_denominatorVi->setText(indicator.denominatorVi);
    m_denominatorEn->setText(indicator.denominatorEn);
    for (QLineEdit *edit : {m_numeratorVi, m_numeratorEn, m_denominatorVi, m_denominatorEn})
        edit->setEnabled(indicator.isRatio());
    // Long names read from their start.
    for (QLineEdit *edit : findChildren<QLineEdit *>())
        edit->setCursorPosition(0);
    m_hasBaseline->setChecked(indicator.baseline.has_value());
    m_baseline->setValue(indicator.baseline.value_or(0));
    m_baselineOn->setDate(indicator.baselineOn.isValid() ? indicator.baselineOn
                                                         : indicator.period.first.addDays(-1));
    m_baseline->setEnabled(indicator.baseline.has_value());
    m_baselineOn->setEnabled(indicator.baseline.has_value());
    m_frequency->setCurrentIndex(m_frequency->findData(int(indicator.frequency)));
    m_lead->setCurrentIndex(std::max(0, m_lead->findData(indicator.leadId)));
    m_amberBand->setValue(indicator.amberBand);
}

Indicator IndicatorDialog::indicator() const
{
    Indicator indicator = m_original;
    indicator.code = m_code->text();
    indicator.nameVi = m_nameVi->text();
    indicator.nameEn = m_nameEn->text();
    indicator.numeratorVi = m_numeratorVi->text();
    indicator.numeratorEn = m_numeratorEn->text();
    indicator.denominatorVi = m_denominatorVi->text();
    indicator.denominatorEn = m_denominatorEn->text();
    indicator.baseline =
        m_hasBaseline->isChecked() ? std::optional<double>(m_baseline->value()) : std::nullopt;
    indicator.baselineOn = m_hasBaseline->isChecked() ? m_baselineOn->date() : QDate();
    indicator.frequency = ReportingFrequency(m_frequency->currentData().toInt());
    indicator.leadId = m_lead->currentData().toLongLong();
    indicator.amberBand = m_amberBand->value();
    return indicator;
}

QString IndicatorDialog::error() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void IndicatorDialog::accept()
{
    if (!m_book)
        return QDialog::reject();
    const Indicator changed = indicator();
    if (changed == m_original)
        return QDialog::accept();

    QString problem;
    bool stored = false;
    if (m_undoStack) {
        std::unique_ptr<QUndoCommand> command =
            IndicatorCommands::editIndicator(*m_book, changed, &problem);
        stored = command != nullptr;
        if (command)
            m_undoStack->push(command.release());
    } else {
        stored = m_book->updateIndicator(changed, &problem);
    }
    if (!stored) {
        m_error->showProblem(problem);
        return;
    }
    m_error->showProblem(QString());
    QDialog::accept();
}

void IndicatorDialog::retranslateUi()
{
    const Indicator &indicator = m_original;
    setWindowTitle(tr("Indicator of Row %1").arg(indicator.stt));
    const QStringList labels{tr("Target:"),
                             tr("&Code:"),
                             tr("&Name:"),
                             tr("Name in English:"),
                             tr("N&umerator:"),
                             tr("Numerator in English:"),
                             tr("&Denominator:"),
                             tr("Denominator in English:"),
                             tr("&Baseline:"),
                             tr("Reported &every:"),
                             tr("&Lead agency:"),
                             tr("&Amber band:")};
    for (int row = 0; row < labels.size(); ++row)
        m_labels.at(row)->setText(labels.at(row));

    m_target->setText(tr("%1 %2 over %3 (set by the plan)")
                          .arg(directionLabel(indicator.direction),
                               formatValue(indicator, indicator.target),
                               QString::number(indicator.period.first.year()) + u"–"_s
                                   + QString::number(indicator.period.last.year())));
    m_hasBaseline->setText(tr("known", "baseline"));
    m_baselineOn->setToolTip(tr("The day the baseline was measured"));
    const bool percent = indicator.unit == IndicatorTarget::Unit::Percent;
    m_amberBand->setSuffix(percent ? tr(" percentage points") : QString());
    m_amberBand->setToolTip(tr("A value that misses the target by no more than this is shown "
                               "in amber, one further off in red."));
    for (int i = 0; i < m_frequency->count(); ++i)
        m_frequency->setItemText(
            i, frequencyLabel(ReportingFrequency(m_frequency->itemData(i).toInt())));
    m_lead->setItemText(0, tr("(none)"));
    for (QLineEdit *edit : {m_nameEn, m_numeratorEn, m_denominatorEn})
        edit->setPlaceholderText(tr("Optional; the Vietnamese text is shown when empty"));
}

void IndicatorDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace PlanTrack
