#include "client/gui/patients/similar_patients_warning.h"

#include "client/gui/patients/patient_results_model.h"
#include "client/gui/workspace/entry_text.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace medinexus::client::gui {

namespace {
enum Column { NameColumn, NumberColumn, BirthColumn, PhoneColumn, ReasonColumn, ColumnCount };
constexpr int kPatientIdRole = Qt::UserRole + 1;
} // namespace

SimilarPatientsWarning::SimilarPatientsWarning(QWidget *parent)
    : QFrame(parent),
      list_(new QTableWidget(0, ColumnCount, this)),
      openButton_(new QPushButton(tr("&Open this patient"), this)),
      registerAnywayButton_(new QPushButton(tr("Register &anyway"), this))
{
    setObjectName(QStringLiteral("similarPatientsWarning"));
    setFrameShape(QFrame::StyledPanel);
    // A warning colour that stays readable in light and dark palettes.
    setStyleSheet(QStringLiteral("#similarPatientsWarning { border: 2px solid #e65100; border-radius: 4px; }"));

    auto *title = new QLabel(tr("<b>This patient may already be registered.</b> Check these records "
                                "before creating a new one: a second record splits the patient's history."),
                             this);
    title->setWordWrap(true);
    title->setTextFormat(Qt::RichText);

    list_->setObjectName(QStringLiteral("similarPatientsList"));
    list_->setAccessibleName(tr("Patients who look like the same person"));
    list_->setHorizontalHeaderLabels({tr("Name"), tr("Patient number"), tr("Birth"), tr("Phone"), tr("Why")});
    list_->setSelectionBehavior(QAbstractItemView::SelectRows);
    list_->setSelectionMode(QAbstractItemView::SingleSelection);
    list_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    list_->setTabKeyNavigation(false);
    list_->verticalHeader()->hide();
    list_->horizontalHeader()->setStretchLastSection(true);
    list_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    openButton_->setObjectName(QStringLiteral("openExistingButton"));
    openButton_->setToolTip(tr("Use the selected record; nothing new is registered."));
    registerAnywayButton_->setObjectName(QStringLiteral("registerAnywayButton"));
    registerAnywayButton_->setToolTip(tr("This is a different person: register the new patient."));

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(openButton_);
    buttons->addWidget(registerAnywayButton_);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(list_, 1);
    layout->addLayout(buttons);

    connect(openButton_, &QPushButton::clicked, this, [this] {
        const QUuid id = selectedPatientId();
        if (!id.isNull())
            Q_EMIT openExistingRequested(id);
    });
    connect(list_, &QTableWidget::itemActivated, this, [this](QTableWidgetItem *item) {
        const QUuid id = item->data(kPatientIdRole).toUuid();
        if (!id.isNull())
            Q_EMIT openExistingRequested(id);
    });
    connect(registerAnywayButton_, &QPushButton::clicked, this, &SimilarPatientsWarning::registerAnywayRequested);
    connect(list_, &QTableWidget::itemSelectionChanged, this,
            [this] { openButton_->setEnabled(!selectedPatientId().isNull()); });
    hide();
}

QString SimilarPatientsWarning::reasonText(SimilarityReason reason)
{
    switch (reason) {
    case SimilarityReason::SameNameAndBirthYear:
        return tr("Same name and birth year");
    case SimilarityReason::SamePhone:
        return tr("Same phone");
    case SimilarityReason::None:
        break;
    }
    return {};
}

void SimilarPatientsWarning::setCandidates(const std::vector<Candidate> &candidates)
{
    list_->clearContents();
    list_->setRowCount(static_cast<int>(candidates.size()));
    int row = 0;
    for (const auto &[patient, reason] : candidates) {
        const QStringList cells{displayName(patient), displayNumber(patient.number), ageAndBirthText(patient),
                                patient.phone, reasonText(reason)};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));  // owned by the table
            item->setData(kPatientIdRole, QVariant::fromValue(patient.id));
            list_->setItem(row, column, item);
        }
        ++row;
    }
    if (!candidates.empty())
        list_->selectRow(0);
    openButton_->setEnabled(!candidates.empty());
    setVisible(!candidates.empty());
}

int SimilarPatientsWarning::candidateCount() const
{
    return list_->rowCount();
}

QUuid SimilarPatientsWarning::selectedPatientId() const
{
    const auto selected = list_->selectedItems();
    if (selected.isEmpty())
        return {};
    return selected.first()->data(kPatientIdRole).toUuid();
}

} // namespace medinexus::client::gui
