// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "citystructure.h"

#include "storage/agencyrepository.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "text/vietnamesetext.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace PlanTrack {

namespace {

constexpr auto bundledResource = ":/agencies/hanoi.json"_L1;
constexpr auto formatName = "plantrack-agencies"_L1;

} // namespace

std::optional<QList<Agency>> CityStructure::read(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    const QJsonObject root = document.object();
    if (document.isNull() || root.value("format"_L1).toString() != formatName) {
        *error = tr("The file is not a PlanTrack agency structure.");
        return std::nullopt;
    }

    QList<Agency> agencies;
    QHash<QString, AgencyId> ids;
    const QJsonArray entries = root.value("agencies"_L1).toArray();
    for (const QJsonValue &value : entries) {
        const QJsonObject o = value.toObject();
        Agency agency;
        agency.id = AgencyId(agencies.size() + 1);
        agency.code = VietnameseText::clean(o.value("code"_L1).toString());
        agency.nameVi = VietnameseText::clean(o.value("name_vi"_L1).toString());
        agency.nameEn = VietnameseText::clean(o.value("name_en"_L1).toString());
        agency.isGroup = o.value("group"_L1).toBool();
        if (agency.code.isEmpty() || agency.nameVi.isEmpty() || ids.contains(agency.code)) {
            *error = tr("Agency %1 of the structure has no code, no name, or a code used "
                        "before.")
                         .arg(agencies.size() + 1);
            return std::nullopt;
        }

        const QString parent = o.value("parent"_L1).toString();
        agency.parentId = ids.value(parent);
        if (!parent.isEmpty() && !agency.parentId) {
            *error =
                tr("The parent “%1” of “%2” is not listed before it.").arg(parent, agency.code);
            return std::nullopt;
        }

        ids.insert(agency.code, agency.id);
        agencies.append(agency);
    }

    // Groups may list groups that follow them, so members are resolved once all are read.
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonArray members = entries.at(i).toObject().value("members"_L1).toArray();
        for (qsizetype m = 0; m < members.size(); ++m) {
            const AgencyId id = ids.value(members.at(m).toString());
            if (!id || !agencies.at(i).isGroup) {
                *error = tr("The member “%1” of “%2” is not an agency of the structure, or "
                            "“%2” is not a group.")
                             .arg(members.at(m).toString(), agencies.at(i).code);
                return std::nullopt;
            }
            agencies[i].memberIds.append(id);
        }
    }
    return agencies;
}

std::optional<QList<Agency>> CityStructure::bundled(QString *error)
{
    QFile file(bundledResource);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("This copy of PlanTrack is incomplete: the agency structure is missing.");
        return std::nullopt;
    }
    return read(file.readAll(), error);
}

bool CityStructure::seed(Database &database, QString *error)
{
    std::optional<QList<Agency>> structure = bundled(error);
    if (!structure)
        return false;

    Transaction transaction(database);
    AgencyRepository repository(database);
    const std::optional<AgencyDirectory> stored = repository.load(error);
    if (!stored)
        return false;
    if (!stored->isEmpty())
        return true;

    QHash<AgencyId, AgencyId> ids;
    for (Agency agency : std::as_const(*structure)) {
        const AgencyId local = agency.id;
        agency.parentId = ids.value(agency.parentId);
        if (!repository.insert(agency, error))
            return false;
        ids.insert(local, agency.id);
    }
    for (const Agency &agency : std::as_const(*structure)) {
        QList<AgencyId> members;
        for (AgencyId member : agency.memberIds)
            members.append(ids.value(member));
        if (agency.isGroup && !repository.setMembers(ids.value(agency.id), members, error))
            return false;
    }

    const QString detail = u"%1 agencies"_s.arg(structure->size());
    return AuditLog(database).record(u"seed_agencies"_s, u"agency"_s, 0, detail, error)
           && transaction.commit(error);
}

} // namespace PlanTrack
