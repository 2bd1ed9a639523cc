#pragma once

#include "shared/security/secret_string.h"

#include <QByteArrayView>

#include <initializer_list>
#include <utility>

namespace medinexus::client {

// A flat JSON object of string members, e.g. {"password":"…","username":"…"}, built in one
// buffer reserved up front (a growing buffer would leave copies of a secret behind when it
// reallocates) and handed over as a SecretString, wiped when the request is done. QJsonObject
// cannot do this: its strings are shared, reallocated and never wiped.
SecretString secretJsonObject(std::initializer_list<std::pair<const char *, QByteArrayView>> members);

} // namespace medinexus::client
