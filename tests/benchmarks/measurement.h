// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QFile>
#include <QList>
#include <QString>
#include <QSysInfo>

#include <algorithm>
#include <cstdio>

namespace PlanTrack::Bench {

/// Returns the peak resident memory of the process in kB (VmHWM), or -1 where the system
/// does not say.
inline long peakKilobytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    }
    return -1;
}

/// Returns the model name of the processor, or its architecture where the system does not
/// name it.
inline QString cpuModel()
{
    QFile info(QStringLiteral("/proc/cpuinfo"));
    if (!info.open(QIODevice::ReadOnly))
        return QSysInfo::currentCpuArchitecture();
    for (const QByteArray &line : info.readAll().split('\n')) {
        if (line.startsWith("model name"))
            return QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
    }
    return QSysInfo::currentCpuArchitecture();
}

/// Returns the value below which the fraction of the values lies (0.5: the median).
inline double percentile(QList<double> values, double fraction)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype index = std::min(values.size() - 1, qsizetype(values.size() * fraction));
    return values.at(index);
}

inline double median(const QList<double> &values)
{
    return percentile(values, 0.5);
}

/// Runs the work once and returns how long it took in milliseconds.
template<typename Work>
double timeMs(Work work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

/// Runs the work the given number of times and returns the median time in milliseconds.
template<typename Work>
double medianMs(int runs, Work work)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i)
        times.append(timeMs(work));
    return median(times);
}

/// Writes one timed step as a line of the benchmark's table.
inline void print(const char *what, double ms)
{
    std::printf("%-58s %10.1f ms\n", what, ms);
}

} // namespace PlanTrack::Bench
