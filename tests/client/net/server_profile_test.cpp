#include "client/core/net/server_profile.h"

#include <QFile>
#include <QFileDevice>
#include <QJsonArray>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <stdexcept>

namespace medinexus::client {
namespace {

// A self-signed P-256 CA certificate, fixed so the test needs no server (CN "MediNexus Test CA").
QSslCertificate testCaCertificate()
{
    static const QByteArray pem = "-----BEGIN CERTIFICATE-----\n"
                                  "MIIBjzCCATWgAwIBAgIUBG/sofHPFA3cH0QcD4egvHr05UIwCgYIKoZIzj0EAwIw\n"
                                  "HDEaMBgGA1UEAwwRTWVkaU5leHVzIFRlc3QgQ0EwIBcNMjYxMTI3MTIzODU5WhgP\n"
                                  "MjEyNjExMDMxMjM4NTlaMBwxGjAYBgNVBAMMEU1lZGlOZXh1cyBUZXN0IENBMFkw\n"
                                  "EwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEUby8U6YnulyyjFaDKvEUGKH3QSWriya4\n"
                                  "eB75U3l5qKMIPf85YffU25Bo+kHzmaGyK0dsZ61PVumAxNGY04nFraNTMFEwHQYD\n"
                                  "VR0OBBYEFDEqb2W37GnRzN3N/R4C69FaKfw+MB8GA1UdIwQYMBaAFDEqb2W37GnR\n"
                                  "zN3N/R4C69FaKfw+MA8GA1UdEwEB/wQFMAMBAf8wCgYIKoZIzj0EAwIDSAAwRQIh\n"
                                  "APX58gJDPWiw+Syt8KsNtRKQ50SfzcoR2GP+HzP+b+pNAiB9gD4qQhS8UZ0kQLTo\n"
                                  "EuNrim8Hy525X+8N2yKWguPYEQ==\n"
                                  "-----END CERTIFICATE-----\n";
    const QSslCertificate certificate(pem, QSsl::Pem);
    EXPECT_FALSE(certificate.isNull());
    return certificate;
}

QByteArray sampleSha256()
{
    QByteArray bytes;
    for (int i = 0; i < 32; ++i) {
        bytes.append(static_cast<char>(i * 8 + 3));
    }
    return bytes;
}

ServerProfile sampleProfile()
{
    ServerProfile profile;
    profile.id = QUuid::fromString(QStringLiteral("01a21c85-1a50-70f6-aa1f-e371bf4fa390"));
    profile.name = QStringLiteral("Hôpital régional de Kédougou");
    profile.addresses = {QStringLiteral("records.kedougou.example:8443"), QStringLiteral("10.0.0.5:8443"),
                         QStringLiteral("[fd00::5]:8443")};
    profile.pinnedCertificateSha256 = sampleSha256();
    profile.trustedCaCertificates = {testCaCertificate()};
    return profile;
}

TEST(ServerProfileTest, JsonRoundTripKeepsEveryField)
{
    const ServerProfile profile = sampleProfile();
    const QJsonObject json = profile.toJson();
    EXPECT_EQ(json.value(QLatin1String("id")).toString(), QStringLiteral("01a21c85-1a50-70f6-aa1f-e371bf4fa390"));
    EXPECT_EQ(json.value(QLatin1String("pinnedCertificateSha256")).toString(),
              QString::fromLatin1(sampleSha256().toHex()));
    EXPECT_TRUE(json.value(QLatin1String("trustedCaCertificates")).toArray().at(0).toString().startsWith(
        QLatin1String("-----BEGIN CERTIFICATE-----")));

    const std::optional<ServerProfile> back = ServerProfile::fromJson(json);
    ASSERT_TRUE(back.has_value());
    EXPECT_EQ(*back, profile);
    EXPECT_EQ(back->trustedCaCertificates.front(), testCaCertificate());
}

TEST(ServerProfileTest, JsonRoundTripWithoutPinOrCa)
{
    ServerProfile profile = sampleProfile();
    profile.pinnedCertificateSha256.clear();
    profile.trustedCaCertificates.clear();
    const std::optional<ServerProfile> back = ServerProfile::fromJson(profile.toJson());
    ASSERT_TRUE(back.has_value());
    EXPECT_EQ(*back, profile);
    EXPECT_TRUE(back->pinnedCertificateSha256.isEmpty());
}

TEST(ServerProfileTest, FromJsonRefusesInvalidProfiles)
{
    const QJsonObject valid = sampleProfile().toJson();
    auto with = [&](const char *key, const QJsonValue &value) {
        QJsonObject json = valid;
        json.insert(QLatin1String(key), value);
        return ServerProfile::fromJson(json);
    };
    auto without = [&](const char *key) {
        QJsonObject json = valid;
        json.remove(QLatin1String(key));
        return ServerProfile::fromJson(json);
    };
    EXPECT_FALSE(without("id"));
    EXPECT_FALSE(without("name"));
    EXPECT_FALSE(without("addresses"));
    EXPECT_FALSE(without("pinnedCertificateSha256"));
    EXPECT_FALSE(without("trustedCaCertificates"));
    EXPECT_FALSE(with("id", QStringLiteral("not-a-uuid")));
    EXPECT_FALSE(with("id", 12));
    EXPECT_FALSE(with("addresses", QJsonArray{}));
    EXPECT_FALSE(with("addresses", QJsonArray{QStringLiteral("no-port")}));
    EXPECT_FALSE(with("addresses", QJsonArray{QStringLiteral("host:0")}));
    EXPECT_FALSE(with("addresses", QJsonArray{QStringLiteral("host:65536")}));
    EXPECT_FALSE(with("addresses", QJsonArray{QStringLiteral("fd00::5:8443")}));
    EXPECT_FALSE(with("addresses", QJsonArray{1}));
    EXPECT_FALSE(with("pinnedCertificateSha256", QStringLiteral("abcd")));
    EXPECT_FALSE(with("trustedCaCertificates", QJsonArray{QStringLiteral("not a certificate")}));
    // Unknown members are tolerated (a newer client may have written them).
    EXPECT_TRUE(with("colour", QStringLiteral("blue")));
}

TEST(ServerProfileTest, ParsesAddresses)
{
    const auto dns = parseServerAddress(QStringLiteral("records.example.org:8443"));
    ASSERT_TRUE(dns);
    EXPECT_EQ(dns->host, QStringLiteral("records.example.org"));
    EXPECT_EQ(dns->port, 8443);
    const auto v4 = parseServerAddress(QStringLiteral("127.0.0.1:1"));
    ASSERT_TRUE(v4);
    EXPECT_EQ(v4->host, QStringLiteral("127.0.0.1"));
    const auto v6 = parseServerAddress(QStringLiteral("[::1]:65535"));
    ASSERT_TRUE(v6);
    EXPECT_EQ(v6->host, QStringLiteral("::1"));
    EXPECT_EQ(v6->port, 65535);
    EXPECT_FALSE(parseServerAddress(QString()));
    EXPECT_FALSE(parseServerAddress(QStringLiteral(":8443")));
    EXPECT_FALSE(parseServerAddress(QStringLiteral("host:")));
    EXPECT_FALSE(parseServerAddress(QStringLiteral("host:+80")));
    EXPECT_FALSE(parseServerAddress(QStringLiteral("ho st:80")));
    EXPECT_FALSE(parseServerAddress(QStringLiteral("host/path:80")));
    EXPECT_FALSE(parseServerAddress(QStringLiteral("[::1:80")));
    EXPECT_FALSE(parseServerAddress(QStringLiteral("[127.0.0.1]:80")));
}

TEST(FingerprintTest, FormatsAsUppercaseColonSeparatedPairs)
{
    const QByteArray sha = QByteArray::fromHex("00ff10ab");
    EXPECT_EQ(formatFingerprint(sha), QStringLiteral("00:FF:10:AB"));
    EXPECT_EQ(formatFingerprint(QByteArray()), QString());
    const QString formatted = formatFingerprint(sampleSha256());
    EXPECT_EQ(formatted.size(), 32 * 3 - 1);
}

TEST(FingerprintTest, ParsesWithOrWithoutColonsInAnyCase)
{
    const QByteArray sha = sampleSha256();
    const QString hex = QString::fromLatin1(sha.toHex());
    EXPECT_EQ(parseFingerprint(formatFingerprint(sha)), sha);
    EXPECT_EQ(parseFingerprint(formatFingerprint(sha).toLower()), sha);
    EXPECT_EQ(parseFingerprint(hex), sha);
    EXPECT_EQ(parseFingerprint(hex.toUpper()), sha);
    EXPECT_EQ(parseFingerprint(QStringLiteral("  ") + hex + QStringLiteral("\n")), sha);

    EXPECT_FALSE(parseFingerprint(QString()));
    EXPECT_FALSE(parseFingerprint(hex.left(62)));                        // 31 bytes
    EXPECT_FALSE(parseFingerprint(hex + QStringLiteral("00")));          // 33 bytes
    EXPECT_FALSE(parseFingerprint(hex.left(63) + QStringLiteral("g")));  // not hex
    EXPECT_FALSE(parseFingerprint(formatFingerprint(sha).mid(1)));       // a broken pair
    EXPECT_FALSE(parseFingerprint(formatFingerprint(sha) + QStringLiteral(":"))); // empty pair
    EXPECT_FALSE(parseFingerprint(hex.left(2) + QStringLiteral(":") + hex.mid(2))); // mixed forms
}

TEST(ProfileStoreTest, FileRoundTrip)
{
    QTemporaryDir directory;
    ASSERT_TRUE(directory.isValid());
    const QString path = directory.filePath(QStringLiteral("servers.json"));
    ProfileStore store(path);
    EXPECT_TRUE(store.load().empty()); // no file yet

    ServerProfile second = sampleProfile();
    second.id = QUuid::createUuid();
    second.name = QStringLiteral("Clinique de Bandafassi");
    second.pinnedCertificateSha256.clear();
    const std::vector<ServerProfile> profiles{sampleProfile(), second};
    store.save(profiles);

    EXPECT_EQ(ProfileStore(path).load(), profiles);
    // Owner only (the "User" flags describe the current user and are ignored here).
    const QFileDevice::Permissions permissions = QFile::permissions(path);
    EXPECT_TRUE(permissions.testFlags(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    EXPECT_FALSE(permissions & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                                QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther));

    // Saving again replaces the whole content.
    store.save({second});
    const std::vector<ServerProfile> reloaded = store.load();
    ASSERT_EQ(reloaded.size(), 1u);
    EXPECT_EQ(reloaded.front(), second);
    store.save({});
    EXPECT_TRUE(store.load().empty());
}

TEST(ProfileStoreTest, BrokenFileIsReportedNotIgnored)
{
    QTemporaryDir directory;
    ASSERT_TRUE(directory.isValid());
    const QString path = directory.filePath(QStringLiteral("servers.json"));
    auto write = [&](const QByteArray &content) {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        ASSERT_EQ(file.write(content), content.size());
    };
    const ProfileStore store(path);

    write("{\"version\":1,\"profiles\":[");
    EXPECT_THROW(store.load(), std::runtime_error);
    write("{\"version\":2,\"profiles\":[]}");
    EXPECT_THROW(store.load(), std::runtime_error);
    write("{\"version\":1}");
    EXPECT_THROW(store.load(), std::runtime_error);
    write("{\"version\":1,\"profiles\":[{\"id\":\"x\"}]}");
    EXPECT_THROW(store.load(), std::runtime_error);
    write("{\"version\":1,\"profiles\":[]}");
    EXPECT_TRUE(store.load().empty());
}

TEST(ProfileStoreTest, SaveToAnUnwritablePlaceThrows)
{
    QTemporaryDir directory;
    ASSERT_TRUE(directory.isValid());
    const ProfileStore store(directory.filePath(QStringLiteral("missing-directory/servers.json")));
    EXPECT_THROW(store.save({sampleProfile()}), std::runtime_error);
}

} // namespace
} // namespace medinexus::client
