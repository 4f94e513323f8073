// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "observationgridmodel.h"

#include "exchange/csvreader.h"
#include "exchange/observationcsv.h"
#include "indicators/indicatorbook.h"
#include "indicatorstyle.h"
#include "language.h"
#include "text/vietnamesetext.h"
#include "workspace/workspacesession.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace PlanTrack {

ObservationGridModel::ObservationGridModel(IndicatorBook &book, QObject *parent)
    : QAbstractTableModel(parent)
    , m_book(&book)
{
    connect(&book, &IndicatorBook::observationsChanged, this, &ObservationGridModel::followBook);
    connect(&book, &IndicatorBook::reloaded, this, [this] { load(true); });
}

void ObservationGridModel::setSlot(IndicatorId indicatorId, const DateRange &period)
{
    m_indicatorId = indicatorId;
    m_period = period;
    load(false);
}

void ObservationGridModel::followBook(const QList<IndicatorId> &ids)
{
    if (ids.contains(m_indicatorId))
        load(true);
}

void ObservationGridModel::revert()
{
    load(false);
}

void ObservationGridModel::load(bool keepEdits)
{
    QHash<AgencyId, QStringList> edits;
    if (keepEdits) {
        for (const Row &row : std::as_const(m_rows)) {
            if (isChanged(row))
                edits.insert(row.agencyId, row.cells);
        }
    }

    beginResetModel();
    m_rows.clear();
    const Indicator *indicator = m_book ? m_book->indicator(m_indicatorId) : nullptr;
    if (indicator) {
        QList<AgencyId> agencies = m_book->expectedAgencies(m_indicatorId);
        for (const Observation &observation : m_book->observationsOf(m_indicatorId)) {
            if (observation.period == m_period && !agencies.contains(observation.agencyId))
                agencies.append(observation.agencyId);
        }
        for (AgencyId id : std::as_const(agencies)) {
            Row row;
            row.agencyId = id;
            const QList<Observation> history = m_book->historyOf(m_indicatorId, id, m_period);
            if (!history.isEmpty())
                row.recorded = history.constLast();
            row.cells = edits.value(id, cellsOf(row.recorded));
            m_rows.append(row);
        }
    }
    endResetModel();
}

QStringList ObservationGridModel::cellsOf(const std::optional<Observation> &observation)
{
    QStringList cells(ColumnCount);
    if (!observation)
        return cells;
    if (observation->numerator)
        cells[NumeratorColumn] = QString::number(*observation->numerator);
    if (observation->denominator)
        cells[DenominatorColumn] = QString::number(*observation->denominator);
    if (observation->value)
        cells[ValueColumn] = QLocale().toString(*observation->value);
    cells[NoteColumn] = observation->note;
    cells[EvidenceColumn] = observation->evidence;
    return cells;
}

bool ObservationGridModel::isCell(const QModelIndex &index) const
{
    return index.isValid() && index.model() == this && index.row() < m_rows.size()
           && index.column() < ColumnCount;
}

AgencyId ObservationGridModel::agencyAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).agencyId : 0;
}

int ObservationGridModel::rowOf(AgencyId agencyId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).agencyId == agencyId)
            return row;
    }
    return -1;
}

int ObservationGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ObservationGridModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool ObservationGridModel::isEditable(int column) const
{
    const Indicator *indicator = m_book ? m_book->indicator(m_indicatorId) : nullptr;
    if (!indicator || column == AgencyColumn)
        return false;
    if (column == ValueColumn)
        return !indicator->isRatio();
    if (column == NumeratorColumn || column == DenominatorColumn)
        return indicator->isRatio();
    return true;
}

QString ObservationGridModel::agencyName(AgencyId id) const
{
    const Agency *agency = m_book ? m_book->session().agencies().byId(id) : nullptr;
    return agency ? agency->name(usesEnglish()) : QString::number(id);
}

