#pragma once

// A thin RAII wrapper over the sqlite3 C API (linked against SQLCipher, the project's only
// SQLite). Used by the server's storage (no key: a plain SQLite file), the client's SQLCipher
// Qt driver (random 256-bit key) and the schema-migration runner.
//
// Every failure is reported as an exception carrying the SQLite extended result code.
// Messages name the operation, the statement text and SQLite's own message, but never a bound
// parameter value: those can be patient data and must not end up in logs or dialogs.

#include <QtCore/QByteArray>
#include <QtCore/QString>
#include <QtCore/QtGlobal>

#include <concepts>
#include <cstddef>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

// Forward declarations keep <sqlite3.h> (and its macros) out of every includer; the Qt driver
// that needs the raw API includes it itself.
struct sqlite3;
struct sqlite3_stmt;

namespace medinexus::sqlite {

// An SQLite failure. code() is the extended result code (e.g. SQLITE_CONSTRAINT_UNIQUE);
// primaryCode() folds it to the primary code (SQLITE_CONSTRAINT).
class Error : public std::runtime_error {
public:
    Error(int code, const std::string &message);

    [[nodiscard]] int code() const noexcept { return code_; }
    [[nodiscard]] int primaryCode() const noexcept { return code_ & 0xff; }

private:
    int code_;
};

// SQLITE_NOTADB while opening: a wrong key, a key for a plain file, no key for an encrypted
// file, or a damaged / non-database file. SQLite cannot tell these apart, so neither can we.
class WrongKeyError : public Error {
public:
    using Error::Error;
};

struct OpenOptions {
    bool readOnly = false;
    // Ignored when readOnly is set.
    bool create = true;
    // Raw 32-byte SQLCipher key. It is handed to sqlite3_key() as the raw-key blob literal
    // x'<64 hex digits>' so SQLCipher uses it as-is instead of running its passphrase KDF.
    // The caller owns (and should wipe) this buffer; the hex copy made here is wiped.
    // Keyed files are written in the SQLCipher 3 format, also under SQLCipher 4
    // (cipher_compatibility = 3), so they open with either; temp_store is MEMORY.
    std::optional<QByteArray> key;
    // WAL lets readers and a writer work concurrently. Ignored for read-only connections
    // (the journal mode is a property of the file) and for in-memory databases.
    bool walJournal = true;
    // synchronous=FULL: every commit survives a power cut, which rural clinics get. When off,
    // synchronous=NORMAL: a power cut may lose the last commits, never corrupts the file.
    bool fullSync = true;
    // How long to wait for another connection's lock before failing with SQLITE_BUSY.
    int busyTimeoutMs = 5000;
};

enum class TransactionMode { Deferred, Immediate, Exclusive };

// A prepared statement; finalized on destruction. Move-only. Not thread-safe (like the
// connection it came from, use it from one thread at a time).
class Statement {
public:
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    ~Statement();

    // Positional binding; index is 1-based, as in SQLite. Each overload returns *this so
    // binds can be chained.
    Statement &bind(int index, std::nullptr_t);
    Statement &bind(int index, std::nullopt_t);
    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value);
    Statement &bind(int index, double value);
    Statement &bind(int index, bool value); // stored as INTEGER 0 / 1
    // Bound as UTF-8 TEXT. A null or empty QString binds '' (not NULL): NULL is spelled
    // explicitly with nullptr / std::nullopt.
    Statement &bind(int index, const QString &value);
    // Bound as a BLOB (NUL bytes included). An empty QByteArray binds a zero-length BLOB.
    Statement &bind(int index, const QByteArray &value);

    // Other integer types (long, std::int64_t on Linux, short, unsigned int, ...), as long as
    // they fit in a 64-bit signed INTEGER without loss.
    template <typename T>
        requires(std::integral<T> && !std::same_as<T, bool> && !std::same_as<T, int>
                 && !std::same_as<T, qint64> && !std::same_as<T, char>
                 && !std::same_as<T, wchar_t> && !std::same_as<T, char8_t>
                 && !std::same_as<T, char16_t> && !std::same_as<T, char32_t>)
    Statement &bind(int index, T value)
    {
        static_assert(std::is_signed_v<T> || sizeof(T) < sizeof(qint64),
                      "unsigned 64-bit values may not fit an SQLite INTEGER; "
                      "check the range and cast to qint64 explicitly");
        return bind(index, static_cast<qint64>(value));
    }

    template <typename T>
    Statement &bind(int index, const std::optional<T> &value)
    {
        if (value)
            return bind(index, *value);
        return bind(index, nullptr);
    }

    // A string literal would otherwise silently convert to bool. Wrap text in
    // QStringLiteral() or QString::fromUtf8().
    Statement &bind(int index, const char *) = delete;

    // Named binding; name includes its prefix, exactly as written in the SQL (":mrn", "@mrn",
    // "$mrn"). Throws Error(SQLITE_RANGE) if the statement has no such parameter.
    // (const T &, not T &&: a forwarding reference would make bind(0, value) ambiguous.)
    template <typename T>
    Statement &bind(const char *name, const T &value)
    {
        return bind(parameterIndex(name), value);
    }

