#include "tests/fuzz/fuzz_support.h"

#include <QDate>
#include <QTime>

#include <cstdio>
#include <cstdlib>
#include <string>

namespace medinexus::fuzz {

void invariantViolated(std::string_view what)
{
    std::fprintf(stderr, "medinexus fuzz: invariant violated: %.*s\n", static_cast<int>(what.size()), what.data());
    std::fflush(stderr);
    std::abort();
}

QDateTime fixedNow()
{
    return QDateTime(QDate(2026, 11, 27), QTime(12, 0), Qt::UTC);
}

void checkValidationErrors(const ValidationErrors &errors, std::string_view what)
{
    static const QLatin1String kCodes[] = {
        ValidationCode::Required,       ValidationCode::TooShort,          ValidationCode::TooLong,
        ValidationCode::TooMany,        ValidationCode::OutOfRange,        ValidationCode::InFuture,
        ValidationCode::InvalidFormat,  ValidationCode::InvalidValue,      ValidationCode::InvalidCharacters,
        ValidationCode::Duplicate,      ValidationCode::ExceedsPrescribed, ValidationCode::Inconsistent,
        ValidationCode::ContainsUsername,
    };
    const std::string context(what);
    for (const ValidationError &error : errors) {
        require(!error.field.isEmpty(), context + ": a validation error without a field");
        bool known = false;
        for (const QLatin1String code : kCodes)
            known = known || error.code == code;
        require(known, context + ": validation code outside ValidationCode");
        require(error.sourceText != nullptr && *error.sourceText != '\0', context + ": a validation error without a message");
        // Every %n the text names has an argument: a leftover "%2" would reach the user.
        const QString source = QString::fromUtf8(error.sourceText);
        for (qsizetype i = 0; i + 1 < source.size(); ++i) {
            if (source.at(i) != QLatin1Char('%') || !source.at(i + 1).isDigit())
                continue;
            const int index = source.at(i + 1).digitValue();
            require(index >= 1 && index <= error.args.size(), context + ": a message placeholder without its argument");
        }
        // Arguments are substituted once, verbatim: one holding "%2" (typed by a user) stays as typed.
        const QString english = error.englishMessage();
        require(!english.isEmpty(), context + ": empty English message");
        for (qsizetype i = 0; i < error.args.size() && i < 9; ++i) {
            if (source.contains(QLatin1Char('%') + QString::number(i + 1)))
                require(english.contains(error.args.at(i)), context + ": an argument missing from the English message");
        }
    }
}

QByteArray requireCanonicalRoundTrip(const QJsonValue &value, std::string_view what)
{
    const std::string context(what);
    const Result<QByteArray> canonical = tryToCanonicalJson(value);
    require(canonical.ok(), context + ": the encoder's value has no canonical form");
    const Result<QJsonValue> reparsed = parseJson(*canonical);
    require(reparsed.ok(), context + ": the canonical form does not parse");
    const Result<QByteArray> again = tryToCanonicalJson(*reparsed);
    require(again.ok() && *again == *canonical, context + ": the canonical form does not round-trip byte for byte");
    require(isCanonical(*canonical), context + ": isCanonical() refuses a canonical form");
    return *canonical;
}

} // namespace medinexus::fuzz
