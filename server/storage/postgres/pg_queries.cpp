#include "server/storage/postgres/pg_queries.h"

#include "server/audit/audit_chain.h"
#include "shared/codec/canonical_json.h"
#include "shared/codec/model_json.h"
#include "shared/ids/uuid.h"
#include "shared/model/patient_search.h"
#include "shared/sync/change_envelope.h"

#include <QJsonObject>

#include <algorithm>
#include <limits>
#include <set>
#include <stdexcept>
#include <string>
#include <tuple>
#include <variant>

namespace medinexus::server::pg_queries {

namespace {

using pg::Params;
using pg::Result;

// --- errors and values (as in sqlite_queries.cpp) -------------------------------------------

[[noreturn]] void corrupt(const std::string &what)
{
    throw StoreError("the database holds " + what, false);
}

std::string idForMessage(const QUuid &id)
{
    return uuidToString(id).toStdString();
}

QUuid idColumn(const Result &row, int r, int column, const char *what)
{
    const std::optional<QUuid> id = parseUuid(row.text(r, column));
    if (!id)
        corrupt(std::string("a malformed id in ") + what);
    return *id;
}

qint64 msOf(const QDateTime &time, const char *what)
{
    if (!time.isValid())
        throw StoreError(std::string(what) + " is not a valid time", false);
    return time.toMSecsSinceEpoch();
}

QDateTime timeFromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

int intColumn(const Result &row, int r, int column, const char *what)
{
    const qint64 value = row.int64(r, column);
    if (value < std::numeric_limits<int>::min() || value > std::numeric_limits<int>::max())
        corrupt(std::string("an out-of-range number in ") + what);
    return static_cast<int>(value);
}

template <typename E>
E enumColumn(const Result &row, int r, int column, const char *what)
{
    const std::optional<E> value = fromToken<E>(row.text(r, column));
    if (!value)
        corrupt(std::string("an unknown token in ") + what);
    return *value;
}

QByteArray canonical(const QJsonObject &object, const std::string &what)
{
    try {
        return toCanonicalJson(object);
    } catch (const std::invalid_argument &) {
        throw StoreError(what + " has no canonical JSON form (a string with an unpaired "
                                "surrogate or a number that is not an integer)",
                         false);
    }
}

QJsonObject parseObject(const QByteArray &bytes, const std::string &what)
{
    auto parsed = parseJsonObject(bytes);
    if (!parsed.ok())
        corrupt("unreadable JSON in " + what);
    return std::move(parsed).value();
}

template <typename T>
T decoded(medinexus::Result<T> result, const std::string &what)
{
    if (!result.ok())
        corrupt(what + " that does not decode (at '" + result.error().path.toStdString() + "')");
    return std::move(result).value();
}

QString dispositionToken(ChangeDisposition disposition)
{
    switch (disposition) {
    case ChangeDisposition::Applied:
        return QStringLiteral("applied");
    case ChangeDisposition::Conflict:
        return QStringLiteral("conflict");
    }
    throw std::invalid_argument("unknown ChangeDisposition");
}

ChangeDisposition dispositionFromColumn(const Result &row, int r, int column)
{
    const QString token = row.text(r, column);
    if (token == QLatin1String("applied"))
        return ChangeDisposition::Applied;
    if (token == QLatin1String("conflict"))
        return ChangeDisposition::Conflict;
    corrupt("an unknown change disposition");
}

// --- row readers -----------------------------------------------------------------------------

constexpr const char kFacilityColumns[] = "id, name, kind, village, active, version";

Facility facilityFromRow(const Result &row, int r)
{
    Facility facility;
    facility.id = idColumn(row, r, 0, "facilities");
    facility.name = row.text(r, 1);
    facility.kind = enumColumn<FacilityKind>(row, r, 2, "facilities");
    facility.village = row.text(r, 3);
    facility.active = row.boolean(r, 4);
    facility.version = intColumn(row, r, 5, "facilities");
    return facility;
}

constexpr const char kUserColumns[] =
    "id, username, display_name, role, facility_id, active, version, password_hash";

UserAccount userFromRow(const Result &row, int r)
{
    UserAccount account;
    account.user.id = idColumn(row, r, 0, "users");
    account.user.username = row.text(r, 1);
    account.user.displayName = row.text(r, 2);
    account.user.role = enumColumn<Role>(row, r, 3, "users");
    account.user.facilityId = idColumn(row, r, 4, "users");
    account.user.active = row.boolean(r, 5);
    account.user.version = intColumn(row, r, 6, "users");
    account.passwordHash = row.bytes(r, 7);
    return account;
}

Patient patientFromColumn(const Result &row, int r, int column, const QUuid &id)
{
    const std::string what = "patient " + idForMessage(id);
    return decoded(patientFromJson(parseObject(row.bytes(r, column), what)), what);
}

ClinicalEntry entryFromColumn(const Result &row, int r, int idColumnIndex, int jsonColumn)
{
    const QUuid id = idColumn(row, r, idColumnIndex, "entries");
    const std::string what = "entry " + idForMessage(id);
    return decoded(clinicalEntryFromJson(parseObject(row.bytes(r, jsonColumn), what)), what);
}

LoggedChange changeFromRow(const Result &row, int r)
{
    LoggedChange logged;
    logged.sequence = row.int64(r, 0);
    logged.change = decoded(sync::decodeChangeEnvelope(row.bytes(r, 1)), "change " + std::to_string(logged.sequence));
    logged.disposition = dispositionFromColumn(row, r, 2);
    return logged;
}

constexpr const char kAuditColumns[] =
    "sequence, at, actor_id, actor_name, action, object_type, object_id, peer, outcome, details, "
    "prev_hash, hash";

AuditRecord auditFromRow(const Result &row, int r)
{
    AuditRecord record;
    record.sequence = row.int64(r, 0);
    const std::string what = "audit row " + std::to_string(record.sequence);
    const std::optional<QDateTime> at = dateTimeFromJsonString(row.text(r, 1));
    if (!at)
        corrupt("a malformed time in " + what);
    record.event.at = *at;
    if (!row.isNull(r, 2)) {
        const std::optional<QUuid> actor = parseUuid(row.text(r, 2));
        if (!actor)
            corrupt("a malformed actor id in " + what);
        record.event.actorId = *actor;
    }
    record.event.actorName = row.text(r, 3);
    record.event.action = row.text(r, 4);
    record.event.objectType = row.text(r, 5);
    record.event.objectId = row.text(r, 6);
    record.event.peer = row.text(r, 7);
    record.event.outcome = row.text(r, 8);
    record.event.details = parseObject(row.text(r, 9).toUtf8(), what);
    record.previousHash = row.bytes(r, 10);
    record.hash = row.bytes(r, 11);
    return record;
}

// --- search ----------------------------------------------------------------------------------

struct SearchKey {
    QString family;
    QString given;
    QString id;

