// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "planjson.h"

#include "text/vietnamesetext.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace Qt::StringLiterals;

namespace PlanTrack {

namespace {

constexpr auto formatName = "plantrack-plan"_L1;
constexpr int formatVersion = 1;

QJsonValue dateJson(QDate date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

// Collects every problem of a file instead of stopping at the first one, so that the
// person fixing it sees them all at once.
class Reader
{
public:
    explicit Reader(QStringList *errors)
        : m_errors(errors)
    {}

    std::optional<PlanDocument> read(const QByteArray &json);

private:
    void fail(const QString &where, const QString &what)
    {
        m_errors->append(where + ": "_L1 + what);
    }

    QString text(const QJsonObject &o, const QString &where, const char *key, bool required);
    QDate date(const QJsonObject &o, const QString &where, const char *key);
    QList<AgencyId> agencyList(const QJsonObject &o, const QString &where, const char *key);

    void readAgencies(const QJsonArray &array);
    void checkAgencyTree();
    void readPlan(const QJsonObject &o);
    void readSection(const QJsonObject &o, const QString &where);
    void
    readTask(const QJsonObject &o, const QString &where, SectionId sectionId, const Task *parent);
    std::optional<Deadline> readDeadline(const QJsonValue &value, const QString &where);
    std::optional<IndicatorTarget> readIndicator(const QJsonValue &value, const QString &where);

    QStringList *m_errors;
    PlanDocument m_document;
    QHash<QString, AgencyId> m_agencyIds;
    QSet<QString> m_stts;
    QHash<AgencyId, QStringList> m_memberCodes;
    QHash<AgencyId, QString> m_parentCodes;
};

std::optional<PlanDocument> Reader::read(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        fail(PlanJson::tr("file"),
             PlanJson::tr("not valid JSON (%1 at character %2)")
                 .arg(parseError.errorString())
                 .arg(parseError.offset));
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    if (!doc.isObject() || root.value("format"_L1).toString() != formatName) {
        fail(PlanJson::tr("file"),
             PlanJson::tr("not a PlanTrack plan file (\"format\" is not "
                          "\"plantrack-plan\")"));
        return std::nullopt;
    }
    if (root.value("version"_L1).toInt(-1) != formatVersion) {
        fail(u"version"_s,
             PlanJson::tr("version %1 of the plan format is not supported (this program reads "
                          "version %2)")
                 .arg(root.value("version"_L1).toVariant().toString())
                 .arg(formatVersion));
        return std::nullopt;
    }

    if (!root.value("agencies"_L1).isArray())
        fail(u"agencies"_s, PlanJson::tr("a list of agencies is required"));
    readAgencies(root.value("agencies"_L1).toArray());
    checkAgencyTree();

    if (!root.value("plan"_L1).isObject())
        fail(u"plan"_s, PlanJson::tr("the plan is missing"));
    else
        readPlan(root.value("plan"_L1).toObject());

    if (!m_errors->isEmpty())
        return std::nullopt;
    return m_document;
}

QString Reader::text(const QJsonObject &o, const QString &where, const char *key, bool required)
{
    const QJsonValue value = o.value(QLatin1StringView(key));
    const QString path = where + u'.' + QLatin1StringView(key);
    if (value.isUndefined() || value.isNull()) {
        if (required)
            fail(path, PlanJson::tr("a text is required"));
        return {};
    }
    if (!value.isString()) {
        fail(path, PlanJson::tr("must be a text"));
        return {};
    }
    const QString result = VietnameseText::clean(value.toString());
    if (required && result.isEmpty())
        fail(path, PlanJson::tr("must not be empty"));
    return result;
}

QDate Reader::date(const QJsonObject &o, const QString &where, const char *key)
{
    const QJsonValue value = o.value(QLatin1StringView(key));
    if (value.isUndefined() || value.isNull())
        return {};
    const QDate result = QDate::fromString(value.toString(), Qt::ISODate);
    if (!value.isString() || !result.isValid())
        fail(where + u'.' + QLatin1StringView(key),
             PlanJson::tr("“%1” is not a date in the form yyyy-MM-dd")
                 .arg(value.toVariant().toString()));
    return result;
}

QList<AgencyId> Reader::agencyList(const QJsonObject &o, const QString &where, const char *key)
{
    const QJsonValue value = o.value(QLatin1StringView(key));
    const QString path = where + u'.' + QLatin1StringView(key);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isArray()) {
        fail(path, PlanJson::tr("must be a list of agency codes"));
        return {};
    }

    QList<AgencyId> ids;
    const QJsonArray codes = value.toArray();
    for (qsizetype i = 0; i < codes.size(); ++i) {
        const QString code = codes.at(i).toString();
        const AgencyId id = m_agencyIds.value(code);
        if (id == 0)
            fail(u"%1[%2]"_s.arg(path).arg(i),
                 PlanJson::tr("unknown agency code “%1”").arg(codes.at(i).toVariant().toString()));
        else if (ids.contains(id))
            fail(u"%1[%2]"_s.arg(path).arg(i),
                 PlanJson::tr("agency “%1” is listed twice").arg(code));
        else
            ids.append(id);
    }
    return ids;
}

void Reader::readAgencies(const QJsonArray &array)
{
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString where = u"agencies[%1]"_s.arg(i);
        const QJsonObject o = array.at(i).toObject();
        Agency agency;
        agency.id = i + 1;
        agency.code = text(o, where, "code", true);
        agency.nameVi = text(o, where, "name_vi", true);
        agency.nameEn = text(o, where, "name_en", false);
        agency.isGroup = o.value("group"_L1).toBool(false);

        if (m_agencyIds.contains(agency.code) && !agency.code.isEmpty())
            fail(where + ".code"_L1, PlanJson::tr("the code “%1” is used twice").arg(agency.code));
        m_agencyIds.insert(agency.code, agency.id);

        const QString parent = o.value("parent"_L1).toString();
        if (!parent.isEmpty())
            m_parentCodes.insert(agency.id, parent);
        for (const QJsonValue &member : o.value("members"_L1).toArray())
            m_memberCodes[agency.id].append(member.toString());
        if (!agency.isGroup && !o.value("members"_L1).toArray().isEmpty())
            fail(where + ".members"_L1, PlanJson::tr("only a group can have members"));
        m_document.agencies.append(agency);
    }
}

void Reader::checkAgencyTree()
{
    for (Agency &agency : m_document.agencies) {
        const QString where = u"agencies[%1]"_s.arg(agency.id - 1);
        if (m_parentCodes.contains(agency.id)) {
            agency.parentId = m_agencyIds.value(m_parentCodes.value(agency.id));
            if (agency.parentId == 0)
                fail(where + ".parent"_L1,
                     PlanJson::tr("unknown agency code “%1”").arg(m_parentCodes.value(agency.id)));
        }
        for (const QString &code : m_memberCodes.value(agency.id)) {
            const AgencyId member = m_agencyIds.value(code);
            if (member == 0)
                fail(where + ".members"_L1, PlanJson::tr("unknown agency code “%1”").arg(code));
            else if (member == agency.id)
                fail(where + ".members"_L1, PlanJson::tr("a group cannot contain itself"));
            else
                agency.memberIds.append(member);
        }
    }

    // A parent chain longer than the list of agencies must loop.
    for (const Agency &agency : std::as_const(m_document.agencies)) {
        AgencyId current = agency.parentId;
        for (qsizetype steps = 0; current != 0; ++steps) {
            if (steps > m_document.agencies.size() || current == agency.id) {
                fail(u"agencies[%1].parent"_s.arg(agency.id - 1),
                     PlanJson::tr("the parents of “%1” form a loop").arg(agency.code));
                break;
            }
            current = m_document.agencies.value(current - 1).parentId;
        }
    }
}

void Reader::readPlan(const QJsonObject &o)
{
    const QString where = u"plan"_s;
    Plan &plan = m_document.plan;
    plan.code = text(o, where, "code", true);
    plan.titleVi = text(o, where, "title_vi", true);
    plan.titleEn = text(o, where, "title_en", false);
    plan.number = text(o, where, "number", false);
    plan.issuedOn = date(o, where, "date");
    plan.resolution = text(o, where, "resolution", false);

    const QString issuer = o.value("issuer"_L1).toString();
    plan.issuerId = m_agencyIds.value(issuer);
    if (!issuer.isEmpty() && plan.issuerId == 0)
        fail(where + ".issuer"_L1, PlanJson::tr("unknown agency code “%1”").arg(issuer));

    const QJsonArray sections = o.value("sections"_L1).toArray();
    if (sections.isEmpty())
        fail(where + ".sections"_L1, PlanJson::tr("a plan needs at least one section"));
    for (qsizetype i = 0; i < sections.size(); ++i)
        readSection(sections.at(i).toObject(), u"plan.sections[%1]"_s.arg(i));
}

void Reader::readSection(const QJsonObject &o, const QString &where)
{
    Section section;
    section.id = m_document.plan.sections.size() + 1;
    section.label = text(o, where, "label", true);
    section.titleVi = text(o, where, "title_vi", true);
    section.titleEn = text(o, where, "title_en", false);
    m_document.plan.sections.append(section);

    const QJsonArray tasks = o.value("tasks"_L1).toArray();
    for (qsizetype i = 0; i < tasks.size(); ++i)
        readTask(tasks.at(i).toObject(), u"%1.tasks[%2]"_s.arg(where).arg(i), section.id, nullptr);
}

void Reader::readTask(const QJsonObject &o,
                      const QString &where,
                      SectionId sectionId,
                      const Task *parent)
{
    Task task;
    task.id = m_document.plan.tasks.size() + 1;
    task.sectionId = sectionId;
    task.parentId = parent ? parent->id : 0;
    task.stt = text(o, where, "stt", true);
    const QString place =
        task.stt.isEmpty() ? where : PlanJson::tr("row %1 (%2)").arg(task.stt, where);
    task.detail = o.value("detail"_L1).toInt(0);
    task.contentVi = text(o, place, "content_vi", true);
    task.contentEn = text(o, place, "content_en", false);

    if (!task.stt.isEmpty() && m_stts.contains(task.stt))
        fail(place + ".stt"_L1, PlanJson::tr("the number “%1” is used twice").arg(task.stt));
    m_stts.insert(task.stt);
    if (parent && !task.stt.startsWith(parent->stt + u'.'))
        fail(place + ".stt"_L1,
             PlanJson::tr("a sub-task of row %1 must be numbered “%1.n”").arg(parent->stt));

    // Sub-tasks follow their task unless they say otherwise.
    const bool hasLead = o.contains("lead"_L1);
    task.leadIds = hasLead || !parent ? agencyList(o, place, "lead") : parent->leadIds;
    task.coordinatingIds = o.contains("coordinating"_L1) || !parent
                               ? agencyList(o, place, "coordinating")
                               : parent->coordinatingIds;
    // An unknown code has been reported already; only a list left empty is a problem here.
    if ((hasLead || !parent) && o.value("lead"_L1).toArray().isEmpty())
        fail(place + ".lead"_L1, PlanJson::tr("at least one lead unit is required"));

    const QJsonValue deadline = o.value("deadline"_L1);
    if (parent && deadline.isUndefined())
        task.deadline = parent->deadline;
    else if (const std::optional<Deadline> d = readDeadline(deadline, place + ".deadline"_L1))
        task.deadline = *d;

    if (o.contains("indicator"_L1))
        task.indicator = readIndicator(o.value("indicator"_L1), place + ".indicator"_L1);

    m_document.plan.tasks.append(task);
    const Task self = task;
    const QJsonArray subtasks = o.value("subtasks"_L1).toArray();
    if (parent && !subtasks.isEmpty())
        fail(place + ".subtasks"_L1, PlanJson::tr("sub-tasks cannot have sub-tasks"));
    for (qsizetype i = 0; i < subtasks.size() && !parent; ++i)
        readTask(
            subtasks.at(i).toObject(), u"%1.subtasks[%2]"_s.arg(where).arg(i), sectionId, &self);
}

std::optional<Deadline> Reader::readDeadline(const QJsonValue &value, const QString &where)
{
    if (!value.isObject()) {
        fail(where, PlanJson::tr("the completion time is missing"));
        return std::nullopt;
    }
    const QJsonObject o = value.toObject();
    const QString written = text(o, where, "text", true);
    if (written.isEmpty())
        return std::nullopt;

    if (!o.contains("kind"_L1)) {
        const std::optional<Deadline> parsed = parseDeadline(written);
        if (!parsed)
            fail(where + ".text"_L1,
                 PlanJson::tr("the completion time “%1” is not understood; give its \"kind\" "
                              "and dates")
                     .arg(written));
        return parsed;
    }

    Deadline deadline;
    deadline.text = written;
    deadline.start = date(o, where, "start");
    deadline.due = date(o, where, "due");
    const std::optional<DeadlineKind> kind = deadlineKindFromKey(o.value("kind"_L1).toString());
    if (!kind) {
        fail(where + ".kind"_L1,
             PlanJson::tr("unknown kind “%1”").arg(o.value("kind"_L1).toVariant().toString()));
        return std::nullopt;
    }
    deadline.kind = *kind;
    if (!deadline.isRecurring() && !deadline.due.isValid())
        fail(where + ".due"_L1, PlanJson::tr("this kind of completion time needs a due date"));
    if (deadline.start.isValid() && deadline.due.isValid() && deadline.start > deadline.due)
        fail(where + ".start"_L1, PlanJson::tr("the start is after the due date"));
    return deadline;
}

std::optional<IndicatorTarget> Reader::readIndicator(const QJsonValue &value, const QString &where)
{
    const QJsonObject o = value.toObject();
    IndicatorTarget target;
    const auto unit = unitFromKey(o.value("unit"_L1).toString());
    const auto direction = directionFromKey(o.value("direction"_L1).toString());
    if (!value.isObject() || !unit)
        fail(where + ".unit"_L1, PlanJson::tr("the unit must be \"percent\" or \"count\""));
    if (!direction)
        fail(where + ".direction"_L1,
             PlanJson::tr("the direction must be \"at_least\", \"at_most\" or \"exactly\""));
    if (!o.value("target"_L1).isDouble() || o.value("target"_L1).toDouble() < 0)
        fail(where + ".target"_L1, PlanJson::tr("the target must be a number of at least 0"));
    if (!unit || !direction)
        return std::nullopt;

    target.unit = *unit;
    target.direction = *direction;
    target.target = o.value("target"_L1).toDouble();
    target.periodStart = date(o, where, "period_start");
    target.periodEnd = date(o, where, "period_end");
    if (target.unit == IndicatorTarget::Unit::Percent && target.target > 100)
        fail(where + ".target"_L1, PlanJson::tr("a percentage cannot exceed 100"));
    return target;
}

QJsonObject deadlineJson(const Deadline &deadline)
{
    QJsonObject o{{u"text"_s, deadline.text}, {u"kind"_s, deadlineKindKey(deadline.kind)}};
    if (deadline.start.isValid())
        o.insert(u"start"_s, dateJson(deadline.start));
    if (deadline.due.isValid())
        o.insert(u"due"_s, dateJson(deadline.due));
    return o;
}

QJsonArray codesJson(const QList<AgencyId> &ids, const AgencyDirectory &agencies)
{
    QJsonArray codes;
    for (AgencyId id : ids) {
        if (const Agency *agency = agencies.byId(id))
            codes.append(agency->code);
    }
    return codes;
}

QJsonObject taskJson(const Plan &plan, const Task &task, const AgencyDirectory &agencies)
{
    QJsonObject o{{u"stt"_s, task.stt}, {u"content_vi"_s, task.contentVi}};
    if (!task.contentEn.isEmpty())
        o.insert(u"content_en"_s, task.contentEn);
    if (task.detail)
        o.insert(u"detail"_s, task.detail);

    const Task *parent = task.isSubTask() ? plan.task(task.parentId) : nullptr;
    if (!parent || parent->leadIds != task.leadIds)
        o.insert(u"lead"_s, codesJson(task.leadIds, agencies));
    if (!parent || parent->coordinatingIds != task.coordinatingIds)
        o.insert(u"coordinating"_s, codesJson(task.coordinatingIds, agencies));
    if (!parent || !(parent->deadline == task.deadline))
        o.insert(u"deadline"_s, deadlineJson(task.deadline));

    if (task.indicator) {
        const IndicatorTarget &t = *task.indicator;
        o.insert(u"indicator"_s,
                 QJsonObject{{u"unit"_s, unitKey(t.unit)},
                             {u"direction"_s, directionKey(t.direction)},
                             {u"target"_s, t.target},
                             {u"period_start"_s, dateJson(t.periodStart)},
                             {u"period_end"_s, dateJson(t.periodEnd)}});
    }

    QJsonArray subtasks;
    for (const Task *sub : plan.subTasksOf(task.id))
        subtasks.append(taskJson(plan, *sub, agencies));
    if (!subtasks.isEmpty())
        o.insert(u"subtasks"_s, subtasks);
    return o;
}

QJsonArray agenciesJson(const AgencyDirectory &agencies)
{
    QJsonArray array;
    for (const Agency &agency : agencies.agencies()) {
        const Agency *parent = agencies.byId(agency.parentId);
        QJsonObject o{{u"code"_s, agency.code},
                      {u"name_vi"_s, agency.nameVi},
                      {u"name_en"_s, agency.nameEn},
                      {u"parent"_s, parent ? QJsonValue(parent->code) : QJsonValue()},
                      {u"group"_s, agency.isGroup}};
        if (agency.isGroup)
            o.insert(u"members"_s, codesJson(agency.memberIds, agencies));
        array.append(o);
    }
    return array;
}

} // namespace

