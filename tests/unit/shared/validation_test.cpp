// Every validation rule: at least one accepted and one refused case, the boundaries of
// every range (min, max, min - 1, max + 1), several errors at once, and messages that
// carry their arguments and translate.
#include "shared/ids/patient_number.h"
#include "shared/permissions/permissions.h"
#include "shared/validation/validation_error.h"
#include "shared/validation/validator.h"

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QTranslator>

#include <functional>
#include <ostream>
#include <string>

// Readable QString values in failure messages (the same inline definition in every test
// file of this executable).
inline void PrintTo(const QString &value, std::ostream *out)
{
    *out << '"' << value.toStdString() << '"';
}

namespace medinexus {
namespace {

using namespace Qt::Literals::StringLiterals;
namespace L = ValidationLimits;

// --- Helpers -------------------------------------------------------------------------------

std::string describe(const ValidationErrors &errors)
{
    std::string text;
    for (const auto &error : errors)
        text += "\n  " + error.field.toStdString() + " [" + error.code.toStdString() + "] "
            + error.englishMessage().toStdString();
    return errors.empty() ? std::string("no errors") : text;
}

// What every message must satisfy: present, a sentence, its arguments in it, no
// placeholder left unsubstituted.
::testing::AssertionResult wellFormedMessage(const ValidationError &error)
{
    const QString message = error.message();
    const QString english = error.englishMessage();
    if (error.field.isEmpty() || error.code.isEmpty())
        return ::testing::AssertionFailure() << "error without field or code: " << english.toStdString();
    if (message.isEmpty() || english.isEmpty())
        return ::testing::AssertionFailure() << "empty message for " << error.field.toStdString();
    if (!english.endsWith(u'.'))
        return ::testing::AssertionFailure() << "message is not a sentence: " << english.toStdString();
    for (const QString &arg : error.args) {
        if (!message.contains(arg) || !english.contains(arg))
            return ::testing::AssertionFailure() << "argument '" << arg.toStdString() << "' missing from "
                                                 << english.toStdString();
    }
    for (int n = 1; n <= 9; ++n) {
        if (english.contains(u'%' + QString::number(n)))
            return ::testing::AssertionFailure() << "placeholder left in " << english.toStdString();
    }
    return ::testing::AssertionSuccess();
}

::testing::AssertionResult valid(const ValidationErrors &errors)
{
    if (errors.empty())
        return ::testing::AssertionSuccess();
    return ::testing::AssertionFailure() << "expected no errors, got:" << describe(errors);
}

// Exactly one error, on `field`, with `code`, and a well-formed message.
::testing::AssertionResult onlyError(const ValidationErrors &errors, const QString &field, QLatin1String code)
{
    if (errors.size() != 1 || errors.front().field != field || errors.front().code != code) {
        return ::testing::AssertionFailure() << "expected only " << field.toStdString() << " ["
                                             << QString(code).toStdString() << "], got:" << describe(errors);
    }
    return wellFormedMessage(errors.front());
}

// `field` has an error with `code` (others may exist); every message is well formed.
::testing::AssertionResult includesError(const ValidationErrors &errors, const QString &field, QLatin1String code)
{
    for (const auto &error : errors) {
        if (const auto result = wellFormedMessage(error); !result)
            return result;
    }
    if (hasError(errors, field, code))
        return ::testing::AssertionSuccess();
    return ::testing::AssertionFailure() << "expected " << field.toStdString() << " [" << QString(code).toStdString()
                                         << "] among:" << describe(errors);
}

QString repeated(const QString &unit, qsizetype times)
{
    return unit.repeated(times);
}

QString letters(qsizetype count)
{
    return QString(count, u'a');
}

QDateTime utc(int year, int month, int day, int hour = 0, int minute = 0, int second = 0, int ms = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second, ms), Qt::UTC);
}

ValidationContext contextAt(const QDateTime &now)
{
    ValidationContext context;
    context.now = now;
    return context;
}

// 10:00 UTC: the latest local date anywhere (UTC+14, plus 5 min of skew) is already the 16th.
const QDateTime kNow = utc(2024, 6, 15, 10, 0);

ValidationContext context()
{
    return contextAt(kNow);
}

QString validPatientNumber()
{
    return PatientNumber::fromData(u"7K2M0QX4D9")->compact();
}

Patient validPatient()
{
    Patient patient;
    patient.id = QUuid::createUuid();
    patient.number = validPatientNumber();
    patient.givenNames = u"Hélène"_s;
    patient.familyName = u"Dupré-Ngoma"_s;
    patient.sex = Sex::Female;
    patient.birthDate = QDate(1985, 3, 12);
    patient.phone = u"+223 76 12 34 56"_s;
    patient.village = u"Kati"_s;
    patient.address = u"Quartier Malibougou\nrue 12, porte 40"_s;
    patient.allergies = {u"Pénicilline"_s, u"Arachides"_s};
    patient.registeredAtFacility = QUuid::createUuid();
    return patient;
}

// --- ValidationError -----------------------------------------------------------------------

TEST(ValidationError, SubstitutesArgumentsInOnePass)
{
    EXPECT_EQ(substituteArgs(u"between %1 and %2 mmHg"_s, {u"50"_s, u"300"_s}), u"between 50 and 300 mmHg"_s);
    EXPECT_EQ(substituteArgs(u"%2 before %1"_s, {u"a"_s, u"b"_s}), u"b before a"_s);
    // An argument that looks like a placeholder is not substituted again.
    EXPECT_EQ(substituteArgs(u"%1 / %2"_s, {u"%2"_s, u"x"_s}), u"%2 / x"_s);
    // Placeholders without argument and lone percent signs stay.
    EXPECT_EQ(substituteArgs(u"%1 and %3"_s, {u"a"_s}), u"a and %3"_s);
    EXPECT_EQ(substituteArgs(u"between 50 and 100 %."_s, {}), u"between 50 and 100 %."_s);
    EXPECT_EQ(substituteArgs(u"100%"_s, {u"x"_s}), u"100%"_s);
    EXPECT_EQ(substituteArgs(u"%%1"_s, {u"x"_s}), u"%x"_s);
    // Two digits, as QString::arg.
    QStringList ten;
    for (int i = 1; i <= 10; ++i)
        ten.append(QString::number(i * 11));
    EXPECT_EQ(substituteArgs(u"%10-%1"_s, ten), u"110-11"_s);
}

TEST(ValidationError, MessageIsEnglishWithoutTranslator)
{
    const ValidationError error{u"vitals.pulsePerMinute"_s, u"out_of_range"_s,
                                QT_TRANSLATE_NOOP("medinexus::Validation",
                                                  "Pulse must be between %1 and %2 beats per minute."),
                                {u"20"_s, u"250"_s}};
    EXPECT_EQ(error.message(), u"Pulse must be between 20 and 250 beats per minute."_s);
    EXPECT_EQ(error.englishMessage(), error.message());
    EXPECT_TRUE(ValidationError{}.message().isEmpty());
    EXPECT_TRUE(ValidationError{}.englishMessage().isEmpty());
}

// A translator standing in for the French .qm file, so the test does not depend on it.
class FakeFrenchTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int n) const override
    {
        Q_UNUSED(disambiguation)
        Q_UNUSED(n)
        const QString source = QString::fromUtf8(sourceText);
        const QString where = QString::fromUtf8(context);
        if (where == u"medinexus::Validation" && source == u"Pulse must be between %1 and %2 beats per minute.")
            return u"Le pouls doit être compris entre %1 et %2 battements par minute."_s;
        if (where == u"medinexus::Permissions" && source == u"Your role (%1) does not allow adding a diagnosis.")
            return u"Votre rôle (%1) ne permet pas d’ajouter un diagnostic."_s;
        if (where == u"medinexus::Enum" && source == u"Pharmacist")
            return u"Pharmacien"_s;
        return {};
    }
    bool isEmpty() const override { return false; }
};

TEST(ValidationError, MessageIsTranslatedWhileEnglishMessageStaysEnglish)
{
    int argc = 1;
    char name[] = "shared_model_test";
    char *argv[] = {name, nullptr};
    QCoreApplication app(argc, argv);
    FakeFrenchTranslator french;
    ASSERT_TRUE(QCoreApplication::installTranslator(&french));

    Vitals vitals;
    vitals.pulsePerMinute = 260;
    ClinicalEntry entry;
    entry.id = QUuid::createUuid();
    entry.patientId = QUuid::createUuid();
    entry.authorId = QUuid::createUuid();
    entry.facilityId = QUuid::createUuid();
    entry.recordedAt = kNow;
    entry.body = ObservationBody{vitals, {}};
    const ValidationErrors errors = validateEntry(entry, context());
    ASSERT_TRUE(onlyError(errors, u"vitals.pulsePerMinute"_s, ValidationCode::OutOfRange));
    EXPECT_EQ(errors.front().message(), u"Le pouls doit être compris entre 20 et 250 battements par minute."_s);
    EXPECT_EQ(errors.front().englishMessage(), u"Pulse must be between 20 and 250 beats per minute."_s);
    EXPECT_EQ(messages(errors), QStringList{errors.front().message()});
    EXPECT_EQ(englishMessages(errors), QStringList{errors.front().englishMessage()});

    // A client decoding a server's answer holds the source text as bytes, not as our literal.
    const QByteArray decoded("Pulse must be between %1 and %2 beats per minute.");
    EXPECT_EQ(translatedValidationMessage(decoded.constData(), {u"20"_s, u"250"_s}), errors.front().message());
    EXPECT_TRUE(translatedValidationMessage(nullptr, {u"20"_s}).isEmpty());

    // Permissions and enum labels go through the same mechanism, in their own contexts.
    EXPECT_EQ(refusalMessage(Role::Pharmacist, Action::AddDiagnosis),
              u"Votre rôle (Pharmacien) ne permet pas d’ajouter un diagnostic."_s);

    QCoreApplication::removeTranslator(&french);
    EXPECT_EQ(errors.front().message(), errors.front().englishMessage());
}

