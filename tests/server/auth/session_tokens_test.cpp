#include "server/auth/session_tokens.h"

#include <gtest/gtest.h>

#include <set>

namespace medinexus::server {
namespace {

TEST(SessionTokensTest, TokenIs32RandomBytesInBase64Url)
{
    const IssuedToken issued = issueToken();
    EXPECT_EQ(issued.token.size(), kSessionTokenLength);
    EXPECT_TRUE(looksLikeSessionToken(issued.token.view()));
    const QByteArray decoded = QByteArray::fromBase64(issued.token.view().toByteArray(),
                                                      QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    EXPECT_EQ(decoded.size(), kSessionTokenRandomBytes);
}

TEST(SessionTokensTest, HashIsSha256OfTheToken)
{
    const IssuedToken issued = issueToken();
    EXPECT_EQ(issued.tokenHash.size(), 32);
    EXPECT_EQ(issued.tokenHash, hashToken(issued.token.view()));
    // FIPS 180-2 test vector.
    EXPECT_EQ(hashToken("abc").toHex(),
              QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
}

TEST(SessionTokensTest, TokensAndHashesAreUnique)
{
    std::set<QByteArray> tokens;
    std::set<QByteArray> hashes;
    for (int i = 0; i < 2000; ++i) {
        const IssuedToken issued = issueToken();
        tokens.insert(issued.token.view().toByteArray());
        hashes.insert(issued.tokenHash);
    }
    EXPECT_EQ(tokens.size(), 2000u);
    EXPECT_EQ(hashes.size(), 2000u);
}

TEST(SessionTokensTest, ShapeCheckRefusesWhatWasNeverIssued)
{
    EXPECT_FALSE(looksLikeSessionToken(""));
    EXPECT_FALSE(looksLikeSessionToken(QByteArray(42, 'A')));
    EXPECT_FALSE(looksLikeSessionToken(QByteArray(44, 'A')));
    EXPECT_TRUE(looksLikeSessionToken(QByteArray(43, 'A')));
    QByteArray padded(42, 'A');
    padded.append('=');
    EXPECT_FALSE(looksLikeSessionToken(padded));
    QByteArray standardAlphabet(42, 'A');
    standardAlphabet.append('+');
    EXPECT_FALSE(looksLikeSessionToken(standardAlphabet));
}

TEST(SessionTokensTest, DefaultPolicy)
{
    const SessionPolicy policy;
    EXPECT_EQ(policy.idleTimeout, std::chrono::minutes(30));
    EXPECT_EQ(policy.absoluteLifetime, std::chrono::hours(12));
    EXPECT_EQ(policy.touchInterval, std::chrono::seconds(60));
}

} // namespace
} // namespace medinexus::server
