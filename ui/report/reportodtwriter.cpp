// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportodtwriter.h"

#include "gantt/ganttprinter.h"
#include "report/reportdata.h"
#include "report/reportlanguage.h"
#include "reportcharts.h"
#include "reportfonts.h"

#include <QBuffer>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentWriter>
#include <QTextTable>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace PlanTrack {

namespace {

constexpr double bodySize = 14;
constexpr double indentPoints = 36; // 1.27 cm

// The width of the text on an A4 portrait page with the decree's margins, in points.
constexpr double pageWidth = (210 - 30 - 15) / 25.4 * 72;

QTextCharFormat charFormat(double points, bool bold = false, bool italic = false)
{
    const QFont font = ReportFonts::serif(points, bold, italic);
    QTextCharFormat format;
    format.setFont(font);
    // Qt's ODF writer names the font only from this older property.
    format.setProperty(QTextFormat::OldFontFamily, font.family());
    return format;
}

// Returns column widths in points for shares of the text width; word processors ignore
// widths in percent.
QList<QTextLength> columnWidths(const QList<double> &shares)
{
    double total = 0;
    for (double share : shares)
        total += share;
    QList<QTextLength> widths;
    for (double share : shares)
        widths.append(QTextLength(QTextLength::FixedLength, pageWidth * share / total));
    return widths;
}

QTextBlockFormat blockFormat(Qt::Alignment alignment, double indent = 0, double after = 0)
{
    QTextBlockFormat format;
    format.setAlignment(alignment);
    format.setTextIndent(indent);
    format.setBottomMargin(after);
    return format;
}

// Appends a paragraph, using the empty one a new document or cell starts with.
void addParagraph(QTextCursor &cursor,
                  const QString &text,
                  const QTextBlockFormat &block,
                  const QTextCharFormat &format,
                  bool first = false)
{
    // The first block of a table cell carries the cell's format, spans included, in its
    // character format, so that one is left alone.
    if (first)
        cursor.setBlockFormat(block);
    else
        cursor.insertBlock(block, format);
    cursor.insertText(text, format);
}

/// Holds one line of a table cell with its format.
struct CellLine
{
    QString text;
    QTextCharFormat format;
};

// Fills a table cell with lines. The ODF writer makes every paragraph of a cell a cell of
// its own, so the lines are one paragraph broken by line separators.
void fillCell(
    QTextTable &table, int row, int column, Qt::Alignment alignment, const QList<CellLine> &lines)
{
    QTextCursor cursor = table.cellAt(row, column).firstCursorPosition();
    cursor.setBlockFormat(blockFormat(alignment));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        // The break takes the format of the line it ends: the writer puts a tab before it.
        if (i > 0)
            cursor.insertText(QString(QChar::LineSeparator), lines.at(i - 1).format);
        QString text = lines.at(i).text;
        cursor.insertText(text.replace(u'\n', QChar::LineSeparator), lines.at(i).format);
    }
}

// Returns a short rule under a centred line: a run of underlined spaces that word
// processors keep as a line of that length.
CellLine rule(int spaces)
{
    QTextCharFormat format = charFormat(6);
    format.setFontUnderline(true);
    return {QString(spaces, QChar(0x00a0)), format};
}

// Appends a centred short rule as a paragraph of its own.
void addRule(QTextCursor &cursor, int spaces)
{
    const CellLine line = rule(spaces);
    cursor.insertBlock(blockFormat(Qt::AlignHCenter), line.format);
    cursor.insertText(line.text, line.format);
}

QTextTableFormat borderlessTable()
{
    QTextTableFormat format;
    format.setBorderStyle(QTextFrameFormat::BorderStyle_None);
    format.setBorder(0);
    format.setCellPadding(0);
    format.setCellSpacing(0);
    format.setWidth(QTextLength(QTextLength::FixedLength, pageWidth));
    return format;
}

} // namespace

