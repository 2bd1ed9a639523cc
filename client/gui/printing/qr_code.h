#pragma once

// QR codes (libqrencode, error correction level M: a printout stays readable with a fold or
// a smudge across up to 15 % of the symbol). The printout's code holds the patient number in
// display form, so a scanner that "types" it into the counter's number field opens the record.

#include <QImage>
#include <QRectF>
#include <QString>

#include <stdexcept>
#include <vector>

class QPainter;

namespace medinexus::client::gui {

// libqrencode could not encode the text (too long for a QR code, or out of memory).
class QrEncodingError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// The modules of a symbol, without the quiet zone: `size` x `size`, row by row, true = dark.
struct QrMatrix {
    int size = 0;
    std::vector<bool> modules;

    [[nodiscard]] bool isDark(int x, int y) const
    {
        return modules[static_cast<std::size_t>(y) * static_cast<std::size_t>(size) + static_cast<std::size_t>(x)];
    }
};

// The quiet zone the QR standard requires around a symbol, in modules.
inline constexpr int kQrQuietZoneModules = 4;

// Encodes `text` (UTF-8, byte mode, level M). Throws QrEncodingError.
QrMatrix encodeQr(const QString &text);

// The symbol as a black-on-white image with its quiet zone, `moduleSizePx` pixels per module
// (at least 1). Throws QrEncodingError.
QImage qrCodeImage(const QString &text, int moduleSizePx);

// Paints the symbol with its quiet zone, white background included, as the largest square that
// fits in `rect` (centred), with crisp vector modules on any device (PDF, printer, screen).
// Throws QrEncodingError.
void paintQrCode(QPainter &painter, const QRectF &rect, const QString &text);

} // namespace medinexus::client::gui