QString ObservationGridModel::problemOf(const Row &row, int column) const
{
    const Indicator *indicator = m_book ? m_book->indicator(m_indicatorId) : nullptr;
    if (!indicator || !isChanged(row))
        return {};
    const QString &numerator = row.cells.at(NumeratorColumn);
    const QString &denominator = row.cells.at(DenominatorColumn);
    const QString &value = row.cells.at(ValueColumn);
    const bool noFigures =
        indicator->isRatio() ? numerator.isEmpty() && denominator.isEmpty() : value.isEmpty();

    switch (column) {
    case NumeratorColumn:
    case DenominatorColumn: {
        const QString &text = row.cells.at(column);
        const QString &other =
            row.cells.at(column == NumeratorColumn ? DenominatorColumn : NumeratorColumn);
        if (!text.isEmpty() && !ObservationCsv::parseCount(text))
            return tr("Enter a whole number of 0 or more, without separators.");
        if (text.isEmpty() && !other.isEmpty())
            return column == NumeratorColumn ? tr("Enter the numerator as well.")
                                             : tr("Enter the denominator as well.");
        const std::optional<qint64> n = ObservationCsv::parseCount(numerator);
        const std::optional<qint64> d = ObservationCsv::parseCount(denominator);
        if (column == NumeratorColumn && n && d && *n > *d)
            return tr("The numerator (%1) is greater than the denominator (%2).").arg(*n).arg(*d);
        return {};
    }
    case ValueColumn: {
        if (indicator->isRatio() || value.isEmpty())
            return {};
        const std::optional<double> number = ObservationCsv::parseNumber(value);
        return number && *number >= 0 ? QString() : tr("Enter a number of 0 or more.");
    }
    case NoteColumn:
    case EvidenceColumn:
        if (noFigures && !row.recorded && !row.cells.at(column).isEmpty())
            return tr("Enter the figures this text belongs to.");
        return {};
    default:
        return {};
    }
}

QString ObservationGridModel::problem(const QModelIndex &index) const
{
    if (!isCell(index))
        return {};
    return problemOf(m_rows.at(index.row()), index.column());
}

QStringList ObservationGridModel::problems() const
{
    QStringList list;
    for (const Row &row : m_rows) {
        for (int column = 0; column < ColumnCount; ++column) {
            const QString problem = problemOf(row, column);
            if (!problem.isEmpty())
                list.append(tr("%1: %2").arg(agencyName(row.agencyId), problem));
        }
    }
    return list;
}

bool ObservationGridModel::isChanged(const Row &row) const
{
    return row.cells != cellsOf(row.recorded);
}

bool ObservationGridModel::hasChanges() const
{
    return std::any_of(
        m_rows.cbegin(), m_rows.cend(), [this](const Row &row) { return isChanged(row); });
}

std::optional<Observation> ObservationGridModel::observationOf(const Row &row) const
{
    const Indicator *indicator = m_book ? m_book->indicator(m_indicatorId) : nullptr;
    if (!indicator)
        return std::nullopt;
    Observation observation;
    observation.indicatorId = m_indicatorId;
    observation.agencyId = row.agencyId;
    observation.period = m_period;
    if (indicator->isRatio()) {
        observation.numerator = ObservationCsv::parseCount(row.cells.at(NumeratorColumn));
        observation.denominator = ObservationCsv::parseCount(row.cells.at(DenominatorColumn));
    } else {
        observation.value = ObservationCsv::parseNumber(row.cells.at(ValueColumn));
    }
    observation.note = row.cells.at(NoteColumn);
    observation.evidence = row.cells.at(EvidenceColumn);
    // Clearing an agency that never reported, or whose report was withdrawn, is no change.
    if (!observation.hasFigures() && (!row.recorded || !row.recorded->hasFigures()))
        return std::nullopt;
    return observation;
}

QList<Observation> ObservationGridModel::changes() const
{
    QList<Observation> list;
    for (const Row &row : m_rows) {
        if (!isChanged(row))
            continue;
        if (std::optional<Observation> observation = observationOf(row))
            list.append(*observation);
    }
    return list;
}

QVariant ObservationGridModel::data(const QModelIndex &index, int role) const
{
    if (!isCell(index))
        return {};
    const Row &row = m_rows.at(index.row());
    const int column = index.column();
    const Indicator *indicator = m_book ? m_book->indicator(m_indicatorId) : nullptr;

    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole: {
        if (column == AgencyColumn)
            return agencyName(row.agencyId);
        if (column != ValueColumn || !indicator || !indicator->isRatio())
            return row.cells.at(column);
        if (role == Qt::EditRole || !problemOf(row, NumeratorColumn).isEmpty()
            || !problemOf(row, DenominatorColumn).isEmpty())
            return QString();
        const std::optional<qint64> n = ObservationCsv::parseCount(row.cells.at(NumeratorColumn));
        const std::optional<qint64> d = ObservationCsv::parseCount(row.cells.at(DenominatorColumn));
        if (!n || !d)
            return QString();
        const std::optional<double> share = indicator->ratioValue(*n, *d);
        return share ? formatValue(*indicator, *share) : tr("no data");
    }
    case Qt::ToolTipRole: {
        const QString problem = problemOf(row, column);
        if (!problem.isEmpty())
            return problem;
        if (isChanged(row) && !observationOf(row) && !row.recorded)
            return {};
        if (isChanged(row))
            return row.recorded ? tr("Changed; recording keeps the earlier figures as history.")
                                : tr("New; not recorded yet.");
        if (row.recorded)
            return tr("Recorded by %1 on %2")
                .arg(row.recorded->enteredBy,
                     QLocale().toString(row.recorded->enteredAt.toLocalTime(),
                                        QLocale::ShortFormat));
        return column == AgencyColumn ? tr("Not reported for this period.") : QVariant();
    }
    case Qt::BackgroundRole:
        if (!problemOf(row, column).isEmpty())
            return IndicatorStyle::tint(Rating::Red);
        if (isChanged(row))
            return IndicatorStyle::tint(Rating::Amber);
        return {};
    case Qt::ForegroundRole:
        if (column == ValueColumn && indicator && indicator->isRatio()) {
            const std::optional<qint64> n =
                ObservationCsv::parseCount(row.cells.at(NumeratorColumn));
            const std::optional<qint64> d =
                ObservationCsv::parseCount(row.cells.at(DenominatorColumn));
            if (n && d && *n <= *d)
                return IndicatorStyle::color(rate(*indicator, indicator->ratioValue(*n, *d)));
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column == NumeratorColumn || column == DenominatorColumn || column == ValueColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

bool ObservationGridModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !isCell(index) || !isEditable(index.column()))
        return false;
    const QString text = VietnameseText::clean(value.toString());
    Row &row = m_rows[index.row()];
    if (row.cells.at(index.column()) == text)
        return true;
    row.cells[index.column()] = text;
    Q_EMIT dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    return true;
}

