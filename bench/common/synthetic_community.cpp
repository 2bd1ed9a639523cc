#include "bench/common/synthetic_community.h"

#include "shared/ids/patient_number.h"
#include "shared/ids/uuid.h"

#include <algorithm>
#include <array>
#include <stdexcept>

namespace medinexus::bench {

namespace {

// Pools wide enough that 100,000 patients spread like a rural district's register: many
// shared family names, fewer identical full names.
constexpr std::array kGivenFemale{
    "Aïssatou", "Fatoumata", "Mariama", "Hélène", "Awa", "Kadiatou", "Adama", "Ndèye", "Rokia", "Éloïse",
    "Aminata", "Binta", "Coumba", "Dieynaba", "Fanta", "Hawa", "Khady", "Maimouna", "Oumou", "Ramatoulaye",
    "Safiatou", "Sokhna", "Yacine", "Astou", "Bineta", "Marième", "Nafissatou", "Penda", "Salimata", "Thérèse"};
constexpr std::array kGivenMale{
    "Mamadou", "Ousmane", "Ibrahima", "Jean-Baptiste", "Moussa", "Souleymane", "Cheikh", "Lamine", "Étienne", "Boubacar",
    "Abdoulaye", "Alassane", "Amadou", "Babacar", "Demba", "El Hadji", "Issa", "Karim", "Malick", "Modou",
    "Oumar", "Pape", "Saliou", "Samba", "Seydou", "Tidiane", "Youssouf", "Aliou", "François", "Yéro"};
constexpr std::array kFamily{
    "Diallo", "Ndiaye", "Sow", "Ba", "Camara", "Keïta", "Touré", "Cissé", "Dupré-Ngoma", "Traoré",
    "Barry", "Faye", "Diop", "Fall", "Gueye", "Mbaye", "Sy", "Sarr", "Diouf", "Kane",
    "Niang", "Thiam", "Sall", "Diagne", "Seck", "Wade", "Cissokho", "Dramé", "Sané", "Badji",
    "Coly", "Diédhiou", "Mendy", "Gomis", "Tendeng", "Bâ", "Kanté", "Sidibé", "Konaté", "Dembélé"};
constexpr std::array kVillages{
    "Bandafassi", "Ibel", "Dindéfelo", "Salémata", "Kédougou", "Fongolimbi", "Saraya", "Khossanto",
    "Tomboronkoto", "Bembou", "Dakatéli", "Ethiolo", "Dar Salam", "Missirah", "Mako", "Niéméniké"};
constexpr std::array kAllergies{"Pénicilline", "Sulfamides", "Aspirine", "Arachide", "Quinine"};

struct Diagnosis {
    const char *code;
    const char *text;
};
constexpr std::array kDiagnoses{
    Diagnosis{"B54", "Paludisme, confirmé par TDR"},
    Diagnosis{"J06.9", "Infection aiguë des voies respiratoires supérieures"},
    Diagnosis{"A09", "Diarrhée et gastro-entérite d'origine présumée infectieuse"},
    Diagnosis{"I10", "Hypertension essentielle"},
    Diagnosis{"E11.9", "Diabète de type 2 sans complication"},
    Diagnosis{"J18.9", "Pneumopathie, micro-organisme non précisé"},
    Diagnosis{"D50.9", "Anémie par carence en fer"},
    Diagnosis{"N39.0", "Infection des voies urinaires"},
    Diagnosis{"L02.9", "Abcès cutané"},
    Diagnosis{"", "Douleurs abdominales à préciser"}};

struct Medication {
    const char *name;
    const char *dose;
    const char *frequency;
    int durationDays;
    int quantity;
    const char *unit;
};
constexpr std::array kMedications{
    Medication{"Artéméther-luméfantrine 20/120 mg", "4 comprimés", "2 fois par jour", 3, 24, "comprimés"},
    Medication{"Paracétamol 500 mg", "1 comprimé", "3 fois par jour", 3, 9, "comprimés"},
    Medication{"Amoxicilline 500 mg", "1 gélule", "3 fois par jour", 7, 21, "gélules"},
    Medication{"Amlodipine 5 mg", "1 comprimé", "1 fois par jour", 30, 30, "comprimés"},
    Medication{"Metformine 850 mg", "1 comprimé", "2 fois par jour", 30, 60, "comprimés"},
    Medication{"Sels de réhydratation orale", "1 sachet", "après chaque selle", 3, 6, "sachets"},
    Medication{"Fer-acide folique", "1 comprimé", "1 fois par jour", 30, 30, "comprimés"},
    Medication{"Cotrimoxazole 480 mg", "2 comprimés", "2 fois par jour", 5, 20, "comprimés"}};

constexpr std::array kNursingTexts{
    "Patient vu en consultation, état général conservé.",
    "Fièvre depuis deux jours, bien hydraté.",
    "Contrôle tensionnel, pas de plainte.",
    "Pesée et prise des constantes avant la consultation.",
    "Toux sèche, pas de détresse respiratoire."};
constexpr std::array kFollowUps{
    "Revoir dans 7 jours si la fièvre persiste.",
    "Contrôle de la tension dans un mois.",
    "Bilan sanguin à faire au prochain passage.",
    "Revenir plus tôt en cas d'aggravation.",
    "Observance du traitement à vérifier."};

template <typename Array>
QString pick(QRandomGenerator &random, const Array &items)
{
    return QString::fromUtf8(items[random.bounded(static_cast<quint32>(items.size()))]);
}

template <typename Array>
const auto &pickItem(QRandomGenerator &random, const Array &items)
{
    return items[random.bounded(static_cast<quint32>(items.size()))];
}

int between(QRandomGenerator &random, int lowest, int highest)  // inclusive
{
    return random.bounded(lowest, highest + 1);
}

// Crockford's base32 alphabet, the patient numbers' data characters.
constexpr char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

QString patientNumber(QRandomGenerator &random, std::uint32_t index)
{
    if (index >= (1u << 20))
        throw std::out_of_range("synthetic patient index above 2^20");
    // 50 data bits: 30 random high bits, the index in the low 20 (unique per community).
    const quint64 data = (static_cast<quint64>(random.bounded(1u << 30)) << 20) | index;
    QString text;
    for (int shift = 45; shift >= 0; shift -= 5)
        text += QLatin1Char(kAlphabet[(data >> shift) & 31u]);
    const auto number = PatientNumber::fromData(text);
    if (!number)
        throw std::logic_error("synthetic patient number not accepted");
    return number->compact();
}

} // namespace

Patient syntheticPatient(QRandomGenerator &random, std::uint32_t index, const QUuid &facilityId, const QDate &today)
{
    Patient patient;
    patient.id = newUuidV7();
    patient.number = patientNumber(random, index);
    patient.version = 1;
    const bool female = random.bounded(2) == 0;
    patient.sex = female ? Sex::Female : Sex::Male;
    patient.givenNames = female ? pick(random, kGivenFemale) : pick(random, kGivenMale);
    if (random.bounded(6) == 0)  // a second given name, as often registered
        patient.givenNames += QLatin1Char(' ') + (female ? pick(random, kGivenFemale) : pick(random, kGivenMale));
    patient.familyName = pick(random, kFamily);
    // Mobile numbers: +221 7x xxx xx xx; some patients have none.
    if (random.bounded(10) != 0) {
        patient.phone = QStringLiteral("+221 7%1 %2 %3 %4")
                            .arg(between(random, 0, 8))
                            .arg(between(random, 100, 999))
                            .arg(between(random, 10, 99))
                            .arg(between(random, 10, 99));
    }
    patient.village = pick(random, kVillages);
    if (random.bounded(7) == 0)
        patient.allergies.append(pick(random, kAllergies));
    const int age = between(random, 0, 90);
    if (random.bounded(4) == 0) {
        patient.estimatedBirthYear = today.year() - age;
    } else {
        const QDate born = today.addYears(-age).addDays(-between(random, 1, 364));
        patient.birthDate = born;
    }
    patient.registeredAtFacility = facilityId;
    return patient;
}

ObservationBody syntheticObservation(QRandomGenerator &random)
{
    ObservationBody body;
    body.vitals.temperatureDeciCelsius = between(random, 360, 400);
    body.vitals.pulsePerMinute = between(random, 55, 120);
    const int systolic = between(random, 95, 170);
    body.vitals.systolicMmHg = systolic;
    body.vitals.diastolicMmHg = std::max(45, systolic - between(random, 30, 70));
    if (random.bounded(3) == 0)
        body.vitals.spo2Percent = between(random, 90, 100);
    body.vitals.weightGrams = between(random, 3000, 95000);
    if (random.bounded(2) == 0)
        body.nursingText = pick(random, kNursingTexts);
    return body;
}

DiagnosisBody syntheticDiagnosis(QRandomGenerator &random)
{
    const Diagnosis &diagnosis = pickItem(random, kDiagnoses);
    DiagnosisBody body;
    body.icd10Code = QString::fromUtf8(diagnosis.code);
    body.text = QString::fromUtf8(diagnosis.text);
    body.status = random.bounded(3) == 0 ? DiagnosisStatus::Provisional : DiagnosisStatus::Confirmed;
    return body;
}

PrescriptionBody syntheticPrescription(QRandomGenerator &random)
{
    const Medication &medication = pickItem(random, kMedications);
    PrescriptionBody body;
    body.medication = QString::fromUtf8(medication.name);
    body.dose = QString::fromUtf8(medication.dose);
    body.route = Route::Oral;
    body.frequency = QString::fromUtf8(medication.frequency);
    body.durationDays = medication.durationDays;
    body.quantity = medication.quantity;
    body.quantityUnit = QString::fromUtf8(medication.unit);
    if (random.bounded(2) == 0)
        body.instructions = QStringLiteral("Pendant les repas");
    return body;
}

DispensationBody syntheticDispensation(QRandomGenerator &random, const QUuid &prescriptionId,
                                       const PrescriptionBody &prescription)
{
    DispensationBody body;
    body.prescriptionId = prescriptionId;
    if (random.bounded(5) == 0 && prescription.quantity > 1) {
        body.quantity = prescription.quantity / 2;
        body.completeness = DispensationCompleteness::Partial;
        body.note = QStringLiteral("Rupture de stock, le reste à la prochaine livraison.");
    } else {
        body.quantity = prescription.quantity;
        body.completeness = DispensationCompleteness::Full;
    }
    return body;
}

NoteBody syntheticNote(QRandomGenerator &random, bool byNurse)
{
    NoteBody body;
    body.category = byNurse ? NoteCategory::Nursing : NoteCategory::FollowUp;
    body.text = byNurse ? pick(random, kNursingTexts) : pick(random, kFollowUps);
    return body;
}

QString syntheticStaffName(QRandomGenerator &random)
{
    const bool female = random.bounded(2) == 0;
    return (female ? pick(random, kGivenFemale) : pick(random, kGivenMale)) + QLatin1Char(' ') + pick(random, kFamily);
}

} // namespace medinexus::bench
