#include "server/storage/postgres/pg_store.h"

#include "server/storage/postgres/pg_connection.h"
#include "server/storage/postgres/pg_queries.h"
#include "server/storage/postgres/pg_schema.h"
#include "server/storage/writer_gate.h"

#include <QLoggingCategory>

#include <chrono>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <string>
#include <type_traits>
#include <utility>

namespace medinexus::server {

namespace {

Q_LOGGING_CATEGORY(lcStore, "medinexus.server.store.postgres")

namespace q = pg_queries;
using pg::Connection;
using pg::Params;

const std::string kLockStatement = "SELECT pg_advisory_xact_lock(" + std::to_string(PostgresStore::kWriteLockKey) + ")";
constexpr const char kNotifyStatement[] = "SELECT pg_notify('medinexus_changes', '')";

// Connections, lent one at a time; opened on demand up to the pool size.
class ConnectionPool {
public:
    class Lease {
    public:
        Lease(ConnectionPool &pool, std::unique_ptr<Connection> connection)
            : pool_(&pool), connection_(std::move(connection))
        {
        }
        Lease(Lease &&other) noexcept
            : pool_(other.pool_), connection_(std::move(other.connection_))
        {
        }
        Lease &operator=(Lease &&) = delete;
        Lease(const Lease &) = delete;
        Lease &operator=(const Lease &) = delete;
        ~Lease()
        {
            if (connection_)
                pool_->giveBack(std::move(connection_));
        }

        Connection &operator*() const { return *connection_; }

    private:
        ConnectionPool *pool_;
        std::unique_ptr<Connection> connection_;
    };

    ConnectionPool(QString conninfo, int size) : conninfo_(std::move(conninfo)), size_(size) {}

    void add(std::unique_ptr<Connection> connection)
    {
        const std::lock_guard lock(mutex_);
        ++open_;
        idle_.push_back(std::move(connection));
    }

    Lease acquire(int timeoutMs)
    {
        std::unique_lock lock(mutex_);
        if (!available_.wait_for(lock, std::chrono::milliseconds(timeoutMs),
                                 [&] { return !idle_.empty() || open_ < size_; })) {
            throw StoreError("no database connection became free within " + std::to_string(timeoutMs) + " ms", true);
        }
        if (!idle_.empty()) {
            std::unique_ptr<Connection> connection = std::move(idle_.front());
            idle_.pop_front();
            return Lease(*this, std::move(connection));
        }
        ++open_;
        lock.unlock();
        try {
            return Lease(*this, Connection::open(conninfo_));
        } catch (...) {
            lock.lock();
            --open_;
            lock.unlock();
            available_.notify_one();
            throw;
        }
    }

private:
    void giveBack(std::unique_ptr<Connection> connection) noexcept
    {
        // A transaction left open (an exception between BEGIN and COMMIT) is rolled back; a
        // connection that lost its server is dropped, and the next acquire opens a new one.
        const bool usable = !connection->broken() && connection->rollbackQuietly();
        if (!usable)
            connection.reset();
        std::deque<std::unique_ptr<Connection>> stale;
        {
            const std::lock_guard lock(mutex_);
            if (usable) {
                idle_.push_back(std::move(connection));
            } else {
                --open_;
                // The idle ones went to the same server, which is gone (a restart, a
                // failover): drop them too rather than fail one request for each.
                open_ -= static_cast<int>(idle_.size());
                stale.swap(idle_);
            }
        }
        available_.notify_all();
    }

    const QString conninfo_;
    const int size_;
    std::mutex mutex_;
    std::condition_variable available_;
    std::deque<std::unique_ptr<Connection>> idle_;
    int open_ = 0;
};

void beginLocked(Connection &db, int writerWaitMs)
{
    db.execScript("begin write", "BEGIN ISOLATION LEVEL READ COMMITTED");
    // Waiting for another node's writer is bounded like waiting for this node's.
    db.execScript("begin write", "SET LOCAL lock_timeout = " + std::to_string(writerWaitMs));
    db.exec("begin write", kLockStatement);
}

// COMMIT. PostgreSQL answers a COMMIT of a failed transaction with ROLLBACK, not an error.
// When the answer is lost (the connection dropped), the outcome is unknown: the
// transaction may or may not have committed. That is a transient error: the client's
// retry carries the same change id, which the service finds already logged if it did.
void commitOrThrow(Connection &db, const char *operation)
{
    pg::Result result;
    try {
        result = db.exec(operation, "COMMIT");
    } catch (const StoreError &e) {
        if (e.transient()) {
            throw StoreError(std::string(operation) + ": the connection was lost during COMMIT; whether the "
                                                      "transaction committed is unknown (" + e.what() + ")",
                             true);
        }
        throw;
    }
    if (result.commandStatus() != "COMMIT") {
        throw StoreError(std::string(operation) + ": the transaction was rolled back after an earlier error",
                         false);
    }
}

} // namespace

struct PostgresStore::State {
    State(QString info, Options storeOptions)
        : conninfo(std::move(info)), options(storeOptions), pool(conninfo, storeOptions.poolSize)
    {
    }

