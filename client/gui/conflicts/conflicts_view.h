#pragma once

// Open patient conflicts: two clinics edited the same patient offline and the server kept
// one version, listing the others. Per patient, the versions are compared field by field
// (ConflictComparisonModel); the user keeps, per field, the server's value or a proposed one,
// and Resolve writes that choice as the patient's new version, which closes every conflict
// of the patient on every device after sync.

#include "client/core/cache/record_store.h"

#include <QSet>
#include <QUuid>
#include <QWidget>

#include <vector>

class QHBoxLayout;
class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace medinexus::client::gui {

class ConflictComparisonModel;
class Workspace;

class ConflictsView : public QWidget {
    Q_OBJECT

public:
    explicit ConflictsView(Workspace &workspace, QWidget *parent = nullptr);

    // Patients with open conflicts, in the order listed.
    [[nodiscard]] QList<QUuid> listedPatients() const;
    // The patient whose versions are compared (null when none).
    [[nodiscard]] QUuid shownPatient() const { return shownPatient_; }

public Q_SLOTS:
    // Selects `patientId` in the list (when it has open conflicts).
    void showPatient(const QUuid &patientId);
    // Re-reads the open conflicts (also done on Workspace::recordsChanged).
    void refresh();

Q_SIGNALS:
    void openPatientRequested(const QUuid &patientId);

private:
    void showComparison(const QUuid &patientId);
    void rebuildTakeAllButtons(int versionCount);
    void resolve();
    [[nodiscard]] QString proposalHeader(const CachedConflict &conflict);
    [[nodiscard]] bool resolutionWaiting(const QUuid &patientId);
    void updateActions();

    Workspace &workspace_;
    QStackedWidget *pages_;
    QLabel *emptyLabel_;
    QListWidget *patientList_;
    QLabel *titleLabel_;
    QTableView *comparison_;
    ConflictComparisonModel *model_;
    QHBoxLayout *takeAllRow_;
    QList<QPushButton *> takeAllButtons_;
    QLabel *messageLabel_;
    QPushButton *openRecordButton_;
    QPushButton *resolveButton_;
    QUuid shownPatient_;
    // What the comparison was built from: a refresh that changes nothing keeps the choices.
    std::vector<QUuid> shownChanges_;
    int shownServerVersion_ = 0;
    // Resolved here, the resolution not yet acknowledged by the server.
    QSet<QUuid> resolutionsWaiting_;
};

} // namespace medinexus::client::gui
