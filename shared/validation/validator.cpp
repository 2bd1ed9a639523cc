#include "shared/validation/validator.h"

#include "shared/ids/patient_number.h"

#include <QSet>

#include <algorithm>
#include <cstdlib>

namespace medinexus {

using namespace Qt::Literals::StringLiterals;
namespace L = ValidationLimits;

namespace {

// The latest UTC offset in use (Kiribati, UTC+14): see latestLocalDate().
constexpr qint64 kMaxUtcOffsetSeconds = 14 * 3600;
// Before this, a recordedAt says more about a clinic computer's dead clock battery than
// about when anything was written.
constexpr int kEarliestRecordingYear = 2000;

// --- Errors --------------------------------------------------------------------------------

void report(ValidationErrors &errors, QString field, QLatin1String code, const char *sourceText,
            QStringList args = {})
{
    errors.push_back(ValidationError{std::move(field), QString(code), sourceText, std::move(args)});
}

QString number(qint64 value)
{
    return QString::number(value);
}

// 372 -> "37.2", independent of the locale (see ValidationError::args).
QString deciToText(int deci)
{
    const int whole = deci / 10;
    const int tenth = std::abs(deci % 10);
    return QString::number(whole) + u'.' + QString::number(tenth);
}

// --- Text ----------------------------------------------------------------------------------

enum class Lines { Single, Multi };

bool isBlank(QStringView text)
{
    return text.trimmed().isEmpty();
}

qsizetype codePointCount(QStringView text)
{
    qsizetype count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
            ++i;
        ++count;
    }
    return count;
}

bool hasForbiddenCharacters(QStringView text, Lines lines)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isHighSurrogate()) {
            if (i + 1 >= text.size() || !text[i + 1].isLowSurrogate())
                return true;
            ++i;  // a well-formed pair: a character outside the BMP, not a control
            continue;
        }
        if (c.isLowSurrogate())
            return true;
        if (c.category() == QChar::Other_Control) {
            const bool lineBreakOrTab = c == u'\n' || c == u'\r' || c == u'\t';
            if (lines == Lines::Single || !lineBreakOrTab)
                return true;
        }
    }
    return false;
}

// The messages of one text field; requiredText nullptr means optional.
struct TextRule {
    int maxLength;
    Lines lines;
    const char *requiredText;
    const char *tooLongText;  // %1 = the maximum
};

const char *invalidCharactersText(Lines lines)
{
    return lines == Lines::Single
        ? QT_TRANSLATE_NOOP("medinexus::Validation",
                            "This text may not contain control characters such as tabs or line breaks.")
        : QT_TRANSLATE_NOOP("medinexus::Validation",
                            "This text may not contain control characters other than line breaks and tabs.");
}

// Reports the required, too-long and forbidden-character rules of one text field, each
// independently.
void checkText(ValidationErrors &errors, const QString &field, const QString &value, const TextRule &rule)
{
    if (rule.requiredText && isBlank(value))
        report(errors, field, ValidationCode::Required, rule.requiredText);
    if (codePointCount(value) > rule.maxLength)
        report(errors, field, ValidationCode::TooLong, rule.tooLongText, {number(rule.maxLength)});
    if (hasForbiddenCharacters(value, rule.lines))
        report(errors, field, ValidationCode::InvalidCharacters, invalidCharactersText(rule.lines));
}

// Reports `value` outside [min, max] with `text` (%1 = min, %2 = max, as given).
void checkRange(ValidationErrors &errors, const QString &field, qint64 value, qint64 min, qint64 max,
                const char *text, QStringList args)
{
    if (value < min || value > max)
        report(errors, field, ValidationCode::OutOfRange, text, std::move(args));
}

void checkRange(ValidationErrors &errors, const QString &field, qint64 value, qint64 min, qint64 max,
                const char *text)
{
    checkRange(errors, field, value, min, max, text, {number(min), number(max)});
}

void checkId(ValidationErrors &errors, const QString &field, const QUuid &id, const char *text)
{
    if (id.isNull())
        report(errors, field, ValidationCode::Required, text);
}

void checkVersion(ValidationErrors &errors, int version)
{
    if (version < 1) {
        report(errors, u"version"_s, ValidationCode::OutOfRange,
               QT_TRANSLATE_NOOP("medinexus::Validation", "The record version must be at least %1."),
               {number(1)});
    }
}

bool isAsciiUpper(QChar c)
{
    return c >= u'A' && c <= u'Z';
}

