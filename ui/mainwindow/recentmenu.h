// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMenu>

namespace PlanTrack {

/// Lists the workspaces opened last, newest first, remembered in the settings; choosing one
/// asks for it to be opened.
class RecentMenu final : public QMenu
{
    Q_OBJECT

public:
    explicit RecentMenu(QWidget *parent = nullptr);

    /// Puts a workspace at the top of the list.
    void add(const QString &path);

    /// Takes a workspace off the list, as when its file is gone.
    void remove(const QString &path);

    /// Returns the workspaces of the list, newest first.
    static QStringList paths();

Q_SIGNALS:
    void openRequested(const QString &path);

private:
    void store(const QStringList &paths);
    void fill();
};

} // namespace PlanTrack
