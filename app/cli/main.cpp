// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"
#include "console.h"
#include "translations.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The same names as the desktop program, so that both find the same settings and
    // the same workspace.
    QCoreApplication::setOrganizationName(u"PlanTrack"_s);
    QCoreApplication::setApplicationName(u"PlanTrack"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(PLANTRACK_VERSION));
    PlanTrack::Cli::Console::prepare();

    const QStringList arguments = QCoreApplication::arguments();
    const PlanTrack::Cli::CommandLine commandLine;
    PlanTrack::Translations::install(commandLine.requestedLanguage(arguments));
    return commandLine.run(arguments);
}
