#include "client/gui/login/first_run_wizard.h"

#include "client/gui/login/server_profile_form.h"
#include "client/gui/workspace/app_settings.h"
#include "client/gui/workspace/language.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QRadioButton>
#include <QSignalBlocker>
#include <QVBoxLayout>
#include <QWizardPage>

#include <optional>
#include <utility>
#include <vector>

namespace medinexus::client::gui {

// A page of the wizard: speaks the new language as soon as it is chosen.
class FirstRunPage : public QWizardPage {
public:
    using QWizardPage::QWizardPage;

protected:
    virtual void retranslate() = 0;

    void changeEvent(QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange)
            retranslate();
        QWizardPage::changeEvent(event);
    }
};

// The language, applied as soon as it is chosen (the whole wizard speaks it at once).
class FirstRunLanguagePage : public FirstRunPage {
    Q_OBJECT

public:
    FirstRunLanguagePage(Language &language, QWidget *parent)
        : FirstRunPage(parent), language_(language)
    {
        setObjectName(QStringLiteral("languagePage"));
        intro_ = new QLabel(this);
        intro_->setObjectName(QStringLiteral("languageIntro"));
        intro_->setWordWrap(true);
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(intro_);
        const QString current = language_.current().isEmpty() ? Language::systemChoice() : language_.current();
        for (const QString &code : Language::available()) {
            // Each language in its own words, so anyone finds theirs.
            auto *button = new QRadioButton(QLatin1Char('&') + Language::nativeName(code), this);
            button->setObjectName(QStringLiteral("languageButton_%1").arg(code));
            button->setChecked(code == current);
            layout->addWidget(button);
            buttons_.emplace_back(code, button);
            connect(button, &QRadioButton::toggled, this, [this, code](bool checked) {
                if (checked)
                    choose(code);
            });
        }
        layout->addStretch(1);
        retranslate();
    }

    // The code of the language in use ("fr", "en").
    [[nodiscard]] QString chosen() const
    {
        for (const auto &[code, button] : buttons_) {
            if (button->isChecked())
                return code;
        }
        return {}; // none could be applied: follow the system
    }

private:
    void retranslate() override
    {
        setTitle(tr("Welcome to MediNexus"));
        setSubTitle(tr("This short setup connects this computer to your community's server."));
        intro_->setText(tr("Choose the language of MediNexus. You can change it later in the login window "
                           "or in the Settings menu."));
    }

    void choose(const QString &code)
    {
        if (language_.apply(code))
            return;
        // The catalogue cannot be loaded: show the language that stays in use.
        for (const auto &[other, button] : buttons_) {
            const QSignalBlocker blocker(button);
            button->setChecked(other == language_.current());
        }
    }

    Language &language_;
    QLabel *intro_ = nullptr;
    std::vector<std::pair<QString, QRadioButton *>> buttons_;
};

// The community's server: complete once its certificate is confirmed.
class FirstRunServerPage : public FirstRunPage {
    Q_OBJECT

public:
    explicit FirstRunServerPage(QWidget *parent) : FirstRunPage(parent)
    {
        setObjectName(QStringLiteral("serverPage"));
        ServerProfile profile;
        profile.id = QUuid::createUuid();
        form_ = new ServerProfileForm(profile, this);
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(form_);
        layout->addStretch(1);
        connect(form_, &ServerProfileForm::confirmationChanged, this, &QWizardPage::completeChanged);
        retranslate();
    }

    [[nodiscard]] bool isComplete() const override { return form_->isConfirmed(); }

    bool validatePage() override
    {
        profile_ = form_->validatedProfile();
        return profile_.has_value();
    }

    // The profile as typed and confirmed (once the page was validated).
    [[nodiscard]] const std::optional<ServerProfile> &profile() const { return profile_; }

private:
    void retranslate() override
    {
        setTitle(tr("Your community's server"));
        setSubTitle(tr("Type the address your administrator gave you and check the server. Compare the "
                       "fingerprint shown with theirs, or paste theirs and MediNexus compares."));
    }

    ServerProfileForm *form_ = nullptr;
    std::optional<ServerProfile> profile_;
};

