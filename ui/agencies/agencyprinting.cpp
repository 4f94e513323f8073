// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "agencyprinting.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace PlanTrack {

namespace {

// Decree 30/2020 margins for portrait pages; a wide landscape table gets narrower ones.
void setUp(QPrinter &printer, const QString &title, QPageLayout::Orientation orientation)
{
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageOrientation(orientation);
    printer.setPageMargins(orientation == QPageLayout::Landscape ? QMarginsF(15, 15, 15, 12)
                                                                 : QMarginsF(30, 20, 15, 20),
                           QPageLayout::Millimeter);
    printer.setDocName(title);
}

} // namespace

void AgencyPrinting::preview(QWidget *parent,
                             const QString &title,
                             QPageLayout::Orientation orientation,
                             const Paint &paint)
{
    QPrinter printer(QPrinter::HighResolution);
    setUp(printer, title, orientation);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print: %1").arg(title));
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, parent, [&paint](QPrinter *p) {
        paint(*p);
    });
    dialog.exec();
}

bool AgencyPrinting::writePdf(const QString &path,
                              const QString &title,
                              QPageLayout::Orientation orientation,
                              const Paint &paint,
                              QString *error)
{
    QFile::remove(path);
    {
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(path);
        setUp(printer, title, orientation);
        paint(printer);
    }
    if (QFileInfo(path).size() > 0)
        return true;
    *error = tr("The file “%1” could not be written.").arg(QDir::toNativeSeparators(path));
    return false;
}

void AgencyPrinting::savePdf(QWidget *parent,
                             const QString &title,
                             const QString &fileName,
                             QPageLayout::Orientation orientation,
                             const Paint &paint)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(parent,
                                                      tr("Save “%1” as PDF").arg(title),
                                                      QDir(folder).filePath(fileName),
                                                      tr("PDF documents (*.pdf)"));
    QString error;
    if (!path.isEmpty() && !writePdf(path, title, orientation, paint, &error))
        QMessageBox::warning(parent, title, error);
}

} // namespace PlanTrack
