// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <algorithm>
#include <functional>
#include <utility>

/// Vietnamese text handling shared by storage, exchange and every view: normal form, search
/// folding, collation, and the legacy 8-bit encodings still found in old documents.
namespace PlanTrack::VietnameseText {

/// Returns text in NFC with surrounding white space removed; every text that enters a
/// workspace passes through here, since some keyboards send decomposed letters.
QString clean(const QString &text);

/// Returns text without case and diacritics ("Sở Nội vụ" gives "so noi vu"), for search.
QString fold(const QString &text);

/// Returns the folded words of a search query ("  Sở  NỘI " gives {"so", "noi"}).
QStringList queryWords(const QString &query);

/// Returns whether every word occurs in a text folded by fold(); no words match everything.
bool containsAll(const QString &haystackFolded, const QStringList &words);

/// Returns whether a folded text matches a query typed by a user: case and diacritics are
/// ignored and every word of the query must occur ("so noi vu" matches "Sở Nội vụ").
bool matches(const QString &haystackFolded, const QString &query);

/// Compares two texts in Vietnamese alphabetical order (a < ă < â, d < đ, u < ư), numbers
/// by value ("Mục 2" < "Mục 10"); returns a negative, zero or positive number.
int compare(const QString &a, const QString &b);

/// Returns whether a comes before b in Vietnamese alphabetical order.
bool lessThan(const QString &a, const QString &b);

/// Sorts texts in Vietnamese alphabetical order; equal texts keep their order.
void sort(QStringList &texts);

/// Sorts items by the text a projection returns for each, in Vietnamese alphabetical order;
/// equal texts keep their order.
template<typename Container, typename Projection>
void sortBy(Container &items, Projection &&textOf)
{
    std::stable_sort(items.begin(), items.end(), [&textOf](const auto &a, const auto &b) {
        return compare(std::invoke(textOf, a), std::invoke(textOf, b)) < 0;
    });
}

/// Legacy 8-bit encodings of Vietnamese that reach PlanTrack as Latin-1 characters when
/// text is pasted or imported from old documents.
enum class LegacyEncoding {
    None,  ///< Unicode text, or nothing Vietnamese to judge by
    Tcvn3, ///< TCVN 5712:1993 VN3, the ".VnTime" fonts ("Së Néi vô")
    Vni,   ///< VNI Windows, the "VNI-Times" fonts ("Sôû Noäi vuï")
};

/// Returns the legacy encoding a text appears to be in, judging each word that holds
/// Latin-1 letters by whether it reads as a Vietnamese syllable before or after decoding.
LegacyEncoding detectLegacyEncoding(const QString &text);

/// Returns whether text appears to be Vietnamese in the TCVN3 encoding.
bool looksLikeTcvn3(const QString &text);

/// Returns whether text appears to be Vietnamese in the VNI Windows encoding, which
/// PlanTrack recognises but does not convert.
bool looksLikeVni(const QString &text);

/// Returns TCVN3 text decoded to Unicode NFC. A line whose Latin letters are all capitals
/// is taken as set in an uppercase VN3 font (".VnTimeH") and decoded in capitals.
QString fromTcvn3(const QString &text);

} // namespace PlanTrack::VietnameseText
