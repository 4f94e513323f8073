// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/csvreader.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace PlanTrack;

class CsvReaderTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsHeaderAndRecords();
    void readsQuotedFields();
    void acceptsEveryLineEnd_data();
    void acceptsEveryLineEnd();
    void skipsByteOrderMark();
    void detectsSeparator_data();
    void detectsSeparator();
    void honoursChosenSeparator();
    void keepsEmptyFields();
    void numbersRowsAsSpreadsheetsDo();
    void marksBlankRecords();
    void findsColumnsIgnoringCase();
    void refusesOpenQuote();
    void refusesOtherEncodings();
    void refusesEmptyFile();
    void readsPastedBlock();
};

void CsvReaderTest::readsHeaderAndRecords()
{
    QString error;
    const std::optional<CsvTable> table = CsvReader().read("a,b,c\r\n1,2,3\r\n4,5,6\r\n", &error);

    QVERIFY2(table, qPrintable(error));
    QCOMPARE(table->separator, u',');
    QCOMPARE(table->header, (QStringList{u"a"_s, u"b"_s, u"c"_s}));
    QCOMPARE(table->records.size(), 2);
    QCOMPARE(table->records.at(1).fields, (QStringList{u"4"_s, u"5"_s, u"6"_s}));
}

void CsvReaderTest::readsQuotedFields()
{
    QString error;
    const std::optional<CsvTable> table = CsvReader().read(
        "name,note\r\n\"Sở Y tế, Hà Nội\",\"He said \"\"yes\"\"\r\nnext line\"\r\n", &error);

    QVERIFY2(table, qPrintable(error));
    QCOMPARE(table->records.size(), 1);
    QCOMPARE(table->records.at(0).fields.at(0), u"Sở Y tế, Hà Nội"_s);
    QCOMPARE(table->records.at(0).fields.at(1), u"He said \"yes\"\r\nnext line"_s);
}

void CsvReaderTest::acceptsEveryLineEnd_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::newRow("CRLF") << QByteArray("h1,h2\r\nx,y\r\nz,w\r\n");
    QTest::newRow("LF") << QByteArray("h1,h2\nx,y\nz,w\n");
    QTest::newRow("CR") << QByteArray("h1,h2\rx,y\rz,w\r");
    QTest::newRow("no final line end") << QByteArray("h1,h2\nx,y\nz,w");
}

void CsvReaderTest::acceptsEveryLineEnd()
{
    QFETCH(QByteArray, data);
    QString error;
    const std::optional<CsvTable> table = CsvReader().read(data, &error);

    QVERIFY2(table, qPrintable(error));
    QCOMPARE(table->records.size(), 2);
    QCOMPARE(table->records.at(1).fields, (QStringList{u"z"_s, u"w"_s}));
}

void CsvReaderTest::skipsByteOrderMark()
{
    QString error;
    const std::optional<CsvTable> table =
        CsvReader().read("\xEF\xBB\xBFindicator;agency\r\n15;Sở Y tế\r\n", &error);

    QVERIFY2(table, qPrintable(error));
    QCOMPARE(table->header.constFirst(), u"indicator"_s);
    QCOMPARE(table->column(u"indicator"_s), 0);
    QCOMPARE(table->records.at(0).fields.at(1), u"Sở Y tế"_s);
}

void CsvReaderTest::detectsSeparator_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QChar>("separator");
    QTest::addColumn<QString>("value");

    // Excel in the Vietnamese locale writes semicolons and decimal commas.
    QTest::newRow("semicolon") << QByteArray("a;b;c\r\n1;52,5;x\r\n") << QChar(u';') << u"52,5"_s;
    QTest::newRow("comma") << QByteArray("a,b,c\r\n1,\"52,5\",x\r\n") << QChar(u',') << u"52,5"_s;
    QTest::newRow("tab") << QByteArray("a\tb\tc\n1\t52,5\tx\n") << QChar(u'\t') << u"52,5"_s;
    QTest::newRow("quoted separators do not count")
        << QByteArray("\"a;b;c\",d,e\r\n1,52.5,x\r\n") << QChar(u',') << u"52.5"_s;
}

