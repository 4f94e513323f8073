// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportrenderer.h"

#include "gantt/ganttprinter.h"
#include "report/reportdata.h"
#include "report/reportlanguage.h"
#include "report/reportlog.h"
#include "reportcharts.h"
#include "reportfonts.h"
#include "tablepainter.h"
#include "textbox.h"

#include <QFileInfo>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace PlanTrack {

namespace {

constexpr double bodySize = 14;
constexpr double lineSpacing = 1.15;
constexpr double firstLineIndent = 12.7; // mm
constexpr double paragraphSpace = 6;     // pt

/// Draws one report into one page flow.
class Drawing
{
public:
    Drawing(const ReportData &data,
            PageFlow &flow,
            const IndicatorBook *book,
            const GanttPrinter *timeline)
        : m_data(data)
        , m_flow(flow)
        , m_book(book)
        , m_timeline(timeline)
    {}

    void run();

private:
    TextBox box(const QString &text,
                const QFont &font,
                double width,
                Qt::Alignment alignment,
                double indent = 0,
                double spacing = 1) const;
    TextBox balanced(const QString &text, const QFont &font, double width) const;
    double centredLeft(const TextBox &text, double left, double width) const;
    void rule(double centre, double y, double length) const;

    void drawHeader();
    void drawTitle();
    void drawText(const QString &text, bool bold, double indent);
    void drawHeading(const ReportBlock &block);
    void drawTable(const ReportBlock &block);
    void drawCharts();
    void drawClosing();
    void drawAppendix(const ReportBlock &block);
    void drawTimeline(const ReportBlock &block);

