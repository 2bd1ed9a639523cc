#include "shared/ids/patient_number.h"

#include <QRegularExpression>
#include <QSet>

#include <gtest/gtest.h>

#include <array>
#include <optional>
#include <ostream>
#include <stdexcept>
#include <vector>

namespace medinexus {
// Readable values in failure messages.
void PrintTo(const PatientNumber &number, std::ostream *out)
{
    *out << number.toString().toStdString();
}
} // namespace medinexus

using namespace medinexus;

namespace {

const QString kAlphabet = QStringLiteral("0123456789ABCDEFGHJKMNPQRSTVWXYZ");

std::optional<PatientNumberError> errorOf(QStringView typed)
{
    const PatientNumberParseResult result = PatientNumber::parseDetailed(typed);
    if (const auto *error = std::get_if<PatientNumberError>(&result))
        return *error;
    return std::nullopt;
}

PatientNumber mustParse(QStringView typed)
{
    const auto number = PatientNumber::parse(typed);
    if (!number)
        throw std::runtime_error("test setup: number does not parse: " + typed.toString().toStdString());
    return *number;
}

} // namespace

// Fixed vectors, computed independently of this implementation: a change to the field,
// the operation or the alphabet would invalidate every card already printed.
TEST(PatientNumber, KnownCheckCharacters)
{
    EXPECT_EQ(PatientNumber::checkCharacter(u"0000000000"), QLatin1Char('0'));
    EXPECT_EQ(PatientNumber::checkCharacter(u"0000000001"), QLatin1Char('2'));
    EXPECT_EQ(PatientNumber::checkCharacter(u"1000000000"), QLatin1Char('H'));
    EXPECT_EQ(PatientNumber::checkCharacter(u"7K2MQX4D9H"), QLatin1Char('7'));
    EXPECT_EQ(PatientNumber::checkCharacter(u"ZZZZZZZZZZ"), QLatin1Char('4'));
    EXPECT_EQ(PatientNumber::checkCharacter(u"ABCDEFGHJK"), QLatin1Char('J'));

    const auto number = PatientNumber::fromData(u"7K2MQX4D9H");
    ASSERT_TRUE(number.has_value());
    EXPECT_EQ(number->compact(), QStringLiteral("7K2MQX4D9H7"));
    EXPECT_EQ(number->toString(), QStringLiteral("7K2M-QX4D-9H7"));
}

TEST(PatientNumber, CheckCharacterAcceptsTolerantDataAndRejectsInvalid)
{
    EXPECT_EQ(PatientNumber::checkCharacter(u"7k2m-qx4d 9h"), QLatin1Char('7'));
    EXPECT_EQ(PatientNumber::checkCharacter(u"OOOOOOOOOI"), QLatin1Char('2')); // aliases of 0 and 1
    EXPECT_TRUE(PatientNumber::checkCharacter(u"7K2MQX4DUH").isNull());
    EXPECT_TRUE(PatientNumber::checkCharacter(u"7K2MQX4D*H").isNull());
}

TEST(PatientNumber, GeneratedNumbersHaveTheDisplayFormAndParse)
{
    const QRegularExpression display(QStringLiteral("^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{3}$"));
    for (int i = 0; i < 2000; ++i) {
        const PatientNumber number = PatientNumber::generate();
        const QString shown = number.toString();
        const QString stored = number.compact();
        ASSERT_TRUE(display.match(shown).hasMatch()) << shown.toStdString();
        ASSERT_EQ(shown.size(), PatientNumber::kDisplayLength);
        ASSERT_EQ(stored.size(), PatientNumber::kCompactLength);
        ASSERT_EQ(QString(shown).remove(QLatin1Char('-')), stored);
        ASSERT_EQ(PatientNumber::checkCharacter(stored.first(10)), stored.back());
        ASSERT_EQ(PatientNumber::parse(shown), number);
        ASSERT_EQ(PatientNumber::parse(stored), number);
        ASSERT_EQ(PatientNumber::fromData(stored.first(10)), number);
    }
}

// The guarantee the check character exists for, tested exhaustively on random numbers:
// every single-character substitution and every adjacent transposition, at all 11
// positions including the check character, is refused as a check mismatch.
TEST(PatientNumber, EverySubstitutionIsDetected)
{
    for (int n = 0; n < 2000; ++n) {
        const QString original = PatientNumber::generate().compact();
        ASSERT_TRUE(PatientNumber::parse(original).has_value());
        for (qsizetype position = 0; position < original.size(); ++position) {
            for (const QChar replacement : kAlphabet) {
                if (replacement == original[position])
                    continue;
                QString typo = original;
                typo[position] = replacement;
                ASSERT_EQ(errorOf(typo), PatientNumberError::CheckMismatch)
                    << original.toStdString() << " -> " << typo.toStdString();
            }
        }
    }
}

