#include "shared/codec/model_json.h"

#include "shared/codec/canonical_json.h"
#include "shared/ids/uuid.h"

#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonObject>
#include <QTimeZone>

#include <limits>
#include <random>
#include <string>

namespace medinexus {
namespace {

std::string str(const QString &s) { return s.toStdString(); }
std::string str(const QByteArray &b) { return b.toStdString(); }

QUuid uuid(const char *text)
{
    const std::optional<QUuid> id = parseUuid(QString::fromLatin1(text));
    EXPECT_TRUE(id.has_value()) << text;
    return id.value_or(QUuid());
}

const QUuid kFacilityId = uuid("01900000-0000-7000-8000-00000000000a");
const QUuid kUserId = uuid("01900000-0000-7000-8000-00000000000b");
const QUuid kPatientId = uuid("01900000-0000-7000-8000-00000000000c");
const QUuid kEntryId = uuid("01900000-0000-7000-8000-00000000000d");
const QUuid kOtherEntryId = uuid("01900000-0000-7000-8000-00000000000e");

QDateTime utc(int y, int mo, int d, int h, int mi, int s, int ms)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC);
}

Facility sampleFacility()
{
    Facility f;
    f.id = kFacilityId;
    f.name = QStringLiteral("Centre de santé de Kédougou");
    f.kind = FacilityKind::Clinic;
    f.village = QStringLiteral("Kédougou");
    f.active = true;
    f.version = 3;
    return f;
}

User sampleUser()
{
    User u;
    u.id = kUserId;
    u.username = QStringLiteral("aminata.diallo");
    u.displayName = QStringLiteral("Aminata Diallo");
    u.role = Role::Nurse;
    u.facilityId = kFacilityId;
    u.active = false;
    u.version = 2;
    return u;
}

Patient samplePatient()
{
    Patient p;
    p.id = kPatientId;
    p.number = QStringLiteral("KDG0001234X");
    p.version = 4;
    p.givenNames = QStringLiteral("Éloïse");
    p.familyName = QStringLiteral("Müller-Ngoma");
    p.sex = Sex::Female;
    p.birthDate = QDate(1987, 2, 28);
    p.phone = QStringLiteral("+221 77 123 45 67");
    p.village = QStringLiteral("Bandafassi");
    p.address = QStringLiteral("Près du marché\nmaison bleue");
    p.allergies = QStringList{QStringLiteral("Pénicilline"), QStringLiteral("Arachides")};
    p.registeredAtFacility = kFacilityId;
    return p;
}

ClinicalEntry entryWith(EntryBody body)
{
    ClinicalEntry e;
    e.id = kEntryId;
    e.patientId = kPatientId;
    e.authorId = kUserId;
    e.authorRole = Role::Doctor;
    e.facilityId = kFacilityId;
    e.recordedAt = utc(2024, 6, 10, 14, 5, 9, 42);
    e.body = std::move(body);
    return e;
}

ClinicalEntry sampleEntry(EntryKind kind)
{
    switch (kind) {
    case EntryKind::Diagnosis:
        return entryWith(DiagnosisBody{QStringLiteral("A09"), QStringLiteral("Gastro-entérite"), DiagnosisStatus::Confirmed});
    case EntryKind::Prescription: {
        PrescriptionBody b;
        b.medication = QStringLiteral("Amoxicilline 500 mg");
        b.dose = QStringLiteral("1 comprimé");
        b.route = Route::Oral;
        b.frequency = QStringLiteral("3 fois par jour");
        b.durationDays = 7;
        b.quantity = 21;
        b.quantityUnit = QStringLiteral("comprimés");
        b.instructions = QStringLiteral("après les repas");
        return entryWith(b);
    }
    case EntryKind::Dispensation:
        return entryWith(DispensationBody{kOtherEntryId, 10, DispensationCompleteness::Partial, QStringLiteral("rupture")});
    case EntryKind::Observation: {
        ObservationBody b;
        b.vitals.temperatureDeciCelsius = 384;
        b.vitals.pulsePerMinute = 112;
        b.vitals.weightGrams = 3450;
        b.nursingText = QStringLiteral("Fébrile, \"alerte\"");
        return entryWith(b);
    }
    case EntryKind::Note:
        break;
    }
    return entryWith(NoteBody{NoteCategory::FollowUp, QStringLiteral("Revoir dans 7 jours")});
}

std::string canonicalOf(const QJsonObject &o)
{
    const Result<QByteArray> bytes = tryToCanonicalJson(o);
    EXPECT_TRUE(bytes.ok()) << (bytes.ok() ? std::string() : str(bytes.error().toString()));
    return bytes.ok() ? str(*bytes) : std::string();
}