bool isAsciiLower(QChar c)
{
    return c >= u'a' && c <= u'z';
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// --- Patient -------------------------------------------------------------------------------

void checkPatientNumber(ValidationErrors &errors, const QString &value)
{
    const QString field = u"number"_s;
    const PatientNumberParseResult parsed = PatientNumber::parseDetailed(value);
    if (const auto *error = std::get_if<PatientNumberError>(&parsed)) {
        switch (*error) {
        case PatientNumberError::Empty:
            report(errors, field, ValidationCode::Required,
                   QT_TRANSLATE_NOOP("medinexus::Validation", "The patient number is missing."));
            return;
        case PatientNumberError::WrongLength:
            report(errors, field, ValidationCode::InvalidFormat,
                   QT_TRANSLATE_NOOP("medinexus::Validation",
                                     "A patient number has %1 characters, not counting spaces and hyphens."),
                   {number(PatientNumber::kCompactLength)});
            return;
        case PatientNumberError::InvalidCharacter:
            report(errors, field, ValidationCode::InvalidFormat,
                   QT_TRANSLATE_NOOP("medinexus::Validation",
                                     "The patient number contains a character that is not used in patient numbers."));
            return;
        case PatientNumberError::CheckMismatch:
            report(errors, field, ValidationCode::InvalidFormat,
                   QT_TRANSLATE_NOOP("medinexus::Validation",
                                     "The patient number is not valid: its last character does not match the "
                                     "others. Check it for a typing error."));
            return;
        }
        return;
    }
    // A number is stored, indexed and synced in one spelling only.
    const QString compact = std::get<PatientNumber>(parsed).compact();
    if (value != compact) {
        report(errors, field, ValidationCode::InvalidFormat,
               QT_TRANSLATE_NOOP("medinexus::Validation",
                                 "The patient number must be recorded in its compact form, %1."),
               {compact});
    }
}

void checkBirth(ValidationErrors &errors, const Patient &patient, const ValidationContext &context)
{
    if (patient.birthDate && patient.estimatedBirthYear) {
        report(errors, u"estimatedBirthYear"_s, ValidationCode::Inconsistent,
               QT_TRANSLATE_NOOP("medinexus::Validation",
                                 "Give either the date of birth or an estimated year of birth, not both."));
    } else if (!patient.birthDate && !patient.estimatedBirthYear) {
        report(errors, u"birthDate"_s, ValidationCode::Required,
               QT_TRANSLATE_NOOP("medinexus::Validation",
                                 "Enter the date of birth or, if it is not known, an estimated year of birth."));
    }

    const QDate latest = context.latestLocalDate();
    if (patient.birthDate) {
        const QDate &born = *patient.birthDate;
        if (!born.isValid()) {
            report(errors, u"birthDate"_s, ValidationCode::InvalidValue,
                   QT_TRANSLATE_NOOP("medinexus::Validation", "The date of birth is not a valid date."));
        } else if (born > latest) {
            report(errors, u"birthDate"_s, ValidationCode::InFuture,
                   QT_TRANSLATE_NOOP("medinexus::Validation", "The date of birth cannot be in the future."));
        } else if (born < QDate(L::kEarliestBirthYear, 1, 1)) {
            report(errors, u"birthDate"_s, ValidationCode::OutOfRange,
                   QT_TRANSLATE_NOOP("medinexus::Validation", "The date of birth cannot be before %1."),
                   {number(L::kEarliestBirthYear)});
        }
    }
    if (patient.estimatedBirthYear) {
        checkRange(errors, u"estimatedBirthYear"_s, *patient.estimatedBirthYear, L::kEarliestBirthYear,
                   latest.year(),
                   QT_TRANSLATE_NOOP("medinexus::Validation",
                                     "The estimated year of birth must be between %1 and %2."));
    }
}

void checkPhone(ValidationErrors &errors, const QString &phone)
{
    if (isBlank(phone))
        return;  // optional
    const QString field = u"phone"_s;
    const QStringView text = QStringView(phone).trimmed();
    if (codePointCount(phone) > L::kPhoneMaxLength) {
        report(errors, field, ValidationCode::TooLong,
               QT_TRANSLATE_NOOP("medinexus::Validation", "The phone number must be at most %1 characters."),
               {number(L::kPhoneMaxLength)});
    }
    int digits = 0;
    bool wellFormed = true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (isAsciiDigit(c))
            ++digits;
        else if (c == u'+' && i == 0)
            continue;
        else if (c != u' ' && c != u'-' && c != u'.' && c != u'(' && c != u')')
            wellFormed = false;
    }
    if (!wellFormed) {
        report(errors, field, ValidationCode::InvalidFormat,
               QT_TRANSLATE_NOOP("medinexus::Validation",
                                 "A phone number may contain only digits, a + at the start, spaces, hyphens, "
                                 "dots and parentheses."));
    }
    if (digits < L::kPhoneMinDigits || digits > L::kPhoneMaxDigits) {
        report(errors, field, ValidationCode::InvalidFormat,
               QT_TRANSLATE_NOOP("medinexus::Validation", "A phone number must have between %1 and %2 digits."),
               {number(L::kPhoneMinDigits), number(L::kPhoneMaxDigits)});
    }
}

