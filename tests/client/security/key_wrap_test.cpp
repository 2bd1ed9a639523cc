#include "client/core/security/key_wrap.h"
#include "shared/security/secret_string.h"

#include <QByteArray>
#include <QtEndian>

#include <gtest/gtest.h>

#include <cstddef>
#include <set>
#include <stdexcept>

namespace {

using medinexus::SecretString;
using namespace medinexus::client;

// Small memory so that the suite stays fast; KeyWrap.RoundTripWithDefaultParameters covers
// the production defaults.
constexpr Argon2Parameters kFast{64, 1, 1};

const QByteArray kProfile = QByteArrayLiteral("medinexus-cache:clinic-a/alice");

SecretString secret(const char *text)
{
    return SecretString(QByteArrayView(text));
}

// Offsets in the version 1 layout documented in key_wrap.h.
constexpr qsizetype kMemoryOffset = 8;
constexpr qsizetype kIterationsOffset = 12;
constexpr qsizetype kParallelismOffset = 16;

QByteArray withU32(QByteArray bytes, qsizetype offset, quint32 value)
{
    qToBigEndian(value, bytes.data() + offset);
    return bytes;
}

TEST(KeyWrap, RoundTripGivesTheKeyBack)
{
    const SecretString key = generateKey();
    const WrappedKey wrapped = wrapKey(key, secret("correct horse"), kProfile, kFast);
    const auto unwrapped = unwrapKey(wrapped, secret("correct horse"), kProfile);
    ASSERT_TRUE(unwrapped.has_value());
    EXPECT_TRUE(unwrapped->equals(key.view()));
}

TEST(KeyWrap, RoundTripWithDefaultParameters)
{
    const SecretString key = generateKey();
    const WrappedKey wrapped = wrapKey(key, secret("correct horse"), kProfile);
    EXPECT_EQ(wrapped.parameters, Argon2Parameters{});
    EXPECT_EQ(wrapped.parameters.memoryKiB, 65536u);
    EXPECT_EQ(wrapped.parameters.iterations, 3u);

    const auto parsed = WrappedKey::fromBytes(wrapped.toBytes());
    ASSERT_TRUE(parsed.has_value());
    EXPECT_EQ(parsed->parameters, Argon2Parameters{});
    const auto unwrapped = unwrapKey(*parsed, secret("correct horse"), kProfile);
    ASSERT_TRUE(unwrapped.has_value());
    EXPECT_TRUE(unwrapped->equals(key.view()));
}

TEST(KeyWrap, SerializedFormIsSelfDescribingAndRoundTrips)
{
    const SecretString key = generateKey();
    const WrappedKey wrapped = wrapKey(key, secret("pw"), kProfile, kFast);
    const QByteArray bytes = wrapped.toBytes();
    ASSERT_EQ(bytes.size(), WrappedKey::kEncodedBytes);
    EXPECT_TRUE(bytes.startsWith("MNKW"));
    EXPECT_EQ(bytes[4], 1);  // version
    EXPECT_EQ(bytes[5], 1);  // Argon2id v1.3
    EXPECT_EQ(bytes[6], 1);  // AES-256-GCM
    EXPECT_EQ(bytes[7], 32);
    EXPECT_EQ(qFromBigEndian<quint32>(bytes.constData() + kMemoryOffset), kFast.memoryKiB);
    EXPECT_FALSE(bytes.contains(key.view()));

    const auto parsed = WrappedKey::fromBytes(bytes);
    ASSERT_TRUE(parsed.has_value());
    EXPECT_EQ(parsed->toBytes(), bytes);
    const auto unwrapped = unwrapKey(*parsed, secret("pw"), kProfile);
    ASSERT_TRUE(unwrapped.has_value());
    EXPECT_TRUE(unwrapped->equals(key.view()));
}

TEST(KeyWrap, EachWrapUsesAFreshSaltAndNonce)
{
    const SecretString key = generateKey();
    const WrappedKey first = wrapKey(key, secret("pw"), kProfile, kFast);
    const WrappedKey second = wrapKey(key, secret("pw"), kProfile, kFast);
    EXPECT_NE(first.salt, second.salt);
    EXPECT_NE(first.nonce, second.nonce);
    EXPECT_NE(first.ciphertext, second.ciphertext);
}

TEST(KeyWrap, WrongPasswordGivesNullopt)
{
    const WrappedKey wrapped = wrapKey(generateKey(), secret("correct horse"), kProfile, kFast);
    EXPECT_FALSE(unwrapKey(wrapped, secret("correct hors"), kProfile).has_value());
    EXPECT_FALSE(unwrapKey(wrapped, secret("Correct horse"), kProfile).has_value());
    EXPECT_FALSE(unwrapKey(wrapped, SecretString(), kProfile).has_value());
}

TEST(KeyWrap, EmptyPasswordIsAPasswordLikeAnyOther)
{
    const SecretString key = generateKey();
    const WrappedKey wrapped = wrapKey(key, SecretString(), kProfile, kFast);
    const auto unwrapped = unwrapKey(wrapped, SecretString(), kProfile);
    ASSERT_TRUE(unwrapped.has_value());
    EXPECT_TRUE(unwrapped->equals(key.view()));
    EXPECT_FALSE(unwrapKey(wrapped, secret("x"), kProfile).has_value());
}

TEST(KeyWrap, OtherAssociatedDataGivesNullopt)
{
    const WrappedKey wrapped = wrapKey(generateKey(), secret("pw"), kProfile, kFast);
    EXPECT_FALSE(unwrapKey(wrapped, secret("pw"), QByteArrayLiteral("medinexus-cache:clinic-a/bob")).has_value());
    EXPECT_FALSE(unwrapKey(wrapped, secret("pw"), QByteArrayView()).has_value());
    EXPECT_FALSE(unwrapKey(wrapped, secret("pw"), kProfile + '\0').has_value());
}

TEST(KeyWrap, EveryFlippedByteIsRefusedOrFailsToOpen)
{
    const SecretString key = generateKey();
    const QByteArray bytes = wrapKey(key, secret("pw"), kProfile, kFast).toBytes();
    int refused = 0;
    int failedToOpen = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        for (const char mask : {'\x01', '\x80', '\xff'}) {
            QByteArray damaged = bytes;
            damaged[i] = static_cast<char>(damaged[i] ^ mask);
            const auto parsed = WrappedKey::fromBytes(damaged);
            if (!parsed) {
                ++refused;
                continue;
            }
            ++failedToOpen;
            EXPECT_FALSE(unwrapKey(*parsed, secret("pw"), kProfile).has_value())
                << "byte " << i << " xor " << int(static_cast<unsigned char>(mask)) << " still opened";
        }
    }
    EXPECT_EQ(refused + failedToOpen, 3 * WrappedKey::kEncodedBytes);
    // The header's fixed bytes (magic, version, algorithms, length) are refused outright; the
    // salt, nonce, ciphertext and tag parse and fail at the tag.
    EXPECT_GE(refused, 3 * 8);
    EXPECT_GE(failedToOpen, 3 * (16 + 12 + 32 + 16));
}