    const ReportData &m_data;
    PageFlow &m_flow;
    const IndicatorBook *m_book;
    const GanttPrinter *m_timeline;
};

TextBox Drawing::box(const QString &text,
                     const QFont &font,
                     double width,
                     Qt::Alignment alignment,
                     double indent,
                     double spacing) const
{
    TextStyle style;
    style.font = font;
    style.alignment = alignment;
    style.firstLineIndent = indent;
    style.lineSpacing = spacing;
    return TextBox(text, style, width, &m_flow.device());
}

// Breaks text into lines no wider than width at spaces only, so that a document number
// such as "92/2026/NQ-HĐND" stays whole; a word wider than width stands on its own line.
QStringList linesAtSpaces(const QString &text, const QFontMetricsF &metrics, double width)
{
    QStringList lines;
    for (const QString &paragraph : text.split(u'\n')) {
        QString line;
        for (const QString &word : paragraph.split(u' ', Qt::SkipEmptyParts)) {
            const QString longer = line.isEmpty() ? word : line + u' ' + word;
            if (!line.isEmpty() && metrics.horizontalAdvance(longer) > width) {
                lines.append(line);
                line = word;
            } else {
                line = longer;
            }
        }
        lines.append(line);
    }
    return lines;
}

// Sets a centred text of several lines in the narrowest width that keeps its number of
// lines, so that its lines come out of even length ("ỦY BAN NHÂN DÂN / THÀNH PHỐ HÀ NỘI").
TextBox Drawing::balanced(const QString &text, const QFont &font, double width) const
{
    const QFontMetricsF metrics(font, &m_flow.device());
    const qsizetype count = linesAtSpaces(text, metrics, width).size();
    double low = width / double(count);
    double high = width;
    while (count > 1 && high - low > m_flow.mm(1)) {
        const double middle = (low + high) / 2;
        if (linesAtSpaces(text, metrics, middle).size() > count)
            low = middle;
        else
            high = middle;
    }
    return box(linesAtSpaces(text, metrics, high).join(u'\n'), font, high, Qt::AlignHCenter);
}

double Drawing::centredLeft(const TextBox &text, double left, double width) const
{
    return left + (width - text.width()) / 2;
}

void Drawing::rule(double centre, double y, double length) const
{
    QPainter &painter = m_flow.painter();
    painter.save();
    painter.setPen(QPen(Qt::black, m_flow.pt(0.75)));
    painter.drawLine(QPointF(centre - length / 2, y), QPointF(centre + length / 2, y));
    painter.restore();
}

void Drawing::run()
{
    drawHeader();
    drawTitle();
    for (const ReportBlock &block : m_data.blocks) {
        switch (block.kind) {
        case ReportBlock::Kind::Heading:
            drawHeading(block);
            break;
        case ReportBlock::Kind::Paragraph:
        case ReportBlock::Kind::Item:
            drawText(block.text, false, m_flow.mm(firstLineIndent));
            break;
        case ReportBlock::Kind::Table:
            drawTable(block);
            break;
        case ReportBlock::Kind::Charts:
            drawCharts();
            break;
        case ReportBlock::Kind::Closing:
            drawClosing();
            break;
        case ReportBlock::Kind::Appendix:
            drawAppendix(block);
            break;
        case ReportBlock::Kind::Timeline:
            drawTimeline(block);
            break;
        }
    }
}

void Drawing::drawHeader()
{
    const ReportHeader &header = m_data.header;
    QPainter &painter = m_flow.painter();
    const QRectF content = m_flow.content();
    const double top = m_flow.y();

    // The right column takes the national name on one line; the left one the rest.
    const QFont nationalFont = ReportFonts::serif(12.5, true);
    const double national =
        box(header.nationalName, nationalFont, content.width(), Qt::AlignLeft).naturalWidth();
    const double right = std::max(content.width() * 0.58, national + m_flow.mm(4));
    const double left = content.width() - right;
    const double leftX = content.left();
    const double rightX = content.left() + left;

    double y = top;
    const TextBox parent = balanced(header.parentBody, ReportFonts::serif(12.5), left);
    parent.draw(painter, QPointF(centredLeft(parent, leftX, left), y));
    y += parent.height();
    const TextBox issuing = balanced(header.issuingBody, ReportFonts::serif(12.5, true), left);
    issuing.draw(painter, QPointF(centredLeft(issuing, leftX, left), y));
    y += issuing.height();
    const double issuingRule = std::clamp(issuing.naturalWidth() * 0.45,
                                          std::min(m_flow.mm(12), issuing.naturalWidth()),
                                          issuing.naturalWidth());
    rule(leftX + left / 2, y + m_flow.pt(3), issuingRule);
    const double leftBottom = y + m_flow.pt(3);

    y = top;
    const TextBox name = box(header.nationalName, nationalFont, right, Qt::AlignHCenter);
    name.draw(painter, QPointF(rightX, y));
    y += name.height();
    const TextBox motto =
        box(header.motto, ReportFonts::serif(13.5, true), right, Qt::AlignHCenter);
    motto.draw(painter, QPointF(rightX, y));
    y += motto.height();
    rule(rightX + right / 2, y + m_flow.pt(2), motto.naturalWidth());
    const double rightBottom = y + m_flow.pt(2);

    y = std::max(leftBottom, rightBottom) + m_flow.pt(10);
    const TextBox number = box(header.numberLine, ReportFonts::serif(13), left, Qt::AlignHCenter);
    number.draw(painter, QPointF(leftX, y));
    const TextBox date =
        box(header.placeAndDate, ReportFonts::serif(13.5, false, true), right, Qt::AlignHCenter);
    date.draw(painter, QPointF(rightX, y));
    m_flow.setY(y + std::max(number.height(), date.height()));
}

void Drawing::drawTitle()
{
    const ReportHeader &header = m_data.header;
    QPainter &painter = m_flow.painter();
    const QRectF content = m_flow.content();

    m_flow.advance(m_flow.pt(18));
    const TextBox kind =
        box(header.documentKind, ReportFonts::serif(14, true), content.width(), Qt::AlignHCenter);
    kind.draw(painter, QPointF(content.left(), m_flow.y()));
    m_flow.advance(kind.height());

    const TextBox subject =
        balanced(header.subject, ReportFonts::serif(bodySize, true), content.width() * 0.92);
    subject.draw(painter,
                 QPointF(centredLeft(subject, content.left(), content.width()), m_flow.y()));
    m_flow.advance(subject.height() + m_flow.pt(6));
    rule(content.center().x(), m_flow.y(), content.width() / 4);
    m_flow.advance(m_flow.pt(16));
}

void Drawing::drawText(const QString &text, bool bold, double indent)
{
    const QRectF content = m_flow.content();
    const TextBox body = box(text,
                             ReportFonts::serif(bodySize, bold),
                             content.width(),
                             bold ? Qt::AlignLeft : Qt::AlignJustify,
                             indent,
                             lineSpacing);

    // Break between lines; two lines at least stay together at the foot of a page.
    int line = 0;
    while (line < body.lineCount()) {
        int fitting = body.linesFitting(line, m_flow.remaining());
        const int left = body.lineCount() - line;
        if (fitting < std::min(2, left) && !m_flow.isAtTop()) {
            m_flow.newPage();
            continue;
        }
        fitting = std::max(fitting, 1);
        body.draw(m_flow.painter(), QPointF(content.left(), m_flow.y()), line, line + fitting);
        m_flow.advance(body.heightOf(line, line + fitting));
        line += fitting;
        if (line < body.lineCount())
            m_flow.newPage();
    }
    m_flow.advance(m_flow.pt(paragraphSpace));
}

void Drawing::drawHeading(const ReportBlock &block)
{
    // A heading keeps the first lines of what follows on its page.
    m_flow.ensure(m_flow.pt(bodySize * lineSpacing * 1.3) * 4);
    drawText(block.text, true, m_flow.mm(firstLineIndent));
}

void Drawing::drawTable(const ReportBlock &block)
{
    if (block.table < 0 || block.table >= m_data.tables.size())
        return;
    const ReportTable &table = m_data.tables.at(block.table);
    if (table.rows.isEmpty())
        return;
    const double size = table.columns.size() > 9 ? 10.5 : table.columns.size() > 6 ? 11 : 12;
    TablePainter painter(table, m_flow, size);
    painter.paint();
    m_flow.advance(m_flow.pt(paragraphSpace * 2));
}

void Drawing::drawCharts()
{
    if (!m_book)
        return;
    QList<const ReportIndicatorLine *> charted;
    for (const ReportIndicatorLine &line : m_data.indicators) {
        if (!line.value.isEmpty())
            charted.append(&line);
    }

    // Two charts a row, each captioned with its row number and name.
    const QRectF content = m_flow.content();
    const double gap = m_flow.mm(6);
    const double width = (content.width() - gap) / 2;
    const QSizeF layout = ReportCharts::layoutSize();
    const double height = width * layout.height() / layout.width();
    for (qsizetype i = 0; i < charted.size(); i += 2) {
        std::vector<TextBox> captions;
        double captionHeight = 0;
        for (qsizetype j = i; j < std::min(i + 2, charted.size()); ++j) {
            const ReportIndicatorLine &line = *charted.at(j);
            captions.push_back(box(u"%1. %2"_s.arg(line.stt, line.name),
                                   ReportFonts::serif(11, false, true),
                                   width,
                                   Qt::AlignHCenter));
            captionHeight = std::max(captionHeight, captions.back().height());
        }

        m_flow.ensure(height + captionHeight);
        const double top = m_flow.y();
        for (qsizetype j = i; j < std::min(i + 2, charted.size()); ++j) {
            const double x = content.left() + double(j - i) * (width + gap);
            ReportCharts::draw(m_flow.painter(),
                               *m_book,
                               charted.at(j)->indicatorId,
                               m_data.asOf,
                               m_data.isEnglish(),
                               QRectF(x, top, width, height));
            captions.at(size_t(j - i)).draw(m_flow.painter(), QPointF(x, top + height));
        }
        m_flow.advance(height + captionHeight + gap);
    }
}

void Drawing::drawClosing()
{
    const ReportHeader &header = m_data.header;
    QPainter &painter = m_flow.painter();
    const QRectF content = m_flow.content();
    const double left = content.width() * 0.46;
    const double right = content.width() - left;
    const double rightX = content.left() + left;

    const TextBox label =
        box(header.recipientsLabel, ReportFonts::serif(12, true, true), left, Qt::AlignLeft);
    const TextBox recipients =
        box(header.recipients.join(u'\n'), ReportFonts::serif(11), left, Qt::AlignLeft);
    QStringList titles{header.signerTitle};
    if (!header.signerPosition.isEmpty())
        titles.append(header.signerPosition);
    const TextBox title =
        box(titles.join(u'\n'), ReportFonts::serif(13.5, true), right, Qt::AlignHCenter);
    const TextBox name =
        box(header.signerName, ReportFonts::serif(13.5, true), right, Qt::AlignHCenter);
    const double signature = m_flow.mm(24);
    const double height =
        std::max(label.height() + recipients.height(), title.height() + signature + name.height());

    m_flow.advance(m_flow.pt(6));
    m_flow.ensure(height);
    const double top = m_flow.y();
    label.draw(painter, QPointF(content.left(), top));
    recipients.draw(painter, QPointF(content.left(), top + label.height()));
    title.draw(painter, QPointF(rightX, top));
    name.draw(painter, QPointF(rightX, top + title.height() + signature));
    m_flow.advance(height);
}

void Drawing::drawAppendix(const ReportBlock &block)
{
    m_flow.newPage(block.landscape);
    QPainter &painter = m_flow.painter();
    const QRectF content = m_flow.content();
    const auto centred = [&](const QString &text, const QFont &font) {
        const TextBox line = balanced(text, font, content.width() * 0.9);
        line.draw(painter, QPointF(centredLeft(line, content.left(), content.width()), m_flow.y()));
        m_flow.advance(line.height());
    };
    centred(block.text, ReportFonts::serif(14, true));
    centred(block.title, ReportFonts::serif(14, true));
    centred(block.note, ReportFonts::serif(13.5, false, true));
    m_flow.advance(m_flow.pt(12));
}

void Drawing::drawTimeline(const ReportBlock &block)
{
    if (!m_timeline)
        return;

    // The timeline's own title line carries the appendix label, title and note on every
    // page; its pages take the whole landscape page inside the margins.
    GanttPrinter printer = *m_timeline;
    printer.setTitle(block.text + u". "_s + block.title + u' ' + block.note);
    m_flow.newPage(true);
    QPagedPaintDevice &device = m_flow.device();
    const int pages = printer.pagesIn(device, m_flow.content().size());
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            m_flow.newPage(true);
        printer.printPageInto(m_flow.painter(), device, m_flow.content(), page);
    }
    m_flow.setY(m_flow.content().bottom());
}

} // namespace