    friend bool operator<(const SearchKey &a, const SearchKey &b)
    {
        return std::tie(a.family, a.given, a.id) < std::tie(b.family, b.given, b.id);
    }
};

void collectKeys(const Result &rows, std::vector<SearchKey> &keys)
{
    for (int r = 0; r < rows.rows(); ++r)
        keys.push_back({rows.text(r, 0), rows.text(r, 1), rows.text(r, 2)});
}

std::string placeholder(int index)
{
    return "$" + std::to_string(index);
}

} // namespace

// --- directory -------------------------------------------------------------------------------

std::optional<Facility> findFacility(Connection &db, const QUuid &id)
{
    const Result rows = db.exec("find facility", std::string("SELECT ") + kFacilityColumns + " FROM facilities WHERE id = $1",
                                Params().id(id));
    if (rows.rows() == 0)
        return std::nullopt;
    return facilityFromRow(rows, 0);
}

std::vector<Facility> listFacilities(Connection &db)
{
    // SQLite's "name COLLATE NOCASE": ASCII case folding, then bytes.
    const Result rows = db.exec("list facilities", std::string("SELECT ") + kFacilityColumns
                                                       + " FROM facilities ORDER BY medinexus_ascii_lower(name), id");
    std::vector<Facility> facilities;
    for (int r = 0; r < rows.rows(); ++r)
        facilities.push_back(facilityFromRow(rows, r));
    return facilities;
}

void putFacility(Connection &db, const Facility &facility)
{
    db.exec("put facility",
            "INSERT INTO facilities (id, name, kind, village, active, version) VALUES ($1, $2, $3, $4, $5, $6) "
            "ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, kind = EXCLUDED.kind, "
            "village = EXCLUDED.village, active = EXCLUDED.active, version = EXCLUDED.version",
            Params()
                .id(facility.id)
                .text(facility.name)
                .text(toToken(facility.kind))
                .text(facility.village)
                .boolean(facility.active)
                .integer(qint64{facility.version}));
}

std::optional<UserAccount> findUser(Connection &db, const QUuid &id)
{
    const Result rows =
        db.exec("find user", std::string("SELECT ") + kUserColumns + " FROM users WHERE id = $1", Params().id(id));
    if (rows.rows() == 0)
        return std::nullopt;
    return userFromRow(rows, 0);
}

std::optional<UserAccount> findUserByUsername(Connection &db, const QString &username)
{
    const Result rows = db.exec("find user by name",
                                std::string("SELECT ") + kUserColumns
                                    + " FROM users WHERE medinexus_ascii_lower(username) = medinexus_ascii_lower($1)",
                                Params().text(username.trimmed()));
    if (rows.rows() == 0)
        return std::nullopt;
    return userFromRow(rows, 0);
}

std::vector<User> listUsers(Connection &db)
{
    // SQLite orders the NOCASE column by its collation.
    const Result rows = db.exec("list users", std::string("SELECT ") + kUserColumns
                                                  + " FROM users ORDER BY medinexus_ascii_lower(username), id");
    std::vector<User> users;
    for (int r = 0; r < rows.rows(); ++r)
        users.push_back(userFromRow(rows, r).user);
    return users;
}

void putUser(Connection &db, const User &user, const std::optional<QByteArray> &passwordHash)
{
    if (passwordHash && passwordHash->isEmpty())
        throw StoreError("a password hash must not be empty", false);
    const Result updated = db.exec(
        "put user",
        "UPDATE users SET username = $1, display_name = $2, role = $3, facility_id = $4, active = $5, "
        "version = $6, password_hash = coalesce($7, password_hash) WHERE id = $8",
        Params()
            .text(user.username)
            .text(user.displayName)
            .text(toToken(user.role))
            .id(user.facilityId)
            .boolean(user.active)
            .integer(qint64{user.version})
            .bytes(passwordHash)
            .id(user.id));
    if (updated.affectedRows() > 0)
        return;
    if (!passwordHash)
        throw StoreError("a new user account needs a password hash", false);
    db.exec("put user",
            "INSERT INTO users (id, username, display_name, role, facility_id, active, version, password_hash) "
            "VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
            Params()
                .id(user.id)
                .text(user.username)
                .text(user.displayName)
                .text(toToken(user.role))
                .id(user.facilityId)
                .boolean(user.active)
                .integer(qint64{user.version})
                .bytes(*passwordHash));
}

// --- sessions and login throttling -------------------------------------------------------------

void createSession(Connection &db, const SessionRecord &session)
{
    if (session.tokenHash.isEmpty())
        throw StoreError("a session needs a token hash", false);
    db.exec("create session",
            "INSERT INTO sessions (token_hash, user_id, created_at, last_seen_at, absolute_expiry) "
            "VALUES ($1, $2, $3, $4, $5)",
            Params()
                .bytes(session.tokenHash)
                .id(session.userId)
                .integer(msOf(session.createdAt, "session creation time"))
                .integer(msOf(session.lastSeenAt, "session last-seen time"))
                .integer(msOf(session.absoluteExpiry, "session expiry")));
}

std::optional<SessionRecord> findSession(Connection &db, const QByteArray &tokenHash)
{
    const Result rows = db.exec("find session",
                                "SELECT token_hash, user_id, created_at, last_seen_at, absolute_expiry "
                                "FROM sessions WHERE token_hash = $1",
                                Params().bytes(tokenHash));
    if (rows.rows() == 0)
        return std::nullopt;
    SessionRecord session;
    session.tokenHash = rows.bytes(0, 0);
    session.userId = idColumn(rows, 0, 1, "sessions");
    session.createdAt = timeFromMs(rows.int64(0, 2));
    session.lastSeenAt = timeFromMs(rows.int64(0, 3));
    session.absoluteExpiry = timeFromMs(rows.int64(0, 4));
    return session;
}

void touchSession(Connection &db, const QByteArray &tokenHash, const QDateTime &lastSeenAt)
{
    db.exec("touch session", "UPDATE sessions SET last_seen_at = $1 WHERE token_hash = $2",
            Params().integer(msOf(lastSeenAt, "session last-seen time")).bytes(tokenHash));
}

void deleteSession(Connection &db, const QByteArray &tokenHash)
{
    db.exec("delete session", "DELETE FROM sessions WHERE token_hash = $1", Params().bytes(tokenHash));
}

int deleteSessionsOfUser(Connection &db, const QUuid &userId)
{
    return db.exec("delete sessions of user", "DELETE FROM sessions WHERE user_id = $1", Params().id(userId))
        .affectedRows();
}

int purgeExpiredSessions(Connection &db, const QDateTime &now)
{
    return db.exec("purge expired sessions", "DELETE FROM sessions WHERE absolute_expiry <= $1",
                   Params().integer(msOf(now, "current time")))
        .affectedRows();
}

void recordLoginFailure(Connection &db, const QString &key, const QDateTime &at)
{
    const qint64 atMs = msOf(at, "login failure time");
    db.exec("record login failure", "INSERT INTO login_failures (key, at) VALUES ($1, $2)",
            Params().text(key).integer(atMs));
    constexpr qint64 kRetentionMs = qint64{kLoginFailureRetentionDays} * 24 * 60 * 60 * 1000;
    db.exec("record login failure", "DELETE FROM login_failures WHERE at < $1",
            Params().integer(atMs - kRetentionMs));
}

LoginFailures loginFailures(Connection &db, const QString &key, const QDateTime &since)
{
    const Result rows = db.exec("read login failures",
                                "SELECT count(*), max(at) FROM login_failures WHERE key = $1 AND at >= $2",
                                Params().text(key).integer(msOf(since, "login failure window start")));
    LoginFailures failures;
    if (rows.rows() == 1) {
        failures.count = intColumn(rows, 0, 0, "login_failures");
        if (failures.count > 0)
            failures.lastFailureAt = timeFromMs(rows.int64(0, 1));
    }
    return failures;
}

void clearLoginFailures(Connection &db, const QString &key)
{
    db.exec("clear login failures", "DELETE FROM login_failures WHERE key = $1", Params().text(key));
}

// --- patients --------------------------------------------------------------------------------

std::optional<Patient> findPatient(Connection &db, const QUuid &id)
{
    const Result rows = db.exec("find patient", "SELECT json FROM patients WHERE id = $1", Params().id(id));
    if (rows.rows() == 0)
        return std::nullopt;
    return patientFromColumn(rows, 0, 0, id);
}

std::optional<QUuid> patientIdByNumber(Connection &db, const QString &compactNumber)
{
    const Result rows =
        db.exec("find patient by number", "SELECT id FROM patients WHERE number = $1", Params().text(compactNumber));
    if (rows.rows() == 0)
        return std::nullopt;
    return idColumn(rows, 0, 0, "patients");
}

std::optional<Patient> findPatientByNumber(Connection &db, const QString &compactNumber)
{
    const Result rows = db.exec("find patient by number", "SELECT id, json FROM patients WHERE number = $1",
                                Params().text(compactNumber));
    if (rows.rows() == 0)
        return std::nullopt;
    return patientFromColumn(rows, 0, 1, idColumn(rows, 0, 0, "patients"));
}

std::vector<Patient> searchPatients(Connection &db, const PatientQuery &query)
{
    // The readings of the text and their merge are those of sqlite_queries.cpp.
    const int limit = std::min(query.limit, kMaxSearchLimit);
    if (limit <= 0)
        return {};
    const QString text = query.text.trimmed();
    const std::optional<int> year = query.birthYear;
    constexpr const char kOrder[] = " ORDER BY p2.family_fold, p2.given_fold, p2.id LIMIT ";

    // where: conditions on p2 with parameters from $1 (the year's comes after them).
    const auto collect = [&](const std::string &where, Params params) {
        std::string sql = "SELECT p2.family_fold, p2.given_fold, p2.id FROM patients p2 WHERE " + where;
        int next = params.size() + 1;
        if (year) {
            sql += " AND p2.birth_year = " + placeholder(next++);
            params.integer(qint64{*year});
        }
        sql += kOrder + placeholder(next);
        params.integer(qint64{limit});
        return db.exec("search patients", sql, params);
    };

    std::vector<SearchKey> keys;
    if (text.isEmpty()) {
        collectKeys(collect("true", Params()), keys);
    } else {
        collectKeys(collect("p2.number = $1", Params().text(text)), keys);
        if (search::looksLikePhone(text)) {
            collectKeys(collect("strpos(p2.phone_digits, $1) > 0", Params().text(search::phoneDigits(text))), keys);
        } else {
            QStringList words = search::queryWords(text);
            std::stable_sort(words.begin(), words.end(),
                             [](const QString &a, const QString &b) { return a.size() > b.size(); });
            if (!words.isEmpty()) {
                std::string sql =
                    "SELECT DISTINCT t.family_fold, t.given_fold, t.patient_id FROM patient_name_terms t"
                    " WHERE t.term >= $1 AND t.term < $2";
                Params params;
                params.text(words.front()).text(search::prefixUpperBound(words.front()));
                int next = 3;
                for (qsizetype i = 1; i < words.size(); ++i) {
                    sql += " AND EXISTS (SELECT 1 FROM patient_name_terms u WHERE u.patient_id = t.patient_id"
                           " AND u.term >= " + placeholder(next) + " AND u.term < " + placeholder(next + 1) + ")";
                    next += 2;
                    params.text(words[i]).text(search::prefixUpperBound(words[i]));
                }
                if (year) {
                    sql += " AND t.birth_year = " + placeholder(next++);
                    params.integer(qint64{*year});
                }
                sql += " ORDER BY t.family_fold, t.given_fold, t.patient_id LIMIT " + placeholder(next);
                params.integer(qint64{limit});
                collectKeys(db.exec("search patients", sql, params), keys);
            }
        }
    }

    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end(), [](const SearchKey &a, const SearchKey &b) { return a.id == b.id; }),
               keys.end());
    if (keys.size() > static_cast<std::size_t>(limit))
        keys.resize(static_cast<std::size_t>(limit));

    std::vector<Patient> patients;
    patients.reserve(keys.size());
    for (const SearchKey &key : keys) {
        const std::optional<QUuid> id = parseUuid(key.id);
        if (!id)
            corrupt("a malformed id in patients");
        const Result rows = db.exec("search patients", "SELECT json FROM patients WHERE id = $1", Params().text(key.id));
        if (rows.rows() == 0)
            corrupt("a patient that vanished during a search");  // impossible in one snapshot
        patients.push_back(patientFromColumn(rows, 0, 0, *id));
    }
    return patients;
}

