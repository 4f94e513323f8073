// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ganttview.h"

#include "ganttheader.h"
#include "ganttpainter.h"
#include "ganttrowlayout.h"
#include "roles.h"
#include "tasks/plantext.h"
#include "tasks/tasktreemodel.h"
#include "zoomlevelaction.h"

#include <QAbstractProxyModel>
#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <QStyleOptionFocusRect>
#include <QToolTip>
#include <QTreeView>
#include <QVarLengthArray>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace PlanTrack {

namespace {

// Rows of many thousand selected rows are repainted as a whole instead of one by one.
constexpr int selectionRegionLimit = 256;

// One notch of a mouse wheel.
constexpr int wheelStep = 120;

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

GanttView::GanttView(QWidget *parent)
    : QAbstractItemView(parent)
    , m_today(QDate::currentDate())
    , m_layout(std::make_unique<ModelRowLayout>(verticalScrollBar()))
    , m_header(new GanttHeader(this))
{
    updateStyle();
    m_axis.setZoom(TimeAxis::Zoom::Months);
    createActions();
    retranslateUi();

    setSelectionBehavior(SelectRows);
    setSelectionMode(SingleSelection);
    setEditTriggers(NoEditTriggers);
    setHorizontalScrollMode(ScrollPerPixel);
    setVerticalScrollMode(ScrollPerPixel);
    // Kept shown, as on the tree, so that both viewports always have the same height.
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    connectLayout();
}

GanttView::~GanttView()
{
    releaseTree();
}

void GanttView::setTreeView(QTreeView *tree)
{
    releaseTree();
    m_tree = tree;

    if (!tree) {
        auto layout = std::make_unique<ModelRowLayout>(verticalScrollBar());
        layout->setModel(model());
        useLayout(std::move(layout));
        return;
    }

    m_treeScrollPolicy = tree->horizontalScrollBarPolicy();
    m_treeHeaderMinimum = tree->header()->minimumHeight();
    tree->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    tree->header()->setMinimumHeight(headerHeightNeeded());

    setModel(tree->model());
    if (tree->selectionModel())
        setSelectionModel(tree->selectionModel());
    setSelectionMode(tree->selectionMode());
    useLayout(std::make_unique<TreeRowLayout>(tree));
}

void GanttView::releaseTree()
{
    if (!m_tree)
        return;
    m_tree->setHorizontalScrollBarPolicy(m_treeScrollPolicy);
    m_tree->header()->setMinimumHeight(m_treeHeaderMinimum);
    m_tree = nullptr;
}

QTreeView *GanttView::treeView() const
{
    return m_tree;
}

void GanttView::setModel(QAbstractItemModel *model)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_modelConnections))
        disconnect(connection);
    m_modelConnections.clear();

    QAbstractItemView::setModel(model);
    if (auto *own = qobject_cast<ModelRowLayout *>(m_layout.get()))
        own->setModel(model);

    if (model) {
        // Sorting and filtering move rows without telling the view through a virtual.
        const auto changed = &GanttView::invalidateItems;
        m_modelConnections = {
            connect(model, &QAbstractItemModel::layoutChanged, this, changed),
            connect(model, &QAbstractItemModel::rowsMoved, this, changed),
            connect(model, &QAbstractItemModel::rowsRemoved, this, changed),
            connect(model, &QAbstractItemModel::modelReset, this, changed),
        };
    }
    invalidateItems();
}

void GanttView::setAsOf(QDate day)
{
    m_asOf = day;
    m_rangeDirty = true;
    viewport()->update();
    m_header->update();
}

void GanttView::setToday(QDate day)
{
    m_today = day;
    viewport()->update();
    m_header->update();
}

void GanttView::setRules(const ScheduleRules &rules)
{
    m_rules = rules;
    invalidateItems();
}

void GanttView::setZoom(TimeAxis::Zoom zoom)
{
    changeZoom([this, zoom] { m_axis.setZoom(zoom); }, viewport()->width() / 2.0);
}

