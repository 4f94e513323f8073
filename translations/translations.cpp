// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include <memory>

using namespace Qt::StringLiterals;

namespace PlanTrack::Translations {

namespace {

constexpr auto settingsKey = "ui/language"_L1;

struct Installed
{
    QString language = u"vi"_s;
    std::unique_ptr<QTranslator> own;
    std::unique_ptr<QTranslator> qt;
};

Installed &installed()
{
    static Installed state;
    return state;
}

} // namespace

QStringList languages()
{
    return {u"vi"_s, u"en"_s};
}

QString normalized(const QString &language)
{
    const QString code = language.left(2).toLower();
    return languages().contains(code) ? code : languages().constFirst();
}

bool install(const QString &language)
{
    const QString code = normalized(language);
    Installed &state = installed();
    if (state.own)
        QCoreApplication::removeTranslator(state.own.get());
    if (state.qt)
        QCoreApplication::removeTranslator(state.qt.get());

    auto own = std::make_unique<QTranslator>();
    const bool loaded = own->load(u":/i18n/plantrack_"_s + code);
    if (loaded)
        QCoreApplication::installTranslator(own.get());

    // Qt's own texts are English already; for Vietnamese the project ships its own
    // translation of the Qt dialogs and menus, since the system has none.
    auto qt = std::make_unique<QTranslator>();
    if (code != "en"_L1 && qt->load(u":/i18n/qtbase_"_s + code))
        QCoreApplication::installTranslator(qt.get());

    state.own = std::move(own);
    state.qt = std::move(qt);
    state.language = code;
    QLocale::setDefault(QLocale(code == "vi"_L1 ? QLocale::Vietnamese : QLocale::English,
                                code == "vi"_L1 ? QLocale::Vietnam : QLocale::UnitedKingdom));
    return loaded;
}

QString current()
{
    return installed().language;
}

QString chosen()
{
    return normalized(QSettings().value(settingsKey, languages().constFirst()).toString());
}

void setChosen(const QString &language)
{
    QSettings().setValue(settingsKey, normalized(language));
}

} // namespace PlanTrack::Translations