void putPatient(Connection &db, const Patient &patient, const QUuid &changeId)
{
    const QByteArray json = canonical(toJson(patient), "patient " + idForMessage(patient.id));
    const QString family = search::fold(patient.familyName);
    const QString given = search::fold(patient.givenNames);
    const std::optional<int> year = search::birthYear(patient);

    db.exec("put patient",
            "INSERT INTO patients (id, number, version, json, family_fold, given_fold, phone_digits, birth_year, "
            "registered_at_facility, last_change_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) "
            "ON CONFLICT (id) DO UPDATE SET number = EXCLUDED.number, version = EXCLUDED.version, "
            "json = EXCLUDED.json, family_fold = EXCLUDED.family_fold, given_fold = EXCLUDED.given_fold, "
            "phone_digits = EXCLUDED.phone_digits, birth_year = EXCLUDED.birth_year, "
            "registered_at_facility = EXCLUDED.registered_at_facility, last_change_id = EXCLUDED.last_change_id",
            Params()
                .id(patient.id)
                .text(patient.number)
                .integer(qint64{patient.version})
                .bytes(json)
                .text(family)
                .text(given)
                .text(search::phoneDigits(patient.phone))
                .integer(year)
                .id(patient.registeredAtFacility)
                .id(changeId));

    db.exec("put patient", "DELETE FROM patient_name_terms WHERE patient_id = $1", Params().id(patient.id));
    for (const QString &term : search::nameTerms(patient)) {
        db.exec("put patient",
                "INSERT INTO patient_name_terms (term, patient_id, family_fold, given_fold, birth_year) "
                "VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING",
                Params().text(term).id(patient.id).text(family).text(given).integer(year));
    }

    db.exec("put patient",
            "INSERT INTO patient_versions (patient_id, version, change_id, json, stored_at) "
            "VALUES ($1, $2, $3, $4, $5)",
            Params()
                .id(patient.id)
                .integer(qint64{patient.version})
                .id(changeId)
                .bytes(json)
                .integer(QDateTime::currentMSecsSinceEpoch()));
}

