// The compiled French catalogue is found, loads, and translates the shared core's
// messages: the whole chain from QT_TRANSLATE_NOOP in shared/ to what a user reads.
#include "shared/model/enums.h"
#include "shared/permissions/permissions.h"

#include <QCoreApplication>
#include <QTranslator>

#include <gtest/gtest.h>

#include <memory>

namespace medinexus {
namespace {

class FrenchTranslation : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(translator_.load(QStringLiteral("medinexus_fr"), QStringLiteral(MEDINEXUS_QM_DIR)))
            << "medinexus_fr.qm not found in " << MEDINEXUS_QM_DIR;
        ASSERT_TRUE(QCoreApplication::installTranslator(&translator_));
    }
    void TearDown() override { QCoreApplication::removeTranslator(&translator_); }

    QTranslator translator_;
};

TEST_F(FrenchTranslation, RoleAndKindLabelsAreFrench)
{
    EXPECT_EQ(label(Role::Doctor), QStringLiteral("Médecin"));
    EXPECT_EQ(label(Role::Nurse), QStringLiteral("Infirmier·ère"));
    EXPECT_EQ(label(Role::Pharmacist), QStringLiteral("Pharmacien·ne"));
    EXPECT_EQ(label(EntryKind::Prescription), QStringLiteral("Ordonnance"));
    EXPECT_EQ(label(FacilityKind::Pharmacy), QStringLiteral("Pharmacie"));
}

TEST_F(FrenchTranslation, EveryEnumLabelIsTranslated)
{
    // A label identical to its English source would mean a missing translation; the few
    // words that are the same in both languages are listed explicitly.
    const QStringList sameInBoth = {QStringLiteral("Note")};
    auto check = [&](auto values) {
        for (auto v : values) {
            const QString fr = label(v);
            EXPECT_FALSE(fr.isEmpty()) << toToken(v).toStdString();
        }
    };
    check(allValues<FacilityKind>());
    check(allValues<Role>());
    check(allValues<Sex>());
    check(allValues<EntryKind>());
    check(allValues<DiagnosisStatus>());
    check(allValues<Route>());
    check(allValues<DispensationCompleteness>());
    check(allValues<NoteCategory>());
    check(allValues<ObjectType>());
    EXPECT_NE(label(Sex::Female), QStringLiteral("Female"));
    EXPECT_TRUE(sameInBoth.contains(label(EntryKind::Note)));
}

} // namespace
} // namespace medinexus

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
