#include "server/storage/sqlite/sqlite_store.h"

#include "server/storage/sqlite/durable_file.h"
#include "server/storage/sqlite/sqlite_queries.h"
#include "server/storage/sqlite/sqlite_schema.h"
#include "server/storage/writer_gate.h"
#include "shared/storage/migration_runner.h"
#include "shared/storage/sqlite_connection.h"

#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>

#include <sqlite3.h>

#include <chrono>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <utility>

namespace medinexus::server {

namespace {

Q_LOGGING_CATEGORY(lcStore, "medinexus.server.store")

namespace q = sqlite_queries;

bool isTransient(int sqliteCode)
{
    const int primary = sqliteCode & 0xff;
    return primary == SQLITE_BUSY || primary == SQLITE_LOCKED;
}

// Runs `work`, turning SQLite errors into StoreError. SQLite's messages name statements,
// tables and constraints, never bound values.
template <typename F>
auto guarded(const char *operation, F &&work) -> decltype(work())
{
    try {
        return work();
    } catch (const StoreError &) {
        throw;
    } catch (const sqlite::Error &e) {
        throw StoreError(std::string(operation) + ": " + e.what(), isTransient(e.code()));
    }
}

// Read-only connections, lent one at a time.
class ReadPool {
public:
    class Lease {
    public:
        Lease(ReadPool &pool, std::unique_ptr<sqlite::Connection> connection)
            : pool_(&pool), connection_(std::move(connection))
        {
        }
        Lease(const Lease &) = delete;
        Lease &operator=(const Lease &) = delete;
        ~Lease() { pool_->giveBack(std::move(connection_)); }

        sqlite::Connection &operator*() const { return *connection_; }

    private:
        ReadPool *pool_;
        std::unique_ptr<sqlite::Connection> connection_;
    };

    void add(std::unique_ptr<sqlite::Connection> connection)
    {
        const std::lock_guard lock(mutex_);
        idle_.push_back(std::move(connection));
    }

    Lease acquire(int timeoutMs)
    {
        std::unique_lock lock(mutex_);
        if (!available_.wait_for(lock, std::chrono::milliseconds(timeoutMs), [&] { return !idle_.empty(); })) {
            throw StoreError("no read connection became free within " + std::to_string(timeoutMs) + " ms",
                             true);
        }
        std::unique_ptr<sqlite::Connection> connection = std::move(idle_.front());
        idle_.pop_front();
        return Lease(*this, std::move(connection));
    }

private:
    void giveBack(std::unique_ptr<sqlite::Connection> connection) noexcept
    {
        // A read transaction left open (an exception between BEGIN and COMMIT) would pin an
        // old snapshot for ever.
        if (connection->inTransaction())
            sqlite3_exec(connection->handle(), "ROLLBACK", nullptr, nullptr, nullptr);
        {
            const std::lock_guard lock(mutex_);
            idle_.push_back(std::move(connection));
        }
        available_.notify_one();
    }

    std::mutex mutex_;
    std::condition_variable available_;
    std::deque<std::unique_ptr<sqlite::Connection>> idle_;
};

} // namespace

struct SqliteStore::State {
    State(QString databasePath, Options storeOptions, sqlite::Connection writerConnection)
        : path(std::move(databasePath)),
          options(storeOptions),
          writer(std::move(writerConnection)),
          head(AuditHeadFile::pathForDatabase(path))
    {
    }

    const QString path;
    const Options options;
    WriterGate gate;
    sqlite::Connection writer;   // used only while holding the gate
    AuditHeadFile head;
    qint64 headSequence = 0;     // the last row in the head file; guarded by the gate
    bool headBehind = false;     // an append failed: catch up at the next commit; gate
    ReadPool readers;

    template <typename F>
    auto read(const char *operation, F &&work)
    {
        return guarded(operation, [&] {
            const ReadPool::Lease lease = readers.acquire(options.writerWaitMs);
            return work(*lease);
        });
    }

    // One write in its own transaction. `audited`: it appended audit rows, so the head
    // file follows before the gate opens.
    template <typename F>
    auto write(const char *operation, F &&work, bool audited = false)
    {
        return guarded(operation, [&] {
            WriterGateHold hold(gate, options.writerWaitMs);
            sqlite::Transaction transaction(writer, sqlite::TransactionMode::Immediate);
            if constexpr (std::is_void_v<decltype(work(writer))>) {
                work(writer);
                commitAndSyncHead(transaction, audited);
            } else {
                auto result = work(writer);
                commitAndSyncHead(transaction, audited);
                return result;
            }
        });
    }

