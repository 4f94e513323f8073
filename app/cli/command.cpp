// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "command.h"

#include "console.h"
#include "storage/database.h"
#include "workspace/workspace.h"
#include "workspace/workspacesession.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace PlanTrack::Cli {

namespace {

QString workspacePath(const GlobalOptions &global)
{
    return global.databasePath.isEmpty() ? Workspace::lastUsedPath() : global.databasePath;
}

} // namespace

namespace CommonOption {

QCommandLineOption tableFormat()
{
    return {formatOption,
            QCoreApplication::translate("PlanTrack::Cli",
                                        "Write <format>: text (default), csv or json."),
            QCoreApplication::translate("PlanTrack::Cli", "format")};
}

QCommandLineOption plan()
{
    return {planOption,
            QCoreApplication::translate("PlanTrack::Cli",
                                        "The plan with the code <code>; by default the first "
                                        "one."),
            QCoreApplication::translate("PlanTrack::Cli", "code")};
}

QCommandLineOption output()
{
    return {{u"o"_s, outputOption},
            QCoreApplication::translate("PlanTrack::Cli",
                                        "Write to <file> instead of the standard output."),
            QCoreApplication::translate("PlanTrack::Cli", "file")};
}

} // namespace CommonOption

std::unique_ptr<Database> openWorkspace(const GlobalOptions &global, QString *error)
{
    return Workspace::open(workspacePath(global), error);
}

std::unique_ptr<WorkspaceSession> openSession(const GlobalOptions &global, QString *error)
{
    return WorkspaceSession::open(workspacePath(global), error);
}

const Plan *choosePlan(const QList<Plan> &plans, const QString &code, QString *error)
{
    if (plans.isEmpty()) {
        *error = QCoreApplication::translate("PlanTrack::Cli", "The workspace holds no plan.");
        return nullptr;
    }
    if (code.isEmpty())
        return &plans.constFirst();

    QStringList codes;
    for (const Plan &plan : plans) {
        if (plan.code == code)
            return &plan;
        codes.append(plan.code);
    }
    *error = QCoreApplication::translate("PlanTrack::Cli",
                                         "The workspace holds no plan with the code “%1”; its "
                                         "plans are: %2.")
                 .arg(code, codes.join(u", "_s));
    return nullptr;
}

const Plan *choosePlan(const WorkspaceSession &session, const QString &code, QString *error)
{
    return choosePlan(session.plans(), code, error);
}

bool writeOutput(const QString &path, const QByteArray &data, QString *error)
{
    if (path.isEmpty()) {
        if (Console::write(data))
            return true;
        *error = QCoreApplication::translate("PlanTrack::Cli",
                                             "The result could not be written to the standard "
                                             "output.");
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        *error =
            QCoreApplication::translate("PlanTrack::Cli", "The file “%1” could not be written: %2")
                .arg(displayPath(path), file.errorString());
        return false;
    }
    return true;
}

std::optional<TableFormat> tableFormatOf(const QCommandLineParser &parser, QString *error)
{
    const QString format = parser.isSet(formatOption) ? parser.value(formatOption) : u"text"_s;
    if (format == "text"_L1)
        return TableFormat::Text;
    if (format == "csv"_L1)
        return TableFormat::Csv;
    if (format == "json"_L1)
        return TableFormat::Json;
    *error =
        QCoreApplication::translate("PlanTrack::Cli", "Unknown format “%1”; use text, csv or json.")
            .arg(format);
    return std::nullopt;
}

QByteArray byteOrderMark(bool wanted)
{
    return wanted ? QByteArray("\xEF\xBB\xBF") : QByteArray();
}

QDate parseAsOf(const QString &text, QString *error)
{
    if (text.isEmpty())
        return QDate::currentDate();
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid())
        *error = QCoreApplication::translate("PlanTrack::Cli",
                                             "“%1” is not a date; write it as yyyy-MM-dd, "
                                             "e.g. 2026-06-14.")
                     .arg(text);
    return date;
}

QString displayPath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace PlanTrack::Cli