// Encodes to canonical bytes, parses them back, decodes, and checks both the value and
// the bytes survive.
template <typename T, typename Decode>
void expectRoundTrip(const T &value, Decode decode)
{
    const Result<QByteArray> bytes = tryToCanonicalJson(toJson(value));
    ASSERT_TRUE(bytes.ok()) << str(bytes.error().toString());
    const Result<QJsonObject> parsed = parseJsonObject(*bytes);
    ASSERT_TRUE(parsed.ok()) << str(parsed.error().toString()) << " in " << str(*bytes);
    const Result<T> decoded = decode(*parsed);
    ASSERT_TRUE(decoded.ok()) << str(decoded.error().toString()) << " in " << str(*bytes);
    EXPECT_TRUE(*decoded == value) << str(*bytes);
    const Result<QByteArray> again = tryToCanonicalJson(toJson(*decoded));
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(str(*again), str(*bytes));
}

template <typename T>
JsonError decodeError(const Result<T> &result)
{
    EXPECT_FALSE(result.ok());
    return result.ok() ? JsonError{} : result.error();
}

// --- Wire form -----------------------------------------------------------------------------

TEST(ModelJson, FacilityWireForm)
{
    EXPECT_EQ(canonicalOf(toJson(sampleFacility())),
              R"({"active":true,"id":"01900000-0000-7000-8000-00000000000a","kind":"clinic",)"
              R"("name":"Centre de santé de Kédougou","version":3,"village":"Kédougou"})");
}

TEST(ModelJson, UserWireForm)
{
    EXPECT_EQ(canonicalOf(toJson(sampleUser())),
              R"({"active":false,"displayName":"Aminata Diallo","facilityId":"01900000-0000-7000-8000-00000000000a",)"
              R"("id":"01900000-0000-7000-8000-00000000000b","role":"nurse","username":"aminata.diallo","version":2})");
}

TEST(ModelJson, PatientWireFormOmitsAbsentOptionalsAndKeepsEmptyStrings)
{
    Patient p = samplePatient();
    p.phone.clear();
    EXPECT_EQ(canonicalOf(toJson(p)),
              R"({"address":"Près du marché\nmaison bleue","allergies":["Pénicilline","Arachides"],)"
              R"("birthDate":"1987-02-28","familyName":"Müller-Ngoma","givenNames":"Éloïse",)"
              R"("id":"01900000-0000-7000-8000-00000000000c","number":"KDG0001234X","phone":"",)"
              R"("registeredAtFacility":"01900000-0000-7000-8000-00000000000a","sex":"female",)"
              R"("version":4,"village":"Bandafassi"})");

    p.birthDate.reset();
    p.estimatedBirthYear = 1960;
    p.allergies.clear();
    const QJsonObject json = toJson(p);
    EXPECT_FALSE(json.contains(QStringLiteral("birthDate")));
    EXPECT_EQ(json.value(QStringLiteral("estimatedBirthYear")), QJsonValue(1960));
    EXPECT_EQ(json.value(QStringLiteral("allergies")), QJsonValue(QJsonArray()));
}

TEST(ModelJson, EntryWireFormNestsTheBodyAndNamesTheKind)
{
    ClinicalEntry e = sampleEntry(EntryKind::Observation);
    e.amends = kOtherEntryId;
    e.amendmentReason = QStringLiteral("Poids corrigé");
    EXPECT_EQ(canonicalOf(toJson(e)),
              R"({"amendmentReason":"Poids corrigé","amends":"01900000-0000-7000-8000-00000000000e",)"
              R"("authorId":"01900000-0000-7000-8000-00000000000b","authorRole":"doctor",)"
              R"("body":{"nursingText":"Fébrile, \"alerte\"","vitals":{"pulsePerMinute":112,)"
              R"("temperatureDeciCelsius":384,"weightGrams":3450}},)"
              R"("facilityId":"01900000-0000-7000-8000-00000000000a","id":"01900000-0000-7000-8000-00000000000d",)"
              R"("kind":"observation","patientId":"01900000-0000-7000-8000-00000000000c",)"
              R"("recordedAt":"2024-06-10T14:05:09.042Z"})");
}

TEST(ModelJson, EmptyVitalsAreAnEmptyObject)
{
    const QJsonObject json = toJson(entryWith(ObservationBody{Vitals{}, QStringLiteral("Stable")}));
    EXPECT_EQ(canonicalOf(json.value(QStringLiteral("body")).toObject()), R"({"nursingText":"Stable","vitals":{}})");
}

