#include "bench/client/search_bench.h"

#include "bench/common/bench_report.h"
#include "bench/common/synthetic_community.h"

#include "client/core/cache/cache_database.h"
#include "client/core/cache/record_store.h"

#include "shared/ids/patient_number.h"
#include "shared/ids/uuid.h"
#include "shared/model/patient_search.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <algorithm>
#include <map>
#include <set>
#include <string>

namespace medinexus::client::bench {

using medinexus::bench::check;
using medinexus::bench::FigureRow;
using medinexus::bench::printRow;
using medinexus::bench::progress;
using medinexus::bench::Stopwatch;

namespace {

// As the search panel (client/gui/patients/patient_search_panel.cpp): at most 100 results.
constexpr int kPanelLimit = 100;
constexpr double kKeystrokeTargetMs = 16.0;
constexpr double kMemoryTargetMiB = 200.0;

QString cachePath(const SearchOptions &options)
{
    return QDir(options.workDir).filePath(QStringLiteral("search-cache.sqlite"));
}

// Synthetic patients only: a fixed key is enough, and lets the search process reopen the file.
SecretString benchKey()
{
    return SecretString{QByteArrayView("medinexus-bench-search-cache-key")};
}

// The facility every synthetic patient of the search cache is registered at.
QUuid benchFacility()
{
    return QUuid(QStringLiteral("{0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b}"));
}

enum class QueryKind { FamilyThenGiven, GivenThenFamily, Phone, Number };

struct Query {
    QueryKind kind;
    QString text;           // typed one character at a time
    QString expectedNumber; // the patient the full text must find
};

QString firstWord(const QString &text)
{
    return text.section(QLatin1Char(' '), 0, 0);
}

Query queryFor(const Patient &patient, QRandomGenerator &random)
{
    const quint32 draw = random.bounded(10u);
    Query query{QueryKind::FamilyThenGiven, {}, patient.number};
    if (draw >= 8) {
        query.kind = QueryKind::Number;
        query.text = PatientNumber::parse(patient.number)->toString();  // as printed on the card
    } else if (draw >= 6 && !patient.phone.isEmpty()) {
        query.kind = QueryKind::Phone;
        query.text = patient.phone.mid(5);  // the local part, "77 123 45 67"
    } else if (draw >= 4) {
        query.kind = QueryKind::GivenThenFamily;
        query.text = firstWord(patient.givenNames).toLower() + QLatin1Char(' ') + patient.familyName.toLower();
    } else {
        query.text = patient.familyName.toLower() + QLatin1Char(' ') + firstWord(patient.givenNames).toLower();
    }
    return query;
}

} // namespace

void fillSearchCache(const SearchOptions &options)
{
    if (!QDir().mkpath(options.workDir))
        throw std::runtime_error("cannot create the work folder");
    for (const QString &file : QStringList{cachePath(options)} + CacheDatabase::companionFiles(cachePath(options)))
        QFile::remove(file);
    CacheDatabase cache = CacheDatabase::open(cachePath(options), benchKey(), true);
    RecordStore records(cache.connection());
    QRandomGenerator random(options.seed);
    const QDate today = QDate::currentDate();
    const Stopwatch stopwatch;
    sqlite::Transaction transaction(cache.connection());
    for (int i = 0; i < options.patients; ++i) {
        records.putPatientFromServer(medinexus::bench::syntheticPatient(random, static_cast<std::uint32_t>(i), benchFacility(), today), true);
        if ((i + 1) % 100000 == 0)
            progress(QStringLiteral("search cache: %1 patients").arg(i + 1));
    }
    transaction.commit();
    check(records.patientCount() == options.patients, QStringLiteral("the search cache holds every patient"));
    progress(QStringLiteral("search cache: %1 patients written in %2 s, %3 MiB")
                 .arg(options.patients).arg(stopwatch.seconds(), 0, 'f', 1)
                 .arg(static_cast<double>(QFileInfo(cachePath(options)).size()) / (1024.0 * 1024.0), 0, 'f', 1));
}

void runSearch(const SearchOptions &options)
{
    const medinexus::bench::MemoryFigures before = medinexus::bench::ownMemory();

    // The patients the queries look for: regenerated from the seed (same draws as the fill).
    QRandomGenerator pickRandom(options.seed ^ 0x5eedu);
    std::set<int> wanted;
    while (static_cast<int>(wanted.size()) < std::min(options.queries, options.patients))
        wanted.insert(static_cast<int>(pickRandom.bounded(static_cast<quint32>(options.patients))));
    std::map<int, Patient> targets;
    {
        QRandomGenerator random(options.seed);
        const QDate today = QDate::currentDate();
        const int last = *wanted.rbegin();
        for (int i = 0; i <= last; ++i) {
            Patient patient = medinexus::bench::syntheticPatient(random, static_cast<std::uint32_t>(i), benchFacility(), today);
            if (wanted.count(i) != 0)
                targets.emplace(i, std::move(patient));
        }
    }
    std::vector<Query> queries;
    for (const auto &[index, patient] : targets)
        queries.push_back(queryFor(patient, pickRandom));

    CacheDatabase cache = CacheDatabase::open(cachePath(options), benchKey(), false);
    if (options.pageCacheMiB > 0) {
        const std::string pragma = "PRAGMA cache_size = -" + std::to_string(options.pageCacheMiB * 1024);
        cache.connection().exec(pragma.c_str());
    }
    RecordStore records(cache.connection());
    check(records.patientCount() == options.patients, QStringLiteral("the search cache holds every patient"));

    std::vector<double> keystrokes;
    std::map<QueryKind, std::vector<double>> byKind;
    int verified = 0;
    QStringList misses;
    for (const Query &query : queries) {
        std::vector<Patient> found;
        for (qsizetype typed = 1; typed <= query.text.size(); ++typed) {
            // As the panel: the field's text, trimmed; no birth year; the panel's limit.
            const QString text = query.text.left(typed).trimmed();
            const Stopwatch stopwatch;
            found = records.searchPatients(text, std::nullopt, kPanelLimit);
            const double ms = stopwatch.milliseconds();
            keystrokes.push_back(ms);
            byKind[query.kind].push_back(ms);
        }
        const bool listed = std::any_of(found.begin(), found.end(),
                                        [&](const Patient &p) { return p.number == query.expectedNumber; });
        if (query.kind == QueryKind::Number) {
            check(found.size() == 1 && listed, QStringLiteral("a typed patient number finds exactly its patient"));
            ++verified;
        } else if (found.size() < static_cast<std::size_t>(kPanelLimit)) {
            // Fewer than the panel shows: the whole match set is listed, so the patient must be in it.
            // A miss is a defect of the search: counted, printed as a figure, and the program
            // fails once the rows are out. The queries are synthetic, so naming them is no patient data.
            if (!listed) {
                misses.push_back(query.text);
                continue;
            }
            ++verified;
        } else if (query.kind != QueryKind::Phone) {
            // A full page of a common name: every result must still match every word typed.
            // (At 10x the synthetic names repeat so often that most full names fill a page.)
            const QStringList words = search::queryWords(query.text);
            for (const Patient &patient : found) {
                const QStringList terms = search::nameTerms(patient);
                for (const QString &word : words) {
                    check(std::any_of(terms.begin(), terms.end(), [&](const QString &term) { return term.startsWith(word); }),
                          QStringLiteral("every listed patient matches the typed words"));
                }
            }
            ++verified;
        }
    }
    check((verified + misses.size()) * 2 >= static_cast<qsizetype>(queries.size()),
          QStringLiteral("most queries are checked: their patient listed, or a full page of matching names"));

    // Baseline: every row of the patients table read once (median of three scans).
    std::vector<double> scans;
    for (int round = 0; round < 3; ++round) {
        const Stopwatch stopwatch;
        auto statement = cache.connection().prepare("SELECT json FROM patients");
        qint64 rows = 0;
        qint64 bytes = 0;
        while (statement.step()) {
            bytes += statement.columnBlob(0).size();
            ++rows;
        }
        scans.push_back(stopwatch.milliseconds());
        check(rows == options.patients && bytes > 0, QStringLiteral("the full scan read every patient"));
    }
    const double scanMs = medinexus::bench::percentile(scans, 50);
    const medinexus::bench::MemoryFigures after = medinexus::bench::ownMemory();

    const double p50 = medinexus::bench::percentile(keystrokes, 50);
    const double p95 = medinexus::bench::percentile(keystrokes, 95);
    const char *kindNames[] = {"family+given", "given+family", "phone", "number"};
    for (const auto &[kind, sample] : byKind) {
        progress(QStringLiteral("search %1: %2 keystrokes, p50 %3 ms, p95 %4 ms, max %5 ms")
                     .arg(QLatin1String(kindNames[static_cast<int>(kind)])).arg(sample.size())
                     .arg(medinexus::bench::percentile(sample, 50), 0, 'f', 2)
                     .arg(medinexus::bench::percentile(sample, 95), 0, 'f', 2)
                     .arg(*std::max_element(sample.begin(), sample.end()), 0, 'f', 2));
    }
    progress(QStringLiteral("search: %1 queries, %2 keystrokes, %3 verified; full scan %4 ms; VmHWM %5 MiB, VmRSS %6 MiB")
                 .arg(queries.size()).arg(keystrokes.size()).arg(verified).arg(scanMs, 0, 'f', 1)
                 .arg(after.peakMiB, 0, 'f', 1).arg(after.residentMiB, 0, 'f', 1));

    QString size = QStringLiteral("%1 cached patients").arg(options.patients);
    if (options.pageCacheMiB > 0)
        size += QStringLiteral(" (experiment: %1 MiB page cache)").arg(options.pageCacheMiB);
    printRow(FigureRow{QStringLiteral("search keystroke p50, %1").arg(size), p50, QStringLiteral("ms"),
                       QStringLiteral("full scan of patients table"), scanMs, {}, {}});
    printRow(FigureRow{QStringLiteral("search keystroke p95, %1").arg(size), p95, QStringLiteral("ms"),
                       QStringLiteral("full scan of patients table"), scanMs,
                       QStringLiteral("p95 < %1 ms").arg(kKeystrokeTargetMs), p95 < kKeystrokeTargetMs});
    printRow(FigureRow{QStringLiteral("client memory (VmHWM), %1").arg(size), after.peakMiB, QStringLiteral("MiB"),
                       QStringLiteral("VmRSS before opening the cache"), before.residentMiB,
                       QStringLiteral("< %1 MiB").arg(kMemoryTargetMiB), after.peakMiB < kMemoryTargetMiB});
    printRow(FigureRow{QStringLiteral("name/phone searches missing their patient, %1").arg(size),
                       static_cast<double>(misses.size()), QStringLiteral("queries"), {}, {}, QStringLiteral("0"),
                       misses.isEmpty()});
    check(misses.isEmpty(), QStringLiteral("every typed name or phone found its patient; missed: \"%1\"")
                                .arg(misses.join(QStringLiteral("\", \""))));
}

} // namespace medinexus::client::bench
