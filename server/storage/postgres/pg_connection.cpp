#include "server/storage/postgres/pg_connection.h"

#include "shared/ids/uuid.h"

#include <QLoggingCategory>

#include <libpq-fe.h>

#include <cstdlib>
#include <cstring>
#include <limits>
#include <utility>

namespace medinexus::server::pg {

namespace {

Q_LOGGING_CATEGORY(lcPg, "medinexus.server.store.postgres.server")

constexpr Oid kByteaOid = 17;

// libpq prints notices (and a dying connection's last message) on stderr by default; they
// go to the log instead. Server messages name objects, never bound values.
void logNotice(void *, const char *message)
{
    qCDebug(lcPg, "%s", message);
}

std::string trimmed(std::string text)
{
    while (!text.empty() && (text.back() == '\n' || text.back() == ' '))
        text.pop_back();
    return text;
}

// Frees what PQconninfoParse returns.
struct ConninfoOptionsDeleter {
    void operator()(PQconninfoOption *options) const { PQconninfoFree(options); }
};

} // namespace

bool isTransientSqlState(const std::string &sqlState)
{
    if (sqlState.size() != 5)
        return false;
    return sqlState.compare(0, 2, "08") == 0    // connection exception
        || sqlState == "57P01"                   // admin shutdown
        || sqlState == "57P02"                   // crash shutdown
        || sqlState == "57P03"                   // cannot connect now (starting, recovering)
        || sqlState == "25006"                   // read-only transaction: a standby
        || sqlState == "40001"                   // serialization failure
        || sqlState == "40P01"                   // deadlock detected
        || sqlState == "55P03"                   // lock not available (lock_timeout)
        || sqlState == "53300";                  // too many connections
}

void ensureNoPasswordIn(const QString &conninfo)
{
    const QByteArray utf8 = conninfo.toUtf8();
    char *error = nullptr;
    std::unique_ptr<PQconninfoOption, ConninfoOptionsDeleter> options(PQconninfoParse(utf8.constData(), &error));
    if (error != nullptr)
        PQfreemem(error);  // libpq's message may quote the string, secrets included
    if (!options) {
        throw StoreError("the database connection string cannot be parsed (expected key=value pairs "
                         "or a postgresql:// URI)",
                         false);
    }
    for (const PQconninfoOption *option = options.get(); option->keyword != nullptr; ++option) {
        // sslpassword: the passphrase of an encrypted client key, as secret as a password.
        const bool secret = std::strcmp(option->keyword, "password") == 0 || std::strcmp(option->keyword, "sslpassword") == 0;
        if (secret && option->val != nullptr && option->val[0] != '\0') {
            throw StoreError("the database connection string contains a password; refusing it. Put the "
                             "password in a passfile (passfile=... or PGPASSFILE, mode 0600) or use TLS "
                             "client certificates (sslcert=, sslkey=)",
                             false);
        }
    }
}

// --- Params ----------------------------------------------------------------------------------

Params &Params::text(const QString &value)
{
    // Text parameters travel as C strings: a NUL would silently cut the value.
    if (value.contains(QChar(u'\0')))
        throw StoreError("a text value contains a NUL character, which PostgreSQL cannot store", false);
    add({value.toUtf8(), false, false});
    return *this;
}

Params &Params::text(const std::optional<QString> &value)
{
    return value ? text(*value) : null();
}

Params &Params::id(const QUuid &value)
{
    return text(uuidToString(value));
}

Params &Params::id(const std::optional<QUuid> &value)
{
    return value ? id(*value) : null();
}

Params &Params::integer(qint64 value)
{
    add({QByteArray::number(value), false, false});
    return *this;
}

Params &Params::integer(const std::optional<int> &value)
{
    return value ? integer(qint64{*value}) : null();
}

Params &Params::boolean(bool value)
{
    add({QByteArray(value ? "true" : "false"), false, false});
    return *this;
}

Params &Params::bytes(const QByteArray &value)
{
    add({value, false, true});
    return *this;
}

Params &Params::bytes(const std::optional<QByteArray> &value)
{
    return value ? bytes(*value) : null();
}

Params &Params::null()
{
    add({QByteArray(), true, false});
    return *this;
}

// --- Result ----------------------------------------------------------------------------------

Result::Result(pg_result *result) : result_(result) {}

Result::Result(Result &&other) noexcept : result_(std::exchange(other.result_, nullptr)) {}

Result &Result::operator=(Result &&other) noexcept
{
    if (this != &other) {
        if (result_ != nullptr)
            PQclear(result_);
        result_ = std::exchange(other.result_, nullptr);
    }
    return *this;
}

Result::~Result()
{
    if (result_ != nullptr)
        PQclear(result_);
}

int Result::rows() const
{
    return result_ == nullptr ? 0 : PQntuples(result_);
}

bool Result::isNull(int row, int column) const
{
    return PQgetisnull(result_, row, column) != 0;
}

const char *Result::raw(int row, int column) const
{
    if (result_ == nullptr || row >= PQntuples(result_) || column >= PQnfields(result_))
        throw StoreError("a query returned fewer columns or rows than expected", false);
    return PQgetvalue(result_, row, column);
}

QString Result::text(int row, int column) const
{
    return QString::fromUtf8(raw(row, column));
}

qint64 Result::int64(int row, int column) const
{
    const char *value = raw(row, column);
    char *end = nullptr;
    const long long number = std::strtoll(value, &end, 10);
    if (end == value || *end != '\0')
        throw StoreError("the database returned a malformed number", false);
    return static_cast<qint64>(number);
}

bool Result::boolean(int row, int column) const
{
    return raw(row, column)[0] == 't';
}

QByteArray Result::bytes(int row, int column) const
{
    const char *value = raw(row, column);
    std::size_t length = 0;
    unsigned char *decoded = PQunescapeBytea(reinterpret_cast<const unsigned char *>(value), &length);
    if (decoded == nullptr)
        throw StoreError("the database returned a malformed bytea value", false);
    QByteArray bytes(reinterpret_cast<const char *>(decoded), static_cast<qsizetype>(length));
    PQfreemem(decoded);
    return bytes;
}

int Result::affectedRows() const
{
    const char *tuples = result_ == nullptr ? "" : PQcmdTuples(result_);
    return tuples[0] == '\0' ? 0 : std::atoi(tuples);
}

std::string Result::commandStatus() const
{
    return result_ == nullptr ? std::string() : std::string(PQcmdStatus(result_));
}

// --- Connection ------------------------------------------------------------------------------

std::unique_ptr<Connection> Connection::open(const QString &conninfo)
{
    ensureNoPasswordIn(conninfo);
    const QByteArray dbname = conninfo.toUtf8();
    // expand_dbname: "dbname" is the whole connection string. The settings before it are
    // defaults the string may override: a bounded connect, and TCP keepalives that notice a
    // primary that vanished from the network (a failed machine sends no reset) within
    // about 25 seconds instead of the system's two hours.
    const char *const keywords[] = {"connect_timeout",   "keepalives",  "keepalives_idle",
                                    "keepalives_interval", "keepalives_count", "dbname",
                                    "fallback_application_name", nullptr};
    const char *const values[] = {"10", "1", "10", "5", "3", dbname.constData(), "medinexus-server", nullptr};
    pg_conn *raw = PQconnectdbParams(keywords, values, 1);
    if (raw == nullptr)
        throw StoreError("cannot connect to the database: out of memory", true);
    std::unique_ptr<Connection> connection(new Connection(raw));
    PQsetNoticeProcessor(raw, logNotice, nullptr);
    if (PQstatus(raw) != CONNECTION_OK) {
        // libpq's message names hosts and ports, never a password (none is allowed here).
        throw StoreError("cannot connect to the database: " + trimmed(PQerrorMessage(raw)), true);
    }
    // A standby accepts connections but no writes; with several hosts and no
    // target_session_attrs libpq may land on one.
    const Result recovery = connection->exec("connect", "SELECT pg_is_in_recovery()");
    if (recovery.rows() != 1 || recovery.boolean(0, 0))
        throw StoreError("no primary available: the database server is a standby (in recovery)", true);
    // The store's text comparisons and bytea decoding rely on these.
    connection->execScript("connect", "SET client_encoding = 'UTF8'; SET bytea_output = 'hex'; "
                                        "SET client_min_messages = warning");
    return connection;
}

Connection::~Connection()
{
    PQfinish(conn_);
}

bool Connection::broken() const
{
    return PQstatus(conn_) != CONNECTION_OK;
}

bool Connection::inTransaction() const
{
    const PGTransactionStatusType status = PQtransactionStatus(conn_);
    return status == PQTRANS_INTRANS || status == PQTRANS_INERROR || status == PQTRANS_ACTIVE;
}

bool Connection::inFailedTransaction() const
{
    return PQtransactionStatus(conn_) == PQTRANS_INERROR;
}

bool Connection::rollbackQuietly() noexcept
{
    if (broken())
        return false;
    if (PQtransactionStatus(conn_) == PQTRANS_IDLE)
        return true;
    pg_result *result = PQexec(conn_, "ROLLBACK");
    const bool ok = result != nullptr && PQresultStatus(result) == PGRES_COMMAND_OK;
    if (result != nullptr)
        PQclear(result);
    return ok && !broken();
}

Result Connection::check(const char *operation, pg_result *raw)
{
    Result result(raw);
    const ExecStatusType status = raw == nullptr ? PGRES_FATAL_ERROR : PQresultStatus(raw);
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK || status == PGRES_EMPTY_QUERY)
        return result;
    if (raw == nullptr || broken()) {
        throw StoreError(std::string(operation) + ": the connection to the database was lost ("
                             + trimmed(PQerrorMessage(conn_)) + ")",
                         true);
    }
    const char *state = PQresultErrorField(raw, PG_DIAG_SQLSTATE);
    const std::string sqlState = state == nullptr ? std::string() : std::string(state);
    const char *primary = PQresultErrorField(raw, PG_DIAG_MESSAGE_PRIMARY);
    std::string message = primary == nullptr ? std::string("error") : std::string(primary);
    // Data exceptions may quote the offending value: the code is enough.
    if (sqlState.compare(0, 2, "22") == 0)
        message = "invalid data";
    throw StoreError(std::string(operation) + ": " + message + " (SQLSTATE " + sqlState + ")",
                     isTransientSqlState(sqlState));
}

