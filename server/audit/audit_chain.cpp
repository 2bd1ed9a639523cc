#include "server/audit/audit_chain.h"

#include "server/storage/sqlite/durable_file.h"
#include "server/storage/store.h"
#include "shared/codec/canonical_json.h"
#include "shared/codec/model_json.h"
#include "shared/ids/uuid.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QJsonValue>
#include <QLatin1String>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>
#endif

#include <cerrno>
#include <cstring>
#include <exception>
#include <limits>
#include <stdexcept>
#include <string>

namespace medinexus::server {

namespace {

// "<sequence> <64 hex digits>\n": the longest valid line (19-digit sequence) is 85 bytes.
constexpr qsizetype kHexHashSize = 2 * kAuditHashSize;
constexpr qint64 kMaxHeadLineBytes = 19 + 1 + kHexHashSize + 1;

[[noreturn]] void headError(const QString &path, const std::string &what)
{
    throw StoreError("audit head file '" + path.toStdString() + "': " + what, false);
}

QByteArray headLine(qint64 sequence, const QByteArray &hash)
{
    return QByteArray::number(sequence) + ' ' + hash.toHex() + '\n';
}

bool isLowerHex(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
}

// One line without its '\n'; nullopt when malformed.
std::optional<std::pair<qint64, QByteArray>> parseHeadLine(QByteArrayView line)
{
    const qsizetype space = line.indexOf(' ');
    if (space <= 0 || space > 19 || line.size() - space - 1 != kHexHashSize)
        return std::nullopt;
    const QByteArrayView digits = line.first(space);
    if (digits.front() == '0')
        return std::nullopt;
    for (const char c : digits) {
        if (c < '0' || c > '9')
            return std::nullopt;
    }
    bool ok = false;
    const qint64 sequence = digits.toLongLong(&ok);
    if (!ok || sequence <= 0)
        return std::nullopt;
    const QByteArrayView hex = line.sliced(space + 1);
    for (const char c : hex) {
        if (!isLowerHex(c))
            return std::nullopt;
    }
    return std::make_pair(sequence, QByteArray::fromHex(hex.toByteArray()));
}

void syncOpenFile(QFile &file, const QString &path)
{
    if (!file.flush())
        headError(path, "cannot flush: " + file.errorString().toStdString());
    file.close();
    durable::syncFile(path);
}

QString text(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

} // namespace

QByteArray auditGenesisHash()
{
    return QByteArray(kAuditHashSize, '\0');
}

QByteArray auditCanonicalForm(qint64 sequence, const AuditEvent &event)
{
    QJsonObject row;
    row.insert(QLatin1String("sequence"), QJsonValue(sequence));
    row.insert(QLatin1String("at"), dateTimeToJsonString(event.at));
    row.insert(QLatin1String("actorId"),
               event.actorId ? QJsonValue(uuidToString(*event.actorId)) : QJsonValue(QJsonValue::Null));
    row.insert(QLatin1String("actorName"), event.actorName);
    row.insert(QLatin1String("action"), event.action);
    row.insert(QLatin1String("objectType"), event.objectType);
    row.insert(QLatin1String("objectId"), event.objectId);
    row.insert(QLatin1String("peer"), event.peer);
    row.insert(QLatin1String("outcome"), event.outcome);
    row.insert(QLatin1String("details"), event.details);
    return toCanonicalJson(row);
}

QByteArray auditRowHash(const QByteArray &previousHash, qint64 sequence, const AuditEvent &event)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(previousHash);
    hash.addData(auditCanonicalForm(sequence, event));
    return hash.result();
}

// --- AuditHeadFile ---------------------------------------------------------------------------

AuditHeadFile::AuditHeadFile(QString path) : path_(std::move(path)) {}

QString AuditHeadFile::pathForDatabase(const QString &databasePath)
{
    return databasePath + QLatin1String(".audit-head");
}

bool AuditHeadFile::exists() const
{
    return QFileInfo::exists(path_);
}

void AuditHeadFile::append(qint64 sequence, const QByteArray &hash)
{
    append({{sequence, hash}});
}

void AuditHeadFile::append(const std::vector<std::pair<qint64, QByteArray>> &lines)
{
    if (lines.empty())
        return;
    QByteArray buffer;
    for (const auto &[sequence, hash] : lines) {
        if (sequence <= 0 || hash.size() != kAuditHashSize)
            throw std::invalid_argument("audit head line needs a positive sequence and a 32-byte hash");
        buffer += headLine(sequence, hash);
    }
    const std::lock_guard lock(mutex_);
    const bool created = durable::ensurePrivateFile(path_);
    QFile file(path_);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append))
        headError(path_, "cannot open for appending: " + file.errorString().toStdString());
    if (file.write(buffer) != buffer.size())
        headError(path_, "cannot append: " + file.errorString().toStdString());
    syncOpenFile(file, path_);
    if (created)
        durable::syncParentDirectory(path_);
}

