// Vital signs as shown: normal ranges, abnormal values, and the locale's number format.
#include "shared/model/vital_signs.h"

#include <QLocale>

#include <gtest/gtest.h>

namespace medinexus {
namespace {

// Restores the default locale whatever a test sets.
class VitalSignsTest : public ::testing::Test {
protected:
    void SetUp() override { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void TearDown() override { QLocale::setDefault(saved_); }

    static QString unitSpace() { return QString(QChar(0x202F)); }

    QLocale saved_;
};

TEST_F(VitalSignsTest, NormalVitalsAreNotFlagged)
{
    Vitals vitals;
    vitals.temperatureDeciCelsius = 368;
    vitals.pulsePerMinute = 72;
    vitals.systolicMmHg = 120;
    vitals.diastolicMmHg = 80;
    vitals.respiratoryRatePerMinute = 16;
    vitals.spo2Percent = 98;
    vitals.weightGrams = 65'000;
    EXPECT_TRUE(abnormalSigns(vitals).isEmpty());
    // Range bounds are normal.
    vitals.temperatureDeciCelsius = 375;
    vitals.pulsePerMinute = 60;
    vitals.spo2Percent = 94;
    EXPECT_TRUE(abnormalSigns(vitals).isEmpty());
    EXPECT_TRUE(abnormalSigns(Vitals{}).isEmpty());
}

TEST_F(VitalSignsTest, AbnormalValuesAreListedInOrder)
{
    Vitals vitals;
    vitals.temperatureDeciCelsius = 392;
    vitals.pulsePerMinute = 118;
    vitals.systolicMmHg = 85;
    vitals.diastolicMmHg = 70;
    vitals.respiratoryRatePerMinute = 28;
    vitals.spo2Percent = 89;
    vitals.weightGrams = 150'000;  // weight has no normal range
    EXPECT_EQ(abnormalSigns(vitals), (QList<VitalSign>{VitalSign::Temperature, VitalSign::Pulse, VitalSign::Systolic,
                                         VitalSign::RespiratoryRate, VitalSign::Spo2}));
    Vitals cold;
    cold.temperatureDeciCelsius = 360;
    EXPECT_EQ(abnormalSigns(cold), QList<VitalSign>{VitalSign::Temperature});
}

TEST_F(VitalSignsTest, RangesAndValues)
{
    const auto temperature = normalRange(VitalSign::Temperature);
    ASSERT_TRUE(temperature);
    EXPECT_EQ(temperature->low, 361);
    EXPECT_EQ(temperature->high, 375);
    EXPECT_FALSE(normalRange(VitalSign::Weight));
    Vitals vitals;
    vitals.diastolicMmHg = 77;
    EXPECT_EQ(valueOf(vitals, VitalSign::Diastolic), 77);
    EXPECT_FALSE(valueOf(vitals, VitalSign::Systolic));
}

TEST_F(VitalSignsTest, FormatsInEnglish)
{
    EXPECT_EQ(formatVitalSign(VitalSign::Temperature, 372), QStringLiteral("37.2") + unitSpace() + QStringLiteral("°C"));
    EXPECT_EQ(formatVitalSign(VitalSign::Temperature, 380), QStringLiteral("38.0") + unitSpace() + QStringLiteral("°C"));
    EXPECT_EQ(formatVitalSign(VitalSign::Pulse, 88), QStringLiteral("88") + unitSpace() + QStringLiteral("/min"));
    EXPECT_EQ(formatVitalSign(VitalSign::Spo2, 97), QStringLiteral("97") + unitSpace() + QStringLiteral("%"));
    EXPECT_EQ(formatVitalSign(VitalSign::Systolic, 125), QStringLiteral("125") + unitSpace() + QStringLiteral("mmHg"));
}

TEST_F(VitalSignsTest, WeightInKilogramsWithoutTrailingZeros)
{
    EXPECT_EQ(formatVitalSign(VitalSign::Weight, 3450), QStringLiteral("3.45") + unitSpace() + QStringLiteral("kg"));
    EXPECT_EQ(formatVitalSign(VitalSign::Weight, 3457), QStringLiteral("3.457") + unitSpace() + QStringLiteral("kg"));
    EXPECT_EQ(formatVitalSign(VitalSign::Weight, 70'000), QStringLiteral("70") + unitSpace() + QStringLiteral("kg"));
    EXPECT_EQ(formatVitalSign(VitalSign::Weight, 805), QStringLiteral("0.805") + unitSpace() + QStringLiteral("kg"));
    EXPECT_EQ(formatVitalSign(VitalSign::Weight, 3005), QStringLiteral("3.005") + unitSpace() + QStringLiteral("kg"));
}

TEST_F(VitalSignsTest, FormatsInFrench)
{
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    EXPECT_EQ(formatVitalSign(VitalSign::Temperature, 372), QStringLiteral("37,2") + unitSpace() + QStringLiteral("°C"));
    EXPECT_EQ(formatVitalSign(VitalSign::Weight, 3450), QStringLiteral("3,45") + unitSpace() + QStringLiteral("kg"));
    EXPECT_EQ(formatVitalSign(VitalSign::Weight, 12'000), QStringLiteral("12") + unitSpace() + QStringLiteral("kg"));
}

TEST_F(VitalSignsTest, EverySignHasANameAndUnit)
{
    for (const VitalSign sign : {VitalSign::Temperature, VitalSign::Pulse, VitalSign::Systolic, VitalSign::Diastolic,
             VitalSign::RespiratoryRate, VitalSign::Spo2, VitalSign::Weight}) {
        EXPECT_FALSE(vitalSignName(sign).isEmpty());
        EXPECT_FALSE(vitalSignUnit(sign).isEmpty());
    }
    EXPECT_EQ(vitalSignName(VitalSign::Temperature), QStringLiteral("Temperature"));
}

} // namespace
} // namespace medinexus