ReportOdtWriter::ReportOdtWriter(const ReportData &data, const IndicatorBook *book)
    : m_data(data)
    , m_book(book)
{}

std::unique_ptr<QTextDocument> ReportOdtWriter::document() const
{
    const ReportLanguage language(m_data.language);
    auto document = std::make_unique<QTextDocument>();
    document->setDefaultFont(ReportFonts::serif(bodySize));
    document->setMetaInformation(QTextDocument::DocumentTitle, m_data.documentTitle());
    document->setDocumentMargin(0);

    QTextCursor cursor(document.get());
    addHeader(cursor);
    addTitle(cursor);
    for (const ReportBlock &block : m_data.blocks) {
        if (block.kind == ReportBlock::Kind::Charts)
            addCharts(cursor, *document);
        else if (block.kind == ReportBlock::Kind::Timeline)
            addTimeline(cursor, *document, block);
        else
            addBlock(cursor, block);
    }
    return document;
}

void ReportOdtWriter::addHeader(QTextCursor &cursor) const
{
    // One line a row: the ODF writer makes every paragraph of a cell a cell of its own.
    const ReportHeader &header = m_data.header;
    QTextTableFormat format = borderlessTable();
    format.setColumnWidthConstraints(columnWidths({42, 58}));
    QTextTable *table = cursor.insertTable(4, 2, format);
    QTextCharFormat motto = charFormat(13.5, true);
    motto.setFontUnderline(true);

    const auto centre = [table](int row, int column, const CellLine &line) {
        fillCell(*table, row, column, Qt::AlignHCenter, {line});
    };
    centre(0, 0, {header.parentBody, charFormat(12.5)});
    centre(1, 0, {header.issuingBody, charFormat(12.5, true)});
    centre(2, 0, rule(14));
    centre(3, 0, {header.numberLine, charFormat(13)});
    centre(0, 1, {header.nationalName, charFormat(12.5, true)});
    centre(1, 1, {header.motto, motto});
    centre(3, 1, {header.placeAndDate, charFormat(13.5, false, true)});
    cursor.movePosition(QTextCursor::End);
}

void ReportOdtWriter::addTitle(QTextCursor &cursor) const
{
    const ReportHeader &header = m_data.header;
    QTextBlockFormat kind = blockFormat(Qt::AlignHCenter);
    kind.setTopMargin(18);
    addParagraph(cursor, header.documentKind, kind, charFormat(14, true));
    addParagraph(cursor, header.subject, blockFormat(Qt::AlignHCenter), charFormat(bodySize, true));
    addRule(cursor, 30);
}

void ReportOdtWriter::addBlock(QTextCursor &cursor, const ReportBlock &block) const
{
    switch (block.kind) {
    case ReportBlock::Kind::Heading:
        addParagraph(cursor,
                     block.text,
                     blockFormat(Qt::AlignLeft, indentPoints, 6),
                     charFormat(bodySize, true));
        break;
    case ReportBlock::Kind::Paragraph:
    case ReportBlock::Kind::Item:
        addParagraph(cursor,
                     block.text,
                     blockFormat(Qt::AlignJustify, indentPoints, 6),
                     charFormat(bodySize));
        break;
    case ReportBlock::Kind::Table:
        if (block.table >= 0 && block.table < m_data.tables.size())
            addTable(cursor, m_data.tables.at(block.table));
        break;
    case ReportBlock::Kind::Closing:
        addClosing(cursor);
        break;
    case ReportBlock::Kind::Appendix: {
        QTextBlockFormat first = blockFormat(Qt::AlignHCenter);
        first.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        addParagraph(cursor, block.text, first, charFormat(14, true));
        addParagraph(cursor, block.title, blockFormat(Qt::AlignHCenter), charFormat(14, true));
        addParagraph(cursor,
                     block.note,
                     blockFormat(Qt::AlignHCenter, 0, 12),
                     charFormat(13.5, false, true));
        break;
    }
    case ReportBlock::Kind::Charts:
    case ReportBlock::Kind::Timeline:
        break;
    }
}

