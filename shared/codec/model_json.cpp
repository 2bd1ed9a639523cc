#include "shared/codec/model_json.h"

#include "shared/ids/uuid.h"

#include <QJsonArray>
#include <QTime>

#include <limits>
#include <variant>

namespace medinexus {

namespace {

// Member names, shared by encoders and decoders so the two cannot drift apart.
namespace key {
constexpr QLatin1String id{"id"};
constexpr QLatin1String name{"name"};
constexpr QLatin1String kind{"kind"};
constexpr QLatin1String village{"village"};
constexpr QLatin1String active{"active"};
constexpr QLatin1String version{"version"};

constexpr QLatin1String username{"username"};
constexpr QLatin1String displayName{"displayName"};
constexpr QLatin1String role{"role"};
constexpr QLatin1String facilityId{"facilityId"};

constexpr QLatin1String number{"number"};
constexpr QLatin1String givenNames{"givenNames"};
constexpr QLatin1String familyName{"familyName"};
constexpr QLatin1String sex{"sex"};
constexpr QLatin1String birthDate{"birthDate"};
constexpr QLatin1String estimatedBirthYear{"estimatedBirthYear"};
constexpr QLatin1String phone{"phone"};
constexpr QLatin1String address{"address"};
constexpr QLatin1String allergies{"allergies"};
constexpr QLatin1String registeredAtFacility{"registeredAtFacility"};

constexpr QLatin1String patientId{"patientId"};
constexpr QLatin1String authorId{"authorId"};
constexpr QLatin1String authorRole{"authorRole"};
constexpr QLatin1String recordedAt{"recordedAt"};
constexpr QLatin1String amends{"amends"};
constexpr QLatin1String amendmentReason{"amendmentReason"};
constexpr QLatin1String body{"body"};

constexpr QLatin1String icd10Code{"icd10Code"};
constexpr QLatin1String text{"text"};
constexpr QLatin1String status{"status"};

constexpr QLatin1String medication{"medication"};
constexpr QLatin1String dose{"dose"};
constexpr QLatin1String route{"route"};
constexpr QLatin1String frequency{"frequency"};
constexpr QLatin1String durationDays{"durationDays"};
constexpr QLatin1String quantity{"quantity"};
constexpr QLatin1String quantityUnit{"quantityUnit"};
constexpr QLatin1String instructions{"instructions"};

constexpr QLatin1String prescriptionId{"prescriptionId"};
constexpr QLatin1String completeness{"completeness"};
constexpr QLatin1String note{"note"};

constexpr QLatin1String vitals{"vitals"};
constexpr QLatin1String nursingText{"nursingText"};
constexpr QLatin1String temperatureDeciCelsius{"temperatureDeciCelsius"};
constexpr QLatin1String pulsePerMinute{"pulsePerMinute"};
constexpr QLatin1String systolicMmHg{"systolicMmHg"};
constexpr QLatin1String diastolicMmHg{"diastolicMmHg"};
constexpr QLatin1String respiratoryRatePerMinute{"respiratoryRatePerMinute"};
constexpr QLatin1String spo2Percent{"spo2Percent"};
constexpr QLatin1String weightGrams{"weightGrams"};

constexpr QLatin1String category{"category"};
} // namespace key

constexpr int kMinYear = 1;
constexpr int kMaxYear = 9999;
constexpr qsizetype kDateLength = 10;      // YYYY-MM-DD
constexpr qsizetype kDateTimeLength = 24;  // YYYY-MM-DDTHH:MM:SS.mmmZ

// The value of the `count` ASCII digits at text[at...]; -1 if any is not one.
int asciiDigits(QStringView text, qsizetype at, qsizetype count)
{
    int value = 0;
    for (qsizetype i = at; i < at + count; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

QString zeroPadded(int value, int width)
{
    return QStringLiteral("%1").arg(value, width, 10, QLatin1Char('0'));
}

QString formatDate(const QDate &date)
{
    return zeroPadded(date.year(), 4) + QLatin1Char('-') + zeroPadded(date.month(), 2) + QLatin1Char('-')
        + zeroPadded(date.day(), 2);
}

bool hasValidForm(const QDate &date)
{
    return date.isValid() && date.year() >= kMinYear && date.year() <= kMaxYear;
}

template <typename T>
void insertOptional(QJsonObject &object, QLatin1String name, const std::optional<T> &value)
{
    if (value)
        object.insert(name, QJsonValue(*value));
}

QJsonObject vitalsToJson(const Vitals &v)
{
    QJsonObject o;
    insertOptional(o, key::temperatureDeciCelsius, v.temperatureDeciCelsius);
    insertOptional(o, key::pulsePerMinute, v.pulsePerMinute);
    insertOptional(o, key::systolicMmHg, v.systolicMmHg);
    insertOptional(o, key::diastolicMmHg, v.diastolicMmHg);
    insertOptional(o, key::respiratoryRatePerMinute, v.respiratoryRatePerMinute);
    insertOptional(o, key::spo2Percent, v.spo2Percent);
    insertOptional(o, key::weightGrams, v.weightGrams);
    return o;
}

QJsonObject bodyToJson(const DiagnosisBody &b)
{
    QJsonObject o;
    o.insert(key::icd10Code, b.icd10Code);
    o.insert(key::text, b.text);
    o.insert(key::status, toToken(b.status));
    return o;
}

QJsonObject bodyToJson(const PrescriptionBody &b)
{
    QJsonObject o;
    o.insert(key::medication, b.medication);
    o.insert(key::dose, b.dose);
    o.insert(key::route, toToken(b.route));
    o.insert(key::frequency, b.frequency);
    insertOptional(o, key::durationDays, b.durationDays);
    o.insert(key::quantity, b.quantity);
    o.insert(key::quantityUnit, b.quantityUnit);
    o.insert(key::instructions, b.instructions);
    return o;
}

QJsonObject bodyToJson(const DispensationBody &b)
{
    QJsonObject o;
    o.insert(key::prescriptionId, uuidToString(b.prescriptionId));
    o.insert(key::quantity, b.quantity);
    o.insert(key::completeness, toToken(b.completeness));
    o.insert(key::note, b.note);
    return o;
}

QJsonObject bodyToJson(const ObservationBody &b)
{
    QJsonObject o;
    o.insert(key::vitals, vitalsToJson(b.vitals));
    o.insert(key::nursingText, b.nursingText);
    return o;
}

QJsonObject bodyToJson(const NoteBody &b)
{
    QJsonObject o;
    o.insert(key::category, toToken(b.category));
    o.insert(key::text, b.text);
    return o;
}

using json_detail::ObjectReader;

bool decodeVitals(ObjectReader &r, Vitals &v)
{
    return r.onlyKnown({key::temperatureDeciCelsius, key::pulsePerMinute, key::systolicMmHg, key::diastolicMmHg,
                        key::respiratoryRatePerMinute, key::spo2Percent, key::weightGrams})
        && r.readOptional(key::temperatureDeciCelsius, v.temperatureDeciCelsius)
        && r.readOptional(key::pulsePerMinute, v.pulsePerMinute)
        && r.readOptional(key::systolicMmHg, v.systolicMmHg)
        && r.readOptional(key::diastolicMmHg, v.diastolicMmHg)
        && r.readOptional(key::respiratoryRatePerMinute, v.respiratoryRatePerMinute)
        && r.readOptional(key::spo2Percent, v.spo2Percent)
        && r.readOptional(key::weightGrams, v.weightGrams);
}

bool decodeBody(ObjectReader &r, DiagnosisBody &b)
{
    return r.onlyKnown({key::icd10Code, key::text, key::status})
        && r.read(key::icd10Code, b.icd10Code)
        && r.read(key::text, b.text)
        && r.read(key::status, b.status);
}

bool decodeBody(ObjectReader &r, PrescriptionBody &b)
{
    return r.onlyKnown({key::medication, key::dose, key::route, key::frequency, key::durationDays, key::quantity,
                        key::quantityUnit, key::instructions})
        && r.read(key::medication, b.medication)
        && r.read(key::dose, b.dose)
        && r.read(key::route, b.route)
        && r.read(key::frequency, b.frequency)
        && r.readOptional(key::durationDays, b.durationDays)
        && r.read(key::quantity, b.quantity)
        && r.read(key::quantityUnit, b.quantityUnit)
        && r.read(key::instructions, b.instructions);
}

bool decodeBody(ObjectReader &r, DispensationBody &b)
{
    return r.onlyKnown({key::prescriptionId, key::quantity, key::completeness, key::note})
        && r.read(key::prescriptionId, b.prescriptionId)
        && r.read(key::quantity, b.quantity)
        && r.read(key::completeness, b.completeness)
        && r.read(key::note, b.note);
}

bool decodeBody(ObjectReader &r, ObservationBody &b)
{
    if (!r.onlyKnown({key::vitals, key::nursingText}))
        return false;
    QJsonObject vitals;
    if (!r.read(key::vitals, vitals))
        return false;
    ObjectReader vr(vitals, r.childPath(key::vitals));
    if (!decodeVitals(vr, b.vitals))
        return r.failWith(vr.error());
    return r.read(key::nursingText, b.nursingText);
}

bool decodeBody(ObjectReader &r, NoteBody &b)
{
    return r.onlyKnown({key::category, key::text})
        && r.read(key::category, b.category)
        && r.read(key::text, b.text);
}

} // namespace

// --- Value forms ----------------------------------------------------------------------

QString dateToJsonString(const QDate &date)
{
    return hasValidForm(date) ? formatDate(date) : QString();
}

std::optional<QDate> dateFromJsonString(QStringView text)
{
    if (text.size() != kDateLength || text[4] != QLatin1Char('-') || text[7] != QLatin1Char('-'))
        return std::nullopt;
    const int year = asciiDigits(text, 0, 4);
    const int month = asciiDigits(text, 5, 2);
    const int day = asciiDigits(text, 8, 2);
    if (year < kMinYear || month < 0 || day < 0 || !QDate::isValid(year, month, day))
        return std::nullopt;
    return QDate(year, month, day);
}

QString dateTimeToJsonString(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return {};
    const QDateTime utc = dateTime.toUTC();
    const QDate date = utc.date();
    const QTime time = utc.time();
    if (!hasValidForm(date) || !time.isValid())
        return {};
    return formatDate(date) + QLatin1Char('T') + zeroPadded(time.hour(), 2) + QLatin1Char(':')
        + zeroPadded(time.minute(), 2) + QLatin1Char(':') + zeroPadded(time.second(), 2) + QLatin1Char('.')
        + zeroPadded(time.msec(), 3) + QLatin1Char('Z');
}

std::optional<QDateTime> dateTimeFromJsonString(QStringView text)
{
    if (text.size() != kDateTimeLength || text[10] != QLatin1Char('T') || text[13] != QLatin1Char(':')
        || text[16] != QLatin1Char(':') || text[19] != QLatin1Char('.') || text[23] != QLatin1Char('Z'))
        return std::nullopt;
    const std::optional<QDate> date = dateFromJsonString(text.first(kDateLength));
    const int hour = asciiDigits(text, 11, 2);
    const int minute = asciiDigits(text, 14, 2);
    const int second = asciiDigits(text, 17, 2);
    const int msec = asciiDigits(text, 20, 3);
    if (!date || hour < 0 || minute < 0 || second < 0 || msec < 0 || !QTime::isValid(hour, minute, second, msec))
        return std::nullopt;
    return QDateTime(*date, QTime(hour, minute, second, msec), Qt::UTC);
}

std::optional<QUuid> uuidFromJsonString(QStringView text)
{
    const std::optional<QUuid> id = parseUuid(text);
    if (!id)
        return std::nullopt;
    // parseUuid() accepts uppercase too; the wire form is lowercase only.
    for (const QChar c : text) {
        if (c.unicode() >= u'A' && c.unicode() <= u'F')
            return std::nullopt;
    }
    return id;
}

// --- ObjectReader ---------------------------------------------------------------------

namespace json_detail {

QString indexPath(const QString &path, qsizetype index)
{
    return path + QLatin1Char('[') + QString::number(static_cast<qint64>(index)) + QLatin1Char(']');
}

QString ObjectReader::childPath(QLatin1String key) const
{
    if (m_path.isEmpty())
        return QString(key);
    return m_path + QLatin1Char('.') + key;
}

bool ObjectReader::failAt(QLatin1String key, QString message)
{
    m_error = JsonError{-1, childPath(key), std::move(message)};
    return false;
}

bool ObjectReader::failWith(JsonError error)
{
    m_error = std::move(error);
    return false;
}

bool ObjectReader::fail(QString message)
{
    m_error = JsonError{-1, m_path, std::move(message)};
    return false;
}

bool ObjectReader::onlyKnown(std::initializer_list<QLatin1String> known)
{
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        const QString name = it.key();
        bool found = false;
        for (const QLatin1String k : known) {
            if (name == k) {
                found = true;
                break;
            }
        }
        if (!found) {
            const QString segment = safeForMessage(name);
            m_error = JsonError{-1, m_path.isEmpty() ? segment : m_path + QLatin1Char('.') + segment,
                                QStringLiteral("unknown field")};
            return false;
        }
    }
    return true;
}

bool ObjectReader::readValue(QLatin1String key, QJsonValue &out)
{
    const auto it = m_object.constFind(key);
    if (it == m_object.constEnd())
        return failAt(key, QStringLiteral("missing required field"));
    if (it.value().isNull())
        return failAt(key, QStringLiteral("null is not allowed (an optional field is omitted instead)"));
    out = it.value();
    return true;
}

bool ObjectReader::read(QLatin1String key, QString &out)
{
    QJsonValue value;
    if (!readValue(key, value))
        return false;
    if (!value.isString())
        return failAt(key, QStringLiteral("expected a string"));
    out = value.toString();
    return true;
}

bool ObjectReader::readInteger(QLatin1String key, qint64 min, qint64 max, qint64 &out)
{
    QJsonValue value;
    if (!readValue(key, value))
        return false;
    const std::optional<qint64> integer = exactInteger(value);
    if (!integer)
        return failAt(key, QStringLiteral("expected an integer"));
    if (*integer < min || *integer > max)
        return failAt(key, QStringLiteral("integer out of range (%1 to %2)").arg(min).arg(max));
    out = *integer;
    return true;
}

bool ObjectReader::read(QLatin1String key, int &out)
{
    qint64 value = 0;
    if (!readInteger(key, std::numeric_limits<int>::min(), std::numeric_limits<int>::max(), value))
        return false;
    out = static_cast<int>(value);  // in range: checked above
    return true;
}

bool ObjectReader::read(QLatin1String key, bool &out)
{
    QJsonValue value;
    if (!readValue(key, value))
        return false;
    if (!value.isBool())
        return failAt(key, QStringLiteral("expected a boolean"));
    out = value.toBool();
    return true;
}

bool ObjectReader::read(QLatin1String key, QUuid &out)
{
    QString text;
    if (!read(key, text))
        return false;
    const std::optional<QUuid> id = uuidFromJsonString(text);
    if (!id)
        return failAt(key, QStringLiteral("expected a UUID (36 lowercase characters, 8-4-4-4-12)"));
    out = *id;
    return true;
}

bool ObjectReader::read(QLatin1String key, QDate &out)
{
    QString text;
    if (!read(key, text))
        return false;
    const std::optional<QDate> date = dateFromJsonString(text);
    if (!date)
        return failAt(key, QStringLiteral("expected a date YYYY-MM-DD"));
    out = *date;
    return true;
}

bool ObjectReader::read(QLatin1String key, QDateTime &out)
{
    QString text;
    if (!read(key, text))
        return false;
    const std::optional<QDateTime> dateTime = dateTimeFromJsonString(text);
    if (!dateTime)
        return failAt(key, QStringLiteral("expected a UTC date and time YYYY-MM-DDTHH:MM:SS.mmmZ"));
    out = *dateTime;
    return true;
}

bool ObjectReader::read(QLatin1String key, QStringList &out)
{
    QJsonValue value;
    if (!readValue(key, value))
        return false;
    if (!value.isArray())
        return failAt(key, QStringLiteral("expected an array of strings"));
    const QJsonArray array = value.toArray();
    QStringList list;
    list.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue element = array.at(i);
        if (!element.isString()) {
            m_error = JsonError{-1, indexPath(childPath(key), i), QStringLiteral("expected a string")};
            return false;
        }
        list.append(element.toString());
    }
    out = std::move(list);
    return true;
}

bool ObjectReader::read(QLatin1String key, QJsonObject &out)
{
    QJsonValue value;
    if (!readValue(key, value))
        return false;
    if (!value.isObject())
        return failAt(key, QStringLiteral("expected an object"));
    out = value.toObject();
    return true;
}

} // namespace json_detail

// --- Encoders -------------------------------------------------------------------------

QJsonObject toJson(const Facility &f)
{
    QJsonObject o;
    o.insert(key::id, uuidToString(f.id));
    o.insert(key::name, f.name);
    o.insert(key::kind, toToken(f.kind));
    o.insert(key::village, f.village);
    o.insert(key::active, f.active);
    o.insert(key::version, f.version);
    return o;
}

QJsonObject toJson(const User &u)
{
    QJsonObject o;
    o.insert(key::id, uuidToString(u.id));
    o.insert(key::username, u.username);
    o.insert(key::displayName, u.displayName);
    o.insert(key::role, toToken(u.role));
    o.insert(key::facilityId, uuidToString(u.facilityId));
    o.insert(key::active, u.active);
    o.insert(key::version, u.version);
    return o;
}

QJsonObject toJson(const Patient &p)
{
    QJsonObject o;
    o.insert(key::id, uuidToString(p.id));
    o.insert(key::number, p.number);
    o.insert(key::version, p.version);
    o.insert(key::givenNames, p.givenNames);
    o.insert(key::familyName, p.familyName);
    o.insert(key::sex, toToken(p.sex));
    if (p.birthDate)
        o.insert(key::birthDate, dateToJsonString(*p.birthDate));
    insertOptional(o, key::estimatedBirthYear, p.estimatedBirthYear);
    o.insert(key::phone, p.phone);
    o.insert(key::village, p.village);
    o.insert(key::address, p.address);
    o.insert(key::allergies, QJsonArray::fromStringList(p.allergies));
    o.insert(key::registeredAtFacility, uuidToString(p.registeredAtFacility));
    return o;
}

QJsonObject toJson(const ClinicalEntry &e)
{
    QJsonObject o;
    o.insert(key::id, uuidToString(e.id));
    o.insert(key::patientId, uuidToString(e.patientId));
    o.insert(key::authorId, uuidToString(e.authorId));
    o.insert(key::authorRole, toToken(e.authorRole));
    o.insert(key::facilityId, uuidToString(e.facilityId));
    o.insert(key::recordedAt, dateTimeToJsonString(e.recordedAt));
    if (e.amends)
        o.insert(key::amends, uuidToString(*e.amends));
    o.insert(key::amendmentReason, e.amendmentReason);
    o.insert(key::kind, toToken(e.kind()));
    o.insert(key::body, std::visit([](const auto &body) { return bodyToJson(body); }, e.body));
    return o;
}

// --- Decoders -------------------------------------------------------------------------

Result<Facility> facilityFromJson(const QJsonObject &json)
{
    ObjectReader r(json, QString());
    Facility f;
    if (r.onlyKnown({key::id, key::name, key::kind, key::village, key::active, key::version})
        && r.read(key::id, f.id)
        && r.read(key::name, f.name)
        && r.read(key::kind, f.kind)
        && r.read(key::village, f.village)
        && r.read(key::active, f.active)
        && r.read(key::version, f.version))
        return f;
    return r.error();
}

Result<User> userFromJson(const QJsonObject &json)
{
    ObjectReader r(json, QString());
    User u;
    if (r.onlyKnown({key::id, key::username, key::displayName, key::role, key::facilityId, key::active, key::version})
        && r.read(key::id, u.id)
        && r.read(key::username, u.username)
        && r.read(key::displayName, u.displayName)
        && r.read(key::role, u.role)
        && r.read(key::facilityId, u.facilityId)
        && r.read(key::active, u.active)
        && r.read(key::version, u.version))
        return u;
    return r.error();
}

Result<Patient> patientFromJson(const QJsonObject &json)
{
    ObjectReader r(json, QString());
    Patient p;
    if (r.onlyKnown({key::id, key::number, key::version, key::givenNames, key::familyName, key::sex, key::birthDate,
                     key::estimatedBirthYear, key::phone, key::village, key::address, key::allergies,
                     key::registeredAtFacility})
        && r.read(key::id, p.id)
        && r.read(key::number, p.number)
        && r.read(key::version, p.version)
        && r.read(key::givenNames, p.givenNames)
        && r.read(key::familyName, p.familyName)
        && r.read(key::sex, p.sex)
        && r.readOptional(key::birthDate, p.birthDate)
        && r.readOptional(key::estimatedBirthYear, p.estimatedBirthYear)
        && r.read(key::phone, p.phone)
        && r.read(key::village, p.village)
        && r.read(key::address, p.address)
        && r.read(key::allergies, p.allergies)
        && r.read(key::registeredAtFacility, p.registeredAtFacility))
        return p;
    return r.error();
}

Result<ClinicalEntry> clinicalEntryFromJson(const QJsonObject &json)
{
    ObjectReader r(json, QString());
    ClinicalEntry e;
    EntryKind kind = EntryKind::Note;
    QJsonObject bodyJson;
    if (!(r.onlyKnown({key::id, key::patientId, key::authorId, key::authorRole, key::facilityId, key::recordedAt,
                       key::amends, key::amendmentReason, key::kind, key::body})
          && r.read(key::id, e.id)
          && r.read(key::patientId, e.patientId)
          && r.read(key::authorId, e.authorId)
          && r.read(key::authorRole, e.authorRole)
          && r.read(key::facilityId, e.facilityId)
          && r.read(key::recordedAt, e.recordedAt)
          && r.readOptional(key::amends, e.amends)
          && r.read(key::amendmentReason, e.amendmentReason)
          && r.read(key::kind, kind)
          && r.read(key::body, bodyJson)))
        return r.error();

    ObjectReader br(bodyJson, r.childPath(key::body));
    bool ok = false;
    switch (kind) {
    case EntryKind::Diagnosis: {
        DiagnosisBody b;
        ok = decodeBody(br, b);
        e.body = std::move(b);
        break;
    }
    case EntryKind::Prescription: {
        PrescriptionBody b;
        ok = decodeBody(br, b);
        e.body = std::move(b);
        break;
    }
    case EntryKind::Dispensation: {
        DispensationBody b;
        ok = decodeBody(br, b);
        e.body = std::move(b);
        break;
    }
    case EntryKind::Observation: {
        ObservationBody b;
        ok = decodeBody(br, b);
        e.body = std::move(b);
        break;
    }
    case EntryKind::Note: {
        NoteBody b;
        ok = decodeBody(br, b);
        e.body = std::move(b);
        break;
    }
    }
    if (!ok)
        return br.error();
    return e;
}

} // namespace medinexus
