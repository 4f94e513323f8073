// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/reportsettings.h"
#include "reportjob.h"

#include <QDate>
#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

class QAction;
class QMenu;

namespace PlanTrack {

class MainWindow;

/// Adds the Report menu to a main window: Preview (Ctrl+P, with Print in the preview),
/// Print, Export PDF, Export ODT and Report Settings, each as of the window's date unless
/// the report dialog says otherwise.
void installReportFeatures(MainWindow &window);

/// Offers the progress report of the workspace open in a main window. The header fields
/// and choices are kept in the workspace; the date follows the window.
class ReportActions final : public QObject
{
    Q_OBJECT

public:
    explicit ReportActions(MainWindow &window);

    QAction *previewAction() const { return m_preview; }

    QAction *printAction() const { return m_print; }

    QAction *exportPdfAction() const { return m_exportPdf; }

    QAction *exportOdtAction() const { return m_exportOdt; }

    QAction *settingsAction() const { return m_settings; }

    /// Returns the report settings of the open workspace, defaults where it has none.
    std::optional<ReportSettings> storedSettings(QString *error) const;

    /// Makes the report of the open workspace with these settings as of a date.
    std::unique_ptr<ReportJob>
    makeJob(const ReportSettings &settings, QDate asOf, QString *error) const;

    /// Writes the report with these settings as of a date to a file.
    bool exportTo(ReportJob::Format format,
                  const QString &path,
                  const ReportSettings &settings,
                  QDate asOf,
                  QString *error) const;

public Q_SLOTS:
    void preview();
    void print();
    void exportPdf();
    void exportOdt();
    void editSettings();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Choice
    {
        ReportSettings settings;
        QDate asOf;
    };

    std::optional<Choice> ask(int purpose);
    std::unique_ptr<ReportJob> askForJob(int purpose);
    void exportAs(ReportJob::Format format);
    QString suggestedPath(const Choice &choice, ReportJob::Format format) const;
    void showError(const QString &message) const;
    void updateActions();
    void retranslateUi();

    QPointer<MainWindow> m_window;
    QMenu *m_menu = nullptr;
    QAction *m_preview = nullptr;
    QAction *m_print = nullptr;
    QAction *m_exportPdf = nullptr;
    QAction *m_exportOdt = nullptr;
    QAction *m_settings = nullptr;
};

} // namespace PlanTrack
