#include "bench/server/community_generator.h"

#include "bench/common/bench_report.h"
#include "bench/common/synthetic_community.h"
#include "bench/server/batching_store.h"

#include "server/app/server_context.h"
#include "server/app/server_setup.h"
#include "server/services/change_applier.h"

#include "shared/codec/model_json.h"
#include "shared/ids/uuid.h"

#include <QDir>
#include <QRandomGenerator>

#include <algorithm>
#include <stdexcept>
#include <vector>

namespace medinexus::server::bench {

using medinexus::bench::progress;
using medinexus::bench::Stopwatch;

namespace {

// One facility and the staff who write there.
struct Site {
    Facility facility;
    std::vector<User> doctors;
    std::vector<User> nurses;
    std::vector<User> pharmacists;
};

// The layout of the community: two hospitals, four clinics, two pharmacies.
struct SitePlan {
    const char *name;
    FacilityKind kind;
    const char *village;
    int doctors;
    int nurses;
    int pharmacists;
};
constexpr SitePlan kSites[] = {
    {"Hôpital régional de Kédougou", FacilityKind::Hospital, "Kédougou", 3, 3, 0},
    {"Hôpital de district de Saraya", FacilityKind::Hospital, "Saraya", 2, 3, 0},
    {"Centre de santé de Bandafassi", FacilityKind::Clinic, "Bandafassi", 1, 2, 0},
    {"Poste de santé de Dindéfelo", FacilityKind::Clinic, "Dindéfelo", 1, 2, 0},
    {"Centre de santé de Salémata", FacilityKind::Clinic, "Salémata", 1, 2, 0},
    {"Poste de santé de Fongolimbi", FacilityKind::Clinic, "Fongolimbi", 1, 1, 0},
    {"Pharmacie du Marché", FacilityKind::Pharmacy, "Kédougou", 0, 0, 2},
    {"Pharmacie de Saraya", FacilityKind::Pharmacy, "Saraya", 0, 0, 1},
};

std::vector<Site> createSites(ServerContext &context, const Principal &admin, QRandomGenerator &random)
{
    const SecretString password{QByteArrayView(kBenchPassword)};
    std::vector<Site> sites;
    int siteNumber = 0;
    for (const SitePlan &plan : kSites) {
        ++siteNumber;
        Site site;
        site.facility = context.directory().createFacility(admin, QJsonObject{
            {QStringLiteral("name"), QString::fromUtf8(plan.name)},
            {QStringLiteral("kind"), toToken(plan.kind)},
            {QStringLiteral("village"), QString::fromUtf8(plan.village)},
            {QStringLiteral("active"), true}});
        auto account = [&](const char *prefix, int k, Role role) {
            return context.directory().createUser(admin, QJsonObject{
                {QStringLiteral("username"), QStringLiteral("%1.%2.%3").arg(QLatin1String(prefix)).arg(siteNumber).arg(k)},
                {QStringLiteral("displayName"), medinexus::bench::syntheticStaffName(random)},
                {QStringLiteral("role"), toToken(role)},
                {QStringLiteral("facilityId"), uuidToString(site.facility.id)}}, password);
        };
        for (int k = 1; k <= plan.doctors; ++k)
            site.doctors.push_back(account("dr", k, Role::Doctor));
        for (int k = 1; k <= plan.nurses; ++k)
            site.nurses.push_back(account("inf", k, Role::Nurse));
        for (int k = 1; k <= plan.pharmacists; ++k)
            site.pharmacists.push_back(account("ph", k, Role::Pharmacist));
        sites.push_back(std::move(site));
    }
    return sites;
}

template <typename T>
const T &pickFrom(QRandomGenerator &random, const std::vector<T> &items)
{
    if (items.empty())
        throw std::logic_error("empty choice");
    return items[random.bounded(static_cast<quint32>(items.size()))];
}

// Applies one change through the write path; anything but Accepted stops the generator.
class Writer {
public:
    Writer(BatchingStore &store, ChangeApplier &applier, HybridLogicalClock &clock, int perTransaction)
        : store_(store), applier_(applier), clock_(clock), perTransaction_(perTransaction)
    {
    }

    void write(const User &author, ObjectType type, const QUuid &objectId, const QJsonObject &payload)
    {
        sync::ChangeEnvelope change;
        change.changeId = newUuidV7();
        change.objectType = type;
        change.objectId = objectId;
        change.baseVersion = 0;
        change.authorId = author.id;
        change.facilityId = author.facilityId;
        change.hlc = clock_.now();
        change.payload = payload;
        const ChangeOutcome outcome = applier_.apply(Principal{author, QStringLiteral("bench")}, change);
        if (outcome.status != ChangeOutcome::Status::Accepted)
            throw std::runtime_error("the write path refused a generated change: " + outcome.reasonCode.toStdString()
                                     + " (" + outcome.reason.toStdString() + ")");
        if (++pending_ >= perTransaction_)
            flush();
    }

