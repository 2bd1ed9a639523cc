#include "shared/codec/canonical_json.h"

#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

#include <cmath>
#include <limits>
#include <random>
#include <stdexcept>
#include <string>
#include <string_view>

using namespace std::string_view_literals;

namespace medinexus {
namespace {

std::string str(const QString &s) { return s.toStdString(); }
std::string str(const QByteArray &b) { return b.toStdString(); }

QByteArrayView bytes(std::string_view s)
{
    return QByteArrayView(s.data(), static_cast<qsizetype>(s.size()));
}

// The canonical form, failing the test if it is refused.
std::string canonical(const QJsonValue &value)
{
    const Result<QByteArray> result = tryToCanonicalJson(value);
    EXPECT_TRUE(result.ok()) << (result.ok() ? std::string() : str(result.error().toString()));
    return result.ok() ? str(*result) : std::string();
}

// The error parsing `input`, failing the test if it parses.
JsonError parseError(std::string_view input, const JsonLimits &limits = {})
{
    const Result<QJsonValue> result = parseJson(bytes(input), limits);
    EXPECT_FALSE(result.ok()) << "parsed: " << std::string(input);
    return result.ok() ? JsonError{} : result.error();
}

QJsonValue parsed(std::string_view input)
{
    const Result<QJsonValue> result = parseJson(bytes(input));
    EXPECT_TRUE(result.ok()) << std::string(input) << ": " << (result.ok() ? std::string() : str(result.error().toString()));
    return result.ok() ? *result : QJsonValue();
}

JsonError serializeError(const QJsonValue &value, const JsonLimits &limits = {})
{
    const Result<QByteArray> result = tryToCanonicalJson(value, limits);
    EXPECT_FALSE(result.ok()) << "serialized: " << (result.ok() ? str(*result) : std::string());
    return result.ok() ? JsonError{} : result.error();
}

std::string nested(int depth)
{
    return std::string(static_cast<std::size_t>(depth), '[') + std::string(static_cast<std::size_t>(depth), ']');
}

// --- Canonical serializer: exact bytes --------------------------------------------------

TEST(CanonicalJson, ScalarsAreWrittenMinimally)
{
    EXPECT_EQ(canonical(QJsonValue(QJsonValue::Null)), "null");
    EXPECT_EQ(canonical(QJsonValue(true)), "true");
    EXPECT_EQ(canonical(QJsonValue(false)), "false");
    EXPECT_EQ(canonical(QJsonValue(0)), "0");
    EXPECT_EQ(canonical(QJsonValue(-1)), "-1");
    EXPECT_EQ(canonical(QJsonValue(std::numeric_limits<qint64>::max())), "9223372036854775807");
    EXPECT_EQ(canonical(QJsonValue(std::numeric_limits<qint64>::min())), "-9223372036854775808");
    EXPECT_EQ(canonical(QJsonValue(QString())), "\"\"");
    EXPECT_EQ(canonical(QJsonArray()), "[]");
    EXPECT_EQ(canonical(QJsonObject()), "{}");
}

TEST(CanonicalJson, IntegralDoublesWithinTwoToThe53AreIntegers)
{
    EXPECT_EQ(canonical(QJsonValue(3.0)), "3");
    EXPECT_EQ(canonical(QJsonValue(-0.0)), "0");
    EXPECT_EQ(canonical(QJsonValue(-250.0)), "-250");
    EXPECT_EQ(canonical(QJsonValue(9007199254740992.0)), "9007199254740992");
    EXPECT_EQ(canonical(QJsonValue(-9007199254740992.0)), "-9007199254740992");
}

TEST(CanonicalJson, NonIntegerDoublesAreRefusedWithTheirPath)
{
    QJsonObject inner;
    inner.insert(QStringLiteral("t"), 37.5);
    QJsonObject outer;
    outer.insert(QStringLiteral("list"), QJsonArray{1, inner});
    const JsonError error = serializeError(outer);
    EXPECT_EQ(str(error.path), "list[1].t");
    EXPECT_EQ(error.offset, -1);

    serializeError(QJsonValue(0.5));
    serializeError(QJsonValue(std::nan("")));
    serializeError(QJsonValue(std::numeric_limits<double>::infinity()));
    serializeError(QJsonValue(-std::numeric_limits<double>::infinity()));
    serializeError(QJsonValue(9007199254740994.0));  // integral, but beyond 2^53: not exact
    serializeError(QJsonValue(1e300));
}

TEST(CanonicalJson, ThrowingVariantThrowsInvalidArgument)
{
    EXPECT_THROW(toCanonicalJson(QJsonValue(0.25)), std::invalid_argument);
    EXPECT_THROW(toCanonicalJson(QJsonValue(QJsonValue::Undefined)), std::invalid_argument);
    EXPECT_EQ(str(toCanonicalJson(QJsonArray{1, 2})), "[1,2]");
}

TEST(CanonicalJson, UndefinedIsRefused)
{
    EXPECT_EQ(str(serializeError(QJsonValue(QJsonValue::Undefined)).message), "undefined value");
}

TEST(CanonicalJson, KeysAreSortedByCodePointNotByUtf16)
{
    QJsonObject o;
    o.insert(QStringLiteral("b"), 1);
    o.insert(QStringLiteral("a"), 2);
    o.insert(QStringLiteral("B"), 3);
    o.insert(QStringLiteral("aa"), 4);
    o.insert(QString(), 5);
    o.insert(QStringLiteral("é"), 6);              // U+00E9
    o.insert(QStringLiteral("\uFF01"), 7);         // U+FF01: after U+1F600 in UTF-16 order
    o.insert(QStringLiteral("\U0001F600"), 8);     // U+1F600: a surrogate pair in UTF-16
    o.insert(QStringLiteral("z"), 9);
    EXPECT_EQ(canonical(o), "{\"\":5,\"B\":3,\"a\":2,\"aa\":4,\"b\":1,\"z\":9,\"é\":6,\"！\":7,\"😀\":8}");
}

TEST(CanonicalJson, NestedObjectsAreSortedToo)
{
    QJsonObject inner;
    inner.insert(QStringLiteral("y"), true);
    inner.insert(QStringLiteral("x"), QJsonValue::Null);
    QJsonObject outer;
    outer.insert(QStringLiteral("k"), QJsonArray{inner, QJsonArray{}, QStringLiteral("s")});
    outer.insert(QStringLiteral("c"), -7);
    EXPECT_EQ(canonical(outer), R"({"c":-7,"k":[{"x":null,"y":true},[],"s"]})");
}

TEST(CanonicalJson, OnlyQuoteBackslashAndControlsAreEscaped)
{
    QString s = QStringLiteral("\"\\\b\f\n\r\t");
    s += QChar(0x00);
    s += QChar(0x01);
    s += QChar(0x1F);
    s += QChar(0x7F);
    s += QStringLiteral("/é王😀'<>&");
    s += QChar(0x2028);
    EXPECT_EQ(canonical(QJsonValue(s)),
              "\"\\\"\\\\\\b\\f\\n\\r\\t\\u0000\\u0001\\u001f\x7f/é王😀'<>&\u2028\"");
}

TEST(CanonicalJson, KeysAreEscapedLikeStrings)
{
    QJsonObject o;
    o.insert(QStringLiteral("a\"b\n"), 1);
    EXPECT_EQ(canonical(o), "{\"a\\\"b\\n\":1}");
}

TEST(CanonicalJson, UnpairedSurrogatesAreRefused)
{
    QString lone = QStringLiteral("ab");
    lone += QChar(0xD83D);  // high surrogate with nothing after it
    const JsonError inString = serializeError(QJsonArray{QJsonValue(lone)});
    EXPECT_EQ(str(inString.path), "[0]");

    QString lowFirst;
    lowFirst += QChar(0xDE00);
    lowFirst += QChar(0xD83D);
    serializeError(QJsonValue(lowFirst));

    QJsonObject withBadKey;
    withBadKey.insert(lone, 1);
    const JsonError inKey = serializeError(withBadKey);
    EXPECT_NE(str(inKey.message).find("key"), std::string::npos);
}

TEST(CanonicalJson, SerializerEnforcesLimits)
{
    JsonLimits limits;
    limits.maxDepth = 2;
    EXPECT_EQ(canonical(QJsonArray{QJsonArray{}}), "[[]]");
    EXPECT_EQ(str(tryToCanonicalJson(QJsonArray{QJsonArray{}}, limits).value()), "[[]]");
    serializeError(QJsonArray{QJsonArray{QJsonArray{}}}, limits);

    limits = JsonLimits{};
    limits.maxStringBytes = 3;
    EXPECT_TRUE(tryToCanonicalJson(QJsonValue(QStringLiteral("abc")), limits).ok());
    serializeError(QJsonValue(QStringLiteral("é王")), limits);  // 2 + 3 bytes

    limits = JsonLimits{};
    limits.maxElements = 2;
    serializeError(QJsonArray{1, 2, 3}, limits);
    limits = JsonLimits{};
    limits.maxMembers = 1;
    QJsonObject two;
    two.insert(QStringLiteral("a"), 1);
    two.insert(QStringLiteral("b"), 1);
    serializeError(two, limits);
    limits = JsonLimits{};
    limits.maxBytes = 4;
    serializeError(QJsonArray{1, 2, 3}, limits);  // "[1,2,3]" is 7 bytes
}

// --- Parser: acceptance ------------------------------------------------------------------

TEST(JsonParser, AcceptsEveryKindOfValueWithInsignificantWhitespace)
{
    const QJsonValue v = parsed(" \t\r\n{ \"a\" : [ 1 , -2 , true , false , null , \"x\" , { } , [ ] ] } \n");
    ASSERT_TRUE(v.isObject());
    const QJsonArray a = v.toObject().value(QStringLiteral("a")).toArray();
    ASSERT_EQ(a.size(), 8);
    EXPECT_EQ(exactInteger(a.at(0)), 1);
    EXPECT_EQ(exactInteger(a.at(1)), -2);
    EXPECT_EQ(a.at(2), QJsonValue(true));
    EXPECT_EQ(a.at(3), QJsonValue(false));
    EXPECT_TRUE(a.at(4).isNull());
    EXPECT_EQ(str(a.at(5).toString()), "x");
    EXPECT_TRUE(a.at(6).isObject());
    EXPECT_TRUE(a.at(7).isArray());
}

TEST(JsonParser, AcceptsTopLevelScalars)
{
    EXPECT_EQ(parsed("42"), QJsonValue(42));
    EXPECT_EQ(parsed("\"s\""), QJsonValue(QStringLiteral("s")));
    EXPECT_TRUE(parsed("null").isNull());
}

TEST(JsonParser, IntegersStayExact)
{
    EXPECT_EQ(exactInteger(parsed("9007199254740993")), 9007199254740993LL);  // 2^53 + 1
    EXPECT_EQ(exactInteger(parsed("9223372036854775807")), std::numeric_limits<qint64>::max());
    EXPECT_EQ(exactInteger(parsed("-9223372036854775808")), std::numeric_limits<qint64>::min());
    EXPECT_EQ(exactInteger(parsed("-0")), 0);
    EXPECT_EQ(exactInteger(parsed("0")), 0);
}

TEST(JsonParser, DecodesEscapes)
{
    EXPECT_EQ(parsed(R"("\"\\\/\b\f\n\r\t")"), QJsonValue(QStringLiteral("\"\\/\b\f\n\r\t")));
    EXPECT_EQ(parsed(R"("\u00e9\u00C9\u0041")"), QJsonValue(QStringLiteral("éÉA")));
    EXPECT_EQ(parsed(R"("\ud83d\ude00")"), QJsonValue(QStringLiteral("\U0001F600")));
    EXPECT_EQ(parsed(R"("\uD834\uDD1E")"), QJsonValue(QStringLiteral("\U0001D11E")));
    QString nul;
    nul += QChar(0);
    EXPECT_EQ(parsed(R"("\u0000")"), QJsonValue(nul));
    EXPECT_EQ(parsed("\"\x7f\""), QJsonValue(QString(QChar(0x7F))));
}

