#include "shared/storage/sqlite_connection.h"

#include "shared/security/secret_string.h"

#include <QtCore/QLoggingCategory>

#include <sqlite3.h>

#include <array>
#include <climits>
#include <cstdint>

namespace medinexus::sqlite {

namespace {

Q_LOGGING_CATEGORY(lcStorage, "medinexus.storage")

// Statement text in messages is cut short: enough to recognise the statement, and a long
// script must not flood a log line.
constexpr qsizetype kMaxSqlInMessage = 160;

std::string sqlExcerpt(std::string_view sql)
{
    QString text = QString::fromUtf8(sql.data(), static_cast<qsizetype>(sql.size())).simplified();
    if (text.size() > kMaxSqlInMessage)
        text = text.left(kMaxSqlInMessage) + QStringLiteral("...");
    return text.toStdString();
}

// "<context>: <SQLite's message> (SQLite error <code>)". SQLite's own messages name tables,
// columns and constraints, never bound values.
std::string describe(sqlite3 *db, int code, const std::string &context)
{
    // errmsg belongs to the connection's most recent call; it matches `code` only when that
    // call produced it, so fall back to the generic text for the code otherwise.
    const char *detail = (db != nullptr && sqlite3_extended_errcode(db) == code)
                             ? sqlite3_errmsg(db)
                             : sqlite3_errstr(code);
    return context + ": " + (detail != nullptr ? detail : "unknown error") + " (SQLite error "
           + std::to_string(code) + ")";
}

[[noreturn]] void throwError(sqlite3 *db, int code, const std::string &context)
{
    throw Error(code, describe(db, code, context));
}

std::string quotedPath(const QString &path)
{
    return "'" + path.toStdString() + "'";
}


// The raw-key literal x'<64 hex digits>' on the stack, wiped on every exit path.
class RawKeyLiteral {
public:
    static constexpr std::size_t kKeyBytes = 32;

    explicit RawKeyLiteral(const QByteArray &key)
    {
        // Also checked by open(); repeated here because the buffer below has a fixed size.
        if (key.size() != static_cast<qsizetype>(kKeyBytes))
            throw std::invalid_argument("SQLCipher key must be exactly 32 bytes");
        static constexpr char kHex[] = "0123456789abcdef";
        std::size_t out = 0;
        text_[out++] = 'x';
        text_[out++] = '\'';
        for (const char c : key) {
            const auto byte = static_cast<unsigned char>(c);
            text_[out++] = kHex[byte >> 4];
            text_[out++] = kHex[byte & 0x0f];
        }
        text_[out++] = '\'';
    }
    RawKeyLiteral(const RawKeyLiteral &) = delete;
    RawKeyLiteral &operator=(const RawKeyLiteral &) = delete;
    ~RawKeyLiteral() { secureWipe(text_.data(), text_.size()); }

    [[nodiscard]] const char *data() const noexcept { return text_.data(); }
    [[nodiscard]] static constexpr int size() noexcept { return static_cast<int>(kSize); }

private:
    static constexpr std::size_t kSize = 2 + 2 * kKeyBytes + 1;
    std::array<char, kSize> text_{};
};

// The major version of a "PRAGMA cipher_version" answer such as "3.4.1" or "4.5.6 community";
// 0 when it does not start with a number.
int cipherMajorVersion(const QString &version)
{
    qsizetype digits = 0;
    while (digits < version.size() && version.at(digits).isDigit())
        ++digits;
    bool ok = false;
    const int major = version.left(digits).toInt(&ok);
    return ok ? major : 0;
}

// One statement prepared from [begin, end). stmt is null when that range holds nothing but
// whitespace and comments; tail points just past the statement.
struct PreparedPart {
    sqlite3_stmt *stmt = nullptr;
    const char *tail = nullptr;
};

PreparedPart prepareOne(sqlite3 *db, const char *begin, const char *end)
{
    const std::ptrdiff_t length = end - begin;
    if (length > INT_MAX)
        throw Error(SQLITE_TOOBIG, "cannot prepare SQL longer than 2 GiB");
    PreparedPart part;
    const int rc = sqlite3_prepare_v2(db, begin, static_cast<int>(length), &part.stmt, &part.tail);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(part.stmt); // null-safe; prepare leaves it null on error anyway
        throwError(db, rc,
                   "cannot prepare '"
                       + sqlExcerpt(std::string_view(begin, static_cast<std::size_t>(length)))
                       + "'");
    }
    return part;
}

} // namespace

// --- Error ---------------------------------------------------------------------------------

Error::Error(int code, const std::string &message) : std::runtime_error(message), code_(code) {}

