#pragma once

// How every form shows refused input: the fields named by ValidationErrors are marked (a red
// frame, the message as tooltip and accessible description) and the messages are listed in
// one label above the buttons, so nothing is refused silently.

#include "shared/validation/validation_error.h"

#include <QHash>
#include <QString>

class QLabel;
class QWidget;

namespace medinexus::client::gui {

// The label above a form's buttons that lists refused input: red, wrapped, hidden while empty.
// Parented to `parent`; `objectName` lets tests find it.
QLabel *createErrorSummary(const QString &objectName, QWidget *parent);

class FieldErrors {
public:
    // `summary`: the label that lists the messages (hidden while there is none).
    explicit FieldErrors(QLabel *summary) : summary_(summary) {}

    // `field` is a ValidationError::field, or its prefix before "[" / "." (e.g. "allergies"
    // marks the allergy list for "allergies[2]").
    void bind(const QString &field, QWidget *widget);

    // Clears every mark, then marks the fields of `errors` and lists every message (also the
    // ones of unbound fields). `intro`: an optional first line (e.g. WriteRefused::message()).
    void show(const ValidationErrors &errors, const QString &intro = {});
    // A message that concerns no field (e.g. "The server cannot be reached").
    void showMessage(const QString &message);
    void clear();
    [[nodiscard]] bool isEmpty() const { return marked_.isEmpty() && empty_; }

private:
    QWidget *widgetFor(const QString &field) const;

    QLabel *summary_;
    QHash<QString, QWidget *> fields_;
    QList<QWidget *> marked_;
    bool empty_ = true;
};

} // namespace medinexus::client::gui
