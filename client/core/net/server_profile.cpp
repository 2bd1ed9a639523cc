#include "client/core/net/server_profile.h"

#include "shared/codec/canonical_json.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileDevice>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QUrl>

#include <stdexcept>
#include <utility>

namespace medinexus::client {

namespace {

constexpr qsizetype kSha256Size = 32;
constexpr int kProfileFileVersion = 1;

bool isValidHostName(const QString &host)
{
    if (host.isEmpty() || host.size() > 253) {
        return false;
    }
    QHostAddress address;
    if (address.setAddress(host)) {
        return true;
    }
    // A DNS name (IDNs are accepted in their Unicode form: QUrl turns them into ACE).
    const QString ace = QString::fromLatin1(QUrl::toAce(host, QUrl::AceTransitionalProcessing));
    if (ace.isEmpty()) {
        return false;
    }
    const QStringList labels = ace.split(QLatin1Char('.'));
    for (const QString &label : labels) {
        if (label.isEmpty() || label.size() > 63 || label.startsWith(QLatin1Char('-')) ||
            label.endsWith(QLatin1Char('-'))) {
            return false;
        }
        for (const QChar c : label) {
            const bool allowed = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
                                 (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
                                 (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('-');
            if (!allowed) {
                return false;
            }
        }
    }
    return true;
}

std::optional<QString> stringMember(const QJsonObject &json, QLatin1String key)
{
    const QJsonValue value = json.value(key);
    if (!value.isString()) {
        return std::nullopt;
    }
    return value.toString();
}

std::optional<QStringList> stringArrayMember(const QJsonObject &json, QLatin1String key)
{
    const QJsonValue value = json.value(key);
    if (!value.isArray()) {
        return std::nullopt;
    }
    QStringList strings;
    for (const QJsonValue &element : value.toArray()) {
        if (!element.isString()) {
            return std::nullopt;
        }
        strings.append(element.toString());
    }
    return strings;
}

} // namespace

QJsonObject ServerProfile::toJson() const
{
    QJsonArray cas;
    for (const QSslCertificate &certificate : trustedCaCertificates) {
        cas.append(QString::fromLatin1(certificate.toPem()));
    }
    return QJsonObject{
        {QLatin1String("id"), id.toString(QUuid::WithoutBraces)},
        {QLatin1String("name"), name},
        {QLatin1String("addresses"), QJsonArray::fromStringList(addresses)},
        {QLatin1String("pinnedCertificateSha256"), QString::fromLatin1(pinnedCertificateSha256.toHex())},
        {QLatin1String("trustedCaCertificates"), cas},
    };
}

std::optional<ServerProfile> ServerProfile::fromJson(const QJsonObject &json)
{
    const auto idText = stringMember(json, QLatin1String("id"));
    const auto name = stringMember(json, QLatin1String("name"));
    const auto addresses = stringArrayMember(json, QLatin1String("addresses"));
    const auto pinText = stringMember(json, QLatin1String("pinnedCertificateSha256"));
    const auto caTexts = stringArrayMember(json, QLatin1String("trustedCaCertificates"));
    if (!idText || !name || !addresses || !pinText || !caTexts) {
        return std::nullopt;
    }

    ServerProfile profile;
    profile.id = QUuid::fromString(*idText);
    if (profile.id.isNull()) {
        return std::nullopt;
    }
    profile.name = *name;
    if (addresses->isEmpty()) {
        return std::nullopt;
    }
    for (const QString &address : *addresses) {
        if (!parseServerAddress(address)) {
            return std::nullopt;
        }
    }
    profile.addresses = *addresses;
    if (!pinText->isEmpty()) {
        const auto pin = parseFingerprint(*pinText);
        if (!pin) {
            return std::nullopt;
        }
        profile.pinnedCertificateSha256 = *pin;
    }
    for (const QString &pem : *caTexts) {
        const QList<QSslCertificate> certificates = QSslCertificate::fromData(pem.toLatin1(), QSsl::Pem);
        if (certificates.size() != 1 || certificates.front().isNull()) {
            return std::nullopt;
        }
        profile.trustedCaCertificates.append(certificates.front());
    }
    return profile;
}

std::optional<ServerAddress> parseServerAddress(const QString &address)
{
    const qsizetype colon = address.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0 || colon == address.size() - 1) {
        return std::nullopt;
    }
    QString host = address.left(colon);
    const QString portText = address.mid(colon + 1);
    for (const QChar c : portText) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9')) {
            return std::nullopt;
        }
    }
    bool numeric = false;
    const uint port = portText.toUInt(&numeric);
    if (!numeric || port == 0 || port > 65535 || portText.size() > 5) {
        return std::nullopt;
    }
    if (host.startsWith(QLatin1Char('['))) {
        if (!host.endsWith(QLatin1Char(']'))) {
            return std::nullopt;
        }
        host = host.mid(1, host.size() - 2);
        QHostAddress v6;
        if (!v6.setAddress(host) || v6.protocol() != QAbstractSocket::IPv6Protocol) {
            return std::nullopt;
        }
    } else if (host.contains(QLatin1Char(':')) || !isValidHostName(host)) {
        // An unbracketed IPv6 address would make the port ambiguous.
        return std::nullopt;
    }
    return ServerAddress{host, static_cast<quint16>(port)};
}

