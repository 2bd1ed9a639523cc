#include "client/gui/shell/main_window.h"

#include "client/gui/admin/admin_panel.h"
#include "client/gui/conflicts/conflicts_view.h"
#include "client/gui/counter/pharmacy_counter_view.h"
#include "client/gui/patients/patient_form_dialog.h"
#include "client/gui/patients/patient_search_panel.h"
#include "client/gui/printing/prescription_print.h"
#include "client/gui/record/patient_record_view.h"
#include "client/gui/shell/rejected_changes_dialog.h"
#include "client/gui/shell/sync_status_indicator.h"
#include "client/gui/workspace/language.h"
#include "client/gui/workspace/workspace.h"
#include "shared/model/enums.h"
#include "shared/version.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

namespace medinexus::client::gui {

MainWindow::MainWindow(Workspace &workspace, const QString &currentLanguage, QWidget *parent)
    : QMainWindow(parent), workspace_(workspace)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("MediNexus — %1 (%2)").arg(workspace.user().displayName, workspace.myFacilityName()));

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    notice_ = new QLabel(central);
    notice_->setObjectName(QStringLiteral("windowNotice"));
    notice_->setWordWrap(true);
    notice_->setStyleSheet(QStringLiteral("background: #fff3e0; color: #4e342e; padding: 6px;"));
    notice_->hide();
    pages_ = new QStackedWidget(central);
    pages_->setObjectName(QStringLiteral("pages"));
    layout->addWidget(notice_);
    layout->addWidget(pages_, 1);
    setCentralWidget(central);

    auto *navigation = new QToolBar(tr("Pages"), this);
    navigation->setObjectName(QStringLiteral("pageBar"));
    navigation->setMovable(false);
    navigation->setToolButtonStyle(Qt::ToolButtonTextOnly);
    addToolBar(Qt::LeftToolBarArea, navigation);
    pageActions_ = new QActionGroup(this);
    pageActions_->setExclusive(true);

    // Patients: every role that may search patients.
    if (workspace.can(Action::SearchPatients)) {
        auto *splitter = new QSplitter(Qt::Horizontal, pages_);
        splitter->setObjectName(QStringLiteral("patientsPage"));
        search_ = new PatientSearchPanel(workspace, splitter);
        record_ = new PatientRecordView(workspace, splitter);
        record_->setEnabled(workspace.can(Action::ReadPatientRecord));
        splitter->addWidget(search_);
        splitter->addWidget(record_);
        splitter->setStretchFactor(0, 2);
        splitter->setStretchFactor(1, 3);
        splitter->setSizes({540, 820});
        addPage(Page::Patients, splitter, tr("&Patients"), QKeySequence(Qt::CTRL | Qt::Key_1));
        connect(search_, &PatientSearchPanel::patientChosen, this, &MainWindow::openPatient);
        connect(search_, &PatientSearchPanel::registerRequested, this, &MainWindow::registerPatient);
        connect(record_, &PatientRecordView::printRequested, this, &MainWindow::printPrescription);
        connect(record_, &PatientRecordView::editDetailsRequested, this, &MainWindow::editPatient);
    }
    if (workspace.canAddEntry(EntryKind::Dispensation)) {
        counter_ = new PharmacyCounterView(workspace, pages_);
        addPage(Page::Counter, counter_, tr("&Counter"), QKeySequence(Qt::CTRL | Qt::Key_2));
    }
    if (workspace.can(Action::ResolvePatientConflict)) {
        conflicts_ = new ConflictsView(workspace, pages_);
        addPage(Page::Conflicts, conflicts_, tr("C&onflicts"), QKeySequence(Qt::CTRL | Qt::Key_3));
        connect(conflicts_, &ConflictsView::openPatientRequested, this, &MainWindow::openPatient);
    }
    if (workspace.can(Action::ManageUsers) || workspace.can(Action::ManageFacilities)
        || workspace.can(Action::ReadAuditLog)) {
        admin_ = new AdminPanel(workspace, pages_);
        addPage(Page::Administration, admin_, tr("&Administration"), QKeySequence(Qt::CTRL | Qt::Key_4));
    }

    syncIndicator_ = new SyncStatusIndicator(this);
    userLabel_ = new QLabel(tr("%1 · %2 · %3")
                                .arg(workspace.user().displayName, label(workspace.role()), workspace.myFacilityName()),
                            this);
    userLabel_->setObjectName(QStringLiteral("userLabel"));
    statusBar()->addWidget(userLabel_);
    statusBar()->addPermanentWidget(syncIndicator_);
    syncIndicator_->setStatus(workspace.syncStatus());
    connect(syncIndicator_, &SyncStatusIndicator::syncRequested, &workspace, &Workspace::syncNow);
    connect(&workspace, &Workspace::syncStatusChanged, this, [this](const SyncStatus &status) {
        syncIndicator_->setStatus(status);
        updateNoticeFromStatus();
    });

    buildMenus(currentLanguage);

    // The page each role starts on: the counter for pharmacists, administration for admins.
    if (hasPage(Page::Counter) && workspace.role() == Role::Pharmacist)
        showPage(Page::Counter);
    else if (hasPage(Page::Administration) && workspace.role() == Role::Admin)
        showPage(Page::Administration);
    else if (hasPage(Page::Patients))
        showPage(Page::Patients);
    else if (!pageWidget_.isEmpty())
        showPage(static_cast<Page>(pageWidget_.keys().first()));

    if (workspace.loggedInOffline())
        baseNotice_ = tr("You are working offline: what you record is kept on this computer and sent when the "
                         "server answers again.");
    updateNoticeFromStatus();
    resize(1200, 780);
}

