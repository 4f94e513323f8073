// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

namespace PlanTrack {

/// Holds one record of a table read from CSV.
struct CsvRecord
{
    int row = 0;  ///< the record's number in the file, the header being row 1, as in Excel
    int line = 0; ///< the line of the file the record starts on
    QStringList fields;

    /// Returns whether every field is empty or white space (as Excel writes ";;;").
    bool isBlank() const;
};

/// Holds a table read from CSV: its header and its records.
struct CsvTable
{
    QChar separator;
    QStringList header;
    QList<CsvRecord> records;

    /// Returns the position of a column by its header, ignoring case and surrounding white
    /// space, or -1.
    qsizetype column(const QString &name) const;

    /// Returns the field of a record in a named column, trimmed; empty when absent.
    QString field(const CsvRecord &record, const QString &name) const;
};

/// Reads comma-separated tables as RFC 4180 describes them and as spreadsheets write them:
/// UTF-8 with or without a byte order mark; fields separated by commas, or by semicolons
/// or tabs (Excel uses the semicolon where the decimal separator is a comma, as in
/// Vietnamese); fields in double quotes may hold separators, line breaks and doubled
/// quotes; records end with CRLF, LF or CR. The first record is the header.
class CsvReader final
{
    Q_DECLARE_TR_FUNCTIONS(PlanTrack::CsvReader)

public:
    /// Names the separator to use; Auto takes the one that splits the header best.
    enum class Separator {
        Auto,
        Comma,
        Semicolon,
        Tab,
    };

    explicit CsvReader(Separator separator = Separator::Auto);

    /// Returns the table, or nothing with *error set to a translated reason naming the line.
    std::optional<CsvTable> read(const QByteArray &data, QString *error) const;

    /// Returns the records of text without a header (for a block pasted from a spreadsheet
    /// with tabs); nothing with *error set when a quote is left open.
    std::optional<QList<CsvRecord>> records(const QString &text, QString *error) const;

    /// Returns the separator that splits the first record of text into the most fields,
    /// quotes respected; the comma when none occurs.
    static QChar detectSeparator(QStringView text);

private:
    std::optional<QList<CsvRecord>>
    parse(const QString &text, QChar separator, QString *error) const;

    Separator m_separator;
};

} // namespace PlanTrack
