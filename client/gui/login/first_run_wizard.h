#pragma once

// The first start of a client that knows no server yet: a short wizard instead of an empty
// login window. Three pages: the language (applied at once), the community's server (first
// contact: the certificate's fingerprint is shown, compared and confirmed, see
// ServerProfileForm), and a summary that says what comes next. Finish saves the profile and
// the language; Cancel saves nothing.

#include "client/core/net/server_profile.h"

#include <QWizard>

namespace medinexus::client::gui {

class AppSettings;
class FirstRunLanguagePage;
class FirstRunServerPage;
class FirstRunSummaryPage;
class Language;

class FirstRunWizard : public QWizard {
    Q_OBJECT

public:
    enum PageId { LanguagePage, ServerPage, SummaryPage };

    // `language`: the application's language, which the first page changes.
    FirstRunWizard(ProfileStore &profiles, AppSettings &settings, Language &language, QWidget *parent = nullptr);
    ~FirstRunWizard() override;

    // Saves the profile (added to the list, selected for the login window) and the language;
    // stays open, after telling the user, when the list cannot be written.
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    ProfileStore &profiles_;
    AppSettings &settings_;
    FirstRunLanguagePage *languagePage_ = nullptr;
    FirstRunServerPage *serverPage_ = nullptr;
    FirstRunSummaryPage *summaryPage_ = nullptr;
};

} // namespace medinexus::client::gui