QByteArray certificateSha256(const QSslCertificate &certificate)
{
    return certificate.digest(QCryptographicHash::Sha256);
}

QString formatFingerprint(QByteArrayView sha256)
{
    return QString::fromLatin1(sha256.toByteArray().toHex(':').toUpper());
}

std::optional<QByteArray> parseFingerprint(const QString &text)
{
    const QString trimmed = text.trimmed();
    QString hex;
    if (trimmed.contains(QLatin1Char(':'))) {
        // "AB:CD:..." : every pair separated, nothing else.
        const QStringList pairs = trimmed.split(QLatin1Char(':'));
        for (const QString &pair : pairs) {
            if (pair.size() != 2) {
                return std::nullopt;
            }
        }
        hex = pairs.join(QString());
    } else {
        hex = trimmed;
    }
    if (hex.size() != 2 * kSha256Size) {
        return std::nullopt;
    }
    for (const QChar c : hex) {
        const bool isHex = (c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
                           (c >= QLatin1Char('a') && c <= QLatin1Char('f')) ||
                           (c >= QLatin1Char('A') && c <= QLatin1Char('F'));
        if (!isHex) {
            return std::nullopt;
        }
    }
    return QByteArray::fromHex(hex.toLatin1());
}

ProfileStore::ProfileStore(QString file) : m_file(std::move(file)) {}

std::vector<ServerProfile> ProfileStore::load() const
{
    QFile file(m_file);
    if (!file.exists()) {
        return {};
    }
    if (!file.open(QIODevice::ReadOnly)) {
        throw std::runtime_error("cannot read the server profiles file " + m_file.toStdString() + ": " +
                                 file.errorString().toStdString());
    }
    const QByteArray content = file.readAll();
    const Result<QJsonObject> parsed = parseJsonObject(content);
    if (!parsed.ok()) {
        throw std::runtime_error("the server profiles file " + m_file.toStdString() + " is not valid JSON: " +
                                 parsed.error().toString().toStdString());
    }
    const QJsonObject &root = parsed.value();
    if (root.value(QLatin1String("version")).toInteger(-1) != kProfileFileVersion) {
        throw std::runtime_error("the server profiles file " + m_file.toStdString() +
                                 " has no version or an unsupported one");
    }
    const QJsonValue list = root.value(QLatin1String("profiles"));
    if (!list.isArray()) {
        throw std::runtime_error("the server profiles file " + m_file.toStdString() + " has no \"profiles\" array");
    }
    std::vector<ServerProfile> profiles;
    const QJsonArray array = list.toArray();
    for (qsizetype index = 0; index < array.size(); ++index) {
        const QJsonValue element = array.at(index);
        const std::optional<ServerProfile> profile =
            element.isObject() ? ServerProfile::fromJson(element.toObject()) : std::nullopt;
        if (!profile) {
            throw std::runtime_error("the server profiles file " + m_file.toStdString() + ": profiles[" +
                                     std::to_string(index) + "] is not a valid server profile");
        }
        profiles.push_back(*profile);
    }
    return profiles;
}

void ProfileStore::save(const std::vector<ServerProfile> &profiles) const
{
    QJsonArray array;
    for (const ServerProfile &profile : profiles) {
        array.append(profile.toJson());
    }
    const QJsonObject root{{QLatin1String("version"), kProfileFileVersion}, {QLatin1String("profiles"), array}};
    // Indented: an administrator may read or fix the file by hand. Our strict parser accepts it.
    const QByteArray content = QJsonDocument(root).toJson(QJsonDocument::Indented);

    QSaveFile file(m_file);
    if (!file.open(QIODevice::WriteOnly)) {
        throw std::runtime_error("cannot write the server profiles file " + m_file.toStdString() + ": " +
                                 file.errorString().toStdString());
    }
    // Not secret, but it decides whom the client trusts: keep it the user's own.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(content) != content.size() || !file.commit()) {
        throw std::runtime_error("cannot write the server profiles file " + m_file.toStdString() + ": " +
                                 file.errorString().toStdString());
    }
}

} // namespace medinexus::client
