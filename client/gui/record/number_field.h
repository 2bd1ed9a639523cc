#pragma once

// Number fields of the entry forms: typed in the locale's format (the decimal separator of
// the language, a dot accepted too), read exactly into the integer units entries store (37,5
// with one decimal is 375) without binary floating point; blank means "not given".

#include <QString>

#include <optional>

class QLineEdit;
class QWidget;

namespace medinexus::client::gui {

// What a number field holds.
struct TypedNumber {
    bool blank = true;         // nothing typed
    std::optional<int> value;  // the value scaled by 10^decimals, when it reads as a number

    [[nodiscard]] bool isValid() const { return blank || value.has_value(); }
};

// `text` read with `decimals` decimal places at most (more are refused: nullopt value).
TypedNumber readNumber(const QString &text, int decimals);

// `stored` (scaled by 10^decimals) written as the field shows it, in the current locale,
// without trailing zeros beyond the first decimal ("37,5", "3,45", "72").
QString numberText(int stored, int decimals);

// Restricts `edit` to digits and one decimal separator with `decimals` places at most.
void setUpNumberField(QLineEdit *edit, int decimals, int maxIntegerDigits);

// The field followed by its unit ("°C", "days"), as one row of a form.
QWidget *withUnit(QWidget *field, const QString &unit, QWidget *parent);

} // namespace medinexus::client::gui
