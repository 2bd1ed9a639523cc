#include "client/core/sql/sqlcipher_result.h"

#include "client/core/sql/sqlcipher_driver.h"

#include <QtCore/QDate>
#include <QtCore/QDateTime>
#include <QtCore/QLoggingCategory>
#include <QtCore/QMetaType>
#include <QtCore/QSet>
#include <QtSql/QSqlError>
#include <QtSql/QSqlField>

#include <sqlite3.h>

#include <limits>
#include <string_view>
#include <vector>

namespace medinexus::client::sql {

namespace {

Q_LOGGING_CATEGORY(lcSqlResult, "medinexus.client.sql")

// Skips whitespace and SQL comments from `position`; returns the first other position.
qsizetype skipBlanks(QStringView sql, qsizetype position)
{
    while (position < sql.size()) {
        if (sql.at(position).isSpace()) {
            ++position;
        } else if (sql.mid(position).startsWith(u"--")) {
            const qsizetype end = sql.indexOf(u'\n', position);
            position = end < 0 ? sql.size() : end + 1;
        } else if (sql.mid(position).startsWith(u"/*")) {
            const qsizetype end = sql.indexOf(u"*/", position + 2);
            position = end < 0 ? sql.size() : end + 2;
        } else {
            break;
        }
    }
    return position;
}

bool startsWithKeyword(QStringView sql, QStringView keyword)
{
    const qsizetype start = skipBlanks(sql, 0);
    if (!sql.mid(start).startsWith(keyword, Qt::CaseInsensitive))
        return false;
    const qsizetype after = start + keyword.size();
    return after >= sql.size()
           || !(sql.at(after).isLetterOrNumber() || sql.at(after) == u'_');
}

// An INSERT may reuse the rowid the previous one returned (after a DELETE), so a changed
// last_insert_rowid alone does not tell whether this statement inserted.
bool isInsertStatement(QStringView sql)
{
    return startsWithKeyword(sql, u"INSERT") || startsWithKeyword(sql, u"REPLACE");
}

QMetaType storageClassType(int type)
{
    switch (type) {
    case SQLITE_INTEGER:
        return QMetaType::fromType<qint64>();
    case SQLITE_FLOAT:
        return QMetaType::fromType<double>();
    case SQLITE_TEXT:
        return QMetaType::fromType<QString>();
    case SQLITE_BLOB:
        return QMetaType::fromType<QByteArray>();
    default:
        return {};
    }
}

} // namespace

SqlCipherResult::SqlCipherResult(const SqlCipherDriver *driver) : QSqlResult(driver)
{
    if (driver != nullptr)
        driver->attach(this);
}

SqlCipherResult::~SqlCipherResult()
{
    statement_.reset();
    // driver() is a guarded pointer: null once the driver is gone.
    if (const auto *owner = static_cast<const SqlCipherDriver *>(driver()))
        owner->detach(this);
}

void SqlCipherResult::releaseStatement() noexcept
{
    statement_.reset();
    statementRow_ = -1;
    passedEnd_ = false;
    rowCount_ = -1;
    setActive(false);
    setAt(QSql::BeforeFirstRow);
}

sqlite::Connection *SqlCipherResult::connection() const
{
    const auto *owner = static_cast<const SqlCipherDriver *>(driver());
    return owner != nullptr && owner->isOpen() ? owner->connection() : nullptr;
}

void SqlCipherResult::setStatementError(const QString &operation, const sqlite::Error &error)
{
    setLastError(sqlError(operation, error, QSqlError::StatementError));
}

void SqlCipherResult::setUsageError(const QString &message)
{
    setLastError(QSqlError(message, QString(), QSqlError::StatementError));
}

bool SqlCipherResult::reset(const QString &query)
{
    return prepare(query) && exec();
}

bool SqlCipherResult::prepare(const QString &query)
{
    releaseStatement();
    sqlite::Connection *db = connection();
    if (db == nullptr) {
        setUsageError(tr("Unable to prepare statement: the database is not open"));
        return false;
    }
    const QByteArray utf8 = query.toUtf8();
    try {
        statement_.emplace(
            db->prepare(std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size()))));
    } catch (const sqlite::Error &error) {
        setStatementError(tr("Unable to prepare statement"), error);
        return false;
    }
    return true;
}

