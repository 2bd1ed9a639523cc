#include "server/storage/postgres/pg_queries.h"

#include "server/storage/patient_search_plan.h"
#include "server/storage/row_conversion.h"
#include "shared/codec/model_json.h"
#include "shared/ids/uuid.h"
#include "shared/model/patient_search.h"

#include <algorithm>
#include <limits>
#include <set>
#include <string>
#include <variant>

namespace medinexus::server::pg_queries {

namespace {

using pg::Params;
using pg::Result;
using namespace row_conversion;

// One row of a result, as row_conversion reads it.
class ResultRow {
public:
    ResultRow(const Result &result, int row) : result_(result), row_(row) {}

    bool isNull(int column) const { return result_.isNull(row_, column); }
    QString text(int column) const { return result_.text(row_, column); }
    qint64 int64(int column) const { return result_.int64(row_, column); }
    bool boolean(int column) const { return result_.boolean(row_, column); }
    QByteArray bytes(int column) const { return result_.bytes(row_, column); }
    QByteArray utf8(int column) const { return result_.text(row_, column).toUtf8(); }

private:
    const Result &result_;
    int row_;
};

// The row `read` makes of the first result row, if any.
template <typename Read>
auto firstRow(const Result &rows, Read read) -> std::optional<decltype(read(ResultRow(rows, 0)))>
{
    if (rows.rows() == 0)
        return std::nullopt;
    return read(ResultRow(rows, 0));
}

// What `read` makes of each result row, in order.
template <typename Read>
auto allRows(const Result &rows, Read read) -> std::vector<decltype(read(ResultRow(rows, 0)))>
{
    std::vector<decltype(read(ResultRow(rows, 0)))> all;
    for (int r = 0; r < rows.rows(); ++r)
        all.push_back(read(ResultRow(rows, r)));
    return all;
}

// --- search ----------------------------------------------------------------------------------

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
    return firstRow(db.exec("find facility", std::string("SELECT ") + kFacilityColumns + " FROM facilities WHERE id = $1",
                            Params().id(id)),
                    facilityFromRow<ResultRow>);
}

std::vector<Facility> listFacilities(Connection &db)
{
    // SQLite's "name COLLATE NOCASE": ASCII case folding, then bytes.
    return allRows(db.exec("list facilities", std::string("SELECT ") + kFacilityColumns
                                                  + " FROM facilities ORDER BY medinexus_ascii_lower(name), id"),
                   facilityFromRow<ResultRow>);
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
    return firstRow(
        db.exec("find user", std::string("SELECT ") + kUserColumns + " FROM users WHERE id = $1", Params().id(id)),
        userFromRow<ResultRow>);
}

std::optional<UserAccount> findUserByUsername(Connection &db, const QString &username)
{
    return firstRow(db.exec("find user by name",
                            std::string("SELECT ") + kUserColumns
                                + " FROM users WHERE medinexus_ascii_lower(username) = medinexus_ascii_lower($1)",
                            Params().text(username.trimmed())),
                    userFromRow<ResultRow>);
}

std::vector<User> listUsers(Connection &db)
{
    // SQLite orders the NOCASE column by its collation.
    return allRows(db.exec("list users", std::string("SELECT ") + kUserColumns
                                             + " FROM users ORDER BY medinexus_ascii_lower(username), id"),
                   [](const ResultRow &row) { return userFromRow(row).user; });
}

void putUser(Connection &db, const User &user, const std::optional<QByteArray> &passwordHash)
{
    if (passwordHash && passwordHash->isEmpty())
        throw StoreError("a password hash must not be empty", false);
    // One parameter list for both statements (a new account always has its hash).
    const Params params = Params()
                              .text(user.username)
                              .text(user.displayName)
                              .text(toToken(user.role))
                              .id(user.facilityId)
                              .boolean(user.active)
                              .integer(qint64{user.version})
                              .bytes(passwordHash)
                              .id(user.id);
    const Result updated = db.exec(
        "put user",
        "UPDATE users SET username = $1, display_name = $2, role = $3, facility_id = $4, active = $5, "
        "version = $6, password_hash = coalesce($7, password_hash) WHERE id = $8",
        params);
    if (updated.affectedRows() > 0)
        return;
    if (!passwordHash)
        throw StoreError("a new user account needs a password hash", false);
    db.exec("put user",
            "INSERT INTO users (username, display_name, role, facility_id, active, version, password_hash, id) "
            "VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
            params);
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
    return firstRow(db.exec("find session", std::string("SELECT ") + kSessionColumns + " FROM sessions WHERE token_hash = $1",
                            Params().bytes(tokenHash)),
                    sessionFromRow<ResultRow>);
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
    return firstRow(db.exec("read login failures",
                            "SELECT count(*), max(at) FROM login_failures WHERE key = $1 AND at >= $2",
                            Params().text(key).integer(msOf(since, "login failure window start"))),
                    loginFailuresFromRow<ResultRow>)
        .value_or(LoginFailures{});
}

void clearLoginFailures(Connection &db, const QString &key)
{
    db.exec("clear login failures", "DELETE FROM login_failures WHERE key = $1", Params().text(key));
}

// --- patients --------------------------------------------------------------------------------

std::optional<Patient> findPatient(Connection &db, const QUuid &id)
{
    return firstRow(db.exec("find patient", "SELECT json FROM patients WHERE id = $1", Params().id(id)),
                    [&id](const ResultRow &row) { return patientFromColumn(row, 0, id); });
}

std::optional<QUuid> patientIdByNumber(Connection &db, const QString &compactNumber)
{
    return firstRow(
        db.exec("find patient by number", "SELECT id FROM patients WHERE number = $1", Params().text(compactNumber)),
        [](const ResultRow &row) { return idColumn(row, 0, "patients"); });
}

std::optional<Patient> findPatientByNumber(Connection &db, const QString &compactNumber)
{
    return firstRow(db.exec("find patient by number", "SELECT id, json FROM patients WHERE number = $1",
                            Params().text(compactNumber)),
                    [](const ResultRow &row) { return patientFromColumn(row, 1, idColumn(row, 0, "patients")); });
}

std::vector<Patient> searchPatients(Connection &db, const PatientQuery &query)
{
    // The readings of the text and their merge are those of sqlite_queries.cpp.
    const PatientSearchPlan plan = planPatientSearch(query, kMaxSearchLimit);
    if (plan.limit <= 0)
        return {};
    constexpr const char kOrder[] = " ORDER BY p2.family_fold, p2.given_fold, p2.id LIMIT ";

    // where: conditions on p2 with parameters from $1 (the year's comes after them).
    const auto collect = [&](const std::string &where, Params params) {
        std::string sql = "SELECT p2.family_fold, p2.given_fold, p2.id FROM patients p2 WHERE " + where;
        int next = params.size() + 1;
        if (plan.birthYear) {
            sql += " AND p2.birth_year = " + placeholder(next++);
            params.integer(qint64{*plan.birthYear});
        }
        sql += kOrder + placeholder(next);
        params.integer(qint64{plan.limit});
        return db.exec("search patients", sql, params);
    };

    std::vector<SearchKey> keys;
    if (plan.text.isEmpty()) {
        collectKeys(collect("true", Params()), keys);
    } else {
        collectKeys(collect("p2.number = $1", Params().text(plan.text)), keys);
        if (plan.phoneDigits) {
            collectKeys(collect("strpos(p2.phone_digits, $1) > 0", Params().text(*plan.phoneDigits)), keys);
        } else {
            const QStringList &words = plan.nameWords;
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
                if (plan.birthYear) {
                    sql += " AND t.birth_year = " + placeholder(next++);
                    params.integer(qint64{*plan.birthYear});
                }
                sql += " ORDER BY t.family_fold, t.given_fold, t.patient_id LIMIT " + placeholder(next);
                params.integer(qint64{plan.limit});
                collectKeys(db.exec("search patients", sql, params), keys);
            }
        }
    }

