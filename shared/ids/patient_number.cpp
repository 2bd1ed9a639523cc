#include "shared/ids/patient_number.h"

#include <QRandomGenerator>

#include <array>
#include <string_view>

namespace medinexus {

namespace {

// Crockford's base32 alphabet, in ASCII order (so numeric order == string order).
constexpr std::string_view kAlphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
constexpr int kBitsPerSymbol = 5;
constexpr quint8 kSymbolMask = 0x1F;

// ASCII -> symbol value, -1 for "not a symbol". Built from kAlphabet plus lowercase and
// Crockford's aliases, which fold look-alike letters onto the digits they resemble.
constexpr std::array<qint8, 128> makeDecodeTable()
{
    std::array<qint8, 128> table{};
    for (auto &entry : table)
        entry = -1;
    for (std::size_t value = 0; value < kAlphabet.size(); ++value) {
        const char c = kAlphabet[value];
        table[static_cast<std::size_t>(c)] = static_cast<qint8>(value);
        if (c >= 'A' && c <= 'Z')
            table[static_cast<std::size_t>(c - 'A' + 'a')] = static_cast<qint8>(value);
    }
    table['O'] = table['o'] = 0;
    table['I'] = table['i'] = table['L'] = table['l'] = 1;
    return table;
}
constexpr std::array<qint8, 128> kDecode = makeDecodeTable();
static_assert(kAlphabet.size() == 32);
static_assert(kDecode['U'] == -1 && kDecode['u'] == -1, "U is not in Crockford's alphabet");

// --- Check character: the Damm algorithm over a quasigroup of order 32 -------------------
//
// Symbols are elements of GF(32) = GF(2)[x] / (x^5 + x^2 + 1): 5-bit polynomials, added
// with XOR. The quasigroup operation is  i ∘ s = 2·i ⊕ s  (2 is the element x). The check
// character c makes the whole 11-symbol chain  (…((0 ∘ d1) ∘ d2) … ∘ d10) ∘ c  equal 0,
// i.e. c = 2·interim. A reader runs the same chain over all 11 symbols and expects 0.
//
// Why every error of the two kinds is caught, wherever it is (the check included):
// - It is a Latin square: s -> 2·i ⊕ s is a bijection, and so is i -> 2·i ⊕ s because
//   multiplying by 2 ≠ 0 is invertible in a field. A changed symbol therefore changes the
//   interim at its step, and each later step maps different interims to different ones,
//   so the chain no longer ends at 0.
// - It is totally anti-symmetric: (i ∘ x) ∘ y = 4i ⊕ 2x ⊕ y and (i ∘ y) ∘ x = 4i ⊕ 2y ⊕ x
//   are equal only if 3·(x ⊕ y) = 0, i.e. x = y, because 3 = 2 ⊕ 1 ≠ 0 (this is why the
//   multiplier must be neither 0 nor 1). So swapping two different adjacent symbols
//   changes the interim after them, and as above the final value.
// (Twin errors such as 22 -> 33 and swaps across a symbol are only mostly caught.)
constexpr unsigned kFieldPolynomial = 0b100101; // x^5 + x^2 + 1, irreducible (primitive)

constexpr quint8 timesTwo(quint8 value) noexcept
{
    unsigned shifted = unsigned{value} << 1;
    if (shifted & 0x20)
        shifted ^= kFieldPolynomial;
    return static_cast<quint8>(shifted);
}

constexpr quint8 combine(quint8 interim, quint8 symbol) noexcept
{
    return static_cast<quint8>(timesTwo(interim) ^ symbol);
}

// The argument above, verified exhaustively by the compiler, so no edit to the field or
// the operation can silently weaken the check.
constexpr bool isTotallyAntiSymmetricQuasigroup()
{
    for (unsigned a = 0; a < 32; ++a) {
        std::array<bool, 32> inRow{};
        std::array<bool, 32> inColumn{};
        for (unsigned b = 0; b < 32; ++b) {
            const auto qa = static_cast<quint8>(a);
            const auto qb = static_cast<quint8>(b);
            const quint8 row = combine(qa, qb);
            const quint8 column = combine(qb, qa);
            if (row > kSymbolMask || column > kSymbolMask || inRow[row] || inColumn[column])
                return false;
            inRow[row] = inColumn[column] = true;
            for (unsigned c = 0; c < 32; ++c) {
                const auto qc = static_cast<quint8>(c);
                if (a != b && combine(combine(qc, qa), qb) == combine(combine(qc, qb), qa))
                    return false;
            }
        }
    }
    return true;
}
static_assert(isTotallyAntiSymmetricQuasigroup());

constexpr quint8 checkSymbolFor(quint8 interim) noexcept
{
    return timesTwo(interim); // the unique c with combine(interim, c) == 0
}

// --- Reading typed text -----------------------------------------------------------------

bool isSeparator(QChar c) noexcept
{
    // Spaces (including no-break spaces) and any dash, as pasted from documents.
    return c.isSpace() || c.category() == QChar::Punctuation_Dash;
}

int symbolValue(QChar c) noexcept
{
    // ASCII only: Unicode case mapping would turn e.g. the dotless 'ı' into 'I' -> 1.
    const char16_t code = c.unicode();
    return code < kDecode.size() ? kDecode[code] : -1;
}

// Calls sink(symbol) for each symbol of `text`, skipping separators. False if `text`
// holds a character that is neither.
template <typename Sink>
bool forEachSymbol(QStringView text, Sink &&sink)
{
    for (const QChar c : text) {
        if (isSeparator(c))
            continue;
        const int value = symbolValue(c);
        if (value < 0)
            return false;
        sink(static_cast<quint8>(value));
    }
    return true;
}

// Up to N symbols of `text` and how many there were in all (which may exceed N).
template <qsizetype N>
struct Symbols {
    std::array<quint8, N> values{};
    qsizetype count = 0;
};

template <qsizetype N>
std::optional<Symbols<N>> readSymbols(QStringView text)
{
    Symbols<N> symbols;
    const bool valid = forEachSymbol(text, [&symbols](quint8 value) {
        if (symbols.count < N)
            symbols.values[static_cast<std::size_t>(symbols.count)] = value;
        ++symbols.count;
    });
    if (!valid)
        return std::nullopt;
    return symbols;
}

quint64 packData(const quint8 *symbols) noexcept
{
    quint64 data = 0;
    for (qsizetype i = 0; i < PatientNumber::kDataLength; ++i)
        data = (data << kBitsPerSymbol) | symbols[i];
    return data;
}

QLatin1Char symbolChar(quint8 value) noexcept
{
    return QLatin1Char(kAlphabet[value & kSymbolMask]);
}

} // namespace

PatientNumber PatientNumber::generate()
{
    // The top 50 of 64 CSPRNG bits: uniform over all 32^10 data values.
    return PatientNumber(QRandomGenerator::system()->generate64() >> (64 - kDataLength * kBitsPerSymbol));
}

std::optional<PatientNumber> PatientNumber::parse(QStringView typed)
{
    const PatientNumberParseResult result = parseDetailed(typed);
    if (const auto *number = std::get_if<PatientNumber>(&result))
        return *number;
    return std::nullopt;
}

PatientNumberParseResult PatientNumber::parseDetailed(QStringView typed)
{
    const auto symbols = readSymbols<kCompactLength>(typed);
    if (!symbols)
        return PatientNumberError::InvalidCharacter;
    if (symbols->count == 0)
        return PatientNumberError::Empty;
    if (symbols->count != kCompactLength)
        return PatientNumberError::WrongLength;

    quint8 interim = 0;
    for (const quint8 value : symbols->values)
        interim = combine(interim, value);
    if (interim != 0)
        return PatientNumberError::CheckMismatch;
    return PatientNumber(packData(symbols->values.data()));
}

std::optional<PatientNumber> PatientNumber::fromData(QStringView tenDataChars)
{
    const auto symbols = readSymbols<kDataLength>(tenDataChars);
    if (!symbols || symbols->count != kDataLength)
        return std::nullopt;
    return PatientNumber(packData(symbols->values.data()));
}

QChar PatientNumber::checkCharacter(QStringView data)
{
    quint8 interim = 0;
    if (!forEachSymbol(data, [&interim](quint8 value) { interim = combine(interim, value); }))
        return QChar();
    return symbolChar(checkSymbolFor(interim));
}

QString PatientNumber::compact() const
{
    QString text;
    text.reserve(kCompactLength);
    quint8 interim = 0;
    for (qsizetype i = kDataLength - 1; i >= 0; --i) {
        const auto value = static_cast<quint8>((m_data >> (i * kBitsPerSymbol)) & kSymbolMask);
        interim = combine(interim, value);
        text.append(symbolChar(value));
    }
    text.append(symbolChar(checkSymbolFor(interim)));
    return text;
}

QString PatientNumber::toString() const
{
    const QString plain = compact();
    QString text;
    text.reserve(kDisplayLength);
    text.append(QStringView(plain).first(4));
    text.append(QLatin1Char('-'));
    text.append(QStringView(plain).sliced(4, 4));
    text.append(QLatin1Char('-'));
    text.append(QStringView(plain).sliced(8));
    return text;
}

} // namespace medinexus