TEST(PatientNumber, EveryAdjacentTranspositionIsDetected)
{
    int transpositions = 0;
    for (int n = 0; n < 2000; ++n) {
        const QString original = PatientNumber::generate().compact();
        for (qsizetype position = 0; position + 1 < original.size(); ++position) {
            if (original[position] == original[position + 1])
                continue; // swapping equal characters is not an error
            QString swapped = original;
            std::swap(swapped[position], swapped[position + 1]);
            ASSERT_EQ(errorOf(swapped), PatientNumberError::CheckMismatch)
                << original.toStdString() << " -> " << swapped.toStdString();
            ++transpositions;
        }
    }
    EXPECT_GT(transpositions, 2000 * 9); // most neighbours differ: the loop really ran
}

TEST(PatientNumber, TranspositionWithCheckCharacterIsDetectedForAllPairs)
{
    // Every (last data character, check character) pair that can occur, exhaustively.
    for (const QChar last : kAlphabet) {
        for (const QChar first : kAlphabet) {
            const QString data = QString(9, first) + last;
            const QChar check = PatientNumber::checkCharacter(data);
            ASSERT_FALSE(check.isNull());
            ASSERT_TRUE(PatientNumber::parse(data + check).has_value());
            if (check == last)
                continue;
            const QString swapped = data.first(9) + check + last;
            ASSERT_EQ(errorOf(swapped), PatientNumberError::CheckMismatch) << swapped.toStdString();
        }
    }
}

TEST(PatientNumber, TolerantInputForms)
{
    const PatientNumber number = mustParse(u"7K2M-QX4D-9H7");
    const char16_t *const accepted[] = {
        u"7K2MQX4D9H7",
        u"7k2m-qx4d-9h7",
        u"7k2M qx4D 9h7",
        u"  7K2M-QX4D-9H7  ",
        u"\t7K2M - QX4D - 9H7\n",
        u"7-K-2-M-Q-X-4-D-9-H-7",
        u"7K2M\u2013QX4D\u20139H7",  // en dashes, as pasted from a document
        u"7K2M\u00a0QX4D\u00a09H7",  // no-break spaces
    };
    for (const char16_t *typed : accepted)
        EXPECT_EQ(PatientNumber::parse(typed), number) << QString::fromUtf16(typed).toStdString();
}

TEST(PatientNumber, CrockfordAliasesReadAsDigits)
{
    const auto number = PatientNumber::fromData(u"1000000010");
    ASSERT_TRUE(number.has_value());
    const QString stored = number->compact();
    EXPECT_EQ(stored.first(10), QStringLiteral("1000000010"));

    QString withAliases = stored;
    withAliases[0] = QLatin1Char('I');
    withAliases[1] = QLatin1Char('O');
    withAliases[2] = QLatin1Char('o');
    withAliases[8] = QLatin1Char('l');
    withAliases[9] = QLatin1Char('O');
    EXPECT_EQ(PatientNumber::parse(withAliases), number);
    withAliases[8] = QLatin1Char('L');
    withAliases[0] = QLatin1Char('i');
    EXPECT_EQ(PatientNumber::parse(withAliases), number);
    // Output never uses the aliases.
    EXPECT_FALSE(stored.contains(QLatin1Char('O')) || stored.contains(QLatin1Char('I'))
                 || stored.contains(QLatin1Char('L')));
}