    [[nodiscard]] int parameterIndex(const char *name) const;
    [[nodiscard]] int parameterCount() const;

    // Advances to the next row: true when a row is available, false when the statement is
    // done. Throws Error on failure (the statement is reset and may be run again).
    bool step();
    // Rewinds the statement so it can run again; bindings are kept.
    void reset();
    // Sets every parameter back to NULL.
    void clearBindings();
    // Runs the statement from the start to completion, discarding any rows, then resets it
    // (bindings kept) so it can be re-bound and run again.
    void run();

    // Column getters need a current row (the last step() returned true) and a valid 0-based
    // index; otherwise they throw Error (SQLITE_MISUSE / SQLITE_RANGE). SQL NULL reads as 0,
    // 0.0, an empty string or an empty byte array: use columnIsNull() to tell it apart.
    [[nodiscard]] qint64 columnInt64(int index) const;
    [[nodiscard]] double columnDouble(int index) const;
    [[nodiscard]] QString columnText(int index) const;
    [[nodiscard]] QByteArray columnBlob(int index) const;
    [[nodiscard]] bool columnIsNull(int index) const;
    // The value's storage class: SQLITE_INTEGER, SQLITE_FLOAT, SQLITE_TEXT, SQLITE_BLOB or
    // SQLITE_NULL.
    [[nodiscard]] int columnType(int index) const;
    // Column count and names are known without a current row.
    [[nodiscard]] int columnCount() const;
    [[nodiscard]] QString columnName(int index) const;

    // The statement's SQL as written (placeholders, never bound values).
    [[nodiscard]] QString sql() const;

private:
    friend class Connection;

    struct Finalizer {
        void operator()(sqlite3_stmt *stmt) const noexcept;
    };

    explicit Statement(sqlite3_stmt *stmt) noexcept;

    sqlite3_stmt *checkedHandle() const;
    void checkBind(int rc, int index) const;
    void checkRow(int index) const;

    std::unique_ptr<sqlite3_stmt, Finalizer> stmt_;
    bool hasRow_ = false;
};

// One SQLite connection, closed on destruction. Move-only; not thread-safe (one thread at a
// time). Every open applies foreign_keys=ON, the busy timeout, and the journal / sync
// settings of OpenOptions.
class Connection {
public:
    // Throws WrongKeyError for a wrong key or a damaged / non-database file, Error for any
    // other failure, std::invalid_argument for a key that is not 32 bytes or a negative
    // busy timeout.
    static Connection open(const QString &path, const OpenOptions &options = {});

    Connection(Connection &&other) noexcept;
    Connection &operator=(Connection &&other) noexcept;
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;
    ~Connection();

    // Runs one or more ';'-separated statements, discarding any rows. Statements before a
    // failing one stay applied unless the caller wraps the call in a Transaction.
    void exec(const char *sql);
    // Prepares exactly one statement (a trailing ';' and comments are fine).
    [[nodiscard]] Statement prepare(std::string_view sql);

    [[nodiscard]] qint64 lastInsertRowId() const;
    // Rows changed by the most recent INSERT, UPDATE or DELETE.
    [[nodiscard]] int changes() const;
    [[nodiscard]] int userVersion();
    void setUserVersion(int version);
    [[nodiscard]] bool inTransaction() const;

    // The raw handle, for the Qt driver; stays owned by this Connection. Null once moved from.
    [[nodiscard]] sqlite3 *handle() const noexcept { return db_.get(); }
    [[nodiscard]] QString path() const { return path_; }

private:
    struct Closer {
        void operator()(sqlite3 *db) const noexcept;
    };

    Connection(std::unique_ptr<sqlite3, Closer> db, QString path) noexcept;

    sqlite3 *checkedHandle() const;
    int pragmaInt(const char *sql);

    std::unique_ptr<sqlite3, Closer> db_;
    QString path_;
};

// A transaction scope: begins in the constructor (BEGIN IMMEDIATE by default, so a writer
// takes the write lock up front instead of failing with SQLITE_BUSY halfway through), rolls
// back in the destructor unless commit() succeeded. Not nestable (SQLite refuses BEGIN inside
// a transaction; that error is reported as Error).
class Transaction {
public:
    explicit Transaction(Connection &connection,
                         TransactionMode mode = TransactionMode::Immediate);
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    Transaction(Transaction &&) = delete;
    Transaction &operator=(Transaction &&) = delete;
    // Rolls back if still active; never throws (a failed rollback is logged, and SQLite
    // discards the uncommitted changes at the latest when the file is next opened).
    ~Transaction();

    // Throws Error if COMMIT fails (e.g. SQLITE_BUSY or SQLITE_FULL); the transaction then
    // stays active and the destructor rolls it back.
    void commit();
    // Explicit rollback; throws Error if it fails.
    void rollback();
    [[nodiscard]] bool isActive() const noexcept { return active_; }

private:
    Connection &connection_;
    bool active_ = true;
};

} // namespace medinexus::sqlite
