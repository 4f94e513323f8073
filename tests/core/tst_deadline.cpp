// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/deadline.h"

#include <QTest>

using namespace Qt::StringLiterals;
using PlanTrack::Deadline;
using PlanTrack::DeadlineKind;

class TestDeadline final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesWording_data();
    void parsesWording();
    void decomposedInputGivesSameResult_data();
    void decomposedInputGivesSameResult();
    void refusesBadWording_data();
    void refusesBadWording();
    void kindKeysRoundTrip();
    void recurringKinds();
};

void TestDeadline::parsesWording_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<DeadlineKind>("kind");
    QTest::addColumn<QDate>("start");
    QTest::addColumn<QDate>("due");

    // Every wording of the bundled plan's "Thời gian hoàn thành" column.
    QTest::newRow("month March") << u"Tháng 3/2026"_s << DeadlineKind::Month << QDate()
                                 << QDate(2026, 3, 31);
    QTest::newRow("month April") << u"Tháng 4/2026"_s << DeadlineKind::Month << QDate()
                                 << QDate(2026, 4, 30);
    QTest::newRow("year") << u"2026"_s << DeadlineKind::Year << QDate() << QDate(2026, 12, 31);
    QTest::newRow("year range") << u"2026 - 2030"_s << DeadlineKind::YearRange << QDate(2026, 1, 1)
                                << QDate(2030, 12, 31);
    QTest::newRow("ongoing") << u"Thường xuyên"_s << DeadlineKind::Ongoing << QDate() << QDate();
    QTest::newRow("annual") << u"Hằng năm"_s << DeadlineKind::Annual << QDate() << QDate();
    QTest::newRow("conditional") << u"Trong thời gian thu hút"_s << DeadlineKind::Conditional
                                 << QDate() << QDate();

    // Wordings other plans use.
    QTest::newRow("quarter II") << u"Quý II/2026"_s << DeadlineKind::Quarter << QDate()
                                << QDate(2026, 6, 30);
    QTest::newRow("quarter IV") << u"Quý IV/2026"_s << DeadlineKind::Quarter << QDate()
                                << QDate(2026, 12, 31);
    QTest::newRow("exact date") << u"15/06/2026"_s << DeadlineKind::Date << QDate()
                                << QDate(2026, 6, 15);
    QTest::newRow("February of a leap year")
        << u"Tháng 2/2028"_s << DeadlineKind::Month << QDate() << QDate(2028, 2, 29);

    // Written by hand: a line break inside a cell, an en dash, other capitals.
    QTest::newRow("line break") << u"Tháng \n3/2026"_s << DeadlineKind::Month << QDate()
                                << QDate(2026, 3, 31);
    QTest::newRow("en dash") << u"2026 – 2030"_s << DeadlineKind::YearRange << QDate(2026, 1, 1)
                             << QDate(2030, 12, 31);
    QTest::newRow("capitals") << u"THƯỜNG XUYÊN"_s << DeadlineKind::Ongoing << QDate() << QDate();
}

void TestDeadline::parsesWording()
{
    QFETCH(QString, text);
    QFETCH(DeadlineKind, kind);
    QFETCH(QDate, start);
    QFETCH(QDate, due);

    const std::optional<Deadline> deadline = PlanTrack::parseDeadline(text);
    QVERIFY2(deadline.has_value(), qPrintable(text));
    QCOMPARE(deadline->kind, kind);
    QCOMPARE(deadline->start, start);
    QCOMPARE(deadline->due, due);
    // The wording is kept as written, with only its spacing tidied.
    QCOMPARE(deadline->text, text.simplified());
}

void TestDeadline::decomposedInputGivesSameResult_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("month") << u"Tháng 3/2026"_s;
    QTest::newRow("ongoing") << u"Thường xuyên"_s;
    QTest::newRow("annual") << u"Hằng năm"_s;
    QTest::newRow("conditional") << u"Trong thời gian thu hút"_s;
    QTest::newRow("quarter") << u"Quý II/2026"_s;
}

void TestDeadline::decomposedInputGivesSameResult()
{
    QFETCH(QString, text);
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QVERIFY(decomposed != text);

    const std::optional<Deadline> composed = PlanTrack::parseDeadline(text);
    const std::optional<Deadline> fromDecomposed = PlanTrack::parseDeadline(decomposed);
    QVERIFY(composed.has_value());
    QVERIFY(fromDecomposed.has_value());
    QCOMPARE(fromDecomposed->kind, composed->kind);
    QCOMPARE(fromDecomposed->start, composed->start);
    QCOMPARE(fromDecomposed->due, composed->due);
    // What is stored and shown is NFC, whatever the keyboard sent.
    QCOMPARE(fromDecomposed->text, text);
}

void TestDeadline::refusesBadWording_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("month 13") << u"Tháng 13/2026"_s;
    QTest::newRow("month 0") << u"Tháng 0/2026"_s;
    QTest::newRow("day 32") << u"32/01/2026"_s;
    QTest::newRow("30 February") << u"30/02/2026"_s;
    QTest::newRow("range backwards") << u"2030 - 2026"_s;
    QTest::newRow("quarter V") << u"Quý V/2026"_s;
    QTest::newRow("empty") << QString();
    QTest::newRow("blank") << u"   "_s;
    QTest::newRow("unknown words") << u"Sớm nhất có thể"_s;
    QTest::newRow("implausible year") << u"0026"_s;
}

void TestDeadline::refusesBadWording()
{
    QFETCH(QString, text);
    const std::optional<Deadline> deadline = PlanTrack::parseDeadline(text);
    QVERIFY2(!deadline.has_value(), qPrintable(deadline ? deadline->text : QString()));
}

void TestDeadline::kindKeysRoundTrip()
{
    const QList<DeadlineKind> kinds{DeadlineKind::Month,
                                    DeadlineKind::Quarter,
                                    DeadlineKind::Year,
                                    DeadlineKind::YearRange,
                                    DeadlineKind::Date,
                                    DeadlineKind::Ongoing,
                                    DeadlineKind::Annual,
                                    DeadlineKind::Conditional};
    QStringList keys;
    for (DeadlineKind kind : kinds) {
        const QString key = PlanTrack::deadlineKindKey(kind);
        QVERIFY(!key.isEmpty());
        QVERIFY2(!keys.contains(key), qPrintable(key));
        keys.append(key);
        QCOMPARE(PlanTrack::deadlineKindFromKey(key), std::optional(kind));
    }
    QCOMPARE(PlanTrack::deadlineKindKey(DeadlineKind::YearRange), u"year_range"_s);
    QCOMPARE(PlanTrack::deadlineKindFromKey(u"weekly"), std::nullopt);
}

void TestDeadline::recurringKinds()
{
    QVERIFY(PlanTrack::parseDeadline(u"Thường xuyên"_s)->isRecurring());
    QVERIFY(PlanTrack::parseDeadline(u"Hằng năm"_s)->isRecurring());
    QVERIFY(PlanTrack::parseDeadline(u"Trong thời gian thu hút"_s)->isRecurring());
    QVERIFY(!PlanTrack::parseDeadline(u"Tháng 3/2026"_s)->isRecurring());
    QVERIFY(!PlanTrack::parseDeadline(u"2026 - 2030"_s)->isRecurring());
}

QTEST_GUILESS_MAIN(TestDeadline)
#include "tst_deadline.moc"