void checkAllergies(ValidationErrors &errors, const QStringList &allergies)
{
    if (allergies.size() > L::kMaxAllergies) {
        report(errors, u"allergies"_s, ValidationCode::TooMany,
               QT_TRANSLATE_NOOP("medinexus::Validation", "At most %1 allergies can be recorded."),
               {number(L::kMaxAllergies)});
    }
    const TextRule rule{L::kAllergyMaxLength, Lines::Single,
                        QT_TRANSLATE_NOOP("medinexus::Validation", "An allergy cannot be empty."),
                        QT_TRANSLATE_NOOP("medinexus::Validation", "An allergy must be at most %1 characters.")};
    QSet<QString> seen;
    for (qsizetype i = 0; i < allergies.size(); ++i) {
        const QString field = u"allergies[%1]"_s.arg(i);
        checkText(errors, field, allergies[i], rule);
        const QString trimmed = allergies[i].trimmed();
        if (trimmed.isEmpty())
            continue;
        // One key per spelling a person would call the same: composed and decomposed
        // accents alike (NFC), and case compared through full upper-casing first, since
        // Qt's case folding is the simple one and would keep "Straße" apart from "STRASSE".
        const QString key = trimmed.normalized(QString::NormalizationForm_C).toUpper().toCaseFolded();
        if (seen.contains(key)) {
            report(errors, field, ValidationCode::Duplicate,
                   QT_TRANSLATE_NOOP("medinexus::Validation", "The allergy %1 is listed more than once."),
                   {trimmed});
        }
        seen.insert(key);
    }
}

// --- Entry bodies --------------------------------------------------------------------------

void checkBody(ValidationErrors &errors, const DiagnosisBody &body)
{
    checkText(errors, u"text"_s, body.text,
              {L::kDiagnosisTextMaxLength, Lines::Multi,
               QT_TRANSLATE_NOOP("medinexus::Validation", "Enter the diagnosis."),
               QT_TRANSLATE_NOOP("medinexus::Validation", "The diagnosis must be at most %1 characters.")});
    if (body.icd10Code.isEmpty())
        return;  // optional
    const std::optional<QString> normalized = normalizedIcd10Code(body.icd10Code);
    if (normalized && *normalized == body.icd10Code)
        return;
    if (normalized) {
        report(errors, u"icd10Code"_s, ValidationCode::InvalidFormat,
               QT_TRANSLATE_NOOP("medinexus::Validation",
                                 "Write the ICD-10 code in capital letters, without spaces: %1."),
               {*normalized});
    } else {
        report(errors, u"icd10Code"_s, ValidationCode::InvalidFormat,
               QT_TRANSLATE_NOOP("medinexus::Validation",
                                 "The ICD-10 code is not valid. A code is a letter and two digits, "
                                 "optionally followed by a dot and 1 to 4 letters or digits, for example %1."),
               {u"J18.9"_s});
    }
}

void checkBody(ValidationErrors &errors, const PrescriptionBody &body)
{
    checkText(errors, u"medication"_s, body.medication,
              {L::kMedicationMaxLength, Lines::Single,
               QT_TRANSLATE_NOOP("medinexus::Validation", "Enter the medication."),
               QT_TRANSLATE_NOOP("medinexus::Validation", "The medication must be at most %1 characters.")});
    checkText(errors, u"dose"_s, body.dose,
              {L::kDoseMaxLength, Lines::Single, QT_TRANSLATE_NOOP("medinexus::Validation", "Enter the dose."),
               QT_TRANSLATE_NOOP("medinexus::Validation", "The dose must be at most %1 characters.")});
    checkText(errors, u"frequency"_s, body.frequency,
              {L::kFrequencyMaxLength, Lines::Single,
               QT_TRANSLATE_NOOP("medinexus::Validation", "Enter how often the medication is taken."),
               QT_TRANSLATE_NOOP("medinexus::Validation", "The frequency must be at most %1 characters.")});
    if (body.durationDays) {
        checkRange(errors, u"durationDays"_s, *body.durationDays, L::kMinDurationDays, L::kMaxDurationDays,
                   QT_TRANSLATE_NOOP("medinexus::Validation", "The duration must be between %1 and %2 days."));
    }
    checkRange(errors, u"quantity"_s, body.quantity, L::kMinQuantity, L::kMaxQuantity,
               QT_TRANSLATE_NOOP("medinexus::Validation",
                                 "The quantity to dispense must be between %1 and %2."));
    checkText(errors, u"quantityUnit"_s, body.quantityUnit,
              {L::kQuantityUnitMaxLength, Lines::Single,
               QT_TRANSLATE_NOOP("medinexus::Validation",
                                 "Enter the unit of the quantity, for example tablets or bottles."),
               QT_TRANSLATE_NOOP("medinexus::Validation", "The unit must be at most %1 characters.")});
    checkText(errors, u"instructions"_s, body.instructions,
              {L::kInstructionsMaxLength, Lines::Multi, nullptr,
               QT_TRANSLATE_NOOP("medinexus::Validation", "The instructions must be at most %1 characters.")});
}

