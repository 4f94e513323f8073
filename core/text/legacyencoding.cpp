// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "vietnamesetext.h"

#include <QRegularExpression>

#include <optional>

using namespace Qt::StringLiterals;

namespace PlanTrack::VietnameseText {

namespace {

struct CodePoint
{
    char16_t code;
    char16_t letter;
};

// TCVN 5712:1993, table VN3 (the ABC ".VnTime" fonts). It holds the seven capitals
// Ă Â Ê Ô Ơ Ư Đ and every small letter with its tone; capitals with a tone exist only as
// the small-letter codes drawn by the uppercase fonts (".VnTimeH").
constexpr CodePoint tcvn3Table[] = {
    {0xA1, u'Ă'}, {0xA2, u'Â'}, {0xA3, u'Ê'}, {0xA4, u'Ô'}, {0xA5, u'Ơ'}, {0xA6, u'Ư'},
    {0xA7, u'Đ'}, {0xA8, u'ă'}, {0xA9, u'â'}, {0xAA, u'ê'}, {0xAB, u'ô'}, {0xAC, u'ơ'},
    {0xAD, u'ư'}, {0xAE, u'đ'},

    {0xB5, u'à'}, {0xB6, u'ả'}, {0xB7, u'ã'}, {0xB8, u'á'}, {0xB9, u'ạ'}, {0xBB, u'ằ'},
    {0xBC, u'ẳ'}, {0xBD, u'ẵ'}, {0xBE, u'ắ'}, {0xC6, u'ặ'}, {0xC7, u'ầ'}, {0xC8, u'ẩ'},
    {0xC9, u'ẫ'}, {0xCA, u'ấ'}, {0xCB, u'ậ'}, {0xCC, u'è'}, {0xCE, u'ẻ'}, {0xCF, u'ẽ'},
    {0xD0, u'é'}, {0xD1, u'ẹ'}, {0xD2, u'ề'}, {0xD3, u'ể'}, {0xD4, u'ễ'}, {0xD5, u'ế'},
    {0xD6, u'ệ'}, {0xD7, u'ì'}, {0xD8, u'ỉ'}, {0xDC, u'ĩ'}, {0xDD, u'í'}, {0xDE, u'ị'},
    {0xDF, u'ò'}, {0xE1, u'ỏ'}, {0xE2, u'õ'}, {0xE3, u'ó'}, {0xE4, u'ọ'}, {0xE5, u'ồ'},
    {0xE6, u'ổ'}, {0xE7, u'ỗ'}, {0xE8, u'ố'}, {0xE9, u'ộ'}, {0xEA, u'ờ'}, {0xEB, u'ở'},
    {0xEC, u'ỡ'}, {0xED, u'ớ'}, {0xEE, u'ợ'}, {0xEF, u'ù'}, {0xF1, u'ủ'}, {0xF2, u'ũ'},
    {0xF3, u'ú'}, {0xF4, u'ụ'}, {0xF5, u'ừ'}, {0xF6, u'ử'}, {0xF7, u'ữ'}, {0xF8, u'ứ'},
    {0xF9, u'ự'}, {0xFA, u'ỳ'}, {0xFB, u'ỷ'}, {0xFC, u'ỹ'}, {0xFD, u'ý'}, {0xFE, u'ỵ'},
};

// VNI Windows writes a vowel followed by a code for its marks (a + ù is á, a + â is â,
// a + á is ấ); ơ, ư, đ and the i-letters have codes of their own.
struct VniMark
{
    char16_t code;
    char16_t shape; // combining circumflex or breve, or 0
    char16_t tone;  // combining tone mark, or 0
};

constexpr VniMark vniMarks[] = {
    {0xF9, 0, 0x0301},
    {0xF8, 0, 0x0300},
    {0xFB, 0, 0x0309},
    {0xF5, 0, 0x0303},
    {0xEF, 0, 0x0323},
    {0xE2, 0x0302, 0},
    {0xE1, 0x0302, 0x0301},
    {0xE0, 0x0302, 0x0300},
    {0xE5, 0x0302, 0x0309},
    {0xE3, 0x0302, 0x0303},
    {0xE4, 0x0302, 0x0323},
    {0xEA, 0x0306, 0},
    {0xE9, 0x0306, 0x0301},
    {0xE8, 0x0306, 0x0300},
    {0xFA, 0x0306, 0x0309},
    {0xFC, 0x0306, 0x0303},
    {0xEB, 0x0306, 0x0323},
};

constexpr CodePoint vniLetters[] = {
    {0xF4, u'ơ'},
    {0xF6, u'ư'},
    {0xF1, u'đ'},
    {0xED, u'í'},
    {0xEC, u'ì'},
    {0xE6, u'ỉ'},
    {0xF3, u'ĩ'},
    {0xF2, u'ị'},
    {0xEE, u'ỵ'},
    {0xD4, u'Ơ'},
    {0xD6, u'Ư'},
    {0xD1, u'Đ'},
    {0xCD, u'Í'},
    {0xCC, u'Ì'},
    {0xC6, u'Ỉ'},
    {0xD3, u'Ĩ'},
    {0xD2, u'Ị'},
    {0xCE, u'Ỵ'},
};

template<typename Entry, std::size_t N>
const Entry *find(const Entry (&table)[N], char16_t code)
{
    for (const Entry &entry : table) {
        if (entry.code == code)
            return &entry;
    }
    return nullptr;
}

char16_t tcvn3Letter(QChar c)
{
    const CodePoint *entry = find(tcvn3Table, c.unicode());
    return entry ? entry->letter : 0;
}

const VniMark *vniMark(QChar c)
{
    // Capital vowels take the capital form of each mark code.
    const char16_t code = c.unicode();
    if (const VniMark *mark = find(vniMarks, code))
        return mark;
    return code >= 0xC0 && code <= 0xDF ? find(vniMarks, char16_t(code + 0x20)) : nullptr;
}

bool isLatin1High(QChar c)
{
    return c.unicode() >= 0x80 && c.unicode() <= 0xFF;
}

bool isWordCharacter(QChar c)
{
    if (c.unicode() < 0x80)
        return c.isLetter();
    return isLatin1High(c) && (c.isLetter() || tcvn3Letter(c) != 0);
}

// Decodes one word; a character above ASCII that the encoding does not assign is an error.
std::optional<QString> decodeTcvn3Word(const QString &word)
{
    QString decoded;
    decoded.reserve(word.size());
    for (QChar c : word) {
        if (c.unicode() < 0x80) {
            decoded.append(c);
        } else if (const char16_t letter = tcvn3Letter(c)) {
            decoded.append(QChar(letter));
        } else {
            return std::nullopt;
        }
    }
    return decoded;
}

bool isVniVowel(QChar c)
{
    return u"aeiouyAEIOUY"_s.contains(c) || c == QChar(0xF4) || c == QChar(0xF6) || c == QChar(0xD4)
           || c == QChar(0xD6);
}

std::optional<QString> decodeVniWord(const QString &word)
{
    QString decoded;
    for (qsizetype i = 0; i < word.size(); ++i) {
        const QChar c = word.at(i);
        const CodePoint *letter = find(vniLetters, c.unicode());
        const VniMark *mark =
            i + 1 < word.size() && isVniVowel(c) ? vniMark(word.at(i + 1)) : nullptr;
        if (mark) {
            QString cluster(letter ? QChar(letter->letter) : c);
            if (mark->shape)
                cluster.append(QChar(mark->shape));
            if (mark->tone)
                cluster.append(QChar(mark->tone));
            decoded.append(cluster.normalized(QString::NormalizationForm_C));
            ++i;
        } else if (c.unicode() < 0x80) {
            decoded.append(c);
        } else if (letter) {
            decoded.append(QChar(letter->letter));
        } else {
            return std::nullopt;
        }
    }
    return decoded;
}

bool isToneMark(QChar c)
{
    const char16_t u = c.unicode();
    return u == 0x0300 || u == 0x0301 || u == 0x0303 || u == 0x0309 || u == 0x0323;
}

// A Vietnamese syllable without its tone: an optional initial consonant, then a vowel
// nucleus that ends in a glide and takes no final, one whose final is optional, or one
// that needs a final (ă, â, iê, uô, ươ never end a syllable).
const QRegularExpression &syllablePattern()
{
    static const QRegularExpression pattern(QRegularExpression::anchoredPattern(
        u"(ngh|ng|gh|gi|kh|nh|ph|qu|th|tr|ch|b|c|d|đ|g|h|k|l|m|n|p|r|s|t|v|x)?"
        "(?:(iêu|yêu|oai|oay|oao|oeo|uây|uôi|ươi|ươu|uya|uyu|ai|ao|au|ay|âu|ây|eo|êu|ia|iu|"
        "oi|ôi|ơi|ui|ưi|ưu|ua|ưa)"
        "|(oa|oe|uê|uy|uơ|a|e|ê|i|o|ô|ơ|u|ư|y)(ch|ng|nh|c|m|n|p|t)?"
        "|(uyê|iê|yê|uô|ươ|oă|uâ|oo|ôô|ă|â)(ch|ng|nh|c|m|n|p|t))"_s));
    return pattern;
}

// Returns whether a word is one well-formed Vietnamese syllable with at most one tone,
// which after a stop (c, ch, p, t) can only be the acute or the dot below.
bool isSyllable(const QString &word)
{
    const QString decomposed = word.toLower().normalized(QString::NormalizationForm_D);
    QString base;
    char16_t tone = 0;
    for (QChar c : decomposed) {
        if (!isToneMark(c)) {
            base.append(c);
            continue;
        }
        if (tone)
            return false;
        tone = c.unicode();
    }

    const QRegularExpressionMatch match =
        syllablePattern().match(base.normalized(QString::NormalizationForm_C));
    if (!match.hasMatch())
        return false;
    const QString final = match.hasCaptured(4) ? match.captured(4) : match.captured(6);
    const bool stop = final == "c"_L1 || final == "ch"_L1 || final == "p"_L1 || final == "t"_L1;
    return !stop || tone == 0 || tone == 0x0301 || tone == 0x0323;
}

QStringList wordsWithLatin1Letters(const QString &text)
{
    QStringList words;
    QString word;
    bool high = false;
    // A lone character says too little: "©" would read as the TCVN3 word "â".
    const auto flush = [&] {
        if (high && word.size() > 1)
            words.append(word);
        word.clear();
        high = false;
    };
    for (QChar c : text) {
        if (!isWordCharacter(c)) {
            flush();
            continue;
        }
        word.append(c);
        high = high || isLatin1High(c);
    }
    flush();
    return words;
}

bool hasLettersBeyondLatin1(const QString &text)
{
    return std::any_of(
        text.cbegin(), text.cend(), [](QChar c) { return c.unicode() > 0xFF && c.isLetter(); });
}

bool isLineBreak(QChar c)
{
    return c == u'\n' || c == u'\r' || c == QChar::LineSeparator || c == QChar::ParagraphSeparator;
}

QString decodeTcvn3Line(QStringView line)
{
    QString decoded;
    decoded.reserve(line.size());
    int capitals = 0;
    int smalls = 0;
    for (QChar c : line) {
        const char16_t letter = isLatin1High(c) ? tcvn3Letter(c) : 0;
        decoded.append(letter ? QChar(letter) : c);
        if (c.unicode() < 0x80 && c.isUpper())
            ++capitals;
        else if (c.unicode() < 0x80 && c.isLower())
            ++smalls;
    }
    return capitals >= 2 && smalls == 0 ? decoded.toUpper() : decoded;
}

} // namespace

LegacyEncoding detectLegacyEncoding(const QString &text)
{
    if (hasLettersBeyondLatin1(text))
        return LegacyEncoding::None;

    // A word votes for an encoding when only the decoded form reads as Vietnamese, and
    // against it when only the text as it stands does.
    int tcvn3 = 0, notTcvn3 = 0, vni = 0, notVni = 0;
    for (const QString &word : wordsWithLatin1Letters(text)) {
        const bool asIs = isSyllable(word);
        const std::optional<QString> fromTcvn3 = decodeTcvn3Word(word);
        const std::optional<QString> fromVni = decodeVniWord(word);
        const bool asTcvn3 = fromTcvn3 && isSyllable(*fromTcvn3);
        const bool asVni = fromVni && isSyllable(*fromVni);
        tcvn3 += !asIs && asTcvn3;
        notTcvn3 += asIs && !asTcvn3;
        vni += !asIs && asVni;
        notVni += asIs && !asVni;
    }

    if (tcvn3 > 0 && tcvn3 > notTcvn3 && tcvn3 >= vni)
        return LegacyEncoding::Tcvn3;
    if (vni > 0 && vni > notVni)
        return LegacyEncoding::Vni;
    return LegacyEncoding::None;
}

bool looksLikeTcvn3(const QString &text)
{
    return detectLegacyEncoding(text) == LegacyEncoding::Tcvn3;
}

bool looksLikeVni(const QString &text)
{
    return detectLegacyEncoding(text) == LegacyEncoding::Vni;
}

QString fromTcvn3(const QString &text)
{
    // Lines end at any break a plain or a rich text holds; the breaks stay as they are.
    QString decoded;
    decoded.reserve(text.size());
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool atBreak = i == text.size() || isLineBreak(text.at(i));
        if (!atBreak)
            continue;
        decoded.append(decodeTcvn3Line(QStringView(text).mid(lineStart, i - lineStart)));
        if (i < text.size())
            decoded.append(text.at(i));
        lineStart = i + 1;
    }
    return decoded.normalized(QString::NormalizationForm_C);
}

} // namespace PlanTrack::VietnameseText