ReportRenderer::ReportRenderer(const ReportData &data)
    : m_data(data)
{}

int ReportRenderer::render(QPagedPaintDevice &device) const
{
    const ReportLanguage language(m_data.language);
    PageFlow::prepare(device);
    QPainter painter;
    if (!painter.begin(&device)) {
        qCWarning(lcReport) << "cannot paint on the device";
        return 0;
    }
    PageFlow flow(device, painter, m_landscape, ReportFonts::serif(13));
    flow.start();
    Drawing(m_data, flow, m_book, m_timeline).run();
    const int pages = flow.pageNumber();
    painter.end();
    return pages;
}

bool ReportRenderer::writePdf(const QString &path, QString *error) const
{
    QSaveFile file(path);
    const auto fail = [&] {
        *error = tr("The report “%1” could not be written: %2")
                     .arg(QFileInfo(path).fileName(), file.errorString());
        return false;
    };
    if (!file.open(QIODevice::WriteOnly))
        return fail();
    {
        QPdfWriter writer(&file);
        writer.setResolution(1200);
        writer.setTitle(m_data.documentTitle());
        writer.setCreator(u"PlanTrack"_s);
        if (render(writer) == 0)
            return fail();
    }
    if (!file.commit())
        return fail();
    return true;
}

} // namespace PlanTrack
