// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "deadline.h"

#include "model/keytable.h"

#include <QRegularExpression>

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace PlanTrack {

namespace {

constexpr KeyTable<DeadlineKind, 8> kindKeys{{
    {DeadlineKind::Month, "month"},
    {DeadlineKind::Quarter, "quarter"},
    {DeadlineKind::Year, "year"},
    {DeadlineKind::YearRange, "year_range"},
    {DeadlineKind::Date, "date"},
    {DeadlineKind::Ongoing, "ongoing"},
    {DeadlineKind::Annual, "annual"},
    {DeadlineKind::Conditional, "conditional"},
}};

// Plans are written by hand: fold case, spacing and dash style before matching.
QString canonical(const QString &text)
{
    QString folded = text.normalized(QString::NormalizationForm_C).toLower();
    folded.replace(QChar(0x2013), u'-').replace(QChar(0x2014), u'-');
    return folded.simplified();
}

int quarterNumber(const QString &token)
{
    static const QStringList roman{u"i"_s, u"ii"_s, u"iii"_s, u"iv"_s};
    const qsizetype index = roman.indexOf(token);
    if (index >= 0)
        return int(index) + 1;
    bool ok = false;
    const int number = token.toInt(&ok);
    return ok && number >= 1 && number <= 4 ? number : 0;
}

bool plausibleYear(int year)
{
    return year >= 1900 && year <= 2200;
}

std::optional<Deadline> make(const QString &text, DeadlineKind kind, QDate start, QDate due)
{
    return Deadline{text, kind, start, due};
}

} // namespace

bool Deadline::isRecurring() const
{
    return kind == DeadlineKind::Ongoing || kind == DeadlineKind::Annual
           || kind == DeadlineKind::Conditional;
}

QString deadlineKindKey(DeadlineKind kind)
{
    return keyOf(kindKeys, kind);
}

std::optional<DeadlineKind> deadlineKindFromKey(QStringView key)
{
    return valueOf(kindKeys, key);
}

std::optional<Deadline> parseDeadline(const QString &text)
{
    const QString written = text.normalized(QString::NormalizationForm_C).simplified();
    const QString s = canonical(text);
    QRegularExpressionMatch m;

    static const QRegularExpression month(u"^tháng (\\d{1,2}) ?/ ?(\\d{4})$"_s);
    if ((m = month.match(s)).hasMatch()) {
        const QDate first(m.captured(2).toInt(), m.captured(1).toInt(), 1);
        if (!first.isValid() || !plausibleYear(first.year()))
            return std::nullopt;
        return make(written, DeadlineKind::Month, {}, first.addMonths(1).addDays(-1));
    }

    static const QRegularExpression quarter(u"^quý ([ivx]+|\\d) ?/ ?(\\d{4})$"_s);
    if ((m = quarter.match(s)).hasMatch()) {
        const int q = quarterNumber(m.captured(1));
        const int year = m.captured(2).toInt();
        if (q == 0 || !plausibleYear(year))
            return std::nullopt;
        const QDate first(year, (q - 1) * 3 + 1, 1);
        return make(written, DeadlineKind::Quarter, {}, first.addMonths(3).addDays(-1));
    }

    static const QRegularExpression year(u"^(?:năm )?(\\d{4})$"_s);
    if ((m = year.match(s)).hasMatch()) {
        const int y = m.captured(1).toInt();
        if (!plausibleYear(y))
            return std::nullopt;
        return make(written, DeadlineKind::Year, {}, QDate(y, 12, 31));
    }

    static const QRegularExpression range(u"^(?:giai đoạn )?(\\d{4}) ?- ?(\\d{4})$"_s);
    if ((m = range.match(s)).hasMatch()) {
        const int from = m.captured(1).toInt();
        const int to = m.captured(2).toInt();
        if (!plausibleYear(from) || !plausibleYear(to) || to <= from)
            return std::nullopt;
        return make(written, DeadlineKind::YearRange, QDate(from, 1, 1), QDate(to, 12, 31));
    }

    static const QRegularExpression day(u"^(?:ngày )?(\\d{1,2})/(\\d{1,2})/(\\d{4})$"_s);
    if ((m = day.match(s)).hasMatch()) {
        const QDate date(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
        if (!date.isValid() || !plausibleYear(date.year()))
            return std::nullopt;
        return make(written, DeadlineKind::Date, {}, date);
    }

    if (s == u"thường xuyên"_s || s == u"liên tục"_s)
        return make(written, DeadlineKind::Ongoing, {}, {});
    if (s == u"hằng năm"_s || s == u"hàng năm"_s)
        return make(written, DeadlineKind::Annual, {}, {});
    if (s.startsWith(u"trong thời gian "_s))
        return make(written, DeadlineKind::Conditional, {}, {});

    return std::nullopt;
}

} // namespace PlanTrack
