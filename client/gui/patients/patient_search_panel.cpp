#include "client/gui/patients/patient_search_panel.h"

#include "client/gui/patients/patient_results_model.h"
#include "client/gui/workspace/workspace.h"
#include "shared/storage/sqlite_connection.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace medinexus::client::gui {

namespace {
// Enough to recognise the patient; a longer list means the query needs another word.
constexpr int kMaxResults = 100;
// Keystrokes closer together than this are searched once (fast typists, barcode scanners).
constexpr int kCoalesceMilliseconds = 40;
} // namespace

PatientSearchPanel::PatientSearchPanel(Workspace &workspace, QWidget *parent)
    : QWidget(parent),
      workspace_(workspace),
      searchField_(new QLineEdit(this)),
      birthYearField_(new QLineEdit(this)),
      statusLabel_(new QLabel(this)),
      results_(new QTableView(this)),
      model_(new PatientResultsModel(this)),
      registerButton_(new QPushButton(tr("&Register a new patient"), this)),
      searchTimer_(new QTimer(this))
{
    searchField_->setObjectName(QStringLiteral("patientSearchField"));
    searchField_->setPlaceholderText(tr("Name, patient number or phone"));
    searchField_->setClearButtonEnabled(true);
    searchField_->setToolTip(tr("Type part of the name (accents are not needed), the patient number "
                                "(with or without hyphens) or the phone number. Down arrow: results; "
                                "Enter: open."));
    auto *searchLabel = new QLabel(tr("&Find a patient:"), this);
    searchLabel->setBuddy(searchField_);

    birthYearField_->setObjectName(QStringLiteral("birthYearField"));
    birthYearField_->setPlaceholderText(tr("Any"));
    // Digits only; a year that is not four digits long filters nothing yet (still typing).
    birthYearField_->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,4}")), birthYearField_));
    birthYearField_->setMaxLength(4);
    birthYearField_->setToolTip(tr("Only patients born in this year (date of birth or estimated year)."));
    birthYearField_->setMaximumWidth(birthYearField_->fontMetrics().horizontalAdvance(QStringLiteral("00000000")));
    auto *yearLabel = new QLabel(tr("Born in &year:"), this);
    yearLabel->setBuddy(birthYearField_);

    results_->setObjectName(QStringLiteral("patientResults"));
    results_->setAccessibleName(tr("Patients found"));
    results_->setModel(model_);
    results_->setSelectionBehavior(QAbstractItemView::SelectRows);
    results_->setSelectionMode(QAbstractItemView::SingleSelection);
    results_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    results_->setAlternatingRowColors(true);
    results_->setTabKeyNavigation(false);
    results_->verticalHeader()->hide();
    results_->horizontalHeader()->setStretchLastSection(true);
    // Every column as wide as its content (the name first, never squeezed); a narrow panel
    // scrolls sideways rather than hiding names.
    results_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    results_->setWordWrap(false);

    statusLabel_->setObjectName(QStringLiteral("searchStatus"));
    statusLabel_->setWordWrap(true);
    registerButton_->setObjectName(QStringLiteral("registerPatientButton"));
    registerButton_->setToolTip(tr("Register a patient who is not in the records yet."));

    auto *fields = new QHBoxLayout;
    fields->addWidget(searchLabel);
    fields->addWidget(searchField_, 1);
    fields->addWidget(yearLabel);
    fields->addWidget(birthYearField_);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(statusLabel_, 1);
    bottom->addWidget(registerButton_);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(fields);
    layout->addWidget(results_, 1);
    layout->addLayout(bottom);
    setTabOrder(searchField_, birthYearField_);
    setTabOrder(birthYearField_, results_);
    setTabOrder(results_, registerButton_);
    setFocusProxy(searchField_);

    searchTimer_->setSingleShot(true);
    searchTimer_->setInterval(kCoalesceMilliseconds);
    connect(searchTimer_, &QTimer::timeout, this, &PatientSearchPanel::search);
    connect(searchField_, &QLineEdit::textChanged, this, &PatientSearchPanel::scheduleSearch);
    connect(birthYearField_, &QLineEdit::textChanged, this, &PatientSearchPanel::scheduleSearch);
    connect(searchField_, &QLineEdit::returnPressed, this, &PatientSearchPanel::openCurrent);
    connect(birthYearField_, &QLineEdit::returnPressed, this, &PatientSearchPanel::openCurrent);
    connect(results_, &QAbstractItemView::activated, this,
            [this](const QModelIndex &index) { openRow(index.row()); });
    connect(registerButton_, &QPushButton::clicked, this, &PatientSearchPanel::registerRequested);
    connect(&workspace_, &Workspace::recordsChanged, this, &PatientSearchPanel::scheduleSearch);
    searchField_->installEventFilter(this);
    results_->installEventFilter(this);

    search();
}

