#pragma once

// Finding a patient: results follow every keystroke (name words in any order, without
// accents, a patient number typed or scanned with or without hyphens, phone digits), an
// optional birth year narrows them, and the keyboard alone goes from the field to the
// chosen record: Down into the results, Enter to open.

#include "shared/model/patient.h"

#include <QUuid>
#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace medinexus::client::gui {

class PatientResultsModel;
class Workspace;

class PatientSearchPanel : public QWidget {
    Q_OBJECT

public:
    explicit PatientSearchPanel(Workspace &workspace, QWidget *parent = nullptr);

    // What is being searched for, and the patients shown for it (for the shell and tests).
    [[nodiscard]] QString query() const;
    [[nodiscard]] int resultCount() const;

public Q_SLOTS:
    // Puts the cursor in the search field with its text selected, ready for the next patient.
    void focusSearch();

Q_SIGNALS:
    void patientChosen(const QUuid &id);
    void registerRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void scheduleSearch();
    void search();
    void openCurrent();
    void openRow(int row);
    [[nodiscard]] std::optional<int> birthYear() const;

    Workspace &workspace_;
    QLineEdit *searchField_;
    QLineEdit *birthYearField_;
    QLabel *statusLabel_;
    QTableView *results_;
    PatientResultsModel *model_;
    QPushButton *registerButton_;
    QTimer *searchTimer_;
    QString lastSearch_;  // query and year of the results shown
};

} // namespace medinexus::client::gui
