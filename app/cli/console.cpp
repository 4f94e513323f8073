// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "console.h"

#include <cstdio>

#ifdef Q_OS_WIN
#include <qt_windows.h>

#include <fcntl.h>
#include <io.h>
#endif

using namespace Qt::StringLiterals;

namespace PlanTrack::Cli::Console {

namespace {

bool writeTo(std::FILE *stream, const QByteArray &data)
{
    const size_t written = std::fwrite(data.constData(), 1, size_t(data.size()), stream);
    return written == size_t(data.size()) && std::fflush(stream) == 0;
}

// Messages from the core may carry the driver's text over several lines; a diagnostic
// stays on one line so that scripts can read it.
QString oneLine(const QString &message)
{
    QString line = message;
    line.replace("\r\n"_L1, " "_L1).replace(u'\n', u' ').replace(u'\r', u' ');
    return line.trimmed();
}

} // namespace

void prepare()
{
#ifdef Q_OS_WIN
    // CSV already ends its lines with CRLF; text mode would turn them into CR CR LF.
    _setmode(_fileno(stdout), _O_BINARY);
    SetConsoleOutputCP(CP_UTF8);
#endif
}

bool write(const QByteArray &data)
{
    return writeTo(stdout, data);
}

void print(const QString &line)
{
    writeTo(stdout, line.toUtf8() + '\n');
}

// The "warning:" and "error:" markers stay untranslated: scripts look for them.
void warning(const QString &message)
{
    writeTo(stderr, "warning: " + oneLine(message).toUtf8() + '\n');
}

int fail(const QString &message, ExitCode code, const QStringList &details)
{
    QByteArray text = "error: " + oneLine(message).toUtf8() + '\n';
    for (const QString &detail : details)
        text += "  " + oneLine(detail).toUtf8() + '\n';
    writeTo(stderr, text);
    return code;
}

} // namespace PlanTrack::Cli::Console