TEST(JsonParser, AcceptsWellFormedUtf8AtTheBoundaries)
{
    EXPECT_EQ(parsed("\"\xC2\x80\""), QJsonValue(QString(QChar(0x80))));
    EXPECT_EQ(parsed("\"\xDF\xBF\""), QJsonValue(QString(QChar(0x7FF))));
    EXPECT_EQ(parsed("\"\xE0\xA0\x80\""), QJsonValue(QString(QChar(0x800))));
    EXPECT_EQ(parsed("\"\xED\x9F\xBF\""), QJsonValue(QString(QChar(0xD7FF))));
    EXPECT_EQ(parsed("\"\xEE\x80\x80\""), QJsonValue(QString(QChar(0xE000))));
    EXPECT_EQ(parsed("\"\xEF\xBF\xBF\""), QJsonValue(QString(QChar(0xFFFF))));
    EXPECT_EQ(parsed("\"\xF0\x90\x80\x80\""), QJsonValue(QStringLiteral("\U00010000")));
    EXPECT_EQ(parsed("\"\xF4\x8F\xBF\xBF\""), QJsonValue(QStringLiteral("\U0010FFFF")));
    EXPECT_EQ(parsed("\"Éloïse Müller-Ngoma فاطمة 王秀英 सीता 😀\""),
              QJsonValue(QStringLiteral("Éloïse Müller-Ngoma فاطمة 王秀英 सीता 😀")));
}

