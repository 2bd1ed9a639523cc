# The Windows installer of the desktop client (docs/windows.md). Included by
# cmake/MediNexusPackaging.cmake on Windows only, after add_subdirectory(client) (the install
# rules below must run after the client's own) and before include(CPack).
#
# The installed tree, under C:\Program Files\MediNexus by default:
#   bin\medinexus-client.exe, qt.conf    the program; qt.conf makes Qt look under ..\plugins
#   bin\*.dll                            Qt, OpenSSL, SQLCipher, QtKeychain, Argon2, libqrencode
#                                        and what they need, and the MSVC runtime (app-local)
#   plugins\<type>\*.dll                 Qt's plugins: platform, style, TLS (OpenSSL), images...
#   translations\qtbase_*.qm             Qt's own strings (standard buttons, dialogs) in French
#   share\medinexus\translations\*.qm    the client's catalogues (translations/CMakeLists.txt)
# The server is not packaged on Windows (Linux-first).
#
# Written without a Windows machine to try it on: see "Known limitations" in docs/windows.md.
include_guard(GLOBAL)

if(NOT WIN32 OR NOT MEDINEXUS_BUILD_CLIENT OR NOT TARGET medinexus-client)
    return()
endif()

include(GNUInstallDirs)

set(MEDINEXUS_WINDOWS_DLL_DIRS "" CACHE STRING
    "Extra folders searched for the DLLs the installed client needs (besides vcpkg's bin folder)")

# ---- Qt runtime: Qt DLLs, plugins and qt.conf, by Qt's deployment script (windeployqt) --------
# Qt's own catalogues are installed below, under the names Language loads (qtbase_fr.qm), so
# windeployqt's merged qt_fr.qm is not wanted (NO_TRANSLATIONS); the MSVC runtime DLLs come from
# InstallRequiredSystemLibraries instead of a vc_redist installer (NO_COMPILER_RUNTIME).
if(Qt6_VERSION VERSION_LESS 6.5 OR NOT COMMAND qt_generate_deploy_app_script)
    # The client itself still builds; only installing it (and so cpack) is refused.
    install(CODE "message(FATAL_ERROR \"The Windows installer needs Qt 6.5 or newer (found ${Qt6_VERSION}); vcpkg.json's baseline provides Qt 6.9.\")"
        COMPONENT client)
    return()
endif()
if(Qt6_VERSION VERSION_GREATER_EQUAL 6.7)
    # A Widgets program draws with the raster engine: neither Direct3D's shader compiler nor
    # the software OpenGL renderer is needed. (DEPLOY_TOOL_OPTIONS exists since Qt 6.7.)
    qt_generate_deploy_app_script(TARGET medinexus-client OUTPUT_SCRIPT medinexus_qt_deploy_script
        NO_TRANSLATIONS NO_COMPILER_RUNTIME
        DEPLOY_TOOL_OPTIONS --no-system-d3d-compiler --no-opengl-sw)
else()
    qt_generate_deploy_app_script(TARGET medinexus-client OUTPUT_SCRIPT medinexus_qt_deploy_script
        NO_TRANSLATIONS NO_COMPILER_RUNTIME)
endif()
install(SCRIPT "${medinexus_qt_deploy_script}" COMPONENT client)
# The client refuses any TLS backend but OpenSSL's (client/core/net/tls_trust.cpp). windeployqt
# may leave that plugin out when it does not find the OpenSSL DLLs itself, so it is installed
# explicitly; the DLL step below then brings libssl and libcrypto beside the program.
if(NOT TARGET Qt6::QTlsBackendOpenSSLPlugin AND DEFINED Qt6Network_DIR)
    # Normally defined by find_package(Qt6 Network); some Qt packagings skip the plugin targets.
    include("${Qt6Network_DIR}/Qt6QTlsBackendOpenSSLPluginConfig.cmake" OPTIONAL)
endif()
if(TARGET Qt6::QTlsBackendOpenSSLPlugin)
    install(FILES "$<TARGET_FILE:Qt6::QTlsBackendOpenSSLPlugin>" DESTINATION plugins/tls COMPONENT client)
