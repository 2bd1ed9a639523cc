#include "server/auth/password_hasher.h"

#include <QRegularExpression>

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <stdexcept>
#include <vector>

namespace medinexus::server {
namespace {

SecretString secret(const char *text)
{
    return SecretString{QByteArrayView(text)};
}

// Made with libargon2 at weaker settings (m=4096, t=1) for "correct horse battery": what
// an account created under an older policy would hold.
const QByteArray kWeakHash = QByteArrayLiteral(
    "$argon2id$v=19$m=4096,t=1,p=1$AwoRGB8mLTQ7QklQV15lbA$y71VzzlhZ5vDWIFoRctGcgn8HRpF356mIdys8TYSV74");
// Argon2i (not id) at the policy's cost, same password.
const QByteArray kArgon2iHash = QByteArrayLiteral(
    "$argon2i$v=19$m=19456,t=2,p=1$AwoRGB8mLTQ7QklQV15lbA$OR6RBifi5yWHD/Cd1AlApjcW1TxafkhsvIZ16riFrNo");

class PasswordHasherTest : public ::testing::Test {
protected:
    static const PasswordHasher &hasher()
    {
        static const PasswordHasher instance;
        return instance;
    }
};

TEST_F(PasswordHasherTest, VerifiesTheHashedPassword)
{
    const QByteArray encoded = hasher().hashPassword(secret("correct horse battery"));
    EXPECT_TRUE(hasher().verifyPassword(secret("correct horse battery"), encoded));
}

TEST_F(PasswordHasherTest, RefusesAWrongPassword)
{
    const QByteArray encoded = hasher().hashPassword(secret("correct horse battery"));
    EXPECT_FALSE(hasher().verifyPassword(secret("correct horse batterY"), encoded));
    EXPECT_FALSE(hasher().verifyPassword(secret("correct horse battery "), encoded));
    EXPECT_FALSE(hasher().verifyPassword(SecretString(), encoded));
}

TEST_F(PasswordHasherTest, HandlesEmptyAndNonAsciiPasswords)
{
    const QByteArray empty = hasher().hashPassword(SecretString());
    EXPECT_TRUE(hasher().verifyPassword(SecretString(), empty));
    EXPECT_FALSE(hasher().verifyPassword(secret("x"), empty));

    const SecretString accented = SecretString::fromUtf16(QStringLiteral("Éléphant-Thiès-2025"));
    const QByteArray encoded = hasher().hashPassword(accented);
    EXPECT_TRUE(hasher().verifyPassword(SecretString::fromUtf16(QStringLiteral("Éléphant-Thiès-2025")), encoded));
    EXPECT_FALSE(hasher().verifyPassword(SecretString::fromUtf16(QStringLiteral("Elephant-Thies-2025")), encoded));
}

TEST_F(PasswordHasherTest, EncodedStringIsArgon2idAtTheRequiredCost)
{
    const QByteArray encoded = hasher().hashPassword(secret("correct horse battery"));
    static const QRegularExpression format(QStringLiteral(
        R"(^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$([A-Za-z0-9+/]+)\$([A-Za-z0-9+/]+)$)"));
    const QRegularExpressionMatch match = format.match(QString::fromLatin1(encoded));
    ASSERT_TRUE(match.hasMatch()) << encoded.constData();
    EXPECT_GE(match.captured(1).toInt(), 19456);
    EXPECT_GE(match.captured(2).toInt(), 2);
    EXPECT_EQ(match.captured(3).toInt(), 1);
    EXPECT_EQ(match.captured(4).size(), 22);  // 16-byte salt, unpadded base64
    EXPECT_EQ(match.captured(5).size(), 43);  // 32-byte hash
}

TEST_F(PasswordHasherTest, EverySaltIsNew)
{
    std::vector<QByteArray> salts;
    for (int i = 0; i < 4; ++i) {
        const QByteArray encoded = hasher().hashPassword(secret("same password"));
        EXPECT_TRUE(hasher().verifyPassword(secret("same password"), encoded));
        salts.push_back(encoded.split('$').at(4));
    }
    std::sort(salts.begin(), salts.end());
    EXPECT_EQ(std::adjacent_find(salts.begin(), salts.end()), salts.end());
}

TEST_F(PasswordHasherTest, NeedsRehashOnlyBelowThePolicy)
{
    const QByteArray current = hasher().hashPassword(secret("correct horse battery"));
    EXPECT_FALSE(hasher().needsRehash(current));

    EXPECT_TRUE(hasher().needsRehash(kWeakHash));
    EXPECT_TRUE(hasher().needsRehash(kArgon2iHash));
    EXPECT_TRUE(hasher().needsRehash(QByteArray()));
    EXPECT_TRUE(hasher().needsRehash("not a hash"));

    const PasswordHasher stronger(Argon2Parameters{32768, 3, 1});
    EXPECT_TRUE(stronger.needsRehash(current));
    const QByteArray strong = stronger.hashPassword(secret("correct horse battery"));
    EXPECT_FALSE(hasher().needsRehash(strong));
    EXPECT_TRUE(hasher().verifyPassword(secret("correct horse battery"), strong));  // parameters are in the hash
}

TEST_F(PasswordHasherTest, OlderHashesStillVerify)
{
    EXPECT_TRUE(hasher().verifyPassword(secret("correct horse battery"), kWeakHash));
    EXPECT_FALSE(hasher().verifyPassword(secret("wrong"), kWeakHash));
}

TEST_F(PasswordHasherTest, OnlyArgon2idWithinBoundsIsAccepted)
{
    EXPECT_FALSE(hasher().verifyPassword(secret("correct horse battery"), kArgon2iHash));
    // A planted hash asking for 4 GiB per verification is refused before libargon2 runs.
    const QByteArray huge = QByteArrayLiteral(
        "$argon2id$v=19$m=4194304,t=1,p=1$AwoRGB8mLTQ7QklQV15lbA$y71VzzlhZ5vDWIFoRctGcgn8HRpF356mIdys8TYSV74");
    EXPECT_FALSE(hasher().verifyPassword(secret("correct horse battery"), huge));
    QByteArray truncatedAtNul = kWeakHash;
    truncatedAtNul.insert(20, '\0');
    EXPECT_FALSE(hasher().verifyPassword(secret("correct horse battery"), truncatedAtNul));
    EXPECT_FALSE(hasher().verifyPassword(secret("correct horse battery"), QByteArray()));
}

TEST_F(PasswordHasherTest, ParsesEncodedParameters)
{
    const auto info = parseArgon2idEncoded(kWeakHash);
    ASSERT_TRUE(info.has_value());
    EXPECT_EQ(info->parameters, (Argon2Parameters{4096, 1, 1}));
    EXPECT_EQ(info->version, 19);
    EXPECT_EQ(info->saltBytes, 16);
    EXPECT_EQ(info->hashBytes, 32);

    EXPECT_FALSE(parseArgon2idEncoded("$argon2id$v=19$m=04096,t=1,p=1$AAAA$AAAA"));  // leading zero
    EXPECT_FALSE(parseArgon2idEncoded("$argon2id$v=16$m=4096,t=1,p=1$AAAA$AAAA"));   // Argon2 1.0
    EXPECT_FALSE(parseArgon2idEncoded("$argon2id$v=19$m=4096,t=1,p=1$AA*A$AAAA"));
    EXPECT_FALSE(parseArgon2idEncoded("$argon2id$v=19$m=4096,t=1,p=1$AAAA"));
    EXPECT_FALSE(parseArgon2idEncoded("$argon2id$v=19$m=99999999999,t=1,p=1$AAAA$AAAA"));
}

TEST_F(PasswordHasherTest, RefusesAPolicyBelowTheMinimum)
{
    EXPECT_THROW(PasswordHasher(Argon2Parameters{4096, 2, 1}), std::invalid_argument);
    EXPECT_THROW(PasswordHasher(Argon2Parameters{19456, 1, 1}), std::invalid_argument);
    EXPECT_THROW(PasswordHasher(Argon2Parameters{19456, 2, 0}), std::invalid_argument);
}

// The dummy verification, used when no account has the name, costs what a real one costs,
// so response times do not list the usernames. Medians of a few runs, generous bounds:
// the two differ by orders of magnitude when the dummy does no real work.
TEST_F(PasswordHasherTest, DummyVerificationCostsAsMuchAsARealOne)
{
    const QByteArray encoded = hasher().hashPassword(secret("correct horse battery"));
    const auto median = [](auto &&work) {
        std::vector<std::chrono::nanoseconds> times;
        for (int i = 0; i < 5; ++i) {
            const auto start = std::chrono::steady_clock::now();
            work();
            times.push_back(std::chrono::steady_clock::now() - start);
        }
        std::sort(times.begin(), times.end());
        return static_cast<double>(times[2].count());
    };
    const double real = median([&] { EXPECT_FALSE(hasher().verifyPassword(secret("wrong guess"), encoded)); });
    const double dummy = median([&] { EXPECT_FALSE(hasher().verifyAgainstDummy(secret("wrong guess"))); });
    EXPECT_GT(dummy, real / 4) << "real " << real << " ns, dummy " << dummy << " ns";
    EXPECT_LT(dummy, real * 4) << "real " << real << " ns, dummy " << dummy << " ns";
}

} // namespace
} // namespace medinexus::server
