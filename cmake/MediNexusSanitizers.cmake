# ASan + UBSan for the whole build when MEDINEXUS_SANITIZE is on. Recovery is off so a
# single report fails the test that caused it.
if(MEDINEXUS_SANITIZE)
    if(MSVC)
        add_compile_options(/fsanitize=address)
    else()
        set(_medinexus_san -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
        add_compile_options(${_medinexus_san})
        add_link_options(${_medinexus_san})
    endif()
endif()
