#include "client/gui/counter/pharmacy_counter_view.h"

#include "client/core/cache/local_changes.h"
#include "client/gui/workspace/entry_text.h"
#include "client/gui/workspace/workspace.h"
#include "shared/ids/patient_number.h"
#include "shared/permissions/permissions.h"
#include "shared/storage/sqlite_connection.h"
#include "shared/validation/validator.h"

#include <algorithm>

#include <QEvent>
#include <QSignalBlocker>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace medinexus::client::gui {

namespace {

enum Column { MedicationColumn, PrescriberColumn, DateColumn, RemainingColumn, ColumnCount };

QFont scaledFont(const QFont &base, qreal factor, bool bold)
{
    QFont font = base;
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * factor);
    else
        font.setPixelSize(qRound(font.pixelSize() * factor));
    font.setBold(bold);
    return font;
}

} // namespace

PharmacyCounterView::PharmacyCounterView(Workspace &workspace, QWidget *parent)
    : QWidget(parent), workspace_(workspace)
{
    setObjectName(QStringLiteral("pharmacyCounterView"));
    allowed_ = workspace_.canAddEntry(EntryKind::Dispensation) && workspace_.can(Action::SearchPatients)
        && workspace_.can(Action::ReadPatientRecord);

    auto *layout = new QVBoxLayout(this);

    auto *refusal = new QLabel(this);
    refusal->setObjectName(QStringLiteral("counterRefusal"));
    refusal->setWordWrap(true);
    refusal->setText(refusalMessage(workspace_.role(), Action::AddDispensation));
    refusal->setVisible(!allowed_);
    layout->addWidget(refusal);

    // Everything the pharmacist works with, disabled as a whole for other roles.
    auto *body = new QWidget(this);
    body->setObjectName(QStringLiteral("counterBody"));
    auto *bodyLayout = new QVBoxLayout(body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(body, 1);

    // The number, large enough to check at a glance what the scanner typed.
    auto *numberRow = new QHBoxLayout;
    auto *numberLabel = new QLabel(tr("Patient &number:"), body);
    numberField_ = new QLineEdit(body);
    numberField_->setObjectName(QStringLiteral("counterNumberField"));
    numberField_->setFont(scaledFont(numberField_->font(), 1.8, true));
    numberField_->setPlaceholderText(tr("Type or scan the number"));
    numberField_->setMaxLength(40);
    numberField_->setClearButtonEnabled(true);
    numberLabel->setBuddy(numberField_);
    findButton_ = new QPushButton(tr("&Find"), body);
    findButton_->setObjectName(QStringLiteral("counterFindButton"));
    numberRow->addWidget(numberLabel);
    numberRow->addWidget(numberField_, 1);
    numberRow->addWidget(findButton_);
    bodyLayout->addLayout(numberRow);

    status_ = new QLabel(body);
    status_->setObjectName(QStringLiteral("counterStatus"));
    status_->setWordWrap(true);
    status_->setAccessibleName(tr("Counter message"));
    status_->setFont(scaledFont(status_->font(), 1.2, true));
    bodyLayout->addWidget(status_);

    // The patient: who they are and, impossible to miss, what they are allergic to.
    auto *panel = new QFrame(body);
    panel->setObjectName(QStringLiteral("counterPatient"));
    panel->setFrameShape(QFrame::StyledPanel);
    patientPanel_ = panel;
    auto *panelLayout = new QVBoxLayout(panel);
    patientName_ = new QLabel(panel);
    patientName_->setObjectName(QStringLiteral("counterPatientName"));
    patientName_->setFont(scaledFont(patientName_->font(), 1.6, true));
    patientDetails_ = new QLabel(panel);
    patientDetails_->setObjectName(QStringLiteral("counterPatientDetails"));
    allergies_ = new QLabel(panel);
    allergies_->setObjectName(QStringLiteral("counterAllergies"));
    allergies_->setWordWrap(true);
    allergies_->setFont(scaledFont(allergies_->font(), 1.3, true));
    panelLayout->addWidget(patientName_);
    panelLayout->addWidget(patientDetails_);
    panelLayout->addWidget(allergies_);
    patientPanel_->setVisible(false);
    bodyLayout->addWidget(patientPanel_);

    auto *listLabel = new QLabel(tr("&Open prescriptions:"), body);
    prescriptions_ = new QTreeWidget(body);
    prescriptions_->setObjectName(QStringLiteral("openPrescriptions"));
    prescriptions_->setColumnCount(ColumnCount);
    prescriptions_->setHeaderLabels({tr("Medication"), tr("Prescriber"), tr("Date"), tr("Remaining")});
    prescriptions_->setRootIsDecorated(false);
    prescriptions_->setUniformRowHeights(true);
    prescriptions_->setAllColumnsShowFocus(true);
    prescriptions_->setSelectionMode(QAbstractItemView::SingleSelection);
    prescriptions_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    prescriptions_->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    prescriptions_->header()->setSectionResizeMode(MedicationColumn, QHeaderView::Stretch);
    prescriptions_->header()->setStretchLastSection(false);
    listLabel->setBuddy(prescriptions_);
    bodyLayout->addWidget(listLabel);
    bodyLayout->addWidget(prescriptions_, 1);

    auto *dispenseRow = new QHBoxLayout;
    auto *quantityLabel = new QLabel(tr("&Quantity:"), body);
    quantityField_ = new QSpinBox(body);
    quantityField_->setObjectName(QStringLiteral("dispenseQuantityField"));
    quantityField_->setFont(scaledFont(quantityField_->font(), 1.4, true));
    quantityField_->setRange(0, 0);
    // Up/Down choose the prescription (eventFilter); the value is typed.
    quantityField_->setButtonSymbols(QAbstractSpinBox::NoButtons);
    quantityLabel->setBuddy(quantityField_);
    quantityUnit_ = new QLabel(body);
    quantityUnit_->setObjectName(QStringLiteral("dispenseQuantityUnit"));
    auto *noteLabel = new QLabel(tr("N&ote:"), body);
    noteField_ = new QLineEdit(body);
    noteField_->setObjectName(QStringLiteral("dispenseNoteField"));
    noteField_->setMaxLength(ValidationLimits::kDispensationNoteMaxLength);
    noteField_->setPlaceholderText(tr("Optional, e.g. generic substituted"));
    noteLabel->setBuddy(noteField_);
    dispenseButton_ = new QPushButton(tr("&Dispense"), body);
    dispenseButton_->setObjectName(QStringLiteral("dispenseButton"));
    dispenseRow->addWidget(quantityLabel);
    dispenseRow->addWidget(quantityField_);
    dispenseRow->addWidget(quantityUnit_);
    dispenseRow->addSpacing(12);
    dispenseRow->addWidget(noteLabel);
    dispenseRow->addWidget(noteField_, 1);
    dispenseRow->addWidget(dispenseButton_);
    bodyLayout->addLayout(dispenseRow);

    setTabOrder(numberField_, findButton_);
    setTabOrder(findButton_, prescriptions_);
    setTabOrder(prescriptions_, quantityField_);
    setTabOrder(quantityField_, noteField_);
    setTabOrder(noteField_, dispenseButton_);

    connect(numberField_, &QLineEdit::returnPressed, this, &PharmacyCounterView::lookUpNumber);
    connect(findButton_, &QPushButton::clicked, this, &PharmacyCounterView::lookUpNumber);
    connect(prescriptions_, &QTreeWidget::currentItemChanged, this, &PharmacyCounterView::onSelectionChanged);
    // Enter on the list goes to the quantity of the chosen prescription.
    connect(prescriptions_, &QTreeWidget::activated, this, [this]() {
        quantityField_->setFocus(Qt::OtherFocusReason);
        quantityField_->selectAll();
    });
    connect(noteField_, &QLineEdit::returnPressed, this, &PharmacyCounterView::dispenseSelected);
    connect(dispenseButton_, &QPushButton::clicked, this, &PharmacyCounterView::dispenseSelected);
    quantityField_->installEventFilter(this);
    noteField_->installEventFilter(this);

    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, &PharmacyCounterView::clearForNextPatient);

    // Data pulled by the sync (another pharmacy dispensed, a prescription was corrected) or
    // written here: what is shown follows the cache.
    connect(&workspace_, &Workspace::recordsChanged, this, [this]() {
        if (!patient_)
            return;
        if (auto fresh = workspace_.records().patient(patient_->id))
            showPatient(*fresh);
        reloadPrescriptions(true);
    });

    if (!allowed_) {
        body->setEnabled(false);
        body->setToolTip(refusal->text());
    }
    reloadPrescriptions(false);
    setFocusProxy(numberField_);
}