void addPatientConflict(Connection &db, const PatientConflict &conflict)
{
    const QByteArray proposed =
        canonical(toJson(conflict.proposed), "conflicting version of patient " + idForMessage(conflict.patientId));
    db.exec("add patient conflict",
            "INSERT INTO patient_conflicts (change_id, patient_id, base_version, proposed, author_id, "
            "facility_id, received_at) VALUES ($1, $2, $3, $4, $5, $6, $7)",
            Params()
                .id(conflict.changeId)
                .id(conflict.patientId)
                .integer(qint64{conflict.baseVersion})
                .bytes(proposed)
                .id(conflict.authorId)
                .id(conflict.facilityId)
                .integer(msOf(conflict.receivedAt, "conflict reception time")));
}

void resolvePatientConflicts(Connection &db, const QUuid &patientId, const QUuid &resolvedByChange)
{
    db.exec("resolve patient conflicts",
            "UPDATE patient_conflicts SET resolved_by_change = $1 WHERE patient_id = $2 AND resolved_by_change IS NULL",
            Params().id(resolvedByChange).id(patientId));
}

std::vector<PatientConflict> openConflicts(Connection &db, const std::optional<QUuid> &patientId)
{
    std::string sql =
        "SELECT change_id, patient_id, base_version, proposed, author_id, facility_id, received_at "
        "FROM patient_conflicts WHERE resolved_by_change IS NULL";
    Params params;
    if (patientId) {
        sql += " AND patient_id = $1";
        params.id(*patientId);
    }
    sql += " ORDER BY received_at, change_id";
    const Result rows = db.exec("list conflicts", sql, params);
    std::vector<PatientConflict> conflicts;
    for (int r = 0; r < rows.rows(); ++r) {
        PatientConflict conflict;
        conflict.changeId = idColumn(rows, r, 0, "patient_conflicts");
        conflict.patientId = idColumn(rows, r, 1, "patient_conflicts");
        conflict.baseVersion = intColumn(rows, r, 2, "patient_conflicts");
        const std::string what = "conflicting version of patient " + idForMessage(conflict.patientId);
        conflict.proposed = decoded(patientFromJson(parseObject(rows.bytes(r, 3), what)), what);
        conflict.authorId = idColumn(rows, r, 4, "patient_conflicts");
        conflict.facilityId = idColumn(rows, r, 5, "patient_conflicts");
        conflict.receivedAt = timeFromMs(rows.int64(r, 6));
        conflicts.push_back(std::move(conflict));
    }
    return conflicts;
}

