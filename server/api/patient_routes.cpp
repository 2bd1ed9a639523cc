// Patients and their clinical entries: search, register, read a whole record, edit
// demographics, add and amend entries.
#include "server/api/api_handler.h"
#include "server/services/clinical_service.h"
#include "server/services/service_error.h"

#include "shared/codec/model_json.h"
#include "shared/ids/uuid.h"

#include <QJsonArray>

namespace medinexus::server::api {

namespace http = boost::beast::http;

namespace {

QJsonObject conflictJson(const PatientConflict &conflict)
{
    return QJsonObject{{QStringLiteral("changeId"), uuidToString(conflict.changeId)},
                       {QStringLiteral("patientId"), uuidToString(conflict.patientId)},
                       {QStringLiteral("baseVersion"), conflict.baseVersion},
                       {QStringLiteral("proposed"), toJson(conflict.proposed)},
                       {QStringLiteral("authorId"), uuidToString(conflict.authorId)},
                       {QStringLiteral("facilityId"), uuidToString(conflict.facilityId)},
                       {QStringLiteral("receivedAt"), dateTimeToJsonString(conflict.receivedAt)}};
}

} // namespace

void addPatientRoutes(RouteRegistry &routes, ApiServices &services)
{
    ClinicalService &clinical = services.clinical;

    routes.add(http::verb::get, "/api/v1/patients", Access::Authenticated, [&clinical](Call &call) {
        PatientQuery query;
        query.text = call.queryText(QStringLiteral("q")).trimmed();
        if (const auto year = call.queryInteger(QStringLiteral("birthYear")))
            query.birthYear = static_cast<int>(std::clamp<qint64>(*year, 0, 9999));
        if (const auto limit = call.queryInteger(QStringLiteral("limit")))
            query.limit = static_cast<int>(std::clamp<qint64>(*limit, 1, 200));
        if (query.text.isEmpty() && !query.birthYear)
            throw ServiceError(ServiceErrorKind::BadRequest, QStringLiteral("malformed"),
                               QStringLiteral("Give a search text (q) or a birth year (birthYear)."));
        return ok(QJsonObject{{QStringLiteral("patients"), jsonArray(clinical.search(call.principal(), query))}});
    });

    routes.add(http::verb::post, "/api/v1/patients", Access::Authenticated, [&clinical](Call &call) {
        return created(toJson(clinical.registerPatient(call.principal(), call.jsonBody())));
    });

    routes.add(http::verb::get, "/api/v1/patients/{}", Access::Authenticated, [&clinical](Call &call) {
        const PatientRecord record = clinical.readRecord(call.principal(), call.uuidParam(0));
        QJsonArray conflicts;
        for (const auto &conflict : record.conflicts)
            conflicts.append(conflictJson(conflict));
        return ok(QJsonObject{{QStringLiteral("patient"), toJson(record.patient)},
                              {QStringLiteral("entries"), jsonArray(record.entries)},
                              {QStringLiteral("conflicts"), conflicts}});
    });

    routes.add(http::verb::put, "/api/v1/patients/{}", Access::Authenticated, [&clinical](Call &call) {
        const QJsonObject body = call.jsonBody();
        const int baseVersion = requiredInt(body, QStringLiteral("baseVersion"));
        return ok(toJson(clinical.updatePatient(call.principal(), call.uuidParam(0), baseVersion,
                                                requiredObject(body, QStringLiteral("patient")))));
    });

    routes.add(http::verb::post, "/api/v1/patients/{}/entries", Access::Authenticated, [&clinical](Call &call) {
        return created(toJson(clinical.addEntry(call.principal(), call.uuidParam(0), call.jsonBody())));
    });

    routes.add(http::verb::get, "/api/v1/conflicts", Access::Authenticated, [&clinical](Call &call) {
        QJsonArray conflicts;
        for (const auto &conflict : clinical.openConflicts(call.principal()))
            conflicts.append(conflictJson(conflict));
        return ok(QJsonObject{{QStringLiteral("conflicts"), conflicts}});
    });
}

} // namespace medinexus::server::api
