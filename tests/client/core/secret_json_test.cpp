// Request bodies that carry passwords, built without QJsonObject's unwipeable copies.
#include "client/core/session/login_service.h"
#include "client/core/session/secret_json.h"

#include "shared/codec/canonical_json.h"

#include <gtest/gtest.h>

namespace medinexus::client {
namespace {

TEST(SecretJsonTest, EscapesWhatJsonRequiresAndParsesBackToTheSameText)
{
    const QString tricky = QStringLiteral("mot \"de\" passe \\ é\u00e0\u4e2d\n\t\x01 fin");
    const SecretString password = SecretString::fromUtf16(tricky);
    const SecretString body = loginRequestBody(QStringLiteral("dr.diallo"), password);
    const auto parsed = parseJsonObject(QByteArray(body.view().data(), body.size()));
    ASSERT_TRUE(parsed.ok()) << parsed.error().toString().toStdString();
    EXPECT_EQ(parsed->value(QStringLiteral("password")).toString(), tricky);
    EXPECT_EQ(parsed->value(QStringLiteral("username")).toString(), QStringLiteral("dr.diallo"));
    EXPECT_EQ(parsed->size(), 2);
}

TEST(SecretJsonTest, BuildsFlatObjectsInTheOrderGiven)
{
    const SecretString body = secretJsonObject({{"a", QByteArrayView("1")}, {"b", QByteArrayView("")}});
    EXPECT_EQ(QByteArray(body.view().data(), body.size()), QByteArray(R"({"a":"1","b":""})"));
    const SecretString empty = secretJsonObject({});
    EXPECT_EQ(QByteArray(empty.view().data(), empty.size()), QByteArray("{}"));
}

} // namespace
} // namespace medinexus::client