// --- Statement -----------------------------------------------------------------------------

void Statement::Finalizer::operator()(sqlite3_stmt *stmt) const noexcept
{
    // The return value repeats the last step()'s error, which step() already reported.
    sqlite3_finalize(stmt);
}

Statement::Statement(sqlite3_stmt *stmt) noexcept : stmt_(stmt) {}

Statement::Statement(Statement &&other) noexcept
    : stmt_(std::move(other.stmt_)), hasRow_(std::exchange(other.hasRow_, false))
{
}

Statement &Statement::operator=(Statement &&other) noexcept
{
    stmt_ = std::move(other.stmt_);
    hasRow_ = std::exchange(other.hasRow_, false);
    return *this;
}

Statement::~Statement() = default;

sqlite3_stmt *Statement::checkedHandle() const
{
    if (!stmt_)
        throw Error(SQLITE_MISUSE, "use of a moved-from sqlite::Statement");
    return stmt_.get();
}

QString Statement::sql() const
{
    return QString::fromUtf8(sqlite3_sql(checkedHandle()));
}

void Statement::checkBind(int rc, int index) const
{
    if (rc == SQLITE_OK)
        return;
    sqlite3_stmt *stmt = stmt_.get();
    std::string context = "cannot bind parameter " + std::to_string(index);
    if (rc == SQLITE_RANGE) {
        context += " (the statement has " + std::to_string(sqlite3_bind_parameter_count(stmt))
                   + ")";
    }
    throwError(sqlite3_db_handle(stmt), rc,
               context + " of '" + sqlExcerpt(sqlite3_sql(stmt)) + "'");
}

Statement &Statement::bind(int index, std::nullptr_t)
{
    sqlite3_stmt *stmt = checkedHandle();
    checkBind(sqlite3_bind_null(stmt, index), index);
    return *this;
}

Statement &Statement::bind(int index, std::nullopt_t)
{
    return bind(index, nullptr);
}

Statement &Statement::bind(int index, qint64 value)
{
    sqlite3_stmt *stmt = checkedHandle();
    checkBind(sqlite3_bind_int64(stmt, index, value), index);
    return *this;
}

Statement &Statement::bind(int index, int value)
{
    sqlite3_stmt *stmt = checkedHandle();
    checkBind(sqlite3_bind_int(stmt, index, value), index);
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    sqlite3_stmt *stmt = checkedHandle();
    checkBind(sqlite3_bind_double(stmt, index, value), index);
    return *this;
}

Statement &Statement::bind(int index, bool value)
{
    return bind(index, value ? 1 : 0);
}

Statement &Statement::bind(int index, const QString &value)
{
    sqlite3_stmt *stmt = checkedHandle();
    const QByteArray utf8 = value.toUtf8();
    // A null data pointer would bind NULL, so an empty string gets an explicit "".
    const char *data = utf8.isEmpty() ? "" : utf8.constData();
    // SQLITE_TRANSIENT: SQLite copies the text, so `utf8` may go away before step().
    checkBind(sqlite3_bind_text64(stmt, index, data, static_cast<sqlite3_uint64>(utf8.size()),
                                  SQLITE_TRANSIENT, SQLITE_UTF8),
              index);
    return *this;
}

Statement &Statement::bind(int index, const QByteArray &value)
{
    sqlite3_stmt *stmt = checkedHandle();
    // sqlite3_bind_blob64 with a null pointer binds NULL; an empty array is a zero-length BLOB.
    const int rc = value.isEmpty()
                       ? sqlite3_bind_zeroblob(stmt, index, 0)
                       : sqlite3_bind_blob64(stmt, index, value.constData(),
                                             static_cast<sqlite3_uint64>(value.size()),
                                             SQLITE_TRANSIENT);
    checkBind(rc, index);
    return *this;
}

int Statement::parameterIndex(const char *name) const
{
    sqlite3_stmt *stmt = checkedHandle();
    const int index = sqlite3_bind_parameter_index(stmt, name);
    if (index == 0) {
        throw Error(SQLITE_RANGE, "no parameter named '" + std::string(name) + "' in '"
                                      + sqlExcerpt(sqlite3_sql(stmt)) + "'");
    }
    return index;
}

int Statement::parameterCount() const
{
    return sqlite3_bind_parameter_count(checkedHandle());
}

