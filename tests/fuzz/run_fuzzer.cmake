# One bounded fuzzing campaign, for CTest (see CMakeLists.txt):
#   cmake -DFUZZER=<binary> -DSEEDS=<seed dir> -DWORK_DIR=<dir> -DSECONDS=<n>
#         [-DDICTIONARY_OPTION=-dict=<file>] -P run_fuzzer.cmake
# The seeds are copied to a fresh WORK_DIR/corpus, so the repository's corpus never changes;
# what the run finds stays there, crash artifacts go to WORK_DIR/artifacts/. Fails on any
# crash, sanitizer report, leak, timeout (-timeout=10 per input) or out-of-memory
# (-rss_limit_mb=2048): libFuzzer then exits with a non-zero status.
foreach(variable FUZZER SEEDS WORK_DIR SECONDS)
    if(NOT DEFINED ${variable} OR "${${variable}}" STREQUAL "")
        message(FATAL_ERROR "run_fuzzer.cmake: ${variable} is required")
    endif()
endforeach()

file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}/corpus" "${WORK_DIR}/artifacts")
file(GLOB seeds "${SEEDS}/*")
file(COPY ${seeds} DESTINATION "${WORK_DIR}/corpus")

set(command "${FUZZER}" "${WORK_DIR}/corpus"
    -max_total_time=${SECONDS} -timeout=10 -rss_limit_mb=2048 -print_final_stats=1
    "-artifact_prefix=${WORK_DIR}/artifacts/")
if(DICTIONARY_OPTION)
    list(APPEND command "${DICTIONARY_OPTION}")
endif()
execute_process(COMMAND ${command} WORKING_DIRECTORY "${WORK_DIR}" RESULT_VARIABLE result COMMAND_ECHO STDOUT)
if(NOT result EQUAL 0)
    file(GLOB artifacts "${WORK_DIR}/artifacts/*")
    message(FATAL_ERROR "${FUZZER} failed (${result}); reproducer(s): ${artifacts}\n"
                        "Replay one with: ${FUZZER} <file>; see docs/development.md, Fuzzing.")
endif()
file(GLOB corpus "${WORK_DIR}/corpus/*")
list(LENGTH corpus size)
message(STATUS "${FUZZER}: clean after ${SECONDS} s; corpus grew to ${size} inputs")