void checkBody(ValidationErrors &errors, const DispensationBody &body)
{
    checkId(errors, u"prescriptionId"_s, body.prescriptionId,
            QT_TRANSLATE_NOOP("medinexus::Validation", "Choose the prescription being dispensed."));
    checkRange(errors, u"quantity"_s, body.quantity, L::kMinQuantity, L::kMaxQuantity,
               QT_TRANSLATE_NOOP("medinexus::Validation", "The quantity dispensed must be between %1 and %2."));
    checkText(errors, u"note"_s, body.note,
              {L::kDispensationNoteMaxLength, Lines::Multi, nullptr,
               QT_TRANSLATE_NOOP("medinexus::Validation", "The note must be at most %1 characters.")});
}

void checkVitals(ValidationErrors &errors, const Vitals &vitals)
{
    if (vitals.temperatureDeciCelsius) {
        checkRange(errors, u"vitals.temperatureDeciCelsius"_s, *vitals.temperatureDeciCelsius,
                   L::kMinTemperatureDeciCelsius, L::kMaxTemperatureDeciCelsius,
                   QT_TRANSLATE_NOOP("medinexus::Validation", "Temperature must be between %1 and %2 °C."),
                   {deciToText(L::kMinTemperatureDeciCelsius), deciToText(L::kMaxTemperatureDeciCelsius)});
    }
    if (vitals.pulsePerMinute) {
        checkRange(errors, u"vitals.pulsePerMinute"_s, *vitals.pulsePerMinute, L::kMinPulse, L::kMaxPulse,
                   QT_TRANSLATE_NOOP("medinexus::Validation",
                                     "Pulse must be between %1 and %2 beats per minute."));
    }
    if (vitals.systolicMmHg) {
        checkRange(errors, u"vitals.systolicMmHg"_s, *vitals.systolicMmHg, L::kMinSystolic, L::kMaxSystolic,
                   QT_TRANSLATE_NOOP("medinexus::Validation",
                                     "Systolic blood pressure must be between %1 and %2 mmHg."));
    }
    if (vitals.diastolicMmHg) {
        checkRange(errors, u"vitals.diastolicMmHg"_s, *vitals.diastolicMmHg, L::kMinDiastolic,
                   L::kMaxDiastolic,
                   QT_TRANSLATE_NOOP("medinexus::Validation",
                                     "Diastolic blood pressure must be between %1 and %2 mmHg."));
    }
    // A blood pressure is a pair: one number alone is most likely a slip of the form.
    if (vitals.systolicMmHg && !vitals.diastolicMmHg) {
        report(errors, u"vitals.diastolicMmHg"_s, ValidationCode::Required,
               QT_TRANSLATE_NOOP("medinexus::Validation",
                                 "Enter the diastolic pressure together with the systolic pressure."));
    } else if (!vitals.systolicMmHg && vitals.diastolicMmHg) {
        report(errors, u"vitals.systolicMmHg"_s, ValidationCode::Required,
               QT_TRANSLATE_NOOP("medinexus::Validation",
                                 "Enter the systolic pressure together with the diastolic pressure."));
    } else if (vitals.systolicMmHg && vitals.diastolicMmHg && *vitals.diastolicMmHg >= *vitals.systolicMmHg) {
        report(errors, u"vitals.diastolicMmHg"_s, ValidationCode::Inconsistent,
               QT_TRANSLATE_NOOP("medinexus::Validation",
                                 "Diastolic pressure (%1 mmHg) must be lower than systolic pressure (%2 mmHg)."),
               {number(*vitals.diastolicMmHg), number(*vitals.systolicMmHg)});
    }
    if (vitals.respiratoryRatePerMinute) {
        checkRange(errors, u"vitals.respiratoryRatePerMinute"_s, *vitals.respiratoryRatePerMinute,
                   L::kMinRespiratoryRate, L::kMaxRespiratoryRate,
                   QT_TRANSLATE_NOOP("medinexus::Validation",
                                     "Respiratory rate must be between %1 and %2 breaths per minute."));
    }
    if (vitals.spo2Percent) {
        checkRange(errors, u"vitals.spo2Percent"_s, *vitals.spo2Percent, L::kMinSpo2, L::kMaxSpo2,
                   QT_TRANSLATE_NOOP("medinexus::Validation",
                                     "Oxygen saturation (SpO2) must be between %1 and %2 %."));
    }
    if (vitals.weightGrams) {
        checkRange(errors, u"vitals.weightGrams"_s, *vitals.weightGrams, L::kMinWeightGrams, L::kMaxWeightGrams,
                   QT_TRANSLATE_NOOP("medinexus::Validation", "Weight must be between %1 g and %2 kg."),
                   {number(L::kMinWeightGrams), number(L::kMaxWeightGrams / 1000)});
    }
}