void PharmacyCounterView::focusNumberField()
{
    numberField_->setFocus(Qt::OtherFocusReason);
    numberField_->selectAll();
}

void PharmacyCounterView::clearForNextPatient()
{
    patient_.reset();
    open_.clear();
    patientPanel_->setVisible(false);
    patientName_->clear();
    patientDetails_->clear();
    allergies_->clear();
    numberField_->clear();
    noteField_->clear();
    setStatus({}, Tone::Neutral);
    reloadPrescriptions(false);
    focusNumberField();
}

bool PharmacyCounterView::eventFilter(QObject *watched, QEvent *event)
{
    if ((watched == quantityField_ || watched == noteField_) && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool plain = (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
        if (plain && key->key() == Qt::Key_Up) {
            moveSelection(-1);
            return true;
        }
        if (plain && key->key() == Qt::Key_Down) {
            moveSelection(1);
            return true;
        }
        // The spin box would only select its text on Enter; here Enter dispenses.
        if (watched == quantityField_ && plain && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
            dispenseSelected();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PharmacyCounterView::lookUpNumber()
{
    if (!allowed_)
        return;
    const PatientNumberParseResult parsed = PatientNumber::parseDetailed(numberField_->text());
    if (const auto *error = std::get_if<PatientNumberError>(&parsed)) {
        QString message;
        switch (*error) {
        case PatientNumberError::Empty:
            message = tr("Type or scan the patient number.");
            break;
        case PatientNumberError::WrongLength:
            message = tr("A patient number has 11 characters, for example 7K2M-QX4D-9HC.");
            break;
        case PatientNumberError::InvalidCharacter:
            message = tr("This is not a patient number: it contains a character that numbers never use.");
            break;
        case PatientNumberError::CheckMismatch:
            message = tr("Check the number: a character is wrong.");
            break;
        }
        patient_.reset();
        patientPanel_->setVisible(false);
        reloadPrescriptions(false);
        setStatus(message, Tone::Problem);
        focusNumberField();
        return;
    }
    const PatientNumber number = std::get<PatientNumber>(parsed);
    numberField_->setText(number.toString());
    std::optional<Patient> found;
    if (auto id = workspace_.records().patientIdByNumber(number.compact()))
        found = workspace_.records().patient(*id);
    if (!found) {
        patient_.reset();
        patientPanel_->setVisible(false);
        reloadPrescriptions(false);
        setStatus(tr("No patient with the number %1 is known here. If they were registered elsewhere a moment "
                     "ago, wait for the next synchronisation and try again.")
                      .arg(number.toString()),
                  Tone::Problem);
        focusNumberField();
        return;
    }

    // Reading the prescriptions is reading the record: audited like opening it.
    workspace_.recordAccess(found->id);
    showPatient(*found);
    setStatus({}, Tone::Neutral);
    reloadPrescriptions(false);
    if (open_.empty()) {
        setStatus(tr("No open prescription for %1: everything prescribed has been dispensed.")
                      .arg(displayName(*found)),
                  Tone::Problem);
        focusNumberField();
        return;
    }
    quantityField_->setFocus(Qt::OtherFocusReason);
    quantityField_->selectAll();
}

void PharmacyCounterView::showPatient(const Patient &patient)
{
    patient_ = patient;
    patientName_->setText(displayName(patient));
    QStringList details;
    if (auto number = PatientNumber::parse(patient.number))
        details << number->toString();
    const QString age = ageText(patient);
    details << (age.isEmpty() ? birthText(patient) : age);
    details << label(patient.sex);
    details.removeAll(QString());
    patientDetails_->setText(details.join(QStringLiteral(" · ")));
    if (patient.allergies.isEmpty()) {
        allergies_->setText(tr("Allergies: none known"));
        allergies_->setStyleSheet(QString());
    } else {
        allergies_->setText(tr("ALLERGIES: %1").arg(patient.allergies.join(QStringLiteral(", "))));
        allergies_->setStyleSheet(
            QStringLiteral("QLabel { background-color: #b00020; color: white; padding: 6px; border-radius: 3px; }"));
    }
    allergies_->setAccessibleName(allergies_->text());
    patientPanel_->setVisible(true);
}

void PharmacyCounterView::reloadPrescriptions(bool keepTypedQuantity)
{
    const PrescriptionProgress *before = selectedProgress();
    const QUuid selectedChain = before ? before->chainRoot : QUuid();
    const int typed = quantityField_->value();

    open_.clear();
    if (patient_)
        open_ = openPrescriptions(workspace_.records().entriesOfPatient(patient_->id));

    const QLocale locale;
    int rowToSelect = 0;
    {
        const QSignalBlocker blocker(prescriptions_);
        prescriptions_->clear();
        for (std::size_t i = 0; i < open_.size(); ++i) {
            const PrescriptionProgress &progress = open_[i];
            const auto &body = std::get<PrescriptionBody>(progress.prescription.body);
            auto *item = new QTreeWidgetItem(prescriptions_);
            item->setText(MedicationColumn, prescriptionText(body));
            item->setToolTip(MedicationColumn, item->text(MedicationColumn));
            item->setText(PrescriberColumn, workspace_.userName(progress.prescription.authorId));
            item->setText(DateColumn,
                          locale.toString(progress.prescription.recordedAt.toLocalTime().date(), QLocale::ShortFormat));
            item->setText(RemainingColumn, tr("%1 of %2 %3")
                                               .arg(locale.toString(progress.remaining),
                                                    locale.toString(body.quantity), body.quantityUnit)
                                               .trimmed());
            item->setData(MedicationColumn, Qt::UserRole, static_cast<int>(i));
            if (!selectedChain.isNull() && progress.chainRoot == selectedChain)
                rowToSelect = static_cast<int>(i);
        }
        if (!open_.empty())
            prescriptions_->setCurrentItem(prescriptions_->topLevelItem(rowToSelect));
    }
    onSelectionChanged();

    const PrescriptionProgress *after = selectedProgress();
    if (keepTypedQuantity && after && after->chainRoot == selectedChain && typed >= 1 && typed <= after->remaining)
        quantityField_->setValue(typed);
}

void PharmacyCounterView::onSelectionChanged()
{
    const PrescriptionProgress *progress = selectedProgress();
    const bool enabled = progress != nullptr;
    quantityField_->setEnabled(enabled);
    noteField_->setEnabled(enabled);
    dispenseButton_->setEnabled(enabled);
    if (!progress) {
        quantityField_->setRange(0, 0);
        quantityUnit_->clear();
        return;
    }
    quantityField_->setRange(1, progress->remaining);
    quantityField_->setValue(progress->remaining);
    quantityField_->selectAll();
    quantityUnit_->setText(std::get<PrescriptionBody>(progress->prescription.body).quantityUnit);
}

const PrescriptionProgress *PharmacyCounterView::selectedProgress() const
{
    const QTreeWidgetItem *item = prescriptions_->currentItem();
    if (!item)
        return nullptr;
    const int index = item->data(MedicationColumn, Qt::UserRole).toInt();
    if (index < 0 || static_cast<std::size_t>(index) >= open_.size())
        return nullptr;
    return &open_[static_cast<std::size_t>(index)];
}

void PharmacyCounterView::moveSelection(int step)
{
    const int count = prescriptions_->topLevelItemCount();
    if (count == 0)
        return;
    QTreeWidgetItem *current = prescriptions_->currentItem();
    const int row = current ? prescriptions_->indexOfTopLevelItem(current) : 0;
    const int next = std::clamp(row + step, 0, count - 1);
    prescriptions_->setCurrentItem(prescriptions_->topLevelItem(next));
    quantityField_->selectAll();
}

void PharmacyCounterView::dispenseSelected()
{
    const PrescriptionProgress *progress = selectedProgress();
    if (!allowed_ || !patient_ || !progress)
        return;
    quantityField_->interpretText();
    const int quantity = quantityField_->value();
    // Copied now: the write below re-reads the list (recordsChanged), which replaces `progress`.
    const QString unit = std::get<PrescriptionBody>(progress->prescription.body).quantityUnit;

    ClinicalEntry draft;
    draft.patientId = patient_->id;
    DispensationBody dispensation;
    // The prescription as last amended: what the pharmacist sees is what is dispensed.
    dispensation.prescriptionId = progress->prescription.id;
    dispensation.quantity = quantity;
    dispensation.completeness =
        quantity == progress->remaining ? DispensationCompleteness::Full : DispensationCompleteness::Partial;
    dispensation.note = noteField_->text().trimmed();
    draft.body = dispensation;

    try {
        workspace_.addEntry(std::move(draft));
    } catch (const WriteRefused &refused) {
        QStringList lines{refused.message()};
        lines << messages(refused.errors());
        lines.removeAll(QString());
        lines.removeDuplicates();
        setStatus(lines.join(QLatin1Char('\n')), Tone::Problem);
        quantityField_->setFocus(Qt::OtherFocusReason);
        quantityField_->selectAll();
        return;
    } catch (const sqlite::Error &) {
        setStatus(tr("The dispensation could not be saved on this computer (local database error). Nothing was "
                     "recorded; try again, and call support if it happens again."),
                  Tone::Problem);
        return;
    }

    const QString name = displayName(*patient_);
    const QString done = unit.isEmpty()
        ? tr("%n unit(s) dispensed to %1", "counter confirmation", quantity).arg(name)
        : tr("%1 %2 dispensed to %3").arg(QLocale().toString(quantity), unit, name);
    noteField_->clear();
    reloadPrescriptions(false);
    // The same prescription stays selected when some of it remains (reloadPrescriptions), so
    // the rest can be handed over with Enter.
    if (open_.empty()) {
        setStatus(tr("%1. No open prescription left.").arg(done), Tone::Success);
        focusNumberField();
        return;
    }
    setStatus(done, Tone::Success);
    quantityField_->setFocus(Qt::OtherFocusReason);
    quantityField_->selectAll();
}

void PharmacyCounterView::setStatus(const QString &message, Tone tone)
{
    status_->setText(message);
    switch (tone) {
    case Tone::Neutral:
        status_->setStyleSheet(QString());
        break;
    case Tone::Success:
        status_->setStyleSheet(QStringLiteral("QLabel { color: #1b5e20; }"));
        break;
    case Tone::Problem:
        status_->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
        break;
    }
}

} // namespace medinexus::client::gui