// --- clinical entries ------------------------------------------------------------------------

std::optional<ClinicalEntry> findEntry(Connection &db, const QUuid &id)
{
    const Result rows = db.exec("find entry", "SELECT id, json FROM entries WHERE id = $1", Params().id(id));
    if (rows.rows() == 0)
        return std::nullopt;
    return entryFromColumn(rows, 0, 0, 1);
}

std::vector<ClinicalEntry> entriesOfPatient(Connection &db, const QUuid &patientId)
{
    const Result rows = db.exec("list entries",
                                "SELECT id, json FROM entries WHERE patient_id = $1 ORDER BY recorded_at, id",
                                Params().id(patientId));
    std::vector<ClinicalEntry> entries;
    for (int r = 0; r < rows.rows(); ++r)
        entries.push_back(entryFromColumn(rows, r, 0, 1));
    return entries;
}

void insertEntry(Connection &db, const ClinicalEntry &entry)
{
    const QByteArray json = canonical(toJson(entry), "entry " + idForMessage(entry.id));

    // The chain root of an amendment is that of the entry it amends; a missing one fails
    // the deferred foreign key at COMMIT.
    QString root = uuidToString(entry.id);
    if (entry.amends) {
        const Result found =
            db.exec("insert entry", "SELECT chain_root FROM entries WHERE id = $1", Params().id(*entry.amends));
        root = found.rows() > 0 ? found.text(0, 0) : uuidToString(*entry.amends);
    }

    std::optional<QUuid> prescriptionId;
    std::optional<int> quantity;
    if (const auto *dispensation = std::get_if<DispensationBody>(&entry.body)) {
        prescriptionId = dispensation->prescriptionId;
        quantity = dispensation->quantity;
    }
    db.exec("insert entry",
            "INSERT INTO entries (id, patient_id, kind, author_id, facility_id, recorded_at, amends, chain_root, "
            "prescription_id, quantity, json) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
            Params()
                .id(entry.id)
                .id(entry.patientId)
                .text(toToken(entry.kind()))
                .id(entry.authorId)
                .id(entry.facilityId)
                .integer(msOf(entry.recordedAt, "entry time"))
                .id(entry.amends)
                .text(root)
                .id(prescriptionId)
                .integer(quantity)
                .bytes(json));
}