TEST(JsonParser, KeepsALeadingZeroWidthNoBreakSpaceInStrings)
{
    // U+FEFF at the start of a string is text, not a byte order mark to drop.
    const QString expected = QString(QChar(0xFEFF)) + QChar(0xFEFF) + QLatin1Char('x');
    EXPECT_EQ(parsed("\"\xEF\xBB\xBF\xEF\xBB\xBFx\""), QJsonValue(expected));
    EXPECT_EQ(parsed(R"("\ufeffx")"), QJsonValue(QString(QChar(0xFEFF)) + QLatin1Char('x')));
    const QJsonValue object = parsed("{\"\xEF\xBB\xBFk\":1,\"k\":2}");  // two distinct keys
    EXPECT_EQ(object.toObject().size(), 2);
}

TEST(JsonParser, AcceptsNestingUpToTheLimit)
{
    EXPECT_TRUE(parseJson(bytes(nested(32))).ok());
    std::string objects;
    for (int i = 0; i < 32; ++i)
        objects += "{\"a\":";
    objects += "1";
    for (int i = 0; i < 32; ++i)
        objects += "}";
    EXPECT_TRUE(parseJson(bytes(objects)).ok());
}

// --- Parser: refusals, with offsets ------------------------------------------------------

TEST(JsonParser, RefusesDuplicateKeysEvenWhenEscapedDifferently)
{
    JsonError e = parseError(R"({"a":1,"a":2})");
    EXPECT_EQ(e.offset, 7);
    EXPECT_EQ(str(e.message), "duplicate key \"a\"");
    EXPECT_EQ(str(e.toString()), "offset 7: duplicate key \"a\"");
    EXPECT_EQ(parseError(R"({"a":1,"\u0061":2})").offset, 7);
    EXPECT_EQ(parseError(R"({"x":{"b":1,"c":2,"b":3}})").offset, 18);
}

