#pragma once

// The one line under an administrator list or form that says what is going on: loading,
// saving, a done action, or why something failed. Errors are red and announced to screen
// readers; the line is hidden while there is nothing to say.

#include <QLabel>

namespace medinexus::client::gui {

class StatusLine : public QLabel {
    Q_OBJECT

public:
    enum class Kind { Info, Busy, Error };

    explicit StatusLine(QWidget *parent = nullptr);

    void showInfo(const QString &text) { showText(Kind::Info, text); }
    void showBusy(const QString &text) { showText(Kind::Busy, text); }
    void showError(const QString &text) { showText(Kind::Error, text); }
    void clearText();

    [[nodiscard]] Kind kind() const { return kind_; }

private:
    void showText(Kind kind, const QString &text);

    Kind kind_ = Kind::Info;
};

} // namespace medinexus::client::gui