std::optional<PlanDocument> PlanJson::read(const QByteArray &json, QStringList *errors)
{
    QStringList found;
    Reader reader(&found);
    std::optional<PlanDocument> document = reader.read(json);
    if (errors)
        *errors = found;
    return document;
}

QByteArray PlanJson::write(const Plan &plan, const AgencyDirectory &agencies)
{
    QJsonArray sections;
    for (const Section &section : plan.sections) {
        QJsonArray tasks;
        for (const Task *task : plan.tasksOf(section.id))
            tasks.append(taskJson(plan, *task, agencies));
        sections.append(QJsonObject{{u"label"_s, section.label},
                                    {u"title_vi"_s, section.titleVi},
                                    {u"title_en"_s, section.titleEn},
                                    {u"tasks"_s, tasks}});
    }

    const Agency *issuer = agencies.byId(plan.issuerId);
    const QJsonObject planObject{{u"code"_s, plan.code},
                                 {u"title_vi"_s, plan.titleVi},
                                 {u"title_en"_s, plan.titleEn},
                                 {u"number"_s, plan.number},
                                 {u"date"_s, dateJson(plan.issuedOn)},
                                 {u"issuer"_s, issuer ? QJsonValue(issuer->code) : QJsonValue()},
                                 {u"resolution"_s, plan.resolution},
                                 {u"sections"_s, sections}};
    const QJsonObject root{{u"format"_s, QString(formatName)},
                           {u"version"_s, formatVersion},
                           {u"agencies"_s, agenciesJson(agencies)},
                           {u"plan"_s, planObject}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace PlanTrack
