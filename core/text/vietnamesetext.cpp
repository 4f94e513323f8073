// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "vietnamesetext.h"

namespace PlanTrack::VietnameseText {

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

} // namespace PlanTrack::VietnameseText
