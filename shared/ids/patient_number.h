#pragma once

#include <QChar>
#include <QHashFunctions>
#include <QString>
#include <QStringView>
#include <QtGlobal>

#include <compare>
#include <optional>
#include <variant>

namespace medinexus {

// Why a typed or scanned patient number was refused, so the UI can say what to fix.
enum class PatientNumberError {
    Empty,            // nothing but spaces and hyphens
    WrongLength,      // not 11 characters once spaces and hyphens are removed
    InvalidCharacter, // a character outside the alphabet (e.g. U, *, an accented letter)
    CheckMismatch,    // well formed, but the check character disagrees: most likely a typo
};

class PatientNumber;
using PatientNumberParseResult = std::variant<PatientNumber, PatientNumberError>;

// The short number staff read out, type or scan at a counter to find a patient, e.g.
// "7K2M-QX4D-9HC". Ten data characters from Crockford's base32 alphabet
// (0-9 A-Z without I L O U: no 0/O or 1/I/L confusion) carry 50 CSPRNG bits, so offline
// clinics mint numbers without coordination and collisions stay rare (the server still
// enforces uniqueness). An eleventh check character (Damm algorithm over GF(32), see
// patient_number.cpp) catches every single-character typo and every swap of two adjacent
// characters, so a slip opens no record instead of the wrong patient's.
//
// Every PatientNumber is valid: there is no empty state (use std::optional for "none").
class PatientNumber
{
public:
    static constexpr qsizetype kDataLength = 10;
    static constexpr qsizetype kCompactLength = kDataLength + 1;
    static constexpr qsizetype kDisplayLength = kCompactLength + 2;

    // A new random number from QRandomGenerator::system(). Thread-safe.
    static PatientNumber generate();

    // Reads what a person typed or a scanner sent. Tolerant of what is not ambiguous:
    // letter case, spaces and hyphens (or other dashes) anywhere, and Crockford's aliases
    // O -> 0 and I, L -> 1. Rejects anything else and a wrong check character.
    static std::optional<PatientNumber> parse(QStringView typed);

    // As parse(), but says why the input was refused. A bad character is reported before
    // a wrong length, as it is the more specific hint.
    static PatientNumberParseResult parseDetailed(QStringView typed);

    // The number whose data characters are `tenDataChars` (same tolerance as parse()),
    // with the check character computed; nullopt unless there are exactly 10 valid ones.
    // For numbers printed without their check character, e.g. when importing old cards.
    static std::optional<PatientNumber> fromData(QStringView tenDataChars);

    // The check character for `data` (any length, same tolerance as parse()); a null
    // QChar if `data` holds a character outside the alphabet.
    static QChar checkCharacter(QStringView data);

    // Display form, "XXXX-XXXX-XXC": grouped 4-4-3 so it is easy to read out and copy.
    QString toString() const;

    // 11 characters, uppercase, no separators: the form stored, indexed and synced.
    QString compact() const;

    // Ordered like compact(): the alphabet is in ASCII order and the width fixed.
    friend bool operator==(const PatientNumber &, const PatientNumber &) = default;
    friend auto operator<=>(const PatientNumber &, const PatientNumber &) = default;

    friend size_t qHash(const PatientNumber &number, size_t seed = 0) noexcept
    {
        return qHash(number.m_data, seed);
    }

private:
    explicit PatientNumber(quint64 data) noexcept : m_data(data) {}

    // The 50 data bits, 5 per character, first character in the most significant bits.
    // The check character is a function of them, so it is not stored.
    quint64 m_data;
};

} // namespace medinexus