    const QString conninfo;
    const Options options;
    ConnectionPool pool;
    WriterGate writerGate;

    // An idempotent read: retried once on a fresh connection after a transient failure (a
    // failover drops every connection; the next one finds the new primary).
    template <typename F>
    auto read(const char *operation, F &&work, bool retry = true)
    {
        for (int attempt = 0;; ++attempt) {
            try {
                ConnectionPool::Lease lease = pool.acquire(options.acquireWaitMs);
                return work(*lease);
            } catch (const StoreError &e) {
                if (!e.transient() || !retry || attempt > 0)
                    throw;
                qCInfo(lcStore, "%s failed (%s); retrying once on a new connection", operation, e.what());
            }
        }
    }

    // One write in its own transaction, never retried. `locked`: under the write lock
    // (anything that logs or audits).
    template <typename F>
    auto write(const char *operation, F &&work, bool locked)
    {
        std::optional<WriterGateHold> hold;
        if (locked)
            hold.emplace(writerGate, options.writerWaitMs);
        ConnectionPool::Lease lease = pool.acquire(options.acquireWaitMs);
        Connection &db = *lease;
        if (locked)
            beginLocked(db, options.writerWaitMs);
        else
            db.execScript(operation, "BEGIN ISOLATION LEVEL READ COMMITTED");
        if constexpr (std::is_void_v<decltype(work(db))>) {
            work(db);
            commitOrThrow(db, operation);
        } else {
            auto result = work(db);
            commitOrThrow(db, operation);
            return result;
        }
    }
};

namespace {

using State = PostgresStore::State;

class PgWriteTransaction final : public WriteTransaction {
public:
    explicit PgWriteTransaction(State &state)
        : hold_(state.writerGate, state.options.writerWaitMs),
          lease_(std::in_place, state.pool.acquire(state.options.acquireWaitMs))
    {
        beginLocked(**lease_, state.options.writerWaitMs);
    }

    // The lease goes first (rolling back what is open), then the gate opens.
    ~PgWriteTransaction() override = default;

private:
    Connection &usable(const char *operation)
    {
        if (!lease_)
            throw StoreError(std::string(operation) + ": the write transaction has ended", false);
        Connection &db = **lease_;
        if (db.broken())
            throw StoreError(std::string(operation) + ": the connection to the database was lost", true);
        if (db.inFailedTransaction()) {
            throw StoreError(std::string(operation) + ": the write transaction was rolled back after an earlier error",
                             false);
        }
        return db;
    }

    template <typename F>
    auto read(const char *operation, F &&work)
    {
        return work(usable(operation));
    }