void GanttView::zoomIn()
{
    changeZoom([this] { m_axis.zoomIn(); }, viewport()->width() / 2.0);
}

void GanttView::zoomOut()
{
    changeZoom([this] { m_axis.zoomOut(); }, viewport()->width() / 2.0);
}

void GanttView::fitToRange()
{
    ensureRange();
    changeZoom([this] { m_axis.fit(m_axis.range(), viewport()->width() - 1); }, 0);
    horizontalScrollBar()->setValue(0);
}

DateRange GanttView::dateRange() const
{
    if (m_fixedRange.isValid())
        return m_fixedRange;
    if (m_rangeDirty) {
        m_autoRange = computeRange();
        m_rangeDirty = false;
    }
    return m_autoRange;
}

void GanttView::setDateRange(const DateRange &range)
{
    m_fixedRange = range.isValid() ? range : DateRange();
    m_rangeDirty = true;
    ensureRange();
    viewport()->update();
    m_header->update();
}

void GanttView::scrollToDate(QDate day)
{
    ensureRange();
    horizontalScrollBar()->setValue(int(m_axis.centerX(day) - viewport()->width() / 2.0));
}

QPoint GanttView::markPosition(const QModelIndex &index, QDate day) const
{
    const std::optional<GanttRowLayout::Row> row = m_layout->row(index);
    if (!row)
        return {};
    const double x = m_axis.centerX(day) - horizontalScrollBar()->value();
    return QPoint(int(std::floor(x)), int(bandOf(row->top, row->height).center().y()));
}

QList<QModelIndex> GanttView::rowsShown() const
{
    return m_layout->rowsShown();
}

QAction *GanttView::zoomLevelAction() const
{
    return m_zoomLevelAction;
}

QRect GanttView::visualRect(const QModelIndex &index) const
{
    const std::optional<GanttRowLayout::Row> row = m_layout->row(index);
    return row ? QRect(0, row->top, viewport()->width(), row->height) : QRect();
}

void GanttView::scrollTo(const QModelIndex &index, ScrollHint)
{
    if (index.isValid())
        m_layout->ensureVisible(index);
}

QModelIndex GanttView::indexAt(const QPoint &point) const
{
    return m_layout->rowAt(point.y());
}

QModelIndex GanttView::moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers)
{
    const QModelIndex current = currentIndex();
    const int column = std::max(current.column(), 0);
    const QList<GanttRowLayout::Row> visible = m_layout->rowsBetween(0, viewport()->height());
    if (!current.isValid())
        return visible.isEmpty() ? QModelIndex() : visible.constFirst().index;

    QModelIndex next;
    switch (cursorAction) {
    case MoveUp:
    case MovePrevious:
        next = m_layout->rowAbove(current);
        break;
    case MoveDown:
    case MoveNext:
        next = m_layout->rowBelow(current);
        break;
    case MovePageUp:
    case MovePageDown: {
        const std::optional<GanttRowLayout::Row> row = m_layout->row(current);
        const int step = cursorAction == MovePageUp ? -viewport()->height() : viewport()->height();
        if (row)
            next = m_layout->rowAt(std::clamp(row->top + step, 0, viewport()->height() - 1));
        break;
    }
    case MoveHome:
        next = model()->index(0, 0, rootIndex());
        break;
    case MoveEnd: {
        const QList<QModelIndex> rows = m_layout->rowsShown();
        if (!rows.isEmpty())
            next = rows.constLast();
        break;
    }
    case MoveLeft:
    case MoveRight:
        break;
    }
    return next.isValid() ? next.siblingAtColumn(column) : current;
}

int GanttView::horizontalOffset() const
{
    return horizontalScrollBar()->value();
}

int GanttView::verticalOffset() const
{
    const QScrollBar *bar = m_layout->scrollBar();
    return bar ? bar->value() : 0;
}

bool GanttView::isIndexHidden(const QModelIndex &) const
{
    return false;
}