    keepFirstDistinct(keys, plan.limit);

    std::vector<Patient> patients;
    patients.reserve(keys.size());
    for (const SearchKey &key : keys) {
        const QUuid id = idFromText(key.id, "patients");
        const Result rows = db.exec("search patients", "SELECT json FROM patients WHERE id = $1", Params().text(key.id));
        if (rows.rows() == 0)
            corrupt("a patient that vanished during a search");  // impossible in one snapshot
        patients.push_back(patientFromColumn(ResultRow(rows, 0), 0, id));
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
    std::string sql = std::string("SELECT ") + kConflictColumns
                      + " FROM patient_conflicts WHERE resolved_by_change IS NULL";
    Params params;
    if (patientId) {
        sql += " AND patient_id = $1";
        params.id(*patientId);
    }
    sql += " ORDER BY received_at, change_id";
    return allRows(db.exec("list conflicts", sql, params), conflictFromRow<ResultRow>);
}

// --- clinical entries ------------------------------------------------------------------------

std::optional<ClinicalEntry> findEntry(Connection &db, const QUuid &id)
{
    return firstRow(db.exec("find entry", "SELECT id, json FROM entries WHERE id = $1", Params().id(id)),
                    [](const ResultRow &row) { return entryFromColumns(row, 0, 1); });
}

std::vector<ClinicalEntry> entriesOfPatient(Connection &db, const QUuid &patientId)
{
    return allRows(db.exec("list entries", "SELECT id, json FROM entries WHERE patient_id = $1 ORDER BY recorded_at, id",
                           Params().id(patientId)),
                   [](const ResultRow &row) { return entryFromColumns(row, 0, 1); });
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
    return dispensedQuantityFromSum(rows.int64(0, 0), prescriptionId);
}

// --- sync log --------------------------------------------------------------------------------

std::optional<LoggedChange> findChange(Connection &db, const QUuid &changeId)
{
    return firstRow(db.exec("find change", std::string("SELECT ") + kChangeColumns + " FROM changes WHERE change_id = $1",
                            Params().id(changeId)),
                    changeFromRow<ResultRow>);
}

qint64 logChange(Connection &db, const sync::ChangeEnvelope &change, ChangeDisposition disposition)
{
    const QByteArray envelope = changeEnvelopeBytes(change);
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
    std::string sql = std::string("SELECT ") + kChangeColumns + " FROM changes WHERE sequence > $1";
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
        if (!addToPullPage(page, pageSize, ResultRow(rows, r)))
            break;
    }
    return page;
}

