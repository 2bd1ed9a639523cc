// libFuzzer target: HTTP request parsing and the REST API, over a real store.
//
// The bytes are what a client sends on one connection after the TLS handshake: one or
// more pipelined HTTP/1.1 requests. They are parsed as server/net/http_session.cpp parses
// them (Beast's request parser with the server's default header and body limits; the
// same 400/413/431 refusals) and every complete request goes to the real api::ApiHandler
// over the real services and a SQLite store in a temporary directory, set up once per
// process with a demo community (server/app/demo_data.h).
//
// Placeholders in the input are replaced before parsing, so that the fuzzer reaches the
// authenticated routes and real objects (see kPlaceholders below): "Authorization: Bearer
// @DOCTOR_TOKEN@" is a valid doctor's session. If an input ends a session (logout,
// deactivation, role change...), the next input gets a new one; if an account cannot be
// logged into again, the whole community is rebuilt. The store keeps what inputs wrote,
// as a long-running server does.
//
// Invariants beyond "no crash, no sanitizer report":
//   - the handler never throws (the transport would answer 500: an input reaches a path
//     no rule handles) and never answers an informational status or a body on 204/304;
//   - every status is one docs/api.md lists, every body is canonical JSON, every error
//     body is {"error":{"code","message"...}}, 401 carries WWW-Authenticate, 405 Allow;
//   - the response's keep-alive follows the request's; responses serialize as HTTP/1.1.

#include "tests/fuzz/fuzz_support.h"

#include "server/api/api_handler.h"
#include "server/app/demo_data.h"
#include "server/app/server_config.h"
#include "server/app/server_context.h"
#include "server/net/access_log.h"
#include "server/net/error_response.h"
#include "server/net/request_handler.h"
#include "server/net/server_options.h"
#include "server/services/directory_service.h"
#include "server/storage/store_records.h"

#include "shared/codec/canonical_json.h"
#include "shared/ids/patient_number.h"
#include "shared/ids/uuid.h"
#include "shared/security/secret_string.h"

#include <QByteArray>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

#include <boost/asio/buffer.hpp>
#include <boost/beast/http/error.hpp>
#include <boost/beast/http/parser.hpp>
#include <boost/beast/http/string_body.hpp>
#include <boost/beast/http/write.hpp>
#include <boost/beast/websocket/rfc6455.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <sstream>
#include <string>
#include <string_view>
#include <typeinfo>
#include <utility>
#include <variant>
#include <vector>

