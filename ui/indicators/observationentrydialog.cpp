// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "observationentrydialog.h"

#include "common/problemlabel.h"
#include "indicatorchooser.h"
#include "indicatorcommands.h"
#include "indicators/indicatorbook.h"
#include "language.h"
#include "observationgrid.h"
#include "observationgridmodel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace PlanTrack {

namespace {

constexpr int shownProblems = 6;

QVariant periodData(const DateRange &period)
{
    return QStringList{period.first.toString(Qt::ISODate), period.last.toString(Qt::ISODate)};
}

DateRange periodFrom(const QVariant &data)
{
    const QStringList days = data.toStringList();
    return {QDate::fromString(days.value(0), Qt::ISODate),
            QDate::fromString(days.value(1), Qt::ISODate)};
}

} // namespace

ObservationEntryDialog::ObservationEntryDialog(IndicatorBook &book,
                                               QUndoStack *undoStack,
                                               QWidget *parent)
    : QDialog(parent)
    , m_book(&book)
    , m_undoStack(undoStack)
    , m_indicatorLabel(new QLabel(this))
    , m_indicators(new QComboBox(this))
    , m_periodLabel(new QLabel(this))
    , m_periods(new QComboBox(this))
    , m_terms(new QLabel(this))
    , m_model(new ObservationGridModel(book, this))
    , m_grid(new ObservationGrid(this))
    , m_problems(new ProblemLabel(this))
    , m_summary(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
    , m_record(m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole))
{
    setObjectName(u"observationEntryDialog"_s);
    m_grid->setModel(m_model);
    m_terms->setWordWrap(true);
    m_indicators->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_indicators->setMinimumContentsLength(40);
    m_indicatorLabel->setBuddy(m_indicators);
    m_periodLabel->setBuddy(m_periods);
    m_record->setDefault(false);
    m_record->setAutoDefault(false);

    auto *form = new QFormLayout;
    form->addRow(m_indicatorLabel, m_indicators);
    form->addRow(m_periodLabel, m_periods);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_terms);
    layout->addWidget(m_grid, 1);
    layout->addWidget(m_problems);
    layout->addWidget(m_summary);
    layout->addWidget(m_buttons);

    connect(m_indicators, &QComboBox::currentIndexChanged, this, [this] {
        fillPeriods();
        showSlot();
    });
    connect(m_periods, &QComboBox::currentIndexChanged, this, &ObservationEntryDialog::showSlot);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ObservationEntryDialog::updateState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ObservationEntryDialog::updateState);
    connect(m_grid, &ObservationGrid::pasteRefused, this, [this](const QString &reason) {
        QMessageBox::warning(this, tr("Paste"), reason);
    });
    connect(m_record, &QPushButton::clicked, this, &ObservationEntryDialog::record);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ObservationEntryDialog::reject);
    connect(&book, &IndicatorBook::reloaded, this, &ObservationEntryDialog::fillIndicators);

    retranslateUi();
    fillIndicators();
    resize(820, 520);
}

IndicatorId ObservationEntryDialog::indicatorId() const
{
    return m_indicators->currentData().toLongLong();
}

DateRange ObservationEntryDialog::period() const
{
    return periodFrom(m_periods->currentData());
}

void ObservationEntryDialog::setIndicatorId(IndicatorId id)
{
    const int index = m_indicators->findData(id);
    if (index >= 0)
        m_indicators->setCurrentIndex(index);
}

void ObservationEntryDialog::setPeriod(const DateRange &period)
{
    int index = m_periods->findData(periodData(period));
    if (index < 0 && period.isValid()) {
        m_periods->addItem(formatPeriod(period), periodData(period));
        index = m_periods->count() - 1;
    }
    if (index >= 0)
        m_periods->setCurrentIndex(index);
}

void ObservationEntryDialog::setAsOf(QDate date)
{
    if (!date.isValid())
        return;
    m_asOf = date;
    fillPeriods();
}

void ObservationEntryDialog::fillIndicators()
{
    fillIndicatorChooser(*m_indicators, m_book);
    fillPeriods();
    showSlot();
}

