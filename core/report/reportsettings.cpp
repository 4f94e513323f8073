// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportsettings.h"

#include "storage/database.h"
#include "storage/settingrepository.h"
#include "text/vietnamesetext.h"

#include <QHash>

#include <array>

using namespace Qt::StringLiterals;

namespace PlanTrack {

namespace {

constexpr auto prefix = "report/"_L1;
constexpr auto englishSuffix = "_en"_L1;

// The stored keys of the texts kept in two languages, and of the single ones.
struct LocalField
{
    const char *key;
    LocalText ReportSettings::*member;
};

constexpr std::array localFields{
    LocalField{"parent_body", &ReportSettings::parentBody},
    LocalField{"issuing_body", &ReportSettings::issuingBody},
    LocalField{"place", &ReportSettings::place},
    LocalField{"signer_title", &ReportSettings::signerTitle},
    LocalField{"signer_position", &ReportSettings::signerPosition},
    LocalField{"recipients", &ReportSettings::recipients},
    LocalField{"subject", &ReportSettings::subject},
};

struct TextField
{
    const char *key;
    QString ReportSettings::*member;
};

constexpr std::array textFields{
    TextField{"number", &ReportSettings::number},
    TextField{"signer_name", &ReportSettings::signerName},
    TextField{"language", &ReportSettings::language},
    TextField{"plan", &ReportSettings::planCode},
    TextField{"agency", &ReportSettings::agencyCode},
};

struct FlagField
{
    const char *key;
    bool ReportSettings::*member;
};

constexpr std::array flagFields{
    FlagField{"include_charts", &ReportSettings::includeCharts},
    FlagField{"include_timeline", &ReportSettings::includeTimeline},
};

// A null text would be stored as SQL NULL; the settings keep empty text instead.
QString stored(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QString keyOf(const char *name)
{
    return prefix + QLatin1StringView(name);
}

// Keeps line breaks (recipients are one a line) while cleaning each line.
QString cleanLines(const QString &text)
{
    QStringList lines = text.split(u'\n');
    for (QString &line : lines)
        line = VietnameseText::clean(line);
    while (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines.join(u'\n');
}

} // namespace

ReportSettings ReportSettings::defaults()
{
    // Data of the issuing body in both languages, as the plan's own texts are, rather than
    // interface text: a user replaces them with the names of their own office.
    ReportSettings settings;
    settings.parentBody = {u"ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI"_s, u"HANOI PEOPLE'S COMMITTEE"_s};
    settings.issuingBody = {u"SỞ NỘI VỤ"_s, u"DEPARTMENT OF HOME AFFAIRS"_s};
    settings.number = u"…/BC-SNV"_s;
    settings.place = {u"Hà Nội"_s, u"Hanoi"_s};
    settings.signerTitle = {u"KT. GIÁM ĐỐC"_s, u"FOR THE DIRECTOR"_s};
    settings.signerPosition = {u"PHÓ GIÁM ĐỐC"_s, u"DEPUTY DIRECTOR"_s};
    settings.recipients = {u"- UBND Thành phố (để báo cáo);\n"
                           u"- Giám đốc Sở (để báo cáo);\n"
                           u"- Các cơ quan, đơn vị có liên quan;\n"
                           u"- Lưu: VT."_s,
                           u"- Hanoi People's Committee (for information);\n"
                           u"- Director of the Department (for information);\n"
                           u"- Relevant agencies and units;\n"
                           u"- Filed: Records Office."_s};
    settings.language = u"vi"_s;
    return settings;
}

std::optional<ReportSettings> ReportSettings::load(Database &database, QString *error)
{
    const std::optional<QHash<QString, QString>> stored =
        SettingRepository(database).values(prefix, error);
    if (!stored)
        return std::nullopt;

    ReportSettings settings = defaults();
    for (const LocalField &field : localFields) {
        LocalText &text = settings.*field.member;
        const QString key = keyOf(field.key);
        text.vi = stored->value(key, text.vi);
        text.en = stored->value(key + englishSuffix, text.en);
    }
    for (const TextField &field : textFields)
        settings.*field.member = stored->value(keyOf(field.key), settings.*field.member);
    for (const FlagField &field : flagFields) {
        const auto it = stored->constFind(keyOf(field.key));
        if (it != stored->cend())
            settings.*field.member = *it == "1"_L1;
    }
    if (settings.language != "en"_L1)
        settings.language = u"vi"_s;
    return settings;
}

QString ReportSettings::check() const
{
    if (VietnameseText::clean(parentBody.vi).isEmpty()
        && VietnameseText::clean(issuingBody.vi).isEmpty())
        return tr("The report needs the name of the issuing body.");
    if (VietnameseText::clean(signerTitle.vi).isEmpty())
        return tr("The report needs the title of its signer, e.g. “KT. GIÁM ĐỐC”.");
    if (language != "vi"_L1 && language != "en"_L1)
        return tr("Unknown report language “%1”; the languages are vi and en.").arg(language);
    return {};
}

bool ReportSettings::save(Database &database, QString *error) const
{
    if (const QString problem = check(); !problem.isEmpty()) {
        *error = problem;
        return false;
    }

    Transaction transaction(database);
    SettingRepository repository(database);
    for (const LocalField &field : localFields) {
        const LocalText &text = this->*field.member;
        const QString key = keyOf(field.key);
        if (!repository.setValue(key, stored(cleanLines(text.vi)), error)
            || !repository.setValue(key + englishSuffix, stored(cleanLines(text.en)), error))
            return false;
    }
    for (const TextField &field : textFields) {
        const QString value = VietnameseText::clean(this->*field.member);
        if (!repository.setValue(keyOf(field.key), stored(value), error))
            return false;
    }
    for (const FlagField &field : flagFields) {
        if (!repository.setValue(keyOf(field.key), this->*field.member ? u"1"_s : u"0"_s, error))
            return false;
    }
    return transaction.commit(error);
}

QStringList ReportSettings::recipientLines(bool english) const
{
    QStringList lines;
    for (const QString &line : recipients.value(english).split(u'\n')) {
        if (!line.trimmed().isEmpty())
            lines.append(line.trimmed());
    }
    return lines;
}

} // namespace PlanTrack
