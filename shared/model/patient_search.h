#pragma once

// How patients are found by name and phone: the folding applied both when a patient is
// stored (to build the search columns and terms) and when a query is read, so that the
// two always agree. Independent of SQLite, so another Store can index the same way.

#include "shared/model/patient.h"

#include <QString>
#include <QStringList>
#include <QStringView>

namespace medinexus::search {

// At most this many query words are used (the rest of the query is ignored).
inline constexpr qsizetype kMaxQueryWords = 8;

// Text for accent- and case-insensitive matching: canonical decomposition (NFD), combining
// marks (Mn, Me) and the Arabic tatweel dropped, case folded, a few letters without a
// decomposition mapped to their usual Latin spelling (ß->ss, æ->ae, œ->oe, ø->o, đ/ð->d,
// ł->l, þ->th, ı->i, ħ->h), then recomposed (NFC, which rebuilds Hangul syllables).
// "Hélène" -> "helene", "HÉLÈNE" -> "helene", "أحمد" -> "احمد", "Łukasz" -> "lukasz".
QString fold(QStringView text);

// The words of folded text: runs of letters, digits and (spacing) marks. A whitespace-
// separated token made of several words ("jean-pierre", "o'brien") also yields them joined
// ("jeanpierre", "obrien"), so a query typed without the punctuation finds it too.
QStringList words(QStringView text);

// The distinct words a patient is found by: those of the given names and family name.
QStringList nameTerms(const Patient &patient);

// The words of a query, in order, without duplicates, at most kMaxQueryWords. Each one
// must be a prefix of one of a patient's name terms for the patient to match. Unlike
// words(), joined forms are not added: every part must match on its own.
QStringList queryWords(QStringView query);

// The decimal digits of `text` as ASCII '0'..'9' (other scripts' digits, e.g. Arabic-Indic,
// included), everything else dropped.
QString phoneDigits(QStringView text);

// True when `query` is made of digits and the punctuation of phone numbers (spaces,
// + - ( ) . /) only, with at least one digit: it is searched as (part of) a phone number.
bool looksLikePhone(QStringView query);

// The first string after every string that starts with `prefix` (in code point order,
// which is SQLite's BINARY order of UTF-8 text): prefix + U+10FFFF. Folded text never
// holds U+10FFFF (not a letter), so term >= prefix AND term < bound selects exactly the
// terms that start with prefix.
QString prefixUpperBound(const QString &prefix);

// The birth year used by the birth-year filter: the birth date's year, else the estimate.
std::optional<int> birthYear(const Patient &patient);

} // namespace medinexus::search
