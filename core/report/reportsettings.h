// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace PlanTrack {

class Database;

/// Holds a text of the report header in Vietnamese and, optionally, in English.
struct LocalText
{
    QString vi;
    QString en;

    /// Returns the English text when asked for and present, else the Vietnamese one.
    QString value(bool english) const { return english && !en.isEmpty() ? en : vi; }

    friend bool operator==(const LocalText &, const LocalText &) = default;
};

/// Holds what a workspace remembers about its progress reports: the header and signature
/// fields of the official form, and the choices made when a report was last made. The
/// fields are data of the issuing body, so each has a Vietnamese value and an English one
/// for reports in English.
struct ReportSettings
{
    Q_DECLARE_TR_FUNCTIONS(PlanTrack::ReportSettings)

public:
    LocalText parentBody;     ///< "ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI"
    LocalText issuingBody;    ///< "SỞ NỘI VỤ"
    QString number;           ///< "…/BC-SNV"; the number is written in when registered
    LocalText place;          ///< "Hà Nội"
    LocalText signerTitle;    ///< "KT. GIÁM ĐỐC"
    LocalText signerPosition; ///< "PHÓ GIÁM ĐỐC"; may be empty
    QString signerName;
    LocalText recipients; ///< one recipient a line, "- Lưu: VT." last
    LocalText subject;    ///< the subject line; empty for the one made from the plan

    QString language;   ///< "vi" or "en"
    QString planCode;   ///< empty for the first plan of the workspace
    QString agencyCode; ///< empty for the whole plan
    bool includeCharts = true;
    bool includeTimeline = false; ///< the timeline of the rows as a landscape appendix

    /// Returns the settings of a workspace that has stored none: the Department of Home
    /// Affairs reporting to the Hanoi People's Committee, in Vietnamese.
    static ReportSettings defaults();

    /// Reads the settings of a workspace; fields it has not stored keep their defaults.
    static std::optional<ReportSettings> load(Database &database, QString *error);

    /// Checks the settings; returns a translated reason when they cannot be stored.
    QString check() const;

    /// Stores every field in one transaction, texts in NFC; nothing is stored when refused.
    bool save(Database &database, QString *error) const;

    /// Returns the recipients of a language, one a line, empty lines left out.
    QStringList recipientLines(bool english) const;

    friend bool operator==(const ReportSettings &, const ReportSettings &) = default;
};

} // namespace PlanTrack
