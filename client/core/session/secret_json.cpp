#include "client/core/session/secret_json.h"

#include <QByteArray>

#include <cstring>

namespace medinexus::client {

namespace {

// Character codes, not quote literals: Qt's lupdate mis-tokenises a quote in a char literal.
constexpr char kQuote = 0x22;
constexpr char kBackslash = 0x5c;

// Appends `bytes` as the inside of a JSON string (UTF-8 passes through; quotes, backslashes
// and control characters are escaped).
void appendEscaped(QByteArray &out, QByteArrayView bytes)
{
    static constexpr char kHex[] = "0123456789abcdef";
    for (const char c : bytes) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == kQuote || c == kBackslash) {
            out.append(kBackslash);
            out.append(c);
        } else if (byte < 0x20) {
            out.append(kBackslash);
            out.append("u00");
            out.append(kHex[byte >> 4]);
            out.append(kHex[byte & 0x0f]);
        } else {
            out.append(c);
        }
    }
}

} // namespace

SecretString secretJsonObject(std::initializer_list<std::pair<const char *, QByteArrayView>> members)
{
    qsizetype capacity = 2;
    for (const auto &[name, value] : members)
        capacity += 6 + static_cast<qsizetype>(std::strlen(name)) + 6 * value.size();
    QByteArray body;
    body.reserve(capacity);
    body.append('{');
    bool first = true;
    for (const auto &[name, value] : members) {
        if (!first)
            body.append(',');
        first = false;
        body.append(kQuote);
        body.append(name);
        body.append(kQuote);
        body.append(':');
        body.append(kQuote);
        appendEscaped(body, value);
        body.append(kQuote);
    }
    body.append('}');
    return SecretString(std::move(body));
}

} // namespace medinexus::client
