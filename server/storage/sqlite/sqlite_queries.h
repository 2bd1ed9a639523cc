#pragma once

// The SQL of SqliteStore, as functions over one connection: the same reads serve the
// write transaction (on the writer connection, seeing its own writes) and the store's
// read pool. Callers handle transactions, locking and the mapping of sqlite::Error to
// StoreError; these functions throw StoreError themselves for data that cannot be
// encoded or decoded (messages name the object by id, never by content).

#include "server/storage/store_records.h"
#include "shared/storage/sqlite_connection.h"

#include <QByteArray>
#include <QString>
#include <QUuid>

#include <functional>
#include <optional>
#include <utility>
#include <vector>

namespace medinexus::server::sqlite_queries {

using sqlite::Connection;

inline constexpr int kMaxPullLimit = 1000;
inline constexpr int kMaxSearchLimit = 500;
inline constexpr int kMaxAuditQueryLimit = 1000;

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
// Also forgets failures older than kLoginFailureRetentionDays (of every key).
inline constexpr int kLoginFailureRetentionDays = 30;
void recordLoginFailure(Connection &db, const QString &key, const QDateTime &at);
LoginFailures loginFailures(Connection &db, const QString &key, const QDateTime &since);
void clearLoginFailures(Connection &db, const QString &key);

// --- patients ---
std::optional<Patient> findPatient(Connection &db, const QUuid &id);
std::optional<QUuid> patientIdByNumber(Connection &db, const QString &compactNumber);
std::optional<Patient> findPatientByNumber(Connection &db, const QString &compactNumber);
// Runs several statements: call inside a read transaction for one consistent snapshot.
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
// Appends the row chained to the current last one; returns its sequence.
qint64 appendAudit(Connection &db, const AuditEvent &event);
std::vector<AuditRecord> queryAudit(Connection &db, const AuditQuery &query);
void forEachAuditRecord(Connection &db, const std::function<bool(const AuditRecord &)> &visit);
// 0 when the log is empty.
qint64 lastAuditSequence(Connection &db);
// (sequence, hash) of the rows after `sequence`, in order.
std::vector<std::pair<qint64, QByteArray>> auditHashesAfter(Connection &db, qint64 sequence);

} // namespace medinexus::server::sqlite_queries
