#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QStringList>
#include <QUuid>
#include <QtGlobal>

#include <optional>
#include <vector>

namespace medinexus::client {

// One MediNexus server as the client knows it: where to reach it and how to trust it. A
// profile holds no secret (tokens and passwords live elsewhere), so it may be stored in a
// plain file.
struct ServerProfile {
    QUuid id;
    QString name;
    QStringList addresses;              // "host:port" ("[v6]:port"), tried in this order (failover)
    QByteArray pinnedCertificateSha256; // SHA-256 of the leaf certificate's DER (32 bytes); empty: none
    QList<QSslCertificate> trustedCaCertificates; // extra CAs (PEM in JSON); empty: system CAs only

    // {"id","name","addresses":[...],"pinnedCertificateSha256":"<64 hex>"|"",
    //  "trustedCaCertificates":["-----BEGIN CERTIFICATE-----..."]}
    QJsonObject toJson() const;
    // nullopt when a member is missing or has the wrong type, the id is null, there is no
    // address or one is not "host:port", the pin is not 32 bytes, or a CA is not one PEM
    // certificate. Unknown members are ignored (a newer client may have added some).
    static std::optional<ServerProfile> fromJson(const QJsonObject &json);

    bool operator==(const ServerProfile &) const = default;
};

// "host:port" split and checked: host a DNS name, IPv4 or bracketed IPv6; port 1..65535.
struct ServerAddress {
    QString host; // without brackets
    quint16 port = 0;
};
std::optional<ServerAddress> parseServerAddress(const QString &address);

// The SHA-256 of a certificate's DER encoding: what a pin holds.
QByteArray certificateSha256(const QSslCertificate &certificate);

// "AB:CD:..." (uppercase, colon-separated) as shown to people; empty for an empty input.
QString formatFingerprint(QByteArrayView sha256);
// 32 bytes from 64 hex digits, with or without colons between byte pairs (all pairs or none),
// any case, surrounding white space ignored. nullopt for anything else.
std::optional<QByteArray> parseFingerprint(const QString &text);

// A JSON file of profiles: {"version":1,"profiles":[...]}, written atomically (QSaveFile).
class ProfileStore {
public:
    explicit ProfileStore(QString file);

    // The profiles in file order; empty when the file does not exist. Throws
    // std::runtime_error when the file cannot be read or is not a valid profile file (a broken
    // file is reported, never silently treated as empty, so a save cannot erase it).
    std::vector<ServerProfile> load() const;
    // Replaces the file's content (owner read/write only). Throws std::runtime_error on failure;
    // the previous file is then left untouched.
    void save(const std::vector<ServerProfile> &profiles) const;

    const QString &file() const { return m_file; }

private:
    QString m_file;
};

} // namespace medinexus::client
