#pragma once

// Fixtures and builders for the server storage tests: a SqliteStore on a real file in a
// temporary directory, domain objects that pass the codec, and a raw connection to tamper
// with the file behind the store's back.

#include "server/storage/sqlite/sqlite_store.h"
#include "shared/storage/sqlite_connection.h"
#include "shared/sync/change_envelope.h"

#include <QDateTime>
#include <QString>
#include <QTemporaryDir>
#include <QUuid>

#include <gtest/gtest.h>

#include <memory>

namespace medinexus::server::testing {

// A UTC time with millisecond precision, `offsetMs` after a fixed instant.
QDateTime at(qint64 offsetMs = 0);

Facility makeFacility(const QString &name = QStringLiteral("Centre de santé de Kati"));
User makeUser(const QUuid &facilityId, const QString &username = QStringLiteral("aminata.diallo"));
Patient makePatient(const QUuid &facilityId, const QString &givenNames, const QString &familyName);
ClinicalEntry makeNote(const QUuid &patientId, const QUuid &authorId, const QUuid &facilityId,
                       qint64 atOffsetMs = 0);
ClinicalEntry makePrescription(const QUuid &patientId, const QUuid &authorId, const QUuid &facilityId,
                               int quantity);
ClinicalEntry makeDispensation(const ClinicalEntry &prescription, int quantity, qint64 atOffsetMs);
// An amendment of `original` (same kind) with the given body.
ClinicalEntry makeAmendment(const ClinicalEntry &original, const EntryBody &body, qint64 atOffsetMs);

// A valid change envelope carrying a record access (small, for sync log tests).
sync::ChangeEnvelope makeAccessChange(const QUuid &patientId, const QUuid &userId, const QUuid &facilityId);
sync::ChangeEnvelope makePatientChange(const Patient &patient, const QUuid &authorId, int baseVersion = 0);

AuditEvent makeAuditEvent(int n);

// Sequences 1..n of pull pages are checked often: every change of a store, in order.
std::vector<qint64> pullAllSequences(Store &store, int pageSize);

class StoreTest : public ::testing::Test {
protected:
    void SetUp() override;
    void TearDown() override;

    QString dbPath() const { return dir_.filePath(QStringLiteral("medinexus.db")); }
    QString filePath(const QString &name) const { return dir_.filePath(name); }
    SqliteStore &store() { return *store_; }
    void reopen();
    void close() { store_.reset(); }
    // A separate read-write connection to the database file.
    sqlite::Connection rawConnection() const;

    // A facility and a user in the store (most rows reference them).
    Facility facility_;
    User user_;

private:
    QTemporaryDir dir_;
    std::unique_ptr<SqliteStore> store_;
};

} // namespace medinexus::server::testing
