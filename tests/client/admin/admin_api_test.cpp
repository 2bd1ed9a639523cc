// The administrator's calls against the real server: facilities and users listed, created and
// updated; stale versions refused; deactivation and password reset seen at the next login; the
// audit log filtered; and every refusal explained in words the user can read.
#include "tests/client/core/client_test_support.h"

#include "client/core/admin/admin_api.h"

#include "shared/validation/validator.h"

#include <QCoreApplication>

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>

namespace medinexus::client::testing {
namespace {

// Passwords of the accounts these tests create: long enough, without the username.
const QString kNewPassword = QStringLiteral("Tamarinier-Rouge-42");
const QString kResetPassword = QStringLiteral("Baobab-Fleuri-2026");

// One demo server for the suite (each test creates the accounts and facilities it changes).
class AdminApiTest : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        community_ = std::make_unique<Community>(2);
        adminDevice_ = std::make_unique<Device>();
        admin_ = adminDevice_->session(community_->profile, QStringLiteral("admin"));
        ASSERT_TRUE(admin_);
    }
    static void TearDownTestSuite()
    {
        admin_.reset();
        adminDevice_.reset();
        community_.reset();
    }

    static AdminApi adminApi() { return AdminApi(community_->profile, admin_->token()); }
    static const ServerProfile &profile() { return community_->profile; }

    // A name no other test uses.
    static QString unique(const QString &stem)
    {
        static int counter = 0;
        return stem + QString::number(++counter);
    }

    static std::optional<Facility> someFacility(AdminApi &api)
    {
        auto listed = api.facilities();
        if (!listed.ok() || listed.value->empty())
            return std::nullopt;
        return listed.value->front();
    }

    static User draftUser(const QString &username, Role role, const QUuid &facilityId)
    {
        User draft;
        draft.username = username;
        draft.displayName = QStringLiteral("Agent ") + username;
        draft.role = role;
        draft.facilityId = facilityId;
        return draft;
    }

    static inline std::unique_ptr<Community> community_;
    static inline std::unique_ptr<Device> adminDevice_;
    static inline std::unique_ptr<UserSession> admin_;
};

TEST_F(AdminApiTest, ListsFacilitiesAndUsers)
{
    AdminApi api = adminApi();
    const auto facilities = api.facilities();
    ASSERT_TRUE(facilities.ok()) << facilities.error.toStdString();
    EXPECT_EQ(facilities.httpStatus, 200);
    EXPECT_TRUE(facilities.error.isEmpty());
    EXPECT_FALSE(facilities.value->empty());

    const auto users = api.users();
    ASSERT_TRUE(users.ok()) << users.error.toStdString();
    QStringList names;
    for (const User &user : *users.value)
        names.append(user.username);
    for (const char *demo : {"admin", "dr.diallo", "dr.sow", "inf.ndiaye", "ph.camara"})
        EXPECT_TRUE(names.contains(QLatin1String(demo))) << demo;
    // Every listed user works at a listed facility.
    for (const User &user : *users.value) {
        EXPECT_TRUE(std::any_of(facilities.value->begin(), facilities.value->end(),
                                [&](const Facility &facility) { return facility.id == user.facilityId; }))
            << user.username.toStdString();
    }
}

TEST_F(AdminApiTest, CreatesAFacilityAndAUserWhoCanLogIn)
{
    AdminApi api = adminApi();
    const QString name = unique(QStringLiteral("Poste de santé de Bandafassi "));
    const auto facility = api.createFacility(name, FacilityKind::Clinic, QStringLiteral("Bandafassi"));
    ASSERT_TRUE(facility.ok()) << facility.error.toStdString();
    EXPECT_EQ(facility.httpStatus, 201);
    EXPECT_FALSE(facility.value->id.isNull());
    EXPECT_EQ(facility.value->name, name);
    EXPECT_EQ(facility.value->kind, FacilityKind::Clinic);
    EXPECT_EQ(facility.value->village, QStringLiteral("Bandafassi"));
    EXPECT_TRUE(facility.value->active);
    EXPECT_EQ(facility.value->version, 1);

    const auto listed = api.facilities();
    ASSERT_TRUE(listed.ok());
    EXPECT_TRUE(std::find(listed.value->begin(), listed.value->end(), *facility.value) != listed.value->end());

    const QString username = unique(QStringLiteral("inf.kane"));
    const auto user = api.createUser(draftUser(username, Role::Nurse, facility.value->id), SecretString::fromUtf16(kNewPassword));
    ASSERT_TRUE(user.ok()) << user.error.toStdString();
    EXPECT_EQ(user.httpStatus, 201);
    EXPECT_EQ(user.value->username, username);
    EXPECT_EQ(user.value->role, Role::Nurse);
    EXPECT_EQ(user.value->facilityId, facility.value->id);
    EXPECT_TRUE(user.value->active);

    Device device;
    const LoginResult login = device.login(profile(), username, kNewPassword);
    EXPECT_EQ(login.failure, LoginFailure::None) << login.message.toStdString();
    ASSERT_TRUE(login.session);
    EXPECT_EQ(login.session->user().id, user.value->id);
    EXPECT_EQ(login.session->user().facilityId, facility.value->id);
}

