#include "client/core/sql/sqlcipher_driver.h"

#include "client/core/sql/sqlcipher_result.h"

#include <QtCore/QByteArray>
#include <QtCore/QDate>
#include <QtCore/QDateTime>
#include <QtCore/QMetaType>

#include <sqlite3.h>

#include <algorithm>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>

namespace medinexus::client::sql {

namespace {

// OpenOptions with a copy of the key that is wiped when the open attempt is over, whatever
// its outcome.
class KeyedOpenOptions {
public:
    KeyedOpenOptions(const EncryptedDatabaseOptions &options, const SecretString &key)
    {
        value.readOnly = options.readOnly;
        value.create = options.create;
        value.busyTimeoutMs = options.busyTimeoutMs;
        value.fullSync = options.fullSync;
        value.walJournal = true;
        const QByteArrayView bytes = key.view();
        // A deep copy this object is the only owner of, so secureWipe() can overwrite it.
        value.key = QByteArray(bytes.data(), bytes.size());
    }
    KeyedOpenOptions(const KeyedOpenOptions &) = delete;
    KeyedOpenOptions &operator=(const KeyedOpenOptions &) = delete;
    ~KeyedOpenOptions()
    {
        if (value.key)
            secureWipe(*value.key);
    }

    sqlite::OpenOptions value;
};

sqlite::Statement prepareText(sqlite::Connection &connection, const QString &sql)
{
    const QByteArray utf8 = sql.toUtf8();
    return connection.prepare(
        std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())));
}

// The Qt type of a column from its declared type, by SQLite's column-affinity rules
// (https://www.sqlite.org/datatype3.html, 3.1), with BOOL and date / time names singled out.
QMetaType typeOfDeclaredType(const QString &declared)
{
    const QString type = declared.toUpper();
    if (type.contains(QLatin1String("INT")))
        return QMetaType::fromType<qint64>();
    if (type.contains(QLatin1String("CHAR")) || type.contains(QLatin1String("CLOB"))
        || type.contains(QLatin1String("TEXT")))
        return QMetaType::fromType<QString>();
    if (type.contains(QLatin1String("BLOB")) || type.isEmpty())
        return QMetaType::fromType<QByteArray>();
    if (type.contains(QLatin1String("REAL")) || type.contains(QLatin1String("FLOA"))
        || type.contains(QLatin1String("DOUB")))
        return QMetaType::fromType<double>();
    if (type.contains(QLatin1String("BOOL")))
        return QMetaType::fromType<bool>();
    // Dates and times are stored as ISO 8601 text (see SqlCipherResult).
    if (type.contains(QLatin1String("DATE")) || type.contains(QLatin1String("TIME")))
        return QMetaType::fromType<QString>();
    return QMetaType::fromType<double>(); // NUMERIC affinity
}

struct TableColumn {
    QSqlField field;
    int primaryKeyPosition = 0; // 1-based position in the primary key, 0 when not part of it
    QString declaredType;
};

std::vector<TableColumn> tableColumns(sqlite::Connection &connection, const QString &escapedTable,
                                      const QString &tableName)
{
    sqlite::Statement info =
        prepareText(connection, QStringLiteral("PRAGMA table_info(%1)").arg(escapedTable));
    std::vector<TableColumn> columns;
    while (info.step()) {
        // cid, name, type, notnull, dflt_value, pk
        TableColumn column;
        column.declaredType = info.columnText(2);
        column.field = QSqlField(info.columnText(1), typeOfDeclaredType(column.declaredType),
                                 tableName);
        column.field.setRequiredStatus(info.columnInt64(3) != 0 ? QSqlField::Required
                                                                : QSqlField::Optional);
        if (!info.columnIsNull(4))
            column.field.setDefaultValue(info.columnText(4)); // the default's SQL text
        column.primaryKeyPosition = static_cast<int>(info.columnInt64(5));
        columns.push_back(std::move(column));
    }
    const auto keyColumns =
        std::count_if(columns.begin(), columns.end(),
                      [](const TableColumn &column) { return column.primaryKeyPosition > 0; });
    // A single INTEGER PRIMARY KEY column is the rowid: SQLite fills it in.
    if (keyColumns == 1) {
        for (TableColumn &column : columns) {
            if (column.primaryKeyPosition > 0
                && column.declaredType.compare(QLatin1String("INTEGER"), Qt::CaseInsensitive) == 0)
                column.field.setAutoValue(true);
        }
    }
    return columns;
}

} // namespace

QSqlError sqlError(const QString &operation, const sqlite::Error &error, QSqlError::ErrorType type)
{
    const QString driverText =
        error.primaryCode() == SQLITE_BUSY
            ? SqlCipherDriver::tr("%1: another connection kept the database locked for longer "
                                  "than the busy timeout")
                  .arg(operation)
            : operation;
    return QSqlError(driverText, QString::fromUtf8(error.what()), type,
                     QString::number(error.code()));
}

SqlCipherDriver::SqlCipherDriver(QObject *parent) : QSqlDriver(parent) {}