void checkBody(ValidationErrors &errors, const ObservationBody &body)
{
    if (body.vitals.isEmpty() && isBlank(body.nursingText)) {
        report(errors, u"vitals"_s, ValidationCode::Required,
               QT_TRANSLATE_NOOP("medinexus::Validation", "Enter at least one vital sign or a nursing note."));
    }
    checkVitals(errors, body.vitals);
    checkText(errors, u"nursingText"_s, body.nursingText,
              {L::kNursingTextMaxLength, Lines::Multi, nullptr,
               QT_TRANSLATE_NOOP("medinexus::Validation", "The nursing note must be at most %1 characters.")});
}

void checkBody(ValidationErrors &errors, const NoteBody &body)
{
    checkText(errors, u"text"_s, body.text,
              {L::kNoteTextMaxLength, Lines::Multi,
               QT_TRANSLATE_NOOP("medinexus::Validation", "Enter the text of the note."),
               QT_TRANSLATE_NOOP("medinexus::Validation", "The note must be at most %1 characters.")});
}

// --- Usernames -----------------------------------------------------------------------------

bool isUsernameCharacter(QChar c)
{
    return isAsciiLower(c) || isAsciiDigit(c) || c == u'.' || c == u'_' || c == u'-';
}

bool isValidUsername(QStringView name)
{
    return name.size() >= L::kUsernameMinLength && name.size() <= L::kUsernameMaxLength
        && isAsciiLower(name.front()) && std::all_of(name.begin(), name.end(), isUsernameCharacter);
}

bool isIcd10Code(QStringView code)
{
    if (code.size() < 3 || !isAsciiUpper(code[0]) || !isAsciiDigit(code[1]) || !isAsciiDigit(code[2]))
        return false;
    if (code.size() == 3)
        return true;
    if (code[3] != u'.' || code.size() < 5 || code.size() > 8)
        return false;
    return std::all_of(code.begin() + 4, code.end(), [](QChar c) { return isAsciiUpper(c) || isAsciiDigit(c); });
}

} // namespace

// --- Context -------------------------------------------------------------------------------

QDate ValidationContext::today() const
{
    return now.toUTC().date();
}

QDate ValidationContext::latestLocalDate() const
{
    return now.toUTC().addSecs(kMaxUtcOffsetSeconds + std::max<qint64>(0, allowedClockSkewSeconds)).date();
}

// --- Normalisers ---------------------------------------------------------------------------

std::optional<QString> normalizedIcd10Code(QStringView typed)
{
    QString code = typed.trimmed().toString().toUpper();
    if (!isIcd10Code(code))
        return std::nullopt;
    return code;
}

std::optional<QString> normalizedUsername(QStringView typed)
{
    QString name = typed.trimmed().toString().toLower();
    if (!isValidUsername(name))
        return std::nullopt;
    return name;
}

// --- Validators ----------------------------------------------------------------------------