Qt::ItemFlags ObservationGridModel::flags(const QModelIndex &index) const
{
    if (!isCell(index))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (isEditable(index.column()))
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant ObservationGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    const Indicator *indicator = m_book ? m_book->indicator(m_indicatorId) : nullptr;
    const bool english = usesEnglish();
    switch (section) {
    case AgencyColumn:
        return tr("Agency");
    case NumeratorColumn:
        return role == Qt::ToolTipRole && indicator ? indicator->numeratorName(english)
                                                    : tr("Numerator");
    case DenominatorColumn:
        return role == Qt::ToolTipRole && indicator ? indicator->denominatorName(english)
                                                    : tr("Denominator");
    case ValueColumn:
        return indicator && indicator->isRatio() ? tr("Share") : tr("Value");
    case NoteColumn:
        return tr("Note");
    case EvidenceColumn:
        return role == Qt::ToolTipRole ? tr("The report or document the figures come from")
                                       : tr("Evidence");
    default:
        return {};
    }
}

void ObservationGridModel::clear(const QModelIndexList &indexes)
{
    for (const QModelIndex &index : indexes)
        setData(index, QString());
}

bool ObservationGridModel::paste(const QModelIndex &index, const QString &text, QString *error)
{
    if (!isCell(index)) {
        *error = tr("Choose the cell where the block starts.");
        return false;
    }
    std::optional<QList<CsvRecord>> records =
        CsvReader(CsvReader::Separator::Tab).records(text, error);
    if (!records)
        return false;
    while (!records->isEmpty() && records->constLast().isBlank())
        records->removeLast();
    if (records->isEmpty()) {
        *error = tr("The clipboard holds nothing to paste.");
        return false;
    }

    // Find every target cell first, so that a block that does not fit changes nothing.
    const bool byAgency = index.column() == AgencyColumn;
    QList<std::pair<QModelIndex, QString>> cells;
    for (qsizetype i = 0; i < records->size(); ++i) {
        const CsvRecord &record = records->at(i);
        int row = index.row() + int(i);
        int firstField = 0;
        if (byAgency) {
            const QString name = VietnameseText::fold(record.fields.value(0));
            row = -1;
            for (int r = 0; r < m_rows.size(); ++r) {
                const Agency *agency = m_book->session().agencies().byId(m_rows.at(r).agencyId);
                if (agency
                    && (VietnameseText::fold(agency->code) == name
                        || VietnameseText::fold(agency->nameVi) == name
                        || VietnameseText::fold(agency->nameEn) == name))
                    row = r;
            }
            if (row < 0) {
                *error = tr("Line %1: “%2” is not one of the agencies of this indicator.")
                             .arg(record.row)
                             .arg(record.fields.value(0).trimmed());
                return false;
            }
            firstField = 1;
        } else if (row >= m_rows.size()) {
            *error = tr("The block has %n line(s), more than the rows below the chosen cell.",
                        nullptr,
                        int(records->size()));
            return false;
        }
        const int startColumn = byAgency ? NumeratorColumn : index.column();
        for (qsizetype f = firstField; f < record.fields.size(); ++f) {
            const int column = startColumn + int(f - firstField);
            if (column >= ColumnCount) {
                if (!record.fields.at(f).trimmed().isEmpty()) {
                    *error = tr("Line %1 has more columns than the table.").arg(record.row);
                    return false;
                }
                continue;
            }
            if (isEditable(column))
                cells.append({this->index(row, column), record.fields.at(f)});
        }
    }

    for (const auto &[cell, value] : std::as_const(cells))
        setData(cell, value);
    return true;
}

} // namespace PlanTrack