TEST(ModelJson, EveryBodyKindHasItsWireForm)
{
    const auto body = [](EntryKind kind) { return canonicalOf(toJson(sampleEntry(kind)).value(QStringLiteral("body")).toObject()); };
    EXPECT_EQ(body(EntryKind::Diagnosis), R"({"icd10Code":"A09","status":"confirmed","text":"Gastro-entérite"})");
    EXPECT_EQ(body(EntryKind::Prescription),
              R"({"dose":"1 comprimé","durationDays":7,"frequency":"3 fois par jour","instructions":"après les repas",)"
              R"("medication":"Amoxicilline 500 mg","quantity":21,"quantityUnit":"comprimés","route":"oral"})");
    EXPECT_EQ(body(EntryKind::Dispensation),
              R"({"completeness":"partial","note":"rupture","prescriptionId":"01900000-0000-7000-8000-00000000000e","quantity":10})");
    EXPECT_EQ(body(EntryKind::Note), R"({"category":"follow_up","text":"Revoir dans 7 jours"})");
}

TEST(ModelJson, DateTimesAreWrittenInUtcWithMilliseconds)
{
    EXPECT_EQ(str(dateTimeToJsonString(utc(2024, 1, 2, 3, 4, 5, 6))), "2024-01-02T03:04:05.006Z");
    const QDateTime plusTwo = utc(2024, 1, 2, 3, 4, 5, 6).toOffsetFromUtc(2 * 3600);
    EXPECT_EQ(str(dateTimeToJsonString(plusTwo)), "2024-01-02T03:04:05.006Z");
    EXPECT_EQ(str(dateTimeToJsonString(utc(1, 1, 1, 0, 0, 0, 0))), "0001-01-01T00:00:00.000Z");
    EXPECT_EQ(str(dateTimeToJsonString(utc(9999, 12, 31, 23, 59, 59, 999))), "9999-12-31T23:59:59.999Z");
    EXPECT_EQ(str(dateToJsonString(QDate(5, 3, 9))), "0005-03-09");
}

TEST(ModelJson, ValuesWithoutAWireFormAreWrittenAsEmptyStringsThatDecodersRefuse)
{
    EXPECT_EQ(str(dateToJsonString(QDate())), "");
    EXPECT_EQ(str(dateToJsonString(QDate(10000, 1, 1))), "");
    EXPECT_EQ(str(dateToJsonString(QDate(-5, 1, 1))), "");
    EXPECT_EQ(str(dateTimeToJsonString(QDateTime())), "");
    EXPECT_EQ(str(dateTimeToJsonString(utc(10000, 1, 1, 0, 0, 0, 0))), "");

    ClinicalEntry e = sampleEntry(EntryKind::Note);
    e.recordedAt = QDateTime();
    const JsonError error = decodeError(clinicalEntryFromJson(toJson(e)));
    EXPECT_EQ(str(error.path), "recordedAt");

    Patient p = samplePatient();
    p.birthDate = QDate();
    EXPECT_EQ(str(decodeError(patientFromJson(toJson(p))).path), "birthDate");
}

// --- Round trips ---------------------------------------------------------------------------

TEST(ModelJson, FixedObjectsRoundTrip)
{
    expectRoundTrip(sampleFacility(), facilityFromJson);
    expectRoundTrip(sampleUser(), userFromJson);
    expectRoundTrip(samplePatient(), patientFromJson);
    for (const EntryKind kind : allValues<EntryKind>()) {
        SCOPED_TRACE(str(toToken(kind)));
        expectRoundTrip(sampleEntry(kind), clinicalEntryFromJson);
        ClinicalEntry amendment = sampleEntry(kind);
        amendment.amends = kOtherEntryId;
        amendment.amendmentReason = QStringLiteral("Erreur de saisie");
        expectRoundTrip(amendment, clinicalEntryFromJson);
    }
}

TEST(ModelJson, DefaultConstructedObjectsRoundTripExceptTheirDateTime)
{
    expectRoundTrip(Facility{}, facilityFromJson);
    expectRoundTrip(User{}, userFromJson);
    expectRoundTrip(Patient{}, patientFromJson);
    ClinicalEntry e;
    e.recordedAt = utc(2024, 1, 1, 0, 0, 0, 0);
    expectRoundTrip(e, clinicalEntryFromJson);
}

TEST(ModelJson, EveryEnumValueRoundTrips)
{
    for (const FacilityKind kind : allValues<FacilityKind>()) {
        Facility f = sampleFacility();
        f.kind = kind;
        expectRoundTrip(f, facilityFromJson);
    }
    for (const Role role : allValues<Role>()) {
        User u = sampleUser();
        u.role = role;
        expectRoundTrip(u, userFromJson);
    }
    for (const Sex sex : allValues<Sex>()) {
        Patient p = samplePatient();
        p.sex = sex;
        expectRoundTrip(p, patientFromJson);
    }
    for (const DiagnosisStatus status : allValues<DiagnosisStatus>())
        expectRoundTrip(entryWith(DiagnosisBody{QString(), QStringLiteral("x"), status}), clinicalEntryFromJson);
    for (const Route route : allValues<Route>()) {
        PrescriptionBody b;
        b.route = route;
        expectRoundTrip(entryWith(b), clinicalEntryFromJson);
    }
    for (const DispensationCompleteness c : allValues<DispensationCompleteness>())
        expectRoundTrip(entryWith(DispensationBody{kOtherEntryId, 1, c, QString()}), clinicalEntryFromJson);
    for (const NoteCategory c : allValues<NoteCategory>())
        expectRoundTrip(entryWith(NoteBody{c, QStringLiteral("t")}), clinicalEntryFromJson);
}