TEST_F(AdminApiTest, UpdatesAFacilityAndRefusesAStaleVersion)
{
    AdminApi api = adminApi();
    const auto created = api.createFacility(unique(QStringLiteral("Dépôt pharmaceutique ")), FacilityKind::Pharmacy, {});
    ASSERT_TRUE(created.ok()) << created.error.toStdString();

    Facility renamed = *created.value;
    renamed.name = unique(QStringLiteral("Pharmacie de Dindéfelo "));
    renamed.village = QStringLiteral("Dindéfelo");
    const auto updated = api.updateFacility(renamed);
    ASSERT_TRUE(updated.ok()) << updated.error.toStdString();
    EXPECT_EQ(updated.httpStatus, 200);
    EXPECT_EQ(updated.value->name, renamed.name);
    EXPECT_EQ(updated.value->village, QStringLiteral("Dindéfelo"));
    EXPECT_EQ(updated.value->version, created.value->version + 1);

    // A second administrator still holding version 1 does not overwrite the rename.
    Facility stale = *created.value;
    stale.active = false;
    const auto refused = api.updateFacility(stale);
    EXPECT_FALSE(refused.ok());
    EXPECT_EQ(refused.httpStatus, 409);
    EXPECT_EQ(refused.error, QCoreApplication::translate("medinexus::client::AdminApi",
                                                         "Someone else changed this item in the meantime. Reload it, then make your change again."));
    const auto listed = api.facilities();
    ASSERT_TRUE(listed.ok());
    const auto current = std::find_if(listed.value->begin(), listed.value->end(),
                                      [&](const Facility &facility) { return facility.id == created.value->id; });
    ASSERT_NE(current, listed.value->end());
    EXPECT_EQ(*current, *updated.value);
}

TEST_F(AdminApiTest, ADeactivatedUserCanNoLongerLogInOnline)
{
    AdminApi api = adminApi();
    const auto facility = someFacility(api);
    ASSERT_TRUE(facility);
    const QString username = unique(QStringLiteral("dr.faye"));
    const auto created = api.createUser(draftUser(username, Role::Doctor, facility->id), SecretString::fromUtf16(kNewPassword));
    ASSERT_TRUE(created.ok()) << created.error.toStdString();

    Device device;
    ASSERT_EQ(device.login(profile(), username, kNewPassword).failure, LoginFailure::None);

    User deactivated = *created.value;
    deactivated.active = false;
    const auto updated = api.updateUser(deactivated);
    ASSERT_TRUE(updated.ok()) << updated.error.toStdString();
    EXPECT_FALSE(updated.value->active);
    EXPECT_EQ(updated.value->version, created.value->version + 1);

    const LoginResult again = device.login(profile(), username, kNewPassword);
    EXPECT_FALSE(again.session);
    EXPECT_TRUE(again.failure == LoginFailure::AccessEnded || again.failure == LoginFailure::InvalidCredentials)
        << static_cast<int>(again.failure);
    Device elsewhere;
    const LoginResult fresh = elsewhere.login(profile(), username, kNewPassword);
    EXPECT_FALSE(fresh.session);
    EXPECT_EQ(fresh.failure, LoginFailure::InvalidCredentials);

    // The same edit based on the old version is refused.
    const auto stale = api.updateUser(deactivated);
    EXPECT_EQ(stale.httpStatus, 409);
    EXPECT_FALSE(stale.error.isEmpty());
}

