#pragma once

#include "shared/security/secret_string.h"

#include <QString>

namespace medinexus::server::cli {

// Reads a password from standard input, never from the command line (argv is visible
// to every user of the machine). On a terminal it prompts without echo and asks twice
// when `confirm`; from a pipe it reads one line. Throws std::runtime_error when nothing
// can be read or the two entries differ.
SecretString readPassword(const QString &prompt, bool confirm);

} // namespace medinexus::server::cli
