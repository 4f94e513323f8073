// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/database.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

namespace PlanTrack::Test {

/// Keeps settings and data folders of a test away from the user's own.
inline void isolateSettings()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PlanTrack"));
    QCoreApplication::setApplicationName(QStringLiteral("PlanTrack-tests"));
}

/// Holds a new workspace with the bundled plan, in a temporary folder of its own.
class TestWorkspace final
{
public:
    TestWorkspace()
        : m_path(m_dir.filePath(QStringLiteral("workspace.sqlite")))
    {}

    /// Creates the workspace and loads it; returns false and records why on failure.
    bool open()
    {
        m_database = Workspace::open(m_path, &m_error);
        if (m_database)
            m_content = Workspace::load(*m_database, &m_error);
        return m_content.has_value() && !m_content->plans.isEmpty();
    }

    QString path() const { return m_path; }

    QString folder() const { return m_dir.path(); }

    QString error() const { return m_error; }

    const AgencyDirectory &agencies() const { return m_content->agencies; }

    const Plan &plan() const { return m_content->plans.constFirst(); }

    AgencyId agencyId(const QString &code) const
    {
        const Agency *agency = agencies().byCode(code);
        return agency ? agency->id : 0;
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    QString m_error;
    std::unique_ptr<Database> m_database;
    std::optional<WorkspaceContent> m_content;
};

} // namespace PlanTrack::Test