ValidationErrors validatePatient(const Patient &patient, const ValidationContext &context)
{
    ValidationErrors errors;
    checkId(errors, u"id"_s, patient.id,
            QT_TRANSLATE_NOOP("medinexus::Validation", "The patient record has no identifier."));
    checkPatientNumber(errors, patient.number);
    checkVersion(errors, patient.version);

    if (isBlank(patient.givenNames) && isBlank(patient.familyName)) {
        report(errors, u"familyName"_s, ValidationCode::Required,
               QT_TRANSLATE_NOOP("medinexus::Validation", "Enter a family name or a given name."));
    }
    checkText(errors, u"givenNames"_s, patient.givenNames,
              {L::kNameMaxLength, Lines::Single, nullptr,
               QT_TRANSLATE_NOOP("medinexus::Validation", "Given names must be at most %1 characters.")});
    checkText(errors, u"familyName"_s, patient.familyName,
              {L::kNameMaxLength, Lines::Single, nullptr,
               QT_TRANSLATE_NOOP("medinexus::Validation", "The family name must be at most %1 characters.")});

    checkBirth(errors, patient, context);
    checkPhone(errors, patient.phone);
    checkText(errors, u"village"_s, patient.village,
              {L::kVillageMaxLength, Lines::Single, nullptr,
               QT_TRANSLATE_NOOP("medinexus::Validation", "The village must be at most %1 characters.")});
    checkText(errors, u"address"_s, patient.address,
              {L::kAddressMaxLength, Lines::Multi, nullptr,
               QT_TRANSLATE_NOOP("medinexus::Validation", "The address must be at most %1 characters.")});
    checkAllergies(errors, patient.allergies);
    checkId(errors, u"registeredAtFacility"_s, patient.registeredAtFacility,
            QT_TRANSLATE_NOOP("medinexus::Validation",
                              "The facility where the patient was registered is missing."));
    return errors;
}

ValidationErrors validateEntry(const ClinicalEntry &entry, const ValidationContext &context)
{
    ValidationErrors errors;
    checkId(errors, u"id"_s, entry.id,
            QT_TRANSLATE_NOOP("medinexus::Validation", "The entry has no identifier."));
    checkId(errors, u"patientId"_s, entry.patientId,
            QT_TRANSLATE_NOOP("medinexus::Validation", "The entry is not linked to a patient."));
    checkId(errors, u"authorId"_s, entry.authorId,
            QT_TRANSLATE_NOOP("medinexus::Validation", "The entry has no author."));
    checkId(errors, u"facilityId"_s, entry.facilityId,
            QT_TRANSLATE_NOOP("medinexus::Validation", "The entry does not say at which facility it was written."));

    const QString recordedAt = u"recordedAt"_s;
    if (!entry.recordedAt.isValid()) {
        report(errors, recordedAt, ValidationCode::Required,
               QT_TRANSLATE_NOOP("medinexus::Validation", "The entry has no recording time."));
    } else {
        // Entries are compared and ordered across clinics: one time scale for all.
        if (entry.recordedAt.timeSpec() != Qt::UTC) {
            report(errors, recordedAt, ValidationCode::InvalidValue,
                   QT_TRANSLATE_NOOP("medinexus::Validation", "The recording time must be in UTC."));
        }
        const QDateTime latest = context.now.toUTC().addSecs(context.allowedClockSkewSeconds);
        if (entry.recordedAt > latest) {
            report(errors, recordedAt, ValidationCode::InFuture,
                   QT_TRANSLATE_NOOP("medinexus::Validation",
                                     "The recording time is in the future. Check the date and time of this "
                                     "computer."));
        } else if (entry.recordedAt < QDateTime(QDate(kEarliestRecordingYear, 1, 1), QTime(0, 0), Qt::UTC)) {
            report(errors, recordedAt, ValidationCode::OutOfRange,
                   QT_TRANSLATE_NOOP("medinexus::Validation",
                                     "The recording time is before %1. Check the date and time of this computer."),
                   {number(kEarliestRecordingYear)});
        }
    }

    // An amendment names what it corrects and why; an original entry does neither.
    if (entry.amends) {
        if (entry.amends->isNull()) {
            report(errors, u"amends"_s, ValidationCode::Required,
                   QT_TRANSLATE_NOOP("medinexus::Validation", "The entry being corrected is not identified."));
        } else if (*entry.amends == entry.id) {
            report(errors, u"amends"_s, ValidationCode::Inconsistent,
                   QT_TRANSLATE_NOOP("medinexus::Validation", "An entry cannot correct itself."));
        }
        if (isBlank(entry.amendmentReason)) {
            report(errors, u"amendmentReason"_s, ValidationCode::Required,
                   QT_TRANSLATE_NOOP("medinexus::Validation", "Give the reason for this correction."));
        }
    } else if (!isBlank(entry.amendmentReason)) {
        report(errors, u"amendmentReason"_s, ValidationCode::Inconsistent,
               QT_TRANSLATE_NOOP("medinexus::Validation",
                                 "A reason for correction is given, but this entry does not correct another one."));
    }
    checkText(errors, u"amendmentReason"_s, entry.amendmentReason,
              {L::kAmendmentReasonMaxLength, Lines::Multi, nullptr,
               QT_TRANSLATE_NOOP("medinexus::Validation",
                                 "The reason for the correction must be at most %1 characters.")});

    std::visit([&errors](const auto &body) { checkBody(errors, body); }, entry.body);
    return errors;
}

