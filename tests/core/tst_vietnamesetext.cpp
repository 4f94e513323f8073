// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/vietnamesetext.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace PlanTrack;

class TestVietnameseText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void collationOrder_data();
    void collationOrder();
    void sortsNamesInVietnameseOrder();
    void sortsNumbersByValue();
    void sortByKeepsEqualItemsInOrder();
    void fold_data();
    void fold();
    void matches_data();
    void matches();
    void queryWordsAreFolded();
    void cleanComposesDecomposedInput();
    void detectsTcvn3_data();
    void detectsTcvn3();
    void convertsTcvn3_data();
    void convertsTcvn3();
    void convertsEveryTcvn3Letter();
    void detectsVni_data();
    void detectsVni();
};

void TestVietnameseText::collationOrder_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");

    QTest::newRow("a < ă") << u"a"_s << u"ă"_s;
    QTest::newRow("ă < â") << u"ă"_s << u"â"_s;
    QTest::newRow("â < b") << u"âm"_s << u"ba"_s;
    QTest::newRow("d < đ") << u"dz"_s << u"đa"_s;
    QTest::newRow("đ < e") << u"đz"_s << u"ea"_s;
    QTest::newRow("e < ê") << u"en"_s << u"ên"_s;
    QTest::newRow("o < ô") << u"on"_s << u"ôn"_s;
    QTest::newRow("ô < ơ") << u"ôn"_s << u"ơn"_s;
    QTest::newRow("u < ư") << u"uz"_s << u"ưa"_s;
    QTest::newRow("U < Ư") << u"Uzbekistan"_s << u"Ưa"_s;
    QTest::newRow("Dân < Đào tạo") << u"Dân tộc"_s << u"Đào tạo"_s;
    QTest::newRow("Dương < Đà Nẵng") << u"Dương"_s << u"Đà Nẵng"_s;
    QTest::newRow("Uống < Ủy ban") << u"Uống"_s << u"Ủy ban"_s;
    QTest::newRow("Ủy ban < Ưu tiên") << u"Ủy ban nhân dân"_s << u"Ưu tiên"_s;
    QTest::newRow("tones after the letter") << u"ma"_s << u"má"_s;
}

void TestVietnameseText::collationOrder()
{
    QFETCH(QString, before);
    QFETCH(QString, after);

    QVERIFY(VietnameseText::lessThan(before, after));
    QVERIFY(!VietnameseText::lessThan(after, before));
    QVERIFY(VietnameseText::compare(before, after) < 0);
    QVERIFY(VietnameseText::compare(after, before) > 0);
}

void TestVietnameseText::sortsNamesInVietnameseOrder()
{
    QStringList names{u"Văn phòng UBND Thành phố"_s,
                      u"Ủy ban Mặt trận Tổ quốc"_s,
                      u"Sở Nội vụ"_s,
                      u"Đài Phát thanh"_s,
                      u"Ưu tiên"_s,
                      u"Sở Giáo dục và Đào tạo"_s,
                      u"Dân tộc"_s,
                      u"Công an Thành phố"_s};

    VietnameseText::sort(names);

    const QStringList expected{u"Công an Thành phố"_s,
                               u"Dân tộc"_s,
                               u"Đài Phát thanh"_s,
                               u"Sở Giáo dục và Đào tạo"_s,
                               u"Sở Nội vụ"_s,
                               u"Ủy ban Mặt trận Tổ quốc"_s,
                               u"Ưu tiên"_s,
                               u"Văn phòng UBND Thành phố"_s};
    QCOMPARE(names, expected);
}

void TestVietnameseText::sortsNumbersByValue()
{
    QStringList codes{u"Nhiệm vụ 10"_s, u"Nhiệm vụ 2"_s, u"Nhiệm vụ 1"_s};

    VietnameseText::sort(codes);

    QCOMPARE(codes, (QStringList{u"Nhiệm vụ 1"_s, u"Nhiệm vụ 2"_s, u"Nhiệm vụ 10"_s}));
}

void TestVietnameseText::sortByKeepsEqualItemsInOrder()
{
    struct Agency
    {
        QString name;
        int id;
    };

    QList<Agency> agencies{{u"Sở Y tế"_s, 1}, {u"Sở Công Thương"_s, 2}, {u"Sở Y tế"_s, 3}};

    VietnameseText::sortBy(agencies, &Agency::name);

    QCOMPARE(agencies.at(0).id, 2);
    QCOMPARE(agencies.at(1).id, 1);
    QCOMPARE(agencies.at(2).id, 3);
}

