#pragma once

#include <QStringList>

namespace medinexus::server::cli {

// Each verb of `medinexus-server`, with its own options; `arguments` starts with the
// program name followed by the verb's arguments. Returns the process exit code:
// 0 success, 1 failure (said on stderr), 2 usage error.
int runInit(const QStringList &arguments);
int runServe(const QStringList &arguments);
int runConfig(const QStringList &arguments);
int runBackup(const QStringList &arguments);
int runRestore(const QStringList &arguments);
int runAudit(const QStringList &arguments);
int runUser(const QStringList &arguments);
int runFacility(const QStringList &arguments);
int runDemo(const QStringList &arguments);
int runJoin(const QStringList &arguments);

} // namespace medinexus::server::cli