TEST(ValidationError, EqualityComparesTextByContent)
{
    static const char copy[] = "Enter the dose.";
    const ValidationError a{u"dose"_s, u"required"_s, QT_TRANSLATE_NOOP("medinexus::Validation", "Enter the dose."), {}};
    const ValidationError b{u"dose"_s, u"required"_s, copy, {}};
    EXPECT_TRUE(a == b);
    ValidationError c = b;
    c.args = {u"x"_s};
    EXPECT_FALSE(a == c);
    c = b;
    c.field = u"medication"_s;
    EXPECT_FALSE(a == c);
    c = b;
    c.sourceText = nullptr;
    EXPECT_FALSE(a == c);
    EXPECT_TRUE(ValidationError{} == ValidationError{});
}

TEST(ValidationError, LookupHelpers)
{
    ValidationErrors errors;
    appendErrors(errors, {{u"dose"_s, u"required"_s, "Enter the dose.", {}}});
    appendErrors(errors, {{u"quantity"_s, u"out_of_range"_s, "The quantity to dispense must be between %1 and %2.",
                           {u"1"_s, u"10000"_s}}});
    ASSERT_EQ(errors.size(), 2u);
    EXPECT_TRUE(hasError(errors, u"dose"));
    EXPECT_TRUE(hasError(errors, u"quantity", u"out_of_range"));
    EXPECT_FALSE(hasError(errors, u"quantity", u"required"));
    EXPECT_FALSE(hasError(errors, u"medication"));
    ASSERT_NE(findError(errors, u"quantity"), nullptr);
    EXPECT_EQ(findError(errors, u"quantity")->args, (QStringList{u"1"_s, u"10000"_s}));
    EXPECT_EQ(findError(errors, u"medication"), nullptr);
    EXPECT_EQ(englishMessages(errors),
              (QStringList{u"Enter the dose."_s, u"The quantity to dispense must be between 1 and 10000."_s}));
}

// --- Context -------------------------------------------------------------------------------

TEST(ValidationContext, TodayIsTheUtcDate)
{
    EXPECT_EQ(contextAt(utc(2024, 6, 15, 23, 59)).today(), QDate(2024, 6, 15));
    EXPECT_EQ(context().today(), QDate(2024, 6, 15));
}

TEST(ValidationContext, LatestLocalDateIsTheDateAtUtcPlus14WithSkew)
{
    EXPECT_EQ(context().latestLocalDate(), QDate(2024, 6, 16));
    // 09:54:59 + 14 h + 5 min = 23:59:59, still the 15th everywhere.
    EXPECT_EQ(contextAt(utc(2024, 6, 15, 9, 54, 59)).latestLocalDate(), QDate(2024, 6, 15));
    EXPECT_EQ(contextAt(utc(2024, 6, 15, 9, 55, 0)).latestLocalDate(), QDate(2024, 6, 16));
}

TEST(ValidationContext, DefaultsToNowInUtc)
{
    const ValidationContext fresh;
    EXPECT_TRUE(fresh.now.isValid());
    EXPECT_EQ(fresh.now.timeSpec(), Qt::UTC);
    EXPECT_EQ(fresh.allowedClockSkewSeconds, 300);
    EXPECT_LE(qAbs(fresh.now.secsTo(QDateTime::currentDateTimeUtc())), 60);
}

// --- Patient -------------------------------------------------------------------------------

TEST(ValidatePatient, ValidPatientHasNoErrors)
{
    EXPECT_TRUE(valid(validatePatient(validPatient(), context())));
    Patient minimal;
    minimal.id = QUuid::createUuid();
    minimal.number = validPatientNumber();
    minimal.familyName = u"Koné"_s;
    minimal.estimatedBirthYear = 1960;
    minimal.registeredAtFacility = QUuid::createUuid();
    EXPECT_TRUE(valid(validatePatient(minimal, context())));
}

TEST(ValidatePatient, IdRequired)
{
    Patient patient = validPatient();
    patient.id = QUuid();
    EXPECT_TRUE(onlyError(validatePatient(patient, context()), u"id"_s, ValidationCode::Required));
}

TEST(ValidatePatient, RegisteredAtFacilityRequired)
{
    Patient patient = validPatient();
    patient.registeredAtFacility = QUuid();
    EXPECT_TRUE(onlyError(validatePatient(patient, context()), u"registeredAtFacility"_s, ValidationCode::Required));
}

TEST(ValidatePatient, VersionAtLeastOne)
{
    Patient patient = validPatient();
    patient.version = 1;
    EXPECT_TRUE(valid(validatePatient(patient, context())));
    patient.version = 7;
    EXPECT_TRUE(valid(validatePatient(patient, context())));
    patient.version = 0;
    EXPECT_TRUE(onlyError(validatePatient(patient, context()), u"version"_s, ValidationCode::OutOfRange));
    patient.version = -3;
    EXPECT_TRUE(onlyError(validatePatient(patient, context()), u"version"_s, ValidationCode::OutOfRange));
}

TEST(ValidatePatient, NumberMustBeAValidCompactPatientNumber)
{
    Patient patient = validPatient();
    const QString compact = patient.number;
    ASSERT_EQ(compact.size(), PatientNumber::kCompactLength);

    patient.number.clear();
    EXPECT_TRUE(onlyError(validatePatient(patient, context()), u"number"_s, ValidationCode::Required));

    patient.number = compact.left(10);
    const ValidationErrors wrongLength = validatePatient(patient, context());
    EXPECT_TRUE(onlyError(wrongLength, u"number"_s, ValidationCode::InvalidFormat));
    EXPECT_EQ(wrongLength.front().args, QStringList{u"11"_s});

    patient.number = compact.left(10) + u'U';  // U is not in the alphabet
    EXPECT_TRUE(onlyError(validatePatient(patient, context()), u"number"_s, ValidationCode::InvalidFormat));

    // One character changed: the check character catches it.
    patient.number = compact;
    patient.number[0] = patient.number[0] == u'0' ? u'2' : u'0';
    EXPECT_TRUE(onlyError(validatePatient(patient, context()), u"number"_s, ValidationCode::InvalidFormat));

    // Valid, but not in the one stored spelling: the message gives the compact form.
    for (const QString &other : {PatientNumber::parse(compact)->toString(), compact.toLower()}) {
        patient.number = other;
        const ValidationErrors errors = validatePatient(patient, context());
        EXPECT_TRUE(onlyError(errors, u"number"_s, ValidationCode::InvalidFormat)) << other.toStdString();
        ASSERT_FALSE(errors.empty());
        EXPECT_EQ(errors.front().args, QStringList{compact});
    }
}

TEST(ValidatePatient, AtLeastOneName)
{
    Patient patient = validPatient();
    patient.givenNames.clear();
    EXPECT_TRUE(valid(validatePatient(patient, context())));
    patient = validPatient();
    patient.familyName.clear();
    EXPECT_TRUE(valid(validatePatient(patient, context())));

    patient.givenNames.clear();
    EXPECT_TRUE(onlyError(validatePatient(patient, context()), u"familyName"_s, ValidationCode::Required));
    patient.givenNames = u"   "_s;  // blank counts as empty
    patient.familyName = u" "_s;
    EXPECT_TRUE(onlyError(validatePatient(patient, context()), u"familyName"_s, ValidationCode::Required));
}

TEST(ValidatePatient, NamesInAnyScriptAreAccepted)
{
    const std::pair<QString, QString> names[] = {
        {u"Hélène"_s, u"Dupré-Ngoma"_s},
        {u"Aïssata Ç."_s, u"N’Diaye"_s},
        {u"فاطمة"_s, u"الزهراء"_s},
        {u"伟"_s, u"王"_s},
        {u"𠀋"_s, u"𡈽"_s},                 // CJK outside the BMP (surrogate pairs)
        {u"Mehr\u200Cangiz"_s, u"Kâmi"_s},  // zero-width non-joiner is a format character
    };
    for (const auto &[given, family] : names) {
        Patient patient = validPatient();
        patient.givenNames = given;
        patient.familyName = family;
        EXPECT_TRUE(valid(validatePatient(patient, context()))) << given.toStdString();
    }
}

TEST(ValidatePatient, NamesAtMost100Characters)
{
    for (const QString &field : {u"givenNames"_s, u"familyName"_s}) {
        const auto with = [&field](const QString &value) {
            Patient patient = validPatient();
            (field == u"givenNames" ? patient.givenNames : patient.familyName) = value;
            return validatePatient(patient, context());
        };
        EXPECT_TRUE(valid(with(letters(100))));
        // Characters, not UTF-16 units: 100 ideographs outside the BMP are 200 units.
        EXPECT_TRUE(valid(with(repeated(u"𠀋"_s, 100))));
        EXPECT_TRUE(valid(with(repeated(u"é"_s, 100))));
        const ValidationErrors tooLong = with(letters(101));
        EXPECT_TRUE(onlyError(tooLong, field, ValidationCode::TooLong));
        ASSERT_FALSE(tooLong.empty());
        EXPECT_EQ(tooLong.front().args, QStringList{u"100"_s});
        EXPECT_TRUE(onlyError(with(repeated(u"𠀋"_s, 101)), field, ValidationCode::TooLong));
    }
}