void TestVietnameseText::fold_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("folded");

    QTest::newRow("agency") << u"Sở Nội vụ"_s << u"so noi vu"_s;
    QTest::newRow("đ") << u"Đào tạo"_s << u"dao tao"_s;
    QTest::newRow("horns") << u"Người được ưu tiên"_s << u"nguoi duoc uu tien"_s;
    QTest::newRow("capitals") << u"ỦY BAN NHÂN DÂN"_s << u"uy ban nhan dan"_s;
    QTest::newRow("decomposed") << u"Vie\u0323\u0302t Nam"_s << u"viet nam"_s;
    QTest::newRow("ascii") << u"UBND 92/2026"_s << u"ubnd 92/2026"_s;
}

void TestVietnameseText::fold()
{
    QFETCH(QString, text);
    QFETCH(QString, folded);

    QCOMPARE(VietnameseText::fold(text), folded);
}

void TestVietnameseText::matches_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("expected");

    QTest::newRow("no diacritics") << u"Sở Nội vụ"_s << u"so noi vu"_s << true;
    QTest::newRow("đ typed as d") << u"Sở Giáo dục và Đào tạo"_s << u"dao tao"_s << true;
    QTest::newRow("words in any order") << u"Sở Nội vụ"_s << u"vu so"_s << true;
    QTest::newRow("capitals and tones") << u"Sở Nội vụ"_s << u"NỘI"_s << true;
    QTest::newRow("part of a word") << u"Sở Tài chính"_s << u"chin"_s << true;
    QTest::newRow("extra spaces") << u"Sở Tài chính"_s << u"  tai   chinh "_s << true;
    QTest::newRow("empty query") << u"Sở Tài chính"_s << QString() << true;
    QTest::newRow("one word missing") << u"Sở Nội vụ"_s << u"so noi chinh"_s << false;
    QTest::newRow("other agency") << u"Sở Y tế"_s << u"noi vu"_s << false;
    QTest::newRow("decomposed query") << u"Việt Nam"_s << u"Vie\u0323\u0302t"_s << true;
}

void TestVietnameseText::matches()
{
    QFETCH(QString, text);
    QFETCH(QString, query);
    QFETCH(bool, expected);

    QCOMPARE(VietnameseText::matches(VietnameseText::fold(text), query), expected);
}

void TestVietnameseText::queryWordsAreFolded()
{
    QCOMPARE(VietnameseText::queryWords(u"  Sở\tNỘI  vụ "_s),
             (QStringList{u"so"_s, u"noi"_s, u"vu"_s}));
    QVERIFY(VietnameseText::queryWords(u"   "_s).isEmpty());
}

void TestVietnameseText::cleanComposesDecomposedInput()
{
    // "Nghị quyết" typed on a keyboard that sends letters and marks separately.
    const QString decomposed = u"  Nghi\u0323 quye\u0302\u0301t  "_s;
    const QString cleaned = VietnameseText::clean(decomposed);

    QCOMPARE(cleaned, u"Nghị quyết"_s);
    QCOMPARE(cleaned.size(), 10);
    QCOMPARE(cleaned, cleaned.normalized(QString::NormalizationForm_C));
}

void TestVietnameseText::detectsTcvn3_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("tcvn3");

    QTest::newRow("agency") << u"Së Néi vô"_s << true;
    QTest::newRow("national motto") << u"Céng hoµ x· héi chñ nghÜa ViÖt Nam"_s << true;
    QTest::newRow("one word") << u"Hµ"_s << true;
    QTest::newRow("uppercase font") << u"UBND THµNH PHè Hµ NéI"_s << true;
    QTest::newRow("task") << u"Rµ so¸t, hoµn thiÖn thÓ chÕ vÒ ®µo t¹o"_s << true;
    QTest::newRow("unicode") << u"Sở Nội vụ"_s << false;
    QTest::newRow("unicode sentence")
        << u"Ủy ban nhân dân Thành phố giao Sở Nội vụ chủ trì"_s << false;
    QTest::newRow("unicode in Latin-1 only") << u"Tôi là ai"_s << false;
    QTest::newRow("unicode decomposed") << u"Vie\u0323\u0302t Nam"_s << false;
    QTest::newRow("ascii") << u"Resolution 92/2026/NQ-HDND"_s << false;
    QTest::newRow("english with accents") << u"A naïve café résumé from Zürich"_s << false;
    QTest::newRow("symbols") << u"© 2026 PlanTrack, § 3 ± 5 °C"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void TestVietnameseText::detectsTcvn3()
{
    QFETCH(QString, text);
    QFETCH(bool, tcvn3);

    QCOMPARE(VietnameseText::looksLikeTcvn3(text), tcvn3);
}

