#pragma once

// The SQL of PostgresStore, as functions over one connection, mirroring
// server/storage/sqlite/sqlite_queries.h statement for statement so that both stores give
// the same answers (orders, limits, clamping). Callers handle transactions and locking;
// these functions throw StoreError.

#include "server/storage/postgres/pg_connection.h"
#include "server/storage/store_records.h"

#include <functional>
#include <optional>
#include <vector>

namespace medinexus::server::pg_queries {

using pg::Connection;

inline constexpr int kMaxPullLimit = 1000;
inline constexpr int kMaxSearchLimit = 500;
inline constexpr int kMaxAuditQueryLimit = 1000;
inline constexpr int kLoginFailureRetentionDays = 30;

// --- directory ---
std::optional<Facility> findFacility(Connection &db, const QUuid &id);
std::vector<Facility> listFacilities(Connection &db);
void putFacility(Connection &db, const Facility &facility);
std::optional<UserAccount> findUser(Connection &db, const QUuid &id);
std::optional<UserAccount> findUserByUsername(Connection &db, const QString &username);
std::vector<User> listUsers(Connection &db);
void putUser(Connection &db, const User &user, const std::optional<QByteArray> &passwordHash);

// --- sessions and login throttling ---
void createSession(Connection &db, const SessionRecord &session);
std::optional<SessionRecord> findSession(Connection &db, const QByteArray &tokenHash);
void touchSession(Connection &db, const QByteArray &tokenHash, const QDateTime &lastSeenAt);
void deleteSession(Connection &db, const QByteArray &tokenHash);
int deleteSessionsOfUser(Connection &db, const QUuid &userId);
int purgeExpiredSessions(Connection &db, const QDateTime &now);
void recordLoginFailure(Connection &db, const QString &key, const QDateTime &at);  // two statements
LoginFailures loginFailures(Connection &db, const QString &key, const QDateTime &since);
void clearLoginFailures(Connection &db, const QString &key);

// --- patients ---
std::optional<Patient> findPatient(Connection &db, const QUuid &id);
std::optional<QUuid> patientIdByNumber(Connection &db, const QString &compactNumber);
std::optional<Patient> findPatientByNumber(Connection &db, const QString &compactNumber);
// Several statements: run inside one (REPEATABLE READ) transaction.
std::vector<Patient> searchPatients(Connection &db, const PatientQuery &query);
void putPatient(Connection &db, const Patient &patient, const QUuid &changeId);
void addPatientConflict(Connection &db, const PatientConflict &conflict);
void resolvePatientConflicts(Connection &db, const QUuid &patientId, const QUuid &resolvedByChange);
std::vector<PatientConflict> openConflicts(Connection &db, const std::optional<QUuid> &patientId);

// --- clinical entries ---
std::optional<ClinicalEntry> findEntry(Connection &db, const QUuid &id);
std::vector<ClinicalEntry> entriesOfPatient(Connection &db, const QUuid &patientId);
void insertEntry(Connection &db, const ClinicalEntry &entry);
int dispensedQuantity(Connection &db, const QUuid &prescriptionId);

// --- sync log ---
std::optional<LoggedChange> findChange(Connection &db, const QUuid &changeId);
qint64 logChange(Connection &db, const sync::ChangeEnvelope &change, ChangeDisposition disposition);
PullPage pull(Connection &db, qint64 afterSequence, int limit, const std::vector<ObjectType> &types);

// --- audit ---
// Appends the row chained to the current last one and moves the head; returns its
// sequence. The caller holds the store's write lock.
qint64 appendAudit(Connection &db, const AuditEvent &event);
std::vector<AuditRecord> queryAudit(Connection &db, const AuditQuery &query);
void forEachAuditRecord(Connection &db, const std::function<bool(const AuditRecord &)> &visit);
// The head row: (sequence, hash), nullopt when there is none.
std::optional<std::pair<qint64, QByteArray>> auditHead(Connection &db);

} // namespace medinexus::server::pg_queries