bool SqlCipherResult::exec()
{
    sqlite::Connection *db = connection();
    if (!statement_ || db == nullptr) {
        setUsageError(tr("Unable to execute statement: it is not prepared or the database "
                         "is closed"));
        return false;
    }
    setActive(false);
    setAt(QSql::BeforeFirstRow);
    setSelect(false);
    rowsAffected_ = -1;
    lastInsertId_ = QVariant();
    rewind();
    statement_->clearBindings();
    if (!bindValues())
        return false;

    sqlite3 *handle = db->handle();
    const qint64 rowIdBefore = db->lastInsertRowId();
    const int totalChangesBefore = sqlite3_total_changes(handle);
    bool hasRow = false;
    try {
        hasRow = statement_->step();
    } catch (const sqlite::Error &error) {
        setStatementError(tr("Unable to execute statement"), error);
        return false;
    }
    setSelect(statement_->columnCount() > 0);
    if (hasRow) {
        statementRow_ = 0;
    } else {
        // Done already: reset now so the statement holds no lock or read snapshot.
        statement_->reset();
        passedEnd_ = true;
        rowCount_ = 0;
    }
    if (!isSelect()) {
        // sqlite3_changes() keeps the count of the last INSERT / UPDATE / DELETE, so it is
        // stale after anything else; the total tells whether this statement changed rows.
        const bool changedRows = sqlite3_total_changes(handle) != totalChangesBefore;
        rowsAffected_ = changedRows ? db->changes() : 0;
        const qint64 rowId = db->lastInsertRowId();
        if (changedRows && (rowId != rowIdBefore || isInsertStatement(statement_->sql())))
            lastInsertId_ = rowId;
    }
    setActive(true);
    return true;
}

bool SqlCipherResult::bindValues()
{
    sqlite::Statement &statement = *statement_;
    const int parameterCount = statement.parameterCount();
    const int valueCount = boundValueCount();
    std::vector<bool> bound(static_cast<std::size_t>(parameterCount) + 1, false);

    // By name first: the placeholders Qt parsed from the query (":mrn") and the names Qt gives
    // "?" placeholders when it prepares a query for a driver with named placeholders.
    QSet<QString> seen;
    for (int i = 0; i < valueCount; ++i) {
        const QString name = boundValueName(i);
        if (name.isEmpty() || seen.contains(name))
            continue;
        seen.insert(name);
        const QByteArray utf8 = name.toUtf8();
        int parameter = 0;
        try {
            parameter = statement.parameterIndex(utf8.constData());
        } catch (const sqlite::Error &error) {
            if (error.code() != SQLITE_RANGE) {
                setStatementError(tr("Unable to bind parameter %1").arg(name), error);
                return false;
            }
            // No such placeholder. With positional binding, Qt numbered more values than the
            // statement has placeholders.
            if (bindingSyntax() == PositionalBinding) {
                setUsageError(tr("Unable to execute statement: %1 values bound, but the "
                                 "statement has %2 parameters")
                                  .arg(valueCount)
                                  .arg(parameterCount));
                return false;
            }
            continue;
        }
        if (!bindValue(parameter, boundValue(i), name))
            return false;
        bound[static_cast<std::size_t>(parameter)] = true;
    }

    // The rest by position: "?" in a query run without Qt's prepare step, "?NNN".
    for (int parameter = 1; parameter <= parameterCount; ++parameter) {
        if (bound[static_cast<std::size_t>(parameter)])
            continue;
        if (parameter - 1 >= valueCount) {
            setUsageError(tr("Unable to execute statement: no value bound for parameter %1 "
                             "(%2 values bound)")
                              .arg(parameter)
                              .arg(valueCount));
            return false;
        }
        if (!bindValue(parameter, boundValue(parameter - 1), QString::number(parameter)))
            return false;
    }
    return true;
}