    // COMMIT, then the head file follows. With audit rows, the head lock is held from
    // before COMMIT to after the append: another process taking a consistent point (a
    // backup, a verification) sees both or neither.
    void commitAndSyncHead(sqlite::Transaction &transaction, bool audited)
    {
        if (!audited && !headBehind) {
            transaction.commit();
            return;
        }
        const AuditHeadFile::Lock lock(head);
        transaction.commit();
        syncHeadLocked();
    }

    // Appends the committed audit rows the head file does not have yet, after the file's
    // own last line (re-read under the lock: another process on the same store may have
    // appended them already). Called with the gate and the head lock held, after COMMIT.
    // Never throws: the rows are committed whatever happens here; a failure is logged and
    // retried at the next commit (and at the next open).
    void syncHeadLocked() noexcept
    {
        try {
            if (head.dropTornTail())  // only a crashed writer leaves one; none is writing now
                qCWarning(lcStore, "cut the unterminated last line of the audit head file");
            qint64 after = headSequence;
            try {
                if (const auto last = head.lastLine())
                    after = last->first;
            } catch (const StoreError &e) {
                qCCritical(lcStore, "the audit head file's last line is unusable (%s)", e.what());
            }
            const auto lines = q::auditHashesAfter(writer, after);
            if (!lines.empty())
                head.append(lines);
            headSequence = lines.empty() ? after : lines.back().first;
            headBehind = false;
        } catch (const std::exception &e) {
            headBehind = true;
            qCCritical(lcStore, "cannot append to the audit head file: %s", e.what());
        }
    }

    // At open: repair what a crash may have left, and report what nothing should have.
    void reconcileHead()
    {
        const AuditHeadFile::Lock lock(head);
        const qint64 tableLast = q::lastAuditSequence(writer);
        if (!head.exists()) {
            if (tableLast == 0) {
                if (durable::ensurePrivateFile(head.path()))
                    durable::syncParentDirectory(head.path());
            } else {
                // Recreating it from the table would vouch for rows it never saw.
                qCCritical(lcStore, "the audit head file %s is missing while the audit log has %lld rows; "
                                    "it is not rebuilt from the table, and audit verification will report it",
                           qUtf8Printable(head.path()), static_cast<long long>(tableLast));
            }
            headSequence = tableLast;
            return;
        }
        try {
            if (head.dropTornTail())
                qCWarning(lcStore, "cut the unterminated last line of the audit head file %s "
                                   "(an append interrupted by a crash)",
                          qUtf8Printable(head.path()));
            const auto last = head.lastLine();
            headSequence = last ? last->first : 0;
        } catch (const StoreError &e) {
            qCCritical(lcStore, "the audit head file is unusable (%s); new rows are appended after it, "
                                "and audit verification will report it",
                       e.what());
            headSequence = tableLast;
            return;
        }
        if (headSequence < tableLast) {
            qCWarning(lcStore, "the audit head file was %lld row(s) behind the audit log (a stop between "
                               "a commit and its append); appending them",
                      static_cast<long long>(tableLast - headSequence));
            syncHeadLocked();
        } else if (headSequence > tableLast) {
            qCCritical(lcStore, "the audit head file records rows up to %lld but the audit log ends at "
                                "%lld: rows were removed; audit verification will report it",
                       static_cast<long long>(headSequence), static_cast<long long>(tableLast));
        }
    }
};

namespace {

using State = SqliteStore::State;

class SqliteWriteTransaction final : public WriteTransaction {
public:
    explicit SqliteWriteTransaction(State &state)
        : state_(state), hold_(state.gate, state.options.writerWaitMs)
    {
        transaction_.emplace(state.writer, sqlite::TransactionMode::Immediate);
    }

