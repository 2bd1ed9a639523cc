#include "shared/validation/validation_error.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstring>

namespace medinexus {

namespace {
bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}
} // namespace

QString substituteArgs(const QString &pattern, const QStringList &args)
{
    QString result;
    result.reserve(pattern.size());
    const qsizetype size = pattern.size();
    qsizetype i = 0;
    while (i < size) {
        const QChar c = pattern.at(i);
        if (c != QLatin1Char('%') || i + 1 >= size || !isAsciiDigit(pattern.at(i + 1))) {
            result.append(c);
            ++i;
            continue;
        }
        // One or two ASCII digits, as QString::arg reads them (%1..%99).
        qsizetype end = i + 1;
        int number = 0;
        while (end < size && end < i + 3 && isAsciiDigit(pattern.at(end))) {
            number = number * 10 + (pattern.at(end).unicode() - u'0');
            ++end;
        }
        if (number >= 1 && number <= args.size())
            result.append(args.at(number - 1));
        else
            result.append(QStringView(pattern).mid(i, end - i));
        i = end;
    }
    return result;
}

QString translatedValidationMessage(const char *sourceText, const QStringList &args)
{
    if (!sourceText)
        return {};
    return substituteArgs(QCoreApplication::translate(kValidationContext, sourceText), args);
}

QString ValidationError::message() const
{
    return translatedValidationMessage(sourceText, args);
}

QString ValidationError::englishMessage() const
{
    if (!sourceText)
        return {};
    return substituteArgs(QString::fromUtf8(sourceText), args);
}

bool operator==(const ValidationError &a, const ValidationError &b)
{
    const bool sameText = (a.sourceText == nullptr || b.sourceText == nullptr)
        ? a.sourceText == b.sourceText
        : std::strcmp(a.sourceText, b.sourceText) == 0;
    return sameText && a.field == b.field && a.code == b.code && a.args == b.args;
}

void appendErrors(ValidationErrors &errors, const ValidationErrors &more)
{
    errors.insert(errors.end(), more.begin(), more.end());
}

bool hasError(const ValidationErrors &errors, QAnyStringView field, QAnyStringView code)
{
    return std::any_of(errors.begin(), errors.end(), [&](const ValidationError &error) {
        return QAnyStringView::equal(error.field, field)
            && (code.isEmpty() || QAnyStringView::equal(error.code, code));
    });
}

const ValidationError *findError(const ValidationErrors &errors, QAnyStringView field)
{
    const auto it = std::find_if(errors.begin(), errors.end(), [&](const ValidationError &error) {
        return QAnyStringView::equal(error.field, field);
    });
    return it == errors.end() ? nullptr : &*it;
}

QStringList messages(const ValidationErrors &errors)
{
    QStringList result;
    result.reserve(static_cast<qsizetype>(errors.size()));
    for (const auto &error : errors)
        result.append(error.message());
    return result;
}

QStringList englishMessages(const ValidationErrors &errors)
{
    QStringList result;
    result.reserve(static_cast<qsizetype>(errors.size()));
    for (const auto &error : errors)
        result.append(error.englishMessage());
    return result;
}

} // namespace medinexus
