// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

#include <memory>

class QTranslator;

namespace PlanTrack {

/// Speaks the language of a report while it is made, which may differ from the language of
/// the interface: for its lifetime every tr() answers in the report's language (a message
/// without a translation gives its English source, never the interface's language) and the
/// default locale is the report's. The interface's translators and locale come back when
/// it ends. Nothing is installed when the report's language is already the one in use.
class ReportLanguage final
{
public:
    /// Switches to a language ("vi" or "en"; anything else is taken as "vi").
    explicit ReportLanguage(const QString &language);
    ~ReportLanguage();
    ReportLanguage(const ReportLanguage &) = delete;
    ReportLanguage &operator=(const ReportLanguage &) = delete;

    QString code() const { return m_code; }

    bool isEnglish() const { return m_code == QLatin1StringView("en"); }

    /// Returns the locale of the language: decimal comma and dd/MM/yyyy for Vietnamese.
    QLocale locale() const;

    /// Returns the code of a language PlanTrack writes reports in, "vi" for unknown ones.
    static QString normalized(const QString &language);

    /// Returns the language tr() answers in now: the report's while one is made, else the
    /// one given as the interface's language.
    static QString active(const QString &interfaceLanguage);

private:
    QString m_code;
    QString m_previousActive;
    QLocale m_previousLocale;
    std::unique_ptr<QTranslator> m_translator;
};

} // namespace PlanTrack