void ReportOdtWriter::addTable(QTextCursor &cursor, const ReportTable &table) const
{
    if (table.rows.isEmpty())
        return;
    const int columns = int(table.columns.size());
    const int headerRows = table.hasGroups() ? 2 : 1;
    const double size = columns > 6 ? 10 : 12;

    QTextTableFormat format;
    format.setBorder(0.5);
    format.setBorderBrush(Qt::black);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setBorderCollapse(true);
    format.setCellPadding(3);
    format.setCellSpacing(0);
    format.setHeaderRowCount(headerRows);
    format.setWidth(QTextLength(QTextLength::FixedLength, pageWidth));
    QList<double> shares;
    for (const ReportColumn &column : table.columns)
        shares.append(column.weight);
    format.setColumnWidthConstraints(columnWidths(shares));

    cursor.insertBlock(blockFormat(Qt::AlignLeft));
    QTextTable *out = cursor.insertTable(int(table.rows.size()) + headerRows, columns, format);
    const auto put =
        [&](int row, int column, const QString &text, Qt::Alignment alignment, bool bold) {
            fillCell(*out, row, column, alignment, {{text, charFormat(size, bold)}});
        };

    for (int c = 0; c < columns;) {
        const ReportColumn &column = table.columns.at(c);
        if (column.group.isEmpty()) {
            if (headerRows == 2)
                out->mergeCells(0, c, 2, 1);
            put(0, c, column.title, Qt::AlignHCenter, true);
            ++c;
            continue;
        }
        int span = 1;
        while (c + span < columns && table.columns.at(c + span).group == column.group)
            ++span;
        out->mergeCells(0, c, 1, span);
        put(0, c, column.group, Qt::AlignHCenter, true);
        for (int s = c; s < c + span; ++s)
            put(1, s, table.columns.at(s).title, Qt::AlignHCenter, true);
        c += span;
    }

    for (int r = 0; r < table.rows.size(); ++r) {
        const ReportTableRow &row = table.rows.at(r);
        const int at = r + headerRows;
        if (row.kind == ReportTableRow::Kind::Heading) {
            out->mergeCells(at, 0, 1, columns);
            put(at, 0, row.cells.value(0), Qt::AlignLeft, true);
            continue;
        }
        for (int c = 0; c < columns; ++c)
            put(at,
                c,
                row.cells.value(c),
                table.columns.at(c).centred ? Qt::AlignHCenter : Qt::AlignLeft,
                row.emphasisedCell == c);
    }
    cursor.movePosition(QTextCursor::End);
}

void ReportOdtWriter::addCharts(QTextCursor &cursor, QTextDocument &document) const
{
    if (!m_book)
        return;
    // Twice the layout size: sharp on paper, small in the file.
    const QSize size = (ReportCharts::layoutSize() * 2).toSize();
    int number = 0;
    for (const ReportIndicatorLine &line : m_data.indicators) {
        if (line.value.isEmpty())
            continue;
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            ReportCharts::draw(painter,
                               *m_book,
                               line.indicatorId,
                               m_data.asOf,
                               m_data.isEnglish(),
                               QRectF(QPointF(0, 0), QSizeF(size)));
        }
        const QUrl url(u"chart%1.png"_s.arg(++number));
        document.addResource(QTextDocument::ImageResource, url, image);

        QTextImageFormat format;
        format.setName(url.toString());
        format.setWidth(ReportCharts::layoutSize().width());
        format.setHeight(ReportCharts::layoutSize().height());
        cursor.insertBlock(blockFormat(Qt::AlignHCenter, 0, 0));
        cursor.insertImage(format);
        addParagraph(cursor,
                     u"%1. %2"_s.arg(line.stt, line.name),
                     blockFormat(Qt::AlignHCenter, 0, 8),
                     charFormat(11, false, true));
    }
}

