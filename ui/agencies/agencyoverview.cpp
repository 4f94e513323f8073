// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "agencyoverview.h"

#include "agencies/agencyportfolio.h"
#include "agencyoverviewmodel.h"
#include "agencyprinting.h"
#include "language.h"
#include "status/statusstyle.h"
#include "tasks/plantext.h"
#include "text/vietnamesetext.h"
#include "workspace/workspacesession.h"

#include <QAbstractTextDocumentLayout>
#include <QComboBox>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTextDocument>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace PlanTrack {

namespace {

/// Names the counts in the order they are shown, two rows of five.
const QStringList countKeys{u"total"_s,
                            u"on_time"_s,
                            u"late"_s,
                            u"on_track"_s,
                            u"overdue"_s,
                            u"not_due"_s,
                            u"reported"_s,
                            u"unreported"_s,
                            u"overdue_rate"_s,
                            u"due_this_month"_s};

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// QTreeView asks for row heights without telling the delegate how wide a cell is; this
// delegate supplies the width, so that long task texts wrap instead of being cut short.
class WrappingDelegate final : public QStyledItemDelegate
{
public:
    explicit WrappingDelegate(QTreeView *view)
        : QStyledItemDelegate(view)
        , m_view(view)
    {}

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem measured = option;
        const bool spanned = m_view->isFirstColumnSpanned(index.row(), index.parent());
        const int width =
            spanned ? m_view->viewport()->width() : m_view->columnWidth(index.column());
        measured.rect = QRect(0, 0, width, option.fontMetrics.height());
        return QStyledItemDelegate::sizeHint(measured, index);
    }

private:
    QTreeView *m_view;
};

/// Shows the rows of the overview, always open, their texts wrapped.
class RowsView final : public QTreeView
{
public:
    RowsView()
    {
        setItemDelegate(new WrappingDelegate(this));
        setWordWrap(true);
        setUniformRowHeights(false);
        setRootIsDecorated(false);
        setItemsExpandable(false);
        setIndentation(0);
        setAlternatingRowColors(true);
        setSelectionBehavior(QAbstractItemView::SelectRows);
        setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
        // Wrapped rows change height when a column does.
        connect(
            header(), &QHeaderView::sectionResized, this, [this] { scheduleDelayedItemsLayout(); });
    }
};

} // namespace

AgencyOverview::AgencyOverview(QWidget *parent)
    : QWidget(parent)
    , m_model(new AgencyOverviewModel(this))
    , m_asOf(QDate::currentDate())
    , m_agencyLabel(new QLabel)
    , m_agencies(new QComboBox)
    , m_heading(new QLabel)
    , m_countGrid(new QGridLayout)
    , m_view(new RowsView)
    , m_printButton(new QPushButton)
    , m_pdfButton(new QPushButton)
{
    setObjectName(u"agencyOverview"_s);
    m_agencies->setObjectName(u"overviewAgency"_s);
    m_agencies->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_agencyLabel->setBuddy(m_agencies);
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::RichText);

    for (qsizetype i = 0; i < countKeys.size(); ++i)
        addCount(countKeys.at(i), int(i / 5), int(i % 5));
    auto *counts = new QFrame;
    counts->setFrameShape(QFrame::StyledPanel);
    counts->setLayout(m_countGrid);

    m_view->setObjectName(u"overviewRows"_s);
    m_view->setModel(m_model);
    const int em = fontMetrics().averageCharWidth();
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(AgencyOverviewModel::TaskColumn, QHeaderView::Stretch);
    m_view->setColumnWidth(AgencyOverviewModel::SttColumn, em * 7);
    m_view->setColumnWidth(AgencyOverviewModel::ThroughColumn, em * 24);
    m_view->setColumnWidth(AgencyOverviewModel::DeadlineColumn, em * 22);
    m_view->setColumnWidth(AgencyOverviewModel::StatusColumn, em * 30);

    auto *top = new QHBoxLayout;
    top->addWidget(m_agencyLabel);
    top->addWidget(m_agencies);
    top->addStretch();
    top->addWidget(m_printButton);
    top->addWidget(m_pdfButton);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_heading);
    layout->addWidget(counts);
    layout->addWidget(m_view, 1);

    connect(m_agencies, &QComboBox::activated, this, [this] {
        setAgencyId(m_agencies->currentData().value<AgencyId>());
    });
    connect(m_printButton, &QPushButton::clicked, this, &AgencyOverview::print);
    connect(m_pdfButton, &QPushButton::clicked, this, &AgencyOverview::savePdf);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_view->expandAll();
        for (int part = 0; part < m_model->rowCount(); ++part)
            m_view->setFirstColumnSpanned(part, {}, true);
    });

    retranslateUi();
    resize(fontMetrics().averageCharWidth() * 150, fontMetrics().height() * 42);
}

void AgencyOverview::setSession(WorkspaceSession *session)
{
    m_session = session;
    refresh();
}

void AgencyOverview::setAgencyId(AgencyId id)
{
    m_agencyId = id;
    refresh();
}

void AgencyOverview::setAsOf(QDate asOf)
{
    if (!asOf.isValid())
        return;
    m_asOf = asOf;
    refresh();
}

