#pragma once

// The QSqlResult of SqlCipherDriver: one prepared SQLCipher statement behind a QSqlQuery.
// Internal to the driver; use QSqlQuery.
//
// Values read: INTEGER -> qint64, REAL -> double (an integer under the LowPrecisionInt32 /
// LowPrecisionInt64 policies), TEXT -> QString, BLOB -> QByteArray, NULL -> a null QVariant.
// Values bound: QString, QByteArray, bool (1 / 0), signed and unsigned integers that fit in
// 64 signed bits, float and double, QDateTime (UTC, ISO 8601 with milliseconds and 'Z':
// "2024-05-01T08:30:00.250Z"), QDate ("2024-05-01"), and a null QVariant (or a typed null
// one) as NULL. Any other type makes exec() fail with a StatementError naming the type.
//
// Rows are not cached (patient data stays in SQLCipher's pages, not in copies here): moving
// forward steps the statement; moving backwards re-runs it from the start and steps to the
// row, so the rows seen are those of the latest snapshot. A forward-only query refuses to go
// back. The statement is reset as soon as its last row is passed (or by QSqlQuery::finish()),
// which ends its read snapshot so the connection sees later commits.

#include "shared/storage/sqlite_connection.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QString>
#include <QtCore/QVariant>
#include <QtSql/QSqlRecord>
#include <QtSql/QSqlResult>

#include <optional>

namespace medinexus::client::sql {

class SqlCipherDriver;

class SqlCipherResult final : public QSqlResult {
    Q_DECLARE_TR_FUNCTIONS(medinexus::client::sql::SqlCipherResult)

public:
    explicit SqlCipherResult(const SqlCipherDriver *driver);
    ~SqlCipherResult() override;
    SqlCipherResult(const SqlCipherResult &) = delete;
    SqlCipherResult &operator=(const SqlCipherResult &) = delete;

    // Called by the driver before it closes the connection: finalizes the statement and makes
    // the result inactive.
    void releaseStatement() noexcept;

protected:
    bool reset(const QString &query) override;
    bool prepare(const QString &query) override;
    bool exec() override;

    QVariant data(int index) override;
    bool isNull(int index) override;
    bool fetch(int index) override;
    bool fetchFirst() override;
    bool fetchLast() override;
    int size() override;
    int numRowsAffected() override;
    QSqlRecord record() const override;
    QVariant lastInsertId() const override;
    void detachFromResultSet() override;

private:
    [[nodiscard]] sqlite::Connection *connection() const;
    bool bindValues();
    bool bindValue(int parameter, const QVariant &value, const QString &placeholder);
    // Steps until the statement is on row `index`; false at the end (passedEnd_ set) or on
    // an error (lastError() set).
    bool stepTo(int index);
    void rewind();
    void setStatementError(const QString &operation, const sqlite::Error &error);
    void setUsageError(const QString &message);

    std::optional<sqlite::Statement> statement_;
    // The row the statement is on; -1 while it is reset (before its first row). exec() steps
    // once, so after a SELECT with rows it is 0 while at() is still BeforeFirstRow.
    int statementRow_ = -1;
    // The statement ran to its end (and was reset); rowCount_ is then the number of rows.
    bool passedEnd_ = false;
    int rowCount_ = -1;
    int rowsAffected_ = -1;
    QVariant lastInsertId_;
};

} // namespace medinexus::client::sql
