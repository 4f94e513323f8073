// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportfeatures.h"

#include "mainwindow/mainwindow.h"
#include "report/reportdata.h"
#include "reportdialog.h"
#include "workspace/workspacesession.h"

#include <QAction>
#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace PlanTrack {

namespace {

constexpr auto folderKey = "report/folder"_L1;

// Keeps the busy cursor up while a report is made.
class BusyCursor final
{
public:
    BusyCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }

    ~BusyCursor() { QApplication::restoreOverrideCursor(); }

    BusyCursor(const BusyCursor &) = delete;
    BusyCursor &operator=(const BusyCursor &) = delete;
};

} // namespace

void installReportFeatures(MainWindow &window)
{
    new ReportActions(window);
}

ReportActions::ReportActions(MainWindow &window)
    : QObject(&window)
    , m_window(&window)
{
    setObjectName(u"reportActions"_s);
    m_menu = window.featureMenu(u"report"_s);
    m_menu->installEventFilter(this);

    m_preview = m_menu->addAction(QIcon::fromTheme(u"document-print-preview"_s), QString());
    m_preview->setShortcut(QKeySequence::Print);
    m_print = m_menu->addAction(QIcon::fromTheme(u"document-print"_s), QString());
    m_menu->addSeparator();
    m_exportPdf = m_menu->addAction(QIcon::fromTheme(u"application-pdf"_s), QString());
    m_exportOdt = m_menu->addAction(QIcon::fromTheme(u"x-office-document"_s), QString());
    m_menu->addSeparator();
    m_settings = m_menu->addAction(QString());

    connect(m_preview, &QAction::triggered, this, &ReportActions::preview);
    connect(m_print, &QAction::triggered, this, &ReportActions::print);
    connect(m_exportPdf, &QAction::triggered, this, &ReportActions::exportPdf);
    connect(m_exportOdt, &QAction::triggered, this, &ReportActions::exportOdt);
    connect(m_settings, &QAction::triggered, this, &ReportActions::editSettings);
    connect(&window, &MainWindow::sessionChanged, this, &ReportActions::updateActions);

    retranslateUi();
    updateActions();
}

std::optional<ReportSettings> ReportActions::storedSettings(QString *error) const
{
    WorkspaceSession *session = m_window ? m_window->session() : nullptr;
    if (!session) {
        *error = tr("No workspace is open.");
        return std::nullopt;
    }
    return ReportSettings::load(session->database(), error);
}

std::unique_ptr<ReportJob>
ReportActions::makeJob(const ReportSettings &settings, QDate asOf, QString *error) const
{
    WorkspaceSession *session = m_window ? m_window->session() : nullptr;
    if (!session) {
        *error = tr("No workspace is open.");
        return nullptr;
    }
    const std::optional<ReportRequest> request =
        ReportRequest::fromSettings(settings, *session, asOf, error);
    if (!request)
        return nullptr;
    const BusyCursor busy;
    return ReportJob::make(*session, *request, settings, error);
}

bool ReportActions::exportTo(ReportJob::Format format,
                             const QString &path,
                             const ReportSettings &settings,
                             QDate asOf,
                             QString *error) const
{
    const std::unique_ptr<ReportJob> job = makeJob(settings, asOf, error);
    if (!job)
        return false;
    const BusyCursor busy;
    return job->write(format, path, error);
}

std::optional<ReportActions::Choice> ReportActions::ask(int purpose)
{
    QString error;
    const std::optional<ReportSettings> stored = storedSettings(&error);
    if (!stored) {
        showError(error);
        return std::nullopt;
    }

    ReportDialog dialog(
        *m_window->session(), *stored, m_window->asOf(), ReportDialog::Purpose(purpose), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;

    const ReportSettings chosen = dialog.settings();
    if (chosen != *stored && !chosen.save(m_window->session()->database(), &error)) {
        showError(error);
        return std::nullopt;
    }
    return Choice{chosen, dialog.asOf()};
}

std::unique_ptr<ReportJob> ReportActions::askForJob(int purpose)
{
    const std::optional<Choice> choice = ask(purpose);
    if (!choice)
        return nullptr;
    QString error;
    std::unique_ptr<ReportJob> job = makeJob(choice->settings, choice->asOf, &error);
    if (!job)
        showError(error);
    return job;
}

void ReportActions::preview()
{
    const std::unique_ptr<ReportJob> job = askForJob(int(ReportDialog::Purpose::Preview));
    if (!job)
        return;

    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(job->data().documentTitle());
    QPrintPreviewDialog dialog(&printer, m_window);
    dialog.setWindowTitle(tr("Preview of the Report"));
    // Printers keep one orientation for a whole job, so the preview shows landscape pages
    // turned on portrait paper, as they will be printed.
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [&job](QPrinter *target) {
        job->render(*target, PageFlow::Landscape::TurnedOnPortrait);
    });
    dialog.resize(m_window->size() * 0.9);
    dialog.exec();
}

