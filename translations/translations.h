// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace PlanTrack::Translations {

/// Returns the language codes PlanTrack speaks, the default first ("vi", "en").
QStringList languages();

/// Returns the language to use: the requested one when known, else Vietnamese.
QString normalized(const QString &language);

/// Installs the translators of a language into the running application, replacing the
/// ones installed before; QEvent::LanguageChange then reaches every widget.
bool install(const QString &language);

/// Returns the language installed last.
QString current();

/// Returns the language chosen in the desktop program (kept in the settings, which the
/// command-line program shares), or Vietnamese when none was chosen.
QString chosen();

/// Keeps the language chosen in the desktop program for the next start.
void setChosen(const QString &language);

} // namespace PlanTrack::Translations