void GanttView::setSelection(const QRect &rect, QItemSelectionModel::SelectionFlags command)
{
    if (!selectionModel() || !model())
        return;
    QItemSelection selection;
    const QRect rows = rect.normalized();
    for (const GanttRowLayout::Row &row : m_layout->rowsBetween(rows.top(), rows.bottom() + 1)) {
        const int last = model()->columnCount(row.index.parent()) - 1;
        selection.select(row.index, row.index.siblingAtColumn(last));
    }
    selectionModel()->select(selection, command);
}

QRegion GanttView::visualRegionForSelection(const QItemSelection &selection) const
{
    QRegion region;
    int count = 0;
    for (const QItemSelectionRange &range : selection) {
        count += range.height();
        if (count > selectionRegionLimit)
            return viewport()->rect();
        for (int row = range.top(); row <= range.bottom(); ++row)
            region += visualRect(model()->index(row, 0, range.parent()));
    }
    return region;
}

void GanttView::updateGeometries()
{
    ensureRange();
    updateHeaderGeometry();
    updateScrollRange();
    if (auto *own = qobject_cast<ModelRowLayout *>(m_layout.get()))
        own->setGeometry(QFontMetrics(font()).height() * 3 / 2 + 2, viewport()->height());
    QAbstractItemView::updateGeometries();
}

void GanttView::scrollContentsBy(int, int)
{
    viewport()->update();
    m_header->update();
}

void GanttView::dataChanged(const QModelIndex &topLeft,
                            const QModelIndex &bottomRight,
                            const QList<int> &roles)
{
    const bool marksChanged = roles.isEmpty() || roles.contains(DeadlineRole)
                              || roles.contains(StatusRole) || roles.contains(ItemKindRole);
    if (marksChanged) {
        m_sections.clear();
        m_rangeDirty = true;
    }

    // For a range the base class asks for the rectangle of every cell in it, and each one
    // costs a walk over the tree's rows: a new status sheet would take minutes on a large
    // plan. One repaint of what is visible is all the timeline needs.
    if (topLeft != bottomRight) {
        viewport()->update();
        return;
    }
    QAbstractItemView::dataChanged(topLeft, bottomRight, roles);
}

void GanttView::rowsInserted(const QModelIndex &parent, int start, int end)
{
    invalidateItems();
    QAbstractItemView::rowsInserted(parent, start, end);
}

void GanttView::rowsAboutToBeRemoved(const QModelIndex &parent, int start, int end)
{
    m_sections.clear();
    QAbstractItemView::rowsAboutToBeRemoved(parent, start, end);
}

void GanttView::reset()
{
    m_sections.clear();
    m_rangeDirty = true;
    QAbstractItemView::reset();
}

void GanttView::paintEvent(QPaintEvent *event)
{
    ensureRange();
    QPainter painter(viewport());
    paintRows(painter, event->rect());
}

void GanttView::keyPressEvent(QKeyEvent *event)
{
    QScrollBar *time = horizontalScrollBar();
    const bool page = event->modifiers() & Qt::ControlModifier;
    switch (event->key()) {
    case Qt::Key_Left:
        time->triggerAction(page ? QAbstractSlider::SliderPageStepSub
                                 : QAbstractSlider::SliderSingleStepSub);
        return;
    case Qt::Key_Right:
        time->triggerAction(page ? QAbstractSlider::SliderPageStepAdd
                                 : QAbstractSlider::SliderSingleStepAdd);
        return;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        return;
    case Qt::Key_Minus:
        zoomOut();
        return;
    }
    QAbstractItemView::keyPressEvent(event);
}

