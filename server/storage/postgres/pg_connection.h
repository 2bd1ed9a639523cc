#pragma once

// A thin RAII layer over libpq for PostgresStore: one PGconn, parameterised statements
// (PQexecParams: text parameters, bytea parameters in binary form), text results, and the
// mapping of PostgreSQL errors to StoreError.
//
// Errors: messages hold libpq's primary message only (never its DETAIL, which quotes key
// values such as a patient number) and the SQLSTATE. `transient` is set for what a retry
// may cure: a lost or refused connection, a standby (no primary), serialisation failures,
// deadlocks and lock timeouts. A Connection that lost its server marks itself broken: its
// owner drops it and opens a new one (libpq does not reconnect by itself).

#include "server/storage/store_records.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QUuid>

#include <memory>
#include <optional>
#include <string>
#include <vector>

struct pg_conn;
struct pg_result;

namespace medinexus::server::pg {

// Throws a non-transient StoreError when `conninfo` (key=value or URI) cannot be parsed or
// holds a password: secrets belong in a passfile or a client certificate, not in a
// configuration value that ends up in process lists, shells' histories and backups. The
// message never repeats the connection string.
void ensureNoPasswordIn(const QString &conninfo);

// The parameters of one statement, $1, $2, ... in the order added.
class Params {
public:
    Params &text(const QString &value);
    Params &text(const std::optional<QString> &value);
    Params &id(const QUuid &value);                  // canonical lowercase text form
    Params &id(const std::optional<QUuid> &value);   // NULL when none
    Params &integer(qint64 value);
    Params &integer(const std::optional<int> &value);
    Params &boolean(bool value);
    Params &bytes(const QByteArray &value);          // bytea, sent in binary form
    Params &bytes(const std::optional<QByteArray> &value);
    Params &null();

    int size() const { return static_cast<int>(values_.size()); }

private:
    friend class Connection;
    struct Value {
        QByteArray data;
        bool isNull = false;
        bool binary = false;
    };
    void add(Value value) { values_.push_back(std::move(value)); }
    std::vector<Value> values_;
};

// One statement's result (rows in text form).
class Result {
public:
    Result() = default;
    explicit Result(pg_result *result);
    Result(Result &&) noexcept;
    Result &operator=(Result &&) noexcept;
    Result(const Result &) = delete;
    Result &operator=(const Result &) = delete;
    ~Result();

    int rows() const;
    bool isNull(int row, int column) const;
    QString text(int row, int column) const;
    qint64 int64(int row, int column) const;
    bool boolean(int row, int column) const;
    QByteArray bytes(int row, int column) const;  // a bytea column
    int affectedRows() const;                     // of INSERT, UPDATE, DELETE
    std::string commandStatus() const;

private:
    const char *raw(int row, int column) const;
    pg_result *result_ = nullptr;
};

class Connection {
public:
    // Connects (libpq's connect_timeout applies) and checks that the server is a primary.
    // Throws StoreError, transient for a failed connection and for a standby.
    static std::unique_ptr<Connection> open(const QString &conninfo);

    ~Connection();
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    // Runs one statement. `operation` starts the error message ("find patient: ...").
    Result exec(const char *operation, const std::string &sql, const Params &params = {});
    // Runs statements without parameters (several, separated by ';', are allowed).
    void execScript(const char *operation, const std::string &sql);

    // The server went away (or the connection is otherwise unusable): drop it.
    bool broken() const;
    // Inside a transaction (open or failed).
    bool inTransaction() const;
    bool inFailedTransaction() const;
    // Rolls back whatever is open; never throws. Returns false when the connection is broken.
    bool rollbackQuietly() noexcept;

    pg_conn *handle() const { return conn_; }

private:
    explicit Connection(pg_conn *conn) : conn_(conn) {}
    Result check(const char *operation, pg_result *raw);

    pg_conn *conn_;
};

// True for the SQLSTATEs retrying may cure (see the file comment).
bool isTransientSqlState(const std::string &sqlState);

} // namespace medinexus::server::pg
