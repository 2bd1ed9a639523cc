#pragma once

// The cached records of the community as this user may see them: facilities, users, patients
// (what the clinic sees and what the server last confirmed), immutable clinical entries and the
// open patient conflicts. Reads and writes on one cache connection; the caller owns the
// transaction (see LocalChanges and SyncApplier, which combine these writes with the outbox).

#include "shared/model/clinical_entry.h"
#include "shared/model/facility.h"
#include "shared/model/patient.h"
#include "shared/model/similar_patients.h"
#include "shared/model/user.h"
#include "shared/storage/sqlite_connection.h"

#include <QDateTime>
#include <QUuid>

#include <optional>
#include <utility>
#include <vector>

namespace medinexus::client {

// A version of a patient written by another clinic (or this one) on an older version.
struct CachedConflict {
    QUuid changeId;
    QUuid patientId;
    int baseVersion = 0;
    Patient proposed;
    QUuid authorId;
    QUuid facilityId;
    QDateTime receivedAt;

    bool operator==(const CachedConflict &) const = default;
};

class RecordStore {
public:
    explicit RecordStore(sqlite::Connection &connection) : db_(connection) {}

    // --- directory ---
    void putFacility(const Facility &facility);
    void putUser(const User &user);
    [[nodiscard]] std::optional<Facility> facility(const QUuid &id);
    [[nodiscard]] std::optional<User> user(const QUuid &id);
    [[nodiscard]] std::vector<Facility> facilities();
    [[nodiscard]] std::vector<User> users();

    // --- patients ---
    // A local registration or edit: what the clinic sees changes, the server's copy does not.
    void putPatientLocal(const Patient &patient);
    // The server's version. `shown`: also what the clinic sees (false while a local edit of
    // this patient waits in the outbox, so the edit stays visible until the server answers).
    void putPatientFromServer(const Patient &patient, bool shown);
    // Back to the server's version after it refused a local edit; a patient the server never
    // confirmed (a refused registration) is removed.
    void revertPatientToServer(const QUuid &id);
    [[nodiscard]] std::optional<Patient> patient(const QUuid &id);
    [[nodiscard]] std::optional<Patient> serverPatient(const QUuid &id);
    [[nodiscard]] std::optional<QUuid> patientIdByNumber(const QString &compactNumber);
    [[nodiscard]] std::vector<Patient> patients();
    [[nodiscard]] qint64 patientCount();
    // Name words as prefixes (accents and case ignored), an exact patient number, or phone
    // digits; optionally one birth year. The same rules as the server's search.
    [[nodiscard]] std::vector<Patient> searchPatients(const QString &query, std::optional<int> birthYear, int limit);
    // Cached patients who look like the same person as `draft` (similar_patients.h), draft.id excluded, at most `limit`.
    [[nodiscard]] std::vector<std::pair<Patient, SimilarityReason>> similarPatients(const Patient &draft, int limit = 20);

    // --- entries ---
    // Inserts an entry; an entry already there is left as it is (entries never change),
    // except that an acknowledged copy (pending false) clears the pending mark.
    void putEntry(const ClinicalEntry &entry, bool pending);
    void markEntryAcknowledged(const QUuid &id);
    // Removes an entry the server refused (only a pending one: acknowledged entries stay).
    void removePendingEntry(const QUuid &id);
    [[nodiscard]] std::optional<ClinicalEntry> entry(const QUuid &id);
    [[nodiscard]] std::vector<ClinicalEntry> entriesOfPatient(const QUuid &patientId);
    [[nodiscard]] bool isEntryPending(const QUuid &id);
    [[nodiscard]] qint64 entryCount();

    // --- conflicts ---
    void addConflict(const CachedConflict &conflict);
    // The server's list of open conflicts replaces the cached one.
    void replaceConflicts(const std::vector<CachedConflict> &conflicts);
    [[nodiscard]] std::vector<CachedConflict> conflicts(const std::optional<QUuid> &patientId = std::nullopt);

private:
    void writePatientTerms(const Patient &patient);
    void removePatient(const QUuid &id);

    sqlite::Connection &db_;
};

} // namespace medinexus::client