SqlCipherDriver::~SqlCipherDriver()
{
    close();
}

void SqlCipherDriver::setKey(SecretString key)
{
    key_ = std::move(key);
}

void SqlCipherDriver::setOptions(const EncryptedDatabaseOptions &options)
{
    options_ = options;
}

EncryptedDatabaseOptions SqlCipherDriver::options() const
{
    return options_;
}

std::exception_ptr SqlCipherDriver::lastOpenException() const
{
    return lastOpenException_;
}

sqlite::Connection *SqlCipherDriver::connection() const noexcept
{
    return connection_ ? &*connection_ : nullptr;
}

bool SqlCipherDriver::hasFeature(DriverFeature feature) const
{
    switch (feature) {
    case Transactions:
    case PreparedQueries:
    case PositionalPlaceholders:
    case NamedPlaceholders:
    case LastInsertId:
    case BLOB:
    case Unicode:
    case LowPrecisionNumbers:
    case FinishQuery:
        return true;
    case QuerySize:
    case BatchOperations:
    case SimpleLocking:
    case EventNotifications:
    case MultipleResultSets:
    case CancelQuery:
        return false;
    }
    return false;
}

void SqlCipherDriver::failOpen(const QSqlError &error, std::exception_ptr cause)
{
    lastOpenException_ = std::move(cause);
    setLastError(error);
    setOpenError(true);
}

bool SqlCipherDriver::open(const QString &databaseName, const QString & /*user*/,
                           const QString &password, const QString & /*host*/, int /*port*/,
                           const QString &connectOptions)
{
    if (isOpen())
        close();
    // Taken out of the member so it is wiped when this function returns, whatever happens.
    const SecretString key = std::move(key_);
    lastOpenException_ = nullptr;

    const auto refuse = [this](const QString &message, const char *cause) {
        failOpen(QSqlError(message, QString(), QSqlError::ConnectionError),
                 std::make_exception_ptr(sqlite::Error(SQLITE_MISUSE, cause)));
        return false;
    };
    if (!password.isEmpty()) {
        return refuse(tr("Unable to open the database: the password field is not used; give "
                         "the key to the driver"),
                      "the QSqlDatabase password is not used by the SQLCipher driver; "
                      "give the key with SqlCipherDriver::setKey()");
    }
    if (!connectOptions.isEmpty()) {
        return refuse(tr("Unable to open the database: connect options are not supported"),
                      "the SQLCipher driver takes no connect options; "
                      "use SqlCipherDriver::setOptions()");
    }
    if (key.size() != kKeyBytes) {
        // Never open without the key: the cache would be written in clear.
        return refuse(tr("Unable to open the database: no valid encryption key was given"),
                      "the SQLCipher driver needs a 32-byte raw key (setKey()) for every open");
    }

    try {
        const KeyedOpenOptions openOptions(options_, key);
        connection_.emplace(sqlite::Connection::open(databaseName, openOptions.value));
    } catch (const sqlite::WrongKeyError &error) {
        failOpen(QSqlError(tr("Unable to open the database: wrong key, or the file is damaged "
                              "or not a MediNexus database"),
                           QString::fromUtf8(error.what()), QSqlError::ConnectionError,
                           QString::number(error.code())),
                 std::current_exception());
        return false;
    } catch (const sqlite::Error &error) {
        failOpen(sqlError(tr("Unable to open the database"), error, QSqlError::ConnectionError),
                 std::current_exception());
        return false;
    } catch (const std::invalid_argument &error) {
        failOpen(QSqlError(tr("Unable to open the database"), QString::fromUtf8(error.what()),
                           QSqlError::ConnectionError),
                 std::current_exception());
        return false;
    }
    openedReadOnly_ = options_.readOnly;
    setOpen(true);
    setOpenError(false);
    return true;
}

void SqlCipherDriver::close()
{
    // Statements first: the connection must not close under them (it would linger as a
    // zombie until they are finalized).
    for (SqlCipherResult *result : results_)
        result->releaseStatement();
    // Closing rolls back a transaction still open.
    connection_.reset();
    if (isOpen()) {
        setOpen(false);
        setOpenError(false);
    }
}

QSqlResult *SqlCipherDriver::createResult() const
{
    // QSqlQuery takes ownership (Qt's API hands it a raw pointer).
    return std::make_unique<SqlCipherResult>(this).release();
}

void SqlCipherDriver::attach(SqlCipherResult *result) const
{
    results_.push_back(result);
}

void SqlCipherDriver::detach(SqlCipherResult *result) const noexcept
{
    results_.erase(std::remove(results_.begin(), results_.end(), result), results_.end());
}

bool SqlCipherDriver::runTransactionStatement(const char *sql, const QString &operation)
{
    if (!isOpen() || !connection_) {
        setLastError(QSqlError(operation, tr("The database is not open"),
                               QSqlError::TransactionError));
        return false;
    }
    try {
        connection_->exec(sql);
    } catch (const sqlite::Error &error) {
        setLastError(sqlError(operation, error, QSqlError::TransactionError));
        return false;
    }
    return true;
}