    // Members go in reverse order: the rollback (transaction_) happens before the gate
    // (hold_) opens.
    ~SqliteWriteTransaction() override = default;

private:
    void ensureUsable(const char *operation)
    {
        if (!transaction_)
            throw StoreError(std::string(operation) + ": the write transaction has ended", false);
        // Some errors (SQLITE_FULL, SQLITE_IOERR, SQLITE_NOMEM, ...) make SQLite roll the
        // whole transaction back; going on would run the next statements one by one in
        // autocommit mode, committing half of the work.
        if (!state_.writer.inTransaction()) {
            throw StoreError(std::string(operation) + ": the write transaction was rolled back "
                                                      "after an earlier error",
                             false);
        }
    }

    template <typename F>
    auto run(const char *operation, F &&work)
    {
        ensureUsable(operation);
        return guarded(operation, [&] { return work(state_.writer); });
    }

public:
    std::optional<LoggedChange> findChange(const QUuid &changeId) override
    {
        return run("find change", [&](sqlite::Connection &db) { return q::findChange(db, changeId); });
    }
    std::optional<Patient> findPatient(const QUuid &id) override
    {
        return run("find patient", [&](sqlite::Connection &db) { return q::findPatient(db, id); });
    }
    std::optional<QUuid> patientIdByNumber(const QString &compactNumber) override
    {
        return run("find patient by number",
                   [&](sqlite::Connection &db) { return q::patientIdByNumber(db, compactNumber); });
    }
    std::optional<ClinicalEntry> findEntry(const QUuid &id) override
    {
        return run("find entry", [&](sqlite::Connection &db) { return q::findEntry(db, id); });
    }
    std::vector<ClinicalEntry> entriesOfPatient(const QUuid &patientId) override
    {
        return run("list entries", [&](sqlite::Connection &db) { return q::entriesOfPatient(db, patientId); });
    }
    std::optional<Facility> findFacility(const QUuid &id) override
    {
        return run("find facility", [&](sqlite::Connection &db) { return q::findFacility(db, id); });
    }
    std::optional<UserAccount> findUser(const QUuid &id) override
    {
        return run("find user", [&](sqlite::Connection &db) { return q::findUser(db, id); });
    }
    std::optional<UserAccount> findUserByUsername(const QString &username) override
    {
        return run("find user by name",
                   [&](sqlite::Connection &db) { return q::findUserByUsername(db, username); });
    }

    void putPatient(const Patient &patient, const QUuid &changeId) override
    {
        run("put patient", [&](sqlite::Connection &db) { q::putPatient(db, patient, changeId); });
    }
    void addPatientConflict(const PatientConflict &conflict) override
    {
        run("add patient conflict", [&](sqlite::Connection &db) { q::addPatientConflict(db, conflict); });
    }
    void resolvePatientConflicts(const QUuid &patientId, const QUuid &resolvedByChange) override
    {
        run("resolve patient conflicts", [&](sqlite::Connection &db) {
            q::resolvePatientConflicts(db, patientId, resolvedByChange);
        });
    }
    void insertEntry(const ClinicalEntry &entry) override
    {
        run("insert entry", [&](sqlite::Connection &db) { q::insertEntry(db, entry); });
    }
    void putFacility(const Facility &facility) override
    {
        run("put facility", [&](sqlite::Connection &db) { q::putFacility(db, facility); });
    }
    void putUser(const User &user, const std::optional<QByteArray> &passwordHash) override
    {
        run("put user", [&](sqlite::Connection &db) { q::putUser(db, user, passwordHash); });
    }
    qint64 logChange(const sync::ChangeEnvelope &change, ChangeDisposition disposition) override
    {
        return run("log change", [&](sqlite::Connection &db) { return q::logChange(db, change, disposition); });
    }
    qint64 appendAudit(const AuditEvent &event) override
    {
        const qint64 sequence =
            run("append audit", [&](sqlite::Connection &db) { return q::appendAudit(db, event); });
        audited_ = true;
        return sequence;
    }

