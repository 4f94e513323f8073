// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "translations.h"

namespace PlanTrack {

/// Returns true when the English user interface is installed, so that plan texts and
/// agency names are shown in English where the plan has them.
inline bool usesEnglish()
{
    return Translations::current() == QLatin1StringView("en");
}

} // namespace PlanTrack
