#include "client/gui/patients/patient_form_dialog.h"

#include "client/gui/patients/patient_results_model.h"
#include "client/gui/patients/similar_patients_warning.h"
#include "client/gui/workspace/workspace.h"
#include "shared/storage/sqlite_connection.h"
#include "shared/validation/validator.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDate>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QSet>
#include <QVBoxLayout>

namespace medinexus::client::gui {

namespace {

namespace L = ValidationLimits;

// The demographics this form edits, by their ValidationError field names. Errors on other
// fields (id, number, facility) concern what LocalChanges fills in, not what the user typed.
const QSet<QString> &formFields()
{
    static const QSet<QString> fields{QStringLiteral("familyName"), QStringLiteral("givenNames"),
                                      QStringLiteral("sex"),        QStringLiteral("birthDate"),
                                      QStringLiteral("estimatedBirthYear"), QStringLiteral("phone"),
                                      QStringLiteral("village"),    QStringLiteral("address"),
                                      QStringLiteral("allergies")};
    return fields;
}

QString fieldRoot(const QString &field)
{
    const qsizetype cut = field.indexOf(QRegularExpression(QStringLiteral("[\\[.]")));
    return cut > 0 ? field.left(cut) : field;
}

// The day before the earliest accepted birth date stands for "no date entered": a QDateEdit
// always holds a date, and a made-up default must never be saved as a birth date.
QDate noDate()
{
    return QDate(L::kEarliestBirthYear, 1, 1).addDays(-1);
}

// The locale's short date format, always with a four-digit year: "01/02/34" is ambiguous
// for a birth date.
QString birthDateFormat()
{
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

QStringList allergyLines(const QString &text)
{
    QStringList allergies;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (!trimmed.isEmpty())
            allergies << trimmed;
    }
    return allergies;
}

} // namespace

PatientFormDialog::PatientFormDialog(Workspace &workspace, std::optional<Patient> existing, QWidget *parent)
    : QDialog(parent),
      workspace_(workspace),
      existing_(std::move(existing)),
      errorSummary_(createErrorSummary(QStringLiteral("formErrors"), this)),
      fieldErrors_(errorSummary_)
{
    setObjectName(QStringLiteral("patientFormDialog"));
    if (isRegistration())
        setWindowTitle(tr("Register a new patient"));
    else
        setWindowTitle(tr("Edit the details of %1").arg(displayName(*existing_)));

    buildFields();
    if (existing_)
        fillFrom(*existing_);
    updateBirthInputs();

    const Action action = isRegistration() ? Action::RegisterPatient : Action::EditPatientDemographics;
    if (!workspace_.can(action)) {
        saveButton_->setEnabled(false);
        saveButton_->setToolTip(refusalMessage(workspace_.role(), action));
    }
    familyName_->setFocus(Qt::OtherFocusReason);
}

void PatientFormDialog::buildFields()
{
    familyName_ = new QLineEdit(this);
    familyName_->setObjectName(QStringLiteral("familyNameField"));
    familyName_->setMaxLength(L::kNameMaxLength);
    givenNames_ = new QLineEdit(this);
    givenNames_->setObjectName(QStringLiteral("givenNamesField"));
    givenNames_->setMaxLength(L::kNameMaxLength);

    sex_ = new QComboBox(this);
    sex_->setObjectName(QStringLiteral("sexField"));
    for (const Sex value : allValues<Sex>())
        sex_->addItem(label(value), toToken(value));
    sex_->setPlaceholderText(tr("Choose"));
    sex_->setCurrentIndex(-1);

    knownDate_ = new QRadioButton(tr("Date of &birth:"), this);
    knownDate_->setObjectName(QStringLiteral("knownDateRadio"));
    estimatedYear_ = new QRadioButton(tr("Date unknown, &estimated year:"), this);
    estimatedYear_->setObjectName(QStringLiteral("estimatedYearRadio"));
    auto *birthChoice = new QButtonGroup(this);
    birthChoice->addButton(knownDate_);
    birthChoice->addButton(estimatedYear_);
    knownDate_->setChecked(true);

    birthDate_ = new QDateEdit(this);
    birthDate_->setObjectName(QStringLiteral("birthDateField"));
    birthDate_->setAccessibleName(tr("Date of birth"));
    birthDate_->setDisplayFormat(birthDateFormat());
    birthDate_->setCalendarPopup(true);
    birthDate_->setDateRange(noDate(), QDate::currentDate());
    birthDate_->setSpecialValueText(tr("Not entered"));
    birthDate_->setDate(noDate());

    estimatedYearField_ = new QLineEdit(this);
    estimatedYearField_->setObjectName(QStringLiteral("estimatedYearField"));
    estimatedYearField_->setAccessibleName(tr("Estimated year of birth"));
    estimatedYearField_->setPlaceholderText(tr("e.g. %1").arg(QDate::currentDate().year() - 40));
    // Digits only; the range is the shared validator's to judge, with a message.
    estimatedYearField_->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,4}")), estimatedYearField_));
    estimatedYearField_->setMaxLength(4);