void TestVietnameseText::convertsTcvn3_data()
{
    QTest::addColumn<QString>("tcvn3");
    QTest::addColumn<QString>("unicode");

    QTest::newRow("agency") << u"Së Néi vô"_s << u"Sở Nội vụ"_s;
    QTest::newRow("national motto")
        << u"Céng hoµ x· héi chñ nghÜa ViÖt Nam"_s << u"Cộng hoà xã hội chủ nghĩa Việt Nam"_s;
    QTest::newRow("independence") << u"§éc lËp - Tù do - H¹nh phóc"_s
                                  << u"Độc lập - Tự do - Hạnh phúc"_s;
    QTest::newRow("education") << u"Së Gi¸o dôc vµ §µo t¹o"_s << u"Sở Giáo dục và Đào tạo"_s;
    QTest::newRow("resolution") << u"NghÞ quyÕt sè 92/2026/NQ-H§ND"_s
                                << u"Nghị quyết số 92/2026/NQ-HĐND"_s;
    QTest::newRow("soft hyphen is ư") << u"Ng\u00ADêi d©n"_s << u"Người dân"_s;
    QTest::newRow("capital letters")
        << u"¡n, ¢m, £m, ¤n, ¥n, ¦u, §i"_s << u"Ăn, Âm, Êm, Ôn, Ơn, Ưu, Đi"_s;
    QTest::newRow("uppercase font") << u"UBND THµNH PHè Hµ NéI"_s << u"UBND THÀNH PHỐ HÀ NỘI"_s;
    QTest::newRow("uppercase line only")
        << u"KÕ HO¹CH\nTriÓn khai thùc hiÖn"_s << u"KẾ HOẠCH\nTriển khai thực hiện"_s;
    QTest::newRow("sentence")
        << u"Uû ban nh©n d©n Thµnh phè giao Së Tµi chÝnh chñ tr×, phèi hîp víi c¸c "
           "së, ngµnh liªn quan."_s
        << u"Uỷ ban nhân dân Thành phố giao Sở Tài chính chủ trì, phối hợp với các "
           "sở, ngành liên quan."_s;
    QTest::newRow("every tone") << u"ma mµ m¸ m¶ m· m¹ ¨n ¾n »n ¼n ½n Æn"_s
                                << u"ma mà má mả mã mạ ăn ắn ằn ẳn ẵn ặn"_s;
}

void TestVietnameseText::convertsTcvn3()
{
    QFETCH(QString, tcvn3);
    QFETCH(QString, unicode);

    const QString converted = VietnameseText::fromTcvn3(tcvn3);

    QCOMPARE(converted, unicode);
    QCOMPARE(converted, converted.normalized(QString::NormalizationForm_C));
    QVERIFY(!VietnameseText::looksLikeTcvn3(converted));
}

void TestVietnameseText::convertsEveryTcvn3Letter()
{
    // The code table in its order: 14 bare letters, then five tones for each of the twelve
    // vowels a ă â e ê i o ô ơ u ư y.
    const QString codes = u"¡¢£¤¥¦§¨©ª«¬\u00AD®"
                          "µ¶·¸¹»¼½¾ÆÇÈÉÊËÌÎÏÐÑÒÓÔÕÖ×ØÜÝÞßáâãäåæçèéêëìíîïñòóôõö÷øùúûüýþ"_s;
    const QString letters = u"ĂÂÊÔƠƯĐăâêôơưđ"
                            "àảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ"_s;
    QCOMPARE(codes.size(), letters.size());

    QCOMPARE(VietnameseText::fromTcvn3(codes), letters);
}

void TestVietnameseText::detectsVni_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("vni");

    QTest::newRow("agency") << u"Sôû Noäi vuï"_s << true;
    QTest::newRow("sentence") << u"UÛy ban nhaân daân Thaønh phoá Haø Noäi"_s << true;
    QTest::newRow("tcvn3") << u"Së Néi vô"_s << false;
    QTest::newRow("unicode") << u"Sở Nội vụ"_s << false;
    QTest::newRow("ascii") << u"Plan tracking"_s << false;
}

void TestVietnameseText::detectsVni()
{
    QFETCH(QString, text);
    QFETCH(bool, vni);

    QCOMPARE(VietnameseText::looksLikeVni(text), vni);
    if (vni)
        QCOMPARE(VietnameseText::detectLegacyEncoding(text), VietnameseText::LegacyEncoding::Vni);
}

QTEST_GUILESS_MAIN(TestVietnameseText)
#include "tst_vietnamesetext.moc"
