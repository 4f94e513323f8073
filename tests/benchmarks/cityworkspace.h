// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/planimporter.h"
#include "storage/agencyrepository.h"
#include "storage/database.h"
#include "storage/planrepository.h"
#include "storage/progressrepository.h"

#include <QRandomGenerator>
#include <QString>

using namespace Qt::StringLiterals;

namespace PlanTrack::Bench {

/// Describes the size of a generated workspace.
struct CityScale
{
    int plans = 200;
    int tasksPerPlan = 25;
    int agencies = 160;
    int leadsPerTask = 3;
    int coordinatingPerTask = 17;
    int updatesPerTask = 200;
};

/// Fills an empty workspace with generated plans, agencies and progress updates of the
/// given scale; returns false with *error set on failure. Deterministic for one seed.
inline bool
fillCityWorkspace(Database &database, const CityScale &scale, QString *error, quint32 seed = 92)
{
    QRandomGenerator random(seed);
    const QStringList wordings{u"Tháng 3/2026"_s,
                               u"Quý II/2026"_s,
                               u"2026"_s,
                               u"2026 - 2030"_s,
                               u"Thường xuyên"_s,
                               u"Hằng năm"_s,
                               u"Trong thời gian thu hút"_s,
                               u"15/06/2027"_s};

    for (int p = 0; p < scale.plans; ++p) {
        PlanDocument document;
        for (int a = 0; a < scale.agencies; ++a) {
            Agency agency;
            agency.id = a + 1;
            agency.code = u"A%1"_s.arg(a + 1, 3, 10, QChar(u'0'));
            agency.nameVi = u"Đơn vị số %1"_s.arg(a + 1);
            agency.nameEn = u"Agency %1"_s.arg(a + 1);
            document.agencies.append(agency);
        }
        Plan &plan = document.plan;
        plan.code = u"KH-%1"_s.arg(p + 1, 3, 10, QChar(u'0'));
        plan.titleVi = u"Kế hoạch số %1"_s.arg(p + 1);
        for (int s = 0; s < 4; ++s)
            plan.sections.append({s + 1, u"IV"_s.left(s + 1), u"Mục %1"_s.arg(s + 1), {}});
        for (int t = 0; t < scale.tasksPerPlan; ++t) {
            Task task;
            task.id = t + 1;
            task.sectionId = t % 4 + 1;
            task.stt = QString::number(t + 1);
            task.detail = t + 1;
            task.contentVi =
                u"Nhiệm vụ %1 của kế hoạch %2: xây dựng, ban hành văn bản"_s.arg(t + 1).arg(p + 1);
            task.deadline = *parseDeadline(wordings.at(random.bounded(int(wordings.size()))));
            const int first = random.bounded(scale.agencies);
            for (int i = 0; i < scale.leadsPerTask + scale.coordinatingPerTask; ++i) {
                const AgencyId id = (first + i * 7) % scale.agencies + 1;
                (i < scale.leadsPerTask ? task.leadIds : task.coordinatingIds).append(id);
            }
            plan.tasks.append(task);
        }
        // Sections list their rows in plan order.
        std::stable_sort(plan.tasks.begin(), plan.tasks.end(), [](const Task &a, const Task &b) {
            return a.sectionId < b.sectionId;
        });
        if (PlanImporter(database).import(std::move(document), error) == 0)
            return false;
    }

    const std::optional<AgencyDirectory> agencies = AgencyRepository(database).load(error);
    std::optional<QList<Plan>> plans = PlanRepository(database).loadAll(error);
    if (!agencies || !plans)
        return false;

    Transaction transaction(database);
    ProgressRepository repository(database);
    const QDate start(2026, 1, 1);
    for (const Plan &plan : std::as_const(*plans)) {
        for (const Task &task : plan.tasks) {
            for (int u = 0; u < scale.updatesPerTask; ++u) {
                ProgressUpdate update;
                update.taskId = task.id;
                update.agencyId = task.leadIds.at(u % task.leadIds.size());
                update.reportedOn =
                    start.addDays(u * 1826 / scale.updatesPerTask + random.bounded(9));
                update.state = u + 5 >= scale.updatesPerTask ? ProgressState::Completed
                                                             : ProgressState::InProgress;
                update.completedOn =
                    update.state == ProgressState::Completed ? update.reportedOn : QDate();
                update.percent = std::min(100, u * 100 / scale.updatesPerTask);
                update.result = u"Đã triển khai bước %1"_s.arg(u + 1);
                update.enteredBy = u"bench"_s;
                update.enteredAt = QDateTime(update.reportedOn, QTime(9, 0), Qt::UTC);
                if (!repository.insert(update, error))
                    return false;
            }
        }
    }
    return transaction.commit(error);
}

} // namespace PlanTrack::Bench
