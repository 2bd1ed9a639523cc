#include "server/storage/row_conversion.h"

#include "server/audit/audit_chain.h"

#include <limits>
#include <stdexcept>

namespace medinexus::server::row_conversion {

void corrupt(const std::string &what)
{
    throw StoreError("the database holds " + what, false);
}

std::string idForMessage(const QUuid &id)
{
    return uuidToString(id).toStdString();
}

qint64 msOf(const QDateTime &time, const char *what)
{
    if (!time.isValid())
        throw StoreError(std::string(what) + " is not a valid time", false);
    return time.toMSecsSinceEpoch();
}

QDateTime timeFromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

QUuid idFromText(const QString &text, const char *what)
{
    const std::optional<QUuid> id = parseUuid(text);
    if (!id)
        corrupt(std::string("a malformed id in ") + what);
    return *id;
}

int intFromInt64(qint64 value, const char *what)
{
    if (value < std::numeric_limits<int>::min() || value > std::numeric_limits<int>::max())
        corrupt(std::string("an out-of-range number in ") + what);
    return static_cast<int>(value);
}

QByteArray canonical(const QJsonObject &object, const std::string &what)
{
    try {
        return toCanonicalJson(object);
    } catch (const std::invalid_argument &) {
        // The codec's message may quote the offending value: not repeated here.
        throw StoreError(what + " has no canonical JSON form (a string with an unpaired "
                                "surrogate or a number that is not an integer)",
                         false);
    }
}

QJsonObject parseObject(const QByteArray &bytes, const std::string &what)
{
    Result<QJsonObject> parsed = parseJsonObject(bytes);
    if (!parsed.ok())
        corrupt("unreadable JSON in " + what);
    return std::move(parsed).value();
}

Patient patientFromJsonBytes(const QByteArray &bytes, const QUuid &id)
{
    const std::string what = "patient " + idForMessage(id);
    return decoded(patientFromJson(parseObject(bytes, what)), what);
}

ClinicalEntry entryFromJsonBytes(const QByteArray &bytes, const QUuid &id)
{
    const std::string what = "entry " + idForMessage(id);
    return decoded(clinicalEntryFromJson(parseObject(bytes, what)), what);
}

QByteArray changeEnvelopeBytes(const sync::ChangeEnvelope &change)
{
    try {
        return sync::encodeCanonical(change);
    } catch (const std::invalid_argument &) {
        throw StoreError("change " + idForMessage(change.changeId) + " has no canonical JSON form", false);
    }
}

sync::ChangeEnvelope changeFromEnvelopeBytes(const QByteArray &bytes, qint64 sequence)
{
    return decoded(sync::decodeChangeEnvelope(bytes), "change " + std::to_string(sequence));
}

QString dispositionToken(ChangeDisposition disposition)
{
    switch (disposition) {
    case ChangeDisposition::Applied:
        return QStringLiteral("applied");
    case ChangeDisposition::Conflict:
        return QStringLiteral("conflict");
    }
    throw std::invalid_argument("unknown ChangeDisposition");
}

ChangeDisposition dispositionFromToken(const QString &token)
{
    if (token == QLatin1String("applied"))
        return ChangeDisposition::Applied;
    if (token == QLatin1String("conflict"))
        return ChangeDisposition::Conflict;
    corrupt("an unknown change disposition");
}

ChainedAuditRow chainAuditRow(const std::optional<std::pair<qint64, QByteArray>> &last, const AuditEvent &event)
{
    ChainedAuditRow row;
    row.sequence = last ? last->first + 1 : 1;
    row.previousHash = last ? last->second : auditGenesisHash();
    try {
        row.hash = auditRowHash(row.previousHash, row.sequence, event);
        row.details = toCanonicalJson(event.details);
    } catch (const std::invalid_argument &) {
        throw StoreError("audit event '" + event.action.left(64).toStdString()
                             + "' has no canonical JSON form (a string with an unpaired surrogate "
                               "or a non-integer number in its details)",
                         false);
    }
    return row;
}

int dispensedQuantityFromSum(qint64 sum, const QUuid &prescriptionId)
{
    if (sum < std::numeric_limits<int>::min() || sum > std::numeric_limits<int>::max())
        throw StoreError("dispensed quantity of prescription " + idForMessage(prescriptionId) + " is out of range",
                         false);
    return static_cast<int>(sum);
}

} // namespace medinexus::server::row_conversion