// Random objects: seeded, so a failure reproduces.
class Random
{
public:
    explicit Random(std::mt19937::result_type seed) : m_rng(seed) {}

    bool coin() { return std::bernoulli_distribution(0.5)(m_rng); }
    int between(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(m_rng); }
    qint64 between64(qint64 lo, qint64 hi) { return std::uniform_int_distribution<qint64>(lo, hi)(m_rng); }

    int anyInt()
    {
        switch (between(0, 3)) {
        case 0: return std::numeric_limits<int>::min();
        case 1: return std::numeric_limits<int>::max();
        case 2: return between(-1000, 100000);
        default: return between(std::numeric_limits<int>::min(), std::numeric_limits<int>::max());
        }
    }

    std::optional<int> maybeInt() { return coin() ? std::optional<int>(anyInt()) : std::nullopt; }

    QUuid anyUuid()
    {
        QByteArray raw(16, '\0');
        for (char &c : raw)
            c = static_cast<char>(between(0, 255));
        return QUuid::fromRfc4122(raw);
    }

    QString text()
    {
        static const QStringList pieces = {
            QStringLiteral("Éloïse Müller-Ngoma"), QStringLiteral("فاطمة الزهراء"), QStringLiteral("王秀英"),
            QStringLiteral("सीता देवी"), QStringLiteral("Ελένη"), QStringLiteral("Đặng Thị Hồng"),
            QStringLiteral("👩🏾‍⚕️"), QStringLiteral("😀"), QStringLiteral("𝄞"), QStringLiteral("\""),
            QStringLiteral("\\"), QStringLiteral("\n"), QStringLiteral("\r\n"), QStringLiteral("\t"),
            QStringLiteral("'"), QStringLiteral("/"), QStringLiteral("<script>"), QStringLiteral(" "),
            QStringLiteral("\u200c"), QStringLiteral("\uFEFF"), QString(QChar(0)), QString(QChar(0x1F)),
            QString(QChar(0x7F)), QStringLiteral("Amoxicilline 500 mg"),
        };
        QString s;
        const int n = between(0, 5);
        for (int i = 0; i < n; ++i) {
            const int which = between(0, static_cast<int>(pieces.size()));
            if (which < pieces.size()) {
                s += pieces.at(which);
            } else {
                auto cp = static_cast<char32_t>(between(1, 0x10FFFF));
                if (cp >= 0xD800 && cp <= 0xDFFF)
                    cp -= 0x800;  // a valid scalar value instead of a surrogate
                s += QString::fromUcs4(&cp, 1);
            }
        }
        return s;
    }

    QDate date()
    {
        static const qint64 first = QDate(1, 1, 1).toJulianDay();
        static const qint64 last = QDate(9999, 12, 31).toJulianDay();
        return QDate::fromJulianDay(between64(first, last));
    }

    QDateTime dateTime()
    {
        static const qint64 first = utc(1, 1, 1, 0, 0, 0, 0).toMSecsSinceEpoch();
        static const qint64 last = utc(9999, 12, 31, 23, 59, 59, 999).toMSecsSinceEpoch();
        const qint64 ms = coin() ? between64(first, last)
                                 : between64(utc(2020, 1, 1, 0, 0, 0, 0).toMSecsSinceEpoch(),
                                             utc(2030, 1, 1, 0, 0, 0, 0).toMSecsSinceEpoch());
        QDateTime dt = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
        if (coin())  // the same instant with another offset: encoded in UTC all the same
            dt = dt.toOffsetFromUtc(between(-14, 14) * 3600);
        return dt;
    }

    template <typename E>
    E pick()
    {
        const auto values = allValues<E>();
        return values[static_cast<std::size_t>(between(0, static_cast<int>(values.size()) - 1))];
    }

    Patient patient()
    {
        Patient p;
        p.id = anyUuid();
        p.number = text();
        p.version = anyInt();
        p.givenNames = text();
        p.familyName = text();
        p.sex = pick<Sex>();
        if (coin())
            p.birthDate = date();
        p.estimatedBirthYear = maybeInt();
        p.phone = text();
        p.village = text();
        p.address = text();
        const int allergies = between(0, 4);
        for (int i = 0; i < allergies; ++i)
            p.allergies << text();
        p.registeredAtFacility = anyUuid();
        return p;
    }