MainWindow::~MainWindow() = default;

void MainWindow::addPage(Page page, QWidget *widget, const QString &title, const QKeySequence &shortcut)
{
    pages_->addWidget(widget);
    auto *action = new QAction(title, this);
    action->setObjectName(QStringLiteral("pageAction%1").arg(static_cast<int>(page)));
    action->setCheckable(true);
    action->setShortcut(shortcut);
    action->setToolTip(QStringLiteral("%1 (%2)").arg(QString(title).remove(QLatin1Char('&')),
                                                      shortcut.toString(QKeySequence::NativeText)));
    pageActions_->addAction(action);
    findChild<QToolBar *>(QStringLiteral("pageBar"))->addAction(action);
    connect(action, &QAction::triggered, this, [this, page] { showPage(page); });
    pageAction_.insert(static_cast<int>(page), action);
    pageWidget_.insert(static_cast<int>(page), widget);
}

bool MainWindow::hasPage(Page page) const
{
    return pageWidget_.contains(static_cast<int>(page));
}

void MainWindow::showPage(Page page)
{
    QWidget *widget = pageWidget_.value(static_cast<int>(page), nullptr);
    if (!widget)
        return;
    pages_->setCurrentWidget(widget);
    pageAction_.value(static_cast<int>(page))->setChecked(true);
    if (page == Page::Counter && counter_)
        counter_->focusNumberField();
    else if (page == Page::Patients && search_ && currentPatient().isNull())
        search_->focusSearch();
}

MainWindow::Page MainWindow::currentPage() const
{
    for (auto it = pageWidget_.cbegin(); it != pageWidget_.cend(); ++it) {
        if (it.value() == pages_->currentWidget())
            return static_cast<Page>(it.key());
    }
    return Page::Patients;
}

void MainWindow::openPatient(const QUuid &patientId)
{
    if (!record_ || patientId.isNull())
        return;
    showPage(Page::Patients);
    record_->showPatient(patientId);
}

QUuid MainWindow::currentPatient() const
{
    return record_ ? record_->patientId() : QUuid();
}

void MainWindow::setNotice(const QString &text)
{
    baseNotice_ = text;
    updateNoticeFromStatus();
}

void MainWindow::updateNoticeFromStatus()
{
    QString text = baseNotice_;
    // Once a sync succeeded, the offline notice no longer applies.
    if (workspace_.syncStatus().connectivity == SyncStatus::Connectivity::Online && workspace_.loggedInOffline())
        text.clear();
    if (workspace_.syncStatus().connectivity == SyncStatus::Connectivity::SignInRequired)
        text = tr("Your session on the server has ended. Keep working: your changes are kept. "
                  "Use File > Sign in again to synchronise.");
    notice_->setText(text);
    notice_->setVisible(!text.isEmpty());
}

