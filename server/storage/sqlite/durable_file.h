#pragma once

// Small helpers for files that must survive a power cut (the audit head file, backups):
// create with owner-only permissions, flush to the disk, make a new name durable.
// Errors are StoreError (transient=false) naming the file, never its content.

#include <QString>

namespace medinexus::server::durable {

// Creates an empty file readable and writable by its owner only (0600 on POSIX); throws
// if it already exists (so nothing is ever overwritten) or cannot be created.
void createPrivateFile(const QString &path);

// Creates the file with owner-only permissions unless it exists; true when it created it.
bool ensurePrivateFile(const QString &path);

// fsync(2) of the file's data and metadata.
void syncFile(const QString &path);

// fsync(2) of the directory holding `path`, so that a file created or renamed there keeps
// its name after a power cut. A no-op where the platform has no such notion (Windows).
void syncParentDirectory(const QString &path);

// Renames `from` to `to` atomically, replacing nothing: throws if `to` exists.
void renameNoReplace(const QString &from, const QString &to);

} // namespace medinexus::server::durable
