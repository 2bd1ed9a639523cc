// For the ASan build of the client tests: record every allocation's full stack (the slow
// unwinder), so that the leak suppressions in lsan_suppressions.cpp can recognise OpenSSL's
// per-thread generators, which are allocated from libcrypto frames that the fast unwinder
// cannot walk through (no frame pointers).
extern "C" const char *__asan_default_options();

extern "C" const char *__asan_default_options()
{
    return "fast_unwind_on_malloc=0";
}