TEST(ValidatePatient, NamesRefuseControlCharacters)
{
    const QString bad[] = {u"Awa\tTraoré"_s, u"Awa\nTraoré"_s, u"Awa\rTraoré"_s, u"Awa\u0001"_s,
                           u"Awa\u007F"_s,   u"Awa\u0085"_s,   u"Awa"_s + QChar(u'\0'),
                           u"Awa"_s + QChar(u'\xD800'),          // unpaired high surrogate
                           QString(QChar(u'\xDC00')) + u"Awa"_s};  // unpaired low surrogate
    for (const QString &value : bad) {
        Patient patient = validPatient();
        patient.givenNames = value;
        EXPECT_TRUE(onlyError(validatePatient(patient, context()), u"givenNames"_s,
                              ValidationCode::InvalidCharacters))
            << value.toStdString();
        patient = validPatient();
        patient.familyName = value;
        EXPECT_TRUE(onlyError(validatePatient(patient, context()), u"familyName"_s,
                              ValidationCode::InvalidCharacters))
            << value.toStdString();
    }
}

TEST(ValidatePatient, ExactlyOneOfBirthDateAndEstimatedYear)
{
    Patient patient = validPatient();
    patient.estimatedBirthYear = 1985;
    EXPECT_TRUE(onlyError(validatePatient(patient, context()), u"estimatedBirthYear"_s,
                          ValidationCode::Inconsistent));
    patient.birthDate.reset();
    EXPECT_TRUE(valid(validatePatient(patient, context())));
    patient.estimatedBirthYear.reset();
    EXPECT_TRUE(onlyError(validatePatient(patient, context()), u"birthDate"_s, ValidationCode::Required));
}

TEST(ValidatePatient, BirthDateValidAndNotInTheFuture)
{
    Patient patient = validPatient();
    patient.birthDate = QDate(2023, 2, 30);
    EXPECT_TRUE(onlyError(validatePatient(patient, context()), u"birthDate"_s, ValidationCode::InvalidValue));
    patient.birthDate = QDate();
    EXPECT_TRUE(onlyError(validatePatient(patient, context()), u"birthDate"_s, ValidationCode::InvalidValue));

    patient.birthDate = QDate(2024, 6, 15);  // today in UTC
    EXPECT_TRUE(valid(validatePatient(patient, context())));
    // Already the 16th in a clinic at UTC+14: a newborn registered there is accepted.
    patient.birthDate = QDate(2024, 6, 16);
    EXPECT_TRUE(valid(validatePatient(patient, context())));
    patient.birthDate = QDate(2024, 6, 17);
    EXPECT_TRUE(onlyError(validatePatient(patient, context()), u"birthDate"_s, ValidationCode::InFuture));
    // A few minutes earlier, the 16th has begun nowhere yet.
    patient.birthDate = QDate(2024, 6, 16);
    EXPECT_TRUE(onlyError(validatePatient(patient, contextAt(utc(2024, 6, 15, 9, 54, 59))), u"birthDate"_s,
                          ValidationCode::InFuture));
}

TEST(ValidatePatient, BirthDateNotBefore1880)
{
    Patient patient = validPatient();
    patient.birthDate = QDate(1880, 1, 1);
    EXPECT_TRUE(valid(validatePatient(patient, context())));
    patient.birthDate = QDate(1879, 12, 31);
    const ValidationErrors errors = validatePatient(patient, context());
    EXPECT_TRUE(onlyError(errors, u"birthDate"_s, ValidationCode::OutOfRange));
    ASSERT_FALSE(errors.empty());
    EXPECT_EQ(errors.front().englishMessage(), u"The date of birth cannot be before 1880."_s);
}

TEST(ValidatePatient, EstimatedBirthYearBetween1880AndThisYear)
{
    Patient patient = validPatient();
    patient.birthDate.reset();
    for (const int year : {1880, 1950, 2024}) {
        patient.estimatedBirthYear = year;
        EXPECT_TRUE(valid(validatePatient(patient, context()))) << year;
    }
    for (const int year : {1879, 2025, 0, -1}) {
        patient.estimatedBirthYear = year;
        const ValidationErrors errors = validatePatient(patient, context());
        EXPECT_TRUE(onlyError(errors, u"estimatedBirthYear"_s, ValidationCode::OutOfRange)) << year;
        ASSERT_FALSE(errors.empty());
        EXPECT_EQ(errors.front().englishMessage(), u"The estimated year of birth must be between 1880 and 2024."_s);
    }
    // On 31 December at noon UTC, the new year has begun at UTC+14.
    patient.estimatedBirthYear = 2025;
    EXPECT_TRUE(valid(validatePatient(patient, contextAt(utc(2024, 12, 31, 12, 0)))));
}

TEST(ValidatePatient, PhoneIsOptional)
{
    Patient patient = validPatient();
    patient.phone.clear();
    EXPECT_TRUE(valid(validatePatient(patient, context())));
    patient.phone = u"   "_s;
    EXPECT_TRUE(valid(validatePatient(patient, context())));
}

TEST(ValidatePatient, PhoneFormats)
{
    const QString accepted[] = {
        u"+223 76 12 34 56"_s, u"76-12-34-56"_s,  u"(0)76.12.34.56"_s, u"123456"_s,  // 6 digits
        u"12345678901234567890"_s,                                                   // 20 digits
        u"+33 (0)1 23 45 67 89"_s, u" 76123456 "_s,
        u"1 2 3 4 5 6 7 8 9 0 1 2 3 4 5"_s,  // 29 characters
    };
    for (const QString &phone : accepted) {
        Patient patient = validPatient();
        patient.phone = phone;
        EXPECT_TRUE(valid(validatePatient(patient, context()))) << phone.toStdString();
    }
    const QString badCharacters[] = {
        u"76+123456"_s,      // + not at the start
        u"++22376123456"_s,  // two of them
        u"76 12 AB 56"_s,    // letters
        u"76/12/34/56"_s,    // slashes
        u"٧٦١٢٣٤٥٦"_s,       // Arabic-Indic digits: not ASCII digits (and so also too few)
        u"76\t12\t34\t56"_s,
    };
    for (const QString &phone : badCharacters) {
        Patient patient = validPatient();
        patient.phone = phone;
        EXPECT_TRUE(includesError(validatePatient(patient, context()), u"phone"_s, ValidationCode::InvalidFormat))
            << phone.toStdString();
    }
    for (const QString &phone : {u"12345"_s, u"+1 (234) 5"_s, u"123456789012345678901"_s, u"+-.()"_s}) {
        Patient patient = validPatient();
        patient.phone = phone;
        const ValidationErrors errors = validatePatient(patient, context());
        EXPECT_TRUE(onlyError(errors, u"phone"_s, ValidationCode::InvalidFormat)) << phone.toStdString();
        ASSERT_FALSE(errors.empty());
        EXPECT_EQ(errors.front().args, (QStringList{u"6"_s, u"20"_s}));
    }
}

TEST(ValidatePatient, PhoneAtMost30Characters)
{
    Patient patient = validPatient();
    patient.phone = u"1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 "_s;  // 30 characters, trailing space
    EXPECT_TRUE(valid(validatePatient(patient, context())));
    patient.phone = u"1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6"_s;  // 31 characters, 16 digits
    EXPECT_TRUE(onlyError(validatePatient(patient, context()), u"phone"_s, ValidationCode::TooLong));
}

TEST(ValidatePatient, VillageAndAddressLengths)
{
    Patient patient = validPatient();
    patient.village = letters(100);
    patient.address = letters(500);
    EXPECT_TRUE(valid(validatePatient(patient, context())));
    patient.village = letters(101);
    EXPECT_TRUE(onlyError(validatePatient(patient, context()), u"village"_s, ValidationCode::TooLong));
    patient.village = u"Kati"_s;
    patient.address = letters(501);
    EXPECT_TRUE(onlyError(validatePatient(patient, context()), u"address"_s, ValidationCode::TooLong));
}

TEST(ValidatePatient, AddressMayHaveLinesVillageMayNot)
{
    Patient patient = validPatient();
    patient.address = u"Près du marché\r\n\tporte bleue"_s;
    EXPECT_TRUE(valid(validatePatient(patient, context())));
    patient.address = u"Près du marché\u0007"_s;
    EXPECT_TRUE(onlyError(validatePatient(patient, context()), u"address"_s, ValidationCode::InvalidCharacters));
    patient = validPatient();
    patient.village = u"Kati\nKoulikoro"_s;
    EXPECT_TRUE(onlyError(validatePatient(patient, context()), u"village"_s, ValidationCode::InvalidCharacters));
}

TEST(ValidatePatient, AllergiesEachNonEmptyAndShort)
{
    Patient patient = validPatient();
    patient.allergies = {u"Pénicilline"_s, letters(100), u"磺胺类药物"_s};
    EXPECT_TRUE(valid(validatePatient(patient, context())));
    patient.allergies = {};
    EXPECT_TRUE(valid(validatePatient(patient, context())));

    patient.allergies = {u"Pénicilline"_s, QString()};
    EXPECT_TRUE(onlyError(validatePatient(patient, context()), u"allergies[1]"_s, ValidationCode::Required));
    patient.allergies = {u"  "_s, u"Pénicilline"_s};
    EXPECT_TRUE(onlyError(validatePatient(patient, context()), u"allergies[0]"_s, ValidationCode::Required));
    patient.allergies = {u"Pénicilline"_s, letters(101)};
    EXPECT_TRUE(onlyError(validatePatient(patient, context()), u"allergies[1]"_s, ValidationCode::TooLong));
    patient.allergies = {u"Pénicilline\n"_s};
    EXPECT_TRUE(onlyError(validatePatient(patient, context()), u"allergies[0]"_s,
                          ValidationCode::InvalidCharacters));
}

