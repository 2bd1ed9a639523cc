// libFuzzer target: the strict JSON parser, the canonical serializer, the model's JSON form
// and the shared validation rules (shared/codec, shared/validation).
//
// Arbitrary bytes are parsed under three sets of limits and every accepted document must
// keep the codec's promises (canonical_json.h, model_json.h): the canonical form of what
// was parsed exists within the same limits, parses back to the same value and is a fixed
// point byte for byte; isCanonical() says exactly whether the input was that form; tighter
// limits only ever refuse more. Objects are then decoded as each model type; a decoded
// object re-encodes to exactly the canonical bytes it came from (decoding is one-to-one)
// and decodes again to an equal object, and the validation rules are deterministic and
// produce well-formed errors.

#include "tests/fuzz/fuzz_support.h"

#include "shared/codec/canonical_json.h"
#include "shared/codec/model_json.h"
#include "shared/ids/patient_number.h"
#include "shared/sync/change_envelope.h"
#include "shared/validation/validator.h"

#include <QJsonObject>
#include <QJsonValue>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <variant>

namespace {

using namespace medinexus;
using fuzz::require;

// Small limits, so that every limit is reachable within libFuzzer's input sizes.
JsonLimits tightLimits()
{
    JsonLimits limits;
    limits.maxDepth = 4;
    limits.maxBytes = 2048;
    limits.maxStringBytes = 24;
    limits.maxMembers = 6;
    limits.maxElements = 5;
    limits.maxValues = 40;
    return limits;
}

// A depth far above the hard cap: the parser must clamp it, never recurse that deep.
JsonLimits unclampedDepthLimits()
{
    JsonLimits limits;
    limits.maxDepth = 100'000;
    return limits;
}

// Decodes `object` with `decode`; on success the canonical bytes of the re-encoded object
// are `canonical` (one-to-one), and decoding the re-encoded object gives an equal object.
template <typename T, typename Decode, typename Check>
void checkModel(const QJsonObject &object, const QByteArray &canonical, Decode decode, const char *type, Check check)
{
    const Result<T> decoded = decode(object);
    if (!decoded) {
        require(decoded.error().offset == -1, std::string(type) + ": a structural error with a byte offset");
        return;
    }
    const QJsonObject encoded = toJson(*decoded);
    const QByteArray encodedBytes = fuzz::requireCanonicalRoundTrip(encoded, type);
    require(encodedBytes == canonical, std::string(type) + ": decoding is not one-to-one (re-encoded bytes differ)");
    const Result<T> again = decode(encoded);
    require(again.ok() && *again == *decoded, std::string(type) + ": decode(encode(x)) != x");
    check(*decoded);
}

// Patient numbers are typed and scanned: parse() and parseDetailed() agree, an accepted
// number reads back from both its forms and from its data characters, and the rules accept
// exactly the compact form.
void checkPatientNumber(const QString &typed, const ValidationErrors &errors)
{
    const std::optional<PatientNumber> number = PatientNumber::parse(typed);
    const PatientNumberParseResult detailed = PatientNumber::parseDetailed(typed);
    require(number.has_value() == std::holds_alternative<PatientNumber>(detailed), "PatientNumber: parse() and parseDetailed() disagree");
    if (!number) {
        require(hasError(errors, QLatin1String("number")), "an unreadable patient number accepted by validatePatient");
        return;
    }
    require(std::get<PatientNumber>(detailed) == *number, "PatientNumber: parse() and parseDetailed() read different numbers");
    const QString compact = number->compact();
    const QString display = number->toString();
    require(compact.size() == PatientNumber::kCompactLength && display.size() == PatientNumber::kDisplayLength,
            "PatientNumber: a form of the wrong length");
    require(PatientNumber::parse(compact) == number && PatientNumber::parse(display) == number,
            "PatientNumber: a form does not read back as the same number");
    require(PatientNumber::fromData(compact.first(PatientNumber::kDataLength)) == number,
            "PatientNumber: fromData() of the data characters is another number");
    require(PatientNumber::checkCharacter(compact.first(PatientNumber::kDataLength)) == compact.back(),
            "PatientNumber: checkCharacter() disagrees with the compact form");
    require(hasError(errors, QLatin1String("number")) == (typed != compact),
            "validatePatient does not accept exactly the compact form of a readable number");
}

void checkModels(const QJsonObject &object, const QByteArray &canonical)
{
    ValidationContext context;
    context.now = fuzz::fixedNow();

    checkModel<Facility>(object, canonical, &facilityFromJson, "Facility", [](const Facility &facility) {
        fuzz::validateTwice([&] { return validateFacility(facility); }, "validateFacility");
    });
    checkModel<User>(object, canonical, &userFromJson, "User", [](const User &user) {
        const ValidationErrors errors = fuzz::validateTwice([&] { return validateUser(user); }, "validateUser");
        // A username the normaliser leaves unchanged is one the rules accept, and normalising
        // is idempotent (forms normalise as the user types).
        if (const auto normalized = normalizedUsername(user.username)) {
            require(normalizedUsername(*normalized) == normalized, "normalizedUsername is not idempotent");
            if (*normalized == user.username)
                require(!hasError(errors, QLatin1String("username")), "a normalised username refused by validateUser");
        }
        fuzz::validateTwice([&] { return validateNewPassword(user.displayName, user.username); }, "validateNewPassword");
    });
    checkModel<Patient>(object, canonical, &patientFromJson, "Patient", [&context](const Patient &patient) {
        const ValidationErrors errors = fuzz::validateTwice([&] { return validatePatient(patient, context); }, "validatePatient");
        checkPatientNumber(patient.number, errors);
    });
    checkModel<ClinicalEntry>(object, canonical, &clinicalEntryFromJson, "ClinicalEntry", [&context](const ClinicalEntry &entry) {
        const ValidationErrors errors = fuzz::validateTwice([&] { return validateEntry(entry, context); }, "validateEntry");
        // The rules against another entry: the entry against itself as its original, and a
        // dispensation against a prescription read from the same input, if it is one.
        fuzz::validateTwice([&] { return validateAmendment(entry, entry); }, "validateAmendment");
        if (const auto *diagnosis = std::get_if<DiagnosisBody>(&entry.body)) {
            if (const auto code = normalizedIcd10Code(diagnosis->icd10Code)) {
                require(normalizedIcd10Code(*code) == code, "normalizedIcd10Code is not idempotent");
                if (*code == diagnosis->icd10Code)
                    require(!hasError(errors, QLatin1String("icd10Code")), "a normalised ICD-10 code refused by validateEntry");
            }
        }
        if (std::holds_alternative<DispensationBody>(entry.body)) {
            ClinicalEntry prescription = entry;
            PrescriptionBody body;
            body.medication = QStringLiteral("Amoxicilline");
            body.dose = QStringLiteral("500 mg");
            body.frequency = QStringLiteral("3/j");
            body.quantity = 21;
            body.quantityUnit = QStringLiteral("gélules");
            prescription.body = body;
            for (const int already : {-5, 0, 20, 21})
                fuzz::validateTwice([&] { return validateDispensation(entry, prescription, already); }, "validateDispensation");
        }
    });
    checkModel<sync::RecordAccess>(object, canonical, &sync::recordAccessFromJson, "RecordAccess", [](const sync::RecordAccess &) {});
}

// Parses `input` under `limits` and checks the canonical-form contract; returns the value.
std::optional<QJsonValue> checkDocument(QByteArrayView input, const JsonLimits &limits, const char *which)
{
    const Result<QJsonValue> parsed = parseJson(input, limits);
    if (!parsed) {
        const JsonError &error = parsed.error();
        require(error.offset >= 0 && error.offset <= input.size(), std::string(which) + ": a parse error outside the input");
        require(error.path.isEmpty() && !error.message.isEmpty(), std::string(which) + ": a parse error without a message");
        return std::nullopt;
    }
    // What the parser accepted under these limits, the serializer writes under the same ones.
    const Result<QByteArray> canonical = tryToCanonicalJson(*parsed, limits);
    require(canonical.ok(), std::string(which) + ": a parsed value has no canonical form within the same limits");
    const Result<QJsonValue> reparsed = parseJson(*canonical, limits);
    require(reparsed.ok(), std::string(which) + ": the canonical form does not parse within the same limits");
    require(*reparsed == *parsed, std::string(which) + ": parse(serialize(x)) != x");
    const Result<QByteArray> again = tryToCanonicalJson(*reparsed, limits);
    require(again.ok() && *again == *canonical, std::string(which) + ": the canonical form is not a fixed point");
    require(canonical->size() <= input.size(), std::string(which) + ": the canonical form is longer than the input");
    return *parsed;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView input = fuzz::bytesOf(data, size);

    const std::optional<QJsonValue> value = checkDocument(input, JsonLimits{}, "default limits");
    const std::optional<QJsonValue> tight = checkDocument(input, tightLimits(), "tight limits");
    const std::optional<QJsonValue> deep = checkDocument(input, unclampedDepthLimits(), "clamped depth");
    // Tighter limits refuse more, never less, and never change what is accepted.
    require(!tight || (value && *tight == *value), "tight limits accepted what the defaults refuse");
    require(!value || (deep && *deep == *value), "a larger depth limit refused what the defaults accept");

    const QByteArray canonical = value ? toCanonicalJson(*value) : QByteArray();
    require(isCanonical(input) == (value && QByteArrayView(canonical) == input), "isCanonical() disagrees with the serializer");

    const Result<QJsonObject> object = parseJsonObject(input);
    require(object.ok() == (value && value->isObject()), "parseJsonObject() disagrees with parseJson()");
    if (object)
        checkModels(*object, canonical);
    return 0;
}
