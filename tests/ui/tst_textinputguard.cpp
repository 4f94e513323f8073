// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/textinputguard.h"

#include <QApplication>
#include <QClipboard>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMainWindow>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QTextBlock>
#include <QTextEdit>

using namespace Qt::StringLiterals;
using namespace PlanTrack;

namespace {

void copy(const QString &text)
{
    QGuiApplication::clipboard()->setText(text);
}

void copyHtml(const QString &html)
{
    auto *data = new QMimeData;
    data->setHtml(html);
    QGuiApplication::clipboard()->setMimeData(data);
}

// Sends one key press carrying text, as a keyboard that types marks on their own does.
void type(QWidget *field, const QString &text)
{
    QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, text);
    QApplication::sendEvent(field, &press);
}

bool isNfc(const QString &text)
{
    return text == text.normalized(QString::NormalizationForm_C);
}

} // namespace

class TestTextInputGuard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void installingTwiceKeepsOneGuard();
    void pastingTcvn3IntoLineEditGivesUnicode_data();
    void pastingTcvn3IntoLineEditGivesUnicode();
    void pastingDecomposedTextGivesNfc();
    void typingMarksComposesLetters();
    void pastingUnicodeOrEnglishChangesNothing_data();
    void pastingUnicodeOrEnglishChangesNothing();
    void pastingVniIsRefused();
    void undoBringsBackThePastedText();
    void pastingTcvn3IntoPlainTextEdit();
    void pastingTcvn3RichTextKeepsFormat();
    void typingIntoPlainTextEditComposes();
    void loadedTextIsLeftAlone();
    void noticeReachesTheStatusBar();

private:
    TextInputGuard *m_guard = nullptr;
};

void TestTextInputGuard::initTestCase()
{
    m_guard = TextInputGuard::install(*qApp);
    QVERIFY(m_guard);
    QCOMPARE(TextInputGuard::instance(), m_guard);
}

void TestTextInputGuard::installingTwiceKeepsOneGuard()
{
    QCOMPARE(TextInputGuard::install(*qApp), m_guard);
    QCOMPARE(qApp->findChildren<TextInputGuard *>().size(), 1);
}

void TestTextInputGuard::pastingTcvn3IntoLineEditGivesUnicode_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("pasted");
    QTest::addColumn<QString>("after");

    QTest::newRow("empty field") << QString() << u"Së Néi vô"_s << u"Sở Nội vụ"_s;
    QTest::newRow("after typed text")
        << u"Giao "_s << u"Së Gi¸o dôc vµ §µo t¹o"_s << u"Giao Sở Giáo dục và Đào tạo"_s;
    QTest::newRow("uppercase font")
        << QString() << u"UBND THµNH PHè Hµ NéI"_s << u"UBND THÀNH PHỐ HÀ NỘI"_s;
}

void TestTextInputGuard::pastingTcvn3IntoLineEditGivesUnicode()
{
    QFETCH(QString, before);
    QFETCH(QString, pasted);
    QFETCH(QString, after);
    QLineEdit edit(before);
    edit.show();
    QSignalSpy notices(m_guard, &TextInputGuard::noticeShown);

    copy(pasted);
    edit.end(false);
    edit.paste();

    QCOMPARE(edit.text(), after);
    QCOMPARE(edit.cursorPosition(), after.size());
    QCOMPARE(notices.size(), 1);
    QCOMPARE(notices.first().at(0).value<QWidget *>(), &edit);
    QVERIFY(!notices.first().at(1).toString().isEmpty());
}

void TestTextInputGuard::pastingDecomposedTextGivesNfc()
{
    QLineEdit edit;
    edit.show();
    QSignalSpy notices(m_guard, &TextInputGuard::noticeShown);

    copy(u"Vie\u0323\u0302t Nam, Nghi\u0323 quye\u0302\u0301t"_s);
    edit.paste();

    QCOMPARE(edit.text(), u"Việt Nam, Nghị quyết"_s);
    QVERIFY(isNfc(edit.text()));
    QCOMPARE(notices.size(), 0);
}

void TestTextInputGuard::typingMarksComposesLetters()
{
    QLineEdit edit;
    edit.show();

    type(&edit, u"Vie"_s);
    type(&edit, u"\u0302"_s);
    type(&edit, u"\u0323"_s);
    type(&edit, u"t"_s);

    QCOMPARE(edit.text(), u"Việt"_s);
    QVERIFY(isNfc(edit.text()));
}

void TestTextInputGuard::pastingUnicodeOrEnglishChangesNothing_data()
{
    QTest::addColumn<QString>("pasted");

    QTest::newRow("Vietnamese") << u"Ủy ban nhân dân Thành phố Hà Nội"_s;
    QTest::newRow("Latin-1 only Vietnamese") << u"Cà phê"_s;
    QTest::newRow("English") << u"A naïve café in Zürich"_s;
    QTest::newRow("symbols") << u"© 2026, § 4"_s;
}

