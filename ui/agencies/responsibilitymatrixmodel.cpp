// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "responsibilitymatrixmodel.h"

#include "exchange/plancsv.h"
#include "roles.h"
#include "text/vietnamesetext.h"

#include <QColor>
#include <QFont>

using namespace Qt::StringLiterals;

namespace PlanTrack {

namespace {

constexpr int totalsRows = 2;

QColor tintOf(const ResponsibilityCell &cell)
{
    if (cell.direct == Role::Lead)
        return QColor(0xd3, 0xe3, 0xf6);
    if (cell.showsGroupRole() && cell.viaGroup == Role::Lead)
        return QColor(0xea, 0xf1, 0xfb);
    if (cell.direct == Role::Coordinating)
        return QColor(0xe3, 0xef, 0xd9);
    if (cell.viaGroup)
        return QColor(0xf3, 0xf8, 0xef);
    return {};
}

} // namespace

ResponsibilityMatrixModel::ResponsibilityMatrixModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ResponsibilityMatrixModel::setPlan(const Plan &plan, const AgencyDirectory &agencies)
{
    beginResetModel();
    m_plan = plan;
    m_agencies = agencies;
    m_table = ResponsibilityTable(m_plan, m_agencies);
    rebuild();
    endResetModel();
}

void ResponsibilityMatrixModel::setEnglish(bool english)
{
    beginResetModel();
    m_english = english;
    rebuild();
    endResetModel();
}

void ResponsibilityMatrixModel::setFilterText(const QString &text)
{
    if (text == m_filterText)
        return;
    beginResetModel();
    m_filterText = text;
    refilter();
    endResetModel();
}

void ResponsibilityMatrixModel::setFilterAgencyId(AgencyId id)
{
    if (id == m_filterAgencyId)
        return;
    beginResetModel();
    m_filterAgencyId = id;
    refilter();
    endResetModel();
}

void ResponsibilityMatrixModel::rebuild()
{
    m_agencyIds = m_table.agencyIds(m_english);
    if (!m_agencyIds.contains(m_filterAgencyId))
        m_filterAgencyId = 0;
    refilter();
}

void ResponsibilityMatrixModel::refilter()
{
    m_shownTaskIds.clear();
    for (TaskId id : m_table.taskIds()) {
        if (const Task *task = m_plan.task(id); task && accepts(*task))
            m_shownTaskIds.append(id);
    }
}

bool ResponsibilityMatrixModel::accepts(const Task &task) const
{
    if (m_filterAgencyId && m_table.cell(task.id, m_filterAgencyId).isEmpty())
        return false;
    const QString text = VietnameseText::fold(task.stt % u'\n' % task.contentVi % u'\n'
                                              % task.contentEn % u'\n' % task.deadline.text);
    return VietnameseText::matches(text, m_filterText);
}

ResponsibilityCell ResponsibilityMatrixModel::cell(int row, int column) const
{
    if (isTotalsRow(row) || column < FirstAgencyColumn)
        return {};
    return m_table.cell(taskAt(row), agencyAt(column));
}

ResponsibilityTotals ResponsibilityMatrixModel::totals(int column) const
{
    // An empty list would mean every row to the table; no row shown means no totals.
    if (m_shownTaskIds.isEmpty() || column < FirstAgencyColumn)
        return {};
    return m_table.totals(agencyAt(column), m_shownTaskIds);
}

QString ResponsibilityMatrixModel::mark(const ResponsibilityCell &cell)
{
    // Vietnamese follow-up tables write CT (chủ trì) and PH (phối hợp).
    const auto letter = [](Role role) {
        return role == Role::Lead ? tr("L", "mark in the responsibility matrix: lead unit")
                                  : tr("C", "mark in the responsibility matrix: coordinating unit");
    };
    if (!cell.direct && cell.viaGroup)
        return u'(' + letter(*cell.viaGroup) + u')';
    if (!cell.direct)
        return {};
    if (cell.showsGroupRole())
        return letter(*cell.direct) + u" ("_s + letter(*cell.viaGroup) + u')';
    return letter(*cell.direct);
}

int ResponsibilityMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : taskRowCount() + totalsRows;
}

int ResponsibilityMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstAgencyColumn + int(m_agencyIds.size());
}

QVariant ResponsibilityMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (role == AgencyIdRole && index.column() >= FirstAgencyColumn)
        return agencyAt(index.column());
    if (role == Qt::TextAlignmentRole && index.column() != TaskColumn)
        return int(Qt::AlignCenter);
    if (isTotalsRow(index.row()))
        return totalsData(index.row(), index.column(), role);
    return cellData(index.row(), index.column(), role);
}