void ObservationEntryDialog::fillPeriods()
{
    const Indicator *indicator = m_book ? m_book->indicator(indicatorId()) : nullptr;
    const DateRange current = period();
    const QSignalBlocker blocker(m_periods);
    m_periods->clear();
    if (!indicator)
        return;

    const QList<DateRange> periods = indicator->periodsUntil(indicator->period.last);
    int chosen = 0;
    for (const DateRange &p : periods) {
        m_periods->addItem(formatPeriod(p), periodData(p));
        if (p.last <= m_asOf)
            chosen = m_periods->count() - 1;
    }
    const int kept = m_periods->findData(periodData(current));
    m_periods->setCurrentIndex(kept >= 0 ? kept : chosen);
}

void ObservationEntryDialog::showSlot()
{
    const IndicatorId id = indicatorId();
    const DateRange slot = period();
    if (id == m_shownIndicator && slot == m_shownPeriod)
        return;
    if (!confirmDiscard()) {
        const QSignalBlocker indicatorBlocker(m_indicators);
        const QSignalBlocker periodBlocker(m_periods);
        m_indicators->setCurrentIndex(m_indicators->findData(m_shownIndicator));
        fillPeriods();
        m_periods->setCurrentIndex(m_periods->findData(periodData(m_shownPeriod)));
        return;
    }
    m_shownIndicator = id;
    m_shownPeriod = slot;
    m_model->setSlot(id, slot);
    m_grid->setCurrentIndex(m_model->index(0, ObservationGridModel::NumeratorColumn));
    retranslateUi();
}

bool ObservationEntryDialog::confirmDiscard()
{
    if (!m_model->hasChanges())
        return true;
    const auto answer =
        QMessageBox::question(this,
                              tr("Observations"),
                              tr("The figures typed for %1 are not recorded yet. Discard them?")
                                  .arg(formatPeriod(m_shownPeriod)),
                              QMessageBox::Discard | QMessageBox::Cancel,
                              QMessageBox::Cancel);
    return answer == QMessageBox::Discard;
}

void ObservationEntryDialog::updateState()
{
    const QStringList problems = m_model->problems();
    QStringList shown = problems.mid(0, shownProblems);
    if (problems.size() > shownProblems)
        shown.append(tr("… and %n more", nullptr, int(problems.size() - shownProblems)));
    m_problems->showProblem(shown.join(u'\n'));

    const qsizetype changed = m_model->changes().size();
    m_summary->setText(changed == 0 ? tr("No changes to record.")
                                    : tr("%n agency row(s) to record.", nullptr, int(changed)));
    m_record->setEnabled(problems.isEmpty() && changed > 0);
}

bool ObservationEntryDialog::record()
{
    if (!m_book || !m_model->problems().isEmpty())
        return false;
    const QList<Observation> changes = m_model->changes();
    if (changes.isEmpty())
        return false;

    QString error;
    bool stored = false;
    if (m_undoStack) {
        std::unique_ptr<QUndoCommand> command =
            IndicatorCommands::recordObservations(*m_book, changes, &error);
        stored = command != nullptr;
        if (command)
            m_undoStack->push(command.release());
    } else {
        QList<Observation> observations = changes;
        stored = m_book->addObservations(observations, &error);
    }
    if (!stored)
        QMessageBox::warning(this, tr("Observations"), error);
    return stored;
}

void ObservationEntryDialog::reject()
{
    if (confirmDiscard())
        QDialog::reject();
}

void ObservationEntryDialog::retranslateUi()
{
    setWindowTitle(tr("Enter Observations"));
    m_indicatorLabel->setText(tr("&Indicator:"));
    m_periodLabel->setText(tr("&Period:"));
    m_record->setText(tr("&Record"));

    const Indicator *indicator = m_book ? m_book->indicator(indicatorId()) : nullptr;
    if (!indicator) {
        m_terms->clear();
    } else if (indicator->isRatio()) {
        m_terms->setText(tr("Numerator: %1. Denominator: %2. Target: %3 %4.")
                             .arg(indicator->numeratorName(usesEnglish()),
                                  indicator->denominatorName(usesEnglish()),
                                  directionLabel(indicator->direction),
                                  formatValue(*indicator, indicator->target)));
    } else {
        m_terms->setText(tr("Target: %1 %2.")
                             .arg(directionLabel(indicator->direction),
                                  formatValue(*indicator, indicator->target)));
    }
    updateState();
}

void ObservationEntryDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        fillIndicatorChooser(*m_indicators, m_book);
    }
    QDialog::changeEvent(event);
}

} // namespace PlanTrack
