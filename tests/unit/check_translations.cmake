# Fails when a user-visible string in the sources has no finished translation in a .ts
# file: runs lupdate over the sources into copies of the .ts files, so strings added to
# the code but never extracted count as missing too.
#   cmake -DLUPDATE=... -DSOURCE_DIR=... -DWORK_DIR=... -P check_translations.cmake
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
set(dirs "")
foreach(d shared server client)
    if(IS_DIRECTORY "${SOURCE_DIR}/${d}")
        list(APPEND dirs "${SOURCE_DIR}/${d}")
    endif()
endforeach()

set(failures "")
foreach(lang fr en)
    set(ts "${WORK_DIR}/medinexus_${lang}.ts")
    file(COPY_FILE "${SOURCE_DIR}/translations/medinexus_${lang}.ts" "${ts}")
    execute_process(COMMAND "${LUPDATE}" -silent -no-obsolete -locations none -I "${SOURCE_DIR}" ${dirs} -ts "${ts}"
                    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "lupdate failed (${rc}): ${out}${err}")
    endif()
    file(READ "${ts}" content)
    string(REGEX MATCHALL "<source>[^<]*</source>[ \t\r\n]*(<comment>[^<]*</comment>[ \t\r\n]*)?<translation type=\"unfinished\">" unfinished "${content}")
    string(REGEX MATCHALL "<translation>[ \t\r\n]*</translation>" empty "${content}")
    list(LENGTH unfinished n_unfinished)
    list(LENGTH empty n_empty)
    string(REGEX MATCHALL "<message" messages "${content}")
    list(LENGTH messages n_messages)
    message(STATUS "medinexus_${lang}.ts: ${n_messages} messages, ${n_unfinished} unfinished or missing, ${n_empty} empty")
    # tr() in a class is looked up under the class's full name (its QMetaObject): a context
    # without the namespace means lupdate did not see the class declaration, and its strings
    # would never be translated at run time.
    string(REGEX MATCHALL "<name>[^<:]*</name>" unqualified "${content}")
    if(unqualified)
        list(APPEND failures "medinexus_${lang}.ts: contexts without their namespace: ${unqualified}")
    endif()
    if(n_messages EQUAL 0)
        list(APPEND failures "medinexus_${lang}.ts has no messages at all")
    endif()
    if(n_unfinished GREATER 0 OR n_empty GREATER 0)
        foreach(item IN LISTS unfinished)
            string(REGEX MATCH "<source>([^<]*)</source>" _ "${item}")
            message(STATUS "  untranslated (${lang}): ${CMAKE_MATCH_1}")
        endforeach()
        list(APPEND failures "medinexus_${lang}.ts: ${n_unfinished} unfinished or missing, ${n_empty} empty (run scripts/update-translations.sh and translate)")
    endif()
endforeach()

# lupdate silently skips some calls it cannot parse (e.g. a plural whose count is a cast or a
# qualified name): every "%n" text in the sources must be in the catalogue.
file(READ "${SOURCE_DIR}/translations/medinexus_fr.ts" catalogue)
file(GLOB_RECURSE sources "${SOURCE_DIR}/client/*.cpp" "${SOURCE_DIR}/shared/*.cpp" "${SOURCE_DIR}/server/*.cpp")
foreach(source IN LISTS sources)
    file(STRINGS "${source}" lines REGEX "\"[^\"&<>']*%n[^\"&<>']*\"")
    foreach(line IN LISTS lines)
        string(REGEX MATCH "\"([^\"&<>']*%n[^\"&<>']*)\"" _ "${line}")
        # The text may be the first of several concatenated literals: its start must be there.
        string(FIND "${catalogue}" "<source>${CMAKE_MATCH_1}" found)
        if(found EQUAL -1)
            list(APPEND failures "\"${CMAKE_MATCH_1}\" (${source}) is not in the catalogue: lupdate skipped its call")
        endif()
    endforeach()
endforeach()

if(failures)
    message(FATAL_ERROR "Translations incomplete:\n  ${failures}")
endif()
