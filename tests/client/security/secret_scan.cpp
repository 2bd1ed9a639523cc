#include "tests/client/security/secret_scan.h"

#include <QByteArray>
#include <QDirIterator>
#include <QFile>

#include <algorithm>
#include <array>

namespace medinexus::test {

QStringList filesContaining(const QString &root, QByteArrayView secret)
{
    const QByteArray raw = secret.toByteArray();
    const QByteArray head = raw.first(std::min<qsizetype>(raw.size(), 30));
    const std::array<QByteArray, 5> encodings = {
        raw,
        raw.toHex(),
        raw.toHex().toUpper(),
        // Without padding: the secret's encoding may sit inside a longer base64 text only
        // where it starts on a 3-byte boundary; its first 30 bytes (40 characters) suffice.
        head.toBase64(QByteArray::OmitTrailingEquals),
        head.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals),
    };
    QStringList found;
    QDirIterator files(root, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot,
                       QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            found << path + QStringLiteral(" (unreadable: ") + file.errorString() + QLatin1Char(')');
            continue;
        }
        const QByteArray content = file.readAll();
        for (const QByteArray &encoded : encodings) {
            if (content.contains(encoded)) {
                found << path;
                break;
            }
        }
    }
    return found;
}

} // namespace medinexus::test
