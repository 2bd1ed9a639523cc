# Installation and packages. On Linux: two Debian packages built by CPack,
#   medinexus-client  the desktop application, its .desktop entry, icons, AppStream metadata
#                     and translations;
#   medinexus-server  the server, its systemd unit, default configuration under /etc, the
#                     data directory under /var/lib, a system user, log rotation.
# On Windows: the client's installer (cmake/MediNexusWindowsPackaging.cmake).
#   cmake --build build/default --target package    (or: cpack --config build/default/CPackConfig.cmake)
include(GNUInstallDirs)

set(MEDINEXUS_PACKAGE_CONTACT "MediNexus maintainers <packaging@medinexus.org>" CACHE STRING
    "Maintainer of the packages (Name <email>)")
set(MEDINEXUS_HOMEPAGE "https://medinexus.org")
set(linux_dir "${PROJECT_SOURCE_DIR}/packaging/linux")
set(doc_dir "${CMAKE_CURRENT_BINARY_DIR}/packaging-doc")

# A sanitizer build is for tests, never packaged (and its binaries should not run at build time).
set(linux_packages OFF)
if(UNIX AND NOT APPLE AND NOT MEDINEXUS_SANITIZE)
    set(linux_packages ON)
endif()

if(linux_packages)
    # Debian wants documentation compressed reproducibly (no name, no time stamp).
    function(medinexus_gzip_configured input output)
        configure_file("${input}" "${output}" @ONLY)
        add_custom_command(OUTPUT "${output}.gz"
            COMMAND gzip -9nfk "${output}"
            DEPENDS "${input}" "${output}"
            COMMENT "Compressing ${output}")
        set_property(GLOBAL APPEND PROPERTY MEDINEXUS_PACKAGE_DOCS "${output}.gz")
    endfunction()
    medinexus_gzip_configured("${linux_dir}/changelog.in" "${doc_dir}/changelog")
    medinexus_gzip_configured("${linux_dir}/man/medinexus-client.1.in" "${doc_dir}/medinexus-client.1")
    medinexus_gzip_configured("${linux_dir}/man/medinexus-server.1.in" "${doc_dir}/medinexus-server.1")
    get_property(package_docs GLOBAL PROPERTY MEDINEXUS_PACKAGE_DOCS)
    add_custom_target(medinexus_package_docs ALL DEPENDS ${package_docs})

    function(medinexus_install_package_docs component package)
        install(FILES "${linux_dir}/copyright" "${doc_dir}/changelog.gz" "${linux_dir}/${component}/README.Debian"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/doc/${package}" COMPONENT ${component})
        install(FILES "${doc_dir}/${package}.1.gz" DESTINATION "${CMAKE_INSTALL_MANDIR}/man1" COMPONENT ${component})
        if(EXISTS "${linux_dir}/${component}/lintian-overrides")
            install(FILES "${linux_dir}/${component}/lintian-overrides" DESTINATION "${CMAKE_INSTALL_DATADIR}/lintian/overrides"
                RENAME ${package} COMPONENT ${component})
        endif()
    endfunction()
endif()

if(linux_packages AND MEDINEXUS_BUILD_CLIENT)
    configure_file("${linux_dir}/client/org.medinexus.Client.metainfo.xml"
        "${CMAKE_CURRENT_BINARY_DIR}/packaging-client/org.medinexus.Client.metainfo.xml" @ONLY)
    install(FILES "${linux_dir}/client/org.medinexus.Client.desktop"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/applications" COMPONENT client)
    install(FILES "${CMAKE_CURRENT_BINARY_DIR}/packaging-client/org.medinexus.Client.metainfo.xml"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo" COMPONENT client)
    install(DIRECTORY "${PROJECT_SOURCE_DIR}/resources/icons/hicolor"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/icons" COMPONENT client)
    install(FILES "${PROJECT_SOURCE_DIR}/resources/icons/medinexus.svg"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps" COMPONENT client)
    medinexus_install_package_docs(client medinexus-client)
endif()

if(linux_packages AND MEDINEXUS_BUILD_SERVER)
    # The packaged configuration is what the server itself prints for its defaults (listening
    # on every interface), so it cannot drift from the code.
    set(server_conf "${CMAKE_CURRENT_BINARY_DIR}/packaging-server/server.conf")
    add_custom_command(OUTPUT "${server_conf}"
        COMMAND medinexus-server config --data-dir "${CMAKE_CURRENT_BINARY_DIR}/packaging-server/no-data"
                --listen 0.0.0.0:8443 > "${server_conf}"
        DEPENDS medinexus-server
        COMMENT "Generating the packaged server configuration")
    add_custom_target(medinexus_server_package_config ALL DEPENDS "${server_conf}")
    # System paths are absolute: they belong to the package (cpack installs into a staging
    # root); a developer's own `cmake --install --prefix` should take `--component client`.
    install(FILES "${server_conf}" DESTINATION /etc/medinexus COMPONENT server)
    install(FILES "${linux_dir}/server/medinexus-server.logrotate"
        DESTINATION /etc/logrotate.d RENAME medinexus-server COMPONENT server)
    install(FILES "${linux_dir}/server/medinexus-server.service"
        DESTINATION /lib/systemd/system COMPONENT server)
    medinexus_install_package_docs(server medinexus-server)
endif()

if(WIN32)
    include(MediNexusWindowsPackaging OPTIONAL)
endif()

# ---- CPack ----------------------------------------------------------------------------
set(CPACK_PACKAGE_NAME "medinexus")
set(CPACK_PACKAGE_VENDOR "The MediNexus project")
set(CPACK_PACKAGE_CONTACT "${MEDINEXUS_PACKAGE_CONTACT}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${MEDINEXUS_HOMEPAGE}")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/COPYING")
set(CPACK_PACKAGE_DIRECTORY "${PROJECT_BINARY_DIR}/packages")
set(CPACK_STRIP_FILES ON)
set(CPACK_COMPONENTS_ALL "")
if(MEDINEXUS_BUILD_CLIENT)
    list(APPEND CPACK_COMPONENTS_ALL client)
endif()
if(MEDINEXUS_BUILD_SERVER AND NOT WIN32)
    list(APPEND CPACK_COMPONENTS_ALL server)
endif()

if(linux_packages)
    set(CPACK_GENERATOR "DEB")
    set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
    set(CPACK_DEB_COMPONENT_INSTALL ON)
    # Each package's description below starts with its own synopsis; CPack would otherwise put
    # the project's one-line summary in front of it.
    set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "")
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_PACKAGE_SOURCE "medinexus")
    set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
    set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
    set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${MEDINEXUS_HOMEPAGE}")
    # Runtime dependencies from the binaries' shared libraries (dpkg-shlibdeps), plus what a
    # library list cannot show.
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    set(CPACK_DEBIAN_CLIENT_PACKAGE_NAME "medinexus-client")
    set(CPACK_DEBIAN_CLIENT_PACKAGE_SECTION "misc")
    set(CPACK_DEBIAN_CLIENT_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager | keepassxc, qt6-translations-l10n, qt6-wayland")
    set(CPACK_DEBIAN_CLIENT_DESCRIPTION
"desktop client for shared medical records (MediNexus)
MediNexus lets a community of hospitals, clinics and pharmacies share their
patients' records. With this desktop application clinic staff find a patient
and read the whole record; doctors add diagnoses, prescriptions and follow-up
notes, nurses record vital signs and nursing notes, pharmacists dispense at a
keyboard-driven counter, and administrators manage facilities and accounts.
Records are cached encrypted (SQLCipher, key in the desktop keychain), so a
clinic keeps working offline; changes sync when the connection returns.
French and English.")
    set(CPACK_DEBIAN_SERVER_PACKAGE_NAME "medinexus-server")
    set(CPACK_DEBIAN_SERVER_PACKAGE_SECTION "net")
    set(CPACK_DEBIAN_SERVER_PACKAGE_DEPENDS "passwd")
    set(CPACK_DEBIAN_SERVER_PACKAGE_RECOMMENDS "logrotate")
    set(CPACK_DEBIAN_SERVER_DESCRIPTION
"server for shared medical records (MediNexus)
MediNexus lets a community of hospitals, clinics and pharmacies share their
patients' records. This package holds the HTTPS REST and sync server that the
desktop clients talk to, with its embedded SQLite store, role-based
permissions enforced on every request, a tamper-evident audit log and online
backups. It runs as a sandboxed systemd service under its own system user.")
    set(CPACK_DEBIAN_SERVER_PACKAGE_CONTROL_EXTRA
        "${linux_dir}/server/conffiles;${linux_dir}/server/postinst;${linux_dir}/server/prerm;${linux_dir}/server/postrm")
    set(CPACK_DEBIAN_SERVER_PACKAGE_CONTROL_STRICT_PERMISSION ON)
endif()

include(CPack)
cpack_add_component(client DISPLAY_NAME "MediNexus desktop client")
cpack_add_component(server DISPLAY_NAME "MediNexus server")
