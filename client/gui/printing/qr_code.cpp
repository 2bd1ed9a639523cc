#include "client/gui/printing/qr_code.h"

#include <QPainter>
#include <QPainterPath>

#include <qrencode.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <memory>
#include <system_error>

namespace medinexus::client::gui {

namespace {

struct QrCodeDeleter {
    void operator()(QRcode *code) const noexcept { QRcode_free(code); }
};
using QrCodePtr = std::unique_ptr<QRcode, QrCodeDeleter>;

} // namespace

QrMatrix encodeQr(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    if (utf8.isEmpty())
        throw QrEncodingError("QR code: nothing to encode");
    if (utf8.contains('\0'))
        throw QrEncodingError("QR code: the text contains a NUL character");
    errno = 0;
    // Version 0: the smallest symbol that holds the text.
    QrCodePtr code(QRcode_encodeString8bit(utf8.constData(), 0, QR_ECLEVEL_M));
    if (!code) {
        const int error = errno;
        if (error == ERANGE)
            throw QrEncodingError("QR code: the text is too long for a QR code");
        // generic_category() rather than std::strerror(): the same text, thread-safe, and not
        // deprecated by MSVC's CRT (warning C4996, an error under /WX).
        throw QrEncodingError("QR code: encoding failed: " + std::generic_category().message(error));
    }
    QrMatrix matrix;
    matrix.size = code->width;
    const auto count = static_cast<std::size_t>(code->width) * static_cast<std::size_t>(code->width);
    matrix.modules.resize(count);
    // Bit 0 of each byte is the module's colour (1 = dark); the other bits describe its role.
    for (std::size_t i = 0; i < count; ++i)
        matrix.modules[i] = (code->data[i] & 1U) != 0;
    return matrix;
}

QImage qrCodeImage(const QString &text, int moduleSizePx)
{
    if (moduleSizePx < 1)
        throw QrEncodingError("QR code: the module size must be at least one pixel");
    const QrMatrix matrix = encodeQr(text);
    const int modulesAcross = matrix.size + 2 * kQrQuietZoneModules;
    const int side = modulesAcross * moduleSizePx;
    QImage image(side, side, QImage::Format_Grayscale8);
    image.fill(Qt::white);
    for (int y = 0; y < matrix.size; ++y) {
        for (int x = 0; x < matrix.size; ++x) {
            if (!matrix.isDark(x, y))
                continue;
            const int left = (x + kQrQuietZoneModules) * moduleSizePx;
            const int top = (y + kQrQuietZoneModules) * moduleSizePx;
            for (int row = top; row < top + moduleSizePx; ++row)
                std::memset(image.scanLine(row) + left, 0, static_cast<std::size_t>(moduleSizePx));
        }
    }
    return image;
}

void paintQrCode(QPainter &painter, const QRectF &rect, const QString &text)
{
    const QrMatrix matrix = encodeQr(text);
    const int modulesAcross = matrix.size + 2 * kQrQuietZoneModules;
    const qreal side = std::min(rect.width(), rect.height());
    const qreal module = side / modulesAcross;
    const QRectF square(rect.center().x() - side / 2, rect.center().y() - side / 2, side, side);

    // One path for every dark module: adjacent modules merge into one shape, so no hairline
    // seam appears between them on a printer or in a PDF viewer.
    QPainterPath dark;
    dark.setFillRule(Qt::WindingFill);
    for (int y = 0; y < matrix.size; ++y) {
        for (int x = 0; x < matrix.size; ++x) {
            if (matrix.isDark(x, y)) {
                dark.addRect(square.left() + (x + kQrQuietZoneModules) * module,
                             square.top() + (y + kQrQuietZoneModules) * module, module, module);
            }
        }
    }
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setPen(Qt::NoPen);
    painter.fillRect(square, Qt::white);
    painter.setBrush(Qt::black);
    painter.drawPath(dark);
    painter.restore();
}

} // namespace medinexus::client::gui
