#pragma once

#include "server/app/server_config.h"
#include "shared/security/secret_string.h"

#include "shared/model/enums.h"

#include <QStringList>

namespace medinexus::server {

struct SetupOptions {
    QString adminUser = QStringLiteral("admin");
    QString adminName = QStringLiteral("Administrator");
    QString facilityName = QStringLiteral("MediNexus");
    FacilityKind facilityKind = FacilityKind::Hospital;
    QStringList hostnames;  // extra names/addresses for the self-signed certificate
};

// Creates a new server in config.dataDir: the directory (0700), a self-signed
// certificate unless one is configured, the store, the first facility and administrator,
// and the config file. Refuses a directory that already holds a store. With PostgreSQL
// (config.database) the store is the shared database, which must not hold a server yet:
// further nodes are added with joinServer(). Returns the
// certificate's SHA-256 fingerprint, for clients to confirm at first contact.
QString initialiseServer(const ServerConfig &config, const SetupOptions &options, const SecretString &adminPassword);

// Makes `config.dataDir` a further node of the PostgreSQL server whose first node's data
// directory is `firstNode`: the same certificate and private key (clients pin one
// fingerprint, whichever node answers), the same configuration with this node's own
// listen address. Checks that the database is reachable and initialised. Returns the
// certificate's fingerprint.
QString joinServer(const ServerConfig &firstNode, ServerConfig config);

} // namespace medinexus::server
