// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QPageLayout>

#include <functional>

class QPagedPaintDevice;
class QWidget;

namespace PlanTrack {

/// Prints what the agency views paint, on A4 in the given orientation: through the print
/// preview, or straight into a PDF file.
class AgencyPrinting final
{
    Q_DECLARE_TR_FUNCTIONS(PlanTrack::AgencyPrinting)

public:
    using Paint = std::function<void(QPagedPaintDevice &device)>;

    /// Shows the print preview of a document, from which the user prints it.
    static void preview(QWidget *parent,
                        const QString &title,
                        QPageLayout::Orientation orientation,
                        const Paint &paint);

    /// Writes a document to a PDF file with its fonts; returns false with *error set when
    /// the file could not be written.
    static bool writePdf(const QString &path,
                         const QString &title,
                         QPageLayout::Orientation orientation,
                         const Paint &paint,
                         QString *error);

    /// Asks where to save a PDF (in the documents folder by default) and writes it there,
    /// saying why when it could not.
    static void savePdf(QWidget *parent,
                        const QString &title,
                        const QString &fileName,
                        QPageLayout::Orientation orientation,
                        const Paint &paint);
};

} // namespace PlanTrack
