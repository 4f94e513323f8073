// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace PlanTrack {

/// Holds the fixed wording of the official document form of Decree 30/2020/NĐ-CP in one
/// language: the national name and motto, the kind of document, the labels of its number,
/// its recipients and its appendices. The Vietnamese wording is prescribed to the letter,
/// so it is kept here as fixed text in both languages rather than left to a translation.
struct DocumentForm
{
    QString nationalName;    ///< "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    QString motto;           ///< "Độc lập - Tự do - Hạnh phúc"
    QString documentKind;    ///< "BÁO CÁO"
    QString numberLabel;     ///< "Số:"
    QString recipientsLabel; ///< "Nơi nhận:"
    QString appendixLabel;   ///< "Phụ lục"
    bool english = false;

    /// Returns the wording of a language ("vi" or "en").
    static DocumentForm of(const QString &language);

    /// Returns the number line, e.g. "Số: …/BC-SNV".
    QString numberLine(const QString &number) const;

    /// Returns the place-and-date line, e.g. "Hà Nội, ngày 05 tháng 01 năm 2026" or "Hà Nội,
    /// ngày 14 tháng 6 năm 2026" (a leading zero for days below 10 and months 1 and 2, as the
    /// decree asks), or "Hanoi, 5 January 2026".
    QString placeAndDate(const QString &place, QDate date) const;

    /// Returns the label of an appendix: "Phụ lục", or "Phụ lục II" when there are several.
    QString appendix(int number, int count) const;

    /// Returns a number in Roman numerals ("IV"), as headings and appendices are numbered.
    static QString romanNumeral(int number);

    /// Returns the line under an appendix title, e.g. "(Kèm theo Báo cáo số …/BC-SNV ngày
    /// 14/06/2026)".
    QString attachedTo(const QString &number, QDate date) const;
};

} // namespace PlanTrack