TEST(KeyWrap, TruncatedOrExtendedBytesAreRefused)
{
    const QByteArray bytes = wrapKey(generateKey(), secret("pw"), kProfile, kFast).toBytes();
    for (qsizetype length = 0; length < bytes.size(); ++length)
        EXPECT_FALSE(WrappedKey::fromBytes(bytes.first(length)).has_value()) << "length " << length;
    EXPECT_FALSE(WrappedKey::fromBytes(bytes + '\0').has_value());
    EXPECT_FALSE(WrappedKey::fromBytes(bytes + bytes).has_value());
}

TEST(KeyWrap, AbsurdParametersAndUnknownVersionsAreRefused)
{
    const QByteArray bytes = wrapKey(generateKey(), secret("pw"), kProfile, kFast).toBytes();
    ASSERT_TRUE(WrappedKey::fromBytes(bytes).has_value());

    EXPECT_FALSE(WrappedKey::fromBytes(withU32(bytes, kMemoryOffset, (1u << 20) + 1)).has_value());  // > 1 GiB
    EXPECT_FALSE(WrappedKey::fromBytes(withU32(bytes, kMemoryOffset, 0xffffffffu)).has_value());
    EXPECT_FALSE(WrappedKey::fromBytes(withU32(bytes, kMemoryOffset, 7)).has_value());  // < 8 p
    EXPECT_FALSE(WrappedKey::fromBytes(withU32(bytes, kIterationsOffset, 101)).has_value());
    EXPECT_FALSE(WrappedKey::fromBytes(withU32(bytes, kIterationsOffset, 0)).has_value());
    EXPECT_FALSE(WrappedKey::fromBytes(withU32(bytes, kParallelismOffset, 0)).has_value());
    EXPECT_FALSE(WrappedKey::fromBytes(withU32(bytes, kParallelismOffset, 17)).has_value());
    // The largest accepted values still parse (they are not run here).
    EXPECT_TRUE(WrappedKey::fromBytes(withU32(bytes, kMemoryOffset, 1u << 20)).has_value());
    EXPECT_TRUE(WrappedKey::fromBytes(withU32(bytes, kIterationsOffset, 100)).has_value());

    for (const char version : {'\x00', '\x02', '\xff'}) {
        QByteArray other = bytes;
        other[4] = version;
        EXPECT_FALSE(WrappedKey::fromBytes(other).has_value()) << "version " << int(version);
    }

    // Refused on the way in as well, and never run when handed over directly.
    EXPECT_THROW(wrapKey(generateKey(), secret("pw"), kProfile, {(1u << 20) + 1, 1, 1}), std::invalid_argument);
    EXPECT_THROW(wrapKey(generateKey(), secret("pw"), kProfile, {64, 101, 1}), std::invalid_argument);
    EXPECT_THROW(wrapKey(generateKey(), secret("pw"), kProfile, {64, 1, 0}), std::invalid_argument);
    WrappedKey absurd = *WrappedKey::fromBytes(bytes);
    absurd.parameters.memoryKiB = 0xffffffffu;
    EXPECT_FALSE(unwrapKey(absurd, secret("pw"), kProfile).has_value());
    EXPECT_THROW(static_cast<void>(absurd.toBytes()), std::invalid_argument);
}

