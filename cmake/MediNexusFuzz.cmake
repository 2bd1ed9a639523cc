# libFuzzer targets (tests/fuzz/) when MEDINEXUS_FUZZ is on: every library is compiled with
# libFuzzer's coverage instrumentation (-fsanitize=fuzzer-no-link) plus ASan and UBSan, and
# the fuzz targets link libFuzzer's main. Clang only: GCC has no libFuzzer. The `fuzz`
# preset turns it on with clang-14 and builds only the server side and the targets.
option(MEDINEXUS_FUZZ "Build the libFuzzer targets (Clang; instruments every library; server side only)" OFF)

if(MEDINEXUS_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "MEDINEXUS_FUZZ needs Clang (libFuzzer); this is ${CMAKE_CXX_COMPILER_ID} "
                            "(${CMAKE_CXX_COMPILER}). Use `cmake --preset fuzz` or -DCMAKE_CXX_COMPILER=clang++-14 "
                            "in a new build directory.")
    endif()
    if(MEDINEXUS_SANITIZE)
        message(FATAL_ERROR "MEDINEXUS_FUZZ already builds with ASan and UBSan: leave MEDINEXUS_SANITIZE off.")
    endif()
    if(MEDINEXUS_BUILD_CLIENT OR NOT MEDINEXUS_BUILD_SERVER OR NOT MEDINEXUS_BUILD_TESTS)
        message(FATAL_ERROR "MEDINEXUS_FUZZ fuzzes the shared core and the server: set MEDINEXUS_BUILD_CLIENT=OFF, "
                            "MEDINEXUS_BUILD_SERVER=ON and MEDINEXUS_BUILD_TESTS=ON (the fuzz preset does).")
    endif()

    # Recovery off: the first report stops the fuzzer, which saves the input.
    add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
    add_link_options(-fsanitize=address,undefined)

    set(MEDINEXUS_FUZZ_SECONDS 40 CACHE STRING "How long each fuzz target runs in its CTest test (label fuzz)")
endif()