AuditHeadFile::Lock::Lock(const AuditHeadFile &file)
{
#ifdef Q_OS_UNIX
    const QString lockPath = file.path() + QLatin1String(".lock");
    const QByteArray encoded = QFile::encodeName(lockPath);
    fd_ = ::open(encoded.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd_ < 0)
        headError(lockPath, std::string("cannot open the lock file: ") + std::strerror(errno));
    while (::flock(fd_, LOCK_EX) != 0) {
        if (errno != EINTR) {
            const int saved = errno;
            ::close(fd_);
            fd_ = -1;
            headError(lockPath, std::string("cannot lock: ") + std::strerror(saved));
        }
    }
#else
    Q_UNUSED(file);
#endif
}

AuditHeadFile::Lock::~Lock()
{
#ifdef Q_OS_UNIX
    if (fd_ >= 0) {
        ::flock(fd_, LOCK_UN);
        ::close(fd_);
    }
#endif
}

qint64 AuditHeadFile::size() const
{
    const QFileInfo info(path_);
    return info.exists() ? info.size() : 0;
}

AuditHeadFile::Reader::Reader(const AuditHeadFile &file, qint64 byteLimit)
    : path_(file.path()), remaining_(byteLimit < 0 ? std::numeric_limits<qint64>::max() : byteLimit)
{
    auto opened = std::make_unique<QFile>(path_);
    if (!opened->exists())
        return;
    if (!opened->open(QIODevice::ReadOnly))
        headError(path_, "cannot open for reading: " + opened->errorString().toStdString());
    file_ = std::move(opened);
}

std::optional<std::pair<qint64, QByteArray>> AuditHeadFile::Reader::next()
{
    if (!file_ || remaining_ <= 0 || file_->atEnd())
        return std::nullopt;
    ++lineNumber_;
    const QByteArray raw = file_->readLine(qMin(kMaxHeadLineBytes, remaining_) + 1);
    if (raw.isEmpty() && file_->error() != QFileDevice::NoError)
        headError(path_, "cannot read: " + file_->errorString().toStdString());
    remaining_ -= raw.size();
    if (!raw.endsWith('\n')) {
        headError(path_, "line " + std::to_string(lineNumber_)
                             + " is unterminated or too long (an interrupted append?)");
    }
    auto parsed = parseHeadLine(QByteArrayView(raw).chopped(1));
    if (!parsed)
        headError(path_, "line " + std::to_string(lineNumber_) + " is malformed");
    return parsed;
}

std::vector<std::pair<qint64, QByteArray>> AuditHeadFile::readAll() const
{
    std::vector<std::pair<qint64, QByteArray>> lines;
    Reader reader(*this);
    while (auto line = reader.next())
        lines.push_back(std::move(*line));
    return lines;
}

std::optional<std::pair<qint64, QByteArray>> AuditHeadFile::lastLine() const
{
    const std::lock_guard lock(mutex_);
    QFile file(path_);
    if (!file.exists())
        return std::nullopt;
    if (!file.open(QIODevice::ReadOnly))
        headError(path_, "cannot open for reading: " + file.errorString().toStdString());
    const qint64 size = file.size();
    if (size == 0)
        return std::nullopt;
    // The last line and the '\n' before it fit in this many bytes.
    const qint64 begin = qMax<qint64>(0, size - kMaxHeadLineBytes - 1);
    if (!file.seek(begin))
        headError(path_, "cannot seek: " + file.errorString().toStdString());
    const QByteArray tail = file.read(size - begin);
    if (tail.size() != size - begin)
        headError(path_, "cannot read: " + file.errorString().toStdString());
    if (!tail.endsWith('\n'))
        headError(path_, "the last line is unterminated (an interrupted append?)");
    const QByteArrayView withoutNewline = QByteArrayView(tail).chopped(1);
    const qsizetype previousNewline = withoutNewline.lastIndexOf('\n');
    if (previousNewline < 0 && begin > 0)
        headError(path_, "the last line is too long");
    const auto parsed = parseHeadLine(withoutNewline.sliced(previousNewline + 1));
    if (!parsed)
        headError(path_, "the last line is malformed");
    return parsed;
}

bool AuditHeadFile::dropTornTail()
{
    const std::lock_guard lock(mutex_);
    QFile file(path_);
    if (!file.exists())
        return false;
    if (!file.open(QIODevice::ReadWrite))
        headError(path_, "cannot open: " + file.errorString().toStdString());
    const qint64 size = file.size();
    if (size == 0)
        return false;
    // Look backwards for the last '\n', a chunk at a time.
    constexpr qint64 kChunk = 4096;
    qint64 end = size;
    qint64 keep = 0;  // bytes to keep: up to and including the last '\n'
    bool found = false;
    while (end > 0 && !found) {
        const qint64 begin = qMax<qint64>(0, end - kChunk);
        if (!file.seek(begin))
            headError(path_, "cannot seek: " + file.errorString().toStdString());
        const QByteArray chunk = file.read(end - begin);
        if (chunk.size() != end - begin)
            headError(path_, "cannot read: " + file.errorString().toStdString());
        const qsizetype newline = chunk.lastIndexOf('\n');
        if (newline >= 0) {
            keep = begin + newline + 1;
            found = true;
        }
        end = begin;
    }
    if (keep == size)
        return false;
    if (!file.resize(keep))
        headError(path_, "cannot cut the unterminated last line: " + file.errorString().toStdString());
    syncOpenFile(file, path_);
    return true;
}