bool Statement::step()
{
    sqlite3_stmt *stmt = checkedHandle();
    const int rc = sqlite3_step(stmt);
    if (rc == SQLITE_ROW) {
        hasRow_ = true;
        return true;
    }
    hasRow_ = false;
    if (rc == SQLITE_DONE)
        return false;
    // Build the message before reset(), which may replace the connection's error state.
    const std::string message =
        describe(sqlite3_db_handle(stmt), rc, "cannot execute '" + sqlExcerpt(sqlite3_sql(stmt)) + "'");
    sqlite3_reset(stmt); // makes the statement reusable; its return value repeats rc
    throw Error(rc, message);
}

void Statement::reset()
{
    // The return value repeats the last step()'s error, which step() already reported.
    sqlite3_reset(checkedHandle());
    hasRow_ = false;
}

void Statement::clearBindings()
{
    sqlite3_clear_bindings(checkedHandle());
}

void Statement::run()
{
    reset();
    while (step()) {
    }
    reset();
}

void Statement::checkRow(int index) const
{
    sqlite3_stmt *stmt = checkedHandle();
    if (!hasRow_) {
        throw Error(SQLITE_MISUSE, "no current row (step() did not return true) in '"
                                       + sqlExcerpt(sqlite3_sql(stmt)) + "'");
    }
    const int count = sqlite3_column_count(stmt);
    if (index < 0 || index >= count) {
        throw Error(SQLITE_RANGE, "column " + std::to_string(index) + " out of range (0.."
                                      + std::to_string(count - 1) + ") in '"
                                      + sqlExcerpt(sqlite3_sql(stmt)) + "'");
    }
}

qint64 Statement::columnInt64(int index) const
{
    checkRow(index);
    return sqlite3_column_int64(stmt_.get(), index);
}

double Statement::columnDouble(int index) const
{
    checkRow(index);
    return sqlite3_column_double(stmt_.get(), index);
}

QString Statement::columnText(int index) const
{
    checkRow(index);
    sqlite3_stmt *stmt = stmt_.get();
    // The type must be read before the text conversion, which can change it.
    const int type = sqlite3_column_type(stmt, index);
    const auto *text = sqlite3_column_text(stmt, index);
    const int bytes = sqlite3_column_bytes(stmt, index); // after the conversion, as documented
    if (text == nullptr) {
        // Converting a number to text allocates; a null result there means out of memory.
        if (type == SQLITE_INTEGER || type == SQLITE_FLOAT)
            throwError(sqlite3_db_handle(stmt), SQLITE_NOMEM, "cannot read column as text");
        return {};
    }
    return QString::fromUtf8(reinterpret_cast<const char *>(text), bytes);
}

QByteArray Statement::columnBlob(int index) const
{
    checkRow(index);
    sqlite3_stmt *stmt = stmt_.get();
    const int type = sqlite3_column_type(stmt, index);
    const void *blob = sqlite3_column_blob(stmt, index);
    const int bytes = sqlite3_column_bytes(stmt, index);
    if (blob == nullptr) {
        if (type == SQLITE_INTEGER || type == SQLITE_FLOAT)
            throwError(sqlite3_db_handle(stmt), SQLITE_NOMEM, "cannot read column as blob");
        return {};
    }
    return QByteArray(static_cast<const char *>(blob), bytes);
}

bool Statement::columnIsNull(int index) const
{
    return columnType(index) == SQLITE_NULL;
}

int Statement::columnType(int index) const
{
    checkRow(index);
    return sqlite3_column_type(stmt_.get(), index);
}

int Statement::columnCount() const
{
    return sqlite3_column_count(checkedHandle());
}

QString Statement::columnName(int index) const
{
    sqlite3_stmt *stmt = checkedHandle();
    const int count = sqlite3_column_count(stmt);
    if (index < 0 || index >= count) {
        throw Error(SQLITE_RANGE, "column " + std::to_string(index) + " out of range (0.."
                                      + std::to_string(count - 1) + ") in '"
                                      + sqlExcerpt(sqlite3_sql(stmt)) + "'");
    }
    const char *name = sqlite3_column_name(stmt, index);
    if (name == nullptr)
        throwError(sqlite3_db_handle(stmt), SQLITE_NOMEM, "cannot read column name");
    return QString::fromUtf8(name);
}

// --- Connection ----------------------------------------------------------------------------

void Connection::Closer::operator()(sqlite3 *db) const noexcept
{
    // close_v2 instead of close: a Statement that outlives its Connection keeps the handle
    // alive as a "zombie" until it is finalized, rather than leaking it (close returns BUSY).
    sqlite3_close_v2(db);
}

Connection::Connection(std::unique_ptr<sqlite3, Closer> db, QString path) noexcept
    : db_(std::move(db)), path_(std::move(path))
{
}

Connection::Connection(Connection &&other) noexcept = default;
Connection &Connection::operator=(Connection &&other) noexcept = default;
Connection::~Connection() = default;