int dispensedQuantity(Connection &db, const QUuid &prescriptionId)
{
    // The rule of sqlite_queries.cpp: over the prescription's whole amendment chain, each
    // dispensation chain counted once by its latest leaf, for the prescription it names.
    const Result rows = db.exec("dispensed quantity", R"sql(
        SELECT coalesce(sum(e.quantity), 0)
        FROM entries e
        WHERE e.kind = 'dispensation'
          AND e.prescription_id IN (
              SELECT id FROM entries
              WHERE chain_root = (SELECT chain_root FROM entries WHERE id = $1))
          AND NOT EXISTS (SELECT 1 FROM entries a WHERE a.amends = e.id)
          AND NOT EXISTS (
              SELECT 1 FROM entries l
              WHERE l.chain_root = e.chain_root AND l.id <> e.id
                AND NOT EXISTS (SELECT 1 FROM entries a2 WHERE a2.amends = l.id)
                AND (l.recorded_at > e.recorded_at
                     OR (l.recorded_at = e.recorded_at AND l.id > e.id)))
    )sql",
                                Params().id(prescriptionId));
    if (rows.rows() == 0)
        return 0;
    const qint64 total = rows.int64(0, 0);
    if (total < std::numeric_limits<int>::min() || total > std::numeric_limits<int>::max())
        throw StoreError("dispensed quantity of prescription " + idForMessage(prescriptionId) + " is out of range",
                         false);
    return static_cast<int>(total);
}