TEST(KeyWrap, OnlyA32ByteKeyIsWrapped)
{
    EXPECT_THROW(wrapKey(SecretString(QByteArray(31, 'k')), secret("pw"), kProfile, kFast), std::invalid_argument);
    EXPECT_THROW(wrapKey(SecretString(QByteArray(33, 'k')), secret("pw"), kProfile, kFast), std::invalid_argument);
    EXPECT_THROW(wrapKey(SecretString(), secret("pw"), kProfile, kFast), std::invalid_argument);
}

TEST(KeyWrap, GenerateKeyGives32DistinctRandomBytesPerCall)
{
    std::set<QByteArray> seen;
    for (int i = 0; i < 64; ++i) {
        const SecretString key = generateKey();
        ASSERT_EQ(key.size(), 32);
        seen.insert(key.view().toByteArray());
    }
    EXPECT_EQ(seen.size(), 64u);
    // Not all bytes equal within a key (a stuck generator), checked on one of them.
    const QByteArray one = *seen.begin();
    EXPECT_NE(one.count(one[0]), one.size());
}

// Records the 32-byte ranges secureWipe() cleans, checking each is zero when it is released.
std::size_t g_wiped32 = 0;
bool g_wipedNonZero = false;

void observeWipe(const void *data, std::size_t size)
{
    if (size != 32)
        return;
    ++g_wiped32;
    const auto *bytes = static_cast<const unsigned char *>(data);
    for (std::size_t i = 0; i < size; ++i)
        g_wipedNonZero = g_wipedNonZero || bytes[i] != 0;
}

TEST(KeyWrap, DerivedKeyAndPlaintextAreWiped)
{
    const SecretString key = generateKey();
    const SecretString password = secret("pw");
    const WrappedKey wrapped = wrapKey(key, password, kProfile, kFast);

    g_wiped32 = 0;
    g_wipedNonZero = false;
    medinexus::detail::setWipeObserverForTesting(&observeWipe);
    auto unwrapped = unwrapKey(wrapped, password, kProfile);
    const std::size_t duringUnwrap = g_wiped32;
    static_cast<void>(wrapKey(key, password, kProfile, kFast));
    const std::size_t duringWrap = g_wiped32 - duringUnwrap;
    medinexus::detail::setWipeObserverForTesting(nullptr);

    ASSERT_TRUE(unwrapped.has_value());
    EXPECT_GE(duringUnwrap, 2u);  // the derived key and the plaintext buffer
    EXPECT_GE(duringWrap, 1u);    // the derived key
    EXPECT_FALSE(g_wipedNonZero);
}

} // namespace
