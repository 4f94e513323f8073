// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

struct Message
{
    QString context;
    QString source;
    QString type; // the translation's type attribute: unfinished, vanished, obsolete or empty
    bool numerus = false;
    QStringList translations;
};

QList<Message> readMessages(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }

    QList<Message> messages;
    QString context;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == "name"_L1) {
            context = xml.readElementText();
        } else if (xml.name() == "message"_L1) {
            messages.append(
                {context, {}, {}, xml.attributes().value("numerus"_L1) == "yes"_L1, {}});
        } else if (xml.name() == "source"_L1 && !messages.isEmpty()) {
            messages.last().source = xml.readElementText();
        } else if (xml.name() == "translation"_L1 && !messages.isEmpty()) {
            messages.last().type = xml.attributes().value("type"_L1).toString();
            if (!messages.last().numerus)
                messages.last().translations.append(xml.readElementText());
        } else if (xml.name() == "numerusform"_L1 && !messages.isEmpty()) {
            messages.last().translations.append(xml.readElementText());
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QString problemOf(const Message &message, bool englishSource)
{
    if (message.type == "vanished"_L1 || message.type == "obsolete"_L1)
        return u"no longer in the sources"_s;
    // English is the source language: only its plural forms need writing out.
    if (englishSource && !message.numerus)
        return {};
    if (message.type == "unfinished"_L1)
        return u"unfinished"_s;
    const bool empty = message.translations.isEmpty()
                       || std::any_of(message.translations.cbegin(),
                                      message.translations.cend(),
                                      [](const QString &text) { return text.isEmpty(); });
    return empty ? u"empty translation"_s : QString();
}

} // namespace

class TestTranslationCompleteness : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyStringIsTranslated_data();
    void everyStringIsTranslated();
};

void TestTranslationCompleteness::everyStringIsTranslated_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("englishSource");

    QTest::newRow("Vietnamese") << u"plantrack_vi.ts"_s << false;
    QTest::newRow("English") << u"plantrack_en.ts"_s << true;
}

void TestTranslationCompleteness::everyStringIsTranslated()
{
    QFETCH(QString, file);
    QFETCH(bool, englishSource);

    const QDir sources(QStringLiteral(PLANTRACK_SOURCE_DIR));
    QTemporaryDir work;
    QVERIFY(work.isValid());
    const QString copy = work.filePath(file);
    QVERIFY(QFile::copy(sources.filePath(u"translations/"_s + file), copy));
    QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    QProcess lupdate;
    lupdate.setWorkingDirectory(sources.path());
    lupdate.start(QStringLiteral(PLANTRACK_LUPDATE),
                  {u"-silent"_s,
                   u"-locations"_s,
                   u"none"_s,
                   sources.filePath(u"app"_s),
                   sources.filePath(u"core"_s),
                   sources.filePath(u"ui"_s),
                   u"-ts"_s,
                   copy});
    QVERIFY2(lupdate.waitForFinished(-1), qPrintable(lupdate.errorString()));
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
             lupdate.readAllStandardError().constData());

    QString error;
    const QList<Message> messages = readMessages(copy, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!messages.isEmpty());

    QStringList problems;
    for (const Message &message : messages) {
        if (const QString problem = problemOf(message, englishSource); !problem.isEmpty())
            problems.append(u"  %1: \"%2\" (%3)"_s.arg(message.context, message.source, problem));
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(u"%1 of %2 messages in %3 need work:\n%4"_s.arg(problems.size())
                            .arg(messages.size())
                            .arg(file, problems.join(u'\n'))));
}

QTEST_GUILESS_MAIN(TestTranslationCompleteness)
#include "tst_translationcompleteness.moc"
