#pragma once

// Password input for the administrator's forms. The typed text is taken out of the field as
// soon as the form is submitted, so that it lives on only in a SecretString.

#include "shared/validation/validation_error.h"

#include <QString>

class QLineEdit;
class QWidget;

namespace medinexus::client::gui {

// A line edit that shows bullets, offers no completion and accepts the shared length limit.
QLineEdit *createPasswordField(const QString &objectName, QWidget *parent);

// What was typed in `field`, which is emptied at once (its undo history too). The caller
// wipes the returned text: SecretString::fromUtf16(std::move(text)) or secureWipe(text).
QString takePassword(QLineEdit *field);

// The password rule as told to the person choosing one (validateNewPassword() checks it).
QString passwordRuleHint();

// The refusal when the confirmation differs from the password (field "passwordConfirmation");
// empty when they match. Typing a password twice is the form's check, not a domain rule.
ValidationErrors confirmationErrors(const QString &password, const QString &confirmation);

} // namespace medinexus::client::gui