bool SqlCipherResult::bindValue(int parameter, const QVariant &value, const QString &placeholder)
{
    sqlite::Statement &statement = *statement_;
    // Messages name the placeholder and the type, never the value: it may be patient data.
    const auto refuse = [&](const QString &why) {
        setLastError(QSqlError(tr("Unable to bind parameter %1: %2").arg(placeholder, why),
                               QString(), QSqlError::StatementError));
        return false;
    };
    try {
        // Qt 6: null only when invalid or constructed as a typed null, e.g.
        // QVariant(QMetaType::fromType<QString>()); a QVariant holding QString() binds ''.
        if (!value.isValid() || value.isNull()) {
            statement.bind(parameter, nullptr);
            return true;
        }
        switch (value.typeId()) {
        case QMetaType::Bool:
            statement.bind(parameter, value.toBool());
            return true;
        case QMetaType::Int:
        case QMetaType::Short:
        case QMetaType::SChar:
        case QMetaType::Long:
        case QMetaType::LongLong:
        case QMetaType::UInt:
        case QMetaType::UShort:
        case QMetaType::UChar:
            statement.bind(parameter, value.toLongLong());
            return true;
        case QMetaType::ULong:
        case QMetaType::ULongLong: {
            const qulonglong unsignedValue = value.toULongLong();
            if (unsignedValue > static_cast<qulonglong>(std::numeric_limits<qint64>::max()))
                return refuse(tr("unsigned value too large for an SQLite INTEGER"));
            statement.bind(parameter, static_cast<qint64>(unsignedValue));
            return true;
        }
        case QMetaType::Double:
        case QMetaType::Float:
            statement.bind(parameter, value.toDouble());
            return true;
        case QMetaType::QString:
            statement.bind(parameter, value.toString());
            return true;
        case QMetaType::QByteArray:
            statement.bind(parameter, value.toByteArray());
            return true;
        case QMetaType::QDateTime: {
            const QDateTime dateTime = value.toDateTime();
            if (!dateTime.isValid())
                return refuse(tr("invalid date and time"));
            // One text form for every stored instant, so they compare and sort as text.
            statement.bind(parameter, dateTime.toUTC().toString(Qt::ISODateWithMs));
            return true;
        }
        case QMetaType::QDate: {
            const QDate date = value.toDate();
            const QString text = date.isValid() ? date.toString(Qt::ISODate) : QString();
            if (text.isEmpty()) // invalid, or a year ISO 8601 cannot write in four digits
                return refuse(tr("invalid date"));
            statement.bind(parameter, text);
            return true;
        }
        default:
            return refuse(tr("values of type %1 are not supported")
                              .arg(QString::fromLatin1(value.metaType().name())));
        }
    } catch (const sqlite::Error &error) {
        setStatementError(tr("Unable to bind parameter %1").arg(placeholder), error);
        return false;
    }
}

void SqlCipherResult::rewind()
{
    if (statement_)
        statement_->reset();
    statementRow_ = -1;
    passedEnd_ = false;
    rowCount_ = -1;
}

bool SqlCipherResult::stepTo(int index)
{
    while (statementRow_ < index) {
        bool hasRow = false;
        try {
            hasRow = statement_->step();
        } catch (const sqlite::Error &error) {
            setStatementError(tr("Unable to fetch row %1").arg(statementRow_ + 1), error);
            statementRow_ = -1; // step() has reset the statement
            return false;
        }
        if (!hasRow) {
            rowCount_ = statementRow_ + 1;
            // Reset right away: a finished statement must not pin the read snapshot.
            statement_->reset();
            statementRow_ = -1;
            passedEnd_ = true;
            return false;
        }
        ++statementRow_;
    }
    return true;
}

