// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "indicatordefaults.h"

#include <array>

using namespace Qt::StringLiterals;

namespace PlanTrack {

namespace {

// The code of the plan PlanTrack ships (resources/plans/nq92-2026.json).
constexpr auto bundledPlanCode = "KH-NQ92-2026"_L1;

struct KnownIndicator
{
    const char *stt;
    const char *code;
    const char *nameVi;
    const char *nameEn;
    const char *numeratorVi;
    const char *numeratorEn;
    const char *denominatorVi;
    const char *denominatorEn;
};

// Plan content, so data in both languages rather than translated interface text.
constexpr std::array<KnownIndicator, 5> bundledIndicators{{
    {"15",
     "talents_group_a",
     "Tỷ lệ người có tài năng được thu hút thuộc nhóm A",
     "Share of attracted talents in group A",
     "Số người có tài năng được thu hút thuộc nhóm A",
     "Talents attracted in group A",
     "Tổng số người có tài năng được thu hút",
     "Talents attracted"},
    {"16",
     "fitting_position",
     "Tỷ lệ người có tài năng được bố trí vị trí việc làm phù hợp",
     "Share of talents placed in a fitting job position",
     "Số người có tài năng được bố trí vị trí việc làm phù hợp với trình độ, năng lực, sở "
     "trường",
     "Talents placed in a position fitting their level and strengths",
     "Tổng số người có tài năng đang làm việc",
     "Talents employed"},
    {"17",
     "key_projects",
     "Tỷ lệ người có tài năng tham gia đề tài, dự án, đề án, nhiệm vụ trọng điểm",
     "Share of talents in key research topics, projects and schemes",
     "Số người có tài năng tham gia đề tài, dự án, đề án, nhiệm vụ trọng điểm",
     "Talents taking part in key topics, projects or schemes",
     "Tổng số người có tài năng đang làm việc",
     "Talents employed"},
    {"18",
     "yearly_training",
     "Tỷ lệ người có tài năng tham gia đào tạo chuyên sâu hoặc hội thảo quốc tế trong năm",
     "Share of talents in in-depth training or an international conference in the year",
     "Số người có tài năng tham gia ít nhất 01 khóa đào tạo chuyên sâu hoặc hội thảo quốc tế "
     "trong năm",
     "Talents who attended at least one in-depth course or international conference",
     "Tổng số người có tài năng đang làm việc",
     "Talents employed"},
    {"19",
     "milestones_met",
     "Tỷ lệ người có tài năng hoàn thành các mốc tiến độ cam kết",
     "Share of talents completing their committed milestones",
     "Số người có tài năng hoàn thành các mốc tiến độ đến hạn theo Hợp đồng/Đề án",
     "Talents who completed the milestones due under their contract or scheme",
     "Số người có tài năng có mốc tiến độ đến hạn",
     "Talents with milestones due"},
}};

const KnownIndicator *knownIndicator(const Plan &plan, const Task &task)
{
    if (plan.code != bundledPlanCode)
        return nullptr;
    for (const KnownIndicator &known : bundledIndicators) {
        if (task.stt == QLatin1StringView(known.stt))
            return &known;
    }
    return nullptr;
}

} // namespace

Indicator defaultIndicator(const Plan &plan, const Task &task)
{
    const IndicatorTarget target = task.indicator.value_or(IndicatorTarget());
    const bool percent = target.unit == IndicatorTarget::Unit::Percent;

    Indicator indicator;
    indicator.taskId = task.id;
    indicator.planId = plan.id;
    indicator.stt = task.stt;
    indicator.unit = target.unit;
    indicator.direction = target.direction;
    indicator.target = target.target;
    indicator.period = {target.periodStart, target.periodEnd};
    indicator.kind = percent ? IndicatorKind::Ratio : IndicatorKind::Value;
    indicator.frequency = ReportingFrequency::Yearly;
    indicator.leadId = task.leadIds.value(0);
    indicator.amberBand = defaultAmberBand(target.unit, target.target);

    if (const KnownIndicator *known = knownIndicator(plan, task)) {
        indicator.code = QString::fromLatin1(known->code);
        indicator.nameVi = QString::fromUtf8(known->nameVi);
        indicator.nameEn = QString::fromUtf8(known->nameEn);
        indicator.numeratorVi = QString::fromUtf8(known->numeratorVi);
        indicator.numeratorEn = QString::fromUtf8(known->numeratorEn);
        indicator.denominatorVi = QString::fromUtf8(known->denominatorVi);
        indicator.denominatorEn = QString::fromUtf8(known->denominatorEn);
        return indicator;
    }

    indicator.code = u"CT"_s + QString(task.stt).replace(u'.', u'-');
    indicator.nameVi = task.contentVi;
    indicator.nameEn = task.contentEn;
    if (percent) {
        indicator.numeratorVi = u"Số đạt"_s;
        indicator.numeratorEn = u"Meeting the target"_s;
        indicator.denominatorVi = u"Tổng số"_s;
        indicator.denominatorEn = u"Total"_s;
    }
    return indicator;
}

} // namespace PlanTrack