else()
    set(medinexus_missing "Qt has no OpenSSL TLS backend (Qt6::QTlsBackendOpenSSLPlugin): build qtbase with its openssl feature (vcpkg.json asks for it).")
    message(WARNING "${medinexus_missing} The client cannot connect to a server without it.")
    install(CODE "message(FATAL_ERROR [[${medinexus_missing}]])" COMPONENT client)
endif()

# Qt's catalogues for the client's languages. Without qtbase_fr.qm the standard buttons of a
# French session ("Cancel", "Yes") would stay in English: a build without it is fine, an
# installer without it is refused.
set(MEDINEXUS_QT_TRANSLATIONS_DIR "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_TRANSLATIONS}" CACHE PATH
    "Folder of Qt's own translations (qtbase_fr.qm), from vcpkg's qttranslations port")
if(EXISTS "${MEDINEXUS_QT_TRANSLATIONS_DIR}/qtbase_fr.qm")
    file(GLOB medinexus_qt_catalogues
        "${MEDINEXUS_QT_TRANSLATIONS_DIR}/qtbase_fr.qm" "${MEDINEXUS_QT_TRANSLATIONS_DIR}/qtbase_en.qm")
    install(FILES ${medinexus_qt_catalogues} DESTINATION translations COMPONENT client)
else()
    set(medinexus_missing "qtbase_fr.qm is not in MEDINEXUS_QT_TRANSLATIONS_DIR (${MEDINEXUS_QT_TRANSLATIONS_DIR}): install vcpkg's qttranslations port (vcpkg.json lists it) or point the variable at Qt's translations folder.")
    message(WARNING "${medinexus_missing} Installing the client will fail until then.")
    install(CODE "message(FATAL_ERROR [[${medinexus_missing}]])" COMPONENT client)
endif()

# ---- The MSVC runtime, beside the program (app-local) ---------------------------------------
# The Universal CRT is part of Windows 10 and 11; only the compiler's own DLLs are shipped.
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION "${CMAKE_INSTALL_BINDIR}")
set(CMAKE_INSTALL_SYSTEM_RUNTIME_COMPONENT client)
set(CMAKE_INSTALL_UCRT_LIBRARIES OFF)
include(InstallRequiredSystemLibraries)
if(MSVC AND NOT CMAKE_INSTALL_SYSTEM_RUNTIME_LIBS)
    # Found through VCToolsRedistDir, which the Visual Studio developer prompt sets.
    set(medinexus_missing "The MSVC runtime DLLs were not found (no Microsoft.VC*.CRT folder): configure from a Visual Studio developer prompt.")
    message(WARNING "${medinexus_missing} The installed client would not start on a PC without them.")
    install(CODE "message(FATAL_ERROR [[${medinexus_missing}]])" COMPONENT client)
endif()

# ---- Every other DLL, after Qt's deployment ---------------------------------------------------
# windeployqt copies Qt's own DLLs only; what the program and the plugins also load (OpenSSL for
# the TLS plugin and the key wrap, SQLCipher, QtKeychain, Argon2, libqrencode, and the libraries
# Qt itself was built against: zlib, PCRE2, HarfBuzz, FreeType, libpng...) is resolved here from
# the installed files' imports, in vcpkg's bin folder, and copied beside the program. A DLL that
# cannot be found stops the installation: a package that would not start is worse than none.
set(medinexus_dll_dirs_release ${MEDINEXUS_WINDOWS_DLL_DIRS})
set(medinexus_dll_dirs_debug ${MEDINEXUS_WINDOWS_DLL_DIRS})
if(DEFINED VCPKG_INSTALLED_DIR AND DEFINED VCPKG_TARGET_TRIPLET)
    list(APPEND medinexus_dll_dirs_release "${VCPKG_INSTALLED_DIR}/${VCPKG_TARGET_TRIPLET}/bin")
    list(APPEND medinexus_dll_dirs_debug "${VCPKG_INSTALLED_DIR}/${VCPKG_TARGET_TRIPLET}/debug/bin")