sqlite3 *Connection::checkedHandle() const
{
    if (!db_)
        throw Error(SQLITE_MISUSE, "use of a moved-from sqlite::Connection");
    return db_.get();
}

Connection Connection::open(const QString &path, const OpenOptions &options)
{
    if (options.key && options.key->size() != static_cast<qsizetype>(RawKeyLiteral::kKeyBytes)) {
        throw std::invalid_argument("SQLCipher key must be exactly 32 bytes, got "
                                    + std::to_string(options.key->size()));
    }
    if (options.busyTimeoutMs < 0)
        throw std::invalid_argument("busy timeout must not be negative");

    const int flags = options.readOnly
                          ? SQLITE_OPEN_READONLY
                          : (SQLITE_OPEN_READWRITE | (options.create ? SQLITE_OPEN_CREATE : 0));
    sqlite3 *raw = nullptr;
    const int openRc = sqlite3_open_v2(path.toUtf8().constData(), &raw, flags, nullptr);
    // sqlite3_open_v2 usually allocates a handle even on failure; it must be closed too.
    std::unique_ptr<sqlite3, Closer> owner(raw);
    if (openRc != SQLITE_OK) {
        const int code = raw != nullptr ? sqlite3_extended_errcode(raw) : openRc;
        throwError(raw, code, "cannot open database " + quotedPath(path));
    }
    sqlite3 *db = owner.get();
    sqlite3_extended_result_codes(db, 1);
    // Before anything reads the file: a writer in another process must be waited for.
    sqlite3_busy_timeout(db, options.busyTimeoutMs);

    if (options.key) {
        const RawKeyLiteral literal(*options.key);
        const int rc = sqlite3_key(db, literal.data(), RawKeyLiteral::size());
        if (rc != SQLITE_OK)
            throwError(db, rc, "cannot apply the key to database " + quotedPath(path));
    }

    Connection connection(std::move(owner), path);

    if (options.key) {
        // If a plain libsqlite3 ended up providing the sqlite3_* symbols (both loaded in one
        // process), sqlite3_key would be ignored and patient data written in clear. SQLCipher
        // answers this pragma (without reading the file); plain SQLite does not.
        Statement version = connection.prepare("PRAGMA cipher_version");
        const QString cipherVersion = version.step() ? version.columnText(0) : QString();
        if (cipherVersion.isEmpty()) {
            throw Error(SQLITE_MISUSE, "cannot open database " + quotedPath(path)
                                           + ": a key was given but the SQLite library in use "
                                             "is not SQLCipher; refusing to store data unencrypted");
        }
        // SQLCipher 4 changed the default file format (KDF, HMAC, page size): a file written
        // with 4.x defaults is unreadable by a 3.x build, while the 3.x format is readable by
        // both, so a cache works with either. Must be set after the key, before the first read.
        if (cipherMajorVersion(cipherVersion) >= 4)
            connection.exec("PRAGMA cipher_compatibility = 3");
    }

    // SQLCipher only checks the key when it first reads a page, and a non-database file is
    // only noticed then too: read now, so a bad key or file fails here with a clear error
    // instead of later, or worse, being treated as an empty database.
    try {
        (void)connection.pragmaInt("SELECT count(*) FROM sqlite_master");
    } catch (const Error &e) {
        if (e.code() == SQLITE_NOTADB) {
            const std::string what =
                options.key ? "wrong key, or the file is damaged or not a MediNexus database"
                            : "the file is encrypted, damaged, or not a database";
            throw WrongKeyError(e.code(), "cannot open database " + quotedPath(path) + ": "
                                              + what + " (SQLite error "
                                              + std::to_string(e.code()) + ")");
        }
        throw;
    }

    if (options.key) {
        // Sorts and temporary tables stay in memory, never in unencrypted temp files.
        connection.exec("PRAGMA temp_store = MEMORY");
    }

    connection.exec("PRAGMA foreign_keys = ON");
    // The pragma is silently a no-op in builds without foreign-key support; the schema's
    // integrity relies on it, so check that it took.
    if (connection.pragmaInt("PRAGMA foreign_keys") != 1)
        throw Error(SQLITE_ERROR, "this SQLite build does not enforce foreign keys");

    // WAL needs a file on disk: in-memory and temporary databases have no filename.
    const char *filename = sqlite3_db_filename(db, "main");
    const bool onDisk = filename != nullptr && filename[0] != '\0';
    if (options.walJournal && !options.readOnly && onDisk) {
        Statement journal = connection.prepare("PRAGMA journal_mode = WAL");
        const QString mode = journal.step() ? journal.columnText(0) : QString();
        if (mode.compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
            throw Error(SQLITE_ERROR, "cannot switch database " + quotedPath(path)
                                          + " to WAL journal mode (journal mode is '"
                                          + mode.toStdString() + "')");
        }
    }
    connection.exec(options.fullSync ? "PRAGMA synchronous = FULL" : "PRAGMA synchronous = NORMAL");

    return connection;
}

