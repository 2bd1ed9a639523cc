// LeakSanitizer suppressions for the ASan build of the tests (read by the sanitizer runtime
// at start-up; no environment variable needed, so `ctest` in build/asan works as it is).
//
// Only OpenSSL's per-thread random generators: OpenSSL creates one for each thread that makes
// a TLS context and frees it when that thread ends. Qt runs HTTP and TLS on a thread of its own
// that may still be shutting down when a test process exits, so under load LeakSanitizer sees
// them as leaked. Anything else from OpenSSL, Qt or our code is still reported. (The client
// tests record full allocation stacks so these names can be seen: full_malloc_stacks.cpp.)
extern "C" const char *__lsan_default_suppressions();

extern "C" const char *__lsan_default_suppressions()
{
    return "leak:RAND_get0_public\n"
           "leak:RAND_get0_private\n";
}
