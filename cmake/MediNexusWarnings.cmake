# Warnings on for every target of ours (not for third-party code).
function(medinexus_set_warnings target)
    if(MSVC)
        # /utf-8: the sources are UTF-8 (French text); MSVC would otherwise read them in the
        # machine's ANSI code page and garble the literals. C++ sources only: the resource
        # compiler (the client's .rc file) takes none of these options.
        target_compile_options(${target} PRIVATE "$<$<COMPILE_LANGUAGE:CXX>:/W4;/permissive-;/utf-8>")
        if(MEDINEXUS_WERROR)
            target_compile_options(${target} PRIVATE "$<$<COMPILE_LANGUAGE:CXX>:/WX>")
        endif()
    else()
        target_compile_options(${target} PRIVATE
            -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast
            -Wcast-align -Woverloaded-virtual -Wconversion
            -Wnull-dereference -Wformat=2 -Wimplicit-fallthrough)
        if(MEDINEXUS_WERROR)
            target_compile_options(${target} PRIVATE -Werror)
        endif()
    endif()
endfunction()
