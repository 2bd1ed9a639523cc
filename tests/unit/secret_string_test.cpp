#include "shared/security/secret_string.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <vector>

namespace medinexus {
namespace {

// Every wipe reported by secureWipe(): where, how much, and whether the bytes were all
// zero at that moment (checked while the memory still belongs to its owner).
struct Wipe {
    const void *data;
    std::size_t size;
    bool zeroed;
};
std::vector<Wipe> g_wipes;

void recordWipe(const void *data, std::size_t size)
{
    const auto *bytes = static_cast<const unsigned char *>(data);
    g_wipes.push_back({data, size, std::all_of(bytes, bytes + size, [](unsigned char b) { return b == 0; })});
}

class SecretStringTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        g_wipes.clear();
        detail::setWipeObserverForTesting(&recordWipe);
    }
    void TearDown() override { detail::setWipeObserverForTesting(nullptr); }

    static bool wasWiped(const void *data, std::size_t size)
    {
        return std::any_of(g_wipes.begin(), g_wipes.end(),
                           [&](const Wipe &w) { return w.data == data && w.size == size && w.zeroed; });
    }
};

TEST_F(SecretStringTest, HoldsACopyOfTheBytes)
{
    const QByteArray source("s3cret-password");
    const SecretString secret{QByteArrayView(source)};
    EXPECT_EQ(secret.view(), QByteArrayView("s3cret-password"));
    EXPECT_EQ(secret.size(), 15);
    EXPECT_NE(secret.view().data(), source.constData());
    EXPECT_EQ(source, QByteArray("s3cret-password"));  // a view's source is the caller's
}

TEST_F(SecretStringTest, DefaultIsEmpty)
{
    const SecretString secret;
    EXPECT_TRUE(secret.isEmpty());
    EXPECT_EQ(secret.size(), 0);
    EXPECT_TRUE(secret.view().isEmpty());
}

TEST_F(SecretStringTest, DestructionWipesItsOwnStorage)
{
    const void *storage = nullptr;
    {
        const SecretString secret{QByteArrayView("correct horse battery")};
        storage = secret.view().data();
    }
    EXPECT_TRUE(wasWiped(storage, 21));
}

TEST_F(SecretStringTest, ClearWipesAndEmpties)
{
    SecretString secret{QByteArrayView("abcdefgh")};
    const void *storage = secret.view().data();
    secret.clear();
    EXPECT_TRUE(secret.isEmpty());
    EXPECT_TRUE(wasWiped(storage, 8));
}

TEST_F(SecretStringTest, MoveLeavesTheSourceEmptyAndKeepsOneCopy)
{
    SecretString first{QByteArrayView("token-bytes")};
    const void *storage = first.view().data();
    SecretString second(std::move(first));
    EXPECT_TRUE(first.isEmpty());  // NOLINT(bugprone-use-after-move): the point of the test
    EXPECT_TRUE(first.view().isEmpty());
    EXPECT_EQ(second.view(), QByteArrayView("token-bytes"));
    EXPECT_EQ(second.view().data(), storage);  // handed over, not copied
    EXPECT_TRUE(g_wipes.empty());              // nothing was dropped, so nothing wiped yet
}

TEST_F(SecretStringTest, MoveAssignmentWipesWhatItReplaces)
{
    SecretString target{QByteArrayView("old secret")};
    const void *oldStorage = target.view().data();
    SecretString source{QByteArrayView("new secret!")};
    target = std::move(source);
    EXPECT_TRUE(wasWiped(oldStorage, 10));
    EXPECT_TRUE(source.isEmpty());  // NOLINT(bugprone-use-after-move)
    EXPECT_EQ(target.view(), QByteArrayView("new secret!"));
}

TEST_F(SecretStringTest, TakingAnUnsharedByteArrayWipesIt)
{
    QByteArray source("password from the request");
    source.detach();
    const void *sourceStorage = source.constData();
    const auto sourceSize = static_cast<std::size_t>(source.size());
    const SecretString secret(std::move(source));
    EXPECT_EQ(secret.view(), QByteArrayView("password from the request"));
    EXPECT_TRUE(wasWiped(sourceStorage, sourceSize));
    EXPECT_TRUE(source.isEmpty());  // NOLINT(bugprone-use-after-move)
}

TEST_F(SecretStringTest, TakingASharedByteArrayLeavesTheOtherOwnerIntact)
{
    QByteArray source("shared bytes");
    const QByteArray otherOwner = source;  // implicitly shared: not ours to overwrite
    const SecretString secret(std::move(source));
    EXPECT_EQ(secret.view(), QByteArrayView("shared bytes"));
    EXPECT_EQ(otherOwner, QByteArray("shared bytes"));
    EXPECT_FALSE(wasWiped(otherOwner.constData(), 12));
}

TEST_F(SecretStringTest, TakingRawDataNeverWritesToIt)
{
    static const char raw[] = "read-only literal";
    QByteArray source = QByteArray::fromRawData(raw, sizeof(raw) - 1);
    const SecretString secret(std::move(source));
    EXPECT_EQ(secret.view(), QByteArrayView("read-only literal"));
    EXPECT_EQ(QByteArrayView(raw), QByteArrayView("read-only literal"));
}

TEST_F(SecretStringTest, FromUtf16EncodesAsUtf8AndWipesAnRvalueSource)
{
    QString typed = QStringLiteral("mot de passe été");
    typed.detach();
    const void *typedStorage = typed.constData();
    const auto typedBytes = static_cast<std::size_t>(typed.size()) * sizeof(QChar);
    const SecretString secret = SecretString::fromUtf16(std::move(typed));
    EXPECT_EQ(secret.view(), QByteArrayView("mot de passe \xc3\xa9t\xc3\xa9"));
    EXPECT_TRUE(wasWiped(typedStorage, typedBytes));
    EXPECT_TRUE(typed.isEmpty());  // NOLINT(bugprone-use-after-move)
}

TEST_F(SecretStringTest, FromUtf16OfAConstSourceLeavesItAlone)
{
    const QString typed = QStringLiteral("keep me");
    const SecretString secret = SecretString::fromUtf16(typed);
    EXPECT_EQ(secret.view(), QByteArrayView("keep me"));
    EXPECT_EQ(typed, QStringLiteral("keep me"));
}

TEST_F(SecretStringTest, EqualsComparesContents)
{
    const SecretString secret{QByteArrayView("abc123")};
    EXPECT_TRUE(secret.equals("abc123"));
    EXPECT_FALSE(secret.equals("abc124"));
    EXPECT_FALSE(secret.equals("abc12"));
    EXPECT_TRUE(SecretString().equals(QByteArrayView()));
}

TEST_F(SecretStringTest, SecureWipeOfAByteArrayZeroesThenClears)
{
    QByteArray bytes("0123456789");
    bytes.detach();
    const void *storage = bytes.constData();
    secureWipe(bytes);
    EXPECT_TRUE(bytes.isEmpty());
    EXPECT_TRUE(wasWiped(storage, 10));
}

} // namespace
} // namespace medinexus