QVariant ResponsibilityMatrixModel::cellData(int row, int column, int role) const
{
    const Task *task = m_plan.task(taskAt(row));
    if (!task)
        return {};
    if (role == TaskIdRole)
        return task->id;

    if (column == SttColumn || column == TaskColumn) {
        switch (role) {
        case Qt::DisplayRole:
            return column == SttColumn ? task->stt : task->content(m_english);
        case Qt::ToolTipRole:
            return column == TaskColumn ? task->content(m_english) : QVariant();
        case Qt::TextAlignmentRole:
            return int(Qt::AlignLeft | Qt::AlignTop);
        }
        return {};
    }

    const ResponsibilityCell cell = m_table.cell(task->id, agencyAt(column));
    switch (role) {
    case Qt::DisplayRole:
        return mark(cell);
    case Qt::ToolTipRole:
        return cell.isEmpty() ? QVariant() : cellToolTip(cell, agencyAt(column));
    case Qt::FontRole:
        if (!cell.isEmpty()) {
            QFont font;
            font.setItalic(!cell.direct);
            font.setBold(cell.direct == Role::Lead);
            return font;
        }
        break;
    case Qt::BackgroundRole:
        if (!cell.isEmpty())
            return tintOf(cell);
        break;
    }
    return {};
}

QVariant ResponsibilityMatrixModel::totalsData(int row, int column, int role) const
{
    const bool lead = row == taskRowCount();
    if (role == Qt::FontRole) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (column == SttColumn)
        return {};
    if (column == TaskColumn) {
        if (role == Qt::DisplayRole)
            return lead ? tr("Rows led (more through groups)")
                        : tr("Rows coordinated (more through groups)");
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }

    const ResponsibilityTotals totals = this->totals(column);
    const int direct = lead ? totals.lead : totals.coordinating;
    const int viaGroup = lead ? totals.leadViaGroup : totals.coordinatingViaGroup;
    switch (role) {
    case Qt::DisplayRole:
        return viaGroup ? u"%1 (%2)"_s.arg(direct).arg(viaGroup) : QString::number(direct);
    case Qt::ToolTipRole:
        return QString((lead ? tr("%1 is named as lead in %n row(s)", nullptr, direct)
                             : tr("%1 is named as coordinating unit in %n row(s)", nullptr, direct))
                           .arg(agencyName(agencyAt(column)))
                       + u'\n' + tr("and %n more through groups", nullptr, viaGroup));
    }
    return {};
}

QVariant
ResponsibilityMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (section == SttColumn || section == TaskColumn) {
        if (role == Qt::DisplayRole)
            return section == SttColumn ? tr("No.", "column: row number of the plan")
                                        : tr("Task", "column header");
        return {};
    }

    const Agency *agency = m_agencies.byId(agencyAt(section));
    if (!agency)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return agency->name(m_english);
    case Qt::ToolTipRole:
        return QString(agency->name(m_english) + " ("_L1 + agency->code + u')'
                       + (agency->isGroup
                              ? u'\n' + tr("a group of %n", nullptr, int(agency->memberIds.size()))
                              : QString()));
    case Qt::FontRole:
        if (agency->isGroup) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        break;
    }
    return {};
}

QString ResponsibilityMatrixModel::cellToolTip(const ResponsibilityCell &cell,
                                               AgencyId agencyId) const
{
    const auto roleName = [](Role role) {
        return role == Role::Lead ? tr("lead unit") : tr("coordinating unit");
    };
    QStringList parts;
    if (cell.direct)
        parts.append(tr("%1, named in the row").arg(roleName(*cell.direct)));
    if (cell.viaGroup) {
        QStringList groups;
        for (AgencyId id : cell.viaGroupIds)
            groups.append(agencyName(id));
        parts.append(tr("%1 through %2").arg(roleName(*cell.viaGroup), groups.join("; "_L1)));
    }
    return agencyName(agencyId) + u": "_s + parts.join("; "_L1);
}

QString ResponsibilityMatrixModel::agencyName(AgencyId id) const
{
    const Agency *agency = m_agencies.byId(id);
    return agency ? agency->name(m_english) : QString();
}

QByteArray ResponsibilityMatrixModel::toCsv() const
{
    CsvWriter writer;
    QStringList header{headerData(SttColumn, Qt::Horizontal).toString(),
                       headerData(TaskColumn, Qt::Horizontal).toString()};
    for (int column = FirstAgencyColumn; column < columnCount(); ++column)
        header.append(headerData(column, Qt::Horizontal).toString());
    writer.addRow(header);

    for (int row = 0; row < rowCount(); ++row) {
        QStringList fields;
        for (int column = 0; column < columnCount(); ++column)
            fields.append(data(index(row, column)).toString());
        writer.addRow(fields);
    }
    // Spreadsheets on Windows read UTF-8 only with the byte order mark.
    return QByteArray("\xEF\xBB\xBF") + writer.data();
}

} // namespace PlanTrack
