// Renders the main screens to PNG, in French and English, for the README and the docs:
//   medinexus-screenshots OUTPUT_DIR
// writes OUTPUT_DIR/{fr,en}/{first-run,login,patients,counter,administration,audit}.png. Everything is
// real: a demo server on loopback, logins, the encrypted caches, the real windows (rendered on
// the offscreen platform).
#include "client/gui/admin/admin_panel.h"
#include "client/gui/login/account_thread.h"
#include "client/gui/login/first_run_wizard.h"
#include "client/gui/login/login_dialog.h"
#include "client/gui/patients/patient_search_panel.h"
#include "client/gui/shell/main_window.h"
#include "client/gui/workspace/app_settings.h"
#include "client/gui/workspace/language.h"
#include "client/gui/workspace/workspace.h"
#include "shared/model/record_summary.h"
#include "tests/gui/support/gui_test_support.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QDir>
#include <QLineEdit>
#include <QPixmap>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

namespace {

using namespace medinexus;
using namespace medinexus::client;
using namespace medinexus::client::gui;
using namespace medinexus::client::gui::testing;

bool save(QWidget *window, const QString &file)
{
    window->show();
    QTest::qWait(150);  // layouts and the first paint
    const QPixmap pixmap = window->grab();
    const bool ok = !pixmap.isNull() && pixmap.save(file, "PNG");
    std::printf("%s %s\n", ok ? "wrote" : "FAILED", qPrintable(file));
    return ok;
}

// The demo patient with the most entries: the richest record to show.
Patient richestPatient(Workspace &workspace)
{
    Patient best;
    std::size_t most = 0;
    for (const Patient &patient : workspace.records().patients()) {
        const auto count = workspace.records().entriesOfPatient(patient.id).size();
        if (count > most || most == 0) {
            most = count;
            best = patient;
        }
    }
    return best;
}

// A patient with a prescription still to dispense, for the counter.
std::optional<Patient> patientAtTheCounter(Workspace &workspace)
{
    for (const Patient &patient : workspace.records().patients()) {
        if (!openPrescriptions(workspace.records().entriesOfPatient(patient.id)).empty())
            return patient;
    }
    return std::nullopt;
}

bool renderLanguage(const QString &code, const Community &community, const QDir &out)
{
    Language language;
    if (!language.apply(code)) {
        std::fprintf(stderr, "cannot load the %s catalogue\n", qPrintable(code));
        return false;
    }
    QDir().mkpath(out.filePath(code));
    bool ok = true;
    QTemporaryDir data;

    {
        // The first start: the server page once the certificate was checked and confirmed.
        ProfileStore profiles(data.filePath(QStringLiteral("first-run-profiles.json")));
        AppSettings settings(data.filePath(QStringLiteral("first-run.ini")));
        FirstRunWizard wizard(profiles, settings, language);
        wizard.show();
        wizard.next();
        QTest::keyClicks(wizard.findChild<QLineEdit *>(QStringLiteral("profileNameField")), QStringLiteral("Reseau de sante du district"));
        QTest::keyClicks(wizard.findChild<QPlainTextEdit *>(QStringLiteral("profileAddressesField")), community.profile.addresses.first());
        QTest::mouseClick(wizard.findChild<QAbstractButton *>(QStringLiteral("checkServerButton")), Qt::LeftButton);
        auto *confirm = wizard.findChild<QAbstractButton *>(QStringLiteral("confirmFingerprintBox"));
        if (!waitUntil([&] { return confirm->isEnabled(); }))
            ok = false;
        confirm->setChecked(true);
        ok &= save(&wizard, out.filePath(code + QStringLiteral("/first-run.png")));
    }

    {
        AccountThread accounts(data.filePath(QStringLiteral("login")), {});
        ProfileStore profiles(data.filePath(QStringLiteral("profiles.json")));
        ServerProfile profile = community.profile;
        profile.name = QStringLiteral("Réseau de santé du district");
        profiles.save({profile});
        AppSettings settings(data.filePath(QStringLiteral("settings.ini")));
        settings.setLastProfile(profile.id);
        settings.setLastUsername(profile.id, QStringLiteral("dr.diallo"));
        LoginDialog login(accounts, profiles, settings);
        ok &= save(&login, out.filePath(code + QStringLiteral("/login.png")));
    }

    Device doctorComputer;
    if (auto doctor = openWorkspace(doctorComputer, community.profile, QStringLiteral("dr.diallo"))) {
        MainWindow window(*doctor, code);
        window.resize(1360, 820);
        const Patient patient = richestPatient(*doctor);
        if (auto *search = window.findChild<QLineEdit *>(QStringLiteral("patientSearchField")))
            QTest::keyClicks(search, patient.familyName.left(3).toLower());
        window.openPatient(patient.id);
        ok &= save(&window, out.filePath(code + QStringLiteral("/patients.png")));
    } else {
        ok = false;
    }

    Device pharmacyComputer;
    if (auto pharmacist = openWorkspace(pharmacyComputer, community.profile, QStringLiteral("ph.camara"))) {
        MainWindow window(*pharmacist, code);
        window.resize(1360, 820);
        window.showPage(MainWindow::Page::Counter);
        if (auto patient = patientAtTheCounter(*pharmacist)) {
            if (auto *number = window.findChild<QLineEdit *>(QStringLiteral("counterNumberField"))) {
                QTest::keyClicks(number, patient->number);
                QTest::keyClick(number, Qt::Key_Return);
            }
        }
        ok &= save(&window, out.filePath(code + QStringLiteral("/counter.png")));
    } else {
        ok = false;
    }

    Device adminComputer;
    if (auto admin = openWorkspace(adminComputer, community.profile, QStringLiteral("admin"))) {
        MainWindow window(*admin, code);
        window.resize(1360, 820);
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("adminTabs"));
        if (tabs)
            tabs->setCurrentIndex(1);  // users
        QTest::qWait(1500);            // the list comes from the server
        ok &= save(&window, out.filePath(code + QStringLiteral("/administration.png")));
        if (tabs)
            tabs->setCurrentIndex(2);  // audit log
        QTest::qWait(1500);
        ok &= save(&window, out.filePath(code + QStringLiteral("/audit.png")));
    } else {
        ok = false;
    }
    return ok;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    QApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: medinexus-screenshots OUTPUT_DIR\n");
        return 2;
    }
    const QDir out(QString::fromLocal8Bit(argv[1]));
    QDir().mkpath(out.path());
    Community community(40);
    bool ok = true;
    for (const QString &code : Language::available())
        ok &= renderLanguage(code, community, out);
    return ok ? 0 : 1;
}