void MainWindow::buildMenus(const QString &currentLanguage)
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *sync = file->addAction(tr("&Synchronise now"), &workspace_, &Workspace::syncNow);
    sync->setObjectName(QStringLiteral("syncNowAction"));
    sync->setShortcut(QKeySequence(Qt::Key_F5));
    QAction *signIn = file->addAction(tr("Sign &in again…"), this, &MainWindow::signInAgainRequested);
    signIn->setObjectName(QStringLiteral("signInAgainAction"));
    QAction *password = file->addAction(tr("Change &password…"), this, &MainWindow::changePasswordRequested);
    password->setObjectName(QStringLiteral("changePasswordAction"));
    QAction *refused = file->addAction(tr("&Refused changes…"), this, [this] {
        RejectedChangesDialog dialog(workspace_, this);
        dialog.exec();
    });
    refused->setObjectName(QStringLiteral("rejectedChangesAction"));
    file->addSeparator();
    QAction *logout = file->addAction(tr("&Log out"), this, &MainWindow::logoutRequested);
    logout->setObjectName(QStringLiteral("logoutAction"));
    logout->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    if (search_) {
        QMenu *patient = menuBar()->addMenu(tr("&Patient"));
        QAction *find = patient->addAction(tr("&Find a patient"), this, [this] {
            showPage(Page::Patients);
            search_->focusSearch();
        });
        find->setObjectName(QStringLiteral("findPatientAction"));
        find->setShortcut(QKeySequence::Find);
        if (workspace_.can(Action::RegisterPatient)) {
            QAction *registerAction = patient->addAction(tr("&Register a patient…"), this, &MainWindow::registerPatient);
            registerAction->setObjectName(QStringLiteral("registerPatientAction"));
            registerAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
        }
    }

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (QAction *action : pageActions_->actions())
        view->addAction(action);

    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    QMenu *language = settings->addMenu(tr("&Language"));
    auto *languages = new QActionGroup(this);
    auto addLanguage = [&](const QString &code, const QString &name) {
        QAction *action = language->addAction(name, this, [this, code] { Q_EMIT languageRequested(code); });
        action->setCheckable(true);
        action->setChecked(code == currentLanguage);
        action->setObjectName(QStringLiteral("languageAction_%1").arg(code.isEmpty() ? QStringLiteral("system") : code));
        languages->addAction(action);
    };
    addLanguage(QString(), tr("Follow the system"));
    for (const QString &code : Language::available())
        addLanguage(code, Language::nativeName(code));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About MediNexus"), this, [this] {
        QMessageBox::about(this, tr("About MediNexus"),
                           tr("<b>MediNexus %1</b><p>Medical records for communities of hospitals, clinics and "
                              "pharmacies.</p><p>Free software under the GNU GPL, version 3 or later.</p>")
                               .arg(QString::fromLatin1(kVersion)));
    });
}

void MainWindow::registerPatient()
{
    if (!workspace_.can(Action::RegisterPatient))
        return;
    PatientFormDialog dialog(workspace_, std::nullopt, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QUuid id = !dialog.savedPatientId().isNull() ? dialog.savedPatientId() : dialog.chosenExistingId();
    openPatient(id);
}

void MainWindow::editPatient(const QUuid &patientId)
{
    const auto patient = workspace_.records().patient(patientId);
    if (!patient)
        return;
    PatientFormDialog dialog(workspace_, *patient, this);
    dialog.exec();
}

void MainWindow::printPrescription(const ClinicalEntry &prescription)
{
    const auto patient = workspace_.records().patient(prescription.patientId);
    if (!patient)
        return;
    gui::printPrescription(this, workspace_, *patient, prescription);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Unsent changes are safe in the encrypted cache; say so rather than block the exit.
    const int pending = static_cast<int>(workspace_.syncStatus().pendingChanges);
    if (pending > 0) {
        const auto answer = QMessageBox::question(
            this, tr("Quit MediNexus"),
            tr("%n change(s) have not reached the server yet. They are kept on this computer and sent at the "
               "next login. Quit now?", "pending at exit", pending));
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
    }
    QMainWindow::closeEvent(event);
    Q_EMIT closed();
}

} // namespace medinexus::client::gui