ValidationErrors validateAmendment(const ClinicalEntry &amendment, const ClinicalEntry &original)
{
    ValidationErrors errors;
    if (!amendment.amends) {
        report(errors, u"amends"_s, ValidationCode::Required,
               QT_TRANSLATE_NOOP("medinexus::Validation", "This entry is not marked as a correction."));
    } else if (*amendment.amends != original.id) {
        report(errors, u"amends"_s, ValidationCode::Inconsistent,
               QT_TRANSLATE_NOOP("medinexus::Validation",
                                 "This correction does not refer to the entry being corrected."));
    }
    if (amendment.patientId != original.patientId) {
        report(errors, u"patientId"_s, ValidationCode::Inconsistent,
               QT_TRANSLATE_NOOP("medinexus::Validation",
                                 "A correction must concern the same patient as the entry it corrects."));
    }
    if (amendment.kind() != original.kind()) {
        report(errors, u"kind"_s, ValidationCode::Inconsistent,
               QT_TRANSLATE_NOOP("medinexus::Validation",
                                 "A correction must be of the same kind as the entry it corrects."));
    } else if (const auto *corrected = std::get_if<DispensationBody>(&amendment.body)) {
        // Moving a dispensation to another prescription would silently change what
        // remains to dispense on both: that is a new dispensation, not a correction.
        if (corrected->prescriptionId != std::get<DispensationBody>(original.body).prescriptionId) {
            report(errors, u"prescriptionId"_s, ValidationCode::Inconsistent,
                   QT_TRANSLATE_NOOP("medinexus::Validation",
                                     "A corrected dispensation must refer to the same prescription."));
        }
    }
    return errors;
}

ValidationErrors validateDispensation(const ClinicalEntry &dispensation, const ClinicalEntry &prescription,
                                      int alreadyDispensed)
{
    ValidationErrors errors;
    const auto *given = std::get_if<DispensationBody>(&dispensation.body);
    if (!given) {
        report(errors, u"kind"_s, ValidationCode::Inconsistent,
               QT_TRANSLATE_NOOP("medinexus::Validation", "This entry is not a dispensation."));
        return errors;
    }
    const auto *prescribed = std::get_if<PrescriptionBody>(&prescription.body);
    if (!prescribed) {
        report(errors, u"prescriptionId"_s, ValidationCode::Inconsistent,
               QT_TRANSLATE_NOOP("medinexus::Validation", "The entry being dispensed is not a prescription."));
    }
    if (dispensation.patientId != prescription.patientId) {
        report(errors, u"prescriptionId"_s, ValidationCode::Inconsistent,
               QT_TRANSLATE_NOOP("medinexus::Validation", "This prescription belongs to another patient."));
    }
    // A quantity below 1 is validateEntry()'s error; nothing to compare here.
    if (!prescribed || given->quantity < L::kMinQuantity)
        return errors;

    const qint64 remaining = qint64{prescribed->quantity} - std::max(0, alreadyDispensed);
    if (remaining <= 0) {
        report(errors, u"quantity"_s, ValidationCode::ExceedsPrescribed,
               QT_TRANSLATE_NOOP("medinexus::Validation",
                                 "Everything prescribed has already been dispensed."));
    } else if (given->quantity > remaining) {
        report(errors, u"quantity"_s, ValidationCode::ExceedsPrescribed,
               QT_TRANSLATE_NOOP("medinexus::Validation",
                                 "More than what remains of the prescription. Still to dispense: %1 %2."),
               {number(remaining), prescribed->quantityUnit.trimmed()});
    } else if (given->completeness == DispensationCompleteness::Full && given->quantity < remaining) {
        report(errors, u"completeness"_s, ValidationCode::Inconsistent,
               QT_TRANSLATE_NOOP("medinexus::Validation",
                                 "This dispensation does not complete the prescription (still to dispense "
                                 "afterwards: %1 %2). Mark it as partial."),
               {number(remaining - given->quantity), prescribed->quantityUnit.trimmed()});
    } else if (given->completeness == DispensationCompleteness::Partial && given->quantity == remaining) {
        report(errors, u"completeness"_s, ValidationCode::Inconsistent,
               QT_TRANSLATE_NOOP("medinexus::Validation",
                                 "This dispensation completes the prescription. Mark it as full."));
    }
    return errors;
}