namespace {

using namespace medinexus;
using namespace medinexus::server;
namespace http = boost::beast::http;
using fuzz::require;

// Enough for keep-alive and pipelining paths, few enough to keep every input fast.
constexpr int kMaxRequestsPerInput = 4;

// What the fuzzer may write in an input, and what it stands for.
enum class Placeholder {
    AdminToken,       // a bearer token of an administrator
    DoctorToken,      // ... of a doctor (at the hospital)
    NurseToken,       // ... of a nurse (at the clinic)
    PharmacistToken,  // ... of a pharmacist (at the pharmacy)
    DoctorId,         // that doctor's user id: sync changes must be authored by the caller
    DoctorFacility,   // the doctor's facility id, likewise
    NurseId,
    NurseFacility,
    PatientId,        // a patient with a prescription of 30 units
    PrescriptionId,   // that prescription
    UserId,           // another doctor (demo data), for the administration routes
    FacilityId,       // the clinic, for the administration routes
    NewId,            // a fresh UUIDv7 for this input (a new change id or object id)
    NewId2,           // another one
    NewNumber,        // a fresh patient number (compact form)
};
struct PlaceholderName {
    Placeholder placeholder;
    std::string_view text;
};
constexpr std::array kPlaceholders{
    PlaceholderName{Placeholder::AdminToken, "@ADMIN_TOKEN@"},
    PlaceholderName{Placeholder::DoctorToken, "@DOCTOR_TOKEN@"},
    PlaceholderName{Placeholder::NurseToken, "@NURSE_TOKEN@"},
    PlaceholderName{Placeholder::PharmacistToken, "@PHARMACIST_TOKEN@"},
    PlaceholderName{Placeholder::DoctorId, "@DOCTOR_ID@"},
    PlaceholderName{Placeholder::DoctorFacility, "@DOCTOR_FACILITY@"},
    PlaceholderName{Placeholder::NurseId, "@NURSE_ID@"},
    PlaceholderName{Placeholder::NurseFacility, "@NURSE_FACILITY@"},
    PlaceholderName{Placeholder::PatientId, "@PATIENT_ID@"},
    PlaceholderName{Placeholder::PrescriptionId, "@PRESCRIPTION_ID@"},
    PlaceholderName{Placeholder::UserId, "@USER_ID@"},
    PlaceholderName{Placeholder::FacilityId, "@FACILITY_ID@"},
    PlaceholderName{Placeholder::NewId, "@NEW_ID@"},
    PlaceholderName{Placeholder::NewId2, "@NEW_ID2@"},
    PlaceholderName{Placeholder::NewNumber, "@NEW_NUMBER@"},
};

// Where the throwaway store lives: MEDINEXUS_FUZZ_DATA_DIR, else /dev/shm (a RAM disk:
// the store fsyncs every commit, which on a real disk would cost most of the time), else
// the system's temporary directory.
QString dataDirectoryBase()
{
    if (const char *configured = std::getenv("MEDINEXUS_FUZZ_DATA_DIR"); configured && *configured)
        return QString::fromLocal8Bit(configured);
    const QFileInfo shm(QStringLiteral("/dev/shm"));
    if (shm.isDir() && shm.isWritable())
        return shm.absoluteFilePath();
    return QDir::tempPath();
}

QJsonObject entryJson(const char *kind, QJsonObject body)
{
    return QJsonObject{{QStringLiteral("kind"), QString::fromLatin1(kind)},
                       {QStringLiteral("recordedAt"), QStringLiteral("2026-11-20T09:30:00.000Z")},
                       {QStringLiteral("body"), std::move(body)}};
}

// A community over a real store, and sessions for the fuzzer's requests.
class Community {
public:
    Community() : directory_(dataDirectoryBase() + QStringLiteral("/medinexus-fuzz-XXXXXX"))
    {
        if (!directory_.isValid())
            throw std::runtime_error("cannot create the fuzzer's data directory");
        config_.dataDir = directory_.path();
        context_ = std::make_unique<ServerContext>(config_);

        Facility facility;
        facility.id = newUuidV7();
        facility.name = QStringLiteral("Direction régionale (fuzz)");
        facility.kind = FacilityKind::Hospital;
        User admin;
        admin.id = newUuidV7();
        admin.username = QStringLiteral("hx.admin");
        admin.displayName = QStringLiteral("Fuzz administrator");
        admin.role = Role::Admin;
        admin.facilityId = facility.id;
        // The harness's own passwords are random: no input can log into, or change the
        // password of, the accounts whose sessions it hands out.
        password_ = randomPassword();
        admin = DirectoryService::bootstrap(context_->store(), context_->authenticator().hasher(), context_->clock(),
                                            facility, admin, password_);
        const Principal adminPrincipal{admin, QStringLiteral("local")};
        createDemoData(*context_, adminPrincipal, 4);

        const User demoDoctor = existingUser(QStringLiteral("dr.diallo"));
        const User demoNurse = existingUser(QStringLiteral("inf.ndiaye"));
        const User demoPharmacist = existingUser(QStringLiteral("ph.camara"));
        const User otherDoctor = existingUser(QStringLiteral("dr.sow"));

        accounts_.push_back(Account{Placeholder::AdminToken, admin, {}});
        accounts_.push_back(Account{Placeholder::DoctorToken, createAccount(adminPrincipal, "hx.doctor", Role::Doctor, demoDoctor.facilityId), {}});
        accounts_.push_back(Account{Placeholder::NurseToken, createAccount(adminPrincipal, "hx.nurse", Role::Nurse, demoNurse.facilityId), {}});
        accounts_.push_back(Account{Placeholder::PharmacistToken, createAccount(adminPrincipal, "hx.pharmacist", Role::Pharmacist, demoPharmacist.facilityId), {}});
        for (Account &account : accounts_) {
            if (!logIn(account))
                throw std::runtime_error("the harness cannot log into its own account");
        }

        const User &doctor = accounts_[1].user;
        const Principal doctorPrincipal{doctor, QStringLiteral("local")};
        const Patient patient = context_->clinical().registerPatient(doctorPrincipal, QJsonObject{
            {QStringLiteral("givenNames"), QStringLiteral("Awa")}, {QStringLiteral("familyName"), QStringLiteral("Keïta")},
            {QStringLiteral("sex"), QStringLiteral("female")}, {QStringLiteral("birthDate"), QStringLiteral("1991-03-14")},
            {QStringLiteral("phone"), QStringLiteral("+221 77 100 20 30")}, {QStringLiteral("village"), QStringLiteral("Ibel")},
            {QStringLiteral("allergies"), QJsonArray{QStringLiteral("Pénicilline")}}});
        const ClinicalEntry prescription = context_->clinical().addEntry(doctorPrincipal, patient.id, entryJson("prescription", QJsonObject{
            {QStringLiteral("medication"), QStringLiteral("Paracétamol 500 mg")}, {QStringLiteral("dose"), QStringLiteral("1 comprimé")},
            {QStringLiteral("route"), QStringLiteral("oral")}, {QStringLiteral("frequency"), QStringLiteral("3 fois par jour")},
            {QStringLiteral("durationDays"), 10}, {QStringLiteral("quantity"), 30},
            {QStringLiteral("quantityUnit"), QStringLiteral("comprimés")}, {QStringLiteral("instructions"), QString()}}));

        values_[index(Placeholder::DoctorId)] = uuidText(doctor.id);
        values_[index(Placeholder::DoctorFacility)] = uuidText(doctor.facilityId);
        values_[index(Placeholder::NurseId)] = uuidText(accounts_[2].user.id);
        values_[index(Placeholder::NurseFacility)] = uuidText(accounts_[2].user.facilityId);
        values_[index(Placeholder::PatientId)] = uuidText(patient.id);
        values_[index(Placeholder::PrescriptionId)] = uuidText(prescription.id);
        values_[index(Placeholder::UserId)] = uuidText(otherDoctor.id);
        values_[index(Placeholder::FacilityId)] = uuidText(otherDoctor.facilityId);

        handler_ = std::make_unique<api::ApiHandler>(api::ApiServices{context_->authenticator(), context_->sessions(),
                                                                      context_->clinical(), context_->sync(),
                                                                      context_->directory(), context_->audit(),
                                                                      context_->health()});
    }

