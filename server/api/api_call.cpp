#include "server/api/api_call.h"

#include "server/services/service_error.h"

#include "shared/codec/canonical_json.h"
#include "shared/ids/uuid.h"

namespace medinexus::server::api {

namespace {

[[noreturn]] void throwBadRequest(const QString &message)
{
    throw ServiceError(ServiceErrorKind::BadRequest, QStringLiteral("malformed"), message);
}

} // namespace

Call::Call(const HttpRequest &request, std::vector<std::string> params, QUrlQuery query,
           std::optional<Principal> principal, QString peer)
    : request_(request), params_(std::move(params)), query_(std::move(query))
    , principal_(std::move(principal)), peer_(std::move(peer))
{
}

QJsonObject Call::jsonBody() const
{
    const std::string &body = request_.body();
    auto parsed = parseJsonObject(QByteArrayView(body.data(), static_cast<qsizetype>(body.size())));
    if (!parsed)
        throwBadRequest(QStringLiteral("Malformed JSON: %1").arg(parsed.error().toString()));
    return *parsed;
}

QUuid Call::uuidParam(std::size_t index) const
{
    const std::string &text = params_.at(index);
    const auto id = parseUuid(QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size())));
    if (!id || id->isNull())
        throw ServiceError(ServiceErrorKind::NotFound, QStringLiteral("not_found"), QStringLiteral("No such resource."));
    return *id;
}

QString Call::queryText(const QString &name) const
{
    return query_.queryItemValue(name, QUrl::FullyDecoded);
}

std::optional<qint64> Call::queryInteger(const QString &name) const
{
    if (!query_.hasQueryItem(name))
        return std::nullopt;
    bool ok = false;
    const qint64 value = queryText(name).toLongLong(&ok);
    if (!ok)
        throwBadRequest(QStringLiteral("%1: expected an integer").arg(name));
    return value;
}

int requiredInt(const QJsonObject &object, const QString &name)
{
    const auto value = exactInteger(object.value(name));
    if (!value || *value < std::numeric_limits<int>::min() || *value > std::numeric_limits<int>::max())
        throwBadRequest(QStringLiteral("%1: expected an integer").arg(name));
    return static_cast<int>(*value);
}

QJsonObject requiredObject(const QJsonObject &object, const QString &name)
{
    const QJsonValue value = object.value(name);
    if (!value.isObject())
        throwBadRequest(QStringLiteral("%1: expected an object").arg(name));
    return value.toObject();
}

} // namespace medinexus::server::api
