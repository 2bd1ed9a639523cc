#include "client/gui/workspace/password_field.h"

#include "shared/validation/validator.h"

#include <QCoreApplication>
#include <QLineEdit>

namespace medinexus::client::gui {

QLineEdit *createPasswordField(const QString &objectName, QWidget *parent)
{
    auto *field = new QLineEdit(parent);
    field->setObjectName(objectName);
    field->setEchoMode(QLineEdit::Password);
    field->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText
                               | Qt::ImhNoAutoUppercase);
    field->setMaxLength(ValidationLimits::kPasswordMaxLength);
    return field;
}

QString takePassword(QLineEdit *field)
{
    QString text = field->text();
    // setText() (unlike clear()) also drops the undo history, and leaves `text` the only
    // owner of the typed characters, so that the caller's wipe reaches them.
    field->setText(QString());
    return text;
}

QString passwordRuleHint()
{
    // A plain variable as the count: lupdate skips a translate() whose count is qualified.
    const int minimum = ValidationLimits::kPasswordMinLength;
    return QCoreApplication::translate("medinexus::client::gui::PasswordField",
                                       "At least %n characters, not containing the username.", "password rule", minimum);
}

ValidationErrors confirmationErrors(const QString &password, const QString &confirmation)
{
    if (password == confirmation)
        return {};
    ValidationError error;
    error.field = QStringLiteral("passwordConfirmation");
    error.code = ValidationCode::Inconsistent;
    error.sourceText = QT_TRANSLATE_NOOP("medinexus::Validation", "The two passwords are not the same: type it again.");
    return {error};
}

} // namespace medinexus::client::gui