    phone_ = new QLineEdit(this);
    phone_->setObjectName(QStringLiteral("phoneField"));
    phone_->setMaxLength(L::kPhoneMaxLength);
    phone_->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    village_ = new QLineEdit(this);
    village_->setObjectName(QStringLiteral("villageField"));
    village_->setMaxLength(L::kVillageMaxLength);
    address_ = new QPlainTextEdit(this);
    address_->setObjectName(QStringLiteral("addressField"));
    address_->setTabChangesFocus(true);
    address_->setFixedHeight(address_->fontMetrics().lineSpacing() * 3 + 12);
    allergies_ = new QPlainTextEdit(this);
    allergies_->setObjectName(QStringLiteral("allergiesField"));
    allergies_->setTabChangesFocus(true);
    allergies_->setPlaceholderText(tr("One substance per line; leave empty when none is known."));
    allergies_->setFixedHeight(allergies_->fontMetrics().lineSpacing() * 4 + 12);

    auto *form = new QFormLayout;
    auto addRow = [&](const QString &text, QWidget *field) {
        auto *rowLabel = new QLabel(text, this);
        rowLabel->setBuddy(field);
        form->addRow(rowLabel, field);
    };
    addRow(tr("&Family name:"), familyName_);
    addRow(tr("&Given names:"), givenNames_);
    addRow(tr("&Sex:"), sex_);
    form->addRow(knownDate_, birthDate_);
    form->addRow(estimatedYear_, estimatedYearField_);
    addRow(tr("&Phone:"), phone_);
    addRow(tr("&Village:"), village_);
    addRow(tr("A&ddress:"), address_);
    addRow(tr("A&llergies:"), allergies_);


    warning_ = new SimilarPatientsWarning(this);

    auto *buttons = new QDialogButtonBox(this);
    saveButton_ = buttons->addButton(isRegistration() ? tr("&Register") : tr("&Save"), QDialogButtonBox::AcceptRole);
    saveButton_->setObjectName(QStringLiteral("saveButton"));
    saveButton_->setDefault(true);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(warning_);
    layout->addWidget(errorSummary_);
    layout->addWidget(buttons);

    setTabOrder(familyName_, givenNames_);
    setTabOrder(givenNames_, sex_);
    setTabOrder(sex_, knownDate_);
    setTabOrder(knownDate_, birthDate_);
    setTabOrder(birthDate_, estimatedYear_);
    setTabOrder(estimatedYear_, estimatedYearField_);
    setTabOrder(estimatedYearField_, phone_);
    setTabOrder(phone_, village_);
    setTabOrder(village_, address_);
    setTabOrder(address_, allergies_);

    fieldErrors_.bind(QStringLiteral("familyName"), familyName_);
    fieldErrors_.bind(QStringLiteral("givenNames"), givenNames_);
    fieldErrors_.bind(QStringLiteral("sex"), sex_);
    fieldErrors_.bind(QStringLiteral("birthDate"), birthDate_);
    fieldErrors_.bind(QStringLiteral("estimatedBirthYear"), estimatedYearField_);
    fieldErrors_.bind(QStringLiteral("phone"), phone_);
    fieldErrors_.bind(QStringLiteral("village"), village_);
    fieldErrors_.bind(QStringLiteral("address"), address_);
    fieldErrors_.bind(QStringLiteral("allergies"), allergies_);

    connect(knownDate_, &QRadioButton::toggled, this, &PatientFormDialog::updateBirthInputs);
    connect(saveButton_, &QPushButton::clicked, this, &PatientFormDialog::save);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(warning_, &SimilarPatientsWarning::openExistingRequested, this, [this](const QUuid &id) {
        chosenExistingId_ = id;
        accept();
    });
    connect(warning_, &SimilarPatientsWarning::registerAnywayRequested, this, [this] { write(patientFromFields()); });

