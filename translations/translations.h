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

} // namespace PlanTrack::Translations