// --- audit -----------------------------------------------------------------------------------

qint64 appendAudit(Connection &db, const AuditEvent &event)
{
    if (!event.at.isValid())
        throw StoreError("an audit event needs a valid time", false);

    const ChainedAuditRow row = chainAuditRow(
        firstRow(db.exec("append audit", "SELECT sequence, hash FROM audit_log ORDER BY sequence DESC LIMIT 1"),
                 [](const ResultRow &last) { return std::make_pair(last.int64(0), last.bytes(1)); }),
        event);
    db.exec("append audit",
            "INSERT INTO audit_log (sequence, at, actor_id, actor_name, action, object_type, object_id, peer, "
            "outcome, details, prev_hash, hash) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)",
            Params()
                .integer(row.sequence)
                .text(dateTimeToJsonString(event.at))
                .id(event.actorId)
                .text(event.actorName)
                .text(event.action)
                .text(event.objectType)
                .text(event.objectId)
                .text(event.peer)
                .text(event.outcome)
                .text(QString::fromUtf8(row.details))
                .bytes(row.previousHash)
                .bytes(row.hash));
    db.exec("append audit",
            "INSERT INTO audit_head (singleton, sequence, hash) VALUES (true, $1, $2) "
            "ON CONFLICT (singleton) DO UPDATE SET sequence = EXCLUDED.sequence, hash = EXCLUDED.hash",
            Params().integer(row.sequence).bytes(row.hash));
    return row.sequence;
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
    return allRows(db.exec("query audit", sql, params), auditFromRow<ResultRow>);
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
            if (!visit(auditFromRow(ResultRow(rows, r))))
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