void ReportOdtWriter::addTimeline(QTextCursor &cursor,
                                  QTextDocument &document,
                                  const ReportBlock &block) const
{
    if (!m_timeline)
        return;
    addBlock(cursor, ReportBlock::appendix(block.text, block.title, block.note, true));

    // Each page of the timeline as a picture of a landscape A4 page inside its margins, at
    // 200 dots an inch so that it is laid out as on paper; the ODF writer has no landscape
    // pages, so the picture takes the width of a portrait page.
    const double dotsPerMetre = 200 / 0.0254;
    const QSize pixels(qRound(0.252 * dotsPerMetre), qRound(0.170 * dotsPerMetre));
    const QSizeF points(453, 453 * 170 / 252.0);
    const auto canvas = [&] {
        QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
        image.setDotsPerMeterX(qRound(dotsPerMetre));
        image.setDotsPerMeterY(qRound(dotsPerMetre));
        image.fill(Qt::white);
        return image;
    };
    QImage probe = canvas();
    GanttPrinter printer = *m_timeline;
    printer.setTitle(block.text + u". "_s + block.title);
    const int pages = printer.pagesIn(probe, QSizeF(pixels));
    for (int page = 0; page < pages; ++page) {
        QImage image = canvas();
        {
            QPainter painter(&image);
            printer.printPageInto(painter, image, QRectF(QPointF(0, 0), QSizeF(pixels)), page);
        }
        const QUrl url(u"timeline%1.png"_s.arg(page + 1));
        document.addResource(QTextDocument::ImageResource, url, image);

        QTextImageFormat format;
        format.setName(url.toString());
        format.setWidth(points.width());
        format.setHeight(points.height());
        cursor.insertBlock(blockFormat(Qt::AlignHCenter, 0, 6));
        cursor.insertImage(format);
    }
}

void ReportOdtWriter::addClosing(QTextCursor &cursor) const
{
    const ReportHeader &header = m_data.header;
    QList<CellLine> recipients{{header.recipientsLabel, charFormat(12, true, true)}};
    for (const QString &line : header.recipients)
        recipients.append({line, charFormat(11)});

    // Room for the signature and the seal: four empty lines above the name.
    const QTextCharFormat signer = charFormat(13.5, true);
    QList<CellLine> signature{{header.signerTitle, signer}};
    if (!header.signerPosition.isEmpty())
        signature.append({header.signerPosition, signer});
    for (int i = 0; i < 4; ++i)
        signature.append({QString(), signer});
    signature.append({header.signerName, signer});

    QTextTableFormat format = borderlessTable();
    format.setColumnWidthConstraints(columnWidths({46, 54}));
    format.setTopMargin(12);
    const int rows = int(std::max(recipients.size(), signature.size()));
    QTextTable *table = cursor.insertTable(rows, 2, format);
    for (int row = 0; row < rows; ++row) {
        if (row < recipients.size())
            fillCell(*table, row, 0, Qt::AlignLeft, {recipients.at(row)});
        if (row < signature.size())
            fillCell(*table, row, 1, Qt::AlignHCenter, {signature.at(row)});
    }
    cursor.movePosition(QTextCursor::End);
}

bool ReportOdtWriter::write(const QString &path, QString *error) const
{
    const std::unique_ptr<QTextDocument> document = this->document();
    // The ODF writer closes its device when done, which a QSaveFile does not allow; the
    // document is written to memory first.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&buffer, "odf");
    const bool written = writer.write(document.get());

    QSaveFile file(path);
    if (written && file.open(QIODevice::WriteOnly)
        && file.write(buffer.data()) == buffer.data().size() && file.commit())
        return true;
    *error = tr("The report “%1” could not be written: %2")
                 .arg(QFileInfo(path).fileName(),
                      written ? file.errorString() : tr("the document could not be encoded"));
    return false;
}

} // namespace PlanTrack