void GanttView::wheelEvent(QWheelEvent *event)
{
    const QPoint delta = event->angleDelta();
    if (event->modifiers() & Qt::ControlModifier) {
        m_wheelZoom += delta.y();
        const double anchor = event->position().x();
        for (; m_wheelZoom >= wheelStep; m_wheelZoom -= wheelStep)
            changeZoom([this] { m_axis.zoomIn(); }, anchor);
        for (; m_wheelZoom <= -wheelStep; m_wheelZoom += wheelStep)
            changeZoom([this] { m_axis.zoomOut(); }, anchor);
        event->accept();
        return;
    }

    const int sideways = delta.x() != 0                           ? delta.x()
                         : event->modifiers() & Qt::ShiftModifier ? delta.y()
                                                                  : 0;
    if (sideways != 0) {
        QScrollBar *time = horizontalScrollBar();
        const double lines = double(sideways) / wheelStep * QApplication::wheelScrollLines();
        time->setValue(time->value() - int(std::lround(lines * time->singleStep())));
        event->accept();
        return;
    }

    if (QScrollBar *rows = m_layout->scrollBar())
        QCoreApplication::sendEvent(rows, event);
}

void GanttView::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::LanguageChange:
        retranslateUi();
        updateStyle();
        break;
    case QEvent::FontChange:
    case QEvent::PaletteChange:
    case QEvent::StyleChange:
        updateStyle();
        break;
    default:
        break;
    }
    QAbstractItemView::changeEvent(event);
}

bool GanttView::viewportEvent(QEvent *event)
{
    if (event->type() != QEvent::ToolTip)
        return QAbstractItemView::viewportEvent(event);

    const auto *help = static_cast<QHelpEvent *>(event);
    const QModelIndex index = indexAt(help->pos());
    if (!index.isValid()) {
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    QToolTip::showText(help->globalPos(), toolTipOf(index), viewport(), visualRect(index));
    return true;
}

void GanttView::createActions()
{
    m_zoomInAction = new QAction(QIcon::fromTheme(u"zoom-in"_s), {}, this);
    m_zoomInAction->setShortcut(QKeySequence::ZoomIn);
    m_zoomInAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_zoomInAction, &QAction::triggered, this, &GanttView::zoomIn);

    m_zoomOutAction = new QAction(QIcon::fromTheme(u"zoom-out"_s), {}, this);
    m_zoomOutAction->setShortcut(QKeySequence::ZoomOut);
    m_zoomOutAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_zoomOutAction, &QAction::triggered, this, &GanttView::zoomOut);

    m_fitAction = new QAction(QIcon::fromTheme(u"zoom-fit-best"_s), {}, this);
    connect(m_fitAction, &QAction::triggered, this, &GanttView::fitToRange);

    m_zoomLevelAction = new ZoomLevelAction(this);
    addActions({m_zoomInAction, m_zoomOutAction, m_fitAction});
    updateZoomActions();
}

void GanttView::retranslateUi()
{
    m_zoomInAction->setText(tr("Zoom &In", "timeline"));
    m_zoomInAction->setToolTip(tr("Show the timeline in more detail"));
    m_zoomOutAction->setText(tr("Zoom &Out", "timeline"));
    m_zoomOutAction->setToolTip(tr("Show a longer span of time"));
    m_fitAction->setText(tr("&Fit the Plan", "timeline"));
    m_fitAction->setToolTip(tr("Show the whole plan in the width of the timeline"));
    m_zoomLevelAction->retranslate();
    viewport()->update();
    m_header->update();
}

void GanttView::useLayout(std::unique_ptr<GanttRowLayout> layout)
{
    m_layout = std::move(layout);
    connectLayout();
}

void GanttView::connectLayout()
{
    const bool own = qobject_cast<ModelRowLayout *>(m_layout.get()) != nullptr;
    setVerticalScrollBarPolicy(own ? Qt::ScrollBarAsNeeded : Qt::ScrollBarAlwaysOff);

    connect(m_layout.get(), &GanttRowLayout::layoutChanged, this, [this] {
        updateHeaderGeometry();
        viewport()->update();
    });
    connect(m_layout.get(), &GanttRowLayout::bandChanged, this, [this](int top, int bottom) {
        viewport()->update(QRect(0, top, viewport()->width(), bottom - top));
    });
    updateGeometries();
    viewport()->update();
}

void GanttView::invalidateItems()
{
    m_sections.clear();
    m_rangeDirty = true;
    viewport()->update();
    m_header->update();
}