TEST(ValidatePatient, AllergiesWithoutDuplicatesIgnoringCase)
{
    Patient patient = validPatient();
    patient.allergies = {u"Pénicilline"_s, u"Arachides"_s, u" PÉNICILLINE "_s};
    const ValidationErrors errors = validatePatient(patient, context());
    EXPECT_TRUE(onlyError(errors, u"allergies[2]"_s, ValidationCode::Duplicate));
    ASSERT_FALSE(errors.empty());
    EXPECT_EQ(errors.front().englishMessage(), u"The allergy PÉNICILLINE is listed more than once."_s);

    patient.allergies = {u"Straße"_s, u"STRASSE"_s};  // full case mapping, not only lower-casing
    EXPECT_TRUE(onlyError(validatePatient(patient, context()), u"allergies[1]"_s, ValidationCode::Duplicate));
    patient.allergies = {u"P\u00E9nicilline"_s, u"Pe\u0301nicilline"_s};  // composed and decomposed é
    EXPECT_TRUE(onlyError(validatePatient(patient, context()), u"allergies[1]"_s, ValidationCode::Duplicate));
    patient.allergies = {u"Sulfamides"_s, u"Sulfamide"_s};
    EXPECT_TRUE(valid(validatePatient(patient, context())));
}

TEST(ValidatePatient, AtMost50Allergies)
{
    Patient patient = validPatient();
    patient.allergies.clear();
    for (int i = 0; i < 50; ++i)
        patient.allergies.append(u"Substance %1"_s.arg(i));
    EXPECT_TRUE(valid(validatePatient(patient, context())));
    patient.allergies.append(u"Substance 50"_s);
    EXPECT_TRUE(onlyError(validatePatient(patient, context()), u"allergies"_s, ValidationCode::TooMany));
}

TEST(ValidatePatient, ReportsEveryBrokenRuleAtOnce)
{
    Patient patient;  // null ids, no number, no name, no birth information
    patient.version = 0;
    patient.phone = u"12"_s;
    patient.village = letters(101);
    patient.allergies = {u"Latex"_s, u"latex"_s, QString()};
    const ValidationErrors errors = validatePatient(patient, context());
    EXPECT_TRUE(includesError(errors, u"id"_s, ValidationCode::Required));
    EXPECT_TRUE(includesError(errors, u"number"_s, ValidationCode::Required));
    EXPECT_TRUE(includesError(errors, u"version"_s, ValidationCode::OutOfRange));
    EXPECT_TRUE(includesError(errors, u"familyName"_s, ValidationCode::Required));
    EXPECT_TRUE(includesError(errors, u"birthDate"_s, ValidationCode::Required));
    EXPECT_TRUE(includesError(errors, u"phone"_s, ValidationCode::InvalidFormat));
    EXPECT_TRUE(includesError(errors, u"village"_s, ValidationCode::TooLong));
    EXPECT_TRUE(includesError(errors, u"allergies[1]"_s, ValidationCode::Duplicate));
    EXPECT_TRUE(includesError(errors, u"allergies[2]"_s, ValidationCode::Required));
    EXPECT_TRUE(includesError(errors, u"registeredAtFacility"_s, ValidationCode::Required));
    EXPECT_EQ(errors.size(), 10u) << describe(errors);
}

// --- Entry: common fields ------------------------------------------------------------------

ClinicalEntry entryWith(EntryBody body)
{
    ClinicalEntry entry;
    entry.id = QUuid::createUuid();
    entry.patientId = QUuid::createUuid();
    entry.authorId = QUuid::createUuid();
    entry.authorRole = Role::Doctor;
    entry.facilityId = QUuid::createUuid();
    entry.recordedAt = kNow.addSecs(-3600);
    entry.body = std::move(body);
    return entry;
}

DiagnosisBody validDiagnosis()
{
    return DiagnosisBody{u"J18.9"_s, u"Pneumonie communautaire"_s, DiagnosisStatus::Confirmed};
}

PrescriptionBody validPrescription()
{
    return PrescriptionBody{u"Amoxicilline 500 mg"_s, u"1 comprimé"_s, Route::Oral, u"3 fois par jour"_s, 7, 21,
                            u"comprimés"_s, u"Pendant les repas"_s};
}

DispensationBody validDispensationBody()
{
    return DispensationBody{QUuid::createUuid(), 21, DispensationCompleteness::Full, u"Boîte de 21"_s};
}

ObservationBody validObservation()
{
    Vitals vitals;
    vitals.temperatureDeciCelsius = 385;
    vitals.pulsePerMinute = 104;
    vitals.systolicMmHg = 118;
    vitals.diastolicMmHg = 76;
    vitals.respiratoryRatePerMinute = 24;
    vitals.spo2Percent = 95;
    vitals.weightGrams = 62500;
    return ObservationBody{vitals, u"Patiente fébrile, toux productive."_s};
}

NoteBody validNote()
{
    return NoteBody{NoteCategory::FollowUp, u"Revoir dans 7 jours avec la radiographie."_s};
}

ValidationErrors validate(const ClinicalEntry &entry)
{
    return validateEntry(entry, context());
}

TEST(ValidateEntry, ValidEntryOfEveryKind)
{
    EXPECT_TRUE(valid(validate(entryWith(validDiagnosis()))));
    EXPECT_TRUE(valid(validate(entryWith(validPrescription()))));
    EXPECT_TRUE(valid(validate(entryWith(validDispensationBody()))));
    EXPECT_TRUE(valid(validate(entryWith(validObservation()))));
    EXPECT_TRUE(valid(validate(entryWith(validNote()))));
}

TEST(ValidateEntry, IdsRequired)
{
    const std::pair<QString, QUuid ClinicalEntry::*> ids[] = {
        {u"id"_s, &ClinicalEntry::id},
        {u"patientId"_s, &ClinicalEntry::patientId},
        {u"authorId"_s, &ClinicalEntry::authorId},
        {u"facilityId"_s, &ClinicalEntry::facilityId},
    };
    for (const auto &[field, member] : ids) {
        ClinicalEntry entry = entryWith(validNote());
        entry.*member = QUuid();
        EXPECT_TRUE(onlyError(validate(entry), field, ValidationCode::Required)) << field.toStdString();
    }
}

TEST(ValidateEntry, RecordedAtValidAndUtc)
{
    ClinicalEntry entry = entryWith(validNote());
    entry.recordedAt = QDateTime();
    EXPECT_TRUE(onlyError(validate(entry), u"recordedAt"_s, ValidationCode::Required));
    entry.recordedAt = QDateTime(QDate(2024, 6, 14), QTime(9, 0), Qt::LocalTime);
    EXPECT_TRUE(onlyError(validate(entry), u"recordedAt"_s, ValidationCode::InvalidValue));
    entry.recordedAt = QDateTime(QDate(2024, 6, 15), QTime(9, 0), Qt::OffsetFromUTC, 3 * 3600);
    EXPECT_TRUE(onlyError(validate(entry), u"recordedAt"_s, ValidationCode::InvalidValue));
}

TEST(ValidateEntry, RecordedAtNotBeyondTheAllowedClockSkew)
{
    ClinicalEntry entry = entryWith(validNote());
    entry.recordedAt = kNow;
    EXPECT_TRUE(valid(validate(entry)));
    entry.recordedAt = kNow.addSecs(300);
    EXPECT_TRUE(valid(validate(entry)));
    entry.recordedAt = kNow.addSecs(300).addMSecs(1);
    EXPECT_TRUE(onlyError(validate(entry), u"recordedAt"_s, ValidationCode::InFuture));
    entry.recordedAt = kNow.addDays(1);
    EXPECT_TRUE(onlyError(validate(entry), u"recordedAt"_s, ValidationCode::InFuture));

    ValidationContext strict = context();
    strict.allowedClockSkewSeconds = 0;
    entry.recordedAt = kNow;
    EXPECT_TRUE(valid(validateEntry(entry, strict)));
    entry.recordedAt = kNow.addSecs(1);
    EXPECT_TRUE(onlyError(validateEntry(entry, strict), u"recordedAt"_s, ValidationCode::InFuture));
}

TEST(ValidateEntry, RecordedAtNotBefore2000)
{
    ClinicalEntry entry = entryWith(validNote());
    entry.recordedAt = utc(2000, 1, 1);
    EXPECT_TRUE(valid(validate(entry)));
    entry.recordedAt = utc(1999, 12, 31, 23, 59, 59, 999);
    EXPECT_TRUE(onlyError(validate(entry), u"recordedAt"_s, ValidationCode::OutOfRange));
    entry.recordedAt = QDateTime::fromMSecsSinceEpoch(0, Qt::UTC);  // a reset clock
    EXPECT_TRUE(onlyError(validate(entry), u"recordedAt"_s, ValidationCode::OutOfRange));
}

TEST(ValidateEntry, AmendmentNamesTheEntryAndGivesAReason)
{
    ClinicalEntry entry = entryWith(validDiagnosis());
    entry.amends = QUuid::createUuid();
    entry.amendmentReason = u"Erreur de saisie du code CIM"_s;
    EXPECT_TRUE(valid(validate(entry)));

    entry.amendmentReason.clear();
    EXPECT_TRUE(onlyError(validate(entry), u"amendmentReason"_s, ValidationCode::Required));
    entry.amendmentReason = u" \n "_s;
    EXPECT_TRUE(onlyError(validate(entry), u"amendmentReason"_s, ValidationCode::Required));

    entry.amendmentReason = u"Erreur"_s;
    entry.amends = entry.id;
    EXPECT_TRUE(onlyError(validate(entry), u"amends"_s, ValidationCode::Inconsistent));
    entry.amends = QUuid();
    EXPECT_TRUE(onlyError(validate(entry), u"amends"_s, ValidationCode::Required));

    entry.amends.reset();  // a reason, but nothing corrected
    EXPECT_TRUE(onlyError(validate(entry), u"amendmentReason"_s, ValidationCode::Inconsistent));
}

TEST(ValidateEntry, AmendmentReasonAtMost500Characters)
{
    ClinicalEntry entry = entryWith(validNote());
    entry.amends = QUuid::createUuid();
    entry.amendmentReason = letters(500);
    EXPECT_TRUE(valid(validate(entry)));
    entry.amendmentReason = letters(501);
    EXPECT_TRUE(onlyError(validate(entry), u"amendmentReason"_s, ValidationCode::TooLong));
    entry.amendmentReason = u"Erreur\u0000de saisie"_s;
    EXPECT_TRUE(onlyError(validate(entry), u"amendmentReason"_s, ValidationCode::InvalidCharacters));
}