    Community(const Community &) = delete;
    Community &operator=(const Community &) = delete;

    api::ApiHandler &handler() { return *handler_; }

    /// `bytes` with every placeholder replaced. The result holds session tokens: wipe it.
    std::string substitute(std::string_view bytes)
    {
        values_[index(Placeholder::NewId)] = uuidText(newUuidV7());
        values_[index(Placeholder::NewId2)] = uuidText(newUuidV7());
        values_[index(Placeholder::NewNumber)] = PatientNumber::generate().compact().toStdString();
        std::string out;
        out.reserve(bytes.size() * 5 + 64);  // no reallocation: it would leave unwiped token copies behind
        std::size_t at = 0;
        while (at < bytes.size()) {
            const std::size_t marker = bytes.find('@', at);
            if (marker == std::string_view::npos) {
                out.append(bytes.substr(at));
                break;
            }
            out.append(bytes.substr(at, marker - at));
            bool replaced = false;
            for (const PlaceholderName &name : kPlaceholders) {
                if (bytes.substr(marker, name.text.size()) != name.text)
                    continue;
                appendValue(out, name.placeholder);
                at = marker + name.text.size();
                replaced = true;
                break;
            }
            if (!replaced) {
                out.push_back('@');
                at = marker + 1;
            }
        }
        return out;
    }

    /// After an input: every harness session still valid, for the same account as it was.
    /// False when an account can no longer be logged into (the community must be rebuilt).
    bool restoreSessions()
    {
        for (Account &account : accounts_) {
            const auto current = context_->authenticator().authenticate(account.token.view());
            if (current && current->user.role == account.user.role && current->user.facilityId == account.user.facilityId
                && current->user.active)
                continue;
            if (!logIn(account))
                return false;
        }
        return true;
    }

private:
    struct Account {
        Placeholder placeholder;
        User user;
        SecretString token;
    };

    static std::size_t index(Placeholder placeholder) { return static_cast<std::size_t>(placeholder); }
    static std::string uuidText(const QUuid &id) { return uuidToString(id).toStdString(); }

    static SecretString randomPassword()
    {
        // 2 x 122 random bits (UUIDv4s), containing no username.
        QByteArray first = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
        QByteArray second = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
        QByteArray text;
        text.reserve(first.size() + 1 + second.size());
        text.append(first).append('-').append(second);
        secureWipe(first.data(), static_cast<std::size_t>(first.size()));
        secureWipe(second.data(), static_cast<std::size_t>(second.size()));
        return SecretString(std::move(text));
    }

    User existingUser(const QString &username)
    {
        const auto account = context_->store().findUserByUsername(username);
        if (!account)
            throw std::runtime_error("the demo data has no such user");
        return account->user;
    }

