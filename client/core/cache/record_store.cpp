#include "client/core/cache/record_store.h"

#include "shared/codec/canonical_json.h"
#include "shared/codec/model_json.h"
#include "shared/ids/patient_number.h"
#include "shared/ids/uuid.h"
#include "shared/model/patient_search.h"
#include "shared/validation/validator.h"

#include <QSet>

#include <algorithm>
#include <stdexcept>

namespace medinexus::client {

namespace {

using sqlite::Statement;

QString idText(const QUuid &id)
{
    return uuidToString(id);
}

QString jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(toCanonicalJson(object));
}

// A row the cache itself wrote no longer decodes: the file was damaged or tampered with.
[[noreturn]] void unreadable(const char *what)
{
    throw std::runtime_error(std::string("the local cache holds an unreadable ") + what);
}

template <typename T, typename Decode>
T decodeColumn(const Statement &statement, int column, Decode decode, const char *what)
{
    const auto object = parseJsonObject(statement.columnText(column).toUtf8());
    if (!object)
        unreadable(what);
    auto value = decode(*object);
    if (!value)
        unreadable(what);
    return std::move(value).value();
}

Patient patientAt(const Statement &statement, int column)
{
    return decodeColumn<Patient>(statement, column, patientFromJson, "patient");
}

ClinicalEntry entryAt(const Statement &statement, int column)
{
    return decodeColumn<ClinicalEntry>(statement, column, clinicalEntryFromJson, "clinical entry");
}

QUuid uuidAt(const Statement &statement, int column)
{
    const auto id = parseUuid(statement.columnText(column));
    if (!id)
        unreadable("identifier");
    return *id;
}

} // namespace

// --- directory ---

void RecordStore::putFacility(const Facility &facility)
{
    auto statement = db_.prepare("INSERT OR REPLACE INTO facilities (id, version, name, json) VALUES (?, ?, ?, ?)");
    statement.bind(1, idText(facility.id)).bind(2, facility.version).bind(3, facility.name).bind(4, jsonText(toJson(facility)));
    statement.run();
}