endif()
# dumpbin lists a DLL's imports; it sits beside cl.exe. (Left empty, CMake looks for it itself.)
get_filename_component(medinexus_cl_dir "${CMAKE_CXX_COMPILER}" DIRECTORY)
find_program(MEDINEXUS_DUMPBIN dumpbin HINTS "${medinexus_cl_dir}")
if(NOT MEDINEXUS_DUMPBIN)
    set(MEDINEXUS_DUMPBIN "")
endif()
set(medinexus_client_file "medinexus-client${CMAKE_EXECUTABLE_SUFFIX}")

file(CONFIGURE OUTPUT "${CMAKE_CURRENT_BINARY_DIR}/packaging-windows/deploy_dlls.cmake" @ONLY
    CONTENT [=[
# Generated by cmake/MediNexusWindowsPackaging.cmake; runs at install time, after Qt's deployment.
set(prefix "$ENV{DESTDIR}${CMAKE_INSTALL_PREFIX}")
set(bin_dir "${prefix}/@CMAKE_INSTALL_BINDIR@")
if(CMAKE_INSTALL_CONFIG_NAME MATCHES "^[Dd][Ee][Bb][Uu][Gg]$")
    set(dll_dirs "@medinexus_dll_dirs_debug@")
else()
    set(dll_dirs "@medinexus_dll_dirs_release@")
endif()

# The client opens its cache through its own SQLCipher driver; Qt's SQL plugins (QSQLITE
# bundles a second, unencrypted SQLite) must never be loadable from the installation.
file(REMOVE_RECURSE "${prefix}/plugins/sqldrivers")

file(GLOB_RECURSE plugins LIST_DIRECTORIES false "${prefix}/plugins/*.dll")
set(CMAKE_GET_RUNTIME_DEPENDENCIES_PLATFORM "windows+pe")
set(CMAKE_GET_RUNTIME_DEPENDENCIES_TOOL "dumpbin")
if(NOT "@MEDINEXUS_DUMPBIN@" STREQUAL "")
    set(CMAKE_GET_RUNTIME_DEPENDENCIES_COMMAND "@MEDINEXUS_DUMPBIN@")
endif()
file(GET_RUNTIME_DEPENDENCIES
    EXECUTABLES "${bin_dir}/@medinexus_client_file@"
    MODULES ${plugins}
    DIRECTORIES "${bin_dir}" ${dll_dirs}
    # API sets are resolved by Windows itself; the MSVC runtime is installed by
    # InstallRequiredSystemLibraries.
    PRE_EXCLUDE_REGEXES "^api-ms-" "^ext-ms-" "^(msvcp|vcruntime|concrt|vccorlib)[0-9a-z_]*\\.dll$"
    RESOLVED_DEPENDENCIES_VAR resolved
    UNRESOLVED_DEPENDENCIES_VAR unresolved
    CONFLICTING_DEPENDENCIES_PREFIX conflicting)
if(unresolved)
    list(JOIN unresolved ", " names)
    message(FATAL_ERROR "The installed client would not start: ${names} not found in ${bin_dir} "
        "nor in ${dll_dirs}. Add their folder to MEDINEXUS_WINDOWS_DLL_DIRS.")
endif()
foreach(name IN LISTS conflicting_FILENAMES)
    message(STATUS "Several copies of ${name}; the one beside the program is used: ${conflicting_${name}}")
endforeach()

# Windows' own DLLs stay where they are. Windows is searched before the folders above, so a
# DLL that some other software dropped into System32 (an old zlib1.dll, say) is replaced by
# the copy from those folders, the one the program was built against.
file(TO_CMAKE_PATH "$ENV{SystemRoot}" system_root)
string(TOLOWER "${system_root}/" system_root)
file(TO_CMAKE_PATH "${bin_dir}" bin_dir_lower)
string(TOLOWER "${bin_dir_lower}" bin_dir_lower)
foreach(dll IN LISTS resolved)
    file(TO_CMAKE_PATH "${dll}" dll_lower)
    string(TOLOWER "${dll_lower}" dll_lower)
    get_filename_component(dll_dir "${dll_lower}" DIRECTORY)
    get_filename_component(dll_name "${dll}" NAME)
    string(FIND "${dll_lower}" "${system_root}" in_system)
    if(dll_dir STREQUAL bin_dir_lower)
        continue()
    endif()
    if(in_system EQUAL 0)
        set(dll "")
        foreach(dir IN LISTS dll_dirs)
            if(EXISTS "${dir}/${dll_name}")
                set(dll "${dir}/${dll_name}")
                break()
            endif()
        endforeach()
        if(dll STREQUAL "")
            continue()
        endif()
    endif()
    file(INSTALL DESTINATION "${bin_dir}" TYPE SHARED_LIBRARY FILES "${dll}")
endforeach()
]=])
install(SCRIPT "${CMAKE_CURRENT_BINARY_DIR}/packaging-windows/deploy_dlls.cmake" COMPONENT client)