ValidationErrors validateFacility(const Facility &facility)
{
    ValidationErrors errors;
    checkId(errors, u"id"_s, facility.id,
            QT_TRANSLATE_NOOP("medinexus::Validation", "The facility has no identifier."));
    checkText(errors, u"name"_s, facility.name,
              {L::kFacilityNameMaxLength, Lines::Single,
               QT_TRANSLATE_NOOP("medinexus::Validation", "Enter the name of the facility."),
               QT_TRANSLATE_NOOP("medinexus::Validation", "The facility name must be at most %1 characters.")});
    checkText(errors, u"village"_s, facility.village,
              {L::kVillageMaxLength, Lines::Single, nullptr,
               QT_TRANSLATE_NOOP("medinexus::Validation", "The village must be at most %1 characters.")});
    checkVersion(errors, facility.version);
    return errors;
}

ValidationErrors validateUser(const User &user)
{
    ValidationErrors errors;
    checkId(errors, u"id"_s, user.id,
            QT_TRANSLATE_NOOP("medinexus::Validation", "The user account has no identifier."));

    const QString field = u"username"_s;
    const QString &name = user.username;
    if (isBlank(name)) {
        report(errors, field, ValidationCode::Required,
               QT_TRANSLATE_NOOP("medinexus::Validation", "Enter a username."));
    } else {
        const qsizetype length = codePointCount(name);
        if (length < L::kUsernameMinLength) {
            report(errors, field, ValidationCode::TooShort,
                   QT_TRANSLATE_NOOP("medinexus::Validation", "A username must have at least %1 characters."),
                   {number(L::kUsernameMinLength)});
        } else if (length > L::kUsernameMaxLength) {
            report(errors, field, ValidationCode::TooLong,
                   QT_TRANSLATE_NOOP("medinexus::Validation", "A username must have at most %1 characters."),
                   {number(L::kUsernameMaxLength)});
        }
        const bool onlyAllowedIgnoringCase = std::all_of(name.begin(), name.end(), [](QChar c) {
            return isUsernameCharacter(c) || isAsciiUpper(c);
        });
        if (!onlyAllowedIgnoringCase) {
            report(errors, field, ValidationCode::InvalidFormat,
                   QT_TRANSLATE_NOOP("medinexus::Validation",
                                     "A username may contain only the letters a to z without accents, digits, "
                                     "dots, hyphens and underscores."));
        } else if (std::any_of(name.begin(), name.end(), isAsciiUpper)) {
            report(errors, field, ValidationCode::InvalidFormat,
                   QT_TRANSLATE_NOOP("medinexus::Validation", "Usernames are written in lower case: %1."),
                   {name.toLower()});
        }
        if (!isAsciiLower(name.front()) && !isAsciiUpper(name.front())) {
            report(errors, field, ValidationCode::InvalidFormat,
                   QT_TRANSLATE_NOOP("medinexus::Validation", "A username must start with a letter."));
        }
    }

    checkText(errors, u"displayName"_s, user.displayName,
              {L::kDisplayNameMaxLength, Lines::Single,
               QT_TRANSLATE_NOOP("medinexus::Validation", "Enter the name shown for this user."),
               QT_TRANSLATE_NOOP("medinexus::Validation", "The display name must be at most %1 characters.")});
    checkId(errors, u"facilityId"_s, user.facilityId,
            QT_TRANSLATE_NOOP("medinexus::Validation", "Choose the facility this user works at."));
    checkVersion(errors, user.version);
    return errors;
}

ValidationErrors validateNewPassword(const QString &password, const QString &username)
{
    ValidationErrors errors;
    const QString field = u"password"_s;
    const qsizetype length = codePointCount(password);
    if (length < L::kPasswordMinLength) {
        report(errors, field, ValidationCode::TooShort,
               QT_TRANSLATE_NOOP("medinexus::Validation", "The password must have at least %1 characters."),
               {number(L::kPasswordMinLength)});
    } else if (length > L::kPasswordMaxLength) {
        report(errors, field, ValidationCode::TooLong,
               QT_TRANSLATE_NOOP("medinexus::Validation", "The password must have at most %1 characters."),
               {number(L::kPasswordMaxLength)});
    }
    const QString trimmedUsername = username.trimmed();
    if (!trimmedUsername.isEmpty() && password.contains(trimmedUsername, Qt::CaseInsensitive)) {
        report(errors, field, ValidationCode::ContainsUsername,
               QT_TRANSLATE_NOOP("medinexus::Validation", "The password must not contain the username."));
    }
    return errors;
}

} // namespace medinexus