// --- Entry: diagnosis ----------------------------------------------------------------------

ValidationErrors validateDiagnosis(const std::function<void(DiagnosisBody &)> &change)
{
    DiagnosisBody body = validDiagnosis();
    change(body);
    return validate(entryWith(body));
}

TEST(ValidateDiagnosis, TextRequiredAtMost1000Characters)
{
    EXPECT_TRUE(valid(validateDiagnosis([](DiagnosisBody &b) { b.text = letters(1000); })));
    EXPECT_TRUE(valid(validateDiagnosis([](DiagnosisBody &b) { b.text = u"Paludisme simple,\nà confirmer"_s; })));
    EXPECT_TRUE(onlyError(validateDiagnosis([](DiagnosisBody &b) { b.text = letters(1001); }), u"text"_s,
                          ValidationCode::TooLong));
    EXPECT_TRUE(onlyError(validateDiagnosis([](DiagnosisBody &b) { b.text.clear(); }), u"text"_s,
                          ValidationCode::Required));
    EXPECT_TRUE(onlyError(validateDiagnosis([](DiagnosisBody &b) { b.text = u"\t "_s; }), u"text"_s,
                          ValidationCode::Required));
    EXPECT_TRUE(onlyError(validateDiagnosis([](DiagnosisBody &b) { b.text = u"Paludisme\u001B"_s; }), u"text"_s,
                          ValidationCode::InvalidCharacters));
}

TEST(ValidateDiagnosis, Icd10CodeOptionalAndWellFormed)
{
    for (const QString &code : {QString(), u"A09"_s, u"J18.9"_s, u"B50.0"_s, u"U07.1"_s, u"S72.001A"_s, u"Z99.89"_s}) {
        EXPECT_TRUE(valid(validateDiagnosis([&code](DiagnosisBody &b) { b.icd10Code = code; })))
            << code.toStdString();
    }
    for (const QString &code : {u"J1"_s, u"J189"_s, u"18.9"_s, u"J18."_s, u"J18.12345"_s, u"JJ8.9"_s, u"J18-9"_s,
                               u"É18.9"_s, u"J18.9 x"_s, u" "_s, u"J18,9"_s}) {
        const ValidationErrors errors = validateDiagnosis([&code](DiagnosisBody &b) { b.icd10Code = code; });
        EXPECT_TRUE(onlyError(errors, u"icd10Code"_s, ValidationCode::InvalidFormat)) << code.toStdString();
        ASSERT_FALSE(errors.empty());
        EXPECT_EQ(errors.front().args, QStringList{u"J18.9"_s}) << "the message shows an example";
    }
}

TEST(ValidateDiagnosis, LowerCaseOrSpacedCodeIsRefusedWithTheCorrectSpelling)
{
    for (const QString &code : {u"j18.9"_s, u"J18.9 "_s, u" j18.9"_s}) {
        const ValidationErrors errors = validateDiagnosis([&code](DiagnosisBody &b) { b.icd10Code = code; });
        EXPECT_TRUE(onlyError(errors, u"icd10Code"_s, ValidationCode::InvalidFormat)) << code.toStdString();
        ASSERT_FALSE(errors.empty());
        EXPECT_EQ(errors.front().englishMessage(), u"Write the ICD-10 code in capital letters, without spaces: J18.9."_s);
    }
    const ValidationErrors errors = validateDiagnosis([](DiagnosisBody &b) { b.icd10Code = u"s72.001a"_s; });
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_EQ(errors.front().args, QStringList{u"S72.001A"_s});
}

TEST(NormalizedIcd10Code, UpperCasesAndTrims)
{
    EXPECT_EQ(normalizedIcd10Code(u" j18.9 "), u"J18.9"_s);
    EXPECT_EQ(normalizedIcd10Code(u"A09"), u"A09"_s);
    EXPECT_FALSE(normalizedIcd10Code(u"J 18.9").has_value());
    EXPECT_FALSE(normalizedIcd10Code(u"").has_value());
    EXPECT_FALSE(normalizedIcd10Code(u"é18.9").has_value());
}

// --- Entry: prescription -------------------------------------------------------------------

ValidationErrors validatePrescription(const std::function<void(PrescriptionBody &)> &change)
{
    PrescriptionBody body = validPrescription();
    change(body);
    return validate(entryWith(body));
}

struct RequiredText {
    QString field;
    QString PrescriptionBody::*member;
    int maxLength;
};

TEST(ValidatePrescription, RequiredTextsWithTheirLimits)
{
    const RequiredText texts[] = {
        {u"medication"_s, &PrescriptionBody::medication, 200},
        {u"dose"_s, &PrescriptionBody::dose, 100},
        {u"frequency"_s, &PrescriptionBody::frequency, 100},
        {u"quantityUnit"_s, &PrescriptionBody::quantityUnit, 50},
    };
    for (const auto &[field, member, maxLength] : texts) {
        const auto with = [member = member](const QString &value) {
            return validatePrescription([&](PrescriptionBody &b) { b.*member = value; });
        };
        const std::string name = field.toStdString();
        EXPECT_TRUE(valid(with(letters(maxLength)))) << name;
        EXPECT_TRUE(valid(with(u"µ"_s))) << name;
        EXPECT_TRUE(onlyError(with(letters(maxLength + 1)), field, ValidationCode::TooLong)) << name;
        EXPECT_TRUE(onlyError(with(QString()), field, ValidationCode::Required)) << name;
        EXPECT_TRUE(onlyError(with(u"  "_s), field, ValidationCode::Required)) << name;
        EXPECT_TRUE(onlyError(with(u"a\nb"_s), field, ValidationCode::InvalidCharacters)) << name;
    }
}

TEST(ValidatePrescription, DurationOptionalFrom1To365Days)
{
    for (const std::optional<int> days : {std::optional<int>(), std::optional<int>(1), std::optional<int>(365)})
        EXPECT_TRUE(valid(validatePrescription([&](PrescriptionBody &b) { b.durationDays = days; })));
    for (const int days : {0, 366, -1}) {
        const ValidationErrors errors = validatePrescription([&](PrescriptionBody &b) { b.durationDays = days; });
        EXPECT_TRUE(onlyError(errors, u"durationDays"_s, ValidationCode::OutOfRange)) << days;
        ASSERT_FALSE(errors.empty());
        EXPECT_EQ(errors.front().englishMessage(), u"The duration must be between 1 and 365 days."_s);
    }
}

TEST(ValidatePrescription, QuantityFrom1To10000)
{
    for (const int quantity : {1, 10000})
        EXPECT_TRUE(valid(validatePrescription([&](PrescriptionBody &b) { b.quantity = quantity; })));
    for (const int quantity : {0, 10001, -5}) {
        EXPECT_TRUE(onlyError(validatePrescription([&](PrescriptionBody &b) { b.quantity = quantity; }),
                              u"quantity"_s, ValidationCode::OutOfRange))
            << quantity;
    }
}

TEST(ValidatePrescription, InstructionsOptionalAtMost1000Characters)
{
    EXPECT_TRUE(valid(validatePrescription([](PrescriptionBody &b) { b.instructions.clear(); })));
    EXPECT_TRUE(valid(validatePrescription([](PrescriptionBody &b) { b.instructions = letters(1000); })));
    EXPECT_TRUE(valid(validatePrescription([](PrescriptionBody &b) { b.instructions = u"Matin\nSoir"_s; })));
    EXPECT_TRUE(onlyError(validatePrescription([](PrescriptionBody &b) { b.instructions = letters(1001); }),
                          u"instructions"_s, ValidationCode::TooLong));
}

TEST(ValidatePrescription, ReportsEveryBrokenRuleAtOnce)
{
    const ValidationErrors errors = validate(entryWith(PrescriptionBody{}));
    EXPECT_TRUE(includesError(errors, u"medication"_s, ValidationCode::Required));
    EXPECT_TRUE(includesError(errors, u"dose"_s, ValidationCode::Required));
    EXPECT_TRUE(includesError(errors, u"frequency"_s, ValidationCode::Required));
    EXPECT_TRUE(includesError(errors, u"quantity"_s, ValidationCode::OutOfRange));
    EXPECT_TRUE(includesError(errors, u"quantityUnit"_s, ValidationCode::Required));
    EXPECT_EQ(errors.size(), 5u) << describe(errors);
}

// --- Entry: dispensation -------------------------------------------------------------------

ValidationErrors validateDispensationBody(const std::function<void(DispensationBody &)> &change)
{
    DispensationBody body = validDispensationBody();
    change(body);
    return validate(entryWith(body));
}

TEST(ValidateDispensationEntry, PrescriptionIdRequired)
{
    EXPECT_TRUE(onlyError(validateDispensationBody([](DispensationBody &b) { b.prescriptionId = QUuid(); }),
                          u"prescriptionId"_s, ValidationCode::Required));
}

TEST(ValidateDispensationEntry, QuantityFrom1To10000)
{
    for (const int quantity : {1, 10000})
        EXPECT_TRUE(valid(validateDispensationBody([&](DispensationBody &b) { b.quantity = quantity; })));
    for (const int quantity : {0, 10001}) {
        EXPECT_TRUE(onlyError(validateDispensationBody([&](DispensationBody &b) { b.quantity = quantity; }),
                              u"quantity"_s, ValidationCode::OutOfRange))
            << quantity;
    }
}

TEST(ValidateDispensationEntry, NoteOptionalAtMost1000Characters)
{
    EXPECT_TRUE(valid(validateDispensationBody([](DispensationBody &b) { b.note.clear(); })));
    EXPECT_TRUE(valid(validateDispensationBody([](DispensationBody &b) { b.note = letters(1000); })));
    EXPECT_TRUE(onlyError(validateDispensationBody([](DispensationBody &b) { b.note = letters(1001); }),
                          u"note"_s, ValidationCode::TooLong));
}

