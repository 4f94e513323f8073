// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/textinputguard.h"
#include "mainwindow/mainwindow.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace {

constexpr auto languageOption = "lang"_L1;

// The help text is shown in the chosen language, so --lang is read before the parser
// that describes the options is built; mistakes are reported by that second parser.
QString requestedLanguage(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(QCommandLineOption(languageOption, QString(), u"code"_s));
    parser.parse(arguments);
    if (parser.isSet(languageOption))
        return parser.value(languageOption);
    return PlanTrack::Translations::chosen();
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"PlanTrack"_s);
    QApplication::setApplicationName(u"PlanTrack"_s);
    QApplication::setApplicationVersion(QStringLiteral(PLANTRACK_VERSION));

    PlanTrack::Translations::install(requestedLanguage(QApplication::arguments()));
    PlanTrack::TextInputGuard::install(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main",
                                    "Follows the tasks of a government implementation "
                                    "plan."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(QCommandLineOption(
        languageOption,
        QCoreApplication::translate("main", "Language of the user interface: vi or en."),
        QCoreApplication::translate("main", "language")));
    parser.addPositionalArgument(
        u"file"_s,
        QCoreApplication::translate("main", "Workspace to open; without it, the one used last."),
        QCoreApplication::translate("main", "[file]"));
    parser.process(app);

    PlanTrack::MainWindow window;
    if (!window.openAtStartup(parser.positionalArguments().value(0)))
        return 0;
    window.show();
    return QApplication::exec();
}
