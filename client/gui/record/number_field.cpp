#include "client/gui/record/number_field.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QRegularExpression>
#include <QRegularExpressionValidator>

#include <cstdlib>
#include <limits>

namespace medinexus::client::gui {

namespace {
int powerOfTen(int exponent)
{
    int result = 1;
    for (int i = 0; i < exponent; ++i)
        result *= 10;
    return result;
}
} // namespace

TypedNumber readNumber(const QString &text, int decimals)
{
    TypedNumber number;
    const QString typed = text.trimmed();
    if (typed.isEmpty())
        return number;
    number.blank = false;

    // The locale's separator, or a dot: both are what people type.
    const QString separator = QLocale().decimalPoint();
    static const QRegularExpression shape(QStringLiteral("^(\\d{1,7})(?:[.,](\\d*))?$"));
    QString normalized = typed;
    if (separator.size() == 1 && separator != QStringLiteral(".") && separator != QStringLiteral(","))
        normalized.replace(separator, QStringLiteral("."));
    const QRegularExpressionMatch match = shape.match(normalized);
    if (!match.hasMatch())
        return number;
    const QString fraction = match.captured(2);
    if (fraction.size() > decimals)
        return number;
    bool ok = false;
    const qint64 whole = match.captured(1).toLongLong(&ok);
    if (!ok)
        return number;
    const qint64 scale = powerOfTen(decimals);
    const qint64 fractionValue =
        fraction.isEmpty() ? 0 : fraction.leftJustified(decimals, QLatin1Char('0')).toLongLong(&ok);
    if (!ok)
        return number;
    const qint64 scaled = whole * scale + fractionValue;
    if (scaled > std::numeric_limits<int>::max())
        return number;
    number.value = static_cast<int>(scaled);
    return number;
}

QString numberText(int stored, int decimals)
{
    const int scale = powerOfTen(decimals);
    const QLocale locale;
    QString text = locale.toString(stored / scale);
    text.remove(locale.groupSeparator());
    if (decimals == 0)
        return text;
    QString fraction = QString::number(std::abs(stored % scale)).rightJustified(decimals, QLatin1Char('0'));
    while (fraction.size() > 1 && fraction.endsWith(QLatin1Char('0')))
        fraction.chop(1);
    if (fraction == QStringLiteral("0") && decimals > 1)
        return text;
    return text + locale.decimalPoint() + fraction;
}

void setUpNumberField(QLineEdit *edit, int decimals, int maxIntegerDigits)
{
    const QString pattern = decimals > 0
        ? QStringLiteral("\\d{0,%1}([.,]\\d{0,%2})?").arg(maxIntegerDigits).arg(decimals)
        : QStringLiteral("\\d{0,%1}").arg(maxIntegerDigits);
    edit->setValidator(new QRegularExpressionValidator(QRegularExpression(pattern), edit));
    edit->setAlignment(Qt::AlignRight);
    edit->setMaximumWidth(edit->fontMetrics().horizontalAdvance(QLatin1Char('0')) * (maxIntegerDigits + decimals + 4));
}

QWidget *withUnit(QWidget *field, const QString &unit, QWidget *parent)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    field->setParent(row);
    layout->addWidget(field);
    auto *unitLabel = new QLabel(unit, row);
    layout->addWidget(unitLabel);
    layout->addStretch();
    return row;
}

} // namespace medinexus::client::gui