TEST(JsonParser, RefusesTrailingData)
{
    EXPECT_EQ(parseError("{} x").offset, 3);
    EXPECT_EQ(parseError("{}{}").offset, 2);
    EXPECT_EQ(parseError("1 2").offset, 2);
    EXPECT_EQ(parseError("truex").offset, 4);
    EXPECT_EQ(parseError("[1]]").offset, 3);
    EXPECT_EQ(parseError("{}\0"sv).offset, 2);
}

TEST(JsonParser, RefusesInvalidUtf8)
{
    EXPECT_EQ(parseError("\"\xC0\xAF\"").offset, 1);          // overlong '/'
    EXPECT_EQ(parseError("\"\xC1\xBF\"").offset, 1);          // overlong
    EXPECT_EQ(parseError("\"\xE0\x80\xAF\"").offset, 1);      // overlong 3-byte
    EXPECT_EQ(parseError("\"\xF0\x80\x80\xAF\"").offset, 1);  // overlong 4-byte
    EXPECT_EQ(parseError("\"\xED\xA0\x80\"").offset, 1);      // U+D800 encoded in UTF-8
    EXPECT_EQ(parseError("\"\xED\xBF\xBF\"").offset, 1);      // U+DFFF encoded in UTF-8
    EXPECT_EQ(parseError("\"\xF4\x90\x80\x80\"").offset, 1);  // U+110000
    EXPECT_EQ(parseError("\"\xF5\x80\x80\x80\"").offset, 1);
    EXPECT_EQ(parseError("\"\xFF\"").offset, 1);
    EXPECT_EQ(parseError("\"ab\x80\"").offset, 3);            // lone continuation byte
    EXPECT_EQ(parseError("\"\xE2\x82\"").offset, 1);          // truncated sequence
    EXPECT_EQ(parseError("\"\xE2\x82").offset, 1);            // truncated at end of input
    EXPECT_EQ(str(parseError("\"\xC3\"").message), "invalid UTF-8");
    EXPECT_EQ(parseError("{\"\xC3\x28\":1}").offset, 2);      // in a key
    EXPECT_EQ(parseError("\xC3\xA9").offset, 0);              // outside a string
}

TEST(JsonParser, RefusesUnpairedSurrogateEscapes)
{
    EXPECT_EQ(parseError(R"("\ud800")").offset, 1);
    EXPECT_EQ(parseError(R"("\udc00")").offset, 1);
    EXPECT_EQ(parseError(R"("ab\ud800\u0041")").offset, 3);
    EXPECT_EQ(parseError(R"("\ud800x")").offset, 1);
    EXPECT_EQ(parseError(R"("\ude00\ud83d")").offset, 1);
    EXPECT_EQ(parseError(R"("\ud83d\ud83d")").offset, 1);
    EXPECT_EQ(str(parseError(R"("\udc00")").message), "unpaired low surrogate escape");
    EXPECT_EQ(str(parseError(R"("\ud800")").message), "unpaired high surrogate escape");
}

TEST(JsonParser, RefusesControlCharactersInStrings)
{
    EXPECT_EQ(parseError("\"a\nb\"").offset, 2);
    EXPECT_EQ(parseError("\"\t\"").offset, 1);
    EXPECT_EQ(parseError("\"\x01\"").offset, 1);
    EXPECT_EQ(parseError("\"\x1f\"").offset, 1);
    EXPECT_EQ(parseError("\"\0\""sv).offset, 1);
    EXPECT_EQ(str(parseError("\"\x01\"").message), "unescaped control character 0x01 in string");
}