void GanttView::updateStyle()
{
    m_style = std::make_unique<GanttStyle>(GanttStyle::forWidget(*this));
    const TimeAxis::Zoom zoom = m_axis.zoom();
    changeZoom(
        [this, zoom] {
            m_axis.adaptTo(QFontMetricsF(font()));
            m_axis.setZoom(zoom);
        },
        viewport()->width() / 2.0);
    if (m_tree)
        m_tree->header()->setMinimumHeight(headerHeightNeeded());
    updateHeaderGeometry();
}

void GanttView::updateHeaderGeometry()
{
    int height = headerHeightNeeded();
    if (m_tree && !m_tree->header()->isHidden() && m_tree->header()->height() > 0)
        height = m_tree->header()->height();
    if (viewportMargins().top() != height)
        setViewportMargins(0, height, 0, 0);

    const QRect area = viewport()->geometry();
    m_header->setGeometry(area.left(), area.top() - height, area.width(), height);
}

void GanttView::updateScrollRange()
{
    QScrollBar *time = horizontalScrollBar();
    const int width = viewport()->width();
    time->setRange(0, std::max(int(std::ceil(m_axis.width())) - width, 0));
    time->setPageStep(std::max(width, 1));
    time->setSingleStep(std::max(fontMetrics().averageCharWidth() * 4, 1));
}

void GanttView::updateZoomActions()
{
    m_zoomInAction->setEnabled(zoom() != TimeAxis::Zoom::Weeks);
    m_zoomOutAction->setEnabled(zoom() != TimeAxis::Zoom::Years);
    m_zoomLevelAction->showZoom(zoom());
}

void GanttView::changeZoom(const std::function<void()> &change, double anchor)
{
    // The day under the anchor stays under it.
    QScrollBar *time = horizontalScrollBar();
    const double days = (time->value() + anchor) / m_axis.pixelsPerDay();
    const TimeAxis::Zoom before = m_axis.zoom();

    change();
    updateScrollRange();
    time->setValue(int(std::lround(days * m_axis.pixelsPerDay() - anchor)));

    viewport()->update();
    m_header->update();
    if (m_zoomLevelAction)
        updateZoomActions();
    if (m_axis.zoom() != before)
        Q_EMIT zoomChanged(m_axis.zoom());
}

void GanttView::ensureRange()
{
    const DateRange range = dateRange();
    if (range == m_axis.range())
        return;
    QScrollBar *time = horizontalScrollBar();
    const QDate left = m_axis.dateAt(time->value());
    m_axis.setRange(range);
    updateScrollRange();
    time->setValue(int(m_axis.x(left)));
}

DateRange GanttView::computeRange() const
{
    // The dates come from the model under any filter and sort proxies: the axis then keeps
    // its span while rows are filtered, and reading needs no index mapping.
    const QAbstractItemModel *source = model();
    while (const auto *proxy = qobject_cast<const QAbstractProxyModel *>(source))
        source = proxy->sourceModel();
    return defaultTimelineRange(source, m_rules, m_asOf);
}