    void flush()
    {
        store_.commitBatch();
        pending_ = 0;
    }

private:
    BatchingStore &store_;
    ChangeApplier &applier_;
    HybridLogicalClock &clock_;
    int perTransaction_;
    int pending_ = 0;
};

ClinicalEntry entryBy(const User &author, const QUuid &patientId, const QDateTime &at, EntryBody body)
{
    ClinicalEntry entry;
    entry.id = newUuidV7();
    entry.patientId = patientId;
    entry.authorId = author.id;
    entry.authorRole = author.role;
    entry.facilityId = author.facilityId;
    entry.recordedAt = at;
    entry.body = std::move(body);
    return entry;
}

} // namespace

GeneratedCommunity generateCommunity(const GeneratorOptions &options)
{
    if (options.patients < 1 || options.patients >= (1 << 20) || options.entries < 0 || options.changesPerTransaction < 1)
        throw std::invalid_argument("generator: patients must be 1..1048575, entries >= 0");

    ServerConfig config;
    config.dataDir = QDir(options.dataDir).absolutePath();
    SetupOptions setup;
    setup.facilityName = QStringLiteral("Direction régionale de la santé");
    initialiseServer(config, setup, SecretString{QByteArrayView(kBenchPassword)});

    ServerContext context(config);
    const auto adminAccount = context.store().findUserByUsername(setup.adminUser);
    if (!adminAccount)
        throw std::runtime_error("the administrator created by init is missing");
    const Principal admin{adminAccount->user, QStringLiteral("bench")};

    QRandomGenerator random(options.seed);
    const std::vector<Site> sites = createSites(context, admin, random);
    GeneratedCommunity result;
    result.facilities = 1 + static_cast<int>(sites.size());
    result.users = 1;
    std::vector<const Site *> careSites;
    std::vector<User> pharmacists;
    for (const Site &site : sites) {
        result.users += static_cast<int>(site.doctors.size() + site.nurses.size() + site.pharmacists.size());
        if (!site.doctors.empty())
            careSites.push_back(&site);
        pharmacists.insert(pharmacists.end(), site.pharmacists.begin(), site.pharmacists.end());
    }

    // The write path of a push, sharing a store transaction per batch of changes.
    BatchingStore batching(context.store());
    ChangeApplier applier(batching, context.clock());
    Writer writer(batching, applier, context.clock(), options.changesPerTransaction);

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDate today = now.date();
    const Stopwatch stopwatch;
    qint64 written = 0;
    for (int i = 0; i < options.patients; ++i) {
        const Site &home = *pickFrom(random, careSites);
        const User &registrar = random.bounded(2) == 0 ? pickFrom(random, home.nurses) : pickFrom(random, home.doctors);
        const Patient patient = medinexus::bench::syntheticPatient(random, static_cast<std::uint32_t>(i), home.facility.id, today);
        writer.write(registrar, ObjectType::Patient, patient.id, toJson(patient));
        ++result.patients;

        // This patient's share of the entries, as visits over the last two years: vitals
        // by a nurse, then some of diagnosis, prescription (dispensed at a pharmacy) and note.
        const qint64 quota = options.entries * (i + 1) / options.patients - options.entries * i / options.patients;
        QDateTime visit = now.addDays(-730 + static_cast<qint64>(random.bounded(60)));
        qint64 made = 0;
        auto add = [&](const User &author, const QDateTime &at, EntryBody body) {
            const ClinicalEntry entry = entryBy(author, patient.id, at, std::move(body));
            writer.write(author, ObjectType::Entry, entry.id, toJson(entry));
            ++made;
            return entry.id;
        };
        while (made < quota) {
            const Site &site = random.bounded(4) == 0 ? *pickFrom(random, careSites) : home;
            const User &doctor = pickFrom(random, site.doctors);
            const User &nurse = pickFrom(random, site.nurses);
            add(nurse, visit, medinexus::bench::syntheticObservation(random));
            if (made < quota && random.bounded(10) < 7)
                add(doctor, visit.addSecs(600), medinexus::bench::syntheticDiagnosis(random));
            if (made < quota && random.bounded(10) < 6) {
                const PrescriptionBody prescription = medinexus::bench::syntheticPrescription(random);
                const QUuid prescriptionId = add(doctor, visit.addSecs(900), prescription);
                if (made < quota && random.bounded(10) < 8)
                    add(pickFrom(random, pharmacists), visit.addSecs(3600),
                        medinexus::bench::syntheticDispensation(random, prescriptionId, prescription));
            }
            if (made < quota && random.bounded(10) < 4) {
                const bool byNurse = random.bounded(2) == 0;
                add(byNurse ? nurse : doctor, visit.addSecs(1200), medinexus::bench::syntheticNote(random, byNurse));
            }
            // The next visit, weeks later; never in the future.
            visit = std::min(visit.addDays(7 + static_cast<qint64>(random.bounded(60))), now.addSecs(-7200));
        }
        result.entries += made;
        written += 1 + made;
        if ((i + 1) % 1000 == 0)
            progress(QStringLiteral("generated %1 patients, %2 changes").arg(i + 1).arg(written));
    }
    writer.flush();
    result.seconds = stopwatch.seconds();
    return result;
}

} // namespace medinexus::server::bench
