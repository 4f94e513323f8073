// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace.h"

#include "agencies/citystructure.h"
#include "exchange/planimporter.h"
#include "exchange/planjson.h"
#include "storage/agencyrepository.h"
#include "storage/database.h"
#include "storage/planrepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace PlanTrack {

namespace {

constexpr auto lastPathKey = "workspace/last"_L1;
constexpr auto bundledPlanResource = ":/plans/nq92-2026.json"_L1;

} // namespace

QString Workspace::defaultPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(u"plantrack.sqlite"_s);
}

QString Workspace::lastUsedPath()
{
    const QString last = QSettings().value(lastPathKey).toString();
    return last.isEmpty() ? defaultPath() : last;
}

void Workspace::rememberPath(const QString &path)
{
    QSettings().setValue(lastPathKey, QFileInfo(path).absoluteFilePath());
}

std::unique_ptr<Database> Workspace::open(const QString &path, QString *error)
{
    const QFileInfo info(path);
    const bool isNew = !info.exists() || info.size() == 0;
    if (isNew && !QDir().mkpath(info.absolutePath())) {
        *error = tr("The folder “%1” could not be created.").arg(info.absolutePath());
        return nullptr;
    }

    std::unique_ptr<Database> database = Database::open(path, error);
    if (!database || !isNew)
        return database;

    if (!addBundledPlan(*database, error)) {
        database.reset();
        QFile::remove(path);
        return nullptr;
    }
    return database;
}

bool Workspace::addBundledPlan(Database &database, QString *error)
{
    // The city's structure comes first, so that the plan's agencies are matched to it.
    if (!CityStructure::seed(database, error))
        return false;
    std::optional<PlanDocument> plan = bundledPlan(error);
    return plan && PlanImporter(database).import(std::move(*plan), error) != 0;
}

std::optional<PlanDocument> Workspace::bundledPlan(QString *error)
{
    QFile file(bundledPlanResource);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("This copy of PlanTrack is incomplete: the bundled plan is missing.");
        return std::nullopt;
    }

    QStringList problems;
    std::optional<PlanDocument> document = PlanJson::read(file.readAll(), &problems);
    if (!document)
        *error = tr("The bundled plan is damaged: %1").arg(problems.value(0));
    return document;
}

std::optional<WorkspaceContent> Workspace::load(Database &database, QString *error)
{
    std::optional<AgencyDirectory> agencies = AgencyRepository(database).load(error);
    if (!agencies)
        return std::nullopt;
    std::optional<QList<Plan>> plans = PlanRepository(database).loadAll(error);
    if (!plans)
        return std::nullopt;
    return WorkspaceContent{std::move(*agencies), std::move(*plans)};
}

} // namespace PlanTrack
