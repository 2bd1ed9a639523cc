// The token tables of every enumeration: the wire form is a contract with stored data and
// with other clinics' software, so it is checked exhaustively here.
#include "shared/model/audit_vocabulary.h"
#include "shared/model/enums.h"
#include "shared/permissions/permissions.h"

#include <gtest/gtest.h>

#include <QRegularExpression>
#include <QSet>

#include <ostream>
#include <set>

// Readable QString values in failure messages (the same inline definition in every test
// file of this executable).
inline void PrintTo(const QString &value, std::ostream *out)
{
    *out << '"' << value.toStdString() << '"';
}

namespace medinexus {
namespace {

using namespace Qt::Literals::StringLiterals;

template <typename E>
class EnumTokensTest : public ::testing::Test {};

using AllEnums = ::testing::Types<FacilityKind, Role, Sex, EntryKind, DiagnosisStatus, Route,
                                  DispensationCompleteness, NoteCategory, ObjectType, Action, AuditAction,
                                  AuditOutcome>;
TYPED_TEST_SUITE(EnumTokensTest, AllEnums);

template <typename E>
constexpr std::size_t tableSize()
{
    return EnumTokens<E>::table.size();
}

TYPED_TEST(EnumTokensTest, EveryValueRoundTripsThroughItsToken)
{
    for (const TypeParam value : allValues<TypeParam>()) {
        const QString token = toToken(value);
        ASSERT_FALSE(token.isEmpty()) << "value " << static_cast<int>(value);
        const std::optional<TypeParam> back = fromToken<TypeParam>(token);
        ASSERT_TRUE(back.has_value()) << token.toStdString();
        EXPECT_EQ(*back, value) << token.toStdString();
    }
}

TYPED_TEST(EnumTokensTest, TokensAreUniqueLowerSnakeCase)
{
    // Audit actions are namespaced by what they concern: "patient.read", "user.password_reset".
    static const QRegularExpression snakeCase(QRegularExpression::anchoredPattern(
        std::is_same_v<TypeParam, AuditAction> ? u"[a-z][a-z0-9]*(_[a-z0-9]+)*(\\.[a-z][a-z0-9]*(_[a-z0-9]+)*)*"_s
                                               : u"[a-z][a-z0-9]*(_[a-z0-9]+)*"_s));
    QSet<QString> seen;
    for (const TypeParam value : allValues<TypeParam>()) {
        const QString token = toToken(value);
        EXPECT_TRUE(snakeCase.match(token).hasMatch()) << token.toStdString();
        EXPECT_FALSE(seen.contains(token)) << "duplicate token " << token.toStdString();
        seen.insert(token);
    }
    EXPECT_EQ(static_cast<std::size_t>(seen.size()), tableSize<TypeParam>());
}

TYPED_TEST(EnumTokensTest, FromTokenRejectsUnknownAndCaseVariants)
{
    EXPECT_FALSE(fromToken<TypeParam>(u"").has_value());
    EXPECT_FALSE(fromToken<TypeParam>(u"not_a_token").has_value());
    for (const TypeParam value : allValues<TypeParam>()) {
        const QString token = toToken(value);
        EXPECT_FALSE(fromToken<TypeParam>(token.toUpper()).has_value()) << token.toStdString();
        QString capitalised = token;
        capitalised[0] = capitalised[0].toUpper();
        EXPECT_FALSE(fromToken<TypeParam>(capitalised).has_value()) << capitalised.toStdString();
        EXPECT_FALSE(fromToken<TypeParam>(u" "_s + token).has_value()) << token.toStdString();
        EXPECT_FALSE(fromToken<TypeParam>(token + u" "_s).has_value()) << token.toStdString();
        EXPECT_FALSE(fromToken<TypeParam>(QStringView(token).chopped(1)).has_value()) << token.toStdString();
        EXPECT_FALSE(fromToken<TypeParam>(token + u"x"_s).has_value()) << token.toStdString();
    }
}

TYPED_TEST(EnumTokensTest, AllValuesCoversTheTableAndEveryEnumerator)
{
    const auto values = allValues<TypeParam>();
    ASSERT_EQ(values.size(), tableSize<TypeParam>());
    std::set<int> distinct;
    for (std::size_t i = 0; i < values.size(); ++i) {
        EXPECT_EQ(values[i], EnumTokens<TypeParam>::table[i].value);
        distinct.insert(static_cast<int>(values[i]));
    }
    EXPECT_EQ(distinct.size(), values.size());
    // The enumerations are dense from 0, so the table covers every enumerator exactly
    // when it holds 0..N-1; N itself is no value and has no token.
    for (std::size_t i = 0; i < values.size(); ++i)
        EXPECT_EQ(distinct.count(static_cast<int>(i)), 1u) << "enumerator " << i << " missing from the table";
    EXPECT_TRUE(toToken(static_cast<TypeParam>(values.size())).isEmpty());
}

TYPED_TEST(EnumTokensTest, EveryValueHasAnEnglishLabel)
{
    // No translator is installed in this test, so label() gives the English source text.
    for (const auto &entry : EnumTokens<TypeParam>::table) {
        ASSERT_NE(entry.label, nullptr);
        EXPECT_FALSE(label(entry.value).isEmpty()) << entry.token;
        EXPECT_EQ(label(entry.value), QString::fromUtf8(entry.label));
    }
}

TEST(EnumTokens, KnownTokensAreStable)
{
    // A few tokens spelled out: renaming one would break stored data and older clients.
    EXPECT_EQ(toToken(Role::Admin), u"admin"_s);
    EXPECT_EQ(toToken(DiagnosisStatus::RuledOut), u"ruled_out"_s);
    EXPECT_EQ(toToken(NoteCategory::FollowUp), u"follow_up"_s);
    EXPECT_EQ(toToken(ObjectType::RecordAccess), u"record_access"_s);
    EXPECT_EQ(toToken(EntryKind::Dispensation), u"dispensation"_s);
    EXPECT_EQ(toToken(Action::ReadPatientRecord), u"read_patient_record"_s);
    EXPECT_EQ(fromToken<Route>(u"intravenous"), Route::Intravenous);
    EXPECT_EQ(fromToken<Sex>(u"unknown"), Sex::Unknown);
    EXPECT_EQ(label(Role::Admin), u"Administrator"_s);
}

} // namespace
} // namespace medinexus
