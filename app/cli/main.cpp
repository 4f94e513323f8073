// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"
#include "console.h"
#include "translations.h"

#include <QApplication>
#include <QCoreApplication>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

// A platform started outside a desktop session notes what it misses (XDG_RUNTIME_DIR, …);
// that is no diagnostic of the command, whose stderr scripts read. Only failures pass.
void quietStartup(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtCriticalMsg || type == QtFatalMsg)
        std::fputs(qPrintable(qFormatLogMessage(type, context, message) + u'\n'), stderr);
}

// Painting needs a QApplication, and a QApplication a platform: without a display the
// offscreen one. Windows and macOS always have theirs.
std::unique_ptr<QCoreApplication> createApplication(int &argc, char *argv[], bool gui)
{
    if (!gui)
        return std::make_unique<QCoreApplication>(argc, argv);
#if !defined(Q_OS_WIN) && !defined(Q_OS_MACOS)
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
    const QtMessageHandler previous = qInstallMessageHandler(quietStartup);
    auto app = std::make_unique<QApplication>(argc, argv);
    qInstallMessageHandler(previous);
    return app;
}

} // namespace

int main(int argc, char *argv[])
{
    // The command word decides which application object to make, so it is read first.
    QStringList rawArguments;
    for (int i = 0; i < argc; ++i)
        rawArguments.append(QString::fromLocal8Bit(argv[i]));
    const PlanTrack::Cli::CommandLine commandLine;
    const std::unique_ptr<QCoreApplication> app =
        createApplication(argc, argv, commandLine.needsGui(rawArguments));
    // The same names as the desktop program, so that both find the same settings and
    // the same workspace.
    QCoreApplication::setOrganizationName(u"PlanTrack"_s);
    QCoreApplication::setApplicationName(u"PlanTrack"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(PLANTRACK_VERSION));
    PlanTrack::Cli::Console::prepare();

    const QStringList arguments = QCoreApplication::arguments();
    PlanTrack::Translations::install(commandLine.requestedLanguage(arguments));
    return commandLine.run(arguments);
}