void GanttView::paintRows(QPainter &painter, const QRect &area)
{
    const GanttStyle &style = *m_style;
    painter.fillRect(area, style.base);
    if (!model())
        return;

    const int offset = horizontalScrollBar()->value();
    const double fromX = offset + area.left();
    const double toX = offset + area.right() + 1;
    GanttPainter gantt(painter, m_axis, style);
    gantt.setShift(-offset);
    gantt.setRules(m_rules);
    gantt.setAsOf(m_asOf);
    gantt.setToday(m_today);

    const QList<GanttRowLayout::Row> rows = m_layout->rowsBetween(area.top(), area.bottom() + 1);

    // Backgrounds: the selected row, and sections set apart from their tasks.
    QColor selected = palette().color(QPalette::Highlight);
    selected.setAlphaF(0.28f);
    const QColor section = palette().color(QPalette::AlternateBase);
    for (const GanttRowLayout::Row &row : rows) {
        const QRect rect(area.left(), row.top, area.width(), row.height);
        if (selectionModel() && selectionModel()->isSelected(row.index))
            painter.fillRect(rect, selected);
        else if (ItemKind(row.index.data(ItemKindRole).toInt()) == ItemKind::Section)
            painter.fillRect(rect, section);
    }
    gantt.paintGrid(area, fromX, toX);

    // A line under each row, as the tree draws none but its rows must still read as lines.
    QVarLengthArray<QLineF, 64> separators;
    for (const GanttRowLayout::Row &row : rows) {
        const double y = row.top + row.height - 0.5;
        separators.append(QLineF(area.left(), y, area.right() + 1, y));
    }
    painter.setPen(QPen(style.grid, style.lineWidth));
    painter.drawLines(separators.constData(), int(separators.size()));

    for (const GanttRowLayout::Row &row : rows)
        gantt.paintItem(itemOf(row.index), bandOf(row.top, row.height), fromX, toX);
    gantt.paintDateLines(area, fromX, toX);

    if (hasFocus() && currentIndex().isValid()) {
        if (const std::optional<GanttRowLayout::Row> row = m_layout->row(currentIndex())) {
            QStyleOptionFocusRect option;
            option.initFrom(this);
            option.rect = QRect(0, row->top, viewport()->width(), row->height);
            option.backgroundColor = style.base;
            QWidget::style()->drawPrimitive(QStyle::PE_FrameFocusRect, &option, &painter, this);
        }
    }
}

GanttItem GanttView::itemOf(const QModelIndex &index) const
{
    if (ItemKind(index.data(ItemKindRole).toInt()) != ItemKind::Section)
        return GanttItem::of(index, m_rules);

    // A section's span walks all its rows: worth keeping until the model changes.
    const auto cached = m_sections.constFind(index);
    if (cached != m_sections.cend())
        return *cached;
    return *m_sections.insert(index, GanttItem::of(index, m_rules));
}

QRectF GanttView::bandOf(int top, int height) const
{
    // Marks sit on the first line of text of the tree's row, where its number is.
    const double line = QFontMetricsF(font()).height() + 4;
    return QRectF(0, top, viewport()->width(), std::min<double>(line, height));
}

QString GanttView::toolTipOf(const QModelIndex &index) const
{
    const QModelIndex row = index.siblingAtColumn(0);
    const GanttItem item = itemOf(row);
    const auto cell = [&row](int column) {
        return row.siblingAtColumn(column).data().toString();
    };

    QStringList lines;
    if (item.isSection()) {
        lines.append(u"<b>"_s + escaped(cell(TaskTreeModel::SttColumn)) + u"</b>"_s);
        if (item.span.isValid())
            lines.append(
                escaped(tr("Rows due from %1 to %2")
                            .arg(PlanText::date(item.span.first), PlanText::date(item.span.last))));
        return lines.join(u"<br/>"_s);
    }

    lines.append(u"<b>"_s + escaped(cell(TaskTreeModel::SttColumn)) + u"</b> "_s
                 + escaped(cell(TaskTreeModel::TaskColumn)));
    const QString lead = cell(TaskTreeModel::LeadColumn);
    if (!lead.isEmpty())
        lines.append(escaped(tr("Lead: %1").arg(lead)));
    if (item.deadline)
        lines.append(
            escaped(tr("Completion time: %1 (%2)")
                        .arg(item.deadline->text, PlanText::deadlineMeaning(*item.deadline))));
    if (item.status) {
        QString status = tr("Status: %1").arg(statusLabel(*item.status));
        if (item.dueSoon)
            status += u' ' + tr("(falls due soon)");
        lines.append(escaped(status));
    }
    if (item.percent >= 0 && item.status)
        lines.append(escaped(tr("Progress: %1%").arg(item.percent)));
    return lines.join(u"<br/>"_s);
}

int GanttView::headerHeightNeeded() const
{
    // Two tiers of labels, each a line of text with some air.
    return int(std::ceil(QFontMetricsF(font()).height() * 1.4)) * 2;
}

} // namespace PlanTrack