// --- sync log --------------------------------------------------------------------------------

std::optional<LoggedChange> findChange(Connection &db, const QUuid &changeId)
{
    const Result rows = db.exec("find change", "SELECT sequence, envelope, disposition FROM changes WHERE change_id = $1",
                                Params().id(changeId));
    if (rows.rows() == 0)
        return std::nullopt;
    return changeFromRow(rows, 0);
}

qint64 logChange(Connection &db, const sync::ChangeEnvelope &change, ChangeDisposition disposition)
{
    QByteArray envelope;
    try {
        envelope = sync::encodeCanonical(change);
    } catch (const std::invalid_argument &) {
        throw StoreError("change " + idForMessage(change.changeId) + " has no canonical JSON form", false);
    }
    const Result inserted = db.exec(
        "log change",
        "INSERT INTO changes (change_id, object_type, object_id, envelope, disposition, received_at) "
        "VALUES ($1, $2, $3, $4, $5, $6) RETURNING sequence",
        Params()
            .id(change.changeId)
            .text(toToken(change.objectType))
            .id(change.objectId)
            .bytes(envelope)
            .text(dispositionToken(disposition))
            .integer(QDateTime::currentMSecsSinceEpoch()));
    return inserted.int64(0, 0);
}

PullPage pull(Connection &db, qint64 afterSequence, int limit, const std::vector<ObjectType> &types)
{
    // Why paging by sequence never skips a change here: every transaction that logs a
    // change holds the store's cluster-wide write lock (pg_advisory_xact_lock) from before
    // its sequence is drawn until its COMMIT is visible, so sequences become visible in
    // increasing order: once a snapshot holds sequence n, every smaller one is committed
    // (or rolled back for good; identity values are never reused).
    const int pageSize = std::clamp(limit, 1, kMaxPullLimit);
    const std::set<ObjectType> wanted(types.begin(), types.end());
    std::string sql = "SELECT sequence, envelope, disposition FROM changes WHERE sequence > $1";
    Params params;
    params.integer(afterSequence);
    int next = 2;
    if (!wanted.empty()) {
        sql += " AND object_type IN (";
        bool first = true;
        for (const ObjectType type : wanted) {
            sql += (first ? "" : ", ") + placeholder(next++);
            params.text(toToken(type));
            first = false;
        }
        sql += ")";
    }
    sql += " ORDER BY sequence LIMIT " + placeholder(next);
    params.integer(qint64{pageSize} + 1);  // one more than asked: tells whether more follow
    const Result rows = db.exec("pull changes", sql, params);

    PullPage page;
    page.lastSequence = afterSequence;
    for (int r = 0; r < rows.rows(); ++r) {
        if (page.changes.size() == static_cast<std::size_t>(pageSize)) {
            page.hasMore = true;
            break;
        }
        LoggedChange logged = changeFromRow(rows, r);
        page.lastSequence = logged.sequence;
        page.changes.push_back(std::move(logged));
    }
    return page;
}

// --- audit -----------------------------------------------------------------------------------