void AgencyOverview::refresh()
{
    m_model->setEnglish(usesEnglish());
    if (!m_session) {
        m_model->setPortfolio({}, {}, {});
        showCounts();
        return;
    }
    if (!m_session->agencies().byId(m_agencyId))
        m_agencyId = 0;
    fillAgencies();

    AgencyPortfolio portfolio(
        m_session->plans(), m_session->agencies(), m_agencyId, m_session->statusAsOf(m_asOf));
    m_model->setPortfolio(std::move(portfolio), m_session->plans(), m_session->agencies());
    showCounts();
}

void AgencyOverview::fillAgencies()
{
    QList<const Agency *> offered;
    for (const Agency &agency : m_session->agencies().agencies()) {
        if (!agency.isRetired() || agency.id == m_agencyId)
            offered.append(&agency);
    }
    const bool english = m_model->isEnglish();
    VietnameseText::sortBy(offered, [english](const Agency *a) { return a->name(english); });

    m_agencies->clear();
    m_agencies->addItem(tr("(choose an agency)"), AgencyId(0));
    for (const Agency *agency : std::as_const(offered))
        m_agencies->addItem(agency->name(english), agency->id);
    m_agencies->setCurrentIndex(std::max(0, m_agencies->findData(m_agencyId)));
}

void AgencyOverview::addCount(const QString &key, int row, int column)
{
    auto *number = new QLabel;
    auto *caption = new QLabel;
    number->setObjectName(u"count_"_s + key);
    QFont big = number->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    number->setFont(big);
    number->setAlignment(Qt::AlignCenter);
    caption->setAlignment(Qt::AlignCenter);
    caption->setWordWrap(true);
    if (key == "overdue"_L1 || key == "overdue_rate"_L1)
        number->setStyleSheet(u"color: %1"_s.arg(StatusStyle::color(Status::Overdue).name()));
    m_countGrid->addWidget(number, 2 * row, column);
    m_countGrid->addWidget(caption, 2 * row + 1, column, Qt::AlignTop);
    m_counts.insert(key, {number, caption});
}

void AgencyOverview::showCounts()
{
    const StatusCounts &counts = m_model->portfolio().counts();
    const bool shown = m_model->portfolio().agencyId() != 0;
    const auto set = [&](const QString &key, const QString &value) {
        m_counts.value(key).first->setText(shown ? value : u"–"_s);
    };
    set(u"total"_s, QString::number(counts.total));
    set(u"on_time"_s, QString::number(counts.count(Status::CompletedOnTime)));
    set(u"late"_s, QString::number(counts.count(Status::CompletedLate)));
    set(u"on_track"_s, QString::number(counts.count(Status::OnTrack)));
    set(u"overdue"_s, QString::number(counts.count(Status::Overdue)));
    set(u"not_due"_s, QString::number(counts.count(Status::NotDue)));
    set(u"reported"_s, QString::number(counts.count(Status::Reported)));
    set(u"unreported"_s, QString::number(counts.count(Status::Unreported)));
    set(u"overdue_rate"_s, QLocale().toString(counts.overdueRate(), 'f', 1) + u" %"_s);
    set(u"due_this_month"_s, QString::number(m_model->portfolio().dueThisMonth()));

    const Agency *agency = m_model->agencies().byId(m_model->portfolio().agencyId());
    m_heading->setText(agency ? u"<b>%1</b><br>%2"_s.arg(escaped(title()), escaped(subtitle()))
                              : tr("Choose an agency to see the rows it answers for."));
}

QString AgencyOverview::countText(const QString &key) const
{
    const auto it = m_counts.constFind(key);
    return it == m_counts.cend() ? QString() : it->first->text();
}

QString AgencyOverview::title() const
{
    const Agency *agency = m_model->agencies().byId(m_model->portfolio().agencyId());
    if (!agency)
        return {};
    return tr("Rows of %1 as of %2")
        .arg(agency->name(m_model->isEnglish()), PlanText::date(m_asOf));
}

QString AgencyOverview::subtitle() const
{
    if (!m_session || m_session->plans().isEmpty())
        return {};
    QStringList titles;
    for (const Plan &plan : m_session->plans())
        titles.append(plan.title(m_model->isEnglish()));
    return titles.join("; "_L1);
}

