// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "textinputguard.h"

#include "text/vietnamesetext.h"

#include <QApplication>
#include <QEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QStatusBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextEdit>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace PlanTrack {

namespace {

// Kept on each guarded line edit or document.
constexpr char guardedProperty[] = "plantrack_textGuarded";
constexpr char previousTextProperty[] = "plantrack_textBefore";
constexpr char unfixedTextProperty[] = "plantrack_textUnfixed";
constexpr char pendingProperty[] = "plantrack_textReviewPending";

constexpr int noticeMilliseconds = 10000;

QPointer<TextInputGuard> &installedGuard()
{
    static QPointer<TextInputGuard> guard;
    return guard;
}

// What the guard does to a field after an edit: replace a range of its new text.
struct Fix
{
    qsizetype start = 0;
    qsizetype length = 0;
    QString replacement;
    QString notice;
    bool needed = false;
};

struct Insertion
{
    qsizetype start = 0;
    qsizetype end = 0;
};

// Finds what an edit inserted by trimming what the texts before and after share.
Insertion insertionBetween(const QString &before, const QString &after)
{
    const qsizetype shortest = std::min(before.size(), after.size());
    qsizetype prefix = 0;
    while (prefix < shortest && before.at(prefix) == after.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < shortest - prefix
           && before.at(before.size() - 1 - suffix) == after.at(after.size() - 1 - suffix))
        ++suffix;
    return {prefix, after.size() - suffix};
}

Fix fixFor(const QString &before, const QString &after)
{
    const Insertion inserted = insertionBetween(before, after);
    if (inserted.end <= inserted.start)
        return {};
    const QString text = after.mid(inserted.start, inserted.end - inserted.start);

    // Marks compose with the letter before them, so the range grows to whole letters.
    qsizetype start = inserted.start;
    while (start > 0 && after.at(start).isMark())
        --start;
    qsizetype end = inserted.end;
    while (end < after.size() && after.at(end).isMark())
        ++end;
    const QString head = after.mid(start, inserted.start - start);
    const QString tail = after.mid(inserted.end, end - inserted.end);

    // A single typed character is never judged as a legacy encoding.
    const auto encoding = text.size() > 1 ? VietnameseText::detectLegacyEncoding(text)
                                          : VietnameseText::LegacyEncoding::None;
    switch (encoding) {
    case VietnameseText::LegacyEncoding::Tcvn3: {
        const QString decoded = head + VietnameseText::fromTcvn3(text) + tail;
        return {start,
                end - start,
                decoded.normalized(QString::NormalizationForm_C),
                TextInputGuard::tr("The pasted text was in the old TCVN3 (.VnTime) encoding; "
                                   "it has been converted to Unicode."),
                true};
    }
    case VietnameseText::LegacyEncoding::Vni:
        return {inserted.start,
                text.size(),
                QString(),
                TextInputGuard::tr("The pasted text is in the old VNI encoding, which PlanTrack "
                                   "cannot convert, so it was not inserted. Convert it to "
                                   "Unicode first (for example with Unikey's converter) and "
                                   "paste it again."),
                true};
    case VietnameseText::LegacyEncoding::None:
        break;
    }

    const QString original = head + text + tail;
    const QString composed = original.normalized(QString::NormalizationForm_C);
    if (composed == original)
        return {};
    return {start, end - start, composed, QString(), true};
}

struct Fragment
{
    int start;
    int end;
    QTextCharFormat format;
};

// Replaces text inside one paragraph. A replacement of the same length, as a decoding
// gives, is made fragment by fragment so that bold, italic and fonts stay where they were.
void replaceInParagraph(QTextCursor &cursor,
                        int position,
                        const QString &original,
                        const QString &replacement)
{
    if (original == replacement)
        return;
    const int end = position + int(original.size());
    if (original.size() != replacement.size()) {
        cursor.setPosition(position);
        cursor.setPosition(end, QTextCursor::KeepAnchor);
        cursor.insertText(replacement);
        return;
    }

    QList<Fragment> fragments;
    const QTextBlock block = cursor.document()->findBlock(position);
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        const int from = std::max(fragment.position(), position);
        const int to = std::min(fragment.position() + fragment.length(), end);
        if (from < to)
            fragments.append({from, to, fragment.charFormat()});
    }
    for (const Fragment &fragment : std::as_const(fragments)) {
        const qsizetype offset = fragment.start - position;
        const qsizetype length = fragment.end - fragment.start;
        if (original.mid(offset, length) == replacement.mid(offset, length))
            continue;
        cursor.setPosition(fragment.start);
        cursor.setPosition(fragment.end, QTextCursor::KeepAnchor);
        cursor.insertText(replacement.mid(offset, length), fragment.format);
    }
}

// Replaces a range of a document paragraph by paragraph, so that the paragraphs keep
// their formats; the replacement has the same paragraph breaks as the range.
void replaceInDocument(QTextDocument *document, const Fix &fix)
{
    const QString raw = document->toRawText();
    const QStringList originals = raw.mid(fix.start, fix.length).split(QChar::ParagraphSeparator);
    const QStringList replacements = fix.replacement.split(QChar::ParagraphSeparator);

    QTextCursor cursor(document);
    cursor.beginEditBlock();
    if (fix.replacement.isEmpty() || originals.size() != replacements.size()) {
        cursor.setPosition(int(fix.start));
        cursor.setPosition(int(fix.start + fix.length), QTextCursor::KeepAnchor);
        cursor.insertText(fix.replacement);
    } else {
        int position = int(fix.start);
        for (qsizetype i = 0; i < originals.size(); ++i) {
            replaceInParagraph(cursor, position, originals.at(i), replacements.at(i));
            position += int(replacements.at(i).size()) + 1;
        }
    }
    cursor.endEditBlock();
}

