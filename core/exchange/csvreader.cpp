// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvreader.h"

#include <QStringDecoder>

#include <utility>

using namespace Qt::StringLiterals;

namespace PlanTrack {

namespace {

QChar separatorChar(CsvReader::Separator separator)
{
    switch (separator) {
    case CsvReader::Separator::Comma:
        return u',';
    case CsvReader::Separator::Semicolon:
        return u';';
    case CsvReader::Separator::Tab:
        return u'\t';
    case CsvReader::Separator::Auto:
        break;
    }
    return {};
}

} // namespace

bool CsvRecord::isBlank() const
{
    return std::all_of(fields.cbegin(), fields.cend(), [](const QString &field) {
        return field.trimmed().isEmpty();
    });
}

qsizetype CsvTable::column(const QString &name) const
{
    for (qsizetype i = 0; i < header.size(); ++i) {
        if (header.at(i).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

QString CsvTable::field(const CsvRecord &record, const QString &name) const
{
    const qsizetype index = column(name);
    return index < 0 ? QString() : record.fields.value(index).trimmed();
}

CsvReader::CsvReader(Separator separator)
    : m_separator(separator)
{}

QChar CsvReader::detectSeparator(QStringView text)
{
    int commas = 0;
    int semicolons = 0;
    int tabs = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == u'"')
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (c == u'\n' || c == u'\r')
            break;
        else if (c == u',')
            ++commas;
        else if (c == u';')
            ++semicolons;
        else if (c == u'\t')
            ++tabs;
    }
    if (semicolons > commas && semicolons >= tabs)
        return u';';
    if (tabs > commas && tabs > semicolons)
        return u'\t';
    return u',';
}

std::optional<CsvTable> CsvReader::read(const QByteArray &data, QString *error) const
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(data);
    if (decoder.hasError()) {
        *error = tr("The file is not in UTF-8. Save it from the spreadsheet as “CSV UTF-8” "
                    "and try again.");
        return std::nullopt;
    }
    if (text.startsWith(QChar::ByteOrderMark))
        text.remove(0, 1);

    const QChar separator =
        m_separator == Separator::Auto ? detectSeparator(text) : separatorChar(m_separator);
    std::optional<QList<CsvRecord>> records = parse(text, separator, error);
    if (!records)
        return std::nullopt;
    if (records->isEmpty()) {
        *error = tr("The file is empty; it needs a header row.");
        return std::nullopt;
    }

    CsvTable table;
    table.separator = separator;
    table.header = records->takeFirst().fields;
    table.records = std::move(*records);
    return table;
}

std::optional<QList<CsvRecord>> CsvReader::records(const QString &text, QString *error) const
{
    const QChar separator =
        m_separator == Separator::Auto ? detectSeparator(text) : separatorChar(m_separator);
    return parse(text, separator, error);
}

std::optional<QList<CsvRecord>>
CsvReader::parse(const QString &text, QChar separator, QString *error) const
{
    QList<CsvRecord> records;
    CsvRecord record;
    QString field;
    bool quoted = false;
    bool fieldStarted = false; // whether the current record holds anything yet
    int line = 1;
    int quoteLine = 0;
    record.line = 1;

    const auto endRecord = [&] {
        record.fields.append(std::exchange(field, {}));
        record.row = int(records.size()) + 1;
        records.append(std::exchange(record, {}));
        fieldStarted = false;
    };

    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const QChar next = i + 1 < text.size() ? text.at(i + 1) : QChar();
        if (quoted) {
            if (c == u'"' && next == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                if (c == u'\n' || (c == u'\r' && next != u'\n'))
                    ++line;
                field += c;
            }
            continue;
        }

        if (c == u'"' && field.isEmpty()) {
            quoted = true;
            quoteLine = line;
            fieldStarted = true;
        } else if (c == separator) {
            record.fields.append(std::exchange(field, {}));
            fieldStarted = true;
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && next == u'\n')
                ++i;
            endRecord();
            ++line;
            record.line = line;
        } else {
            field += c;
            fieldStarted = true;
        }
    }

    if (quoted) {
        *error = tr("Line %1: a quoted field is not closed; a closing double quote (\") is "
                    "missing.")
                     .arg(quoteLine);
        return std::nullopt;
    }
    if (fieldStarted || !field.isEmpty() || !record.fields.isEmpty())
        endRecord();
    return records;
}

} // namespace PlanTrack