    EntryBody body()
    {
        switch (pick<EntryKind>()) {
        case EntryKind::Diagnosis:
            return DiagnosisBody{text(), text(), pick<DiagnosisStatus>()};
        case EntryKind::Prescription:
            return PrescriptionBody{text(), text(), pick<Route>(), text(), maybeInt(), anyInt(), text(), text()};
        case EntryKind::Dispensation:
            return DispensationBody{anyUuid(), anyInt(), pick<DispensationCompleteness>(), text()};
        case EntryKind::Observation:
            return ObservationBody{Vitals{maybeInt(), maybeInt(), maybeInt(), maybeInt(), maybeInt(), maybeInt(), maybeInt()},
                                   text()};
        case EntryKind::Note:
            break;
        }
        return NoteBody{pick<NoteCategory>(), text()};
    }

    ClinicalEntry entry()
    {
        ClinicalEntry e;
        e.id = anyUuid();
        e.patientId = anyUuid();
        e.authorId = anyUuid();
        e.authorRole = pick<Role>();
        e.facilityId = anyUuid();
        e.recordedAt = dateTime();
        if (coin())
            e.amends = anyUuid();
        e.amendmentReason = text();
        e.body = body();
        return e;
    }

private:
    std::mt19937 m_rng;
};

TEST(ModelJson, RandomPatientsRoundTripWithStableBytes)
{
    Random random(1987);
    for (int i = 0; i < 3000; ++i) {
        const Patient p = random.patient();
        SCOPED_TRACE(i);
        expectRoundTrip(p, patientFromJson);
        if (HasFatalFailure() || HasNonfatalFailure())
            return;
    }
}

TEST(ModelJson, RandomEntriesOfEveryKindRoundTripWithStableBytes)
{
    Random random(20240610);
    std::array<int, allValues<EntryKind>().size()> seen{};
    for (int i = 0; i < 4000; ++i) {
        const ClinicalEntry e = random.entry();
        ++seen[static_cast<std::size_t>(e.kind())];
        SCOPED_TRACE(i);
        expectRoundTrip(e, clinicalEntryFromJson);
        if (HasFatalFailure() || HasNonfatalFailure())
            return;
    }
    for (const int count : seen)
        EXPECT_GT(count, 500);
}

TEST(ModelJson, IntegralDoublesBuiltInProcessDecodeAsIntegers)
{
    QJsonObject json = toJson(sampleFacility());
    json.insert(QStringLiteral("version"), 5.0);
    const Result<Facility> f = facilityFromJson(json);
    ASSERT_TRUE(f.ok()) << str(f.error().toString());
    EXPECT_EQ(f->version, 5);
}

// --- Refusals ------------------------------------------------------------------------------

TEST(ModelJsonRefusal, EveryRequiredPatientFieldIsRequired)
{
    const QJsonObject full = toJson(samplePatient());
    for (const QString &name : full.keys()) {
        if (name == QStringLiteral("birthDate"))
            continue;  // optional
        QJsonObject json = full;
        json.remove(name);
        const JsonError error = decodeError(patientFromJson(json));
        EXPECT_EQ(str(error.path), str(name));
        EXPECT_EQ(str(error.message), "missing required field");
        EXPECT_EQ(error.offset, -1);
    }
    QJsonObject withoutOptionals = full;
    withoutOptionals.remove(QStringLiteral("birthDate"));
    EXPECT_TRUE(patientFromJson(withoutOptionals).ok());
}

TEST(ModelJsonRefusal, EveryRequiredFieldOfEveryObjectIsRequired)
{
    const auto check = [](const QJsonObject &full, auto decode, const QStringList &optional, const QString &prefix) {
        for (const QString &name : full.keys()) {
            if (optional.contains(name))
                continue;
            QJsonObject json = full;
            json.remove(name);
            EXPECT_EQ(str(decodeError(decode(json)).path), str(prefix + name));
        }
    };
    check(toJson(sampleFacility()), facilityFromJson, {}, QString());
    check(toJson(sampleUser()), userFromJson, {}, QString());
    for (const EntryKind kind : allValues<EntryKind>()) {
        SCOPED_TRACE(str(toToken(kind)));
        const QJsonObject entry = toJson(sampleEntry(kind));
        check(entry, clinicalEntryFromJson, {QStringLiteral("amends")}, QString());
        const QJsonObject body = entry.value(QStringLiteral("body")).toObject();
        for (const QString &name : body.keys()) {
            if (name == QStringLiteral("durationDays"))
                continue;
            QJsonObject b = body;
            b.remove(name);
            QJsonObject json = entry;
            json.insert(QStringLiteral("body"), b);
            const JsonError error = decodeError(clinicalEntryFromJson(json));
            EXPECT_EQ(str(error.path), "body." + str(name));
            EXPECT_EQ(str(error.message), "missing required field");
        }
    }
}

