// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "recentmenu.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace PlanTrack {

namespace {

constexpr auto recentKey = "ui/recentWorkspaces"_L1;
constexpr qsizetype maxRecent = 8;

} // namespace

RecentMenu::RecentMenu(QWidget *parent)
    : QMenu(parent)
{
    fill();
}

QStringList RecentMenu::paths()
{
    return QSettings().value(recentKey).toStringList();
}

void RecentMenu::add(const QString &path)
{
    QStringList recent = paths();
    recent.removeAll(path);
    recent.prepend(path);
    store(recent.mid(0, maxRecent));
}

void RecentMenu::remove(const QString &path)
{
    QStringList recent = paths();
    recent.removeAll(QFileInfo(path).absoluteFilePath());
    store(recent);
}

void RecentMenu::store(const QStringList &recent)
{
    QSettings().setValue(recentKey, recent);
    fill();
}

void RecentMenu::fill()
{
    clear();
    const QStringList recent = paths();
    for (qsizetype i = 0; i < recent.size(); ++i) {
        const QString path = recent.at(i);
        QAction *action = addAction(u"&%1 %2"_s.arg(i + 1).arg(QDir::toNativeSeparators(path)));
        connect(action, &QAction::triggered, this, [this, path] { Q_EMIT openRequested(path); });
    }
    setEnabled(!recent.isEmpty());
}

} // namespace PlanTrack
