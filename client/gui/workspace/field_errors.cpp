#include "client/gui/workspace/field_errors.h"

#include <QLabel>
#include <QRegularExpression>
#include <QStringList>
#include <QWidget>

namespace medinexus::client::gui {

namespace {
// A dynamic property, so a style sheet rule marks the field without replacing its own style.
constexpr char kInvalidProperty[] = "medinexusInvalid";

void setMarked(QWidget *widget, bool marked, const QString &message)
{
    widget->setProperty(kInvalidProperty, marked);
    widget->setToolTip(message);
    widget->setAccessibleDescription(message);
    widget->setStyleSheet(marked ? QStringLiteral("border: 2px solid #c62828;") : QString());
}
} // namespace

QLabel *createErrorSummary(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setStyleSheet(QStringLiteral("color: #c62828;"));
    label->hide();
    return label;
}

void FieldErrors::bind(const QString &field, QWidget *widget)
{
    fields_.insert(field, widget);
}

QWidget *FieldErrors::widgetFor(const QString &field) const
{
    if (auto it = fields_.constFind(field); it != fields_.constEnd())
        return it.value();
    // "allergies[2]" -> "allergies", "vitals.pulsePerMinute" -> "vitals"
    const qsizetype cut = field.indexOf(QRegularExpression(QStringLiteral("[\\[.]")));
    if (cut > 0)
        return fields_.value(field.left(cut), nullptr);
    return nullptr;
}

void FieldErrors::clear()
{
    for (QWidget *widget : std::as_const(marked_))
        setMarked(widget, false, QString());
    marked_.clear();
    empty_ = true;
    if (summary_) {
        summary_->clear();
        summary_->hide();
    }
}

void FieldErrors::show(const ValidationErrors &errors, const QString &intro)
{
    clear();
    QStringList lines;
    if (!intro.isEmpty())
        lines << intro;
    QHash<QWidget *, QStringList> perWidget;
    for (const ValidationError &error : errors) {
        const QString message = error.message();
        lines << message;
        if (QWidget *widget = widgetFor(error.field))
            perWidget[widget] << message;
    }
    for (auto it = perWidget.cbegin(); it != perWidget.cend(); ++it) {
        setMarked(it.key(), true, it.value().join(QLatin1Char('\n')));
        marked_ << it.key();
    }
    if (!marked_.isEmpty())
        marked_.first()->setFocus(Qt::OtherFocusReason);
    empty_ = lines.isEmpty();
    if (summary_ && !lines.isEmpty()) {
        summary_->setText(lines.join(QLatin1Char('\n')));
        summary_->show();
    }
}

void FieldErrors::showMessage(const QString &message)
{
    show({}, message);
}

} // namespace medinexus::client::gui
