#include "shared/codec/canonical_json.h"

#include <QMetaType>
#include <QVariant>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <vector>

namespace medinexus {

namespace {

constexpr qsizetype kMessageMaxChars = 64;
constexpr double kMaxExactDouble = 9007199254740992.0; // 2^53

int effectiveMaxDepth(const JsonLimits &limits)
{
    return std::clamp(limits.maxDepth, 0, JsonLimits::kHardMaxDepth);
}

QString number(qsizetype n)
{
    return QString::number(static_cast<qint64>(n));
}

QString hexByte(uchar byte)
{
    return QStringLiteral("0x%1").arg(uint{byte}, 2, 16, QLatin1Char('0'));
}

bool isHighSurrogate(char32_t c) { return c >= 0xD800 && c <= 0xDBFF; }
bool isLowSurrogate(char32_t c) { return c >= 0xDC00 && c <= 0xDFFF; }

void appendUtf8(QByteArray &out, char32_t cp)
{
    if (cp < 0x80) {
        out.append(static_cast<char>(cp));
    } else if (cp < 0x800) {
        out.append(static_cast<char>(0xC0 | (cp >> 6)));
        out.append(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.append(static_cast<char>(0xE0 | (cp >> 12)));
        out.append(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.append(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
        out.append(static_cast<char>(0xF0 | (cp >> 18)));
        out.append(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
        out.append(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.append(static_cast<char>(0x80 | (cp & 0x3F)));
    }
}

qsizetype utf8Length(char32_t cp)
{
    return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

// Length of the well-formed UTF-8 sequence starting at p[0] (a byte >= 0x80), or 0.
// Table 3-7 of the Unicode Standard: no overlongs, no surrogates, nothing > U+10FFFF.
qsizetype utf8SequenceLength(const uchar *p, qsizetype available)
{
    const uchar b0 = p[0];
    qsizetype length = 0;
    uchar lo = 0x80;
    uchar hi = 0xBF;
    if (b0 >= 0xC2 && b0 <= 0xDF) {
        length = 2;
    } else if (b0 == 0xE0) {
        length = 3;
        lo = 0xA0;
    } else if ((b0 >= 0xE1 && b0 <= 0xEC) || b0 == 0xEE || b0 == 0xEF) {
        length = 3;
    } else if (b0 == 0xED) {
        length = 3;
        hi = 0x9F; // U+D800..U+DFFF are not characters
    } else if (b0 == 0xF0) {
        length = 4;
        lo = 0x90;
    } else if (b0 >= 0xF1 && b0 <= 0xF3) {
        length = 4;
    } else if (b0 == 0xF4) {
        length = 4;
        hi = 0x8F; // nothing above U+10FFFF
    } else {
        return 0; // continuation byte, C0/C1 (overlong), F5..FF
    }
    if (available < length)
        return 0;
    if (p[1] < lo || p[1] > hi)
        return 0;
    for (qsizetype i = 2; i < length; ++i) {
        if (p[i] < 0x80 || p[i] > 0xBF)
            return 0;
    }
    return length;
}

// The code point of the well-formed sequence p[0..length).
char32_t decodeUtf8(const uchar *p, qsizetype length)
{
    switch (length) {
    case 2:
        return (char32_t{p[0]} & 0x1F) << 6 | (char32_t{p[1]} & 0x3F);
    case 3:
        return (char32_t{p[0]} & 0x0F) << 12 | (char32_t{p[1]} & 0x3F) << 6 | (char32_t{p[2]} & 0x3F);
    default:
        return (char32_t{p[0]} & 0x07) << 18 | (char32_t{p[1]} & 0x3F) << 12 | (char32_t{p[2]} & 0x3F) << 6
            | (char32_t{p[3]} & 0x3F);
    }
}

void appendCodePoint(QString &out, char32_t cp)
{
    if (cp < 0x10000) {
        out.append(QChar(static_cast<char16_t>(cp)));
    } else {
        out.append(QChar(static_cast<char16_t>(0xD800 + ((cp - 0x10000) >> 10))));
        out.append(QChar(static_cast<char16_t>(0xDC00 + ((cp - 0x10000) & 0x3FF))));
    }
}

int hexDigit(uchar c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// --- Parser -------------------------------------------------------------------------

class Parser
{
public:
    Parser(QByteArrayView input, const JsonLimits &limits)
        : m_data(reinterpret_cast<const uchar *>(input.data()))
        , m_size(input.size())
        , m_limits(limits)
        , m_maxDepth(effectiveMaxDepth(limits))
    {
    }

    Result<QJsonValue> run()
    {
        if (m_size > m_limits.maxBytes)
            return error(m_limits.maxBytes, QStringLiteral("document larger than %1 bytes").arg(number(m_limits.maxBytes)));
        if (m_size >= 3 && m_data[0] == 0xEF && m_data[1] == 0xBB && m_data[2] == 0xBF)
            return error(0, QStringLiteral("byte order mark is not allowed"));
        skipWhitespace();
        QJsonValue value;
        if (!parseValue(value, 0))
            return m_error;
        skipWhitespace();
        if (m_pos != m_size)
            return error(m_pos, QStringLiteral("unexpected data after the JSON value"));
        return value;
    }

private:
    JsonError error(qsizetype offset, QString message) const
    {
        return JsonError{offset, QString(), std::move(message)};
    }

    bool fail(qsizetype offset, QString message)
    {
        m_error = error(offset, std::move(message));
        return false;
    }

    // The byte at m_pos is not what the grammar allows here.
    bool unexpected(const char *expected)
    {
        const QString what = QString::fromLatin1(expected);
        if (m_pos >= m_size)
            return fail(m_size, QStringLiteral("unexpected end of input, expected %1").arg(what));
        const uchar c = m_data[m_pos];
        if (c == '/')
            return fail(m_pos, QStringLiteral("comments are not allowed"));
        if (c >= 0x20 && c < 0x7F)
            return fail(m_pos, QStringLiteral("unexpected character '%1', expected %2").arg(QString(QLatin1Char(static_cast<char>(c))), what));
        return fail(m_pos, QStringLiteral("unexpected byte %1, expected %2").arg(hexByte(c), what));
    }

    bool atByte(uchar c) const { return m_pos < m_size && m_data[m_pos] == c; }

    void skipWhitespace()
    {
        while (m_pos < m_size) {
            const uchar c = m_data[m_pos];
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
                return;
            ++m_pos;
        }
    }

    bool parseValue(QJsonValue &out, int depth)
    {
        if (m_pos >= m_size)
            return unexpected("a JSON value");
        if (++m_values > m_limits.maxValues)
            return fail(m_pos, QStringLiteral("more than %1 values").arg(number(m_limits.maxValues)));
        const uchar c = m_data[m_pos];
        switch (c) {
        case '{': {
            QJsonObject object;
            if (!parseObject(object, depth + 1))
                return false;
            out = QJsonValue(std::move(object));
            return true;
        }
        case '[': {
            QJsonArray array;
            if (!parseArray(array, depth + 1))
                return false;
            out = QJsonValue(std::move(array));
            return true;
        }
        case '"': {
            QString text;
            if (!parseString(text))
                return false;
            out = QJsonValue(std::move(text));
            return true;
        }
        case 't':
            return parseLiteral("true", QJsonValue(true), out);
        case 'f':
            return parseLiteral("false", QJsonValue(false), out);
        case 'n':
            return parseLiteral("null", QJsonValue(QJsonValue::Null), out);
        case 'N':
            return fail(m_pos, QStringLiteral("NaN is not JSON"));
        case 'I':
            return fail(m_pos, QStringLiteral("Infinity is not JSON"));
        case '\'':
            return fail(m_pos, QStringLiteral("strings must be in double quotes"));
        default:
            if (c == '-' || (c >= '0' && c <= '9'))
                return parseNumber(out);
            return unexpected("a JSON value");
        }
    }

    bool parseLiteral(const char *literal, QJsonValue value, QJsonValue &out)
    {
        const auto length = static_cast<qsizetype>(std::strlen(literal));
        if (m_size - m_pos < length || std::memcmp(m_data + m_pos, literal, static_cast<std::size_t>(length)) != 0)
            return fail(m_pos, QStringLiteral("invalid literal (expected %1)").arg(QLatin1String(literal)));
        m_pos += length;
        out = std::move(value);
        return true;
    }

    bool parseNumber(QJsonValue &out)
    {
        const qsizetype start = m_pos;
        const bool negative = atByte('-');
        if (negative)
            ++m_pos;
        if (m_pos >= m_size || m_data[m_pos] < '0' || m_data[m_pos] > '9') {
            if (atByte('I'))
                return fail(m_pos, QStringLiteral("Infinity is not JSON"));
            return unexpected("a digit");
        }
        // Magnitude limit: 2^63 for negatives, 2^63 - 1 otherwise.
        const quint64 limit = negative ? quint64{1} << 63 : quint64{std::numeric_limits<qint64>::max()};
        quint64 magnitude = 0;
        if (m_data[m_pos] == '0') {
            ++m_pos;
            if (m_pos < m_size && m_data[m_pos] >= '0' && m_data[m_pos] <= '9')
                return fail(start, QStringLiteral("leading zeros are not allowed"));
        } else {
            while (m_pos < m_size && m_data[m_pos] >= '0' && m_data[m_pos] <= '9') {
                const quint64 digit = m_data[m_pos] - '0';
                if (magnitude > (limit - digit) / 10)
                    return fail(start, QStringLiteral("integer outside the 64-bit range"));
                magnitude = magnitude * 10 + digit;
                ++m_pos;
            }
        }
        if (atByte('.') || atByte('e') || atByte('E'))
            return fail(m_pos, QStringLiteral("numbers with a fraction or an exponent are not supported (integers only)"));
        qint64 value = 0;
        if (!negative)
            value = static_cast<qint64>(magnitude);
        else if (magnitude == (quint64{1} << 63))
            value = std::numeric_limits<qint64>::min();
        else
            value = -static_cast<qint64>(magnitude);
        out = QJsonValue(value);
        return true;
    }

    // Reads 4 hex digits at m_pos into `unit`.
    bool parseHex4(char32_t &unit)
    {
        if (m_size - m_pos < 4)
            return fail(m_pos, QStringLiteral("\\u escape needs 4 hex digits"));
        char32_t value = 0;
        for (qsizetype i = 0; i < 4; ++i) {
            const int digit = hexDigit(m_data[m_pos + i]);
            if (digit < 0)
                return fail(m_pos + i, QStringLiteral("\\u escape needs 4 hex digits"));
            value = (value << 4) | static_cast<char32_t>(digit);
        }
        m_pos += 4;
        unit = value;
        return true;
    }

    // At a backslash inside a string: decodes the escape into `cp`.
    bool parseEscape(char32_t &cp)
    {
        const qsizetype escapeStart = m_pos;
        ++m_pos; // the backslash
        if (m_pos >= m_size)
            return fail(m_size, QStringLiteral("unterminated string"));
        const uchar c = m_data[m_pos++];
        switch (c) {
        case '"': cp = u'"'; return true;
        case '\\': cp = u'\\'; return true;
        case '/': cp = u'/'; return true;
        case 'b': cp = u'\b'; return true;
        case 'f': cp = u'\f'; return true;
        case 'n': cp = u'\n'; return true;
        case 'r': cp = u'\r'; return true;
        case 't': cp = u'\t'; return true;
        case 'u': break;
        default:
            return fail(escapeStart, QStringLiteral("invalid escape sequence"));
        }
        if (!parseHex4(cp))
            return false;
        if (isLowSurrogate(cp))
            return fail(escapeStart, QStringLiteral("unpaired low surrogate escape"));
        if (isHighSurrogate(cp)) {
            if (m_size - m_pos < 2 || m_data[m_pos] != '\\' || m_data[m_pos + 1] != 'u')
                return fail(escapeStart, QStringLiteral("unpaired high surrogate escape"));
            m_pos += 2;
            char32_t low = 0;
            if (!parseHex4(low))
                return false;
            if (!isLowSurrogate(low))
                return fail(escapeStart, QStringLiteral("unpaired high surrogate escape"));
            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
        }
        return true;
    }

    // Decodes the string starting at the opening quote at m_pos. The UTF-8 is validated
    // and decoded here, in one pass: QString::fromUtf8() would also drop a leading
    // U+FEFF, silently changing text that starts with one.
    bool parseString(QString &out)
    {
        const qsizetype start = m_pos;
        ++m_pos; // opening quote
        QString text;
        qsizetype decodedBytes = 0;
        for (;;) {
            if (m_pos >= m_size)
                return fail(m_size, QStringLiteral("unterminated string"));
            const uchar c = m_data[m_pos];
            if (c == '"')
                break;
            if (c < 0x20)
                return fail(m_pos, QStringLiteral("unescaped control character %1 in string").arg(hexByte(c)));
            if (c == '\\') {
                char32_t cp = 0;
                if (!parseEscape(cp))
                    return false;
                appendCodePoint(text, cp);
                decodedBytes += utf8Length(cp);
            } else if (c < 0x80) {
                // A run of plain ASCII, appended at once.
                qsizetype end = m_pos + 1;
                while (end < m_size && m_data[end] >= 0x20 && m_data[end] < 0x80 && m_data[end] != '"'
                       && m_data[end] != '\\')
                    ++end;
                text.append(QLatin1String(reinterpret_cast<const char *>(m_data + m_pos), end - m_pos));
                decodedBytes += end - m_pos;
                m_pos = end;
            } else {
                const qsizetype length = utf8SequenceLength(m_data + m_pos, m_size - m_pos);
                if (length == 0)
                    return fail(m_pos, QStringLiteral("invalid UTF-8"));
                appendCodePoint(text, decodeUtf8(m_data + m_pos, length));
                m_pos += length;
                decodedBytes += length;
            }
            if (decodedBytes > m_limits.maxStringBytes)
                return fail(start, QStringLiteral("string longer than %1 bytes").arg(number(m_limits.maxStringBytes)));
        }
        ++m_pos; // closing quote
        out = std::move(text);
        return true;
    }

    bool enter(int depth, qsizetype at)
    {
        if (depth > m_maxDepth)
            return fail(at, QStringLiteral("nesting deeper than %1").arg(m_maxDepth));
        return true;
    }

    bool parseObject(QJsonObject &out, int depth)
    {
        if (!enter(depth, m_pos))
            return false;
        ++m_pos; // '{'
        skipWhitespace();
        if (atByte('}')) {
            ++m_pos;
            return true;
        }
        for (;;) {
            skipWhitespace();
            if (!atByte('"'))
                return unexpected("a string key");
            const qsizetype keyOffset = m_pos;
            QString key;
            if (!parseString(key))
                return false;
            if (out.size() >= m_limits.maxMembers)
                return fail(keyOffset, QStringLiteral("object with more than %1 members").arg(number(m_limits.maxMembers)));
            if (out.contains(key))
                return fail(keyOffset, QStringLiteral("duplicate key %1").arg(safeQuoted(key)));
            skipWhitespace();
            if (!atByte(':'))
                return unexpected("':'");
            ++m_pos;
            skipWhitespace();
            QJsonValue value;
            if (!parseValue(value, depth))
                return false;
            out.insert(key, value);
            skipWhitespace();
            if (atByte(',')) {
                ++m_pos;
                continue;
            }
            if (atByte('}')) {
                ++m_pos;
                return true;
            }
            return unexpected("',' or '}'");
        }
    }

    bool parseArray(QJsonArray &out, int depth)
    {
        if (!enter(depth, m_pos))
            return false;
        ++m_pos; // '['
        skipWhitespace();
        if (atByte(']')) {
            ++m_pos;
            return true;
        }
        for (;;) {
            skipWhitespace();
            if (out.size() >= m_limits.maxElements)
                return fail(m_pos, QStringLiteral("array with more than %1 elements").arg(number(m_limits.maxElements)));
            QJsonValue value;
            if (!parseValue(value, depth))
                return false;
            out.append(value);
            skipWhitespace();
            if (atByte(',')) {
                ++m_pos;
                continue;
            }
            if (atByte(']')) {
                ++m_pos;
                return true;
            }
            return unexpected("',' or ']'");
        }
    }

    const uchar *m_data;
    qsizetype m_size;
    qsizetype m_pos = 0;
    const JsonLimits &m_limits;
    int m_maxDepth;
    qsizetype m_values = 0;
    JsonError m_error;
};

// --- Canonical writer ---------------------------------------------------------------

// The UTF-8 form of `text`; false if it holds an unpaired surrogate.
bool strictUtf8(QStringView text, QByteArray &out)
{
    out.clear();
    out.reserve(text.size());
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char32_t unit = text[i].unicode();
        if (isLowSurrogate(unit))
            return false;
        if (isHighSurrogate(unit)) {
            if (i + 1 >= size || !isLowSurrogate(text[i + 1].unicode()))
                return false;
            const char32_t low = text[i + 1].unicode();
            appendUtf8(out, 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00));
            ++i;
            continue;
        }
        appendUtf8(out, unit);
    }
    return true;
}

// Appends `utf8` as a canonical JSON string. Bytes >= 0x80 are copied: every byte of a
// multi-byte sequence is, so escaping byte by byte never splits a character.
void appendEscapedString(QByteArray &out, QByteArrayView utf8)
{
    static constexpr char kHex[] = "0123456789abcdef";
    out.append('"');
    for (const char ch : utf8) {
        const auto c = static_cast<uchar>(ch);
        switch (c) {
        case '"': out.append("\\\"", 2); break;
        case '\\': out.append("\\\\", 2); break;
        case '\b': out.append("\\b", 2); break;
        case '\f': out.append("\\f", 2); break;
        case '\n': out.append("\\n", 2); break;
        case '\r': out.append("\\r", 2); break;
        case '\t': out.append("\\t", 2); break;
        default:
            if (c < 0x20) {
                const char escape[] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xF]};
                out.append(escape, 6);
            } else {
                out.append(ch);
            }
        }
    }
    out.append('"');
}

class Writer
{
public:
    explicit Writer(const JsonLimits &limits) : m_limits(limits), m_maxDepth(effectiveMaxDepth(limits)) {}

    Result<QByteArray> run(const QJsonValue &value)
    {
        if (!write(value, 0))
            return m_error;
        return std::move(m_out);
    }

private:
    struct Segment {
        QString key;         // for an object member
        qsizetype index = -1; // for an array element (>= 0)
    };

    QString currentPath() const
    {
        QString path;
        for (const Segment &segment : m_path) {
            if (segment.index >= 0) {
                path += QLatin1Char('[') + number(segment.index) + QLatin1Char(']');
            } else {
                if (!path.isEmpty())
                    path += QLatin1Char('.');
                path += safeForMessage(segment.key);
            }
        }
        return path;
    }

    bool fail(QString message)
    {
        m_error = JsonError{-1, currentPath(), std::move(message)};
        return false;
    }

    bool checkSize()
    {
        if (m_out.size() > m_limits.maxBytes)
            return fail(QStringLiteral("document larger than %1 bytes").arg(number(m_limits.maxBytes)));
        return true;
    }

    bool writeString(QStringView text, const char *what)
    {
        if (!strictUtf8(text, m_scratch))
            return fail(QStringLiteral("%1 is not valid UTF-16 (unpaired surrogate)").arg(QLatin1String(what)));
        if (m_scratch.size() > m_limits.maxStringBytes)
            return fail(QStringLiteral("%1 longer than %2 bytes").arg(QLatin1String(what), number(m_limits.maxStringBytes)));
        appendEscapedString(m_out, m_scratch);
        return checkSize();
    }

    bool write(const QJsonValue &value, int depth)
    {
        if (++m_values > m_limits.maxValues)
            return fail(QStringLiteral("more than %1 values").arg(number(m_limits.maxValues)));
        switch (value.type()) {
        case QJsonValue::Null:
            m_out.append("null", 4);
            return checkSize();
        case QJsonValue::Bool:
            if (value.toBool())
                m_out.append("true", 4);
            else
                m_out.append("false", 5);
            return checkSize();
        case QJsonValue::Double: {
            const std::optional<qint64> integer = exactInteger(value);
            if (!integer)
                return fail(QStringLiteral("not an integer within +/-2^53 (the protocol is integer-only)"));
            m_out.append(QByteArray::number(*integer));
            return checkSize();
        }
        case QJsonValue::String:
            return writeString(value.toString(), "string");
        case QJsonValue::Array:
            return writeArray(value.toArray(), depth + 1);
        case QJsonValue::Object:
            return writeObject(value.toObject(), depth + 1);
        case QJsonValue::Undefined:
            break;
        }
        return fail(QStringLiteral("undefined value"));
    }

    bool writeArray(const QJsonArray &array, int depth)
    {
        if (depth > m_maxDepth)
            return fail(QStringLiteral("nesting deeper than %1").arg(m_maxDepth));
        if (array.size() > m_limits.maxElements)
            return fail(QStringLiteral("array with more than %1 elements").arg(number(m_limits.maxElements)));
        m_out.append('[');
        m_path.push_back(Segment{});
        for (qsizetype i = 0; i < array.size(); ++i) {
            m_path.back().index = i;
            if (i > 0)
                m_out.append(',');
            if (!write(array.at(i), depth))
                return false;
        }
        m_path.pop_back();
        m_out.append(']');
        return checkSize();
    }

    bool writeObject(const QJsonObject &object, int depth)
    {
        if (depth > m_maxDepth)
            return fail(QStringLiteral("nesting deeper than %1").arg(m_maxDepth));
        if (object.size() > m_limits.maxMembers)
            return fail(QStringLiteral("object with more than %1 members").arg(number(m_limits.maxMembers)));

        struct Member {
            QByteArray utf8Key;
            QString key;
            QJsonValue value;
        };
        std::vector<Member> members;
        members.reserve(static_cast<std::size_t>(object.size()));
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            Member member{QByteArray(), it.key(), it.value()};
            if (!strictUtf8(member.key, member.utf8Key)) {
                m_path.push_back(Segment{member.key, -1});
                return fail(QStringLiteral("key is not valid UTF-16 (unpaired surrogate)"));
            }
            if (member.utf8Key.size() > m_limits.maxStringBytes) {
                m_path.push_back(Segment{member.key, -1});
                return fail(QStringLiteral("key longer than %1 bytes").arg(number(m_limits.maxStringBytes)));
            }
            members.push_back(std::move(member));
        }
        // UTF-8 byte order is code point order (memcmp compares bytes as unsigned).
        std::sort(members.begin(), members.end(), [](const Member &a, const Member &b) {
            const std::size_t common = static_cast<std::size_t>(std::min(a.utf8Key.size(), b.utf8Key.size()));
            const int c = common == 0 ? 0 : std::memcmp(a.utf8Key.constData(), b.utf8Key.constData(), common);
            return c != 0 ? c < 0 : a.utf8Key.size() < b.utf8Key.size();
        });

        m_out.append('{');
        bool first = true;
        for (const Member &member : members) {
            if (!first)
                m_out.append(',');
            first = false;
            appendEscapedString(m_out, member.utf8Key);
            m_out.append(':');
            m_path.push_back(Segment{member.key, -1});
            if (!write(member.value, depth))
                return false;
            m_path.pop_back();
        }
        m_out.append('}');
        return checkSize();
    }

    const JsonLimits &m_limits;
    int m_maxDepth;
    QByteArray m_out;
    QByteArray m_scratch;
    std::vector<Segment> m_path;
    qsizetype m_values = 0;
    JsonError m_error;
};

} // namespace

QString JsonError::toString() const
{
    if (!path.isEmpty())
        return path + QStringLiteral(": ") + message;
    if (offset >= 0)
        return QStringLiteral("offset %1: %2").arg(number(offset), message);
    return message;
}

JsonError prefixedError(JsonError error, QStringView prefix)
{
    if (prefix.isEmpty())
        return error;
    if (error.path.isEmpty())
        error.path = prefix.toString();
    else if (error.path.startsWith(QLatin1Char('[')))
        error.path.prepend(prefix);
    else
        error.path = prefix.toString() + QLatin1Char('.') + error.path;
    return error;
}

QString safeForMessage(QStringView text)
{
    QString out;
    qsizetype characters = 0;
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        if (characters == kMessageMaxChars) {
            out += QChar(0x2026); // ellipsis
            break;
        }
        ++characters;
        const char16_t unit = text[i].unicode();
        if (isHighSurrogate(unit) && i + 1 < size && isLowSurrogate(text[i + 1].unicode())) {
            out += text[i];
            out += text[i + 1];
            ++i;
        } else if (unit < 0x20 || unit == 0x7F || (unit >= 0x80 && unit < 0xA0) || isHighSurrogate(unit) || isLowSurrogate(unit)) {
            out += QChar(QChar::ReplacementCharacter);
        } else {
            out += text[i];
        }
    }
    return out;
}

QString safeQuoted(QStringView text)
{
    return QLatin1Char('"') + safeForMessage(text) + QLatin1Char('"');
}

Result<QJsonValue> parseJson(QByteArrayView json, const JsonLimits &limits)
{
    return Parser(json, limits).run();
}

Result<QJsonObject> parseJsonObject(QByteArrayView json, const JsonLimits &limits)
{
    Result<QJsonValue> parsed = parseJson(json, limits);
    if (!parsed)
        return parsed.error();
    if (!parsed->isObject()) {
        // The first non-white-space byte is where the value starts.
        qsizetype at = 0;
        while (at < json.size() && (json[at] == ' ' || json[at] == '\t' || json[at] == '\n' || json[at] == '\r'))
            ++at;
        return JsonError{at, QString(), QStringLiteral("expected a JSON object")};
    }
    return parsed->toObject();
}

Result<QByteArray> tryToCanonicalJson(const QJsonValue &value, const JsonLimits &limits)
{
    return Writer(limits).run(value);
}

QByteArray toCanonicalJson(const QJsonValue &value, const JsonLimits &limits)
{
    Result<QByteArray> result = tryToCanonicalJson(value, limits);
    if (!result)
        throw std::invalid_argument(result.error().toString().toStdString());
    return std::move(result).value();
}

bool isCanonical(QByteArrayView json)
{
    const Result<QJsonValue> parsed = parseJson(json);
    if (!parsed)
        return false;
    const Result<QByteArray> canonical = tryToCanonicalJson(*parsed);
    return canonical && QByteArrayView(*canonical) == json;
}

std::optional<qint64> exactInteger(const QJsonValue &value)
{
    if (value.type() != QJsonValue::Double)
        return std::nullopt;
    // Qt 6 keeps integers as integers inside QJsonValue (QCborValue underneath);
    // toVariant() tells them apart from doubles without going through a double.
    if (value.toVariant().typeId() == QMetaType::LongLong)
        return value.toInteger();
    const double d = value.toDouble();
    if (!std::isfinite(d) || std::trunc(d) != d || std::fabs(d) > kMaxExactDouble)
        return std::nullopt;
    return static_cast<qint64>(d);
}

} // namespace medinexus