TEST(PatientNumber, ReportsWhyInputIsRejected)
{
    EXPECT_EQ(errorOf(u""), PatientNumberError::Empty);
    EXPECT_EQ(errorOf(u"   "), PatientNumberError::Empty);
    EXPECT_EQ(errorOf(u" - -- "), PatientNumberError::Empty);

    EXPECT_EQ(errorOf(u"7K2M"), PatientNumberError::WrongLength);
    EXPECT_EQ(errorOf(u"7K2M-QX4D-9H"), PatientNumberError::WrongLength);      // check missing
    EXPECT_EQ(errorOf(u"7K2M-QX4D-9H77"), PatientNumberError::WrongLength);    // one too many
    EXPECT_EQ(errorOf(u"7K2M-QX4D-9H7-7K2M-QX4D-9H7"), PatientNumberError::WrongLength);

    EXPECT_EQ(errorOf(u"7K2M-QX4D-9HU"), PatientNumberError::InvalidCharacter); // U is excluded
    EXPECT_EQ(errorOf(u"7K2M-QX4D-9H*"), PatientNumberError::InvalidCharacter);
    EXPECT_EQ(errorOf(u"7K2M_QX4D_9H7"), PatientNumberError::InvalidCharacter);
    EXPECT_EQ(errorOf(u"7K2M.QX4D.9H7"), PatientNumberError::InvalidCharacter);
    EXPECT_EQ(errorOf(u"7K2M-QX4D-9H\u00c9"), PatientNumberError::InvalidCharacter); // É
    EXPECT_EQ(errorOf(u"\u0131K2M-QX4D-9H7"), PatientNumberError::InvalidCharacter); // dotless ı
    EXPECT_EQ(errorOf(u"7K2M-QX4D-9H\u0667"), PatientNumberError::InvalidCharacter); // Arabic-Indic 7
    EXPECT_EQ(errorOf(u"7K2M-QX4D-9H\uff17"), PatientNumberError::InvalidCharacter); // fullwidth 7
    EXPECT_EQ(errorOf(u"U"), PatientNumberError::InvalidCharacter); // character before length

    EXPECT_EQ(errorOf(u"7K2M-QX4D-9H8"), PatientNumberError::CheckMismatch);
    EXPECT_EQ(errorOf(u"K72M-QX4D-9H7"), PatientNumberError::CheckMismatch);

    EXPECT_FALSE(PatientNumber::parse(u"7K2M-QX4D-9H8").has_value());
    EXPECT_FALSE(PatientNumber::parse(u"").has_value());
    EXPECT_EQ(errorOf(u"7K2M-QX4D-9H7"), std::nullopt);
}

TEST(PatientNumber, FromDataRequiresTenValidCharacters)
{
    EXPECT_FALSE(PatientNumber::fromData(u"").has_value());
    EXPECT_FALSE(PatientNumber::fromData(u"7K2MQX4D9").has_value());
    EXPECT_FALSE(PatientNumber::fromData(u"7K2MQX4D9H7").has_value());
    EXPECT_FALSE(PatientNumber::fromData(u"7K2MQX4DUH").has_value());
    EXPECT_EQ(PatientNumber::fromData(u"7k2m-qx4d-9h"), PatientNumber::fromData(u"7K2MQX4D9H"));
    EXPECT_EQ(PatientNumber::fromData(u"0000000000")->toString(), QStringLiteral("0000-0000-000"));
    EXPECT_EQ(PatientNumber::fromData(u"ZZZZZZZZZZ")->toString(), QStringLiteral("ZZZZ-ZZZZ-ZZ4"));
}

TEST(PatientNumber, OrderingMatchesCompactForm)
{
    std::vector<PatientNumber> numbers;
    for (int i = 0; i < 1000; ++i)
        numbers.push_back(PatientNumber::generate());
    numbers.push_back(*PatientNumber::fromData(u"0000000000"));
    numbers.push_back(*PatientNumber::fromData(u"ZZZZZZZZZZ"));
    numbers.push_back(*PatientNumber::fromData(u"9ZZZZZZZZZ")); // digit before letter
    numbers.push_back(*PatientNumber::fromData(u"A000000000"));

    for (std::size_t i = 0; i + 1 < numbers.size(); ++i) {
        const PatientNumber &a = numbers[i];
        const PatientNumber &b = numbers[i + 1];
        ASSERT_EQ(a < b, a.compact() < b.compact());
        ASSERT_EQ(a == b, a.compact() == b.compact());
        ASSERT_EQ(a > b, a.compact() > b.compact());
    }
    const PatientNumber copy = numbers.front();
    EXPECT_EQ(copy, numbers.front());
    EXPECT_LE(copy, numbers.front());
    EXPECT_EQ(qHash(copy), qHash(numbers.front()));
}

TEST(PatientNumber, GeneratedNumbersAreDistinct)
{
    // 50 random bits: among 100k numbers a repeat has probability ~4e-6.
    constexpr int kCount = 100'000;
    QSet<PatientNumber> seen;
    seen.reserve(kCount);
    std::array<int, 32> firstCharacterCounts{};
    for (int i = 0; i < kCount; ++i) {
        const PatientNumber number = PatientNumber::generate();
        seen.insert(number);
        ++firstCharacterCounts[static_cast<std::size_t>(kAlphabet.indexOf(number.compact().front()))];
    }
    EXPECT_EQ(seen.size(), kCount);
    // Every leading character occurs about kCount / 32 = 3125 times: the random bits
    // reach the top of the number (a generous band: ~10 standard deviations).
    for (const int count : firstCharacterCounts) {
        EXPECT_GT(count, 2600);
        EXPECT_LT(count, 3700);
    }
}
