#include "server/services/directory_service.h"

#include "shared/model/audit_vocabulary.h"

#include "server/auth/authenticator.h"
#include "server/auth/password_hasher.h"
#include "server/services/service_error.h"

#include "shared/codec/model_json.h"
#include "shared/ids/uuid.h"
#include "shared/validation/validator.h"

#include <algorithm>

namespace medinexus::server {

namespace {

[[noreturn]] void throwMalformed(const QString &message)
{
    throw ServiceError(ServiceErrorKind::BadRequest, QStringLiteral("malformed"), message);
}

[[noreturn]] void throwInvalid(ValidationErrors errors)
{
    throw ServiceError(ServiceErrorKind::Invalid, QStringLiteral("invalid"),
                       QStringLiteral("The content does not pass validation."), std::move(errors));
}

sync::ChangeEnvelope directoryChange(const User &author, HybridLogicalClock &clock, ObjectType type,
                                     const QUuid &objectId, int baseVersion, const QJsonObject &payload)
{
    sync::ChangeEnvelope change;
    change.changeId = newUuidV7();
    change.objectType = type;
    change.objectId = objectId;
    change.baseVersion = baseVersion;
    change.authorId = author.id;
    change.facilityId = author.facilityId;
    change.hlc = clock.now();
    change.payload = payload;
    return change;
}

AuditEvent directoryAudit(const Principal &actor, const QString &action, ObjectType type, const QUuid &id)
{
    AuditEvent event = actor.auditEvent(action, toToken(AuditOutcome::Ok));
    event.objectType = toToken(type);
    event.objectId = uuidToString(id);
    return event;
}

// Fills what a new object may leave out, then checks the version against the store's.
QJsonObject withIdentity(QJsonObject json, const QUuid &id, int version)
{
    json.insert(QStringLiteral("id"), uuidToString(id));
    json.insert(QStringLiteral("version"), version);
    return json;
}

// The shared password rules work on text; the copy made for them is wiped right after.
ValidationErrors checkNewPassword(const SecretString &password, const QString &username)
{
    QString text = QString::fromUtf8(password.view());
    ValidationErrors errors = validateNewPassword(text, username);
    secureWipe(text);
    return errors;
}

} // namespace

DirectoryService::DirectoryService(Store &store, Authenticator &authenticator, const PasswordHasher &hasher,
                                   HybridLogicalClock &clock, Notify notify)
    : store_(store), authenticator_(authenticator), hasher_(hasher), hlc_(clock), notify_(std::move(notify))
{
}

std::vector<Facility> DirectoryService::listFacilities(const Principal &principal)
{
    principal.require(Action::SyncDirectory);
    return store_.listFacilities();
}

int DirectoryService::activeAdministrators()
{
    const auto users = store_.listUsers();
    return static_cast<int>(std::count_if(users.begin(), users.end(),
                                          [](const User &user) { return user.role == Role::Admin && user.active; }));
}

std::vector<User> DirectoryService::listUsers(const Principal &principal)
{
    principal.require(Action::ManageUsers);
    return store_.listUsers();
}

template <typename T>
T DirectoryService::write(const Principal &principal, ObjectType type, int baseVersion, QJsonObject json,
                          const QString &action, const std::function<void(WriteTransaction &, const T &)> &put)
{
    Result<T> decoded = [&] {
        if constexpr (std::is_same_v<T, Facility>)
            return facilityFromJson(json);
        else
            return userFromJson(json);
    }();
    if (!decoded)
        throwMalformed(decoded.error().toString());
    const T &object = *decoded;
    ValidationErrors errors;
    if constexpr (std::is_same_v<T, Facility>)
        errors = validateFacility(object);
    else
        errors = validateUser(object);
    if (!errors.empty())
        throwInvalid(std::move(errors));

    auto tx = store_.beginWrite();
    put(*tx, object);
    tx->logChange(directoryChange(principal.user, hlc_, type, object.id, baseVersion, json), ChangeDisposition::Applied);
    tx->appendAudit(directoryAudit(principal, action, type, object.id));
    tx->commit();
    notify_();
    return object;
}

Facility DirectoryService::createFacility(const Principal &principal, QJsonObject json)
{
    principal.require(Action::ManageFacilities);
    const QUuid id = newUuidV7();
    if (!json.contains(QStringLiteral("village")))
        json.insert(QStringLiteral("village"), QString());
    if (!json.contains(QStringLiteral("active")))
        json.insert(QStringLiteral("active"), true);
    return write<Facility>(principal, ObjectType::Facility, 0, withIdentity(std::move(json), id, 1),
                           toToken(AuditAction::FacilityCreate),
                           [](WriteTransaction &tx, const Facility &facility) { tx.putFacility(facility); });
}

Facility DirectoryService::updateFacility(const Principal &principal, const QUuid &id, int baseVersion, QJsonObject json)
{
    principal.require(Action::ManageFacilities);
    return write<Facility>(principal, ObjectType::Facility, baseVersion, withIdentity(std::move(json), id, baseVersion + 1),
                           toToken(AuditAction::FacilityUpdate), [&](WriteTransaction &tx, const Facility &facility) {
                               const auto current = tx.findFacility(id);
                               if (!current)
                                   throw ServiceError(ServiceErrorKind::NotFound, QStringLiteral("not_found"), QStringLiteral("No such facility."));
                               if (current->version != baseVersion)
                                   throw ServiceError(ServiceErrorKind::Conflict, QStringLiteral("version_conflict"),
                                                      QStringLiteral("The facility was changed meanwhile; reload it."));
                               tx.putFacility(facility);
                           });
}

User DirectoryService::createUser(const Principal &principal, QJsonObject json, const SecretString &password)
{
    principal.require(Action::ManageUsers);
    const QUuid id = newUuidV7();
    json = withIdentity(std::move(json), id, 1);
    if (!json.contains(QStringLiteral("active")))
        json.insert(QStringLiteral("active"), true);
    const QString username = json.value(QStringLiteral("username")).toString();
    if (auto errors = checkNewPassword(password, username); !errors.empty())
        throwInvalid(std::move(errors));
    const QByteArray hash = hasher_.hashPassword(password);
    return write<User>(principal, ObjectType::User, 0, std::move(json), toToken(AuditAction::UserCreate),
                       [&](WriteTransaction &tx, const User &user) {
                           if (!tx.findFacility(user.facilityId))
                               throw ServiceError(ServiceErrorKind::NotFound, QStringLiteral("unknown_facility"), QStringLiteral("No such facility."));
                           if (tx.findUserByUsername(user.username))
                               throw ServiceError(ServiceErrorKind::Conflict, QStringLiteral("username_taken"),
                                                  QStringLiteral("This username is already in use."));
                           tx.putUser(user, hash);
                       });
}

User DirectoryService::updateUser(const Principal &principal, const QUuid &id, int baseVersion, QJsonObject json)
{
    principal.require(Action::ManageUsers);
    User updated = write<User>(principal, ObjectType::User, baseVersion, withIdentity(std::move(json), id, baseVersion + 1),
                               toToken(AuditAction::UserUpdate), [&](WriteTransaction &tx, const User &user) {
                                   const auto current = tx.findUser(id);
                                   if (!current)
                                       throw ServiceError(ServiceErrorKind::NotFound, QStringLiteral("not_found"), QStringLiteral("No such user."));
                                   if (current->user.version != baseVersion)
                                       throw ServiceError(ServiceErrorKind::Conflict, QStringLiteral("version_conflict"),
                                                          QStringLiteral("The user was changed meanwhile; reload it."));
                                   if (current->user.username.compare(user.username, Qt::CaseInsensitive) != 0)
                                       throw ServiceError(ServiceErrorKind::Invalid, QStringLiteral("username_immutable"),
                                                          QStringLiteral("A username never changes."));
                                   if (!tx.findFacility(user.facilityId))
                                       throw ServiceError(ServiceErrorKind::NotFound, QStringLiteral("unknown_facility"), QStringLiteral("No such facility."));
                                   const bool wasActiveAdmin = current->user.role == Role::Admin && current->user.active;
                                   const bool staysActiveAdmin = user.role == Role::Admin && user.active;
                                   if (wasActiveAdmin && !staysActiveAdmin && activeAdministrators() <= 1)
                                       throw ServiceError(ServiceErrorKind::Conflict, QStringLiteral("last_administrator"),
                                                          QStringLiteral("This is the last active administrator: appoint another one first."));
                                   tx.putUser(user, std::nullopt);
                               });
    if (!updated.active)
        authenticator_.endSessionsOf(updated.id);
    return updated;
}

void DirectoryService::resetPassword(const Principal &principal, const QUuid &id, const SecretString &password)
{
    principal.require(Action::ManageUsers);
    const auto account = store_.findUser(id);
    if (!account)
        throw ServiceError(ServiceErrorKind::NotFound, QStringLiteral("not_found"), QStringLiteral("No such user."));
    if (auto errors = checkNewPassword(password, account->user.username); !errors.empty())
        throwInvalid(std::move(errors));
    const QByteArray hash = hasher_.hashPassword(password);
    auto tx = store_.beginWrite();
    tx->putUser(account->user, hash);
    tx->appendAudit(directoryAudit(principal, toToken(AuditAction::UserPasswordReset), ObjectType::User, id));
    tx->commit();
    // Whoever knew the old password is logged out everywhere.
    authenticator_.endSessionsOf(id);
}

void DirectoryService::changeOwnPassword(const Principal &principal, const SecretString &currentPassword,
                                         const SecretString &newPassword)
{
    const auto account = store_.findUser(principal.user.id);
    if (!account)
        throw ServiceError(ServiceErrorKind::NotFound, QStringLiteral("not_found"), QStringLiteral("No such user."));
    const AuditEvent changed = directoryAudit(principal, toToken(AuditAction::UserPasswordChange), ObjectType::User,
                                              principal.user.id);
    if (!hasher_.verifyPassword(currentPassword, account->passwordHash)) {
        AuditEvent event = changed;
        event.outcome = toToken(AuditOutcome::Failed);
        store_.appendAudit(event);
        throw ServiceError(ServiceErrorKind::Forbidden, QStringLiteral("wrong_password"),
                           QStringLiteral("The current password is wrong."));
    }
    if (auto errors = checkNewPassword(newPassword, account->user.username); !errors.empty())
        throwInvalid(std::move(errors));
    const QByteArray hash = hasher_.hashPassword(newPassword);
    auto tx = store_.beginWrite();
    tx->putUser(account->user, hash);
    tx->appendAudit(changed);
    tx->commit();
    authenticator_.endSessionsOf(principal.user.id);
}

ValidationErrors DirectoryService::bootstrapProblems(const Facility &facility, const User &admin, const SecretString &password)
{
    ValidationErrors errors = validateFacility(facility);
    appendErrors(errors, validateUser(admin));
    appendErrors(errors, checkNewPassword(password, admin.username));
    return errors;
}

User DirectoryService::bootstrap(Store &store, const PasswordHasher &hasher, HybridLogicalClock &clock,
                                 const Facility &facility, const User &admin, const SecretString &password)
{
    if (auto errors = bootstrapProblems(facility, admin, password); !errors.empty())
        throwInvalid(std::move(errors));
    const QByteArray hash = hasher.hashPassword(password);

    const Principal local{admin, QStringLiteral("local")};
    auto tx = store.beginWrite();
    if (tx->findUserByUsername(admin.username))
        throw ServiceError(ServiceErrorKind::Conflict, QStringLiteral("username_taken"), QStringLiteral("This username is already in use."));
    if (!tx->findFacility(facility.id)) {
        tx->putFacility(facility);
        tx->logChange(directoryChange(admin, clock, ObjectType::Facility, facility.id, 0, toJson(facility)), ChangeDisposition::Applied);
        tx->appendAudit(directoryAudit(local, toToken(AuditAction::FacilityCreate), ObjectType::Facility, facility.id));
    }
    tx->putUser(admin, hash);
    tx->logChange(directoryChange(admin, clock, ObjectType::User, admin.id, 0, toJson(admin)), ChangeDisposition::Applied);
    tx->appendAudit(directoryAudit(local, toToken(AuditAction::UserCreate), ObjectType::User, admin.id));
    tx->commit();
    return admin;
}

} // namespace medinexus::server
