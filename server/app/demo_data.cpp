#include "server/app/demo_data.h"

#include "shared/codec/model_json.h"
#include "shared/ids/uuid.h"

#include <QRandomGenerator>

namespace medinexus::server {

namespace {

const char *const kGivenFemale[] = {"Aïssatou", "Fatoumata", "Mariama", "Hélène", "Awa", "Kadiatou", "Adama", "Ndèye", "Rokia", "Éloïse"};
const char *const kGivenMale[] = {"Mamadou", "Ousmane", "Ibrahima", "Jean-Baptiste", "Moussa", "Souleymane", "Cheikh", "Lamine", "Étienne", "Boubacar"};
const char *const kFamily[] = {"Diallo", "Ndiaye", "Sow", "Ba", "Camara", "Keïta", "Touré", "Cissé", "Dupré-Ngoma", "Traoré", "Barry", "Faye"};
const char *const kVillages[] = {"Bandafassi", "Ibel", "Dindéfelo", "Salémata", "Kédougou", "Fongolimbi"};

template <std::size_t N>
QString pick(QRandomGenerator &random, const char *const (&items)[N])
{
    return QString::fromUtf8(items[random.bounded(static_cast<quint32>(N))]);
}

Principal principalFor(const User &user)
{
    return Principal{user, QStringLiteral("local")};
}

QJsonObject entryJson(EntryKind kind, const QJsonObject &body, const QDateTime &recordedAt)
{
    return QJsonObject{{QStringLiteral("kind"), toToken(kind)},
                       {QStringLiteral("body"), body},
                       {QStringLiteral("recordedAt"), dateTimeToJsonString(recordedAt)}};
}

} // namespace

std::vector<DemoAccount> createDemoData(ServerContext &context, const Principal &admin, int patientCount)
{
    // Reproducible demo: the same community every time.
    QRandomGenerator random(20261127);
    DirectoryService &directory = context.directory();
    ClinicalService &clinical = context.clinical();

    const Facility hospital = directory.createFacility(admin, QJsonObject{{QStringLiteral("name"), QStringLiteral("Hôpital régional de Kédougou")},
        {QStringLiteral("kind"), QStringLiteral("hospital")}, {QStringLiteral("village"), QStringLiteral("Kédougou")}, {QStringLiteral("active"), true}});
    const Facility clinic = directory.createFacility(admin, QJsonObject{{QStringLiteral("name"), QStringLiteral("Centre de santé de Bandafassi")},
        {QStringLiteral("kind"), QStringLiteral("clinic")}, {QStringLiteral("village"), QStringLiteral("Bandafassi")}, {QStringLiteral("active"), true}});
    const Facility pharmacy = directory.createFacility(admin, QJsonObject{{QStringLiteral("name"), QStringLiteral("Pharmacie du Marché")},
        {QStringLiteral("kind"), QStringLiteral("pharmacy")}, {QStringLiteral("village"), QStringLiteral("Kédougou")}, {QStringLiteral("active"), true}});

    const SecretString password{QByteArrayView(kDemoPassword)};
    auto account = [&](const char *username, const char *name, Role role, const Facility &facility) {
        return directory.createUser(admin, QJsonObject{{QStringLiteral("username"), QString::fromUtf8(username)},
            {QStringLiteral("displayName"), QString::fromUtf8(name)}, {QStringLiteral("role"), toToken(role)},
            {QStringLiteral("facilityId"), uuidToString(facility.id)}}, password);
    };
    const User doctor = account("dr.diallo", "Dr Aminata Diallo", Role::Doctor, hospital);
    const User doctor2 = account("dr.sow", "Dr Ibrahima Sow", Role::Doctor, clinic);
    const User nurse = account("inf.ndiaye", "Fatou Ndiaye", Role::Nurse, clinic);
    const User pharmacist = account("ph.camara", "Moussa Camara", Role::Pharmacist, pharmacy);

    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < patientCount; ++i) {
        const bool female = random.bounded(2) == 0;
        QJsonObject patient{{QStringLiteral("givenNames"), female ? pick(random, kGivenFemale) : pick(random, kGivenMale)},
                            {QStringLiteral("familyName"), pick(random, kFamily)},
                            {QStringLiteral("sex"), female ? QStringLiteral("female") : QStringLiteral("male")},
                            {QStringLiteral("phone"), QStringLiteral("+221 77 %1 %2 %3").arg(random.bounded(100, 999)).arg(random.bounded(10, 99)).arg(random.bounded(10, 99))},
                            {QStringLiteral("village"), pick(random, kVillages)},
                            {QStringLiteral("address"), QString()},
                            {QStringLiteral("allergies"), i % 5 == 0 ? QJsonArray{QStringLiteral("Pénicilline")} : QJsonArray{}}};
        if (i % 4 == 0)
            patient.insert(QStringLiteral("estimatedBirthYear"), 1950 + static_cast<int>(random.bounded(60)));
        else
            patient.insert(QStringLiteral("birthDate"), dateToJsonString(QDate(1950 + static_cast<int>(random.bounded(70)), 1 + static_cast<int>(random.bounded(12)), 1 + static_cast<int>(random.bounded(28)))));
        const User &registrar = i % 2 == 0 ? nurse : doctor;
        const Patient registered = clinical.registerPatient(principalFor(registrar), patient);

        const QDateTime visit = now.addDays(-static_cast<qint64>(random.bounded(90))).addSecs(-3600);
        clinical.addEntry(principalFor(nurse), registered.id, entryJson(EntryKind::Observation, QJsonObject{
            {QStringLiteral("vitals"), QJsonObject{{QStringLiteral("temperatureDeciCelsius"), 365 + static_cast<int>(random.bounded(25))},
                                                   {QStringLiteral("pulsePerMinute"), 60 + static_cast<int>(random.bounded(50))},
                                                   {QStringLiteral("systolicMmHg"), 105 + static_cast<int>(random.bounded(50))},
                                                   {QStringLiteral("diastolicMmHg"), 65 + static_cast<int>(random.bounded(25))},
                                                   {QStringLiteral("weightGrams"), 45000 + static_cast<int>(random.bounded(40000))}}},
            {QStringLiteral("nursingText"), QStringLiteral("Patient vu en consultation, état général conservé.")}}, visit));
        if (i % 3 == 0)
            continue;
        clinical.addEntry(principalFor(doctor), registered.id, entryJson(EntryKind::Diagnosis, QJsonObject{
            {QStringLiteral("icd10Code"), i % 2 == 0 ? QStringLiteral("B54") : QStringLiteral("J06.9")},
            {QStringLiteral("text"), i % 2 == 0 ? QStringLiteral("Paludisme, confirmé par TDR") : QStringLiteral("Infection aiguë des voies respiratoires supérieures")},
            {QStringLiteral("status"), QStringLiteral("confirmed")}}, visit.addSecs(600)));
        const ClinicalEntry prescription = clinical.addEntry(principalFor(doctor), registered.id, entryJson(EntryKind::Prescription, QJsonObject{
            {QStringLiteral("medication"), i % 2 == 0 ? QStringLiteral("Artéméther-luméfantrine 20/120 mg") : QStringLiteral("Paracétamol 500 mg")},
            {QStringLiteral("dose"), i % 2 == 0 ? QStringLiteral("4 comprimés") : QStringLiteral("1 comprimé")},
            {QStringLiteral("route"), QStringLiteral("oral")},
            {QStringLiteral("frequency"), i % 2 == 0 ? QStringLiteral("2 fois par jour") : QStringLiteral("3 fois par jour")},
            {QStringLiteral("durationDays"), 3},
            {QStringLiteral("quantity"), i % 2 == 0 ? 24 : 9},
            {QStringLiteral("quantityUnit"), QStringLiteral("comprimés")},
            {QStringLiteral("instructions"), QStringLiteral("Pendant les repas")}}, visit.addSecs(900)));
        if (i % 2 == 0) {
            clinical.addEntry(principalFor(pharmacist), registered.id, entryJson(EntryKind::Dispensation, QJsonObject{
                {QStringLiteral("prescriptionId"), uuidToString(prescription.id)},
                {QStringLiteral("quantity"), 24},
                {QStringLiteral("completeness"), QStringLiteral("full")},
                {QStringLiteral("note"), QString()}}, visit.addSecs(3000)));
        }
        clinical.addEntry(principalFor(doctor2), registered.id, entryJson(EntryKind::Note, QJsonObject{
            {QStringLiteral("category"), QStringLiteral("follow_up")},
            {QStringLiteral("text"), QStringLiteral("Revoir dans 7 jours si la fièvre persiste.")}}, visit.addSecs(1200)));
    }

    return {{doctor.username, doctor.role, hospital.name},
            {doctor2.username, doctor2.role, clinic.name},
            {nurse.username, nurse.role, clinic.name},
            {pharmacist.username, pharmacist.role, pharmacy.name}};
}

} // namespace medinexus::server