// What was chosen, and what comes next.
class FirstRunSummaryPage : public FirstRunPage {
    Q_OBJECT

public:
    // Reads the choices from the other pages only (the wizard's own state).
    FirstRunSummaryPage(const FirstRunLanguagePage &language, const FirstRunServerPage &server, QWidget *parent)
        : FirstRunPage(parent), language_(language), server_(server)
    {
        setObjectName(QStringLiteral("summaryPage"));
        auto *form = new QFormLayout;
        serverCaption_ = new QLabel(this);
        serverValue_ = valueLabel(QStringLiteral("summaryServer"));
        form->addRow(serverCaption_, serverValue_);
        fingerprintCaption_ = new QLabel(this);
        fingerprintValue_ = valueLabel(QStringLiteral("summaryFingerprint"));
        form->addRow(fingerprintCaption_, fingerprintValue_);
        languageCaption_ = new QLabel(this);
        languageValue_ = valueLabel(QStringLiteral("summaryLanguage"));
        form->addRow(languageCaption_, languageValue_);
        nextSteps_ = valueLabel(QStringLiteral("nextStepsLabel"));

        auto *layout = new QVBoxLayout(this);
        layout->addLayout(form);
        layout->addSpacing(fontMetrics().lineSpacing());
        layout->addWidget(nextSteps_);
        layout->addStretch(1);
        retranslate();
    }

    void initializePage() override { showChoices(); }

private:
    QLabel *valueLabel(const QString &name)
    {
        auto *label = new QLabel(this);
        label->setObjectName(name);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        return label;
    }

    void retranslate() override
    {
        setTitle(tr("Ready"));
        setSubTitle(tr("Check what you chose, then press Finish."));
        serverCaption_->setText(tr("Server:"));
        fingerprintCaption_->setText(tr("Certificate (SHA-256):"));
        languageCaption_->setText(tr("Language:"));
        nextSteps_->setText(tr("Next, log in with the user name and password your administrator gave you. "
                               "If you have none yet, ask them for an account."));
        showChoices();
    }

    void showChoices()
    {
        const std::optional<ServerProfile> &profile = server_.profile();
        if (profile) {
            serverValue_->setText(profile->name + QLatin1Char('\n') + profile->addresses.join(QLatin1Char('\n')));
            fingerprintValue_->setText(formatFingerprint(profile->pinnedCertificateSha256));
        }
        languageValue_->setText(Language::nativeName(language_.chosen()));
    }

    const FirstRunLanguagePage &language_;
    const FirstRunServerPage &server_;
    QLabel *serverCaption_ = nullptr;
    QLabel *serverValue_ = nullptr;
    QLabel *fingerprintCaption_ = nullptr;
    QLabel *fingerprintValue_ = nullptr;
    QLabel *languageCaption_ = nullptr;
    QLabel *languageValue_ = nullptr;
    QLabel *nextSteps_ = nullptr;
};

FirstRunWizard::FirstRunWizard(ProfileStore &profiles, AppSettings &settings, Language &language, QWidget *parent)
    : QWizard(parent), profiles_(profiles), settings_(settings)
{
    setObjectName(QStringLiteral("firstRunWizard"));
    // The same look on every system (and in the screenshots and the documentation).
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage, true);

    languagePage_ = new FirstRunLanguagePage(language, this);
    serverPage_ = new FirstRunServerPage(this);
    summaryPage_ = new FirstRunSummaryPage(*languagePage_, *serverPage_, this);
    setPage(LanguagePage, languagePage_);
    setPage(ServerPage, serverPage_);
    setPage(SummaryPage, summaryPage_);
    setStartId(LanguagePage);
    retranslate();
}

FirstRunWizard::~FirstRunWizard() = default;

void FirstRunWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizard::changeEvent(event);
}

void FirstRunWizard::retranslate()
{
    setWindowTitle(tr("MediNexus: first start"));
    // QWizard takes its buttons' texts from Qt's catalogue only when it changes pages; ours set
    // them again in the new language (our catalogue: Qt's may be missing on a machine).
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::FinishButton, tr("&Finish"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));
}

void FirstRunWizard::accept()
{
    const std::optional<ServerProfile> &profile = serverPage_->profile();
    if (!profile)
        return; // Finish is only offered once the server page was validated.
    try {
        std::vector<ServerProfile> list = profiles_.load();
        list.push_back(*profile);
        profiles_.save(list);
    } catch (const std::runtime_error &error) {
        // The file on disk is unchanged (ProfileStore writes atomically).
        QMessageBox::warning(this, tr("Server not saved"), QString::fromUtf8(error.what()));
        return;
    }
    settings_.setLanguage(languagePage_->chosen());
    settings_.setLastProfile(profile->id);
    QWizard::accept();
}

} // namespace medinexus::client::gui

#include "first_run_wizard.moc"
