// The QR code as a scanner sees it: encoded with libqrencode, decoded by zbar from a PNG.

#include "client/gui/printing/qr_code.h"
#include "shared/ids/patient_number.h"
#include "tests/gui/printing/printing_tools.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace medinexus::client::gui::testing {
namespace {

TEST(QrCodeTest, APatientNumberDecodesToExactlyItsDisplayForm)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    for (int i = 0; i < 3; ++i) {
        const QString number = PatientNumber::generate().toString();
        const QImage image = qrCodeImage(number, 4);
        ASSERT_FALSE(image.isNull());
        const QString path = dir.filePath(QStringLiteral("qr-%1.png").arg(i));
        ASSERT_TRUE(image.save(path));
        EXPECT_EQ(decodeBarcode(path), number);
    }
}

TEST(QrCodeTest, TheImageHasTheQuietZoneAndTheModuleSizeAsked)
{
    const QrMatrix matrix = encodeQr(QStringLiteral("7K2M-QX4D-9HC"));
    EXPECT_EQ(matrix.size, 21);  // version 1 holds a patient number at level M
    const QImage image = qrCodeImage(QStringLiteral("7K2M-QX4D-9HC"), 3);
    EXPECT_EQ(image.width(), (21 + 2 * kQrQuietZoneModules) * 3);
    EXPECT_EQ(image.height(), image.width());
    // The quiet zone is white, the finder pattern's corner dark.
    EXPECT_EQ(qGray(image.pixel(0, 0)), 255);
    EXPECT_EQ(qGray(image.pixel(kQrQuietZoneModules * 3, kQrQuietZoneModules * 3)), 0);
    EXPECT_TRUE(matrix.isDark(0, 0));
}

TEST(QrCodeTest, TextThatCannotBeEncodedIsAClearError)
{
    EXPECT_THROW(encodeQr(QString()), QrEncodingError);
    // Far beyond the 2331 bytes of the largest symbol at level M.
    EXPECT_THROW(encodeQr(QString(5000, QLatin1Char('x'))), QrEncodingError);
    EXPECT_THROW(qrCodeImage(QStringLiteral("7K2M-QX4D-9HC"), 0), QrEncodingError);
}

} // namespace
} // namespace medinexus::client::gui::testing
