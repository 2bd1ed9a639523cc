#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringList>

namespace medinexus::test {

// Every regular file under `root` (recursively, hidden ones included) whose content holds
// `secret` raw, in lower- or upper-case hex, or in base64 (standard or URL-safe): how a key
// would look if a keychain fallback or a log had written it in clear.
QStringList filesContaining(const QString &root, QByteArrayView secret);

} // namespace medinexus::test
