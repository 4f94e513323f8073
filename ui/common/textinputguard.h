// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

class QApplication;
class QLineEdit;
class QTextDocument;
class QWidget;

namespace PlanTrack {

/// Keeps the text users type, paste or drop into any QLineEdit, QPlainTextEdit or QTextEdit
/// of the application in Unicode NFC. Pasted text in the legacy TCVN3 encoding is decoded,
/// and pasted VNI text, which cannot be decoded, is taken out again; both are explained
/// in a tooltip at the field and in the window's status bar.
class TextInputGuard final : public QObject
{
    Q_OBJECT

public:
    /// Guards every text field of the application, present and future; the application
    /// owns the guard. Installing twice returns the guard installed first.
    static TextInputGuard *install(QApplication &application);

    /// Returns the guard installed on the application, or nullptr.
    static TextInputGuard *instance();

    /// Guards one field; fields are guarded by themselves once shown or focused.
    void guard(QWidget *field);

Q_SIGNALS:
    /// Emitted when the guard converted or refused pasted text, with the message shown.
    void noticeShown(QWidget *field, const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit TextInputGuard(QObject *parent);

    void guardLineEdit(QLineEdit *edit);
    void guardDocument(QWidget *field, QTextDocument *document);
    void reviewLineEdit(QLineEdit *edit);
    void reviewDocument(QWidget *field, QTextDocument *document);
    void notify(QWidget *field, const QString &message);

    bool m_editing = false;
};

} // namespace PlanTrack