# ---- The NSIS installer -----------------------------------------------------------------------
# One package, the client (the server is not built on Windows): no components page.
set(CPACK_GENERATOR "NSIS")
set(CPACK_MONOLITHIC_INSTALL ON)
set(CPACK_PACKAGE_FILE_NAME "medinexus-client-${PROJECT_VERSION}-win64")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "MediNexus")
# The uninstall registry key: kept the same across versions so that an upgrade finds (and
# first removes) the installed version.
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "MediNexus")
set(CPACK_NSIS_INSTALL_ROOT "$PROGRAMFILES64")
set(CPACK_NSIS_PACKAGE_NAME "MediNexus")
set(CPACK_NSIS_DISPLAY_NAME "MediNexus")
set(CPACK_NSIS_BRANDING_TEXT "MediNexus ${PROJECT_VERSION}")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH OFF)
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
set(CPACK_NSIS_MUI_ICON "${PROJECT_SOURCE_DIR}/resources/icons/medinexus.ico")
set(CPACK_NSIS_MUI_UNIICON "${PROJECT_SOURCE_DIR}/resources/icons/medinexus.ico")
# The icon of "Apps and features"; the .exe carries it (client/app/medinexus-client.rc.in).
# Four backslashes: CPackConfig.cmake unescapes once, leaving one for NSIS' Windows path.
set(CPACK_NSIS_INSTALLED_ICON_NAME "${CMAKE_INSTALL_BINDIR}\\\\${medinexus_client_file}")
if(DEFINED MEDINEXUS_HOMEPAGE)
    set(CPACK_NSIS_URL_INFO_ABOUT "${MEDINEXUS_HOMEPAGE}")
    set(CPACK_NSIS_HELP_LINK "${MEDINEXUS_HOMEPAGE}")
endif()
if(DEFINED MEDINEXUS_PACKAGE_CONTACT)
    set(CPACK_NSIS_CONTACT "${MEDINEXUS_PACKAGE_CONTACT}")
endif()
# Start menu: "MediNexus" -> bin\medinexus-client.exe (and the uninstaller, by CPack).
set(CPACK_NSIS_EXECUTABLES_DIRECTORY "${CMAKE_INSTALL_BINDIR}")
set(CPACK_PACKAGE_EXECUTABLES "medinexus-client" "MediNexus")
# Desktop shortcut, created with the Start menu entries (CPACK_CREATE_DESKTOP_LINKS would only
# offer it on the page that also proposes changing PATH). For an all-users installation NSIS
# uses the public desktop. The uninstaller removes it; the user's data are left in place
# (docs/windows.md).
set(CPACK_NSIS_CREATE_ICONS_EXTRA
    "CreateShortCut '$DESKTOP\\\\MediNexus.lnk' '$INSTDIR\\\\${CMAKE_INSTALL_BINDIR}\\\\${medinexus_client_file}'")
set(CPACK_NSIS_DELETE_ICONS_EXTRA "Delete '$DESKTOP\\\\MediNexus.lnk'")
# No "Run MediNexus" on the last page: the installer runs elevated, and the client would start
# as the administrator (their keychain, their data folder) rather than as the clinic's user.