    // A failed statement aborts a whole PostgreSQL transaction, where SQLite undoes that
    // statement only: a savepoint around each write gives the SQLite behaviour (a refused
    // duplicate leaves the rest of the transaction usable).
    template <typename F>
    auto write(const char *operation, F &&work)
    {
        Connection &db = usable(operation);
        db.execScript(operation, "SAVEPOINT medinexus_write");
        try {
            if constexpr (std::is_void_v<decltype(work(db))>) {
                work(db);
                db.execScript(operation, "RELEASE SAVEPOINT medinexus_write");
            } else {
                auto result = work(db);
                db.execScript(operation, "RELEASE SAVEPOINT medinexus_write");
                return result;
            }
        } catch (const StoreError &) {
            if (!db.broken() && db.inTransaction()) {
                try {
                    db.execScript(operation, "ROLLBACK TO SAVEPOINT medinexus_write; RELEASE SAVEPOINT medinexus_write");
                } catch (const StoreError &e) {
                    qCWarning(lcStore, "%s: cannot undo the failed statement (%s)", operation, e.what());
                }
            }
            throw;
        }
    }

public:
    std::optional<LoggedChange> findChange(const QUuid &changeId) override
    {
        return read("find change", [&](Connection &db) { return q::findChange(db, changeId); });
    }
    std::optional<Patient> findPatient(const QUuid &id) override
    {
        return read("find patient", [&](Connection &db) { return q::findPatient(db, id); });
    }
    std::optional<QUuid> patientIdByNumber(const QString &compactNumber) override
    {
        return read("find patient by number", [&](Connection &db) { return q::patientIdByNumber(db, compactNumber); });
    }
    std::optional<ClinicalEntry> findEntry(const QUuid &id) override
    {
        return read("find entry", [&](Connection &db) { return q::findEntry(db, id); });
    }
    std::vector<ClinicalEntry> entriesOfPatient(const QUuid &patientId) override
    {
        return read("list entries", [&](Connection &db) { return q::entriesOfPatient(db, patientId); });
    }
    std::optional<Facility> findFacility(const QUuid &id) override
    {
        return read("find facility", [&](Connection &db) { return q::findFacility(db, id); });
    }
    std::optional<UserAccount> findUser(const QUuid &id) override
    {
        return read("find user", [&](Connection &db) { return q::findUser(db, id); });
    }
    std::optional<UserAccount> findUserByUsername(const QString &username) override
    {
        return read("find user by name", [&](Connection &db) { return q::findUserByUsername(db, username); });
    }

    void putPatient(const Patient &patient, const QUuid &changeId) override
    {
        write("put patient", [&](Connection &db) { q::putPatient(db, patient, changeId); });
    }
    void addPatientConflict(const PatientConflict &conflict) override
    {
        write("add patient conflict", [&](Connection &db) { q::addPatientConflict(db, conflict); });
    }
    void resolvePatientConflicts(const QUuid &patientId, const QUuid &resolvedByChange) override
    {
        write("resolve patient conflicts",
              [&](Connection &db) { q::resolvePatientConflicts(db, patientId, resolvedByChange); });
    }
    void insertEntry(const ClinicalEntry &entry) override
    {
        write("insert entry", [&](Connection &db) { q::insertEntry(db, entry); });
    }
    void putFacility(const Facility &facility) override
    {
        write("put facility", [&](Connection &db) { q::putFacility(db, facility); });
    }
    void putUser(const User &user, const std::optional<QByteArray> &passwordHash) override
    {
        write("put user", [&](Connection &db) { q::putUser(db, user, passwordHash); });
    }
    qint64 logChange(const sync::ChangeEnvelope &change, ChangeDisposition disposition) override
    {
        const qint64 sequence = write("log change", [&](Connection &db) { return q::logChange(db, change, disposition); });
        loggedChange_ = true;
        return sequence;
    }
    qint64 appendAudit(const AuditEvent &event) override
    {
        return write("append audit", [&](Connection &db) { return q::appendAudit(db, event); });
    }

    void commit() override
    {
        Connection &db = usable("commit");
        try {
            // Other nodes wake up at COMMIT (notifications are delivered at commit only).
            if (loggedChange_)
                db.exec("commit", kNotifyStatement);
            commitOrThrow(db, "commit");
        } catch (...) {
            end();
            throw;
        }
        end();
    }

private:
    void end() noexcept
    {
        lease_.reset();
        hold_.release();
    }