TEST_F(AdminApiTest, AResetPasswordReplacesTheOldOne)
{
    AdminApi api = adminApi();
    const auto facility = someFacility(api);
    ASSERT_TRUE(facility);
    const QString username = unique(QStringLiteral("ph.diop"));
    const auto created = api.createUser(draftUser(username, Role::Pharmacist, facility->id), SecretString::fromUtf16(kNewPassword));
    ASSERT_TRUE(created.ok()) << created.error.toStdString();

    const auto reset = api.resetPassword(created.value->id, SecretString::fromUtf16(kResetPassword));
    ASSERT_TRUE(reset.ok()) << reset.error.toStdString();
    EXPECT_TRUE(*reset.value);

    Device device;
    EXPECT_EQ(device.login(profile(), username, kNewPassword).failure, LoginFailure::InvalidCredentials);
    const LoginResult login = device.login(profile(), username, kResetPassword);
    EXPECT_EQ(login.failure, LoginFailure::None) << login.message.toStdString();
    EXPECT_TRUE(login.session);

    // A password the rules refuse: the field is marked with the locally translated rule.
    const auto tooShort = api.resetPassword(created.value->id, SecretString::fromUtf16(QStringLiteral("court")));
    EXPECT_FALSE(tooShort.ok());
    EXPECT_EQ(tooShort.httpStatus, 422);
    ASSERT_TRUE(hasError(tooShort.fieldErrors, u"password", ValidationCode::TooShort));
    EXPECT_EQ(findError(tooShort.fieldErrors, u"password")->message(),
              validateNewPassword(QStringLiteral("court"), QString()).front().message());

    const auto unknown = api.resetPassword(QUuid::createUuid(), SecretString::fromUtf16(kResetPassword));
    EXPECT_EQ(unknown.httpStatus, 404);
    EXPECT_FALSE(unknown.error.isEmpty());
}

TEST_F(AdminApiTest, AuditFiltersByActorAndAction)
{
    AdminApi api = adminApi();
    const auto facility = someFacility(api);
    ASSERT_TRUE(facility);
    const auto created = api.createUser(draftUser(unique(QStringLiteral("inf.sarr")), Role::Nurse, facility->id),
                                        SecretString::fromUtf16(kNewPassword));
    ASSERT_TRUE(created.ok()) << created.error.toStdString();
    // Another actor's records, for the filter to leave out.
    Device device;
    ASSERT_EQ(device.login(profile(), QStringLiteral("dr.sow")).failure, LoginFailure::None);

    AuditQuery byActor;
    byActor.actorId = admin_->user().id;
    const auto mine = api.audit(byActor);
    ASSERT_TRUE(mine.ok()) << mine.error.toStdString();
    ASSERT_FALSE(mine.value->empty());
    for (const AuditRecord &record : *mine.value) {
        EXPECT_EQ(record.actorId, admin_->user().id);
        EXPECT_TRUE(record.at.isValid());
        EXPECT_FALSE(record.hash.isEmpty());
    }

    AuditQuery byAction;
    byAction.action = QStringLiteral("user.create");
    const auto creations = api.audit(byAction);
    ASSERT_TRUE(creations.ok()) << creations.error.toStdString();
    ASSERT_FALSE(creations.value->empty());
    for (const AuditRecord &record : *creations.value)
        EXPECT_EQ(record.action, QStringLiteral("user.create"));
    const QString createdId = created.value->id.toString(QUuid::WithoutBraces);
    EXPECT_TRUE(std::any_of(creations.value->begin(), creations.value->end(), [&](const AuditRecord &record) {
        return record.objectId == createdId && record.objectType == QStringLiteral("user") && record.actorId == admin_->user().id;
    }));

    // Every record, then paged after the first: sequences increase and the page starts after.
    AuditQuery all;
    const auto everything = api.audit(all);
    ASSERT_TRUE(everything.ok());
    ASSERT_GE(everything.value->size(), 2u);
    EXPECT_TRUE(std::is_sorted(everything.value->begin(), everything.value->end(),
                               [](const AuditRecord &a, const AuditRecord &b) { return a.sequence < b.sequence; }));
    EXPECT_TRUE(std::any_of(everything.value->begin(), everything.value->end(),
                            [&](const AuditRecord &record) { return record.actorId != admin_->user().id; }));
    AuditQuery page;
    page.after = everything.value->front().sequence;
    page.limit = 1;
    const auto next = api.audit(page);
    ASSERT_TRUE(next.ok());
    ASSERT_EQ(next.value->size(), 1u);
    EXPECT_EQ(next.value->front(), (*everything.value)[1]);
}

TEST_F(AdminApiTest, ANurseIsForbidden)
{
    Device device;
    const auto nurse = device.session(profile(), QStringLiteral("inf.ndiaye"));
    ASSERT_TRUE(nurse);
    AdminApi api(profile(), nurse->token());
    const QString forbidden = QCoreApplication::translate("medinexus::client::AdminApi", "Your account is not allowed to do this.");

    const auto users = api.users();
    EXPECT_FALSE(users.ok());
    EXPECT_EQ(users.httpStatus, 403);
    EXPECT_EQ(users.error, forbidden);

    const auto facility = api.createFacility(QStringLiteral("Case de santé"), FacilityKind::Clinic, {});
    EXPECT_EQ(facility.httpStatus, 403);
    EXPECT_FALSE(facility.error.isEmpty());

    const auto audit = api.audit({});
    EXPECT_EQ(audit.httpStatus, 403);
    EXPECT_FALSE(audit.error.isEmpty());
}