qint64 appendAudit(Connection &db, const AuditEvent &event)
{
    if (!event.at.isValid())
        throw StoreError("an audit event needs a valid time", false);

    qint64 sequence = 1;
    QByteArray previous = auditGenesisHash();
    {
        const Result last = db.exec("append audit", "SELECT sequence, hash FROM audit_log ORDER BY sequence DESC LIMIT 1");
        if (last.rows() > 0) {
            sequence = last.int64(0, 0) + 1;
            previous = last.bytes(0, 1);
        }
    }
    QByteArray hash;
    QByteArray details;
    try {
        hash = auditRowHash(previous, sequence, event);
        details = toCanonicalJson(event.details);
    } catch (const std::invalid_argument &) {
        throw StoreError("audit event '" + event.action.left(64).toStdString()
                             + "' has no canonical JSON form (a string with an unpaired surrogate "
                               "or a non-integer number in its details)",
                         false);
    }
    db.exec("append audit",
            "INSERT INTO audit_log (sequence, at, actor_id, actor_name, action, object_type, object_id, peer, "
            "outcome, details, prev_hash, hash) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)",
            Params()
                .integer(sequence)
                .text(dateTimeToJsonString(event.at))
                .id(event.actorId)
                .text(event.actorName)
                .text(event.action)
                .text(event.objectType)
                .text(event.objectId)
                .text(event.peer)
                .text(event.outcome)
                .text(QString::fromUtf8(details))
                .bytes(previous)
                .bytes(hash));
    db.exec("append audit",
            "INSERT INTO audit_head (singleton, sequence, hash) VALUES (true, $1, $2) "
            "ON CONFLICT (singleton) DO UPDATE SET sequence = EXCLUDED.sequence, hash = EXCLUDED.hash",
            Params().integer(sequence).bytes(hash));
    return sequence;
}

std::vector<AuditRecord> queryAudit(Connection &db, const AuditQuery &query)
{
    const int limit = std::clamp(query.limit, 1, kMaxAuditQueryLimit);
    std::string sql = std::string("SELECT ") + kAuditColumns + " FROM audit_log WHERE sequence > $1";
    Params params;
    params.integer(query.afterSequence);
    int next = 2;
    // `at` is fixed-width UTC text, so text order (COLLATE "C") is time order.
    if (query.from) {
        sql += " AND at >= " + placeholder(next++);
        params.text(dateTimeToJsonString(*query.from));
    }
    if (query.to) {
        sql += " AND at < " + placeholder(next++);
        params.text(dateTimeToJsonString(*query.to));
    }
    if (query.actorId) {
        sql += " AND actor_id = " + placeholder(next++);
        params.id(*query.actorId);
    }
    if (!query.action.isEmpty()) {
        sql += " AND action = " + placeholder(next++);
        params.text(query.action);
    }
    if (!query.objectId.isEmpty()) {
        sql += " AND object_id = " + placeholder(next++);
        params.text(query.objectId);
    }
    sql += " ORDER BY sequence LIMIT " + placeholder(next);
    params.integer(qint64{limit});
    const Result rows = db.exec("query audit", sql, params);
    std::vector<AuditRecord> records;
    for (int r = 0; r < rows.rows(); ++r)
        records.push_back(auditFromRow(rows, r));
    return records;
}

void forEachAuditRecord(Connection &db, const std::function<bool(const AuditRecord &)> &visit)
{
    // In pages, so that memory stays constant; call inside one snapshot. A row whose
    // sequence cannot be read still advances the page by the raw column.
    constexpr int kPage = 1000;
    qint64 after = std::numeric_limits<qint64>::min();
    for (;;) {
        const Result rows = db.exec("read audit",
                                    std::string("SELECT ") + kAuditColumns
                                        + " FROM audit_log WHERE sequence > $1 ORDER BY sequence LIMIT $2",
                                    Params().integer(after).integer(qint64{kPage}));
        for (int r = 0; r < rows.rows(); ++r) {
            if (!visit(auditFromRow(rows, r)))
                return;
            after = rows.int64(r, 0);
        }
        if (rows.rows() < kPage)
            return;
    }
}

std::optional<std::pair<qint64, QByteArray>> auditHead(Connection &db)
{
    const Result rows = db.exec("read audit head", "SELECT sequence, hash FROM audit_head");
    if (rows.rows() == 0)
        return std::nullopt;
    return std::make_pair(rows.int64(0, 0), rows.bytes(0, 1));
}

} // namespace medinexus::server::pg_queries
