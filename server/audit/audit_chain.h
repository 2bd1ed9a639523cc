#pragma once

// The audit log's tamper evidence, shared by every Store implementation and by
// `audit verify`.
//
// 1. A hash chain. Row n stores hash(n) = SHA-256(hash(n-1) || canonical JSON of row n),
//    with hash(0) = 32 zero bytes. Changing, deleting or reordering a row breaks the chain
//    at that row. Sequences are dense (1, 2, 3, ...), so a deleted row is a gap.
//
// 2. The chain-head file ("<database file>.audit-head"), written next to the database and
//    only ever appended to: one line "<sequence> <hash as 64 lowercase hex digits>\n" per
//    audit row, flushed and fsynced after the row's transaction committed. Somebody who
//    can rewrite the whole table and recompute every hash (a consistent forgery) or who
//    cuts rows off its end leaves the chain valid; the head file still holds the original
//    hashes. It protects best when the OS makes it append-only (chattr +a) or a log
//    shipper copies it off the machine: whoever can rewrite both files can forge both.

#include "server/storage/store_records.h"

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QtGlobal>

#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <utility>
#include <vector>

namespace medinexus::server {

class Store;

inline constexpr qsizetype kAuditHashSize = 32;

// The previous hash of the first row: 32 zero bytes.
QByteArray auditGenesisHash();

// The canonical JSON the row hash covers:
//   {"action","actorId","actorName","at","details","objectId","objectType","outcome",
//    "peer","sequence"} (canonical key order), with "at" in the model's UTC millisecond
// form ("2024-06-01T08:30:00.000Z", "" for an invalid time), "actorId" a lowercase UUID
// or null. Throws std::invalid_argument when a string is not valid UTF-16 (an unpaired
// surrogate) or details holds a non-integer number: such an event has no canonical form.
QByteArray auditCanonicalForm(qint64 sequence, const AuditEvent &event);

// SHA-256 over previousHash || auditCanonicalForm(sequence, event).
QByteArray auditRowHash(const QByteArray &previousHash, qint64 sequence, const AuditEvent &event);

// The append-only chain-head file. Thread-safe. Errors are StoreError (transient=false);
// their messages name the file, never audit content.
class AuditHeadFile {
public:
    explicit AuditHeadFile(QString path);

    // "<databasePath>.audit-head".
    static QString pathForDatabase(const QString &databasePath);

    const QString &path() const { return path_; }
    bool exists() const;

    // Appends one line per (sequence, hash), then flushes and fsyncs the file (and its
    // directory when this created the file, which is then readable by its owner only).
    // Hashes must be kAuditHashSize bytes.
    void append(qint64 sequence, const QByteArray &hash);
    void append(const std::vector<std::pair<qint64, QByteArray>> &lines);

    // Every line in file order; empty when the file does not exist. Throws StoreError for a
    // malformed line, including an unterminated last line (an interrupted append).
    std::vector<std::pair<qint64, QByteArray>> readAll() const;

    // The last line without reading the whole file; nullopt when the file is missing or
    // empty. Throws StoreError like readAll() for a malformed or unterminated last line.
    std::optional<std::pair<qint64, QByteArray>> lastLine() const;

    // An exclusive lock between processes (and threads) on "<path>.lock" (flock(2); a
    // no-op where there is none). Writers hold it from before COMMIT to after the append,
    // and readers while they take a consistent point, so that two processes on one store
    // (the server and `medinexus-server backup`) see the table and the file agree.
    class Lock {
    public:
        explicit Lock(const AuditHeadFile &file);
        Lock(const Lock &) = delete;
        Lock &operator=(const Lock &) = delete;
        ~Lock();

    private:
        int fd_ = -1;
    };

    // The file's size in bytes (0 when missing): where a Reader should stop to see the
    // file as it is now, while appends go on.
    qint64 size() const;

    // Reads the lines one at a time, up to byteLimit bytes (the whole file when negative).
    class Reader {
    public:
        explicit Reader(const AuditHeadFile &file, qint64 byteLimit = -1);
        // The next line; nullopt at the end. Throws StoreError for a malformed or
        // unterminated line.
        std::optional<std::pair<qint64, QByteArray>> next();

    private:
        QString path_;
        std::unique_ptr<QFile> file_;  // null when the file does not exist
        qint64 remaining_;
        qint64 lineNumber_ = 0;
    };

    // Cuts an unterminated last line (left by a crash in the middle of an append) so that
    // appends can go on. Returns true when something was cut.
    bool dropTornTail();

    // Writes the lines with sequence <= lastSequence to a new file `destination`
    // (owner-only permissions, fsynced): the head file of a backup taken at that point.
    void copyPrefixTo(const QString &destination, qint64 lastSequence) const;

private:
    QString path_;
    mutable std::mutex mutex_;
};

struct AuditVerification {
    bool ok = true;
    qint64 rowsChecked = 0;                  // rows found intact before the first problem
    std::optional<qint64> firstBadSequence;  // the first changed, missing or moved row
    QString problem;                         // English, for the operator; empty when ok
};

// Recomputes the chain over every row of the store, in sequence order: sequences must be
// 1, 2, 3, ..., each row's previousHash the hash of the row before, and its hash the
// recomputed one. Stops at the first problem.
AuditVerification verifyAuditChain(Store &store);

// The chain as above, and the head file against it: its lines must be the sequences
// 1..n in order, each with the hash of that row, and its last line must be the table's
// last row (so a consistent rewrite of the table or a truncation of it is caught).
// The head file is taken as it is when verification starts; run it on a stopped server or
// on a backup (Store::backupTo() writes a matching head file): rows committed while it runs
// would count as missing from the head file. SqliteStore::verifyAudit() has no such limit.
AuditVerification verifyAuditChain(Store &store, const AuditHeadFile &head);

// The core of both: `forEachRecord` visits rows in sequence order (like
// Store::forEachAuditRecord); `head` reads the head file, or is null to check the chain
// only. For implementations that can read a table snapshot and the head file at one
// consistent point (SqliteStore::verifyAudit()). Memory use is constant.
using AuditRecordSource =
    std::function<void(const std::function<bool(const AuditRecord &)> &visit)>;
AuditVerification verifyAuditRecords(const AuditRecordSource &forEachRecord, AuditHeadFile::Reader *head);

} // namespace medinexus::server