void TestTextInputGuard::pastingUnicodeOrEnglishChangesNothing()
{
    QFETCH(QString, pasted);
    QLineEdit edit;
    edit.show();
    QSignalSpy notices(m_guard, &TextInputGuard::noticeShown);

    copy(pasted);
    edit.paste();

    QCOMPARE(edit.text(), pasted);
    QCOMPARE(notices.size(), 0);
}

void TestTextInputGuard::pastingVniIsRefused()
{
    QLineEdit edit(u"Giao "_s);
    edit.show();
    QSignalSpy notices(m_guard, &TextInputGuard::noticeShown);

    copy(u"Sôû Noäi vuï"_s);
    edit.end(false);
    edit.paste();

    QCOMPARE(edit.text(), u"Giao "_s);
    QCOMPARE(notices.size(), 1);
    QVERIFY(notices.first().at(1).toString().contains(u"VNI"_s));
}

void TestTextInputGuard::undoBringsBackThePastedText()
{
    QLineEdit edit;
    edit.show();
    copy(u"Së Néi vô"_s);
    edit.paste();
    QCOMPARE(edit.text(), u"Sở Nội vụ"_s);

    // The conversion is undone as a step of its own and not made again.
    edit.undo();
    QCOMPARE(edit.text(), u"Së Néi vô"_s);
    edit.undo();
    QCOMPARE(edit.text(), QString());
}

void TestTextInputGuard::pastingTcvn3IntoPlainTextEdit()
{
    QPlainTextEdit edit;
    edit.show();
    QSignalSpy notices(m_guard, &TextInputGuard::noticeShown);

    copy(u"KÕ HO¹CH\nTriÓn khai NghÞ quyÕt sè 92/2026/NQ-H§ND"_s);
    edit.paste();
    QCoreApplication::processEvents();

    QCOMPARE(edit.toPlainText(), u"KẾ HOẠCH\nTriển khai Nghị quyết số 92/2026/NQ-HĐND"_s);
    QCOMPARE(edit.blockCount(), 2);
    QCOMPARE(notices.size(), 1);
    QCOMPARE(notices.first().at(0).value<QWidget *>(), &edit);
}

void TestTextInputGuard::pastingTcvn3RichTextKeepsFormat()
{
    QTextEdit edit;
    edit.show();

    copyHtml(u"<p><b>Së Néi vô</b> chñ tr×</p>"_s);
    edit.paste();
    QCoreApplication::processEvents();

    QCOMPARE(edit.toPlainText(), u"Sở Nội vụ chủ trì"_s);
    const QTextBlock block = edit.document()->firstBlock();
    QTextCursor cursor(block);
    cursor.setPosition(block.position() + 2);
    QCOMPARE(cursor.charFormat().fontWeight(), int(QFont::Bold));
    cursor.setPosition(block.position() + 12);
    QCOMPARE(cursor.charFormat().fontWeight(), int(QFont::Normal));
}

void TestTextInputGuard::typingIntoPlainTextEditComposes()
{
    QPlainTextEdit edit;
    edit.show();

    edit.insertPlainText(u"Vie\u0323\u0302t Nam"_s);
    QCoreApplication::processEvents();

    QCOMPARE(edit.toPlainText(), u"Việt Nam"_s);
}

void TestTextInputGuard::loadedTextIsLeftAlone()
{
    QPlainTextEdit edit;
    edit.show();
    QSignalSpy notices(m_guard, &TextInputGuard::noticeShown);

    // What a program loads into a field is its own business; only input is reviewed.
    edit.setPlainText(u"Së Néi vô"_s);
    QCoreApplication::processEvents();

    QCOMPARE(edit.toPlainText(), u"Së Néi vô"_s);
    QCOMPARE(notices.size(), 0);
}

void TestTextInputGuard::noticeReachesTheStatusBar()
{
    QMainWindow window;
    auto *edit = new QLineEdit(&window);
    window.setCentralWidget(edit);
    window.statusBar();
    window.show();
    QSignalSpy notices(m_guard, &TextInputGuard::noticeShown);

    copy(u"Céng hoµ x· héi chñ nghÜa ViÖt Nam"_s);
    edit->paste();

    QCOMPARE(edit->text(), u"Cộng hoà xã hội chủ nghĩa Việt Nam"_s);
    QCOMPARE(notices.size(), 1);
    QCOMPARE(window.statusBar()->currentMessage(), notices.first().at(1).toString());
}

QTEST_MAIN(TestTextInputGuard)
#include "tst_textinputguard.moc"