bool SqlCipherResult::fetch(int index)
{
    if (!statement_ || !isSelect() || index < 0)
        return false;
    if (passedEnd_ && index >= rowCount_)
        return false; // beyond the end of the run just finished: no need to run it again
    if (index < statementRow_ || passedEnd_) {
        if (isForwardOnly()) {
            setUsageError(tr("Unable to fetch row %1: the query is forward-only").arg(index));
            return false;
        }
        // No row cache (patient data would linger in copies): run the statement again.
        rewind();
    }
    if (!stepTo(index))
        return false;
    setAt(index);
    return true;
}

bool SqlCipherResult::fetchFirst()
{
    return fetch(0);
}

bool SqlCipherResult::fetchLast()
{
    if (!statement_ || !isSelect())
        return false;
    if (isForwardOnly()) {
        setUsageError(tr("Unable to fetch the last row: the query is forward-only"));
        return false;
    }
    // Count the rows by stepping to the end, then run again to the last one.
    if (!passedEnd_ && (stepTo(std::numeric_limits<int>::max()) || !passedEnd_))
        return false; // an error, reported by stepTo()
    return rowCount_ > 0 && fetch(rowCount_ - 1);
}

QVariant SqlCipherResult::data(int index)
{
    if (!statement_ || statementRow_ < 0 || statementRow_ != at()) {
        setUsageError(tr("Unable to read column %1: no current row").arg(index));
        return {};
    }
    const sqlite::Statement &statement = *statement_;
    try {
        switch (statement.columnType(index)) {
        case SQLITE_INTEGER:
            return QVariant::fromValue(statement.columnInt64(index));
        case SQLITE_FLOAT:
            switch (numericalPrecisionPolicy()) {
            case QSql::LowPrecisionInt32:
                return QVariant::fromValue(static_cast<qint32>(statement.columnDouble(index)));
            case QSql::LowPrecisionInt64:
                return QVariant::fromValue(static_cast<qint64>(statement.columnDouble(index)));
            default:
                return QVariant::fromValue(statement.columnDouble(index));
            }
        case SQLITE_TEXT:
            return statement.columnText(index);
        case SQLITE_BLOB:
            return statement.columnBlob(index);
        default:
            return {};
        }
    } catch (const sqlite::Error &error) {
        setStatementError(tr("Unable to read column %1").arg(index), error);
        return {};
    }
}

bool SqlCipherResult::isNull(int index)
{
    if (!statement_ || statementRow_ < 0 || statementRow_ != at())
        return true;
    try {
        return statement_->columnIsNull(index);
    } catch (const sqlite::Error &error) {
        setStatementError(tr("Unable to read column %1").arg(index), error);
        return true;
    }
}

int SqlCipherResult::size()
{
    return -1; // SQLite cannot tell without running the query to its end (QuerySize is off)
}

int SqlCipherResult::numRowsAffected()
{
    return rowsAffected_;
}

QSqlRecord SqlCipherResult::record() const
{
    QSqlRecord record;
    if (!statement_ || !isActive() || !isSelect())
        return record;
    const sqlite::Statement &statement = *statement_;
    try {
        const int count = statement.columnCount();
        for (int column = 0; column < count; ++column) {
            // The statement API in use gives no declared column types; the value on the
            // current row, when there is one, tells its storage class.
            const QMetaType type = statementRow_ >= 0
                                       ? storageClassType(statement.columnType(column))
                                       : QMetaType();
            record.append(QSqlField(statement.columnName(column), type));
        }
    } catch (const sqlite::Error &error) {
        // record() is const and cannot set lastError(); the message holds no values.
        qCWarning(lcSqlResult, "cannot describe the columns of a query: %s", error.what());
        return {};
    }
    return record;
}

QVariant SqlCipherResult::lastInsertId() const
{
    return lastInsertId_;
}

void SqlCipherResult::detachFromResultSet()
{
    // QSqlQuery::finish(): end the read snapshot now rather than when the query is destroyed.
    rewind();
}

} // namespace medinexus::client::sql
