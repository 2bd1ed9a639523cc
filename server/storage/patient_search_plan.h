#pragma once

// A patient search as every store runs it: the readings of the query text that apply (a
// patient number, part of a phone number, name words) each yield their first `limit` keys
// in result order; merged, the first `limit` distinct patients overall are the result. The
// stores differ only in the SQL of each reading.

#include "server/storage/store_records.h"

#include <QString>
#include <QStringList>

#include <algorithm>
#include <cstddef>
#include <optional>
#include <tuple>
#include <vector>

namespace medinexus::server {

struct PatientSearchPlan {
    int limit = 0;  // at most the store's maximum; <= 0: nothing to search
    std::optional<int> birthYear;
    // Trimmed. Empty: every patient (of birthYear when given). Otherwise always read as a
    // compact patient number (the caller parsed what was typed), and also as:
    QString text;
    std::optional<QString> phoneDigits;  // part of a phone number, when it looks like one;
    QStringList nameWords;               // else name-word prefixes, longest (usually most selective) first
};

PatientSearchPlan planPatientSearch(const PatientQuery &query, int maxLimit);

// A patient's place in search results: folded family name, folded given names, id text.
struct SearchKey {
    QString family;
    QString given;
    QString id;

    friend bool operator<(const SearchKey &a, const SearchKey &b)
    {
        return std::tie(a.family, a.given, a.id) < std::tie(b.family, b.given, b.id);
    }
};

// Sorts the keys of every reading, drops the patients found twice and keeps the first `limit`.
inline void keepFirstDistinct(std::vector<SearchKey> &keys, int limit)
{
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end(), [](const SearchKey &a, const SearchKey &b) { return a.id == b.id; }),
               keys.end());
    if (keys.size() > static_cast<std::size_t>(limit))
        keys.resize(static_cast<std::size_t>(limit));
}

} // namespace medinexus::server