// --- Entry: observation --------------------------------------------------------------------

ValidationErrors validateObservation(const std::function<void(ObservationBody &)> &change)
{
    ObservationBody body = validObservation();
    change(body);
    return validate(entryWith(body));
}

TEST(ValidateObservation, VitalsOrNursingTextRequired)
{
    EXPECT_TRUE(onlyError(validateObservation([](ObservationBody &b) { b = ObservationBody{}; }), u"vitals"_s,
                          ValidationCode::Required));
    EXPECT_TRUE(onlyError(validateObservation([](ObservationBody &b) { b = ObservationBody{{}, u" \n"_s}; }),
                          u"vitals"_s, ValidationCode::Required));
    EXPECT_TRUE(valid(validateObservation([](ObservationBody &b) { b = ObservationBody{{}, u"Dort bien."_s}; })));
    EXPECT_TRUE(valid(validateObservation([](ObservationBody &b) {
        b = ObservationBody{};
        b.vitals.weightGrams = 3450;
    })));
}

struct VitalRange {
    QString field;
    std::optional<int> Vitals::*member;
    int min;
    int max;
    QString message;  // for a value out of range
};

TEST(ValidateObservation, EachVitalSignWithinItsRange)
{
    const VitalRange ranges[] = {
        {u"vitals.temperatureDeciCelsius"_s, &Vitals::temperatureDeciCelsius, 250, 450,
         u"Temperature must be between 25.0 and 45.0 °C."_s},
        {u"vitals.pulsePerMinute"_s, &Vitals::pulsePerMinute, 20, 250,
         u"Pulse must be between 20 and 250 beats per minute."_s},
        {u"vitals.respiratoryRatePerMinute"_s, &Vitals::respiratoryRatePerMinute, 4, 80,
         u"Respiratory rate must be between 4 and 80 breaths per minute."_s},
        {u"vitals.spo2Percent"_s, &Vitals::spo2Percent, 50, 100,
         u"Oxygen saturation (SpO2) must be between 50 and 100 %."_s},
        {u"vitals.weightGrams"_s, &Vitals::weightGrams, 200, 400000, u"Weight must be between 200 g and 400 kg."_s},
    };
    for (const auto &range : ranges) {
        const auto with = [&range](int value) {
            return validateObservation([&](ObservationBody &b) { b.vitals.*(range.member) = value; });
        };
        const std::string name = range.field.toStdString();
        EXPECT_TRUE(valid(with(range.min))) << name;
        EXPECT_TRUE(valid(with(range.max))) << name;
        for (const int value : {range.min - 1, range.max + 1}) {
            const ValidationErrors errors = with(value);
            EXPECT_TRUE(onlyError(errors, range.field, ValidationCode::OutOfRange)) << name << " = " << value;
            ASSERT_FALSE(errors.empty());
            EXPECT_EQ(errors.front().englishMessage(), range.message);
        }
    }
}

TEST(ValidateObservation, BloodPressureRanges)
{
    const auto pressure = [](int systolic, int diastolic) {
        return validateObservation([&](ObservationBody &b) {
            b.vitals.systolicMmHg = systolic;
            b.vitals.diastolicMmHg = diastolic;
        });
    };
    EXPECT_TRUE(valid(pressure(50, 20)));
    EXPECT_TRUE(valid(pressure(300, 200)));
    EXPECT_TRUE(onlyError(pressure(49, 30), u"vitals.systolicMmHg"_s, ValidationCode::OutOfRange));
    EXPECT_TRUE(onlyError(pressure(301, 120), u"vitals.systolicMmHg"_s, ValidationCode::OutOfRange));
    EXPECT_TRUE(onlyError(pressure(120, 19), u"vitals.diastolicMmHg"_s, ValidationCode::OutOfRange));
    EXPECT_TRUE(onlyError(pressure(250, 201), u"vitals.diastolicMmHg"_s, ValidationCode::OutOfRange));
    const ValidationErrors errors = pressure(49, 30);
    ASSERT_FALSE(errors.empty());
    EXPECT_EQ(errors.front().englishMessage(), u"Systolic blood pressure must be between 50 and 300 mmHg."_s);
    const ValidationErrors diastolic = pressure(250, 201);
    ASSERT_FALSE(diastolic.empty());
    EXPECT_EQ(diastolic.front().englishMessage(), u"Diastolic blood pressure must be between 20 and 200 mmHg."_s);
}

TEST(ValidateObservation, DiastolicBelowSystolic)
{
    const auto pressure = [](int systolic, int diastolic) {
        return validateObservation([&](ObservationBody &b) {
            b.vitals.systolicMmHg = systolic;
            b.vitals.diastolicMmHg = diastolic;
        });
    };
    EXPECT_TRUE(valid(pressure(120, 119)));
    EXPECT_TRUE(onlyError(pressure(120, 120), u"vitals.diastolicMmHg"_s, ValidationCode::Inconsistent));
    const ValidationErrors errors = pressure(80, 120);  // typed in the wrong boxes
    EXPECT_TRUE(onlyError(errors, u"vitals.diastolicMmHg"_s, ValidationCode::Inconsistent));
    ASSERT_FALSE(errors.empty());
    EXPECT_EQ(errors.front().englishMessage(),
              u"Diastolic pressure (120 mmHg) must be lower than systolic pressure (80 mmHg)."_s);
}

TEST(ValidateObservation, SystolicAndDiastolicTogether)
{
    EXPECT_TRUE(onlyError(validateObservation([](ObservationBody &b) { b.vitals.diastolicMmHg.reset(); }),
                          u"vitals.diastolicMmHg"_s, ValidationCode::Required));
    EXPECT_TRUE(onlyError(validateObservation([](ObservationBody &b) { b.vitals.systolicMmHg.reset(); }),
                          u"vitals.systolicMmHg"_s, ValidationCode::Required));
    EXPECT_TRUE(valid(validateObservation([](ObservationBody &b) {
        b.vitals.systolicMmHg.reset();
        b.vitals.diastolicMmHg.reset();
    })));
}

TEST(ValidateObservation, NursingTextAtMost5000Characters)
{
    EXPECT_TRUE(valid(validateObservation([](ObservationBody &b) { b.nursingText = letters(5000); })));
    EXPECT_TRUE(onlyError(validateObservation([](ObservationBody &b) { b.nursingText = letters(5001); }),
                          u"nursingText"_s, ValidationCode::TooLong));
    EXPECT_TRUE(onlyError(validateObservation([](ObservationBody &b) { b.nursingText = u"Agitée\u0008"_s; }),
                          u"nursingText"_s, ValidationCode::InvalidCharacters));
}

TEST(ValidateObservation, ReportsEveryBrokenRuleAtOnce)
{
    ClinicalEntry entry = entryWith(validObservation());
    entry.patientId = QUuid();
    auto &vitals = std::get<ObservationBody>(entry.body).vitals;
    vitals.temperatureDeciCelsius = 37;  // 3.7 °C: a missing digit
    vitals.pulsePerMinute = 1000;
    vitals.spo2Percent = 101;
    vitals.diastolicMmHg.reset();
    const ValidationErrors errors = validate(entry);
    EXPECT_TRUE(includesError(errors, u"patientId"_s, ValidationCode::Required));
    EXPECT_TRUE(includesError(errors, u"vitals.temperatureDeciCelsius"_s, ValidationCode::OutOfRange));
    EXPECT_TRUE(includesError(errors, u"vitals.pulsePerMinute"_s, ValidationCode::OutOfRange));
    EXPECT_TRUE(includesError(errors, u"vitals.spo2Percent"_s, ValidationCode::OutOfRange));
    EXPECT_TRUE(includesError(errors, u"vitals.diastolicMmHg"_s, ValidationCode::Required));
    EXPECT_EQ(errors.size(), 5u) << describe(errors);
}

// --- Entry: note ---------------------------------------------------------------------------

TEST(ValidateNote, TextRequiredAtMost5000Characters)
{
    const auto with = [](const QString &text) { return validate(entryWith(NoteBody{NoteCategory::General, text})); };
    EXPECT_TRUE(valid(with(letters(5000))));
    EXPECT_TRUE(valid(with(u"Famille prévenue.\r\nRevoir lundi."_s)));
    EXPECT_TRUE(onlyError(with(letters(5001)), u"text"_s, ValidationCode::TooLong));
    EXPECT_TRUE(onlyError(with(QString()), u"text"_s, ValidationCode::Required));
    EXPECT_TRUE(onlyError(with(u"\n\n"_s), u"text"_s, ValidationCode::Required));
    EXPECT_TRUE(onlyError(with(u"Revoir\u000Clundi"_s), u"text"_s, ValidationCode::InvalidCharacters));
}

// --- Amendments ----------------------------------------------------------------------------

ClinicalEntry amendmentOf(const ClinicalEntry &original)
{
    ClinicalEntry amendment = original;
    amendment.id = QUuid::createUuid();
    amendment.amends = original.id;
    amendment.amendmentReason = u"Erreur de saisie"_s;
    return amendment;
}

TEST(ValidateAmendment, ValidAmendmentOfEveryKind)
{
    for (const EntryBody &body : {EntryBody(validDiagnosis()), EntryBody(validPrescription()),
                                  EntryBody(validDispensationBody()), EntryBody(validObservation()),
                                  EntryBody(validNote())}) {
        const ClinicalEntry original = entryWith(body);
        EXPECT_TRUE(valid(validateAmendment(amendmentOf(original), original)));
    }
}