void AuditHeadFile::copyPrefixTo(const QString &destination, qint64 lastSequence) const
{
    Reader reader(*this, size());
    durable::createPrivateFile(destination);
    QFile file(destination);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append))
        headError(destination, "cannot open for writing: " + file.errorString().toStdString());
    while (const auto line = reader.next()) {
        if (line->first > lastSequence)
            break;
        const QByteArray bytes = headLine(line->first, line->second);
        if (file.write(bytes) != bytes.size())
            headError(destination, "cannot write: " + file.errorString().toStdString());
    }
    syncOpenFile(file, destination);
    durable::syncParentDirectory(destination);
}

// --- Verification ------------------------------------------------------------------------------

AuditVerification verifyAuditRecords(const AuditRecordSource &forEachRecord, AuditHeadFile::Reader *head)
{
    AuditVerification result;
    const auto fail = [&result](std::optional<qint64> sequence, QString problem) {
        result.ok = false;
        result.firstBadSequence = sequence;
        result.problem = std::move(problem);
    };

    QByteArray previous = auditGenesisHash();
    qint64 expected = 1;
    qint64 headLast = 0;       // the last head line read
    bool headEnded = head == nullptr;
    bool headFailed = false;   // the problem is in the head file itself, not in a row
    try {
        forEachRecord([&](const AuditRecord &record) {
            const qint64 sequence = record.sequence;
            if (sequence != expected) {
                if (sequence > expected) {
                    fail(expected, text("row %1 is missing (the next row is %2)").arg(expected).arg(sequence));
                } else {
                    fail(sequence, text("row %1 is out of order (row %2 was expected)").arg(sequence).arg(expected));
                }
                return false;
            }
            if (record.previousHash != previous) {
                fail(sequence, text("row %1 does not continue the chain: its previous hash is not "
                                    "the hash of row %2 (rows were changed, removed or reordered)")
                                   .arg(sequence)
                                   .arg(sequence - 1));
                return false;
            }
            QByteArray hash;
            try {
                hash = auditRowHash(previous, sequence, record.event);
            } catch (const std::invalid_argument &) {
                fail(sequence, text("row %1 holds a value with no canonical form").arg(sequence));
                return false;
            }
            if (hash != record.hash) {
                fail(sequence, text("row %1 was changed: its content does not match its hash").arg(sequence));
                return false;
            }
            if (!headEnded) {
                std::optional<std::pair<qint64, QByteArray>> line;
                try {
                    line = head->next();
                } catch (const StoreError &e) {
                    headFailed = true;
                    fail(std::nullopt, QString::fromStdString(e.what()));
                    return false;
                }
                if (!line) {
                    headEnded = true;
                } else if (line->first != sequence) {
                    fail(std::nullopt, text("the head file's line %1 is for row %2 instead of row %1: "
                                            "the head file was cut, edited or recreated")
                                           .arg(sequence)
                                           .arg(line->first));
                    headFailed = true;
                    return false;
                } else if (line->second != hash) {
                    fail(sequence, text("row %1 differs from the hash the head file recorded for it: "
                                        "the table was rewritten")
                                       .arg(sequence));
                    return false;
                } else {
                    headLast = sequence;
                }
            }
            previous = hash;
            ++expected;
            ++result.rowsChecked;
            return true;
        });
    } catch (const std::exception &e) {
        // Rows are visited in order, so the unreadable row is the next expected one or,
        // when rows before it are missing, comes after it: `expected` is the first bad one.
        fail(expected, text("row %1 or a later one cannot be read: %2")
                           .arg(expected)
                           .arg(QString::fromStdString(e.what())));
        return result;
    }
    if (!result.ok || head == nullptr || headFailed)
        return result;

    const qint64 tableLast = expected - 1;
    if (headLast < tableLast) {
        fail(headLast + 1, text("rows %1 to %2 are not in the head file").arg(headLast + 1).arg(tableLast));
        return result;
    }
    try {
        if (const auto extra = head->next()) {
            fail(tableLast + 1, text("the table ends at row %1 but the head file goes on with row %2: "
                                     "rows were removed from the end")
                                    .arg(tableLast)
                                    .arg(extra->first));
        }
    } catch (const StoreError &e) {
        fail(std::nullopt, QString::fromStdString(e.what()));
    }
    return result;
}

AuditVerification verifyAuditChain(Store &store)
{
    return verifyAuditRecords([&store](const auto &visit) { store.forEachAuditRecord(visit); }, nullptr);
}

AuditVerification verifyAuditChain(Store &store, const AuditHeadFile &head)
{
    try {
        AuditHeadFile::Reader reader(head, head.size());
        return verifyAuditRecords([&store](const auto &visit) { store.forEachAuditRecord(visit); }, &reader);
    } catch (const StoreError &e) {  // the head file cannot be opened
        AuditVerification result;
        result.ok = false;
        result.problem = QString::fromStdString(e.what());
        return result;
    }
}

} // namespace medinexus::server
