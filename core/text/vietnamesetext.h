// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace PlanTrack::VietnameseText {

/// Returns text in NFC with surrounding white space removed; every text that enters a
/// workspace passes through here, since some keyboards send decomposed letters.
QString clean(const QString &text);

/// Returns text without case and diacritics ("Sở Nội vụ" gives "so noi vu"), for search.
QString fold(const QString &text);

} // namespace PlanTrack::VietnameseText