bool isReadOnly(const QWidget *field)
{
    if (const auto *edit = qobject_cast<const QPlainTextEdit *>(field))
        return edit->isReadOnly();
    if (const auto *edit = qobject_cast<const QTextEdit *>(field))
        return edit->isReadOnly();
    return true;
}

} // namespace

TextInputGuard::TextInputGuard(QObject *parent)
    : QObject(parent)
{}

TextInputGuard *TextInputGuard::install(QApplication &application)
{
    QPointer<TextInputGuard> &guard = installedGuard();
    if (guard)
        return guard;

    guard = new TextInputGuard(&application);
    application.installEventFilter(guard);
    const QWidgetList widgets = QApplication::allWidgets();
    for (QWidget *widget : widgets)
        guard->guard(widget);
    return guard;
}

TextInputGuard *TextInputGuard::instance()
{
    return installedGuard();
}

void TextInputGuard::guard(QWidget *field)
{
    if (auto *edit = qobject_cast<QLineEdit *>(field))
        guardLineEdit(edit);
    else if (auto *edit = qobject_cast<QPlainTextEdit *>(field))
        guardDocument(edit, edit->document());
    else if (auto *edit = qobject_cast<QTextEdit *>(field))
        guardDocument(edit, edit->document());
}

bool TextInputGuard::eventFilter(QObject *watched, QEvent *event)
{
    // Every widget is polished before it is first shown; a field whose document was
    // replaced since is caught when it takes the focus.
    if (event->type() == QEvent::Polish || event->type() == QEvent::FocusIn) {
        if (watched->isWidgetType())
            guard(static_cast<QWidget *>(watched));
    }
    return QObject::eventFilter(watched, event);
}

void TextInputGuard::guardLineEdit(QLineEdit *edit)
{
    if (edit->property(guardedProperty).toBool())
        return;
    edit->setProperty(guardedProperty, true);
    edit->setProperty(previousTextProperty, edit->text());

    connect(edit, &QLineEdit::textEdited, this, [this, edit] { reviewLineEdit(edit); });
    connect(edit, &QLineEdit::textChanged, this, [edit] {
        edit->setProperty(previousTextProperty, edit->text());
    });
}

void TextInputGuard::reviewLineEdit(QLineEdit *edit)
{
    if (m_editing)
        return;

    // Undoing a fix brings back the text as it was typed; it stays so.
    const QString after = edit->text();
    if (after == edit->property(unfixedTextProperty).toString())
        return;
    const Fix fix = fixFor(edit->property(previousTextProperty).toString(), after);
    if (!fix.needed)
        return;

    edit->setProperty(unfixedTextProperty, after);
    m_editing = true;
    edit->setSelection(int(fix.start), int(fix.length));
    edit->insert(fix.replacement);
    m_editing = false;

    if (!fix.notice.isEmpty())
        notify(edit, fix.notice);
}

void TextInputGuard::guardDocument(QWidget *field, QTextDocument *document)
{
    if (document->property(guardedProperty).toBool())
        return;
    document->setProperty(guardedProperty, true);
    document->setProperty(previousTextProperty, document->toRawText());

    // Loading a text (setPlainText, setHtml) turns undo off meanwhile: only what a user
    // could undo is reviewed, once the edit that changed it has finished.
    const QPointer<QTextDocument> guarded(document);
    connect(document, &QTextDocument::contentsChanged, field, [this, field, guarded] {
        if (m_editing || !guarded->isUndoRedoEnabled() || isReadOnly(field)) {
            guarded->setProperty(previousTextProperty, guarded->toRawText());
            return;
        }
        if (guarded->property(pendingProperty).toBool())
            return;
        guarded->setProperty(pendingProperty, true);
        QMetaObject::invokeMethod(
            field,
            [this, field, guarded] {
                if (guarded)
                    reviewDocument(field, guarded);
            },
            Qt::QueuedConnection);
    });
}

void TextInputGuard::reviewDocument(QWidget *field, QTextDocument *document)
{
    document->setProperty(pendingProperty, false);
    const QString after = document->toRawText();
    const QString before = document->property(previousTextProperty).toString();
    document->setProperty(previousTextProperty, after);
    if (after == document->property(unfixedTextProperty).toString())
        return;
    const Fix fix = fixFor(before, after);
    if (!fix.needed)
        return;

    document->setProperty(unfixedTextProperty, after);
    m_editing = true;
    replaceInDocument(document, fix);
    m_editing = false;
    document->setProperty(previousTextProperty, document->toRawText());

    if (!fix.notice.isEmpty())
        notify(field, fix.notice);
}

void TextInputGuard::notify(QWidget *field, const QString &message)
{
    QToolTip::showText(field->mapToGlobal(QPoint(0, field->height())),
                       message,
                       field,
                       QRect(),
                       noticeMilliseconds);
    if (auto *statusBar = field->window()->findChild<QStatusBar *>())
        statusBar->showMessage(message, noticeMilliseconds);
    Q_EMIT noticeShown(field, message);
}

} // namespace PlanTrack