TEST(ModelJsonRefusal, NullIsRefusedEvenForOptionalFields)
{
    const QJsonObject full = toJson(samplePatient());
    for (const QString &name : QStringList{QStringLiteral("birthDate"), QStringLiteral("estimatedBirthYear"),
                                           QStringLiteral("givenNames"), QStringLiteral("id")}) {
        QJsonObject json = full;
        json.insert(name, QJsonValue(QJsonValue::Null));
        const JsonError error = decodeError(patientFromJson(json));
        EXPECT_EQ(str(error.path), str(name));
        EXPECT_EQ(str(error.message), "null is not allowed (an optional field is omitted instead)");
    }
    QJsonObject entry = toJson(sampleEntry(EntryKind::Note));
    entry.insert(QStringLiteral("amends"), QJsonValue(QJsonValue::Null));
    EXPECT_EQ(str(decodeError(clinicalEntryFromJson(entry)).path), "amends");
}

TEST(ModelJsonRefusal, WrongTypesNameTheirPath)
{
    const QJsonObject patient = toJson(samplePatient());
    const auto patientError = [&patient](const char *name, const QJsonValue &value) {
        QJsonObject json = patient;
        json.insert(QString::fromLatin1(name), value);
        return decodeError(patientFromJson(json)).toString().toStdString();
    };
    EXPECT_EQ(patientError("givenNames", 5), "givenNames: expected a string");
    EXPECT_EQ(patientError("version", QStringLiteral("4")), "version: expected an integer");
    EXPECT_EQ(patientError("version", 4.5), "version: expected an integer");
    EXPECT_EQ(patientError("version", true), "version: expected an integer");
    EXPECT_EQ(patientError("estimatedBirthYear", QJsonArray{1960}), "estimatedBirthYear: expected an integer");
    EXPECT_EQ(patientError("allergies", QStringLiteral("none")), "allergies: expected an array of strings");
    EXPECT_EQ(patientError("allergies", QJsonArray{QStringLiteral("a"), 2}), "allergies[1]: expected a string");
    EXPECT_EQ(patientError("id", 1), "id: expected a string");
    EXPECT_EQ(patientError("sex", QJsonObject()), "sex: expected a string");

    QJsonObject facility = toJson(sampleFacility());
    facility.insert(QStringLiteral("active"), 1);
    EXPECT_EQ(str(decodeError(facilityFromJson(facility)).toString()), "active: expected a boolean");

    QJsonObject entry = toJson(sampleEntry(EntryKind::Observation));
    QJsonObject body = entry.value(QStringLiteral("body")).toObject();
    QJsonObject vitals = body.value(QStringLiteral("vitals")).toObject();
    vitals.insert(QStringLiteral("pulsePerMinute"), QStringLiteral("112"));
    body.insert(QStringLiteral("vitals"), vitals);
    entry.insert(QStringLiteral("body"), body);
    EXPECT_EQ(str(decodeError(clinicalEntryFromJson(entry)).toString()), "body.vitals.pulsePerMinute: expected an integer");

    body.insert(QStringLiteral("vitals"), QJsonArray());
    entry.insert(QStringLiteral("body"), body);
    EXPECT_EQ(str(decodeError(clinicalEntryFromJson(entry)).toString()), "body.vitals: expected an object");

    entry.insert(QStringLiteral("body"), QStringLiteral("{}"));
    EXPECT_EQ(str(decodeError(clinicalEntryFromJson(entry)).toString()), "body: expected an object");
}

TEST(ModelJsonRefusal, UnknownFieldsAreRefusedAtEveryLevel)
{
    QJsonObject patient = toJson(samplePatient());
    patient.insert(QStringLiteral("nickname"), QStringLiteral("Lolo"));
    JsonError error = decodeError(patientFromJson(patient));
    EXPECT_EQ(str(error.path), "nickname");
    EXPECT_EQ(str(error.message), "unknown field");

    QJsonObject entry = toJson(sampleEntry(EntryKind::Observation));
    QJsonObject body = entry.value(QStringLiteral("body")).toObject();
    QJsonObject vitals = body.value(QStringLiteral("vitals")).toObject();
    vitals.insert(QStringLiteral("glucose"), 5);
    body.insert(QStringLiteral("vitals"), vitals);
    entry.insert(QStringLiteral("body"), body);
    EXPECT_EQ(str(decodeError(clinicalEntryFromJson(entry)).toString()), "body.vitals.glucose: unknown field");

    // A body of another kind than "kind" says: its fields are unknown for that kind.
    QJsonObject mismatched = toJson(sampleEntry(EntryKind::Diagnosis));
    mismatched.insert(QStringLiteral("kind"), QStringLiteral("note"));
    EXPECT_EQ(str(decodeError(clinicalEntryFromJson(mismatched)).toString()), "body.icd10Code: unknown field");

    // Untrusted names are made safe before they reach a message.
    QJsonObject hostile = toJson(sampleFacility());
    hostile.insert(QStringLiteral("evil\nkey") + QString(300, QLatin1Char('x')), 1);
    error = decodeError(facilityFromJson(hostile));
    EXPECT_EQ(error.path.size(), 65);
    EXPECT_FALSE(error.path.contains(QLatin1Char('\n')));
}

