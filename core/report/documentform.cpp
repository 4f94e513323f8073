// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentform.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace PlanTrack {

DocumentForm DocumentForm::of(const QString &language)
{
    DocumentForm form;
    if (language == "en"_L1) {
        form.nationalName = u"SOCIALIST REPUBLIC OF VIET NAM"_s;
        form.motto = u"Independence - Freedom - Happiness"_s;
        form.documentKind = u"REPORT"_s;
        form.numberLabel = u"No.:"_s;
        form.recipientsLabel = u"Recipients:"_s;
        form.appendixLabel = u"Appendix"_s;
        form.english = true;
        return form;
    }
    form.nationalName = u"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"_s;
    form.motto = u"Độc lập - Tự do - Hạnh phúc"_s;
    form.documentKind = u"BÁO CÁO"_s;
    form.numberLabel = u"Số:"_s;
    form.recipientsLabel = u"Nơi nhận:"_s;
    form.appendixLabel = u"Phụ lục"_s;
    return form;
}

QString DocumentForm::numberLine(const QString &number) const
{
    return numberLabel + u' ' + number;
}

QString DocumentForm::placeAndDate(const QString &place, QDate date) const
{
    const QString prefix = place.isEmpty() ? QString() : place + u", "_s;
    if (english)
        return prefix + QLocale(QLocale::English).toString(date, u"d MMMM yyyy"_s);
    // Decree 30/2020, appendix I: a zero before days below 10 and before months 1 and 2
    // only, so that no digit can be added in front later ("tháng 6", but "tháng 02").
    const QString month =
        date.month() <= 2 ? date.toString(u"MM"_s) : QString::number(date.month());
    return prefix
           + u"ngày %1 tháng %2 năm %3"_s.arg(
               date.toString(u"dd"_s), month, date.toString(u"yyyy"_s));
}

QString DocumentForm::appendix(int number, int count) const
{
    return count > 1 ? appendixLabel + u' ' + romanNumeral(number) : appendixLabel;
}

QString DocumentForm::romanNumeral(int number)
{
    static const QStringList numerals{
        u"I"_s, u"II"_s, u"III"_s, u"IV"_s, u"V"_s, u"VI"_s, u"VII"_s, u"VIII"_s, u"IX"_s, u"X"_s};
    return number >= 1 && number <= numerals.size() ? numerals.at(number - 1)
                                                    : QString::number(number);
}

QString DocumentForm::attachedTo(const QString &number, QDate date) const
{
    const QString day = date.toString(u"dd/MM/yyyy"_s);
    if (english)
        return u"(Attached to Report No. %1 of %2)"_s.arg(number, day);
    return u"(Kèm theo Báo cáo số %1 ngày %2)"_s.arg(number, day);
}

} // namespace PlanTrack