    User createAccount(const Principal &admin, const char *username, Role role, const QUuid &facilityId)
    {
        return context_->directory().createUser(admin, QJsonObject{
            {QStringLiteral("username"), QString::fromLatin1(username)},
            {QStringLiteral("displayName"), QStringLiteral("Fuzz ") + toToken(role)},
            {QStringLiteral("role"), toToken(role)}, {QStringLiteral("facilityId"), uuidToString(facilityId)}}, password_);
    }

    bool logIn(Account &account)
    {
        LoginOutcome outcome = context_->authenticator().login(account.user.username, password_, QStringLiteral("127.0.0.2"));
        auto *success = std::get_if<LoginSuccess>(&outcome);
        if (!success || success->user.role != account.user.role || success->user.facilityId != account.user.facilityId)
            return false;
        account.token = std::move(success->token.token);
        return true;
    }

    void appendValue(std::string &out, Placeholder placeholder) const
    {
        for (const Account &account : accounts_) {
            if (account.placeholder == placeholder) {
                const QByteArrayView token = account.token.view();
                out.append(token.data(), static_cast<std::size_t>(token.size()));
                return;
            }
        }
        out.append(values_[index(placeholder)]);
    }

    QTemporaryDir directory_;
    ServerConfig config_;
    std::unique_ptr<ServerContext> context_;
    std::unique_ptr<api::ApiHandler> handler_;
    SecretString password_;
    std::vector<Account> accounts_;
    std::array<std::string, kPlaceholders.size()> values_;
};

Community &community(bool rebuild = false)
{
    static std::unique_ptr<Community> instance;
    if (!instance || rebuild) {
        instance.reset();
        instance = std::make_unique<Community>();
    }
    return *instance;
}

// The transport's refusals (HttpSession::onReadFailed): true when the error is one of them.
bool isMalformedRequest(const boost::system::error_code &error)
{
    static const http::error kMalformed[] = {
        http::error::bad_line_ending, http::error::bad_method,       http::error::bad_target,
        http::error::bad_version,     http::error::bad_status,       http::error::bad_reason,
        http::error::bad_field,       http::error::bad_value,        http::error::bad_content_length,
        http::error::bad_transfer_encoding, http::error::bad_chunk,  http::error::bad_chunk_extension,
        http::error::bad_obs_fold,    http::error::multiple_content_length, http::error::unexpected_body,
    };
    for (const http::error candidate : kMalformed) {
        if (error == candidate)
            return true;
    }
    return false;
}

// The transport's own error responses say "application/json"; the API's add the charset.
constexpr std::string_view kApiContentType = "application/json; charset=utf-8";
constexpr std::string_view kTransportContentType = "application/json";

void checkJsonResponse(const net::Response &response, const std::string &where, std::string_view contentType = kApiContentType)
{
    const std::string &body = response.body();
    const QByteArrayView bytes(body.data(), static_cast<qsizetype>(body.size()));
    require(isCanonical(bytes), where + ": the body is not canonical JSON");
    const Result<QJsonObject> object = parseJsonObject(bytes);
    require(object.ok(), where + ": the body is not a JSON object");
    require(std::string_view(response[http::field::content_type]) == contentType, where + ": wrong Content-Type");
    require(std::string_view(response[http::field::cache_control]) == "no-store", where + ": clinical data must not be cached");
    if (response.result_int() >= 400) {
        const QJsonValue error = object->value(QStringLiteral("error"));
        require(error.isObject(), where + ": an error without an \"error\" object");
        require(!error[QStringLiteral("code")].toString().isEmpty(), where + ": an error without a code");
        require(error[QStringLiteral("message")].isString(), where + ": an error without a message");
    }
}

// One complete request through the handler, checked like the transport would, plus the
// API's own promises. Returns whether the connection stays open for the next request.
bool serveRequest(api::ApiHandler &handler, net::Request &request)
{
    const net::PeerInfo peer{"127.0.0.1", 50443};
    (void)net::pathWithoutQuery(request.target());  // what the access log records

    if (boost::beast::websocket::is_upgrade(request)) {
        try {
            (void)handler.authorizeWebSocket(request, peer);
        } catch (const std::exception &exception) {
            fuzz::invariantViolated(std::string("authorizeWebSocket threw ") + typeid(exception).name() + ": " + exception.what());
        }
        return false;  // a WebSocket session or a refusal that closes the connection
    }

    net::Response response;
    try {
        response = handler.handle(request, peer);
    } catch (const std::exception &exception) {
        fuzz::invariantViolated(std::string("the handler threw ") + typeid(exception).name() + ": " + exception.what());
    }
    const unsigned status = response.result_int();
    const std::string where = std::string(request.method_string()) + " -> " + std::to_string(status);
    // MEDINEXUS_FUZZ_VERBOSE=1: one line per request, for checking what a seed reaches.
    static const bool verbose = std::getenv("MEDINEXUS_FUZZ_VERBOSE") != nullptr;
    if (verbose) {
        const std::string path = net::pathWithoutQuery(request.target());
        std::fprintf(stderr, "fuzz_http_request: %s %s -> %u %s\n", std::string(request.method_string()).c_str(), path.c_str(),
                     status, status >= 400 ? response.body().c_str() : "");
    }
    require(status >= 200, where + ": an informational status");
    static constexpr unsigned kDocumented[] = {200, 201, 400, 401, 403, 404, 405, 409, 413, 415, 422, 429, 503};
    bool documented = false;
    for (const unsigned candidate : kDocumented)
        documented = documented || candidate == status;
    require(documented, where + ": a status docs/api.md does not list");
    // What HttpSession::invokeHandler() does before writing.
    if (request.method() != http::verb::head || !response.body().empty() || !response.has_content_length()) {
        try {
            response.prepare_payload();
        } catch (const std::exception &) {
            fuzz::invariantViolated(where + ": a body on a status that has none");
        }
    }
    checkJsonResponse(response, where);
    if (status == 401)
        require(std::string_view(response[http::field::www_authenticate]) == "Bearer", where + ": 401 without WWW-Authenticate");
    if (status == 405)
        require(!response[http::field::allow].empty(), where + ": 405 without Allow");
    if (status == 429)
        require(!response[http::field::retry_after].empty(), where + ": 429 without Retry-After");
    require(response.keep_alive() == request.keep_alive(), where + ": keep-alive differs from the request's");

    response.set(http::field::server, "MediNexus");
    std::ostringstream wire;
    wire << response;
    require(wire.str().rfind(request.version() == 10 ? "HTTP/1.0 " : "HTTP/1.1 ", 0) == 0, where + ": wrong status line");
    return response.keep_alive();
}

// The bytes of one connection: requests parsed as HttpSession reads them.
void serveConnection(api::ApiHandler &handler, std::string_view bytes)
{
    const net::ServerOptions options;  // the server's limits (ServerConfig's body limit is the same default)
    std::size_t offset = 0;
    for (int served = 0; served < kMaxRequestsPerInput && offset < bytes.size(); ++served) {
        http::request_parser<http::string_body> parser;
        parser.body_limit(options.bodyLimit);
        parser.header_limit(options.headerLimit);
        parser.eager(true);
        boost::system::error_code error;
        while (!parser.is_done()) {
            const std::size_t used = parser.put(boost::asio::buffer(bytes.data() + offset, bytes.size() - offset), error);
            offset += used;
            if (error == http::error::need_more)
                error = {};
            if (error) {
                // The transport answers, then closes the connection.
                if (error == http::error::body_limit) {
                    checkJsonResponse(net::makeErrorResponse(http::status::payload_too_large, "payload_too_large", "too large"), "413",
                                      kTransportContentType);
                } else if (error == http::error::header_limit || error == http::error::buffer_overflow) {
                    checkJsonResponse(net::makeErrorResponse(http::status::request_header_fields_too_large,
                                                             "request_header_fields_too_large", "too large"),
                                      "431", kTransportContentType);
                } else {
                    require(isMalformedRequest(error), "a parser error the transport does not classify: " + error.message());
                    checkJsonResponse(net::makeErrorResponse(http::status::bad_request, "bad_request", "not HTTP"), "400",
                                      kTransportContentType);
                }
                return;
            }
            if (!parser.is_done() && (used == 0 || offset >= bytes.size()))
                return;  // the connection ends mid-request: the server drops it unanswered
        }
        net::Request request = parser.release();
        if (!serveRequest(handler, request))
            return;
    }
}

} // namespace

// The community is built before the first input, so its cost never counts against -timeout.
extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    community();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    Community &current = community();
    std::string bytes = current.substitute(std::string_view(reinterpret_cast<const char *>(data), size));
    serveConnection(current.handler(), bytes);
    secureWipe(bytes.data(), bytes.size());  // it held session tokens
    if (!current.restoreSessions()) {
        std::fprintf(stderr, "fuzz_http_request: an input locked the harness out of an account; rebuilding the community\n");
        community(true);
    }
    return 0;
}