TEST(ModelJsonRefusal, BadEnumTokensListTheExpectedOnes)
{
    QJsonObject user = toJson(sampleUser());
    user.insert(QStringLiteral("role"), QStringLiteral("Nurse"));  // tokens are case-sensitive
    EXPECT_EQ(str(decodeError(userFromJson(user)).toString()),
              "role: unknown token \"Nurse\" (expected one of: doctor, nurse, pharmacist, admin)");

    QJsonObject entry = toJson(sampleEntry(EntryKind::Note));
    entry.insert(QStringLiteral("kind"), QStringLiteral("surgery"));
    EXPECT_EQ(str(decodeError(clinicalEntryFromJson(entry)).path), "kind");

    QJsonObject note = toJson(sampleEntry(EntryKind::Note));
    QJsonObject body = note.value(QStringLiteral("body")).toObject();
    body.insert(QStringLiteral("category"), QStringLiteral("follow-up"));
    note.insert(QStringLiteral("body"), body);
    EXPECT_EQ(str(decodeError(clinicalEntryFromJson(note)).path), "body.category");

    QJsonObject prescription = toJson(sampleEntry(EntryKind::Prescription));
    body = prescription.value(QStringLiteral("body")).toObject();
    body.insert(QStringLiteral("route"), QString());
    prescription.insert(QStringLiteral("body"), body);
    EXPECT_EQ(str(decodeError(clinicalEntryFromJson(prescription)).path), "body.route");
}

TEST(ModelJsonRefusal, BadUuidsAreRefused)
{
    const QStringList bad = {
        QStringLiteral("01900000-0000-7000-8000-00000000000A"),    // uppercase: not the wire form
        QStringLiteral("{01900000-0000-7000-8000-00000000000a}"),
        QStringLiteral("01900000000070008000000000000000a"),
        QStringLiteral("01900000-0000-7000-8000-00000000000"),
        QStringLiteral("urn:uuid:01900000-0000-7000-8000-00000000000a"),
        QStringLiteral(" 01900000-0000-7000-8000-00000000000a"),
        QStringLiteral("0190000g-0000-7000-8000-00000000000a"),
        QString(),
    };
    for (const QString &text : bad) {
        QJsonObject json = toJson(samplePatient());
        json.insert(QStringLiteral("registeredAtFacility"), text);
        const JsonError error = decodeError(patientFromJson(json));
        EXPECT_EQ(str(error.toString()), "registeredAtFacility: expected a UUID (36 lowercase characters, 8-4-4-4-12)")
            << str(text);
    }
    QJsonObject dispensation = toJson(sampleEntry(EntryKind::Dispensation));
    QJsonObject body = dispensation.value(QStringLiteral("body")).toObject();
    body.insert(QStringLiteral("prescriptionId"), QStringLiteral("not-a-uuid"));
    dispensation.insert(QStringLiteral("body"), body);
    EXPECT_EQ(str(decodeError(clinicalEntryFromJson(dispensation)).path), "body.prescriptionId");

    // The nil UUID is well-formed: refusing it is validation's job.
    QJsonObject nil = toJson(samplePatient());
    nil.insert(QStringLiteral("id"), QStringLiteral("00000000-0000-0000-0000-000000000000"));
    EXPECT_TRUE(patientFromJson(nil).ok());
}

TEST(ModelJsonRefusal, BadDatesAreRefused)
{
    const QStringList bad = {
        QStringLiteral("2023-02-29"), QStringLiteral("2023-02-30"), QStringLiteral("2023-13-01"),
        QStringLiteral("2023-00-10"), QStringLiteral("2023-01-00"), QStringLiteral("2023-2-3"),
        QStringLiteral("20230101"),   QStringLiteral("0000-01-01"), QStringLiteral("+2023-01-01"),
        QStringLiteral("2023-01-01T00:00:00.000Z"), QStringLiteral("2023/01/01"), QStringLiteral("２０２３-01-01"),
        QStringLiteral(" 2023-01-01"), QString(),
    };
    for (const QString &text : bad) {
        QJsonObject json = toJson(samplePatient());
        json.insert(QStringLiteral("birthDate"), text);
        EXPECT_EQ(str(decodeError(patientFromJson(json)).toString()), "birthDate: expected a date YYYY-MM-DD") << str(text);
    }
    QJsonObject leap = toJson(samplePatient());
    leap.insert(QStringLiteral("birthDate"), QStringLiteral("2024-02-29"));
    EXPECT_TRUE(patientFromJson(leap).ok());
}