TEST(ValidateAmendment, MustNameTheOriginal)
{
    const ClinicalEntry original = entryWith(validNote());
    ClinicalEntry amendment = amendmentOf(original);
    amendment.amends.reset();
    EXPECT_TRUE(onlyError(validateAmendment(amendment, original), u"amends"_s, ValidationCode::Required));
    amendment.amends = QUuid::createUuid();
    EXPECT_TRUE(onlyError(validateAmendment(amendment, original), u"amends"_s, ValidationCode::Inconsistent));
}

TEST(ValidateAmendment, SamePatientAndKind)
{
    const ClinicalEntry original = entryWith(validDiagnosis());
    ClinicalEntry amendment = amendmentOf(original);
    amendment.patientId = QUuid::createUuid();
    EXPECT_TRUE(onlyError(validateAmendment(amendment, original), u"patientId"_s, ValidationCode::Inconsistent));
    amendment = amendmentOf(original);
    amendment.body = validNote();
    EXPECT_TRUE(onlyError(validateAmendment(amendment, original), u"kind"_s, ValidationCode::Inconsistent));
}

TEST(ValidateAmendment, DispensationKeepsItsPrescription)
{
    const ClinicalEntry original = entryWith(validDispensationBody());
    ClinicalEntry amendment = amendmentOf(original);
    std::get<DispensationBody>(amendment.body).quantity = 14;  // the correction itself
    EXPECT_TRUE(valid(validateAmendment(amendment, original)));
    std::get<DispensationBody>(amendment.body).prescriptionId = QUuid::createUuid();
    EXPECT_TRUE(onlyError(validateAmendment(amendment, original), u"prescriptionId"_s, ValidationCode::Inconsistent));
}

TEST(ValidateAmendment, ReportsEveryBrokenRuleAtOnce)
{
    const ClinicalEntry original = entryWith(validDiagnosis());
    ClinicalEntry amendment = entryWith(validPrescription());
    amendment.amends = QUuid::createUuid();
    const ValidationErrors errors = validateAmendment(amendment, original);
    EXPECT_TRUE(includesError(errors, u"amends"_s, ValidationCode::Inconsistent));
    EXPECT_TRUE(includesError(errors, u"patientId"_s, ValidationCode::Inconsistent));
    EXPECT_TRUE(includesError(errors, u"kind"_s, ValidationCode::Inconsistent));
    EXPECT_EQ(errors.size(), 3u) << describe(errors);
}

// --- Dispensation against its prescription -------------------------------------------------

class ValidateDispensation : public ::testing::Test
{
protected:
    ValidateDispensation()
    {
        PrescriptionBody body = validPrescription();
        body.quantity = 30;
        body.quantityUnit = u"tablets"_s;
        prescription = entryWith(body);
    }

    ClinicalEntry dispensing(int quantity, DispensationCompleteness completeness) const
    {
        ClinicalEntry entry = entryWith(DispensationBody{prescription.id, quantity, completeness, {}});
        entry.patientId = prescription.patientId;
        entry.authorRole = Role::Pharmacist;
        return entry;
    }

    ClinicalEntry prescription;
};

TEST_F(ValidateDispensation, WithinWhatRemains)
{
    using enum DispensationCompleteness;
    EXPECT_TRUE(valid(validateDispensation(dispensing(30, Full), prescription, 0)));
    EXPECT_TRUE(valid(validateDispensation(dispensing(1, Partial), prescription, 0)));
    EXPECT_TRUE(valid(validateDispensation(dispensing(29, Partial), prescription, 0)));
    EXPECT_TRUE(valid(validateDispensation(dispensing(10, Full), prescription, 20)));
    EXPECT_TRUE(valid(validateDispensation(dispensing(1, Full), prescription, 29)));
}

TEST_F(ValidateDispensation, NotMoreThanRemainsAndTheMessageSaysHowMany)
{
    using enum DispensationCompleteness;
    ValidationErrors errors = validateDispensation(dispensing(31, Full), prescription, 0);
    EXPECT_TRUE(onlyError(errors, u"quantity"_s, ValidationCode::ExceedsPrescribed));
    ASSERT_FALSE(errors.empty());
    EXPECT_EQ(errors.front().englishMessage(),
              u"More than what remains of the prescription. Still to dispense: 30 tablets."_s);

    errors = validateDispensation(dispensing(11, Full), prescription, 20);
    EXPECT_TRUE(onlyError(errors, u"quantity"_s, ValidationCode::ExceedsPrescribed));
    ASSERT_FALSE(errors.empty());
    EXPECT_EQ(errors.front().args, (QStringList{u"10"_s, u"tablets"_s}));
}

TEST_F(ValidateDispensation, NothingLeftToDispense)
{
    using enum DispensationCompleteness;
    for (const int already : {30, 35}) {
        const ValidationErrors errors = validateDispensation(dispensing(1, Full), prescription, already);
        EXPECT_TRUE(onlyError(errors, u"quantity"_s, ValidationCode::ExceedsPrescribed)) << already;
        ASSERT_FALSE(errors.empty());
        EXPECT_EQ(errors.front().englishMessage(), u"Everything prescribed has already been dispensed."_s);
    }
}

TEST_F(ValidateDispensation, NegativeAlreadyDispensedCountsAsNone)
{
    using enum DispensationCompleteness;
    EXPECT_TRUE(valid(validateDispensation(dispensing(30, Full), prescription, -4)));
    EXPECT_TRUE(onlyError(validateDispensation(dispensing(31, Full), prescription, -4), u"quantity"_s,
                          ValidationCode::ExceedsPrescribed));
}

TEST_F(ValidateDispensation, FullExactlyWhenItCompletesThePrescription)
{
    using enum DispensationCompleteness;
    ValidationErrors errors = validateDispensation(dispensing(25, Full), prescription, 0);
    EXPECT_TRUE(onlyError(errors, u"completeness"_s, ValidationCode::Inconsistent));
    ASSERT_FALSE(errors.empty());
    EXPECT_EQ(errors.front().args, (QStringList{u"5"_s, u"tablets"_s}));

    errors = validateDispensation(dispensing(30, Partial), prescription, 0);
    EXPECT_TRUE(onlyError(errors, u"completeness"_s, ValidationCode::Inconsistent));
    errors = validateDispensation(dispensing(10, Partial), prescription, 20);
    EXPECT_TRUE(onlyError(errors, u"completeness"_s, ValidationCode::Inconsistent));
}

TEST_F(ValidateDispensation, PrescriptionOfTheSamePatient)
{
    using enum DispensationCompleteness;
    ClinicalEntry dispensation = dispensing(30, Full);
    dispensation.patientId = QUuid::createUuid();
    EXPECT_TRUE(onlyError(validateDispensation(dispensation, prescription, 0), u"prescriptionId"_s,
                          ValidationCode::Inconsistent));
}

TEST_F(ValidateDispensation, MustDispenseAPrescription)
{
    using enum DispensationCompleteness;
    ClinicalEntry notAPrescription = prescription;
    notAPrescription.body = validDiagnosis();
    EXPECT_TRUE(onlyError(validateDispensation(dispensing(30, Full), notAPrescription, 0), u"prescriptionId"_s,
                          ValidationCode::Inconsistent));
    EXPECT_TRUE(onlyError(validateDispensation(entryWith(validNote()), prescription, 0), u"kind"_s,
                          ValidationCode::Inconsistent));
}

TEST_F(ValidateDispensation, QuantityBelowOneIsLeftToValidateEntry)
{
    using enum DispensationCompleteness;
    EXPECT_TRUE(valid(validateDispensation(dispensing(0, Full), prescription, 0)));
    EXPECT_TRUE(onlyError(validateEntry(dispensing(0, Full), context()), u"quantity"_s, ValidationCode::OutOfRange));
}

TEST_F(ValidateDispensation, ReportsEveryBrokenRuleAtOnce)
{
    using enum DispensationCompleteness;
    ClinicalEntry notAPrescription = prescription;
    notAPrescription.body = validNote();
    notAPrescription.patientId = QUuid::createUuid();
    const ValidationErrors errors = validateDispensation(dispensing(5, Full), notAPrescription, 0);
    ASSERT_EQ(errors.size(), 2u) << describe(errors);
    EXPECT_TRUE(includesError(errors, u"prescriptionId"_s, ValidationCode::Inconsistent));
    EXPECT_NE(errors[0].englishMessage(), errors[1].englishMessage());
}

// --- Facility ------------------------------------------------------------------------------

Facility validFacility()
{
    return Facility{QUuid::createUuid(), u"Centre de santé communautaire de Sébénikoro"_s, FacilityKind::Clinic,
                    u"Sébénikoro"_s, true, 1};
}

TEST(ValidateFacility, ValidFacility)
{
    EXPECT_TRUE(valid(validateFacility(validFacility())));
    Facility facility = validFacility();
    facility.village.clear();  // optional
    EXPECT_TRUE(valid(validateFacility(facility)));
    facility.name = u"مستشفى النور"_s;
    EXPECT_TRUE(valid(validateFacility(facility)));
}

TEST(ValidateFacility, EachRule)
{
    Facility facility = validFacility();
    facility.id = QUuid();
    EXPECT_TRUE(onlyError(validateFacility(facility), u"id"_s, ValidationCode::Required));

    facility = validFacility();
    facility.name = u"  "_s;
    EXPECT_TRUE(onlyError(validateFacility(facility), u"name"_s, ValidationCode::Required));
    facility.name = letters(100);
    EXPECT_TRUE(valid(validateFacility(facility)));
    facility.name = letters(101);
    EXPECT_TRUE(onlyError(validateFacility(facility), u"name"_s, ValidationCode::TooLong));
    facility.name = u"CSCom\tKati"_s;
    EXPECT_TRUE(onlyError(validateFacility(facility), u"name"_s, ValidationCode::InvalidCharacters));

    facility = validFacility();
    facility.village = letters(100);
    EXPECT_TRUE(valid(validateFacility(facility)));
    facility.village = letters(101);
    EXPECT_TRUE(onlyError(validateFacility(facility), u"village"_s, ValidationCode::TooLong));

    facility = validFacility();
    facility.version = 0;
    EXPECT_TRUE(onlyError(validateFacility(facility), u"version"_s, ValidationCode::OutOfRange));
}