Result Connection::exec(const char *operation, const std::string &sql, const Params &params)
{
    const int count = params.size();
    std::vector<const char *> values(static_cast<std::size_t>(count));
    std::vector<int> lengths(static_cast<std::size_t>(count));
    std::vector<int> formats(static_cast<std::size_t>(count));
    std::vector<Oid> types(static_cast<std::size_t>(count));
    for (std::size_t i = 0; i < params.values_.size(); ++i) {
        const Params::Value &value = params.values_[i];
        values[i] = value.isNull ? nullptr : value.data.constData();
        if (value.data.size() > std::numeric_limits<int>::max())
            throw StoreError(std::string(operation) + ": a value is too large", false);
        lengths[i] = static_cast<int>(value.data.size());
        formats[i] = value.binary ? 1 : 0;
        types[i] = value.binary ? kByteaOid : 0;  // 0: inferred from the statement
    }
    pg_result *raw = PQexecParams(conn_, sql.c_str(), count, types.data(), values.data(), lengths.data(),
                                  formats.data(), 0);
    return check(operation, raw);
}

void Connection::execScript(const char *operation, const std::string &sql)
{
    // PQexec returns the last statement's result; an earlier failure stops the script and
    // is the one returned.
    (void)check(operation, PQexec(conn_, sql.c_str()));
}

} // namespace medinexus::server::pg
