// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "translations.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace PlanTrack;

namespace {

// Returns a menu or button text as a user reads it: no mnemonic marks, no shortcut column.
QString shown(QString text)
{
    text = text.section(u'\t', 0, 0);
    return text.remove(u'&');
}

QStringList shownTexts(const QList<QAction *> &actions)
{
    QStringList texts;
    for (const QAction *action : actions) {
        if (!action->isSeparator())
            texts.append(shown(action->text()));
    }
    return texts;
}

QStringList lineEditMenu()
{
    QLineEdit edit;
    const std::unique_ptr<QMenu> menu(edit.createStandardContextMenu());
    return shownTexts(menu->actions());
}

QStringList printPreviewActions()
{
    QPrinter printer;
    QPrintPreviewDialog dialog(&printer);
    QStringList texts = shownTexts(dialog.findChildren<QAction *>());
    texts.prepend(dialog.windowTitle());
    return texts;
}

void processLanguageChange()
{
    // QApplication posts the change to each window, which passes it to its children.
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
}

} // namespace

class TestQtStrings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanupTestCase();
    void dialogButtonsAreVietnamese();
    void messageBoxIsVietnamese();
    void printPreviewToolbarIsVietnamese();
    void lineEditContextMenuIsVietnamese();
    void textEditContextMenuIsVietnamese();
    void fileDialogIsVietnamese();
    void switchingToEnglishRestoresQtTexts();
};

void TestQtStrings::init()
{
    Translations::install(u"vi"_s);
}

void TestQtStrings::cleanupTestCase()
{
    Translations::install(u"en"_s);
}

void TestQtStrings::dialogButtonsAreVietnamese()
{
    QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Save
                         | QDialogButtonBox::Discard | QDialogButtonBox::RestoreDefaults);

    QCOMPARE(shown(box.button(QDialogButtonBox::Ok)->text()), u"Đồng ý"_s);
    QCOMPARE(shown(box.button(QDialogButtonBox::Cancel)->text()), u"Hủy"_s);
    QCOMPARE(shown(box.button(QDialogButtonBox::Save)->text()), u"Lưu"_s);
    QCOMPARE(shown(box.button(QDialogButtonBox::Discard)->text()), u"Không lưu"_s);
    QCOMPARE(shown(box.button(QDialogButtonBox::RestoreDefaults)->text()), u"Khôi phục mặc định"_s);
}

void TestQtStrings::messageBoxIsVietnamese()
{
    QMessageBox box(QMessageBox::Question,
                    u"PlanTrack"_s,
                    u"?"_s,
                    QMessageBox::Yes | QMessageBox::No | QMessageBox::YesToAll);
    box.setDetailedText(u"…"_s);

    QCOMPARE(shown(box.button(QMessageBox::Yes)->text()), u"Có"_s);
    QCOMPARE(shown(box.button(QMessageBox::No)->text()), u"Không"_s);
    QCOMPARE(shown(box.button(QMessageBox::YesToAll)->text()), u"Có với tất cả"_s);

    QStringList buttons;
    for (const QPushButton *button : box.findChildren<QPushButton *>())
        buttons.append(shown(button->text()));
    QVERIFY2(buttons.contains(u"Hiện chi tiết..."_s), qPrintable(buttons.join(u", "_s)));
}

void TestQtStrings::printPreviewToolbarIsVietnamese()
{
    const QStringList texts = printPreviewActions();

    const QStringList expected{u"Xem trước khi in"_s,
                               u"Trang sau"_s,
                               u"Trang trước"_s,
                               u"Trang đầu"_s,
                               u"Trang cuối"_s,
                               u"Vừa chiều rộng"_s,
                               u"Vừa trang"_s,
                               u"Phóng to"_s,
                               u"Thu nhỏ"_s,
                               u"Khổ dọc"_s,
                               u"Khổ ngang"_s,
                               u"Xem từng trang"_s,
                               u"Xem hai trang đối diện"_s,
                               u"Xem toàn bộ các trang"_s,
                               u"In"_s,
                               u"Thiết lập trang"_s};
    for (const QString &text : expected)
        QVERIFY2(texts.contains(text), qPrintable(text + u" not in "_s + texts.join(u", "_s)));
    QVERIFY(!texts.contains(u"Next page"_s));
}

void TestQtStrings::lineEditContextMenuIsVietnamese()
{
    const QStringList texts = lineEditMenu();

    for (const QString &text : {u"Hoàn tác"_s,
                                u"Làm lại"_s,
                                u"Cắt"_s,
                                u"Sao chép"_s,
                                u"Dán"_s,
                                u"Xóa"_s,
                                u"Chọn tất cả"_s})
        QVERIFY2(texts.contains(text), qPrintable(text + u" not in "_s + texts.join(u", "_s)));
    for (const QString &english : {u"Undo"_s, u"Copy"_s, u"Paste"_s, u"Select All"_s})
        QVERIFY2(!texts.contains(english), qPrintable(texts.join(u", "_s)));
}

void TestQtStrings::textEditContextMenuIsVietnamese()
{
    QPlainTextEdit edit;
    const std::unique_ptr<QMenu> menu(edit.createStandardContextMenu());
    const QStringList texts = shownTexts(menu->actions());

    for (const QString &text : {u"Hoàn tác"_s, u"Cắt"_s, u"Dán"_s, u"Chọn tất cả"_s})
        QVERIFY2(texts.contains(text), qPrintable(text + u" not in "_s + texts.join(u", "_s)));
}

void TestQtStrings::fileDialogIsVietnamese()
{
    QFileDialog dialog;
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setAcceptMode(QFileDialog::AcceptSave);

    QCOMPARE(dialog.labelText(QFileDialog::LookIn), u"Tìm trong:"_s);
    QCOMPARE(shown(dialog.labelText(QFileDialog::FileName)), u"Tên tệp:"_s);
    QCOMPARE(dialog.labelText(QFileDialog::FileType), u"Loại tệp:"_s);
    QCOMPARE(shown(dialog.labelText(QFileDialog::Accept)), u"Lưu"_s);
    QCOMPARE(shown(dialog.labelText(QFileDialog::Reject)), u"Hủy"_s);
}

void TestQtStrings::switchingToEnglishRestoresQtTexts()
{
    QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QCOMPARE(shown(box.button(QDialogButtonBox::Cancel)->text()), u"Hủy"_s);

    Translations::install(u"en"_s);
    processLanguageChange();

    QCOMPARE(shown(box.button(QDialogButtonBox::Ok)->text()), u"OK"_s);
    QCOMPARE(shown(box.button(QDialogButtonBox::Cancel)->text()), u"Cancel"_s);
    QVERIFY(lineEditMenu().contains(u"Paste"_s));
    QVERIFY(printPreviewActions().contains(u"Next page"_s));

    Translations::install(u"vi"_s);
    processLanguageChange();

    QCOMPARE(shown(box.button(QDialogButtonBox::Cancel)->text()), u"Hủy"_s);
    QVERIFY(lineEditMenu().contains(u"Dán"_s));
}

QTEST_MAIN(TestQtStrings)
#include "tst_qtstrings.moc"