TEST(ModelJsonRefusal, DateTimesMustBeUtcWithMilliseconds)
{
    const QStringList bad = {
        QStringLiteral("2024-06-10T14:05:09.042+00:00"), QStringLiteral("2024-06-10T16:05:09.042+02:00"),
        QStringLiteral("2024-06-10T14:05:09Z"),          QStringLiteral("2024-06-10T14:05:09.04Z"),
        QStringLiteral("2024-06-10T14:05:09.0420Z"),     QStringLiteral("2024-06-10t14:05:09.042Z"),
        QStringLiteral("2024-06-10T14:05:09.042z"),      QStringLiteral("2024-06-10 14:05:09.042Z"),
        QStringLiteral("2024-06-10T14:05:09.042"),       QStringLiteral("2024-06-10T24:00:00.000Z"),
        QStringLiteral("2024-06-10T23:59:60.000Z"),      QStringLiteral("2024-06-10T23:60:00.000Z"),
        QStringLiteral("2023-02-29T00:00:00.000Z"),      QStringLiteral("2024-06-10"),
        QStringLiteral("1718028309042"),                 QString(),
    };
    for (const QString &text : bad) {
        QJsonObject json = toJson(sampleEntry(EntryKind::Note));
        json.insert(QStringLiteral("recordedAt"), text);
        EXPECT_EQ(str(decodeError(clinicalEntryFromJson(json)).toString()),
                  "recordedAt: expected a UTC date and time YYYY-MM-DDTHH:MM:SS.mmmZ")
            << str(text);
    }
    QJsonObject number = toJson(sampleEntry(EntryKind::Note));
    number.insert(QStringLiteral("recordedAt"), qint64{1718028309042});
    EXPECT_EQ(str(decodeError(clinicalEntryFromJson(number)).toString()), "recordedAt: expected a string");

    const std::optional<QDateTime> decoded = dateTimeFromJsonString(u"2024-06-10T14:05:09.042Z");
    ASSERT_TRUE(decoded.has_value());
    EXPECT_EQ(decoded->timeSpec(), Qt::UTC);
    EXPECT_EQ(*decoded, utc(2024, 6, 10, 14, 5, 9, 42));
}

TEST(ModelJsonRefusal, IntegersOutsideIntAreRefusedWithoutOverflow)
{
    const auto versionError = [](const QJsonValue &value) {
        QJsonObject json = toJson(sampleFacility());
        json.insert(QStringLiteral("version"), value);
        return decodeError(facilityFromJson(json)).toString().toStdString();
    };
    EXPECT_EQ(versionError(qint64{2147483648}), "version: integer out of range (-2147483648 to 2147483647)");
    EXPECT_EQ(versionError(qint64{-2147483649}), "version: integer out of range (-2147483648 to 2147483647)");
    EXPECT_EQ(versionError(std::numeric_limits<qint64>::max()), "version: integer out of range (-2147483648 to 2147483647)");
    EXPECT_EQ(versionError(std::numeric_limits<qint64>::min()), "version: integer out of range (-2147483648 to 2147483647)");
    EXPECT_EQ(versionError(1e300), "version: expected an integer");

    QJsonObject json = toJson(sampleFacility());
    json.insert(QStringLiteral("version"), qint64{2147483647});
    EXPECT_EQ(facilityFromJson(json)->version, 2147483647);
    json.insert(QStringLiteral("version"), qint64{-2147483648});
    EXPECT_EQ(facilityFromJson(json)->version, -2147483647 - 1);

    // From bytes too: the parser keeps the integer exact, the decoder range-checks it.
    QJsonObject entry = toJson(sampleEntry(EntryKind::Observation));
    std::string bytes = canonicalOf(entry);
    const std::string needle = "\"pulsePerMinute\":112";
    bytes.replace(bytes.find(needle), needle.size(), "\"pulsePerMinute\":9223372036854775807");
    const Result<QJsonObject> parsed = parseJsonObject(QByteArrayView(bytes.data(), static_cast<qsizetype>(bytes.size())));
    ASSERT_TRUE(parsed.ok());
    EXPECT_EQ(str(decodeError(clinicalEntryFromJson(*parsed)).path), "body.vitals.pulsePerMinute");
}

TEST(ModelJsonRefusal, DecodersCheckFormNotBusinessRules)
{
    // Both birth date and estimated year, an implausible pulse, an empty diagnosis text:
    // well-formed, so decoded; shared/validation refuses them.
    Patient p = samplePatient();
    p.estimatedBirthYear = -40;
    p.version = -1;
    expectRoundTrip(p, patientFromJson);
    ObservationBody b;
    b.vitals.pulsePerMinute = 100000;
    expectRoundTrip(entryWith(b), clinicalEntryFromJson);
    expectRoundTrip(entryWith(DiagnosisBody{}), clinicalEntryFromJson);
}

} // namespace
} // namespace medinexus
