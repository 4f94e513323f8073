// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportlanguage.h"

#include "reportlog.h"

#include <QCoreApplication>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace PlanTrack {

namespace {

// The language of the report being made, empty while none is.
QString &activeLanguage()
{
    static QString language;
    return language;
}

// Answers every message: a translated one from its file, any other with its English
// source, so that a message missing from the report's language does not fall through to
// the translators of the interface installed before.
class ReportTranslator final : public QTranslator
{
public:
    QString translate(const char *context,
                      const char *sourceText,
                      const char *disambiguation,
                      int n) const override
    {
        const QString translated = QTranslator::translate(context, sourceText, disambiguation, n);
        if (!translated.isNull() || !sourceText)
            return translated;
        return QString::fromUtf8(sourceText);
    }

    bool isEmpty() const override { return false; }
};

} // namespace

ReportLanguage::ReportLanguage(const QString &language)
    : m_code(normalized(language))
    , m_previousActive(activeLanguage())
    , m_previousLocale(QLocale())
{
    // Translations::install sets the default locale with the interface's translators, so
    // the default locale tells which language tr() speaks when no report is being made.
    const bool alreadySpoken = activeLanguage().isEmpty()
                                   ? QLocale().language() == locale().language()
                                   : activeLanguage() == m_code;
    activeLanguage() = m_code;
    QLocale::setDefault(locale());
    if (alreadySpoken || !QCoreApplication::instance())
        return;

    auto translator = std::make_unique<ReportTranslator>();
    if (!translator->load(u":/i18n/plantrack_"_s + m_code))
        qCWarning(lcReport) << "no translation file for" << m_code;
    QCoreApplication::installTranslator(translator.get());
    m_translator = std::move(translator);
}

ReportLanguage::~ReportLanguage()
{
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
    QLocale::setDefault(m_previousLocale);
    activeLanguage() = m_previousActive;
}

QLocale ReportLanguage::locale() const
{
    return isEnglish() ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                       : QLocale(QLocale::Vietnamese, QLocale::Vietnam);
}

QString ReportLanguage::normalized(const QString &language)
{
    return language.left(2).toLower() == "en"_L1 ? u"en"_s : u"vi"_s;
}

QString ReportLanguage::active(const QString &interfaceLanguage)
{
    return activeLanguage().isEmpty() ? interfaceLanguage : activeLanguage();
}

} // namespace PlanTrack
