// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agencyprinting.h"
#include "model/plan.h"

#include <QDate>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QGridLayout;
class QLabel;
class QPagedPaintDevice;
class QPushButton;
class QTreeView;

namespace PlanTrack {

class AgencyOverviewModel;
class WorkspaceSession;

/// Shows what one agency has to answer for as of a date, the screen a department head
/// opens before a meeting: the counts first (rows; completed on time or late; in progress
/// within the deadline or overdue; the overdue rate; rows due this month), then the rows
/// it leads and those it coordinates, directly or through groups, with their statuses.
/// It prints, or writes a PDF, in the same form.
class AgencyOverview final : public QWidget
{
    Q_OBJECT

public:
    explicit AgencyOverview(QWidget *parent = nullptr);

    AgencyOverviewModel *model() const { return m_model; }

    QTreeView *view() const { return m_view; }

    void setSession(WorkspaceSession *session);

    AgencyId agencyId() const { return m_agencyId; }

    QDate asOf() const { return m_asOf; }

    /// Returns the text of a count as shown, by its key: "total", "on_time", "late",
    /// "on_track", "overdue", "not_due", "reported", "unreported", "overdue_rate",
    /// "due_this_month".
    QString countText(const QString &key) const;

    /// Returns the overview as an HTML document, as it is printed.
    QString toHtml() const;

    /// Paints the overview on a printer or PDF writer.
    void printTo(QPagedPaintDevice &device) const;

    bool writePdf(const QString &path, QString *error) const;

public Q_SLOTS:
    void setAgencyId(PlanTrack::AgencyId id);
    void setAsOf(QDate asOf);
    /// Reads the agencies and statuses of the session again.
    void refresh();
    void print();
    void savePdf();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillAgencies();
    void showCounts();
    void addCount(const QString &key, int row, int column);
    QString title() const;
    QString subtitle() const;
    AgencyPrinting::Paint painter() const;

    QPointer<WorkspaceSession> m_session;
    AgencyOverviewModel *m_model;
    AgencyId m_agencyId = 0;
    QDate m_asOf;
    QLabel *m_agencyLabel;
    QComboBox *m_agencies;
    QLabel *m_heading;
    QGridLayout *m_countGrid;
    QHash<QString, std::pair<QLabel *, QLabel *>> m_counts; ///< number and caption by key
    QTreeView *m_view;
    QPushButton *m_printButton;
    QPushButton *m_pdfButton;
};

} // namespace PlanTrack
