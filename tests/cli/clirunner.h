// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

namespace PlanTrack::Test {

/// Holds what one run of plantrack-cli left behind.
struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QStringList errorLines() const
    {
        return QString::fromUtf8(err).split(u'\n', Qt::SkipEmptyParts);
    }

    QString output() const { return QString::fromUtf8(out); }
};

/// Runs the real plantrack-cli in a home folder of its own, so that its settings and its
/// default workspace never touch the user's, and without a display, as on a server.
class CliRunner final
{
public:
    explicit CliRunner(QString program)
        : m_program(std::move(program))
    {}

    bool isValid() const { return m_home.isValid(); }

    QString path(const QString &name) const { return m_home.filePath(name); }

    CliRun run(const QStringList &arguments) const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), m_home.path());
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), path(QStringLiteral("config")));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("data")));
        environment.insert(QStringLiteral("XDG_CACHE_HOME"), path(QStringLiteral("cache")));
        // The commands that paint must find their own way to do it.
        environment.remove(QStringLiteral("DISPLAY"));
        environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
        environment.remove(QStringLiteral("QT_QPA_PLATFORM"));

        QProcess process;
        process.setProcessEnvironment(environment);
        process.setWorkingDirectory(m_home.path());
        process.start(m_program, arguments);
        if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit)
            return {};
        return {
            process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
    }

    bool writeFile(const QString &name, const QByteArray &data) const
    {
        QFile file(path(name));
        return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
    }

private:
    QString m_program;
    QTemporaryDir m_home;
};

/// Runs a program that reads back what plantrack-cli wrote (pdfinfo, pdftotext, …) and
/// returns its standard output.
inline QString toolOutput(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    process.waitForFinished(120000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

/// Splits a table as RFC 4180 writes it into records of fields.
inline QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    const auto next = [&text](qsizetype i) {
        return i + 1 < text.size() ? text.at(i + 1) : QChar();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted && c == u'"' && next(i) == u'"') {
            field += u'"';
            ++i;
        } else if (c == u'"') {
            quoted = !quoted;
        } else if (quoted || (c != u',' && c != u'\r' && c != u'\n')) {
            field += c;
        } else if (c == u',') {
            record.append(std::exchange(field, {}));
        } else {
            if (c == u'\r' && next(i) == u'\n')
                ++i;
            record.append(std::exchange(field, {}));
            records.append(std::exchange(record, {}));
        }
    }
    if (!field.isEmpty() || !record.isEmpty()) {
        record.append(field);
        records.append(record);
    }
    return records;
}

/// Holds a table read from CSV with its header, for lookups by column name.
struct CsvRows
{
    explicit CsvRows(const QByteArray &csv)
    {
        rows = parseCsv(QString::fromUtf8(csv));
        if (!rows.isEmpty())
            header = rows.takeFirst();
    }

    QString value(qsizetype row, const QString &column) const
    {
        return rows.value(row).value(header.indexOf(column));
    }

    /// Returns the rows whose column holds value.
    QList<qsizetype> where(const QString &column, const QString &value) const
    {
        QList<qsizetype> found;
        for (qsizetype i = 0; i < rows.size(); ++i) {
            if (this->value(i, column) == value)
                found.append(i);
        }
        return found;
    }

    QStringList header;
    QList<QStringList> rows;
};

} // namespace PlanTrack::Test
