#include "client/core/admin/admin_api.h"

#include "client/core/session/secret_json.h"
#include "shared/codec/canonical_json.h"
#include "shared/codec/model_json.h"
#include "shared/ids/uuid.h"
#include "shared/validation/validator.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>

#include <algorithm>
#include <utility>

namespace medinexus::client {

namespace {

// Generic texts for a field the server refused that the local rules did not flag (a server
// with newer rules): the code is known, the exact words are not. Same context as every
// validation message, so that ValidationError::message() translates them.
const char *fallbackSourceText(const QString &code)
{
    if (code == ValidationCode::Required)
        return QT_TRANSLATE_NOOP("medinexus::Validation", "This field is required.");
    if (code == ValidationCode::TooShort)
        return QT_TRANSLATE_NOOP("medinexus::Validation", "This value is too short.");
    if (code == ValidationCode::TooLong)
        return QT_TRANSLATE_NOOP("medinexus::Validation", "This value is too long.");
    if (code == ValidationCode::TooMany)
        return QT_TRANSLATE_NOOP("medinexus::Validation", "This list has too many items.");
    if (code == ValidationCode::OutOfRange)
        return QT_TRANSLATE_NOOP("medinexus::Validation", "This value is outside the allowed range.");
    if (code == ValidationCode::InFuture)
        return QT_TRANSLATE_NOOP("medinexus::Validation", "This date is in the future.");
    if (code == ValidationCode::InvalidCharacters)
        return QT_TRANSLATE_NOOP("medinexus::Validation", "This text contains characters that are not allowed.");
    if (code == ValidationCode::Duplicate)
        return QT_TRANSLATE_NOOP("medinexus::Validation", "This item appears twice.");
    if (code == ValidationCode::Inconsistent)
        return QT_TRANSLATE_NOOP("medinexus::Validation", "This value contradicts another field.");
    if (code == ValidationCode::ContainsUsername)
        return QT_TRANSLATE_NOOP("medinexus::Validation", "The password must not contain the username.");
    return QT_TRANSLATE_NOOP("medinexus::Validation", "The server refused this value.");
}

// The fields of a 422 answer ({"error":{"fields":[{"field","code","message"}]}}). The server
// sends English text; each field takes the translated message of the same rule computed
// locally (`local`, from the same shared rules) when there is one, else a generic text.
ValidationErrors fieldErrorsOf(const ApiResponse &response, const ValidationErrors &local)
{
    ValidationErrors errors;
    if (!response.json)
        return errors;
    const QJsonArray fields = response.json->value(QStringLiteral("error")).toObject().value(QStringLiteral("fields")).toArray();
    for (const QJsonValue &value : fields) {
        const QJsonObject item = value.toObject();
        const QString field = item.value(QStringLiteral("field")).toString();
        const QString code = item.value(QStringLiteral("code")).toString();
        const auto same = std::find_if(local.begin(), local.end(),
                                       [&](const ValidationError &error) { return error.field == field && error.code == code; });
        if (same != local.end()) {
            errors.push_back(*same);
        } else {
            ValidationError error;
            error.field = field;
            error.code = code;
            error.sourceText = fallbackSourceText(code);
            errors.push_back(std::move(error));
        }
    }
    return errors;
}

// What the user reads when a call fails: transport failures in ApiClient's words, the
// server's error codes in ours (the server's own messages are English).
QString errorMessage(const ApiResponse &response)
{
    if (response.failure != TransportFailure::None) {
        if (!response.failureMessage.isEmpty())
            return response.failureMessage;
        return QCoreApplication::translate("medinexus::client::AdminApi",
                                           "The server cannot be reached. Administration needs a connection to the server.");
    }
    const QString &code = response.errorCode;
    switch (response.httpStatus) {
    case 401:
        return QCoreApplication::translate("medinexus::client::AdminApi", "Your session has ended. Log in again to continue.");
    case 403:
        return QCoreApplication::translate("medinexus::client::AdminApi", "Your account is not allowed to do this.");
    case 404:
        if (code == QLatin1String("unknown_facility"))
            return QCoreApplication::translate("medinexus::client::AdminApi", "The chosen facility does not exist on the server.");
        return QCoreApplication::translate("medinexus::client::AdminApi",
                                           "This item no longer exists on the server. Refresh the list.");
    case 409:
        if (code == QLatin1String("username_taken"))
            return QCoreApplication::translate("medinexus::client::AdminApi", "This username is already in use.");
        if (code == QLatin1String("last_administrator"))
            return QCoreApplication::translate("medinexus::client::AdminApi",
                                               "The last active administrator cannot be deactivated or given another role.");
        return QCoreApplication::translate("medinexus::client::AdminApi",
                                           "Someone else changed this item in the meantime. Reload it, then make your change again.");
    case 422:
        if (code == QLatin1String("username_immutable"))
            return QCoreApplication::translate("medinexus::client::AdminApi", "A username cannot be changed.");
        return QCoreApplication::translate("medinexus::client::AdminApi", "Some fields are not valid. Correct them and try again.");
    case 429:
        return QCoreApplication::translate("medinexus::client::AdminApi", "Too many attempts. Wait a moment and try again.");
    case 502:
    case 503:
    case 504:
        return QCoreApplication::translate("medinexus::client::AdminApi", "The server is busy. Try again in a moment.");
    default:
        break;
    }
    if (response.httpStatus >= 400 && response.httpStatus < 500)
        return QCoreApplication::translate("medinexus::client::AdminApi", "The server refused the request (error %1).")
            .arg(response.httpStatus);
    if (response.httpStatus >= 200 && response.httpStatus < 300)
        return QCoreApplication::translate("medinexus::client::AdminApi", "The server's answer could not be read.");
    return QCoreApplication::translate("medinexus::client::AdminApi", "The server failed to process the request (error %1).")
        .arg(response.httpStatus);
}

template <typename T>
RemoteResult<T> failed(const ApiResponse &response, const ValidationErrors &local = {})
{
    RemoteResult<T> result;
    result.httpStatus = response.httpStatus;
    result.error = errorMessage(response);
    if (response.httpStatus == 422)
        result.fieldErrors = fieldErrorsOf(response, local);
    return result;
}

// A 2xx answer whose body did not decode: the server and this client disagree on the form.
template <typename T>
RemoteResult<T> unreadable(const ApiResponse &response)
{
    RemoteResult<T> result;
    result.httpStatus = response.httpStatus;
    result.error = QCoreApplication::translate("medinexus::client::AdminApi", "The server's answer could not be read.");
    return result;
}

template <typename T>
RemoteResult<T> succeeded(const ApiResponse &response, T value)
{
    RemoteResult<T> result;
    result.httpStatus = response.httpStatus;
    result.value = std::move(value);
    return result;
}

template <typename T, typename Decode>
RemoteResult<std::vector<T>> decodeList(const ApiResponse &response, const QString &member, Decode decode)
{
    if (!response.ok())
        return failed<std::vector<T>>(response);
    if (!response.json || !response.json->value(member).isArray())
        return unreadable<std::vector<T>>(response);
    std::vector<T> items;
    for (const QJsonValue &value : response.json->value(member).toArray()) {
        if (!value.isObject())
            return unreadable<std::vector<T>>(response);
        auto item = decode(value.toObject());
        if (!item)
            return unreadable<std::vector<T>>(response);
        items.push_back(std::move(*item));
    }
    return succeeded(response, std::move(items));
}

template <typename T, typename Decode>
RemoteResult<T> decodeOne(const ApiResponse &response, Decode decode, const ValidationErrors &local = {})
{
    if (!response.ok())
        return failed<T>(response, local);
    if (!response.json)
        return unreadable<T>(response);
    auto value = decode(*response.json);
    if (!value)
        return unreadable<T>(response);
    return succeeded(response, std::move(*value));
}

std::optional<Facility> facilityOf(const QJsonObject &json)
{
    auto decoded = facilityFromJson(json);
    if (!decoded)
        return std::nullopt;
    return decoded.value();
}

std::optional<User> userOf(const QJsonObject &json)
{
    auto decoded = userFromJson(json);
    if (!decoded)
        return std::nullopt;
    return decoded.value();
}

std::optional<AuditRecord> auditRecordOf(const QJsonObject &json)
{
    const auto member = [&json](const char *name) { return json.value(QLatin1String(name)); };
    const QJsonValue sequence = member("sequence");
    const auto at = dateTimeFromJsonString(member("at").toString());
    if (!sequence.isDouble() || !at || !member("action").isString())
        return std::nullopt;
    AuditRecord record;
    record.sequence = sequence.toInteger();
    record.at = *at;
    if (const QJsonValue actor = member("actorId"); actor.isString()) {
        const auto id = uuidFromJsonString(actor.toString());
        if (!id)
            return std::nullopt;
        record.actorId = *id;
    }
    record.actorName = member("actorName").toString();
    record.action = member("action").toString();
    record.objectType = member("objectType").toString();
    record.objectId = member("objectId").toString();
    record.peer = member("peer").toString();
    record.outcome = member("outcome").toString();
    record.details = member("details").toString();
    record.hash = member("hash").toString();
    return record;
}

// The rules the server applies to a new password, computed here for their translated words;
// the plaintext copy is wiped at once.
ValidationErrors localPasswordErrors(const SecretString &password, const QString &username)
{
    QString text = QString::fromUtf8(password.view());
    ValidationErrors errors = validateNewPassword(text, username);
    secureWipe(text);
    return errors;
}

// A request body that cannot be encoded (text that is not valid UTF-16, pasted from somewhere)
// is not sent: the local rules name the field (invalid_characters).
template <typename T>
RemoteResult<T> notSendable(ValidationErrors local)
{
    RemoteResult<T> result;
    result.error = QCoreApplication::translate("medinexus::client::AdminApi", "Some fields are not valid. Correct them and try again.");
    result.fieldErrors = std::move(local);
    return result;
}

void appendQuery(QString &path, const char *name, const QString &value)
{
    path += path.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?');
    path += QLatin1String(name) + QLatin1Char('=') + QString::fromLatin1(QUrl::toPercentEncoding(value));
}

} // namespace

AdminApi::AdminApi(ServerProfile profile, SecretString token, ApiClientOptions options)
    : api_(std::move(profile), options)
{
    api_.setBearerToken(std::move(token));
}

AdminApi::~AdminApi() = default;

RemoteResult<std::vector<Facility>> AdminApi::facilities()
{
    return decodeList<Facility>(api_.get(QStringLiteral("/api/v1/facilities")), QStringLiteral("facilities"), facilityOf);
}

RemoteResult<Facility> AdminApi::createFacility(const QString &name, FacilityKind kind, const QString &village)
{
    const QJsonObject body{{QStringLiteral("name"), name},
                           {QStringLiteral("kind"), toToken(kind)},
                           {QStringLiteral("village"), village}};
    Facility draft;
    draft.id = newUuidV7();  // only so that the local rules see a complete object
    draft.name = name;
    draft.kind = kind;
    draft.village = village;
    const auto encoded = tryToCanonicalJson(body);
    if (!encoded)
        return notSendable<Facility>(validateFacility(draft));
    return decodeOne<Facility>(api_.post(QStringLiteral("/api/v1/facilities"), encoded.value()), facilityOf,
                               validateFacility(draft));
}

RemoteResult<Facility> AdminApi::updateFacility(const Facility &edited)
{
    const QJsonObject body{{QStringLiteral("baseVersion"), edited.version}, {QStringLiteral("facility"), toJson(edited)}};
    const auto encoded = tryToCanonicalJson(body);
    if (!encoded)
        return notSendable<Facility>(validateFacility(edited));
    return decodeOne<Facility>(api_.put(QStringLiteral("/api/v1/facilities/") + uuidToString(edited.id), encoded.value()),
                               facilityOf, validateFacility(edited));
}

RemoteResult<std::vector<User>> AdminApi::users()
{
    return decodeList<User>(api_.get(QStringLiteral("/api/v1/users")), QStringLiteral("users"), userOf);
}

RemoteResult<User> AdminApi::createUser(const User &draft, const SecretString &password)
{
    User complete = draft;
    if (complete.id.isNull())
        complete.id = newUuidV7();  // only so that the local rules see a complete object
    // toUtf8() would silently replace broken UTF-16 in the names: refuse it before sending.
    if (!tryToCanonicalJson(QJsonObject{{QStringLiteral("username"), draft.username},
                                        {QStringLiteral("displayName"), draft.displayName}}))
        return notSendable<User>(validateUser(complete));
    const QByteArray username = draft.username.toUtf8();
    const QByteArray displayName = draft.displayName.toUtf8();
    const QByteArray role = toToken(draft.role).toUtf8();
    const QByteArray facilityId = uuidToString(draft.facilityId).toUtf8();
    SecretString body = secretJsonObject({{"displayName", displayName},
                                          {"facilityId", facilityId},
                                          {"password", password.view()},
                                          {"role", role},
                                          {"username", username}});
    const ApiResponse response = api_.postSecret(QStringLiteral("/api/v1/users"), std::move(body));
    ValidationErrors local;
    if (response.httpStatus == 422) {
        local = validateUser(complete);
        appendErrors(local, localPasswordErrors(password, draft.username));
    }
    return decodeOne<User>(response, userOf, local);
}

RemoteResult<User> AdminApi::updateUser(const User &edited)
{
    const QJsonObject body{{QStringLiteral("baseVersion"), edited.version}, {QStringLiteral("user"), toJson(edited)}};
    const auto encoded = tryToCanonicalJson(body);
    if (!encoded)
        return notSendable<User>(validateUser(edited));
    return decodeOne<User>(api_.put(QStringLiteral("/api/v1/users/") + uuidToString(edited.id), encoded.value()), userOf,
                           validateUser(edited));
}

RemoteResult<bool> AdminApi::resetPassword(const QUuid &userId, const SecretString &newPassword)
{
    const ApiResponse response = api_.postSecret(QStringLiteral("/api/v1/users/%1/password").arg(uuidToString(userId)),
                                                 secretJsonObject({{"password", newPassword.view()}}));
    if (!response.ok()) {
        ValidationErrors local;
        if (response.httpStatus == 422) {
            // The rule about the username needs the account's name, which only the server
            // has here; the length rules are checked without it.
            local = localPasswordErrors(newPassword, QString());
        }
        return failed<bool>(response, local);
    }
    if (!response.json || !response.json->value(QStringLiteral("reset")).toBool())
        return unreadable<bool>(response);
    return succeeded(response, true);
}

RemoteResult<std::vector<AuditRecord>> AdminApi::audit(const AuditQuery &query)
{
    QString path = QStringLiteral("/api/v1/audit");
    if (query.from)
        appendQuery(path, "from", dateTimeToJsonString(*query.from));
    if (query.to)
        appendQuery(path, "to", dateTimeToJsonString(*query.to));
    if (query.actorId)
        appendQuery(path, "actorId", uuidToString(*query.actorId));
    if (!query.action.isEmpty())
        appendQuery(path, "action", query.action);
    if (!query.objectId.isEmpty())
        appendQuery(path, "objectId", query.objectId);
    if (query.after)
        appendQuery(path, "after", QString::number(*query.after));
    appendQuery(path, "limit", QString::number(query.limit));
    return decodeList<AuditRecord>(api_.get(path), QStringLiteral("records"), auditRecordOf);
}

} // namespace medinexus::client
