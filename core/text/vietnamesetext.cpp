// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "vietnamesetext.h"

#include <QCollator>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace PlanTrack::VietnameseText {

namespace {

// QCollator is reentrant, not thread-safe: each thread sorting text gets its own.
const QCollator &collator()
{
    thread_local const QCollator vietnamese = [] {
        QCollator c(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
        c.setNumericMode(true);
        return c;
    }();
    return vietnamese;
}

} // namespace

QString clean(const QString &text)
{
    return text.normalized(QString::NormalizationForm_C).trimmed();
}

QString fold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString folded;
    folded.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        // Đ and đ are letters of their own, not D with a mark.
        if (c == QChar(0x0110) || c == QChar(0x0111))
            c = u'd';
        folded.append(c.toLower());
    }
    return folded;
}

QStringList queryWords(const QString &query)
{
    const QString folded = fold(query).simplified();
    return folded.isEmpty() ? QStringList() : folded.split(QChar::Space);
}

bool containsAll(const QString &haystackFolded, const QStringList &words)
{
    return std::all_of(words.cbegin(), words.cend(), [&haystackFolded](const QString &word) {
        return haystackFolded.contains(word);
    });
}

bool matches(const QString &haystackFolded, const QString &query)
{
    return containsAll(haystackFolded, queryWords(query));
}

int compare(const QString &a, const QString &b)
{
    return collator().compare(a, b);
}

bool lessThan(const QString &a, const QString &b)
{
    return compare(a, b) < 0;
}

void sort(QStringList &texts)
{
    std::stable_sort(texts.begin(), texts.end(), lessThan);
}

} // namespace PlanTrack::VietnameseText
