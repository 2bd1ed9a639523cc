#pragma once

// The main window of a logged-in user. Pages, shown or hidden by the shared permission matrix:
//   Patients (search on the left, the record on the right)   Ctrl+1
//   Counter (the pharmacy's dispensation view)              Ctrl+2
//   Conflicts (two offline versions of a patient)           Ctrl+3
//   Administration (facilities, users, audit log)           Ctrl+4
// The status bar shows the sync indicator; F5 syncs now; Ctrl+F finds a patient.
// The window holds no business rule: it routes the pages' signals and the workspace's.

#include "shared/model/clinical_entry.h"

#include <QHash>
#include <QMainWindow>
#include <QUuid>

class QAction;
class QActionGroup;
class QLabel;
class QStackedWidget;

namespace medinexus::client::gui {

class AdminPanel;
class ConflictsView;
class PatientRecordView;
class PatientSearchPanel;
class PharmacyCounterView;
class SyncStatusIndicator;
class Workspace;

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    enum class Page { Patients, Counter, Conflicts, Administration };

    // `currentLanguage`: checked in the Language menu ("" = follows the system).
    MainWindow(Workspace &workspace, const QString &currentLanguage, QWidget *parent = nullptr);
    ~MainWindow() override;

    [[nodiscard]] bool hasPage(Page page) const;
    void showPage(Page page);
    [[nodiscard]] Page currentPage() const;
    void openPatient(const QUuid &patientId);
    [[nodiscard]] QUuid currentPatient() const;
    // A line above the pages (e.g. "You are working offline"); empty hides it.
    void setNotice(const QString &text);

    [[nodiscard]] SyncStatusIndicator *syncIndicator() const { return syncIndicator_; }

Q_SIGNALS:
    // The user closed the window (and confirmed, when changes wait to be sent).
    void closed();
    void logoutRequested();
    void changePasswordRequested();
    void signInAgainRequested();
    // "" = follow the system.
    void languageRequested(const QString &code);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus(const QString &currentLanguage);
    void addPage(Page page, QWidget *widget, const QString &title, const QKeySequence &shortcut);
    void registerPatient();
    void editPatient(const QUuid &patientId);
    void printPrescription(const ClinicalEntry &prescription);
    void updateNoticeFromStatus();

    Workspace &workspace_;
    QStackedWidget *pages_ = nullptr;
    QActionGroup *pageActions_ = nullptr;
    QHash<int, QAction *> pageAction_;
    QHash<int, QWidget *> pageWidget_;
    QLabel *notice_ = nullptr;
    QString baseNotice_;
    PatientSearchPanel *search_ = nullptr;
    PatientRecordView *record_ = nullptr;
    PharmacyCounterView *counter_ = nullptr;
    ConflictsView *conflicts_ = nullptr;
    AdminPanel *admin_ = nullptr;
    SyncStatusIndicator *syncIndicator_ = nullptr;
    QLabel *userLabel_ = nullptr;
};

} // namespace medinexus::client::gui
