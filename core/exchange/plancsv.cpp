// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plancsv.h"

using namespace Qt::StringLiterals;

namespace PlanTrack {

namespace {

QString quoted(const QString &field)
{
    const bool needsQuotes = field.contains(u',') || field.contains(u'"') || field.contains(u'\n')
                             || field.contains(u'\r');
    if (!needsQuotes)
        return field;
    QString escaped = field;
    escaped.replace(u"\""_s, u"\"\""_s);
    return u'"' + escaped + u'"';
}

QString isoOrEmpty(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace

void CsvWriter::addRow(const QStringList &fields)
{
    QStringList cells;
    cells.reserve(fields.size());
    for (const QString &field : fields)
        cells.append(quoted(field));
    m_data += cells.join(u',').toUtf8() + "\r\n";
}

QStringList planCsvColumns()
{
    return {u"stt"_s,
            u"section"_s,
            u"detail"_s,
            u"parent_stt"_s,
            u"content_vi"_s,
            u"content_en"_s,
            u"lead"_s,
            u"coordinating"_s,
            u"deadline_text"_s,
            u"deadline_kind"_s,
            u"start_date"_s,
            u"due_date"_s};
}

QByteArray writePlanCsv(const Plan &plan, const AgencyDirectory &agencies)
{
    CsvWriter csv;
    csv.addRow(planCsvColumns());

    for (const Task &task : plan.tasks) {
        const Section *section = plan.section(task.sectionId);
        const Task *parent = task.isSubTask() ? plan.task(task.parentId) : nullptr;
        csv.addRow({task.stt,
                    section ? section->heading() : QString(),
                    task.detail ? QString::number(task.detail) : QString(),
                    parent ? parent->stt : QString(),
                    task.contentVi,
                    task.contentEn,
                    agencies.joinedNames(task.leadIds),
                    agencies.joinedNames(task.coordinatingIds),
                    task.deadline.text,
                    deadlineKindKey(task.deadline.kind),
                    isoOrEmpty(task.deadline.start),
                    isoOrEmpty(task.deadline.due)});
    }
    return csv.data();
}

} // namespace PlanTrack