int Connection::pragmaInt(const char *sql)
{
    Statement statement = prepare(sql);
    if (!statement.step())
        throw Error(SQLITE_ERROR, std::string("no result from '") + sql + "'");
    const qint64 value = statement.columnInt64(0);
    if (value < INT_MIN || value > INT_MAX)
        throw Error(SQLITE_RANGE, std::string("result of '") + sql + "' is out of int range");
    return static_cast<int>(value);
}

void Connection::exec(const char *sql)
{
    sqlite3 *db = checkedHandle();
    if (sql == nullptr)
        throw Error(SQLITE_MISUSE, "exec() called with a null SQL string");
    const char *cursor = sql;
    const char *const end = sql + std::char_traits<char>::length(sql);
    // One statement at a time (rather than sqlite3_exec) so an error names the statement
    // that failed.
    while (cursor < end) {
        const PreparedPart part = prepareOne(db, cursor, end);
        if (part.stmt == nullptr) // only whitespace or comments left
            break;
        Statement statement(part.stmt);
        while (statement.step()) {
        }
        cursor = part.tail;
    }
}

Statement Connection::prepare(std::string_view sql)
{
    sqlite3 *db = checkedHandle();
    if (sql.empty())
        throw Error(SQLITE_MISUSE, "prepare() called with no SQL statement");
    const char *const begin = sql.data();
    const char *const end = begin + sql.size();
    const PreparedPart part = prepareOne(db, begin, end);
    if (part.stmt == nullptr)
        throw Error(SQLITE_MISUSE, "prepare() called with no SQL statement");
    Statement statement(part.stmt);
    // A second statement would be silently ignored by SQLite; refuse it instead.
    const PreparedPart rest = prepareOne(db, part.tail, end);
    if (rest.stmt != nullptr) {
        sqlite3_finalize(rest.stmt);
        throw Error(SQLITE_MISUSE, "prepare() takes a single statement, got more in '"
                                       + sqlExcerpt(sql) + "'; use exec() for scripts");
    }
    return statement;
}

qint64 Connection::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(checkedHandle());
}

int Connection::changes() const
{
    return sqlite3_changes(checkedHandle());
}

int Connection::userVersion()
{
    return pragmaInt("PRAGMA user_version");
}

void Connection::setUserVersion(int version)
{
    // PRAGMA arguments cannot be bound; an int formats to safe SQL.
    exec(("PRAGMA user_version = " + std::to_string(version)).c_str());
}

bool Connection::inTransaction() const
{
    return sqlite3_get_autocommit(checkedHandle()) == 0;
}

// --- Transaction ---------------------------------------------------------------------------

Transaction::Transaction(Connection &connection, TransactionMode mode) : connection_(connection)
{
    switch (mode) {
    case TransactionMode::Deferred:
        connection_.exec("BEGIN DEFERRED");
        return;
    case TransactionMode::Immediate:
        connection_.exec("BEGIN IMMEDIATE");
        return;
    case TransactionMode::Exclusive:
        connection_.exec("BEGIN EXCLUSIVE");
        return;
    }
    throw std::invalid_argument("unknown TransactionMode");
}

Transaction::~Transaction()
{
    if (!active_)
        return;
    sqlite3 *db = connection_.handle();
    // Some errors (SQLITE_FULL, SQLITE_IOERR, RAISE(ROLLBACK)) already rolled back; a second
    // ROLLBACK would only fail with "no transaction is active".
    if (db == nullptr || sqlite3_get_autocommit(db) != 0)
        return;
    const int rc = sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        qCWarning(lcStorage, "ROLLBACK failed on %s: %s (SQLite error %d)",
                  qUtf8Printable(connection_.path()), sqlite3_errmsg(db), rc);
    }
}

void Transaction::commit()
{
    if (!active_)
        throw Error(SQLITE_MISUSE, "commit() on a transaction that already ended");
    connection_.exec("COMMIT");
    active_ = false;
}

void Transaction::rollback()
{
    if (!active_)
        throw Error(SQLITE_MISUSE, "rollback() on a transaction that already ended");
    if (connection_.inTransaction())
        connection_.exec("ROLLBACK");
    active_ = false;
}

} // namespace medinexus::sqlite