TEST(JsonParser, RefusesBadEscapes)
{
    EXPECT_EQ(parseError(R"("\x41")").offset, 1);
    EXPECT_EQ(parseError(R"("\U0041")").offset, 1);
    EXPECT_EQ(parseError(R"("\u00g1")").offset, 5);
    EXPECT_EQ(parseError(R"("\u00)").offset, 3);
    EXPECT_EQ(parseError("\"\\").offset, 2);
    EXPECT_EQ(parseError("\"\\'\"").offset, 1);
}

TEST(JsonParser, RefusesLeadingZeros)
{
    EXPECT_EQ(parseError("01").offset, 0);
    EXPECT_EQ(parseError("-01").offset, 0);
    EXPECT_EQ(parseError("00").offset, 0);
    EXPECT_EQ(parseError("[1,007]").offset, 3);
    EXPECT_EQ(str(parseError("01").message), "leading zeros are not allowed");
}

TEST(JsonParser, RefusesFractionsAndExponentsClearly)
{
    const JsonError e = parseError("37.5");
    EXPECT_EQ(e.offset, 2);
    EXPECT_EQ(str(e.message), "numbers with a fraction or an exponent are not supported (integers only)");
    EXPECT_EQ(parseError("1e5").offset, 1);
    EXPECT_EQ(parseError("1E+5").offset, 1);
    EXPECT_EQ(parseError("0.0").offset, 1);
    EXPECT_EQ(parseError("-0.5").offset, 2);
    EXPECT_EQ(parseError("[1, 2.0]").offset, 5);
    EXPECT_EQ(parseError("1.").offset, 1);
    EXPECT_EQ(parseError(".5").offset, 0);
    EXPECT_EQ(parseError("+1").offset, 0);
    EXPECT_EQ(parseError("-").offset, 1);
    EXPECT_EQ(parseError("- 1").offset, 1);
}

TEST(JsonParser, RefusesIntegersOutsideQint64)
{
    const JsonError e = parseError("9223372036854775808");
    EXPECT_EQ(e.offset, 0);
    EXPECT_EQ(str(e.message), "integer outside the 64-bit range");
    EXPECT_EQ(parseError("-9223372036854775809").offset, 0);
    EXPECT_EQ(parseError("[0, 123456789012345678901234567890]").offset, 4);
}

TEST(JsonParser, RefusesNanAndInfinity)
{
    EXPECT_EQ(str(parseError("NaN").message), "NaN is not JSON");
    EXPECT_EQ(str(parseError("Infinity").message), "Infinity is not JSON");
    EXPECT_EQ(parseError("-Infinity").offset, 1);
    EXPECT_EQ(parseError("[1,NaN]").offset, 3);
    EXPECT_EQ(parseError("nan").offset, 0);
}

TEST(JsonParser, RefusesComments)
{
    EXPECT_EQ(str(parseError("// c\n{}").message), "comments are not allowed");
    EXPECT_EQ(parseError("{/* c */}").offset, 1);
    EXPECT_EQ(parseError("[1,/* c */2]").offset, 3);
    EXPECT_EQ(parseError("[1]// c").offset, 3);
    EXPECT_EQ(parseError("{\"a\":1 /* c */}").offset, 7);
}

TEST(JsonParser, RefusesSyntaxErrors)
{
    EXPECT_EQ(parseError("").offset, 0);
    EXPECT_EQ(parseError("   ").offset, 3);
    EXPECT_EQ(str(parseError("").message), "unexpected end of input, expected a JSON value");
    EXPECT_EQ(parseError("[1,]").offset, 3);
    EXPECT_EQ(parseError(R"({"a":1,})").offset, 7);
    EXPECT_EQ(parseError("[1 2]").offset, 3);
    EXPECT_EQ(parseError(R"({"a" 1})").offset, 5);
    EXPECT_EQ(parseError(R"({a:1})").offset, 1);
    EXPECT_EQ(parseError(R"({'a':1})").offset, 1);
    EXPECT_EQ(str(parseError("'a'").message), "strings must be in double quotes");
    EXPECT_EQ(parseError(R"({"a":})").offset, 5);
    EXPECT_EQ(parseError(R"("abc)").offset, 4);
    EXPECT_EQ(parseError("[").offset, 1);
    EXPECT_EQ(parseError("{").offset, 1);
    EXPECT_EQ(parseError("tru").offset, 0);
    EXPECT_EQ(parseError("nul").offset, 0);
    EXPECT_EQ(parseError("True").offset, 0);
    EXPECT_EQ(str(parseError("[1%2]").message), "unexpected character '%', expected ',' or ']'");
    EXPECT_EQ(str(parseError("[1\x80]").message), "unexpected byte 0x80, expected ',' or ']'");
    EXPECT_EQ(parseError("[\v1]").offset, 1);  // vertical tab is not JSON white space
    EXPECT_EQ(parseError("\xC2\xA0[]").offset, 0);  // neither is a no-break space
}

TEST(JsonParser, RefusesAByteOrderMark)
{
    const JsonError e = parseError("\xEF\xBB\xBF{}");
    EXPECT_EQ(e.offset, 0);
    EXPECT_EQ(str(e.message), "byte order mark is not allowed");
}

TEST(JsonParser, RefusesNestingBeyondTheLimit)
{
    const JsonError e = parseError(nested(33));
    EXPECT_EQ(e.offset, 32);
    EXPECT_EQ(str(e.message), "nesting deeper than 32");

    JsonLimits limits;
    limits.maxDepth = 1;
    EXPECT_TRUE(parseJson(bytes("[1,2]"), limits).ok());
    EXPECT_EQ(parseError("[1,{}]", limits).offset, 3);
    limits.maxDepth = 0;
    EXPECT_TRUE(parseJson(bytes("7"), limits).ok());
    EXPECT_EQ(parseError("[]", limits).offset, 0);
}

TEST(JsonParser, ClampsHugeDepthLimitsSoTheStackStaysBounded)
{
    JsonLimits limits;
    limits.maxDepth = std::numeric_limits<int>::max();
    EXPECT_TRUE(parseJson(bytes(nested(JsonLimits::kHardMaxDepth)), limits).ok());
    const std::string deep(100'000, '[');
    EXPECT_EQ(parseError(deep, limits).offset, JsonLimits::kHardMaxDepth);
    limits.maxDepth = -5;  // negative counts as 0
    EXPECT_EQ(parseError("[]", limits).offset, 0);
}

TEST(JsonParser, RefusesDocumentsLargerThanTheLimit)
{
    JsonLimits limits;
    limits.maxBytes = 8;
    EXPECT_TRUE(parseJson(bytes("[1,2,33]"), limits).ok());
    const JsonError e = parseError("[1,2,333]", limits);
    EXPECT_EQ(e.offset, 8);
    EXPECT_EQ(str(e.message), "document larger than 8 bytes");
}

TEST(JsonParser, RefusesStringsLongerThanTheLimitCountingDecodedUtf8)
{
    JsonLimits limits;
    limits.maxStringBytes = 4;
    EXPECT_TRUE(parseJson(bytes(R"(["abcd"])"), limits).ok());
    EXPECT_TRUE(parseJson(bytes(R"(["\u00e9\u00e9"])"), limits).ok());  // 2 x 2 bytes
    EXPECT_EQ(parseError(R"(["abcde"])", limits).offset, 1);
    EXPECT_EQ(parseError(R"(["\u00e9\u00e9a"])", limits).offset, 1);
    EXPECT_EQ(parseError("[\"\xF0\x9F\x98\x80\x61\"]", limits).offset, 1);
    EXPECT_EQ(parseError(R"({"abcde":1})", limits).offset, 1);  // keys too
}

TEST(JsonParser, RefusesTooManyMembersOrElements)
{
    JsonLimits limits;
    limits.maxMembers = 2;
    limits.maxElements = 3;
    EXPECT_TRUE(parseJson(bytes(R"({"a":1,"b":[1,2,3]})"), limits).ok());
    EXPECT_EQ(parseError(R"({"a":1,"b":2,"c":3})", limits).offset, 13);
    EXPECT_EQ(parseError("[1,2,3,4]", limits).offset, 7);
}

TEST(JsonParser, RefusesMoreValuesThanTheLimit)
{
    JsonLimits limits;
    limits.maxValues = 4;  // the array and its elements all count
    EXPECT_TRUE(parseJson(bytes("[1,[2]]"), limits).ok());
    const JsonError e = parseError("[1,[2],3]", limits);
    EXPECT_EQ(e.offset, 7);
    EXPECT_EQ(str(e.message), "more than 4 values");
    EXPECT_EQ(parseError(R"({"a":{},"b":0,"c":0,"d":0})", limits).offset, 24);

    // The default bounds memory: 16 MiB of tiny containers is refused early.
    std::string many = "[";
    for (int i = 0; i < 200'000; ++i)
        many += "[0],";
    many += "0]";
    JsonLimits wide;
    wide.maxElements = 1'000'000;
    EXPECT_EQ(str(parseError(many, wide).message), "more than 250000 values");

    QJsonArray five{1, 2, 3, 4, 5};
    EXPECT_EQ(str(serializeError(five, limits).message), "more than 4 values");
}

TEST(JsonParser, ParseJsonObjectRequiresAnObject)
{
    EXPECT_TRUE(parseJsonObject(bytes(R"( {"a":1} )")).ok());
    const Result<QJsonObject> array = parseJsonObject(bytes(" [1]"));
    ASSERT_FALSE(array.ok());
    EXPECT_EQ(array.error().offset, 1);
    EXPECT_EQ(str(array.error().message), "expected a JSON object");
    EXPECT_EQ(parseJsonObject(bytes("{")).error().offset, 1);
}

TEST(JsonParser, NeverReadsPastTheViewItIsGiven)
{
    // The view ends inside what would be a valid document.
    const char buffer[] = "[1,2]";
    EXPECT_FALSE(parseJson(QByteArrayView(buffer, 4)).ok());
    EXPECT_FALSE(parseJson(QByteArrayView(buffer, 0)).ok());
    const char literal[] = "true";
    EXPECT_EQ(parseJson(QByteArrayView(literal, 3)).error().offset, 0);
    const char escape[] = "\"\\u0041\"";
    EXPECT_FALSE(parseJson(QByteArrayView(escape, 5)).ok());
}

// --- Round trips and canonical form ------------------------------------------------------

TEST(CanonicalJson, IsCanonicalAcceptsOnlyTheCanonicalForm)
{
    EXPECT_TRUE(isCanonical(bytes(R"({"a":[1,-2,true,null],"b":"\u001f\n"})")));
    EXPECT_TRUE(isCanonical(bytes("\"é\"")));
    EXPECT_TRUE(isCanonical(bytes("0")));

    EXPECT_FALSE(isCanonical(bytes(R"({"b":1,"a":2})")));  // unsorted
    EXPECT_FALSE(isCanonical(bytes(R"({"a": 1})")));       // white space
    EXPECT_FALSE(isCanonical(bytes(" 1")));
    EXPECT_FALSE(isCanonical(bytes("-0")));
    EXPECT_FALSE(isCanonical(bytes(R"("\u00e9")")));       // non-ASCII escaped
    EXPECT_FALSE(isCanonical(bytes(R"("\/")")));
    EXPECT_FALSE(isCanonical(bytes(R"("\u001F")")));        // uppercase hex
    EXPECT_FALSE(isCanonical(bytes(R"("\u000a")")));        // \n has a short form
    EXPECT_FALSE(isCanonical(bytes(R"("\u0041")")));
    EXPECT_FALSE(isCanonical(bytes("1.0")));                // not even accepted
    EXPECT_FALSE(isCanonical(bytes(R"({"a":1,"a":1})")));
    EXPECT_FALSE(isCanonical(bytes("")));
}

QString randomString(std::mt19937 &rng)
{
    static const QStringList pieces = {
        QStringLiteral("Éloïse Müller-Ngoma"), QStringLiteral("فاطمة"), QStringLiteral("王秀英"),
        QStringLiteral("सीता देवी"), QStringLiteral("😀"), QStringLiteral("\U0001D11E"),
        QStringLiteral("\""), QStringLiteral("\\"), QStringLiteral("\n"), QStringLiteral("\t"),
        QStringLiteral("/"), QStringLiteral("\u007f"), QStringLiteral("\uFFFF"), QStringLiteral("\U0010FFFF"),
        QStringLiteral("a"), QStringLiteral("B"), QString(QChar(0)), QString(QChar(0x1B)),
    };
    std::uniform_int_distribution<int> count(0, 6);
    std::uniform_int_distribution<int> which(0, static_cast<int>(pieces.size()));
    std::uniform_int_distribution<char32_t> codePoint(1, 0x10FFFF);
    QString s;
    const int n = count(rng);
    for (int i = 0; i < n; ++i) {
        const int w = which(rng);
        if (w < pieces.size()) {
            s += pieces.at(w);
        } else {
            char32_t cp = codePoint(rng);
            if (cp >= 0xD800 && cp <= 0xDFFF)
                cp = 0xFFFD;
            s += QString::fromUcs4(&cp, 1);
        }
    }
    return s;
}

QJsonValue randomValue(std::mt19937 &rng, int depth)
{
    std::uniform_int_distribution<int> kind(0, depth >= 4 ? 4 : 6);
    switch (kind(rng)) {
    case 0:
        return QJsonValue(QJsonValue::Null);
    case 1:
        return QJsonValue(std::bernoulli_distribution(0.5)(rng));
    case 2:
        return QJsonValue(std::uniform_int_distribution<qint64>(std::numeric_limits<qint64>::min(),
                                                                std::numeric_limits<qint64>::max())(rng));
    case 3:
        return QJsonValue(std::uniform_int_distribution<qint64>(-1000, 1000)(rng));
    case 4:
        return QJsonValue(randomString(rng));
    case 5: {
        QJsonArray array;
        const int n = std::uniform_int_distribution<int>(0, 5)(rng);
        for (int i = 0; i < n; ++i)
            array.append(randomValue(rng, depth + 1));
        return array;
    }
    default: {
        QJsonObject object;
        const int n = std::uniform_int_distribution<int>(0, 5)(rng);
        for (int i = 0; i < n; ++i)
            object.insert(randomString(rng), randomValue(rng, depth + 1));
        return object;
    }
    }
}

TEST(CanonicalJson, RandomValuesRoundTripExactly)
{
    std::mt19937 rng(20240611);
    for (int i = 0; i < 3000; ++i) {
        const QJsonValue value = randomValue(rng, 0);
        const Result<QByteArray> bytesOut = tryToCanonicalJson(value);
        ASSERT_TRUE(bytesOut.ok()) << str(bytesOut.error().toString());
        const Result<QJsonValue> back = parseJson(*bytesOut);
        ASSERT_TRUE(back.ok()) << str(back.error().toString()) << " in " << str(*bytesOut);
        EXPECT_EQ(*back, value) << str(*bytesOut);
        EXPECT_TRUE(isCanonical(*bytesOut)) << str(*bytesOut);
        const Result<QByteArray> again = tryToCanonicalJson(*back);
        ASSERT_TRUE(again.ok());
        EXPECT_EQ(*again, *bytesOut);
    }
}

TEST(CanonicalJson, NonCanonicalInputCanonicalisesToAFixedPoint)
{
    const QJsonValue v = parsed(" { \"z\" : \"\\u00e9\\/\" , \"a\" : [ -0 , \"\\uD83D\\uDE00\" ] } ");
    const std::string c = canonical(v);
    EXPECT_EQ(c, "{\"a\":[0,\"😀\"],\"z\":\"é/\"}");
    EXPECT_TRUE(isCanonical(bytes(c)));
}

// --- Errors and Result -------------------------------------------------------------------

TEST(JsonErrorTest, ToStringAndPrefixes)
{
    EXPECT_EQ(str(JsonError{-1, QStringLiteral("a.b"), QStringLiteral("m")}.toString()), "a.b: m");
    EXPECT_EQ(str(JsonError{3, QString(), QStringLiteral("m")}.toString()), "offset 3: m");
    EXPECT_EQ(str(JsonError{-1, QString(), QStringLiteral("m")}.toString()), "m");

    const JsonError e{-1, QStringLiteral("payload.id"), QStringLiteral("m")};
    EXPECT_EQ(str(prefixedError(e, u"changes[3]").path), "changes[3].payload.id");
    EXPECT_EQ(str(prefixedError(JsonError{-1, QStringLiteral("[2]"), {}}, u"list").path), "list[2]");
    EXPECT_EQ(str(prefixedError(JsonError{-1, QString(), {}}, u"x").path), "x");
    EXPECT_EQ(str(prefixedError(e, u"").path), "payload.id");
}

TEST(JsonErrorTest, SafeForMessageBoundsAndCleansUntrustedText)
{
    EXPECT_EQ(str(safeQuoted(u"abc")), "\"abc\"");
    QString controls = QStringLiteral("a\nb");
    controls += QChar(0xD800);
    EXPECT_EQ(str(safeForMessage(controls)), "a\uFFFDb\uFFFD");
    const QString longText(200, QLatin1Char('x'));
    EXPECT_EQ(safeForMessage(longText).size(), 65);  // 64 characters and an ellipsis
    EXPECT_EQ(str(safeForMessage(QStringLiteral("😀"))), "😀");
}

TEST(ResultTest, HoldsAValueOrAnError)
{
    Result<int> good(5);
    EXPECT_TRUE(good.ok());
    EXPECT_EQ(*good, 5);
    EXPECT_THROW((void)good.error(), std::bad_variant_access);
    Result<int> bad(JsonError{1, QString(), QStringLiteral("x")});
    EXPECT_FALSE(bad);
    EXPECT_EQ(bad.error().offset, 1);
    EXPECT_THROW((void)bad.value(), std::bad_variant_access);
}

TEST(ExactIntegerTest, DistinguishesIntegersFromOtherValues)
{
    EXPECT_EQ(exactInteger(QJsonValue(7)), 7);
    EXPECT_EQ(exactInteger(QJsonValue(7.0)), 7);
    EXPECT_EQ(exactInteger(QJsonValue(qint64{9007199254740993})), 9007199254740993LL);
    EXPECT_FALSE(exactInteger(QJsonValue(7.5)));
    EXPECT_FALSE(exactInteger(QJsonValue(1e19)));
    EXPECT_FALSE(exactInteger(QJsonValue(std::nan(""))));
    EXPECT_FALSE(exactInteger(QJsonValue(QStringLiteral("7"))));
    EXPECT_FALSE(exactInteger(QJsonValue(true)));
    EXPECT_FALSE(exactInteger(QJsonValue()));
}

} // namespace
} // namespace medinexus