TEST(ValidateFacility, ReportsEveryBrokenRuleAtOnce)
{
    const ValidationErrors errors = validateFacility(Facility{QUuid(), QString(), FacilityKind::Pharmacy,
                                                              letters(101), true, 0});
    EXPECT_TRUE(includesError(errors, u"id"_s, ValidationCode::Required));
    EXPECT_TRUE(includesError(errors, u"name"_s, ValidationCode::Required));
    EXPECT_TRUE(includesError(errors, u"village"_s, ValidationCode::TooLong));
    EXPECT_TRUE(includesError(errors, u"version"_s, ValidationCode::OutOfRange));
    EXPECT_EQ(errors.size(), 4u) << describe(errors);
}

// --- User ----------------------------------------------------------------------------------

User validUser()
{
    return User{QUuid::createUuid(), u"h.dupre-ngoma"_s, u"Hélène Dupré-Ngoma"_s, Role::Nurse, QUuid::createUuid(),
                true, 1};
}

ValidationErrors withUsername(const QString &username)
{
    User user = validUser();
    user.username = username;
    return validateUser(user);
}

TEST(ValidateUser, ValidUser)
{
    EXPECT_TRUE(valid(validateUser(validUser())));
}

TEST(ValidateUser, UsernameAccepted)
{
    for (const QString &name : {u"abc"_s, letters(32), u"a.b-c_d9"_s, u"marie.diallo"_s, u"z9"_s + u"."_s}) {
        EXPECT_TRUE(valid(withUsername(name))) << name.toStdString();
    }
}

TEST(ValidateUser, UsernameLength)
{
    const ValidationErrors tooShort = withUsername(u"ab"_s);
    EXPECT_TRUE(onlyError(tooShort, u"username"_s, ValidationCode::TooShort));
    ASSERT_FALSE(tooShort.empty());
    EXPECT_EQ(tooShort.front().args, QStringList{u"3"_s});
    const ValidationErrors tooLong = withUsername(letters(33));
    EXPECT_TRUE(onlyError(tooLong, u"username"_s, ValidationCode::TooLong));
    ASSERT_FALSE(tooLong.empty());
    EXPECT_EQ(tooLong.front().args, QStringList{u"32"_s});
    EXPECT_TRUE(onlyError(withUsername(QString()), u"username"_s, ValidationCode::Required));
    EXPECT_TRUE(onlyError(withUsername(u"   "_s), u"username"_s, ValidationCode::Required));
}

TEST(ValidateUser, UsernameCharacters)
{
    for (const QString &name : {u"marie diallo"_s, u"hélène"_s, u"marie@clinic"_s, u"user+1"_s, u" marie"_s,
                               u"мария"_s}) {
        EXPECT_TRUE(includesError(withUsername(name), u"username"_s, ValidationCode::InvalidFormat))
            << name.toStdString();
    }
    EXPECT_TRUE(onlyError(withUsername(u"marie@clinic"_s), u"username"_s, ValidationCode::InvalidFormat));
}

TEST(ValidateUser, UsernameStartsWithALetter)
{
    for (const QString &name : {u"9abc"_s, u".abc"_s, u"_abc"_s, u"-abc"_s}) {
        const ValidationErrors errors = withUsername(name);
        EXPECT_TRUE(onlyError(errors, u"username"_s, ValidationCode::InvalidFormat)) << name.toStdString();
        ASSERT_FALSE(errors.empty());
        EXPECT_EQ(errors.front().englishMessage(), u"A username must start with a letter."_s);
    }
}

TEST(ValidateUser, UpperCaseUsernameIsRefusedWithTheLowerCaseSpelling)
{
    const ValidationErrors errors = withUsername(u"Marie.Diallo"_s);
    EXPECT_TRUE(onlyError(errors, u"username"_s, ValidationCode::InvalidFormat));
    ASSERT_FALSE(errors.empty());
    EXPECT_EQ(errors.front().englishMessage(), u"Usernames are written in lower case: marie.diallo."_s);
}

TEST(ValidateUser, UsernameReportsEveryProblem)
{
    const ValidationErrors errors = withUsername(u"9 é"_s);  // bad characters, no letter first
    EXPECT_EQ(errors.size(), 2u) << describe(errors);
    EXPECT_TRUE(includesError(errors, u"username"_s, ValidationCode::InvalidFormat));
}

TEST(NormalizedUsername, LowerCasesAndTrims)
{
    EXPECT_EQ(normalizedUsername(u" Marie.Diallo "), u"marie.diallo"_s);
    EXPECT_EQ(normalizedUsername(u"abc"), u"abc"_s);
    EXPECT_FALSE(normalizedUsername(u"Hélène").has_value());
    EXPECT_FALSE(normalizedUsername(u"ab").has_value());
    EXPECT_FALSE(normalizedUsername(u"1abc").has_value());
}

TEST(ValidateUser, DisplayNameRequiredAtMost100Characters)
{
    User user = validUser();
    user.displayName = letters(100);
    EXPECT_TRUE(valid(validateUser(user)));
    user.displayName = u"王伟 / فاطمة"_s;
    EXPECT_TRUE(valid(validateUser(user)));
    user.displayName = letters(101);
    EXPECT_TRUE(onlyError(validateUser(user), u"displayName"_s, ValidationCode::TooLong));
    user.displayName = u" "_s;
    EXPECT_TRUE(onlyError(validateUser(user), u"displayName"_s, ValidationCode::Required));
    user.displayName = u"Dr\nKoné"_s;
    EXPECT_TRUE(onlyError(validateUser(user), u"displayName"_s, ValidationCode::InvalidCharacters));
}

TEST(ValidateUser, IdsAndVersion)
{
    User user = validUser();
    user.id = QUuid();
    EXPECT_TRUE(onlyError(validateUser(user), u"id"_s, ValidationCode::Required));
    user = validUser();
    user.facilityId = QUuid();
    EXPECT_TRUE(onlyError(validateUser(user), u"facilityId"_s, ValidationCode::Required));
    user = validUser();
    user.version = 0;
    EXPECT_TRUE(onlyError(validateUser(user), u"version"_s, ValidationCode::OutOfRange));
}

TEST(ValidateUser, ReportsEveryBrokenRuleAtOnce)
{
    const ValidationErrors errors = validateUser(User{});
    EXPECT_TRUE(includesError(errors, u"id"_s, ValidationCode::Required));
    EXPECT_TRUE(includesError(errors, u"username"_s, ValidationCode::Required));
    EXPECT_TRUE(includesError(errors, u"displayName"_s, ValidationCode::Required));
    EXPECT_TRUE(includesError(errors, u"facilityId"_s, ValidationCode::Required));
    EXPECT_EQ(errors.size(), 4u) << describe(errors);
}

// --- New password --------------------------------------------------------------------------

TEST(ValidateNewPassword, From10To256Characters)
{
    EXPECT_TRUE(valid(validateNewPassword(u"0123456789"_s, u"mdiallo"_s)));
    EXPECT_TRUE(valid(validateNewPassword(letters(256), u"mdiallo"_s)));
    EXPECT_TRUE(valid(validateNewPassword(u"correct horse battery staple"_s, u"mdiallo"_s)));
    const ValidationErrors tooShort = validateNewPassword(u"012345678"_s, u"mdiallo"_s);
    EXPECT_TRUE(onlyError(tooShort, u"password"_s, ValidationCode::TooShort));
    ASSERT_FALSE(tooShort.empty());
    EXPECT_EQ(tooShort.front().args, QStringList{u"10"_s});
    EXPECT_TRUE(onlyError(validateNewPassword(QString(), u"mdiallo"_s), u"password"_s, ValidationCode::TooShort));
    EXPECT_TRUE(onlyError(validateNewPassword(letters(257), u"mdiallo"_s), u"password"_s, ValidationCode::TooLong));
}

TEST(ValidateNewPassword, CountsCharactersNotUtf16Units)
{
    EXPECT_TRUE(valid(validateNewPassword(repeated(u"😀"_s, 10), u"mdiallo"_s)));
    EXPECT_TRUE(onlyError(validateNewPassword(repeated(u"😀"_s, 9), u"mdiallo"_s), u"password"_s,
                          ValidationCode::TooShort));
    EXPECT_TRUE(valid(validateNewPassword(u"éàçüöñßøåæ"_s, u"mdiallo"_s)));
}

TEST(ValidateNewPassword, MustNotContainTheUsername)
{
    EXPECT_TRUE(onlyError(validateNewPassword(u"mdiallo2024!"_s, u"mdiallo"_s), u"password"_s,
                          ValidationCode::ContainsUsername));
    EXPECT_TRUE(onlyError(validateNewPassword(u"2024-MDiallo-x"_s, u"mdiallo"_s), u"password"_s,
                          ValidationCode::ContainsUsername));
    EXPECT_TRUE(onlyError(validateNewPassword(u"marie.diallo"_s, u"Marie.Diallo"_s), u"password"_s,
                          ValidationCode::ContainsUsername));
    EXPECT_TRUE(valid(validateNewPassword(u"m.diallo-2024!"_s, u"mdiallo"_s)));
    EXPECT_TRUE(valid(validateNewPassword(u"anything long enough"_s, QString())));
    // Both rules at once.
    const ValidationErrors errors = validateNewPassword(u"mdiallo"_s, u"mdiallo"_s);
    EXPECT_TRUE(includesError(errors, u"password"_s, ValidationCode::TooShort));
    EXPECT_TRUE(includesError(errors, u"password"_s, ValidationCode::ContainsUsername));
    EXPECT_EQ(errors.size(), 2u);
}

} // namespace
} // namespace medinexus
