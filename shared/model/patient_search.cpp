#include "shared/model/patient_search.h"

#include <QChar>
#include <QList>
#include <QSet>

namespace medinexus::search {

namespace {

void appendCodePoint(QString &out, char32_t codePoint)
{
    if (QChar::requiresSurrogates(codePoint)) {
        out.append(QChar(QChar::highSurrogate(codePoint)));
        out.append(QChar(QChar::lowSurrogate(codePoint)));
    } else {
        out.append(QChar(static_cast<char16_t>(codePoint)));
    }
}

// Letters with no canonical decomposition that people still write without their
// "accent" (after case folding, so only lower-case forms are listed).
const char *latinSpelling(char32_t codePoint)
{
    switch (codePoint) {
    case U'ß': return "ss";
    case U'æ': return "ae";
    case U'œ': return "oe";
    case U'ø': return "o";
    case U'đ': return "d";
    case U'ð': return "d";
    case U'ł': return "l";
    case U'þ': return "th";
    case U'ı': return "i";
    case U'ħ': return "h";
    default: return nullptr;
    }
}

bool isWordCharacter(char32_t codePoint)
{
    if (QChar::isLetterOrNumber(codePoint))
        return true;
    const QChar::Category category = QChar::category(codePoint);
    // Spacing marks (Devanagari vowel signs...) are part of the word they follow.
    return category == QChar::Mark_SpacingCombining || category == QChar::Mark_NonSpacing;
}

// Splits folded text into whitespace-separated tokens, each into its runs of word characters.
QList<QStringList> tokenParts(QStringView folded)
{
    QList<QStringList> tokens;
    QStringList parts;
    QString part;
    const auto endPart = [&] {
        if (!part.isEmpty())
            parts.append(std::exchange(part, QString()));
    };
    const auto endToken = [&] {
        endPart();
        if (!parts.isEmpty())
            tokens.append(std::exchange(parts, QStringList()));
    };
    for (const char32_t codePoint : folded.toUcs4()) {
        if (QChar::isSpace(codePoint)) {
            endToken();
        } else if (isWordCharacter(codePoint)) {
            appendCodePoint(part, codePoint);
        } else {
            endPart();
        }
    }
    endToken();
    return tokens;
}

void appendUnique(QStringList &list, QSet<QString> &seen, const QString &word)
{
    if (!word.isEmpty() && !seen.contains(word)) {
        seen.insert(word);
        list.append(word);
    }
}

} // namespace

QString fold(QStringView text)
{
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_D).toCaseFolded();
    QString out;
    out.reserve(decomposed.size());
    for (const char32_t codePoint : QStringView(decomposed).toUcs4()) {
        const QChar::Category category = QChar::category(codePoint);
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_Enclosing)
            continue;
        if (codePoint == U'\u0640')  // Arabic tatweel: a stretching stroke, not a letter
            continue;
        if (const char *spelling = latinSpelling(codePoint)) {
            out.append(QLatin1String(spelling));
            continue;
        }
        appendCodePoint(out, codePoint);
    }
    return out.normalized(QString::NormalizationForm_C);
}

QStringList words(QStringView text)
{
    QStringList result;
    QSet<QString> seen;
    for (const QStringList &parts : tokenParts(text)) {
        for (const QString &part : parts)
            appendUnique(result, seen, part);
        if (parts.size() > 1)
            appendUnique(result, seen, parts.join(QString()));
    }
    return result;
}

QStringList nameTerms(const Patient &patient)
{
    QStringList result;
    QSet<QString> seen;
    for (const QString &term : words(fold(patient.givenNames)) + words(fold(patient.familyName)))
        appendUnique(result, seen, term);
    return result;
}

QStringList queryWords(QStringView query)
{
    QStringList result;
    QSet<QString> seen;
    for (const QStringList &parts : tokenParts(fold(query))) {
        for (const QString &part : parts) {
            if (result.size() == kMaxQueryWords)
                return result;
            appendUnique(result, seen, part);
        }
    }
    return result;
}

QString phoneDigits(QStringView text)
{
    QString digits;
    for (const char32_t codePoint : text.toUcs4()) {
        if (QChar::isDigit(codePoint)) {
            const int value = QChar::digitValue(codePoint);
            if (value >= 0 && value <= 9)
                digits.append(QChar(static_cast<char16_t>(u'0' + value)));
        }
    }
    return digits;
}

bool looksLikePhone(QStringView query)
{
    bool anyDigit = false;
    for (const char32_t codePoint : query.toUcs4()) {
        if (QChar::isDigit(codePoint)) {
            anyDigit = true;
            continue;
        }
        if (QChar::isSpace(codePoint))
            continue;
        switch (codePoint) {
        case U'+': case U'-': case U'(': case U')': case U'.': case U'/':
            continue;
        default:
            return false;
        }
    }
    return anyDigit;
}

QString prefixUpperBound(const QString &prefix)
{
    QString bound = prefix;
    appendCodePoint(bound, U'\U0010FFFF');
    return bound;
}

std::optional<int> birthYear(const Patient &patient)
{
    if (patient.birthDate && patient.birthDate->isValid())
        return patient.birthDate->year();
    return patient.estimatedBirthYear;
}

} // namespace medinexus::search
