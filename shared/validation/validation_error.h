#pragma once

#include <QAnyStringView>
#include <QLatin1String>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <vector>

namespace medinexus {

// The translation context of every validation message (what lupdate groups them under).
inline constexpr char kValidationContext[] = "medinexus::Validation";

// Stable machine codes of ValidationError::code. They are part of the HTTP API (422
// bodies) and of the client's form logic: never rename one, only add.
namespace ValidationCode {
inline constexpr QLatin1String Required{"required"};                     // missing or blank
inline constexpr QLatin1String TooShort{"too_short"};                    // below a minimum length
inline constexpr QLatin1String TooLong{"too_long"};                      // above a maximum length
inline constexpr QLatin1String TooMany{"too_many"};                      // a list with too many items
inline constexpr QLatin1String OutOfRange{"out_of_range"};               // a number or date outside its bounds
inline constexpr QLatin1String InFuture{"in_future"};                    // a date or time after now
inline constexpr QLatin1String InvalidFormat{"invalid_format"};          // text not of the expected shape
inline constexpr QLatin1String InvalidValue{"invalid_value"};            // e.g. an invalid date
inline constexpr QLatin1String InvalidCharacters{"invalid_characters"};  // control characters, broken UTF-16
inline constexpr QLatin1String Duplicate{"duplicate"};                   // same item twice in a list
inline constexpr QLatin1String ExceedsPrescribed{"exceeds_prescribed"};  // dispensing more than remains
inline constexpr QLatin1String Inconsistent{"inconsistent"};             // fields that contradict each other
inline constexpr QLatin1String ContainsUsername{"contains_username"};    // password built on the login name
} // namespace ValidationCode

// One broken rule, tied to the field a form should mark.
struct ValidationError {
    // JSON-style path relative to the validated object: "familyName", "allergies[2]",
    // "vitals.pulsePerMinute". Entry body fields are named without a "body." prefix.
    QString field;
    // One of ValidationCode: what a program reacts to (messages may be reworded).
    QString code;
    // English source text with %1, %2... for args, marked with a literal
    // QT_TRANSLATE_NOOP("medinexus::Validation", ...) where it is written so that lupdate
    // finds it. Points at a string literal, so it outlives the error. Translated only when
    // shown: message() uses the translators installed in this process, so a server
    // serving several languages sends this text and args, and the client translates
    // (translatedValidationMessage()).
    const char *sourceText = nullptr;
    // Values substituted for %1, %2..., formatted independently of the locale so that the
    // server's and the client's messages agree ("37.5", "250").
    QStringList args;

    // In the application's current language (installed QTranslator), args substituted.
    QString message() const;
    // In English, args substituted: for logs and for the server's own records.
    QString englishMessage() const;

    // Same field, code, args and text (the text by content, not by address).
    friend bool operator==(const ValidationError &a, const ValidationError &b);
};

// Empty means valid. In the order the rules were checked, which follows the form.
using ValidationErrors = std::vector<ValidationError>;

// Replaces %1..%99 in `pattern` with args[0]..args[98] in a single pass, so an argument
// that itself contains "%2" is left as typed (QString::arg chains would substitute it).
// A placeholder without a matching argument is kept as is.
QString substituteArgs(const QString &pattern, const QStringList &args);

// `sourceText` translated in the application's current language, then args substituted.
// What message() does; also for a client showing errors decoded from a server's 422
// answer, whose source text it holds as bytes rather than as one of our literals.
QString translatedValidationMessage(const char *sourceText, const QStringList &args);

// Appends `more` to `errors`.
void appendErrors(ValidationErrors &errors, const ValidationErrors &more);

// Whether some error concerns `field` (and, when given, has `code`).
bool hasError(const ValidationErrors &errors, QAnyStringView field, QAnyStringView code = {});

// The first error concerning `field`, or nullptr.
const ValidationError *findError(const ValidationErrors &errors, QAnyStringView field);

// Every error's message() in order, e.g. for a summary above a form.
QStringList messages(const ValidationErrors &errors);

// Every error's englishMessage() in order, for logs.
QStringList englishMessages(const ValidationErrors &errors);

} // namespace medinexus