    WriterGateHold hold_;
    std::optional<ConnectionPool::Lease> lease_;
    bool loggedChange_ = false;
};

} // namespace

// --- PostgresStore -----------------------------------------------------------------------------

PostgresStore::PostgresStore(std::unique_ptr<State> state) : d_(std::move(state)) {}

PostgresStore::~PostgresStore() = default;

std::unique_ptr<PostgresStore> PostgresStore::open(const QString &conninfo)
{
    return open(conninfo, Options{});
}

std::unique_ptr<PostgresStore> PostgresStore::open(const QString &conninfo, const Options &options)
{
    if (options.poolSize < 1 || options.writerWaitMs < 0 || options.acquireWaitMs < 0)
        throw std::invalid_argument("PostgresStore::Options out of range");
    pg::ensureNoPasswordIn(conninfo);
    std::unique_ptr<Connection> first = Connection::open(conninfo);
    pg::migrate(*first);
    auto state = std::make_unique<State>(conninfo, options);
    state->pool.add(std::move(first));
    return std::unique_ptr<PostgresStore>(new PostgresStore(std::move(state)));
}

int PostgresStore::schemaVersion()
{
    return pg::latestSchemaVersion();
}

std::unique_ptr<ChangeListener> PostgresStore::listenForChanges(std::function<void()> onChange) const
{
    return std::make_unique<ChangeListener>(d_->conninfo, std::move(onChange));
}

std::unique_ptr<WriteTransaction> PostgresStore::beginWrite()
{
    return std::make_unique<PgWriteTransaction>(*d_);
}

// --- directory ---

std::vector<Facility> PostgresStore::listFacilities()
{
    return d_->read("list facilities", [](Connection &db) { return q::listFacilities(db); });
}

std::optional<Facility> PostgresStore::findFacility(const QUuid &id)
{
    return d_->read("find facility", [&](Connection &db) { return q::findFacility(db, id); });
}

std::vector<User> PostgresStore::listUsers()
{
    return d_->read("list users", [](Connection &db) { return q::listUsers(db); });
}

std::optional<UserAccount> PostgresStore::findUser(const QUuid &id)
{
    return d_->read("find user", [&](Connection &db) { return q::findUser(db, id); });
}

std::optional<UserAccount> PostgresStore::findUserByUsername(const QString &username)
{
    return d_->read("find user by name", [&](Connection &db) { return q::findUserByUsername(db, username); });
}

// --- sessions ---

void PostgresStore::createSession(const SessionRecord &session)
{
    d_->write("create session", [&](Connection &db) { q::createSession(db, session); }, false);
}

std::optional<SessionRecord> PostgresStore::findSession(const QByteArray &tokenHash)
{
    return d_->read("find session", [&](Connection &db) { return q::findSession(db, tokenHash); });
}

void PostgresStore::touchSession(const QByteArray &tokenHash, const QDateTime &lastSeenAt)
{
    d_->write("touch session", [&](Connection &db) { q::touchSession(db, tokenHash, lastSeenAt); }, false);
}

void PostgresStore::deleteSession(const QByteArray &tokenHash)
{
    d_->write("delete session", [&](Connection &db) { q::deleteSession(db, tokenHash); }, false);
}

int PostgresStore::deleteSessionsOfUser(const QUuid &userId)
{
    return d_->write("delete sessions of user", [&](Connection &db) { return q::deleteSessionsOfUser(db, userId); },
                     false);
}

int PostgresStore::purgeExpiredSessions(const QDateTime &now)
{
    return d_->write("purge expired sessions", [&](Connection &db) { return q::purgeExpiredSessions(db, now); },
                     false);
}

// --- login throttling ---

void PostgresStore::recordLoginFailure(const QString &key, const QDateTime &at)
{
    d_->write("record login failure", [&](Connection &db) { q::recordLoginFailure(db, key, at); }, false);
}

LoginFailures PostgresStore::loginFailures(const QString &key, const QDateTime &since)
{
    return d_->read("read login failures", [&](Connection &db) { return q::loginFailures(db, key, since); });
}

void PostgresStore::clearLoginFailures(const QString &key)
{
    d_->write("clear login failures", [&](Connection &db) { q::clearLoginFailures(db, key); }, false);
}

// --- clinical reads ---

std::optional<Patient> PostgresStore::findPatient(const QUuid &id)
{
    return d_->read("find patient", [&](Connection &db) { return q::findPatient(db, id); });
}

std::optional<Patient> PostgresStore::findPatientByNumber(const QString &compactNumber)
{
    return d_->read("find patient by number", [&](Connection &db) { return q::findPatientByNumber(db, compactNumber); });
}

std::vector<Patient> PostgresStore::searchPatients(const PatientQuery &query)
{
    return d_->read("search patients", [&](Connection &db) {
        // Several statements: one snapshot.
        db.execScript("search patients", "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
        std::vector<Patient> patients = q::searchPatients(db, query);
        db.execScript("search patients", "COMMIT");
        return patients;
    });
}

std::vector<ClinicalEntry> PostgresStore::entriesOfPatient(const QUuid &patientId)
{
    return d_->read("list entries", [&](Connection &db) { return q::entriesOfPatient(db, patientId); });
}

std::optional<ClinicalEntry> PostgresStore::findEntry(const QUuid &id)
{
    return d_->read("find entry", [&](Connection &db) { return q::findEntry(db, id); });
}

std::vector<PatientConflict> PostgresStore::openConflicts(const std::optional<QUuid> &patientId)
{
    return d_->read("list conflicts", [&](Connection &db) { return q::openConflicts(db, patientId); });
}

int PostgresStore::dispensedQuantity(const QUuid &prescriptionId)
{
    return d_->read("dispensed quantity", [&](Connection &db) { return q::dispensedQuantity(db, prescriptionId); });
}

// --- sync ---

PullPage PostgresStore::pull(qint64 afterSequence, int limit, const std::vector<ObjectType> &types)
{
    return d_->read("pull changes", [&](Connection &db) { return q::pull(db, afterSequence, limit, types); });
}

// --- audit ---

void PostgresStore::appendAudit(const AuditEvent &event)
{
    d_->write("append audit", [&](Connection &db) { (void)q::appendAudit(db, event); }, true);
}

std::vector<AuditRecord> PostgresStore::queryAudit(const AuditQuery &query)
{
    return d_->read("query audit", [&](Connection &db) { return q::queryAudit(db, query); });
}

void PostgresStore::forEachAuditRecord(const std::function<bool(const AuditRecord &)> &visit)
{
    // Not retried: the visitor has seen rows already. One snapshot for the whole walk.
    d_->read(
        "read audit",
        [&](Connection &db) {
            db.execScript("read audit", "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
            q::forEachAuditRecord(db, visit);
            db.execScript("read audit", "COMMIT");
        },
        false);
}

AuditVerification PostgresStore::verifyAudit()
{
    return d_->read("verify audit", [&](Connection &db) {
        db.execScript("verify audit", "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
        // A lost connection is not a bad row: it is reported as the StoreError it is.
        std::optional<StoreError> lost;
        qint64 lastSequence = 0;
        QByteArray lastHash;
        AuditVerification result = verifyAuditRecords(
            [&](const std::function<bool(const AuditRecord &)> &visit) {
                try {
                    q::forEachAuditRecord(db, [&](const AuditRecord &record) {
                        lastSequence = record.sequence;
                        lastHash = record.hash;
                        return visit(record);
                    });
                } catch (const StoreError &e) {
                    if (e.transient())
                        lost.emplace(e);
                    throw;
                }
            },
            nullptr);
        if (lost)
            throw *lost;
        if (!result.ok) {
            db.execScript("verify audit", "COMMIT");
            return result;
        }
        const auto head = q::auditHead(db);
        db.execScript("verify audit", "COMMIT");
        const qint64 headSequence = head ? head->first : 0;
        const auto fail = [&result](std::optional<qint64> sequence, const QString &problem) {
            result.ok = false;
            result.firstBadSequence = sequence;
            result.problem = problem;
        };
        if (headSequence < lastSequence) {
            fail(headSequence + 1, QStringLiteral("rows %1 to %2 are not recorded in the audit head: they were "
                                                  "added behind the store's back")
                                       .arg(headSequence + 1)
                                       .arg(lastSequence));
        } else if (headSequence > lastSequence) {
            fail(lastSequence + 1, QStringLiteral("the log ends at row %1 but the audit head records row %2: "
                                                  "rows were removed from the end")
                                       .arg(lastSequence)
                                       .arg(headSequence));
        } else if (head && head->second != lastHash) {
            fail(lastSequence, QStringLiteral("row %1 differs from the hash the audit head recorded for it: "
                                              "the log was rewritten")
                                   .arg(lastSequence));
        }
        return result;
    });
}

// --- operations ---

void PostgresStore::ping()
{
    d_->read("ping", [](Connection &db) {
        const pg::Result recovery = db.exec("ping", "SELECT pg_is_in_recovery()");
        if (recovery.rows() != 1 || recovery.boolean(0, 0))
            throw StoreError("no primary available: the database server is a standby (in recovery)", true);
    });
}

void PostgresStore::backupTo(const QString &destinationPath)
{
    (void)destinationPath;
    throw StoreError("PostgreSQL is backed up with pg_basebackup and WAL archiving: see docs/operations.md", false);
}

} // namespace medinexus::server