QString PatientSearchPanel::query() const
{
    return searchField_->text();
}

int PatientSearchPanel::resultCount() const
{
    return model_->rowCount();
}

void PatientSearchPanel::focusSearch()
{
    searchField_->setFocus(Qt::ShortcutFocusReason);
    searchField_->selectAll();
}

void PatientSearchPanel::scheduleSearch()
{
    searchTimer_->start();
}

std::optional<int> PatientSearchPanel::birthYear() const
{
    const QString text = birthYearField_->text();
    bool ok = false;
    const int year = text.toInt(&ok);
    if (!ok || text.size() != 4)
        return std::nullopt;
    return year;
}

void PatientSearchPanel::search()
{
    searchTimer_->stop();
    const QString text = searchField_->text().trimmed();
    const bool mayRegister = workspace_.can(Action::RegisterPatient);
    if (text.isEmpty()) {
        lastSearch_.clear();
        model_->setPatients({});
        statusLabel_->setText(tr("Type a name, patient number or phone."));
        registerButton_->setVisible(false);
        return;
    }

    std::vector<Patient> found;
    try {
        // Name words, a complete patient number (PatientNumber::parse: any case, with or
        // without hyphens) or phone digits: the store applies the same rules as the server.
        found = workspace_.records().searchPatients(text, birthYear(), kMaxResults);
    } catch (const sqlite::Error &) {
        // The message of a storage error is for developers; the user learns what failed.
        model_->setPatients({});
        statusLabel_->setText(tr("The records on this computer could not be read. Restart MediNexus; "
                                 "if this happens again, call your administrator."));
        registerButton_->setVisible(false);
        return;
    }

    const int count = static_cast<int>(found.size());
    // The same search re-read (e.g. after a sync) keeps the patient the user had moved to; a
    // new search starts at its first result.
    const QString searched = text + QLatin1Char('\n') + birthYearField_->text();
    const QUuid previous = searched == lastSearch_ ? model_->patientIdAt(results_->currentIndex().row()) : QUuid();
    lastSearch_ = searched;
    model_->setPatients(std::move(found));
    int keep = count > 0 ? 0 : -1;
    for (int row = 0; row < count && !previous.isNull(); ++row) {
        if (model_->patientIdAt(row) == previous)
            keep = row;
    }
    if (keep >= 0)
        results_->setCurrentIndex(model_->index(keep, 0));

    if (count == 0)
        statusLabel_->setText(tr("No patient found."));
    else if (count >= kMaxResults)
        statusLabel_->setText(tr("Only the first %1 patients are shown: add a word, the birth year or the phone.").arg(kMaxResults));
    else
        statusLabel_->setText(tr("%n patient(s) found.", "search results", count));
    registerButton_->setVisible(mayRegister);
}

void PatientSearchPanel::openCurrent()
{
    // Results typed faster than the coalescing delay must not open a stale row.
    if (searchTimer_->isActive())
        search();
    if (model_->rowCount() == 0)
        return;
    const int row = results_->currentIndex().isValid() ? results_->currentIndex().row() : 0;
    openRow(row);
}

void PatientSearchPanel::openRow(int row)
{
    const QUuid id = model_->patientIdAt(row);
    if (!id.isNull())
        Q_EMIT patientChosen(id);
}

bool PatientSearchPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    if (watched == searchField_) {
        if ((key->key() == Qt::Key_Down || key->key() == Qt::Key_PageDown) && key->modifiers() == Qt::NoModifier) {
            if (searchTimer_->isActive())
                search();
            if (model_->rowCount() > 0) {
                results_->setFocus(Qt::TabFocusReason);
                const int row = results_->currentIndex().isValid() ? results_->currentIndex().row() : 0;
                results_->selectRow(row);
            }
            return true;
        }
        if (key->key() == Qt::Key_Escape && !searchField_->text().isEmpty()) {
            searchField_->clear();
            return true;
        }
    } else if (watched == results_) {
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
            openCurrent();
            return true;
        }
        if (key->key() == Qt::Key_Up && results_->currentIndex().row() <= 0) {
            focusSearch();
            return true;
        }
        // Typing in the list goes on typing in the search.
        if (!key->text().isEmpty() && key->text().at(0).isPrint() && !(key->modifiers() & Qt::ControlModifier)) {
            searchField_->setFocus(Qt::OtherFocusReason);
            searchField_->insert(key->text());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace medinexus::client::gui