void CsvReaderTest::detectsSeparator()
{
    QFETCH(QByteArray, data);
    QFETCH(QChar, separator);
    QFETCH(QString, value);
    QString error;
    const std::optional<CsvTable> table = CsvReader().read(data, &error);

    QVERIFY2(table, qPrintable(error));
    QCOMPARE(table->separator, separator);
    QCOMPARE(table->header.size(), 3);
    QCOMPARE(table->records.at(0).fields.at(1), value);
}

void CsvReaderTest::honoursChosenSeparator()
{
    QString error;
    const std::optional<CsvTable> table =
        CsvReader(CsvReader::Separator::Comma).read("a;b,c\n1;2,3\n", &error);

    QVERIFY2(table, qPrintable(error));
    QCOMPARE(table->header, (QStringList{u"a;b"_s, u"c"_s}));
}

void CsvReaderTest::keepsEmptyFields()
{
    QString error;
    const std::optional<CsvTable> table = CsvReader().read("a,b,c\n,,\n1,,\"\"\n", &error);

    QVERIFY2(table, qPrintable(error));
    QCOMPARE(table->records.at(0).fields, (QStringList{QString(), QString(), QString()}));
    QCOMPARE(table->records.at(1).fields, (QStringList{u"1"_s, QString(), QString()}));
}

void CsvReaderTest::numbersRowsAsSpreadsheetsDo()
{
    QString error;
    const std::optional<CsvTable> table = CsvReader().read("a,b\n1,\"two\nlines\"\n3,4\n", &error);

    QVERIFY2(table, qPrintable(error));
    QCOMPARE(table->records.at(0).row, 2);
    QCOMPARE(table->records.at(0).line, 2);
    QCOMPARE(table->records.at(1).row, 3);
    QCOMPARE(table->records.at(1).line, 4);
}

void CsvReaderTest::marksBlankRecords()
{
    QString error;
    const std::optional<CsvTable> table = CsvReader().read("a;b\n1;2\n;\n\n 3 ;4\n", &error);

    QVERIFY2(table, qPrintable(error));
    QCOMPARE(table->records.size(), 4);
    QVERIFY(!table->records.at(0).isBlank());
    QVERIFY(table->records.at(1).isBlank());
    QVERIFY(table->records.at(2).isBlank());
    QCOMPARE(table->records.at(3).row, 5);
    QCOMPARE(table->field(table->records.at(3), u"a"_s), u"3"_s);
}

void CsvReaderTest::findsColumnsIgnoringCase()
{
    QString error;
    const std::optional<CsvTable> table = CsvReader().read(" Indicator ,AGENCY\nx,y\n", &error);

    QVERIFY2(table, qPrintable(error));
    QCOMPARE(table->column(u"indicator"_s), 0);
    QCOMPARE(table->column(u"agency"_s), 1);
    QCOMPARE(table->column(u"note"_s), -1);
    QCOMPARE(table->field(table->records.at(0), u"note"_s), QString());
}

void CsvReaderTest::refusesOpenQuote()
{
    QString error;
    QVERIFY(!CsvReader().read("a,b\n1,2\n3,\"open\n4,5\n", &error));
    QVERIFY2(error.contains(u"Line 3"_s), qPrintable(error));
}

void CsvReaderTest::refusesOtherEncodings()
{
    // "Sở" in Windows-1258, as Excel writes "CSV (comma delimited)" on Vietnamese Windows.
    QString error;
    QVERIFY(!CsvReader().read("agency\nS\xD5\n", &error));
    QVERIFY2(error.contains(u"UTF-8"_s), qPrintable(error));
}

void CsvReaderTest::refusesEmptyFile()
{
    QString error;
    QVERIFY(!CsvReader().read("", &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!CsvReader().read("\xEF\xBB\xBF", &error));
}

void CsvReaderTest::readsPastedBlock()
{
    QString error;
    const std::optional<QList<CsvRecord>> records =
        CsvReader(CsvReader::Separator::Tab).records(u"3\t10\n4\t\"1,5\"\n"_s, &error);

    QVERIFY2(records, qPrintable(error));
    QCOMPARE(records->size(), 2);
    QCOMPARE(records->at(0).fields, (QStringList{u"3"_s, u"10"_s}));
    QCOMPARE(records->at(1).fields, (QStringList{u"4"_s, u"1,5"_s}));
    QCOMPARE(records->at(1).row, 2);
}

QTEST_GUILESS_MAIN(CsvReaderTest)
#include "tst_csvreader.moc"