void ReportActions::print()
{
    const std::unique_ptr<ReportJob> job = askForJob(int(ReportDialog::Purpose::Print));
    if (!job)
        return;

    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(job->data().documentTitle());
    QPrintDialog dialog(&printer, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const BusyCursor busy;
    if (job->render(printer, PageFlow::Landscape::TurnedOnPortrait) == 0)
        showError(tr("The report could not be sent to the printer."));
}

void ReportActions::exportPdf()
{
    exportAs(ReportJob::Format::Pdf);
}

void ReportActions::exportOdt()
{
    exportAs(ReportJob::Format::Odt);
}

void ReportActions::exportAs(ReportJob::Format format)
{
    const std::optional<Choice> choice = ask(int(ReportDialog::Purpose::Export));
    if (!choice)
        return;
    const bool odt = format == ReportJob::Format::Odt;
    const QString path = QFileDialog::getSaveFileName(
        m_window,
        odt ? tr("Export the Report as ODT") : tr("Export the Report as PDF"),
        suggestedPath(*choice, format),
        odt ? tr("OpenDocument text (*.odt)") : tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    QSettings().setValue(folderKey, QFileInfo(path).absolutePath());

    QString error;
    if (!exportTo(format, path, choice->settings, choice->asOf, &error)) {
        showError(error);
        return;
    }
    m_window->statusBar()->showMessage(
        tr("The report was saved as %1.").arg(QDir::toNativeSeparators(path)), 8000);
    // The editable copy is made to be edited: open it in the word processor.
    if (odt)
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

QString ReportActions::suggestedPath(const Choice &choice, ReportJob::Format format) const
{
    QString folder = QSettings().value(folderKey).toString();
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name =
        tr("Report", "start of the file name of a report") + u'_'
        + choice.asOf.toString(u"yyyy-MM-dd"_s)
        + (choice.settings.agencyCode.isEmpty() ? QString() : u'_' + choice.settings.agencyCode)
        + (format == ReportJob::Format::Odt ? u".odt"_s : u".pdf"_s);
    return QDir(folder).filePath(name);
}

void ReportActions::editSettings()
{
    ask(int(ReportDialog::Purpose::Settings));
}

void ReportActions::showError(const QString &message) const
{
    QMessageBox::warning(m_window, tr("Progress Report"), message);
}

void ReportActions::updateActions()
{
    const bool open = m_window && m_window->session();
    for (QAction *action : {m_preview, m_print, m_exportPdf, m_exportOdt, m_settings})
        action->setEnabled(open);
}

bool ReportActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_menu && event->type() == QEvent::LanguageChange)
        retranslateUi();
    return QObject::eventFilter(watched, event);
}

void ReportActions::retranslateUi()
{
    m_menu->setTitle(tr("&Report"));
    m_preview->setText(tr("Pre&view…"));
    m_preview->setStatusTip(tr("Show the progress report in the official format as printed"));
    m_print->setText(tr("&Print…"));
    m_print->setStatusTip(tr("Print the progress report"));
    m_exportPdf->setText(tr("Export P&DF…"));
    m_exportPdf->setStatusTip(tr("Save the progress report as a PDF file"));
    m_exportOdt->setText(tr("Export &ODT…"));
    m_exportOdt->setStatusTip(
        tr("Save an editable copy of the report for LibreOffice or Word, and open it"));
    m_settings->setText(tr("Report &Settings…"));
    m_settings->setStatusTip(tr("Edit the header, number, signer and recipients of the report"));
}

} // namespace PlanTrack
