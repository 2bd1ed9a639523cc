#pragma once

#include "server/storage/sqlite/sqlite_store.h"
#include "shared/ids/uuid.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTemporaryDir>
#include <QTime>

#include <gtest/gtest.h>

#include <chrono>
#include <memory>
#include <stdexcept>

namespace medinexus::server::testing {

// The real SQLite store in a fresh temporary directory, with one facility in it.
class TestStore {
public:
    TestStore()
    {
        if (!m_dir.isValid())
            throw std::runtime_error("no temporary directory");
        m_store = SqliteStore::open(m_dir.filePath(QStringLiteral("medinexus.db")));
        m_facility.id = newUuidV7();
        m_facility.name = QStringLiteral("Centre de santé de Kolda");
        m_facility.kind = FacilityKind::Clinic;
        m_facility.village = QStringLiteral("Kolda");
        auto transaction = m_store->beginWrite();
        transaction->putFacility(m_facility);
        transaction->commit();
    }

    Store &store() { return *m_store; }
    const Facility &facility() const { return m_facility; }

    User addUser(const QString &username, const QByteArray &passwordHash, bool active = true)
    {
        User user;
        user.id = newUuidV7();
        user.username = username;
        user.displayName = QStringLiteral("Dr ") + username;
        user.role = Role::Doctor;
        user.facilityId = m_facility.id;
        user.active = active;
        auto transaction = m_store->beginWrite();
        transaction->putUser(user, passwordHash);
        transaction->commit();
        return user;
    }

    void setActive(const QUuid &userId, bool active)
    {
        auto transaction = m_store->beginWrite();
        std::optional<UserAccount> account = transaction->findUser(userId);
        ASSERT_TRUE(account.has_value());
        account->user.active = active;
        ++account->user.version;
        transaction->putUser(account->user, std::nullopt);
        transaction->commit();
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SqliteStore> m_store;
    Facility m_facility;
};

// A clock the test moves by hand.
struct TestClock {
    QDateTime now{QDate(2025, 3, 3), QTime(7, 30), Qt::UTC};

    void advance(std::chrono::seconds by) { now = now.addSecs(by.count()); }
};

} // namespace medinexus::server::testing