bool SqlCipherDriver::beginTransaction()
{
    // A read-only connection cannot take the write lock BEGIN IMMEDIATE asks for.
    return runTransactionStatement(openedReadOnly_ ? "BEGIN DEFERRED" : "BEGIN IMMEDIATE",
                                   tr("Unable to begin transaction"));
}

bool SqlCipherDriver::commitTransaction()
{
    return runTransactionStatement("COMMIT", tr("Unable to commit transaction"));
}

bool SqlCipherDriver::rollbackTransaction()
{
    return runTransactionStatement("ROLLBACK", tr("Unable to roll back transaction"));
}

void SqlCipherDriver::reportCatalogueError(const QString &operation,
                                           const sqlite::Error &error) const
{
    // The catalogue functions are const in QSqlDriver, lastError() is how a driver reports;
    // only the error member changes.
    const_cast<SqlCipherDriver *>(this)->setLastError(
        sqlError(operation, error, QSqlError::StatementError));
}

QStringList SqlCipherDriver::tables(QSql::TableType type) const
{
    QStringList names;
    if (!isOpen() || !connection_)
        return names;
    const auto collect = [&](const char *sql) {
        sqlite::Statement statement = connection_->prepare(sql);
        while (statement.step())
            names.append(statement.columnText(0));
    };
    try {
        if ((type & QSql::Tables) != 0) {
            collect("SELECT name FROM sqlite_master"
                    " WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
                    " UNION ALL SELECT name FROM sqlite_temp_master"
                    " WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'");
        }
        if ((type & QSql::Views) != 0) {
            collect("SELECT name FROM sqlite_master WHERE type = 'view'"
                    " UNION ALL SELECT name FROM sqlite_temp_master WHERE type = 'view'");
        }
        if ((type & QSql::SystemTables) != 0) {
            names.append(QStringLiteral("sqlite_master"));
            collect("SELECT name FROM sqlite_master"
                    " WHERE type = 'table' AND name LIKE 'sqlite\\_%' ESCAPE '\\'");
        }
    } catch (const sqlite::Error &error) {
        reportCatalogueError(tr("Unable to list the tables"), error);
        return {};
    }
    return names;
}

QSqlRecord SqlCipherDriver::record(const QString &tableName) const
{
    QSqlRecord record;
    if (!isOpen() || !connection_ || tableName.isEmpty())
        return record;
    try {
        const auto columns = tableColumns(*connection_, escapeIdentifier(tableName, TableName),
                                          stripDelimiters(tableName, TableName));
        for (const TableColumn &column : columns)
            record.append(column.field);
    } catch (const sqlite::Error &error) {
        reportCatalogueError(tr("Unable to read the columns of a table"), error);
        return {};
    }
    return record;
}

QSqlIndex SqlCipherDriver::primaryIndex(const QString &tableName) const
{
    const QString table = stripDelimiters(tableName, TableName);
    QSqlIndex index(table);
    if (!isOpen() || !connection_ || tableName.isEmpty())
        return index;
    try {
        auto columns = tableColumns(*connection_, escapeIdentifier(tableName, TableName), table);
        std::sort(columns.begin(), columns.end(), [](const TableColumn &a, const TableColumn &b) {
            return a.primaryKeyPosition < b.primaryKeyPosition;
        });
        for (const TableColumn &column : columns) {
            if (column.primaryKeyPosition > 0)
                index.append(column.field);
        }
    } catch (const sqlite::Error &error) {
        reportCatalogueError(tr("Unable to read the primary key of a table"), error);
        return QSqlIndex(table);
    }
    return index;
}

QString SqlCipherDriver::formatValue(const QSqlField &field, bool trimStrings) const
{
    if (field.isNull())
        return QStringLiteral("NULL");
    const QVariant value = field.value();
    switch (field.metaType().id()) {
    case QMetaType::QByteArray:
        return QLatin1String("X'") + QString::fromLatin1(value.toByteArray().toHex())
               + QLatin1Char('\'');
    case QMetaType::Bool:
        return value.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    case QMetaType::QDateTime: {
        const QDateTime dateTime = value.toDateTime();
        if (!dateTime.isValid())
            return QStringLiteral("NULL");
        return QLatin1Char('\'') + dateTime.toUTC().toString(Qt::ISODateWithMs)
               + QLatin1Char('\'');
    }
    case QMetaType::QDate: {
        const QDate date = value.toDate();
        const QString text = date.isValid() ? date.toString(Qt::ISODate) : QString();
        if (text.isEmpty())
            return QStringLiteral("NULL");
        return QLatin1Char('\'') + text + QLatin1Char('\'');
    }
    default:
        return QSqlDriver::formatValue(field, trimStrings);
    }
}

QString SqlCipherDriver::escapeIdentifier(const QString &identifier, IdentifierType type) const
{
    if (identifier.isEmpty() || isIdentifierEscaped(identifier, type))
        return identifier;
    QString escaped = identifier;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

} // namespace medinexus::client::sql
