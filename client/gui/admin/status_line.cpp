#include "client/gui/admin/status_line.h"

#include <QAccessible>

namespace medinexus::client::gui {

StatusLine::StatusLine(QWidget *parent) : QLabel(parent)
{
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setTextFormat(Qt::PlainText);
    setAccessibleName(tr("Status"));
    hide();
}

void StatusLine::showText(Kind kind, const QString &text)
{
    kind_ = kind;
    setStyleSheet(kind == Kind::Error ? QStringLiteral("color: #c62828; font-weight: bold;") : QString());
    setText(text);
    setVisible(!text.isEmpty());
    // Screen readers do not follow label changes by themselves.
    if (QAccessible::isActive()) {
        QAccessibleEvent event(this, QAccessible::NameChanged);
        QAccessible::updateAccessibility(&event);
    }
}

void StatusLine::clearText()
{
    showText(Kind::Info, QString());
}

} // namespace medinexus::client::gui
