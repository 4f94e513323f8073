// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "progressimport.h"

#include "exchange/progresscsv.h"
#include "progresscommands.h"
#include "workspace/workspacesession.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QMessageBox>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace PlanTrack {

namespace {

// Excel takes a CSV file for the local ANSI code page unless it starts with this mark.
constexpr char utf8Bom[] = "\xEF\xBB\xBF";

QString documents()
{
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

} // namespace

bool ProgressImport::importFile(const QString &path,
                                WorkspaceSession &session,
                                QUndoStack &undoStack,
                                const QString &planCode,
                                QStringList *problems,
                                int *imported)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        problems->append(tr("The file could not be read: %1").arg(file.errorString()));
        return false;
    }
    std::optional<QList<ProgressUpdate>> updates =
        ProgressCsv::read(file.readAll(), session, planCode, problems);
    if (!updates)
        return false;

    QString error;
    const int count = int(updates->size());
    std::unique_ptr<QUndoCommand> command =
        ProgressCommands::addUpdates(session, std::move(*updates), &error);
    if (!command) {
        problems->append(error);
        return false;
    }
    undoStack.push(command.release());
    if (imported)
        *imported = count;
    return true;
}

void ProgressImport::importTable(QWidget *parent,
                                 WorkspaceSession &session,
                                 QUndoStack &undoStack,
                                 const QString &planCode)
{
    const QString path = QFileDialog::getOpenFileName(parent,
                                                      tr("Import Progress Updates"),
                                                      documents(),
                                                      tr("Tables (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;

    QStringList problems;
    int imported = 0;
    if (importFile(path, session, undoStack, planCode, &problems, &imported)) {
        QMessageBox::information(parent,
                                 tr("Import Progress Updates"),
                                 tr("Imported %n update(s). Edit → Undo takes the whole import "
                                    "back.",
                                    nullptr,
                                    imported));
        return;
    }

    QMessageBox box(QMessageBox::Warning,
                    tr("Import Progress Updates"),
                    tr("Nothing was imported from “%1”: it has %n problem(s). Correct them "
                       "and import the file again.",
                       nullptr,
                       int(problems.size()))
                        .arg(QDir::toNativeSeparators(path)),
                    QMessageBox::Ok,
                    parent);
    box.setInformativeText(problems.mid(0, 8).join(u'\n')
                           + (problems.size() > 8 ? u"\n…"_s : QString()));
    box.setDetailedText(problems.join(u'\n'));
    box.exec();
}

void ProgressImport::exportTemplate(QWidget *parent,
                                    const WorkspaceSession &session,
                                    const QString &planCode)
{
    const Plan *plan = session.planByCode(planCode);
    if (!plan)
        return;
    const QString path = QFileDialog::getSaveFileName(
        parent,
        tr("Save Blank Progress Table"),
        QDir(documents()).filePath(tr("progress-%1.csv").arg(plan->code)),
        tr("Tables (*.csv)"));
    if (path.isEmpty())
        return;

    QSaveFile file(path);
    const QByteArray data = QByteArray(utf8Bom) + ProgressCsv::writeTemplate(*plan, session);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        QMessageBox::warning(parent,
                             tr("Save Blank Progress Table"),
                             tr("The file could not be written: %1").arg(file.errorString()));
}

} // namespace PlanTrack
