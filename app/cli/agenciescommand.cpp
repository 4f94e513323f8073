// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "agenciescommand.h"

#include "agencies/agencytree.h"
#include "console.h"
#include "exchange/plancsv.h"
#include "storage/agencyrepository.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using namespace PlanTrack::AgencyTree;

namespace PlanTrack::Cli {

namespace {

constexpr auto retiredOption = "retired"_L1;

using Entry = std::pair<const Agency *, int>;

QByteArray asCsv(const AgencyDirectory &agencies, const QList<Entry> &entries, bool withRetired)
{
    CsvWriter writer;
    QStringList header{
        u"code"_s, u"name_vi"_s, u"name_en"_s, u"parent_code"_s, u"is_group"_s, u"members"_s};
    if (withRetired)
        header << u"retired_on"_s << u"merged_into"_s;
    writer.addRow(header);

    for (const Entry &entry : entries) {
        const Agency &a = *entry.first;
        QStringList fields{a.code,
                           a.nameVi,
                           a.nameEn,
                           codeOf(agencies, a.parentId),
                           a.isGroup ? u"true"_s : u"false"_s,
                           codesOf(agencies, a.memberIds).join("; "_L1)};
        if (withRetired)
            fields << a.retiredOn.toString(Qt::ISODate) << codeOf(agencies, a.mergedIntoId);
        writer.addRow(fields);
    }
    return writer.data();
}

QByteArray asJson(const AgencyDirectory &agencies, const QList<Entry> &entries, bool withRetired)
{
    QJsonArray list;
    for (const Entry &entry : entries) {
        const Agency &a = *entry.first;
        const QString parent = codeOf(agencies, a.parentId);
        QJsonObject o{{u"code"_s, a.code},
                      {u"name_vi"_s, a.nameVi},
                      {u"name_en"_s, a.nameEn},
                      {u"parent"_s, parent.isEmpty() ? QJsonValue() : QJsonValue(parent)},
                      {u"group"_s, a.isGroup}};
        if (a.isGroup)
            o.insert(u"members"_s, QJsonArray::fromStringList(codesOf(agencies, a.memberIds)));
        if (withRetired && a.isRetired()) {
            o.insert(u"retired_on"_s, a.retiredOn.toString(Qt::ISODate));
            const QString into = codeOf(agencies, a.mergedIntoId);
            if (!into.isEmpty())
                o.insert(u"merged_into"_s, into);
        }
        list.append(o);
    }
    return QJsonDocument(QJsonObject{{u"agencies"_s, list}}).toJson(QJsonDocument::Indented);
}

QByteArray asText(const AgencyDirectory &agencies, const QList<Entry> &entries)
{
    int codeWidth = 0;
    for (const Entry &entry : entries)
        codeWidth = std::max(codeWidth, int(entry.first->code.size()) + 2 * entry.second);

    QString text;
    for (const Entry &entry : entries) {
        const Agency &a = *entry.first;
        const QString code = QString(2 * entry.second, u' ') + a.code;
        QString line = code.leftJustified(codeWidth + 2) + a.nameVi;
        if (!a.nameEn.isEmpty())
            line += " ("_L1 + a.nameEn + u')';
        if (a.isGroup) {
            const QStringList members = codesOf(agencies, a.memberIds);
            line += u"\n"_s + QString(codeWidth + 2, u' ')
                    + (members.isEmpty()
                           ? AgenciesCommand::tr("group without members")
                           : AgenciesCommand::tr("group of %n: %1", nullptr, int(members.size()))
                                 .arg(members.join(", "_L1)));
        }
        if (a.isRetired()) {
            const QString into = codeOf(agencies, a.mergedIntoId);
            line += u"\n"_s + QString(codeWidth + 2, u' ')
                    + (into.isEmpty() ? AgenciesCommand::tr("retired on %1")
                                            .arg(a.retiredOn.toString(u"dd/MM/yyyy"_s))
                                      : AgenciesCommand::tr("retired on %1, merged into %2")
                                            .arg(a.retiredOn.toString(u"dd/MM/yyyy"_s), into));
        }
        text += line + u'\n';
    }
    return text.toUtf8();
}

} // namespace

QString AgenciesCommand::name() const
{
    return u"agencies"_s;
}

QString AgenciesCommand::summary() const
{
    return tr("List the agencies and groups with their codes (text, CSV or JSON).");
}

void AgenciesCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOptions({
        CommonOption::tableFormat(),
        {retiredOption,
         tr("Also list retired agencies, with the day they were retired and the agency they "
            "were merged into.")},
        CommonOption::output(),
    });
}

int AgenciesCommand::run(const QCommandLineParser &parser,
                         const QStringList &arguments,
                         const GlobalOptions &global) const
{
    if (!arguments.isEmpty())
        return Console::fail(tr("agencies takes no file name; name the output with -o."),
                             UsageError);
    QString error;
    const std::optional<TableFormat> format = tableFormatOf(parser, &error);
    if (!format)
        return Console::fail(error, UsageError);

    const std::unique_ptr<Database> database = openWorkspace(global, &error);
    if (!database)
        return Console::fail(error);
    const std::optional<AgencyDirectory> agencies = AgencyRepository(*database).load(&error);
    if (!agencies)
        return Console::fail(error);

    const bool withRetired = parser.isSet(retiredOption);
    // A retired agency has no units in use, so leaving it out leaves none orphaned.
    QList<Entry> entries = treeOrder(*agencies);
    if (!withRetired)
        entries.removeIf([](const Entry &entry) { return entry.first->isRetired(); });

    QByteArray data;
    if (*format == TableFormat::Csv)
        data = asCsv(*agencies, entries, withRetired);
    else if (*format == TableFormat::Json)
        data = asJson(*agencies, entries, withRetired);
    else
        data = asText(*agencies, entries);

    if (!writeOutput(parser.value(outputOption), data, &error))
        return Console::fail(error);
    return Success;
}

} // namespace PlanTrack::Cli