    void commit() override
    {
        ensureUsable("commit");
        guarded("commit", [&] { state_.commitAndSyncHead(*transaction_, audited_); });
        transaction_.reset();
        hold_.release();
    }

private:
    State &state_;
    WriterGateHold hold_;
    std::optional<sqlite::Transaction> transaction_;
    bool audited_ = false;
};

// A read transaction: one snapshot for several statements.
void beginSnapshot(sqlite::Connection &db)
{
    db.exec("BEGIN");
    // A WAL snapshot starts with the first read, not with BEGIN.
    (void)q::lastAuditSequence(db);
}

void removeQuietly(const QString &path)
{
    if (QFileInfo::exists(path) && !QFile::remove(path))
        qCWarning(lcStore, "cannot remove the unfinished file %s", qUtf8Printable(path));
}

} // namespace

// --- SqliteStore -------------------------------------------------------------------------------

SqliteStore::SqliteStore(std::unique_ptr<State> state) : d_(std::move(state)) {}

SqliteStore::~SqliteStore() = default;

std::unique_ptr<SqliteStore> SqliteStore::open(const QString &path)
{
    return open(path, Options{});
}

std::unique_ptr<SqliteStore> SqliteStore::open(const QString &path, const Options &options)
{
    if (options.readConnections < 1 || options.busyTimeoutMs < 0 || options.writerWaitMs < 0)
        throw std::invalid_argument("SqliteStore::Options out of range");
    return guarded("open store", [&] {
        // Patient data: owner-only from the start (SQLite gives its -wal and -shm files the
        // database file's permissions).
        if (durable::ensurePrivateFile(path))
            durable::syncParentDirectory(path);

        sqlite::OpenOptions writerOptions;
        writerOptions.walJournal = true;
        writerOptions.fullSync = true;
        writerOptions.busyTimeoutMs = options.busyTimeoutMs;
        sqlite::Connection writer = sqlite::Connection::open(path, writerOptions);
        try {
            sqlite::MigrationRunner(sqliteStoreMigrations()).migrate(writer);
        } catch (const sqlite::SchemaTooNewError &e) {
            throw StoreError("the database '" + path.toStdString() + "' was written by a newer MediNexus "
                                 "(schema " + std::to_string(e.databaseVersion()) + ", this build reads up to "
                                 + std::to_string(e.supportedVersion()) + "); refusing to open it",
                             false);
        } catch (const sqlite::MigrationError &e) {
            throw StoreError(std::string("cannot bring the database schema up to date: ") + e.what(),
                             isTransient(e.sqliteCode()));
        }

        auto state = std::make_unique<State>(path, options, std::move(writer));
        sqlite::OpenOptions readerOptions;
        readerOptions.readOnly = true;
        readerOptions.busyTimeoutMs = options.busyTimeoutMs;
        for (int i = 0; i < options.readConnections; ++i)
            state->readers.add(std::make_unique<sqlite::Connection>(sqlite::Connection::open(path, readerOptions)));
        state->reconcileHead();
        return std::unique_ptr<SqliteStore>(new SqliteStore(std::move(state)));
    });
}

int SqliteStore::schemaVersion()
{
    return sqlite::MigrationRunner(sqliteStoreMigrations()).latestVersion();
}

QString SqliteStore::path() const
{
    return d_->path;
}

QString SqliteStore::auditHeadPath() const
{
    return d_->head.path();
}

std::unique_ptr<WriteTransaction> SqliteStore::beginWrite()
{
    return guarded("begin write", [&]() -> std::unique_ptr<WriteTransaction> {
        return std::make_unique<SqliteWriteTransaction>(*d_);
    });
}

// --- directory ---

std::vector<Facility> SqliteStore::listFacilities()
{
    return d_->read("list facilities", [](sqlite::Connection &db) { return q::listFacilities(db); });
}

std::optional<Facility> SqliteStore::findFacility(const QUuid &id)
{
    return d_->read("find facility", [&](sqlite::Connection &db) { return q::findFacility(db, id); });
}

std::vector<User> SqliteStore::listUsers()
{
    return d_->read("list users", [](sqlite::Connection &db) { return q::listUsers(db); });
}

std::optional<UserAccount> SqliteStore::findUser(const QUuid &id)
{
    return d_->read("find user", [&](sqlite::Connection &db) { return q::findUser(db, id); });
}

std::optional<UserAccount> SqliteStore::findUserByUsername(const QString &username)
{
    return d_->read("find user by name", [&](sqlite::Connection &db) { return q::findUserByUsername(db, username); });
}

// --- sessions ---

void SqliteStore::createSession(const SessionRecord &session)
{
    d_->write("create session", [&](sqlite::Connection &db) { q::createSession(db, session); });
}

std::optional<SessionRecord> SqliteStore::findSession(const QByteArray &tokenHash)
{
    return d_->read("find session", [&](sqlite::Connection &db) { return q::findSession(db, tokenHash); });
}

void SqliteStore::touchSession(const QByteArray &tokenHash, const QDateTime &lastSeenAt)
{
    d_->write("touch session", [&](sqlite::Connection &db) { q::touchSession(db, tokenHash, lastSeenAt); });
}

void SqliteStore::deleteSession(const QByteArray &tokenHash)
{
    d_->write("delete session", [&](sqlite::Connection &db) { q::deleteSession(db, tokenHash); });
}

int SqliteStore::deleteSessionsOfUser(const QUuid &userId)
{
    return d_->write("delete sessions of user",
                     [&](sqlite::Connection &db) { return q::deleteSessionsOfUser(db, userId); });
}

int SqliteStore::purgeExpiredSessions(const QDateTime &now)
{
    return d_->write("purge expired sessions",
                     [&](sqlite::Connection &db) { return q::purgeExpiredSessions(db, now); });
}

// --- login throttling ---

void SqliteStore::recordLoginFailure(const QString &key, const QDateTime &at)
{
    d_->write("record login failure", [&](sqlite::Connection &db) { q::recordLoginFailure(db, key, at); });
}

LoginFailures SqliteStore::loginFailures(const QString &key, const QDateTime &since)
{
    return d_->read("read login failures", [&](sqlite::Connection &db) { return q::loginFailures(db, key, since); });
}

void SqliteStore::clearLoginFailures(const QString &key)
{
    d_->write("clear login failures", [&](sqlite::Connection &db) { q::clearLoginFailures(db, key); });
}

// --- clinical reads ---

std::optional<Patient> SqliteStore::findPatient(const QUuid &id)
{
    return d_->read("find patient", [&](sqlite::Connection &db) { return q::findPatient(db, id); });
}

std::optional<Patient> SqliteStore::findPatientByNumber(const QString &compactNumber)
{
    return d_->read("find patient by number",
                    [&](sqlite::Connection &db) { return q::findPatientByNumber(db, compactNumber); });
}

std::vector<Patient> SqliteStore::searchPatients(const PatientQuery &query)
{
    return d_->read("search patients", [&](sqlite::Connection &db) {
        sqlite::Transaction snapshot(db, sqlite::TransactionMode::Deferred);
        std::vector<Patient> patients = q::searchPatients(db, query);
        snapshot.commit();
        return patients;
    });
}

std::vector<ClinicalEntry> SqliteStore::entriesOfPatient(const QUuid &patientId)
{
    return d_->read("list entries", [&](sqlite::Connection &db) { return q::entriesOfPatient(db, patientId); });
}

std::optional<ClinicalEntry> SqliteStore::findEntry(const QUuid &id)
{
    return d_->read("find entry", [&](sqlite::Connection &db) { return q::findEntry(db, id); });
}

std::vector<PatientConflict> SqliteStore::openConflicts(const std::optional<QUuid> &patientId)
{
    return d_->read("list conflicts", [&](sqlite::Connection &db) { return q::openConflicts(db, patientId); });
}

int SqliteStore::dispensedQuantity(const QUuid &prescriptionId)
{
    return d_->read("dispensed quantity",
                    [&](sqlite::Connection &db) { return q::dispensedQuantity(db, prescriptionId); });
}

// --- sync ---

PullPage SqliteStore::pull(qint64 afterSequence, int limit, const std::vector<ObjectType> &types)
{
    return d_->read("pull changes",
                    [&](sqlite::Connection &db) { return q::pull(db, afterSequence, limit, types); });
}

void SqliteStore::ping()
{
    d_->read("ping", [](sqlite::Connection &db) { (void)db.prepare("SELECT 1").step(); });
}

// --- audit ---

void SqliteStore::appendAudit(const AuditEvent &event)
{
    d_->write("append audit", [&](sqlite::Connection &db) { (void)q::appendAudit(db, event); }, true);
}

std::vector<AuditRecord> SqliteStore::queryAudit(const AuditQuery &query)
{
    return d_->read("query audit", [&](sqlite::Connection &db) { return q::queryAudit(db, query); });
}

void SqliteStore::forEachAuditRecord(const std::function<bool(const AuditRecord &)> &visit)
{
    d_->read("read audit", [&](sqlite::Connection &db) { q::forEachAuditRecord(db, visit); });
}

AuditVerification SqliteStore::verifyAudit()
{
    return guarded("verify audit", [&] {
        // The gate first, then a connection: a writer holding the gate may itself be
        // waiting for a read connection, never the other way round.
        std::optional<WriterGateHold> hold(std::in_place, d_->gate, d_->options.writerWaitMs);
        const ReadPool::Lease lease = d_->readers.acquire(d_->options.writerWaitMs);
        sqlite::Connection &db = *lease;
        // With the gate held, every committed audit row is in the head file already: the
        // snapshot and the file's current size are one consistent point. Later appends
        // lie beyond that size.
        qint64 headSize = 0;
        {
            const AuditHeadFile::Lock headLock(d_->head);  // the same point for other processes
            beginSnapshot(db);
            headSize = d_->head.size();
        }
        hold.reset();
        AuditVerification result;
        try {
            AuditHeadFile::Reader reader(d_->head, headSize);
            result = verifyAuditRecords([&db](const auto &visit) { q::forEachAuditRecord(db, visit); }, &reader);
        } catch (const StoreError &e) {  // the head file cannot be opened
            result.ok = false;
            result.problem = QString::fromStdString(e.what());
        }
        db.exec("COMMIT");
        return result;
    });
}

// --- backup ---

void SqliteStore::backupTo(const QString &destinationPath)
{
    const QString headDestination = AuditHeadFile::pathForDatabase(destinationPath);
    if (QFileInfo::exists(destinationPath) || QFileInfo::exists(headDestination))
        throw StoreError("backup destination '" + destinationPath.toStdString() + "' already exists", false);
    const QString partial = destinationPath + QLatin1String(".partial");
    const QString headPartial = headDestination + QLatin1String(".partial");
    // Left by an interrupted backup: ours to replace.
    removeQuietly(partial);
    removeQuietly(partial + QLatin1String("-journal"));
    removeQuietly(headPartial);

    bool databaseMoved = false;
    try {
        guarded("backup", [&] {
            std::optional<WriterGateHold> hold(std::in_place, d_->gate, d_->options.writerWaitMs);
            const ReadPool::Lease lease = d_->readers.acquire(d_->options.writerWaitMs);
            sqlite::Connection &source = *lease;
            // The snapshot starts while no writer is between its COMMIT and its head-file
            // append, so the head file holds every audit row of the snapshot.
            qint64 lastAudit = 0;
            {
                const AuditHeadFile::Lock headLock(d_->head);  // the same for other processes
                beginSnapshot(source);
                lastAudit = q::lastAuditSequence(source);
            }
            hold.reset();  // writers go on; the snapshot stays

            durable::createPrivateFile(partial);
            {
                sqlite::OpenOptions destinationOptions;
                destinationOptions.walJournal = false;
                destinationOptions.fullSync = true;
                sqlite::Connection destination = sqlite::Connection::open(partial, destinationOptions);
                sqlite3_backup *backup = sqlite3_backup_init(destination.handle(), "main", source.handle(), "main");
                if (backup == nullptr) {
                    const int code = sqlite3_extended_errcode(destination.handle());
                    throw sqlite::Error(code, std::string("cannot start the backup: ")
                                                  + sqlite3_errmsg(destination.handle()));
                }
                // All pages in one step, inside the source's read transaction: one snapshot.
                const int stepCode = sqlite3_backup_step(backup, -1);
                const int finishCode = sqlite3_backup_finish(backup);
                if (stepCode != SQLITE_DONE)
                    throw sqlite::Error(stepCode, std::string("backup failed: ") + sqlite3_errstr(stepCode));
                if (finishCode != SQLITE_OK)
                    throw sqlite::Error(finishCode, std::string("backup failed: ") + sqlite3_errstr(finishCode));
            }
            source.exec("COMMIT");
            durable::syncFile(partial);

            d_->head.copyPrefixTo(headPartial, lastAudit);

            durable::renameNoReplace(partial, destinationPath);
            databaseMoved = true;
            durable::renameNoReplace(headPartial, headDestination);
            durable::syncParentDirectory(destinationPath);
        });
    } catch (...) {
        // A backup without its head file would not verify: all or nothing.
        if (databaseMoved && !QFileInfo::exists(headDestination))
            removeQuietly(destinationPath);
        removeQuietly(partial);
        removeQuietly(partial + QLatin1String("-journal"));
        removeQuietly(headPartial);
        throw;
    }
}

} // namespace medinexus::server
