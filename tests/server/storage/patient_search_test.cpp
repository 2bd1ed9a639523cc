#include "store_test_support.h"

#include "shared/model/patient_search.h"
#include "shared/ids/uuid.h"


namespace medinexus::server::testing {
namespace {

// --- folding -----------------------------------------------------------------------------------

TEST(PatientSearchFold, DropsAccentsAndCase)
{
    EXPECT_EQ(search::fold(u"Hélène"), QStringLiteral("helene"));
    EXPECT_EQ(search::fold(u"HÉLÈNE"), QStringLiteral("helene"));
    EXPECT_EQ(search::fold(u"Nguyễn Thị Ánh"), QStringLiteral("nguyen thi anh"));
    EXPECT_EQ(search::fold(u"İbrahim"), QStringLiteral("ibrahim"));
    // Decomposed input folds like precomposed input.
    EXPECT_EQ(search::fold(QStringLiteral("He\u0301le\u0300ne")), QStringLiteral("helene"));
}

TEST(PatientSearchFold, SpellsLettersWithoutDecompositionTheUsualWay)
{
    EXPECT_EQ(search::fold(u"Łukasz"), QStringLiteral("lukasz"));
    EXPECT_EQ(search::fold(u"Straße"), QStringLiteral("strasse"));
    EXPECT_EQ(search::fold(u"Søren Æbelø"), QStringLiteral("soren aebelo"));
    EXPECT_EQ(search::fold(u"Đặng"), QStringLiteral("dang"));
}

TEST(PatientSearchFold, DropsArabicVowelMarksHamzaSeatsAndTatweel)
{
    EXPECT_EQ(search::fold(u"مُحَمَّد"), QStringLiteral("محمد"));
    EXPECT_EQ(search::fold(u"أحمد"), QStringLiteral("احمد"));
    EXPECT_EQ(search::fold(u"محـــمد"), QStringLiteral("محمد"));
}

TEST(PatientSearchFold, KeepsCjkAndHangulWhole)
{
    EXPECT_EQ(search::fold(u"王小明"), QStringLiteral("王小明"));
    EXPECT_EQ(search::fold(u"김민준"), QStringLiteral("김민준"));  // recomposed after NFD
}

TEST(PatientSearchWords, SplitsOnPunctuationAndAlsoJoinsTheParts)
{
    EXPECT_EQ(search::words(u"jean-pierre o'brien"),
              (QStringList{QStringLiteral("jean"), QStringLiteral("pierre"), QStringLiteral("jeanpierre"),
                           QStringLiteral("o"), QStringLiteral("brien"), QStringLiteral("obrien")}));
    EXPECT_EQ(search::words(u"  awa   awa "), QStringList{QStringLiteral("awa")});
    // Devanagari vowel signs are spacing marks: part of the word.
    EXPECT_EQ(search::words(u"राम"), QStringList{QStringLiteral("राम")});
}

TEST(PatientSearchWords, QueryWordsAreFoldedPartsWithoutJoinedForms)
{
    EXPECT_EQ(search::queryWords(u" Jean-PIERRE  hél "),
              (QStringList{QStringLiteral("jean"), QStringLiteral("pierre"), QStringLiteral("hel")}));
    EXPECT_TRUE(search::queryWords(u" - ' ").isEmpty());
    EXPECT_EQ(search::queryWords(u"a b c d e f g h i j k").size(), search::kMaxQueryWords);
}

TEST(PatientSearchPhone, KeepsDigitsOfAnyScript)
{
    EXPECT_EQ(search::phoneDigits(u"+223 (76) 12-34.56"), QStringLiteral("22376123456"));
    EXPECT_EQ(search::phoneDigits(u"٠٧٦١٢"), QStringLiteral("07612"));
    EXPECT_TRUE(search::looksLikePhone(u"+223 76 12"));
    EXPECT_TRUE(search::looksLikePhone(u"(76) 12-34"));
    EXPECT_FALSE(search::looksLikePhone(u"76 awa"));
    EXPECT_FALSE(search::looksLikePhone(u"+ - ()"));
}

TEST(PatientSearchBounds, TheUpperBoundFollowsEveryExtension)
{
    const QString bound = search::prefixUpperBound(QStringLiteral("hel"));
    EXPECT_LT(QStringLiteral("hel"), bound);
    EXPECT_LT(QStringLiteral("helzzzz"), bound);
    EXPECT_LT(QStringLiteral("hel\U0001F600"), bound);
    EXPECT_GT(QStringLiteral("hem"), bound);
}

} // namespace
} // namespace medinexus::server::testing
