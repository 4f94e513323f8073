// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "indicatorchooser.h"

#include "indicators/indicatorbook.h"
#include "language.h"

#include <QComboBox>
#include <QSignalBlocker>

using namespace Qt::StringLiterals;

namespace PlanTrack {

void fillIndicatorChooser(QComboBox &box, const IndicatorBook *book)
{
    const QVariant current = box.currentData();
    const QSignalBlocker blocker(&box);
    box.clear();
    if (book) {
        for (const Indicator &indicator : book->indicators())
            box.addItem(u"%1. %2"_s.arg(indicator.stt, indicator.name(usesEnglish())),
                        indicator.id);
    }
    box.setCurrentIndex(std::max(0, box.findData(current)));
}

} // namespace PlanTrack