    // The warning is about what was typed when it was shown: any change asks again.
    for (QLineEdit *edit : {familyName_, givenNames_, estimatedYearField_, phone_, village_})
        connect(edit, &QLineEdit::textChanged, this, &PatientFormDialog::fieldsEdited);
    for (QPlainTextEdit *edit : {address_, allergies_})
        connect(edit, &QPlainTextEdit::textChanged, this, &PatientFormDialog::fieldsEdited);
    connect(sex_, &QComboBox::currentIndexChanged, this, &PatientFormDialog::fieldsEdited);
    connect(birthDate_, &QDateEdit::dateChanged, this, &PatientFormDialog::fieldsEdited);
    connect(knownDate_, &QRadioButton::toggled, this, &PatientFormDialog::fieldsEdited);
}

void PatientFormDialog::fillFrom(const Patient &patient)
{
    familyName_->setText(patient.familyName);
    givenNames_->setText(patient.givenNames);
    sex_->setCurrentIndex(sex_->findData(toToken(patient.sex)));
    if (patient.birthDate) {
        knownDate_->setChecked(true);
        birthDate_->setDate(*patient.birthDate);
    } else if (patient.estimatedBirthYear) {
        estimatedYear_->setChecked(true);
        estimatedYearField_->setText(QString::number(*patient.estimatedBirthYear));
    }
    phone_->setText(patient.phone);
    village_->setText(patient.village);
    address_->setPlainText(patient.address);
    allergies_->setPlainText(patient.allergies.join(QLatin1Char('\n')));
}

void PatientFormDialog::updateBirthInputs()
{
    birthDate_->setEnabled(knownDate_->isChecked());
    estimatedYearField_->setEnabled(estimatedYear_->isChecked());
}

void PatientFormDialog::fieldsEdited()
{
    if (warning_->isVisible()) {
        warning_->hide();
        saveButton_->setEnabled(true);
    }
}

Patient PatientFormDialog::patientFromFields() const
{
    // An edit keeps what the form does not show (id, number, version, facility).
    Patient patient = existing_.value_or(Patient{});
    patient.familyName = familyName_->text().trimmed();
    patient.givenNames = givenNames_->text().trimmed();
    patient.sex = fromToken<Sex>(sex_->currentData().toString()).value_or(Sex::Unknown);
    patient.birthDate.reset();
    patient.estimatedBirthYear.reset();
    if (knownDate_->isChecked()) {
        if (birthDate_->date() != noDate())
            patient.birthDate = birthDate_->date();
    } else {
        bool ok = false;
        const int year = estimatedYearField_->text().toInt(&ok);
        if (ok)
            patient.estimatedBirthYear = year;
    }
    patient.phone = phone_->text().trimmed();
    patient.village = village_->text().trimmed();
    patient.address = address_->toPlainText().trimmed();
    patient.allergies = allergyLines(allergies_->toPlainText());
    return patient;
}

void PatientFormDialog::save()
{
    const Patient patient = patientFromFields();
    ValidationErrors errors;
    for (ValidationError &error : validatePatient(patient, ValidationContext{})) {
        if (formFields().contains(fieldRoot(error.field)))
            errors.push_back(std::move(error));
    }
    if (!errors.empty()) {
        warning_->hide();
        fieldErrors_.show(errors);
        return;
    }
    fieldErrors_.clear();

    if (isRegistration()) {
        std::vector<SimilarPatientsWarning::Candidate> candidates;
        try {
            candidates = workspace_.records().similarPatients(patient);
        } catch (const sqlite::Error &) {
            fieldErrors_.showMessage(tr("The records on this computer could not be read, so possible duplicates "
                                        "could not be checked. Nothing was registered."));
            return;
        }
        if (!candidates.empty()) {
            // Nothing is written until the user has looked at them and chosen.
            warning_->setCandidates(candidates);
            saveButton_->setEnabled(false);
            warning_->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
    write(patient);
}

void PatientFormDialog::write(const Patient &patient)
{
    try {
        const Patient stored = isRegistration() ? workspace_.registerPatient(patient) : workspace_.editPatient(patient);
        savedPatientId_ = stored.id;
        accept();
    } catch (const WriteRefused &refused) {
        warning_->hide();
        saveButton_->setEnabled(workspace_.can(isRegistration() ? Action::RegisterPatient
                                                                : Action::EditPatientDemographics));
        fieldErrors_.show(refused.errors(), refused.message());
    } catch (const sqlite::Error &) {
        fieldErrors_.showMessage(tr("The patient could not be saved on this computer. Nothing was changed."));
    }
}

} // namespace medinexus::client::gui