QString AgencyOverview::toHtml() const
{
    QString html = u"<html><body>"_s;
    html += u"<h2 align=\"center\">%1</h2>"_s.arg(escaped(title()));
    html += u"<p align=\"center\"><i>%1</i></p>"_s.arg(escaped(subtitle()));

    html += u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\"><tr>"_s;
    for (const QString &key : countKeys)
        html += u"<th>%1</th>"_s.arg(escaped(m_counts.value(key).second->text()));
    html += u"</tr><tr>"_s;
    for (const QString &key : countKeys)
        html += u"<td align=\"center\"><b>%1</b></td>"_s.arg(escaped(countText(key)));
    html += u"</tr></table>"_s;
    html += u"<p><small>%1</small></p>"_s.arg(
        escaped(tr("Each row counts once, with the status it has for the agency. Overdue rate: "
                   "rows overdue and unfinished over all rows. Rows in italics reach the "
                   "agency through a group.")));

    for (const auto part : {AgencyOverviewModel::LeadPart, AgencyOverviewModel::CoordinatingPart}) {
        html += u"<h3>%1</h3>"_s.arg(escaped(m_model->partTitle(part)));
        const QList<PortfolioEntry> &entries = m_model->entries(part);
        if (entries.isEmpty()) {
            html += u"<p>%1</p>"_s.arg(escaped(tr("None.")));
            continue;
        }
        // The header row repeats on every page the table runs over.
        static const int widths[] = {6, 46, 18, 14, 16};
        html += u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">"
                "<thead><tr>"_s;
        for (int column = 0; column < AgencyOverviewModel::ColumnCount; ++column)
            html += u"<th width=\"%1%\">%2</th>"_s.arg(widths[column])
                        .arg(escaped(m_model->headerData(column, Qt::Horizontal).toString()));
        html += u"</tr></thead>"_s;
        for (const PortfolioEntry &entry : entries) {
            const Task *task = m_model->task(entry);
            const QString open = entry.viaGroupId ? u"<i>"_s : QString();
            const QString close = entry.viaGroupId ? u"</i>"_s : QString();
            const QString status =
                statusLabel(entry.status) + (entry.dueSoon ? tr(", due soon") : QString());
            html += u"<tr><td align=\"center\">%1</td><td>%2%3%4</td><td>%2%5%4</td>"
                    "<td>%6</td><td><font color=\"%7\"><b>%8</b></font></td></tr>"_s.arg(
                        escaped(task ? task->stt : QString()),
                        open,
                        escaped(task ? task->content(m_model->isEnglish()) : QString())
                            .replace(u'\n', u"<br>"_s),
                        close,
                        escaped(m_model->through(entry)),
                        escaped(m_model->deadline(entry)),
                        StatusStyle::color(entry.status).name(),
                        escaped(status));
        }
        html += u"</table>"_s;
    }
    html += u"</body></html>"_s;
    return html;
}

// Lays the document out in the device's own units and cuts it into pages itself, so that
// the page margins are those of the device and every page but the first is numbered.
void AgencyOverview::printTo(QPagedPaintDevice &device) const
{
    QPainter painter;
    if (!painter.begin(&device))
        return;

    QTextDocument document;
    document.documentLayout()->setPaintDevice(&device);
    QFont font(u"Times New Roman"_s);
    font.setPointSizeF(11);
    document.setDefaultFont(font);
    document.setDocumentMargin(0);
    document.setHtml(toHtml());

    const QRect page = device.pageLayout().paintRectPixels(device.logicalDpiX());
    const int footer = painter.fontMetrics().height() * 2;
    document.setPageSize(QSizeF(page.width(), page.height() - footer));
    const int pages = document.pageCount();
    const qreal height = document.pageSize().height();
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            device.newPage();
        painter.save();
        painter.translate(0, -i * height);
        document.drawContents(&painter, QRectF(0, i * height, page.width(), height));
        painter.restore();

        painter.setFont(font);
        painter.drawText(QRect(0, page.height() - footer, page.width(), footer),
                         Qt::AlignHCenter | Qt::AlignBottom,
                         tr("Page %1 of %2").arg(i + 1).arg(pages));
    }
    painter.end();
}

bool AgencyOverview::writePdf(const QString &path, QString *error) const
{
    return AgencyPrinting::writePdf(path, title(), QPageLayout::Portrait, painter(), error);
}

void AgencyOverview::print()
{
    AgencyPrinting::preview(this, title(), QPageLayout::Portrait, painter());
}

void AgencyOverview::savePdf()
{
    const Agency *agency = m_model->agencies().byId(m_agencyId);
    const QString name = (agency ? agency->code : tr("agency")) + u'-'
                         + m_asOf.toString(u"yyyy-MM-dd"_s) + u".pdf"_s;
    AgencyPrinting::savePdf(this, title(), name, QPageLayout::Portrait, painter());
}

AgencyPrinting::Paint AgencyOverview::painter() const
{
    return [this](QPagedPaintDevice &device) {
        printTo(device);
    };
}

void AgencyOverview::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        refresh();
    }
    QWidget::changeEvent(event);
}

void AgencyOverview::retranslateUi()
{
    setWindowTitle(tr("Agency Overview"));
    m_agencyLabel->setText(tr("&Agency:"));
    m_printButton->setText(tr("&Print…"));
    m_pdfButton->setText(tr("Save as P&DF…"));
    const QStringList captions{tr("rows in all"),
                               tr("completed on time"),
                               tr("completed late"),
                               tr("in progress, within the deadline"),
                               tr("in progress, overdue"),
                               tr("not yet due"),
                               tr("reported (ongoing rows)"),
                               tr("not reported (ongoing rows)"),
                               tr("overdue rate"),
                               tr("due this month, unfinished")};
    for (qsizetype i = 0; i < countKeys.size(); ++i)
        m_counts.value(countKeys.at(i)).second->setText(captions.at(i));
}

} // namespace PlanTrack