TEST_F(AdminApiTest, BadInputIsExplainedByField)
{
    AdminApi api = adminApi();
    const auto unnamed = api.createFacility(QStringLiteral("   "), FacilityKind::Hospital, {});
    EXPECT_FALSE(unnamed.ok());
    EXPECT_EQ(unnamed.httpStatus, 422);
    EXPECT_FALSE(unnamed.error.isEmpty());
    ASSERT_TRUE(hasError(unnamed.fieldErrors, u"name", ValidationCode::Required));
    EXPECT_FALSE(findError(unnamed.fieldErrors, u"name")->message().isEmpty());

    // Broken UTF-16 (a lone surrogate) is never sent half-converted: the field is named locally.
    const QString broken = QStringLiteral("Centre ") + QChar(0xD800);
    const auto unsendable = api.createFacility(broken, FacilityKind::Clinic, {});
    EXPECT_FALSE(unsendable.ok());
    EXPECT_EQ(unsendable.httpStatus, 0);
    EXPECT_FALSE(unsendable.error.isEmpty());
    EXPECT_TRUE(hasError(unsendable.fieldErrors, u"name", ValidationCode::InvalidCharacters));

    const auto facility = someFacility(api);
    ASSERT_TRUE(facility);
    User brokenName = draftUser(unique(QStringLiteral("inf.ly")), Role::Nurse, facility->id);
    brokenName.displayName = broken;
    const auto notSent = api.createUser(brokenName, SecretString::fromUtf16(kNewPassword));
    EXPECT_EQ(notSent.httpStatus, 0);
    EXPECT_TRUE(hasError(notSent.fieldErrors, u"displayName", ValidationCode::InvalidCharacters));

    User nameless = draftUser(unique(QStringLiteral("inf.ba")), Role::Nurse, facility->id);
    nameless.displayName.clear();
    const auto user = api.createUser(nameless, SecretString::fromUtf16(kNewPassword));
    EXPECT_EQ(user.httpStatus, 422);
    EXPECT_TRUE(hasError(user.fieldErrors, u"displayName", ValidationCode::Required));

    // The password may not contain the username: the server's rule, the local wording.
    const QString username = unique(QStringLiteral("agent.mbaye"));
    const auto weak = api.createUser(draftUser(username, Role::Nurse, facility->id),
                                     SecretString::fromUtf16(username + QStringLiteral("-2026!")));
    EXPECT_EQ(weak.httpStatus, 422);
    ASSERT_TRUE(hasError(weak.fieldErrors, u"password", ValidationCode::ContainsUsername));
    EXPECT_FALSE(findError(weak.fieldErrors, u"password")->message().isEmpty());

    const auto taken = api.createUser(draftUser(QStringLiteral("dr.diallo"), Role::Doctor, facility->id),
                                      SecretString::fromUtf16(kNewPassword));
    EXPECT_EQ(taken.httpStatus, 409);
    EXPECT_EQ(taken.error, QCoreApplication::translate("medinexus::client::AdminApi", "This username is already in use."));

    const auto nowhere = api.createUser(draftUser(unique(QStringLiteral("inf.gueye")), Role::Nurse, QUuid::createUuid()),
                                        SecretString::fromUtf16(kNewPassword));
    EXPECT_FALSE(nowhere.ok());
    EXPECT_GE(nowhere.httpStatus, 400);
    EXPECT_LT(nowhere.httpStatus, 500);
    EXPECT_FALSE(nowhere.error.isEmpty());
}

TEST_F(AdminApiTest, AnEndedSessionOrNoServerIsExplained)
{
    AdminApi ended(profile(), SecretString(QByteArrayView("not-a-session-token")));
    const auto refused = ended.facilities();
    EXPECT_FALSE(refused.ok());
    EXPECT_EQ(refused.httpStatus, 401);
    EXPECT_EQ(refused.error, QCoreApplication::translate("medinexus::client::AdminApi", "Your session has ended. Log in again to continue."));

    ApiClientOptions quick;
    quick.timeout = std::chrono::seconds(5);
    AdminApi offline(community_->unreachable, admin_->token(), quick);
    const auto unreachable = offline.users();
    EXPECT_FALSE(unreachable.ok());
    EXPECT_EQ(unreachable.httpStatus, 0);
    EXPECT_FALSE(unreachable.error.isEmpty());
}

} // namespace
} // namespace medinexus::client::testing
