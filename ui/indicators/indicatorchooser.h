// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QComboBox;

namespace PlanTrack {

class IndicatorBook;

/// Fills a combo box with the indicators of a book ("15. name" in the interface's
/// language, the indicator's id as data), keeping the one chosen before when it is still
/// there. The box sends no signals while it is filled.
void fillIndicatorChooser(QComboBox &box, const IndicatorBook *book);

} // namespace PlanTrack
