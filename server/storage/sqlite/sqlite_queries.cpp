#include "server/storage/sqlite/sqlite_queries.h"

#include "server/storage/patient_search_plan.h"
#include "server/storage/row_conversion.h"
#include "shared/codec/canonical_json.h"
#include "shared/codec/model_json.h"
#include "shared/ids/uuid.h"
#include "shared/model/patient_search.h"
#include "shared/sync/change_envelope.h"

#include <algorithm>
#include <set>
#include <string>
#include <variant>

namespace medinexus::server::sqlite_queries {

namespace {

using sqlite::Statement;
using namespace row_conversion;

// A row of a stepped statement, as row_conversion reads it.
class StatementRow {
public:
    explicit StatementRow(const Statement &statement) : statement_(statement) {}

    bool isNull(int column) const { return statement_.columnIsNull(column); }
    QString text(int column) const { return statement_.columnText(column); }
    qint64 int64(int column) const { return statement_.columnInt64(column); }
    bool boolean(int column) const { return statement_.columnInt64(column) != 0; }
    QByteArray bytes(int column) const { return statement_.columnBlob(column); }
    QByteArray utf8(int column) const { return statement_.columnBlob(column); }

private:
    const Statement &statement_;
};

// The row `read` makes of the statement's first result row, if any.
template <typename Read>
auto firstRow(Statement &statement, Read read) -> std::optional<decltype(read(StatementRow(statement)))>
{
    if (!statement.step())
        return std::nullopt;
    return read(StatementRow(statement));
}

// What `read` makes of each result row, in order.
template <typename Read>
auto allRows(Statement &statement, Read read) -> std::vector<decltype(read(StatementRow(statement)))>
{
    std::vector<decltype(read(StatementRow(statement)))> all;
    while (statement.step())
        all.push_back(read(StatementRow(statement)));
    return all;
}

// --- values --------------------------------------------------------------------------------

QString idText(const QUuid &id)
{
    return uuidToString(id);
}

std::optional<QString> idText(const std::optional<QUuid> &id)
{
    if (!id)
        return std::nullopt;
    return uuidToString(*id);
}

// Runs a statement that changes one object and returns the number of rows changed.
int runChanges(Connection &db, Statement &statement)
{
    statement.run();
    return db.changes();
}

// --- search --------------------------------------------------------------------------------

// The first `limit` patients in result order that satisfy `where` (conditions on p2,
// parameters bound by `bind` from index 1, returning the next index). `walkIndex`, when
// given, is the index walked in result order; without it SQLite's planner chooses.
template <typename Bind>
void collectSearchKeys(Connection &db, const char *walkIndex, const std::string &where, Bind bind, int limit,
                       std::vector<SearchKey> &keys)
{
    std::string sql = "SELECT p2.family_fold, p2.given_fold, p2.id FROM patients p2";
    if (walkIndex != nullptr)
        sql += std::string(" INDEXED BY ") + walkIndex;
    sql += " WHERE " + where + " ORDER BY p2.family_fold, p2.given_fold, p2.id LIMIT ?";
    Statement statement = db.prepare(sql);
    const int next = bind(statement);
    statement.bind(next, limit);
    while (statement.step())
        keys.push_back({statement.columnText(0), statement.columnText(1), statement.columnText(2)});
}

} // namespace

// --- directory -------------------------------------------------------------------------------

std::optional<Facility> findFacility(Connection &db, const QUuid &id)
{
    Statement statement =
        db.prepare(std::string("SELECT ") + kFacilityColumns + " FROM facilities WHERE id = ?");
    statement.bind(1, idText(id));
    return firstRow(statement, facilityFromRow<StatementRow>);
}

std::vector<Facility> listFacilities(Connection &db)
{
    Statement statement = db.prepare(std::string("SELECT ") + kFacilityColumns
                                     + " FROM facilities ORDER BY name COLLATE NOCASE, id");
    return allRows(statement, facilityFromRow<StatementRow>);
}

void putFacility(Connection &db, const Facility &facility)
{
    Statement update = db.prepare(
        "UPDATE facilities SET name = ?1, kind = ?2, village = ?3, active = ?4, version = ?5 "
        "WHERE id = ?6");
    update.bind(1, facility.name)
        .bind(2, toToken(facility.kind))
        .bind(3, facility.village)
        .bind(4, facility.active)
        .bind(5, facility.version)
        .bind(6, idText(facility.id));
    if (runChanges(db, update) > 0)
        return;
    Statement insert = db.prepare(
        "INSERT INTO facilities (id, name, kind, village, active, version) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    insert.bind(1, idText(facility.id))
        .bind(2, facility.name)
        .bind(3, toToken(facility.kind))
        .bind(4, facility.village)
        .bind(5, facility.active)
        .bind(6, facility.version);
    insert.run();
}

std::optional<UserAccount> findUser(Connection &db, const QUuid &id)
{
    Statement statement =
        db.prepare(std::string("SELECT ") + kUserColumns + " FROM users WHERE id = ?");
    statement.bind(1, idText(id));
    return firstRow(statement, userFromRow<StatementRow>);
}

std::optional<UserAccount> findUserByUsername(Connection &db, const QString &username)
{
    // The column's NOCASE collation applies to the comparison.
    Statement statement =
        db.prepare(std::string("SELECT ") + kUserColumns + " FROM users WHERE username = ?");
    statement.bind(1, username.trimmed());
    return firstRow(statement, userFromRow<StatementRow>);
}

std::vector<User> listUsers(Connection &db)
{
    Statement statement =
        db.prepare(std::string("SELECT ") + kUserColumns + " FROM users ORDER BY username, id");
    return allRows(statement, [](const StatementRow &row) { return userFromRow(row).user; });
}

void putUser(Connection &db, const User &user, const std::optional<QByteArray> &passwordHash)
{
    if (passwordHash && passwordHash->isEmpty())
        throw StoreError("a password hash must not be empty", false);
    Statement update = db.prepare(
        "UPDATE users SET username = ?1, display_name = ?2, role = ?3, facility_id = ?4, "
        "active = ?5, version = ?6, password_hash = coalesce(?7, password_hash) WHERE id = ?8");
    update.bind(1, user.username)
        .bind(2, user.displayName)
        .bind(3, toToken(user.role))
        .bind(4, idText(user.facilityId))
        .bind(5, user.active)
        .bind(6, user.version)
        .bind(7, passwordHash)
        .bind(8, idText(user.id));
    if (runChanges(db, update) > 0)
        return;
    if (!passwordHash)
        throw StoreError("a new user account needs a password hash", false);
    Statement insert = db.prepare(
        "INSERT INTO users (id, username, display_name, role, facility_id, active, version, "
        "password_hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    insert.bind(1, idText(user.id))
        .bind(2, user.username)
        .bind(3, user.displayName)
        .bind(4, toToken(user.role))
        .bind(5, idText(user.facilityId))
        .bind(6, user.active)
        .bind(7, user.version)
        .bind(8, *passwordHash);
    insert.run();
}

// --- sessions and login throttling -------------------------------------------------------------

void createSession(Connection &db, const SessionRecord &session)
{
    if (session.tokenHash.isEmpty())
        throw StoreError("a session needs a token hash", false);
    Statement insert = db.prepare(
        "INSERT INTO sessions (token_hash, user_id, created_at, last_seen_at, absolute_expiry) "
        "VALUES (?1, ?2, ?3, ?4, ?5)");
    insert.bind(1, session.tokenHash)
        .bind(2, idText(session.userId))
        .bind(3, msOf(session.createdAt, "session creation time"))
        .bind(4, msOf(session.lastSeenAt, "session last-seen time"))
        .bind(5, msOf(session.absoluteExpiry, "session expiry"));
    insert.run();
}

std::optional<SessionRecord> findSession(Connection &db, const QByteArray &tokenHash)
{
    Statement statement =
        db.prepare(std::string("SELECT ") + kSessionColumns + " FROM sessions WHERE token_hash = ?");
    statement.bind(1, tokenHash);
    return firstRow(statement, sessionFromRow<StatementRow>);
}

void touchSession(Connection &db, const QByteArray &tokenHash, const QDateTime &lastSeenAt)
{
    Statement update = db.prepare("UPDATE sessions SET last_seen_at = ?1 WHERE token_hash = ?2");
    update.bind(1, msOf(lastSeenAt, "session last-seen time")).bind(2, tokenHash);
    update.run();
}

void deleteSession(Connection &db, const QByteArray &tokenHash)
{
    Statement remove = db.prepare("DELETE FROM sessions WHERE token_hash = ?");
    remove.bind(1, tokenHash);
    remove.run();
}

int deleteSessionsOfUser(Connection &db, const QUuid &userId)
{
    Statement remove = db.prepare("DELETE FROM sessions WHERE user_id = ?");
    remove.bind(1, idText(userId));
    return runChanges(db, remove);
}

int purgeExpiredSessions(Connection &db, const QDateTime &now)
{
    Statement remove = db.prepare("DELETE FROM sessions WHERE absolute_expiry <= ?");
    remove.bind(1, msOf(now, "current time"));
    return runChanges(db, remove);
}

void recordLoginFailure(Connection &db, const QString &key, const QDateTime &at)
{
    const qint64 atMs = msOf(at, "login failure time");
    Statement insert = db.prepare("INSERT INTO login_failures (key, at) VALUES (?1, ?2)");
    insert.bind(1, key).bind(2, atMs);
    insert.run();
    // Keys nobody clears (addresses spraying guesses) must not grow the table for ever.
    constexpr qint64 kRetentionMs = qint64{kLoginFailureRetentionDays} * 24 * 60 * 60 * 1000;
    Statement prune = db.prepare("DELETE FROM login_failures WHERE at < ?");
    prune.bind(1, atMs - kRetentionMs);
    prune.run();
}

LoginFailures loginFailures(Connection &db, const QString &key, const QDateTime &since)
{
    Statement statement =
        db.prepare("SELECT count(*), max(at) FROM login_failures WHERE key = ?1 AND at >= ?2");
    statement.bind(1, key).bind(2, msOf(since, "login failure window start"));
    return firstRow(statement, loginFailuresFromRow<StatementRow>).value_or(LoginFailures{});
}

void clearLoginFailures(Connection &db, const QString &key)
{
    Statement remove = db.prepare("DELETE FROM login_failures WHERE key = ?");
    remove.bind(1, key);
    remove.run();
}

// --- patients --------------------------------------------------------------------------------

std::optional<Patient> findPatient(Connection &db, const QUuid &id)
{
    Statement statement = db.prepare("SELECT json FROM patients WHERE id = ?");
    statement.bind(1, idText(id));
    return firstRow(statement, [&id](const StatementRow &row) { return patientFromColumn(row, 0, id); });
}

std::optional<QUuid> patientIdByNumber(Connection &db, const QString &compactNumber)
{
    Statement statement = db.prepare("SELECT id FROM patients WHERE number = ?");
    statement.bind(1, compactNumber);
    return firstRow(statement, [](const StatementRow &row) { return idColumn(row, 0, "patients"); });
}

std::optional<Patient> findPatientByNumber(Connection &db, const QString &compactNumber)
{
    Statement statement = db.prepare("SELECT id, json FROM patients WHERE number = ?");
    statement.bind(1, compactNumber);
    return firstRow(statement, [](const StatementRow &row) {
        return patientFromColumn(row, 1, idColumn(row, 0, "patients"));
    });
}

std::vector<Patient> searchPatients(Connection &db, const PatientQuery &query)
{
    const PatientSearchPlan plan = planPatientSearch(query, kMaxSearchLimit);
    if (plan.limit <= 0)
        return {};
    // Walking the patients in result order: those of the year when one is given.
    const char *const walkIndex = plan.birthYear ? "patients_by_birth_year" : "patients_by_name";
    const auto withYear = [&plan](std::string where) {
        if (plan.birthYear)
            where += " AND p2.birth_year = ?";
        return where;
    };
    const auto bindYear = [&plan](Statement &statement, int index) {
        if (plan.birthYear)
            statement.bind(index++, *plan.birthYear);
        return index;
    };

    // Each applicable reading of the text gives its first `limit` keys; merged, the first
    // `limit` overall are the result.
    std::vector<SearchKey> keys;
    if (plan.text.isEmpty()) {
        collectSearchKeys(db, walkIndex, withYear("1"), [&](Statement &s) { return bindYear(s, 1); }, plan.limit, keys);
    } else {
        // A compact patient number (the caller parsed what was typed): the unique index.
        collectSearchKeys(db, nullptr, withYear("p2.number = ?"),
                          [&](Statement &s) {
                              s.bind(1, plan.text);
                              return bindYear(s, 2);
                          },
                          plan.limit, keys);
        if (plan.phoneDigits) {
            // Part of a phone number. No B-tree answers a substring: the walk in result order
            // tests each patient's digits from the covering index, and stops at the limit.
            const QString &digits = *plan.phoneDigits;
            collectSearchKeys(db, walkIndex, withYear("instr(p2.phone_digits, ?) > 0"),
                              [&](Statement &s) {
                                  s.bind(1, digits);
                                  return bindYear(s, 2);
                              },
                              plan.limit, keys);
        } else {
            // Names: every query word is the prefix of one of the patient's terms. The
            // longest (usually most selective) word is one range of the terms table, which
            // carries the result order; each other word is a probe of the patient's terms.
            const QStringList &words = plan.nameWords;
            if (!words.isEmpty()) {
                std::string sql =
                    "SELECT DISTINCT t.family_fold, t.given_fold, t.patient_id FROM patient_name_terms t"
                    " WHERE t.term >= ? AND t.term < ?";
                // EXISTS, not IN: an IN list would tempt the planner to drive the search from
                // a short but common word (thousands of index probes) instead of the range.
                for (qsizetype i = 1; i < words.size(); ++i) {
                    sql += " AND EXISTS (SELECT 1 FROM patient_name_terms u WHERE u.patient_id = t.patient_id"
                           " AND u.term >= ? AND u.term < ?)";
                }
                if (plan.birthYear)
                    sql += " AND t.birth_year = ?";
                sql += " ORDER BY t.family_fold, t.given_fold, t.patient_id LIMIT ?";
                Statement statement = db.prepare(sql);
                int index = 1;
                for (const QString &word : words) {
                    statement.bind(index++, word);
                    statement.bind(index++, search::prefixUpperBound(word));
                }
                index = bindYear(statement, index);
                statement.bind(index, plan.limit);
                while (statement.step())
                    keys.push_back({statement.columnText(0), statement.columnText(1), statement.columnText(2)});
            }
        }
    }

    keepFirstDistinct(keys, plan.limit);

    // The demographics of the page only.
    std::vector<Patient> patients;
    patients.reserve(keys.size());
    Statement fetch = db.prepare("SELECT json FROM patients WHERE id = ?");
    for (const SearchKey &key : keys) {
        const QUuid id = idFromText(key.id, "patients");
        fetch.reset();
        fetch.bind(1, key.id);
        if (!fetch.step())
            corrupt("a patient that vanished during a search");  // impossible in one snapshot
        patients.push_back(patientFromColumn(StatementRow(fetch), 0, id));
    }
    return patients;
}

void putPatient(Connection &db, const Patient &patient, const QUuid &changeId)
{
    const QString id = idText(patient.id);
    const QByteArray json = canonical(toJson(patient), "patient " + idForMessage(patient.id));
    const QString family = search::fold(patient.familyName);
    const QString given = search::fold(patient.givenNames);
    const QString phone = search::phoneDigits(patient.phone);
    const std::optional<int> year = search::birthYear(patient);

    Statement update = db.prepare(
        "UPDATE patients SET number = ?1, version = ?2, json = ?3, family_fold = ?4, "
        "given_fold = ?5, phone_digits = ?6, birth_year = ?7, registered_at_facility = ?8, "
        "last_change_id = ?9 WHERE id = ?10");
    update.bind(1, patient.number)
        .bind(2, patient.version)
        .bind(3, json)
        .bind(4, family)
        .bind(5, given)
        .bind(6, phone)
        .bind(7, year)
        .bind(8, idText(patient.registeredAtFacility))
        .bind(9, idText(changeId))
        .bind(10, id);
    if (runChanges(db, update) == 0) {
        Statement insert = db.prepare(
            "INSERT INTO patients (id, number, version, json, family_fold, given_fold, "
            "phone_digits, birth_year, registered_at_facility, last_change_id) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
        insert.bind(1, id)
            .bind(2, patient.number)
            .bind(3, patient.version)
            .bind(4, json)
            .bind(5, family)
            .bind(6, given)
            .bind(7, phone)
            .bind(8, year)
            .bind(9, idText(patient.registeredAtFacility))
            .bind(10, idText(changeId));
        insert.run();
    }

    Statement clearTerms = db.prepare("DELETE FROM patient_name_terms WHERE patient_id = ?");
    clearTerms.bind(1, id);
    clearTerms.run();
    Statement addTerm = db.prepare(
        "INSERT OR IGNORE INTO patient_name_terms (term, patient_id, family_fold, given_fold, birth_year) "
        "VALUES (?1, ?2, ?3, ?4, ?5)");
    for (const QString &term : search::nameTerms(patient)) {
        addTerm.bind(1, term).bind(2, id).bind(3, family).bind(4, given).bind(5, year);
        addTerm.run();
    }

    Statement history = db.prepare(
        "INSERT INTO patient_versions (patient_id, version, change_id, json, stored_at) "
        "VALUES (?1, ?2, ?3, ?4, ?5)");
    history.bind(1, id)
        .bind(2, patient.version)
        .bind(3, idText(changeId))
        .bind(4, json)
        .bind(5, QDateTime::currentMSecsSinceEpoch());
    history.run();
}

void addPatientConflict(Connection &db, const PatientConflict &conflict)
{
    const QByteArray proposed =
        canonical(toJson(conflict.proposed), "conflicting version of patient " + idForMessage(conflict.patientId));
    Statement insert = db.prepare(
        "INSERT INTO patient_conflicts (change_id, patient_id, base_version, proposed, author_id, "
        "facility_id, received_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    insert.bind(1, idText(conflict.changeId))
        .bind(2, idText(conflict.patientId))
        .bind(3, conflict.baseVersion)
        .bind(4, proposed)
        .bind(5, idText(conflict.authorId))
        .bind(6, idText(conflict.facilityId))
        .bind(7, msOf(conflict.receivedAt, "conflict reception time"));
    insert.run();
}

void resolvePatientConflicts(Connection &db, const QUuid &patientId, const QUuid &resolvedByChange)
{
    Statement update = db.prepare(
        "UPDATE patient_conflicts SET resolved_by_change = ?1 "
        "WHERE patient_id = ?2 AND resolved_by_change IS NULL");
    update.bind(1, idText(resolvedByChange)).bind(2, idText(patientId));
    update.run();
}

std::vector<PatientConflict> openConflicts(Connection &db, const std::optional<QUuid> &patientId)
{
    std::string sql = std::string("SELECT ") + kConflictColumns
                      + " FROM patient_conflicts WHERE resolved_by_change IS NULL";
    if (patientId)
        sql += " AND patient_id = ?";
    sql += " ORDER BY received_at, change_id";
    Statement statement = db.prepare(sql);
    if (patientId)
        statement.bind(1, idText(*patientId));
    return allRows(statement, conflictFromRow<StatementRow>);
}

// --- clinical entries ------------------------------------------------------------------------

std::optional<ClinicalEntry> findEntry(Connection &db, const QUuid &id)
{
    Statement statement = db.prepare("SELECT id, json FROM entries WHERE id = ?");
    statement.bind(1, idText(id));
    return firstRow(statement, [](const StatementRow &row) { return entryFromColumns(row, 0, 1); });
}

std::vector<ClinicalEntry> entriesOfPatient(Connection &db, const QUuid &patientId)
{
    Statement statement =
        db.prepare("SELECT id, json FROM entries WHERE patient_id = ? ORDER BY recorded_at, id");
    statement.bind(1, idText(patientId));
    return allRows(statement, [](const StatementRow &row) { return entryFromColumns(row, 0, 1); });
}

void insertEntry(Connection &db, const ClinicalEntry &entry)
{
    const QByteArray json = canonical(toJson(entry), "entry " + idForMessage(entry.id));

    // The chain root of an amendment is that of the entry it amends. When that entry is
    // missing, the deferred foreign key on `amends` fails the transaction at COMMIT.
    QString root = idText(entry.id);
    if (entry.amends) {
        Statement find = db.prepare("SELECT chain_root FROM entries WHERE id = ?");
        find.bind(1, idText(*entry.amends));
        root = find.step() ? find.columnText(0) : idText(*entry.amends);
    }

    std::optional<QString> prescriptionId;
    std::optional<int> quantity;
    if (const auto *dispensation = std::get_if<DispensationBody>(&entry.body)) {
        prescriptionId = idText(dispensation->prescriptionId);
        quantity = dispensation->quantity;
    }

    Statement insert = db.prepare(
        "INSERT INTO entries (id, patient_id, kind, author_id, facility_id, recorded_at, amends, "
        "chain_root, prescription_id, quantity, json) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
    insert.bind(1, idText(entry.id))
        .bind(2, idText(entry.patientId))
        .bind(3, toToken(entry.kind()))
        .bind(4, idText(entry.authorId))
        .bind(5, idText(entry.facilityId))
        .bind(6, msOf(entry.recordedAt, "entry time"))
        .bind(7, idText(entry.amends))
        .bind(8, root)
        .bind(9, prescriptionId)
        .bind(10, quantity)
        .bind(11, json);
    insert.run();
}

int dispensedQuantity(Connection &db, const QUuid &prescriptionId)
{
    // The prescription is the whole amendment chain of the given entry: a dispensation
    // names the version it was made against, and an amended prescription is still the same
    // order. Each dispensation chain counts once, by the entry in effect: a leaf (amended
    // by nothing), and of several leaves (two clinics amending the same dispensation
    // offline) the latest recorded. That entry counts for the prescription it names, so a
    // correction that moves a dispensation to another prescription moves its units too.
    Statement statement = db.prepare(R"sql(
        SELECT coalesce(sum(e.quantity), 0)
        FROM entries e
        WHERE e.kind = 'dispensation'
          AND e.prescription_id IN (
              SELECT id FROM entries
              WHERE chain_root = (SELECT chain_root FROM entries WHERE id = ?1))
          AND NOT EXISTS (SELECT 1 FROM entries a WHERE a.amends = e.id)
          AND NOT EXISTS (
              SELECT 1 FROM entries l
              WHERE l.chain_root = e.chain_root AND l.id <> e.id
                AND NOT EXISTS (SELECT 1 FROM entries a2 WHERE a2.amends = l.id)
                AND (l.recorded_at > e.recorded_at
                     OR (l.recorded_at = e.recorded_at AND l.id > e.id)))
    )sql");
    statement.bind(1, idText(prescriptionId));
    if (!statement.step())
        return 0;
    return dispensedQuantityFromSum(statement.columnInt64(0), prescriptionId);
}

// --- sync log --------------------------------------------------------------------------------

std::optional<LoggedChange> findChange(Connection &db, const QUuid &changeId)
{
    Statement statement =
        db.prepare(std::string("SELECT ") + kChangeColumns + " FROM changes WHERE change_id = ?");
    statement.bind(1, idText(changeId));
    return firstRow(statement, changeFromRow<StatementRow>);
}

qint64 logChange(Connection &db, const sync::ChangeEnvelope &change, ChangeDisposition disposition)
{
    const QByteArray envelope = changeEnvelopeBytes(change);
    Statement insert = db.prepare(
        "INSERT INTO changes (change_id, object_type, object_id, envelope, disposition, received_at) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    insert.bind(1, idText(change.changeId))
        .bind(2, toToken(change.objectType))
        .bind(3, idText(change.objectId))
        .bind(4, envelope)
        .bind(5, dispositionToken(disposition))
        .bind(6, QDateTime::currentMSecsSinceEpoch());
    insert.run();
    return db.lastInsertRowId();
}

PullPage pull(Connection &db, qint64 afterSequence, int limit, const std::vector<ObjectType> &types)
{
    // Why paging by sequence never skips a change: sequences are allocated inside the
    // writing transaction, and SQLite has a single writer (BEGIN IMMEDIATE takes the write
    // lock before anything is allocated, and holds it to COMMIT). So the transactions
    // commit in sequence order: once a reader's snapshot holds sequence n, every smaller
    // sequence is committed (or rolled back for good, a gap never filled thanks to
    // AUTOINCREMENT) and visible in that snapshot. A later page can only find larger
    // sequences. PostgreSQL has concurrent writers whose sequence values commit out of
    // order; its store needs another mechanism (e.g. serialising the allocation with the
    // commit, or only serving sequences below the oldest in-flight transaction's).
    const int pageSize = std::clamp(limit, 1, kMaxPullLimit);
    const std::set<ObjectType> wanted(types.begin(), types.end());
    std::string sql = std::string("SELECT ") + kChangeColumns + " FROM changes WHERE sequence > ?";
    if (!wanted.empty()) {
        sql += " AND object_type IN (";
        for (std::size_t i = 0; i < wanted.size(); ++i)
            sql += i == 0 ? "?" : ", ?";
        sql += ")";
    }
    sql += " ORDER BY sequence LIMIT ?";
    Statement statement = db.prepare(sql);
    int index = 1;
    statement.bind(index++, afterSequence);
    for (const ObjectType type : wanted)
        statement.bind(index++, toToken(type));
    statement.bind(index, pageSize + 1);  // one more than asked: tells whether more follow

    PullPage page;
    page.lastSequence = afterSequence;
    while (statement.step()) {
        if (!addToPullPage(page, pageSize, StatementRow(statement)))
            break;
    }
    return page;
}

// --- audit -----------------------------------------------------------------------------------

qint64 appendAudit(Connection &db, const AuditEvent &event)
{
    if (!event.at.isValid())
        throw StoreError("an audit event needs a valid time", false);

    std::optional<std::pair<qint64, QByteArray>> last;
    {
        Statement lastRow = db.prepare("SELECT sequence, hash FROM audit_log ORDER BY sequence DESC LIMIT 1");
        if (lastRow.step())
            last.emplace(lastRow.columnInt64(0), lastRow.columnBlob(1));
    }
    const ChainedAuditRow row = chainAuditRow(last, event);
    Statement insert = db.prepare(
        "INSERT INTO audit_log (sequence, at, actor_id, actor_name, action, object_type, object_id, "
        "peer, outcome, details, prev_hash, hash) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)");
    insert.bind(1, row.sequence)
        .bind(2, dateTimeToJsonString(event.at))
        .bind(3, idText(event.actorId))
        .bind(4, event.actorName)
        .bind(5, event.action)
        .bind(6, event.objectType)
        .bind(7, event.objectId)
        .bind(8, event.peer)
        .bind(9, event.outcome)
        .bind(10, QString::fromUtf8(row.details))
        .bind(11, row.previousHash)
        .bind(12, row.hash);
    insert.run();
    return row.sequence;
}

std::vector<AuditRecord> queryAudit(Connection &db, const AuditQuery &query)
{
    const int limit = std::clamp(query.limit, 1, kMaxAuditQueryLimit);
    std::string sql = std::string("SELECT ") + kAuditColumns + " FROM audit_log WHERE sequence > ?";
    if (query.from)
        sql += " AND at >= ?";
    if (query.to)
        sql += " AND at < ?";
    if (query.actorId)
        sql += " AND actor_id = ?";
    if (!query.action.isEmpty())
        sql += " AND action = ?";
    if (!query.objectId.isEmpty())
        sql += " AND object_id = ?";
    sql += " ORDER BY sequence LIMIT ?";
    Statement statement = db.prepare(sql);
    int index = 1;
    statement.bind(index++, query.afterSequence);
    // `at` is fixed-width UTC text, so text order is time order.
    if (query.from)
        statement.bind(index++, dateTimeToJsonString(*query.from));
    if (query.to)
        statement.bind(index++, dateTimeToJsonString(*query.to));
    if (query.actorId)
        statement.bind(index++, idText(*query.actorId));
    if (!query.action.isEmpty())
        statement.bind(index++, query.action);
    if (!query.objectId.isEmpty())
        statement.bind(index++, query.objectId);
    statement.bind(index, limit);
    return allRows(statement, auditFromRow<StatementRow>);
}

void forEachAuditRecord(Connection &db, const std::function<bool(const AuditRecord &)> &visit)
{
    Statement statement =
        db.prepare(std::string("SELECT ") + kAuditColumns + " FROM audit_log ORDER BY sequence");
    while (statement.step()) {
        if (!visit(auditFromRow(StatementRow(statement))))
            return;
    }
}

qint64 lastAuditSequence(Connection &db)
{
    Statement statement = db.prepare("SELECT coalesce(max(sequence), 0) FROM audit_log");
    return statement.step() ? statement.columnInt64(0) : 0;
}

std::vector<std::pair<qint64, QByteArray>> auditHashesAfter(Connection &db, qint64 sequence)
{
    Statement statement =
        db.prepare("SELECT sequence, hash FROM audit_log WHERE sequence > ? ORDER BY sequence");
    statement.bind(1, sequence);
    std::vector<std::pair<qint64, QByteArray>> hashes;
    while (statement.step())
        hashes.emplace_back(statement.columnInt64(0), statement.columnBlob(1));
    return hashes;
}

} // namespace medinexus::server::sqlite_queries
