# Third-party dependencies, found once for every component.
find_package(Qt6 6.4 REQUIRED COMPONENTS Core LinguistTools)

# SQLCipher is the project's only SQLite: the server uses it without a key (a plain
# SQLite file), the client with one. One library per process avoids the symbol clash
# between libsqlite3 and libsqlcipher.
find_package(PkgConfig REQUIRED)
pkg_check_modules(SQLCIPHER REQUIRED IMPORTED_TARGET sqlcipher)
if(NOT TARGET MediNexus::SQLCipher)
    add_library(MediNexus::SQLCipher INTERFACE IMPORTED GLOBAL)
    target_link_libraries(MediNexus::SQLCipher INTERFACE PkgConfig::SQLCIPHER)
    # Declares sqlite3_key() and friends in SQLCipher's sqlite3.h.
    target_compile_definitions(MediNexus::SQLCipher INTERFACE SQLITE_HAS_CODEC)
endif()

# OpenSSL: TLS for the server, wiping secrets and authenticated encryption everywhere.
find_package(OpenSSL 3.0 REQUIRED COMPONENTS SSL Crypto)
# Argon2id: password hashes on the server, the key that wraps the client's cache key.
pkg_search_module(ARGON2 REQUIRED IMPORTED_TARGET GLOBAL libargon2 argon2)  # Debian: libargon2.pc; some vcpkg versions: argon2.pc

if(MEDINEXUS_BUILD_CLIENT)
    # Network: HTTPS to the server (its OpenSSL TLS backend); Sql: the GUI's models over our own
    # SQLCipher driver; WebSockets: live "changes" notifications; Keychain: the cache key.
    find_package(Qt6 6.4 REQUIRED COMPONENTS Network Sql WebSockets Widgets PrintSupport Concurrent)
    find_package(Qt6Keychain REQUIRED)
    # QR codes on prescription printouts.
    pkg_check_modules(QRENCODE REQUIRED IMPORTED_TARGET GLOBAL libqrencode)
endif()

if(MEDINEXUS_BUILD_TESTS)
    find_package(GTest REQUIRED)
    include(GoogleTest)
    if(MEDINEXUS_BUILD_CLIENT)
        # QTest drives the real windows in the GUI tests (keyboard, mouse).
        find_package(Qt6 6.4 REQUIRED COMPONENTS Test)
    endif()
endif()