void RecordStore::putUser(const User &user)
{
    auto statement = db_.prepare(
        "INSERT OR REPLACE INTO users (id, version, username, display_name, role, facility_id, active, json)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    statement.bind(1, idText(user.id))
        .bind(2, user.version)
        .bind(3, user.username)
        .bind(4, user.displayName)
        .bind(5, toToken(user.role))
        .bind(6, idText(user.facilityId))
        .bind(7, user.active)
        .bind(8, jsonText(toJson(user)));
    statement.run();
}

std::optional<Facility> RecordStore::facility(const QUuid &id)
{
    auto statement = db_.prepare("SELECT json FROM facilities WHERE id = ?");
    statement.bind(1, idText(id));
    if (!statement.step())
        return std::nullopt;
    return decodeColumn<Facility>(statement, 0, facilityFromJson, "facility");
}

std::optional<User> RecordStore::user(const QUuid &id)
{
    auto statement = db_.prepare("SELECT json FROM users WHERE id = ?");
    statement.bind(1, idText(id));
    if (!statement.step())
        return std::nullopt;
    return decodeColumn<User>(statement, 0, userFromJson, "user");
}

std::vector<Facility> RecordStore::facilities()
{
    std::vector<Facility> result;
    auto statement = db_.prepare("SELECT json FROM facilities ORDER BY name, id");
    while (statement.step())
        result.push_back(decodeColumn<Facility>(statement, 0, facilityFromJson, "facility"));
    return result;
}

std::vector<User> RecordStore::users()
{
    std::vector<User> result;
    auto statement = db_.prepare("SELECT json FROM users ORDER BY display_name, id");
    while (statement.step())
        result.push_back(decodeColumn<User>(statement, 0, userFromJson, "user"));
    return result;
}

// --- patients ---

void RecordStore::writePatientTerms(const Patient &patient)
{
    auto remove = db_.prepare("DELETE FROM patient_terms WHERE patient_id = ?");
    remove.bind(1, idText(patient.id));
    remove.run();
    auto insert = db_.prepare("INSERT OR IGNORE INTO patient_terms (term, patient_id) VALUES (?, ?)");
    for (const QString &term : search::nameTerms(patient)) {
        insert.bind(1, term).bind(2, idText(patient.id));
        insert.run();
    }
}

void RecordStore::putPatientLocal(const Patient &patient)
{
    const QString now = dateTimeToJsonString(QDateTime::currentDateTimeUtc());
    auto update = db_.prepare(
        "UPDATE patients SET number = ?1, version = ?2, display_name = ?3, family_key = ?4, given_key = ?5,"
        " phone_digits = ?6, birth_year = ?7, json = ?8, updated_at = ?9 WHERE id = ?10");
    update.bind(1, patient.number)
        .bind(2, patient.version)
        .bind(3, displayName(patient))
        .bind(4, search::fold(patient.familyName))
        .bind(5, search::fold(patient.givenNames))
        .bind(6, search::phoneDigits(patient.phone))
        .bind(7, search::birthYear(patient))
        .bind(8, jsonText(toJson(patient)))
        .bind(9, now)
        .bind(10, idText(patient.id));
    update.run();
    if (db_.changes() == 0) {
        auto insert = db_.prepare(
            "INSERT INTO patients (id, number, version, display_name, family_key, given_key, phone_digits, birth_year,"
            " json, server_version, server_json, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL, ?)");
        insert.bind(1, idText(patient.id))
            .bind(2, patient.number)
            .bind(3, patient.version)
            .bind(4, displayName(patient))
            .bind(5, search::fold(patient.familyName))
            .bind(6, search::fold(patient.givenNames))
            .bind(7, search::phoneDigits(patient.phone))
            .bind(8, search::birthYear(patient))
            .bind(9, jsonText(toJson(patient)))
            .bind(10, now);
        insert.run();
    }
    writePatientTerms(patient);
}

void RecordStore::putPatientFromServer(const Patient &patient, bool shown)
{
    const auto current = this->patient(patient.id);
    if (shown || !current) {
        putPatientLocal(patient);
    }
    auto statement = db_.prepare("UPDATE patients SET server_version = ?, server_json = ? WHERE id = ?");
    statement.bind(1, patient.version).bind(2, jsonText(toJson(patient))).bind(3, idText(patient.id));
    statement.run();
}

void RecordStore::revertPatientToServer(const QUuid &id)
{
    if (const auto confirmed = serverPatient(id))
        putPatientLocal(*confirmed);
    else
        removePatient(id);
}

void RecordStore::removePatient(const QUuid &id)
{
    auto terms = db_.prepare("DELETE FROM patient_terms WHERE patient_id = ?");
    terms.bind(1, idText(id));
    terms.run();
    auto row = db_.prepare("DELETE FROM patients WHERE id = ?");
    row.bind(1, idText(id));
    row.run();
}

std::optional<Patient> RecordStore::patient(const QUuid &id)
{
    auto statement = db_.prepare("SELECT json FROM patients WHERE id = ?");
    statement.bind(1, idText(id));
    if (!statement.step())
        return std::nullopt;
    return patientAt(statement, 0);
}

std::optional<Patient> RecordStore::serverPatient(const QUuid &id)
{
    auto statement = db_.prepare("SELECT server_json FROM patients WHERE id = ? AND server_json IS NOT NULL");
    statement.bind(1, idText(id));
    if (!statement.step())
        return std::nullopt;
    return patientAt(statement, 0);
}

std::optional<QUuid> RecordStore::patientIdByNumber(const QString &compactNumber)
{
    auto statement = db_.prepare("SELECT id FROM patients WHERE number = ?");
    statement.bind(1, compactNumber);
    if (!statement.step())
        return std::nullopt;
    return uuidAt(statement, 0);
}

std::vector<Patient> RecordStore::patients()
{
    std::vector<Patient> result;
    auto statement = db_.prepare("SELECT json FROM patients ORDER BY id");
    while (statement.step())
        result.push_back(patientAt(statement, 0));
    return result;
}

qint64 RecordStore::patientCount()
{
    auto statement = db_.prepare("SELECT count(*) FROM patients");
    statement.step();
    return statement.columnInt64(0);
}

std::vector<std::pair<Patient, SimilarityReason>> RecordStore::similarPatients(const Patient &draft, int limit)
{
    std::vector<std::pair<Patient, SimilarityReason>> result;
    if (limit <= 0)
        return result;
    // Candidates come from the indexed search (a superset: names match there as prefixes, phone
    // digits as a substring); similarity() then applies the exact rule.
    constexpr int kCandidates = 500;
    QSet<QUuid> seen;
    seen.insert(draft.id);
    const auto consider = [&](const std::vector<Patient> &candidates) {
        for (const Patient &candidate : candidates) {
            if (result.size() >= static_cast<std::size_t>(limit))
                return;
            if (seen.contains(candidate.id))
                continue;
            seen.insert(candidate.id);
            if (const SimilarityReason reason = similarity(draft, candidate); reason != SimilarityReason::None)
                result.emplace_back(candidate, reason);
        }
    };

    const QStringList familyWords = search::queryWords(draft.familyName);
    const QStringList givenWords = search::queryWords(draft.givenNames);
    if (const auto year = search::birthYear(draft); year && !familyWords.isEmpty() && !givenWords.isEmpty()) {
        // A name that also reads as a patient number is still searched as a name; the
        // number's patient it may bring is dropped by similarity().
        consider(searchPatients((familyWords + givenWords).join(QLatin1Char(' ')), year, kCandidates));
    }
    const QString digits = search::phoneDigits(draft.phone);
    if (digits.size() >= ValidationLimits::kPhoneMinDigits)
        consider(searchPatients(digits, std::nullopt, kCandidates));
    return result;
}

std::vector<Patient> RecordStore::searchPatients(const QString &query, std::optional<int> birthYear, int limit)
{
    limit = std::clamp(limit, 1, 500);
    const std::string yearFilter = birthYear ? " AND p.birth_year = ?" : "";
    std::vector<Patient> result;
    std::optional<QUuid> numbered;  // listed first; not again among the other matches
    auto collect = [&](Statement &statement) {
        while (statement.step() && result.size() < static_cast<std::size_t>(limit)) {
            Patient found = patientAt(statement, 0);
            if (found.id != numbered)
                result.push_back(std::move(found));
        }
    };

    const QString trimmed = query.trimmed();
    if (trimmed.isEmpty()) {
        auto statement = db_.prepare(
            "SELECT p.json FROM patients p WHERE 1" + yearFilter + " ORDER BY p.family_key, p.given_key, p.id LIMIT ?");
        int index = 1;
        if (birthYear)
            statement.bind(index++, *birthYear);
        statement.bind(index, limit);
        collect(statement);
        return result;
    }

    // A patient number, typed with or without hyphens, is looked up exactly and listed first.
    // The text is still searched as a phone or a name, as the server's search does: an
    // 11-letter name or an 11-digit phone can also read as a valid number.
    if (const auto number = PatientNumber::parse(trimmed)) {
        if (const auto id = patientIdByNumber(number->compact())) {
            if (auto found = patient(*id); found && (!birthYear || search::birthYear(*found) == birthYear)) {
                numbered = found->id;
                result.push_back(std::move(*found));
            }
        }
    }

    if (search::looksLikePhone(trimmed)) {
        auto statement = db_.prepare("SELECT p.json FROM patients p WHERE instr(p.phone_digits, ?) > 0" + yearFilter
                                     + " ORDER BY p.family_key, p.given_key, p.id LIMIT ?");
        int index = 1;
        statement.bind(index++, search::phoneDigits(trimmed));
        if (birthYear)
            statement.bind(index++, *birthYear);
        statement.bind(index, limit);
        collect(statement);
        return result;
    }

    QStringList words = search::queryWords(trimmed);
    if (words.isEmpty())
        return result;
    // The longest word drives the range scan; the others probe the patient's own terms.
    std::stable_sort(words.begin(), words.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    std::string sql = "SELECT p.json FROM patients p WHERE p.id IN (SELECT t.patient_id FROM patient_terms t"
                      " WHERE t.term >= ? AND t.term < ?)";
    for (qsizetype i = 1; i < words.size(); ++i)
        sql += " AND EXISTS (SELECT 1 FROM patient_terms u WHERE u.patient_id = p.id AND u.term >= ? AND u.term < ?)";
    sql += yearFilter + " ORDER BY p.family_key, p.given_key, p.id LIMIT ?";
    auto statement = db_.prepare(sql);
    int index = 1;
    for (const QString &word : words) {
        statement.bind(index++, word);
        statement.bind(index++, search::prefixUpperBound(word));
    }
    if (birthYear)
        statement.bind(index++, *birthYear);
    statement.bind(index, limit);
    collect(statement);
    return result;
}

// --- entries ---

void RecordStore::putEntry(const ClinicalEntry &entry, bool pending)
{
    auto insert = db_.prepare(
        "INSERT OR IGNORE INTO entries (id, patient_id, kind, recorded_at, author_id, facility_id, amends, json, pending)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, idText(entry.id))
        .bind(2, idText(entry.patientId))
        .bind(3, toToken(entry.kind()))
        .bind(4, dateTimeToJsonString(entry.recordedAt))
        .bind(5, idText(entry.authorId))
        .bind(6, idText(entry.facilityId));
    if (entry.amends)
        insert.bind(7, idText(*entry.amends));
    else
        insert.bind(7, nullptr);
    insert.bind(8, jsonText(toJson(entry))).bind(9, pending);
    insert.run();
    if (db_.changes() == 0 && !pending)
        markEntryAcknowledged(entry.id);
}

void RecordStore::markEntryAcknowledged(const QUuid &id)
{
    auto statement = db_.prepare("UPDATE entries SET pending = 0 WHERE id = ?");
    statement.bind(1, idText(id));
    statement.run();
}

void RecordStore::removePendingEntry(const QUuid &id)
{
    auto statement = db_.prepare("DELETE FROM entries WHERE id = ? AND pending = 1");
    statement.bind(1, idText(id));
    statement.run();
}

std::optional<ClinicalEntry> RecordStore::entry(const QUuid &id)
{
    auto statement = db_.prepare("SELECT json FROM entries WHERE id = ?");
    statement.bind(1, idText(id));
    if (!statement.step())
        return std::nullopt;
    return entryAt(statement, 0);
}

std::vector<ClinicalEntry> RecordStore::entriesOfPatient(const QUuid &patientId)
{
    std::vector<ClinicalEntry> result;
    auto statement = db_.prepare("SELECT json FROM entries WHERE patient_id = ? ORDER BY recorded_at, id");
    statement.bind(1, idText(patientId));
    while (statement.step())
        result.push_back(entryAt(statement, 0));
    return result;
}

bool RecordStore::isEntryPending(const QUuid &id)
{
    auto statement = db_.prepare("SELECT pending FROM entries WHERE id = ?");
    statement.bind(1, idText(id));
    return statement.step() && statement.columnInt64(0) != 0;
}

qint64 RecordStore::entryCount()
{
    auto statement = db_.prepare("SELECT count(*) FROM entries");
    statement.step();
    return statement.columnInt64(0);
}

// --- conflicts ---

void RecordStore::addConflict(const CachedConflict &conflict)
{
    auto statement = db_.prepare(
        "INSERT OR REPLACE INTO conflicts (change_id, patient_id, base_version, proposed_json, author_id, facility_id,"
        " received_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
    statement.bind(1, idText(conflict.changeId))
        .bind(2, idText(conflict.patientId))
        .bind(3, conflict.baseVersion)
        .bind(4, jsonText(toJson(conflict.proposed)))
        .bind(5, idText(conflict.authorId))
        .bind(6, idText(conflict.facilityId))
        .bind(7, dateTimeToJsonString(conflict.receivedAt));
    statement.run();
}

void RecordStore::replaceConflicts(const std::vector<CachedConflict> &conflicts)
{
    db_.exec("DELETE FROM conflicts");
    for (const CachedConflict &conflict : conflicts)
        addConflict(conflict);
}

std::vector<CachedConflict> RecordStore::conflicts(const std::optional<QUuid> &patientId)
{
    std::vector<CachedConflict> result;
    auto statement = db_.prepare(
        patientId ? "SELECT change_id, patient_id, base_version, proposed_json, author_id, facility_id, received_at"
                    " FROM conflicts WHERE patient_id = ? ORDER BY received_at, change_id"
                  : "SELECT change_id, patient_id, base_version, proposed_json, author_id, facility_id, received_at"
                    " FROM conflicts ORDER BY received_at, change_id");
    if (patientId)
        statement.bind(1, idText(*patientId));
    while (statement.step()) {
        CachedConflict conflict;
        conflict.changeId = uuidAt(statement, 0);
        conflict.patientId = uuidAt(statement, 1);
        conflict.baseVersion = static_cast<int>(statement.columnInt64(2));
        conflict.proposed = patientAt(statement, 3);
        conflict.authorId = uuidAt(statement, 4);
        conflict.facilityId = uuidAt(statement, 5);
        const auto at = dateTimeFromJsonString(statement.columnText(6));
        if (!at)
            unreadable("conflict time");
        conflict.receivedAt = *at;
        result.push_back(std::move(conflict));
    }
    return result;
}

} // namespace medinexus::client
