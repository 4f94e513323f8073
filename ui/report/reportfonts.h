// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>

namespace PlanTrack::ReportFonts {

/// Returns the font of official documents, Times New Roman (on Linux its metric twin
/// Tinos, which fontconfig puts in its place), at a size in points.
inline QFont serif(double pointSize, bool bold = false, bool italic = false)
{
    QFont font(QStringLiteral("Times New Roman"));
    font.setStyleHint(QFont::Serif, QFont::PreferOutline);
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    font.setItalic(italic);
    return font;
}

} // namespace PlanTrack::ReportFonts
