// Patients and their records over the REST API: search (names without accents or case, typed
// patient numbers, phone digits, birth year), validation answers, conflicts of stale edits,
// amendments, and what the audit log and access log keep (identifiers, never names).
#include "integration_support.h"

#include "shared/ids/patient_number.h"
#include "shared/ids/uuid.h"

#include <QUrl>

#include <gtest/gtest.h>

#include <thread>

#include <algorithm>

namespace medinexus::itest {
namespace {

std::string enc(const QString &text)
{
    return QUrl::toPercentEncoding(text).toStdString();
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

QJsonArray errorFields(const HttpResponse &response)
{
    return response.object().value(QStringLiteral("error")).toObject().value(QStringLiteral("fields")).toArray();
}

QStringList fieldNames(const HttpResponse &response)
{
    QStringList names;
    for (const QJsonValue &field : errorFields(response)) {
        names << field.toObject().value(QStringLiteral("field")).toString();
    }
    return names;
}

/// A 422 carries error.code "invalid" and, for each refused field, its name, code and message.
void expectInvalid(const HttpResponse &response, const QString &field)
{
    EXPECT_EQ(response.status, 422u) << response.describe();
    EXPECT_EQ(response.errorCode(), QStringLiteral("invalid")) << response.describe();
    const QJsonArray fields = errorFields(response);
    ASSERT_FALSE(fields.isEmpty()) << "a 422 must list the refused fields: " << response.describe();
    for (const QJsonValue &value : fields) {
        const QJsonObject item = value.toObject();
        EXPECT_FALSE(item.value(QStringLiteral("field")).toString().isEmpty()) << response.describe();
        EXPECT_FALSE(item.value(QStringLiteral("code")).toString().isEmpty()) << response.describe();
        EXPECT_FALSE(item.value(QStringLiteral("message")).toString().isEmpty()) << response.describe();
    }
    EXPECT_TRUE(fieldNames(response).contains(field)) << "expected field " << str(field) << " in " << response.describe();
}

class PatientsTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        community_ = std::make_unique<Community>();
        doctorAccount_ = community_->createUser(Role::Doctor, QStringLiteral("dr.diouf"));
        nurseAccount_ = community_->createUser(Role::Nurse, QStringLiteral("inf.mbaye"));
        doctor_ = community_->loggedIn(doctorAccount_);
        nurse_ = community_->loggedIn(nurseAccount_);
    }

    QString registered(const QJsonObject &patient) { return registerPatient(*doctor_, patient).value(QStringLiteral("id")).toString(); }

    std::unique_ptr<Community> community_;
    Account doctorAccount_, nurseAccount_;
    std::unique_ptr<HttpsClient> doctor_, nurse_;
};

TEST_F(PatientsTest, NameSearchIgnoresAccentsAndCase)
{
    const QString helene = registered(patientJson(QStringLiteral("Hélène"), QStringLiteral("Diallo")));
    const QString helena = registered(patientJson(QStringLiteral("Helena"), QStringLiteral("Sow")));
    const QString aissatou = registered(patientJson(QStringLiteral("Aïssatou Marième"), QStringLiteral("N'Diaye")));

    const auto find = [&](const QString &q) { return sorted(searchIds(*nurse_, "q=" + enc(q))); };
    EXPECT_EQ(find(QStringLiteral("helene")), QStringList{helene});
    EXPECT_EQ(find(QStringLiteral("HÉLÈNE")), QStringList{helene});
    EXPECT_EQ(find(QStringLiteral("hElEnE")), QStringList{helene});
    EXPECT_EQ(find(QStringLiteral("DIALLO")), QStringList{helene});
    EXPECT_EQ(find(QStringLiteral("diallo helene")), QStringList{helene}) << "word order does not matter";
    EXPECT_EQ(find(QStringLiteral("hel")), sorted({helene, helena})) << "words are prefixes";
    EXPECT_EQ(find(QStringLiteral("helena")), QStringList{helena});
    EXPECT_EQ(find(QStringLiteral("aissatou")), QStringList{aissatou});
    EXPECT_EQ(find(QStringLiteral("MARIEME ndiaye")), QStringList{aissatou}) << "N'Diaye is found as ndiaye";
    EXPECT_EQ(find(QStringLiteral("sow helene")), QStringList{}) << "every word must match";
    EXPECT_EQ(find(QStringLiteral("zzz")), QStringList{});

    // limit bounds the answer.
    EXPECT_EQ(searchIds(*nurse_, "q=hel&limit=1").size(), 1);
    // A search needs something to search for.
    EXPECT_EQ(nurse_->get("/api/v1/patients").status, 400u);
    EXPECT_EQ(nurse_->get("/api/v1/patients?q=%20%20").status, 400u);
    EXPECT_EQ(nurse_->get("/api/v1/patients?q=a&limit=ten").status, 400u);
}

TEST_F(PatientsTest, TypedPatientNumberWithHyphensInLowerCaseOpensExactlyThatPatient)
{
    const QJsonObject first = registerPatient(*doctor_, patientJson(QStringLiteral("Moussa"), QStringLiteral("Fall")));
    registered(patientJson(QStringLiteral("Ousmane"), QStringLiteral("Fall")));
    const QString compact = first.value(QStringLiteral("number")).toString();
    const auto number = PatientNumber::parse(compact);
    ASSERT_TRUE(number.has_value()) << str(compact);
    const QString display = number->toString(); // XXXX-XXXX-XXC
    ASSERT_EQ(display.size(), PatientNumber::kDisplayLength);

    const QStringList expected{first.value(QStringLiteral("id")).toString()};
    EXPECT_EQ(searchIds(*nurse_, "q=" + enc(display.toLower())), expected);
    EXPECT_EQ(searchIds(*nurse_, "q=" + enc(display)), expected);
    EXPECT_EQ(searchIds(*nurse_, "q=" + enc(compact.toLower())), expected);
    QString spaced = display.toLower();
    spaced.replace(QLatin1Char('-'), QLatin1Char(' '));
    EXPECT_EQ(searchIds(*nurse_, "q=" + enc(QStringLiteral(" ") + spaced + QStringLiteral(" "))), expected);

    // One mistyped character opens nobody (the check character catches it).
    QString typo = compact;
    const QString alphabet = QStringLiteral("0123456789ABCDEFGHJKMNPQRSTVWXYZ");
    typo[3] = alphabet.at((alphabet.indexOf(typo.at(3)) + 1) % alphabet.size());
    ASSERT_FALSE(PatientNumber::parse(typo).has_value());
    EXPECT_EQ(searchIds(*nurse_, "q=" + enc(typo.toLower())), QStringList{});
}

TEST_F(PatientsTest, PhoneSearchMatchesDigitsWhateverTheirPunctuation)
{
    QJsonObject withPhone = patientJson(QStringLiteral("Awa"), QStringLiteral("Cissé"));
    withPhone.insert(QStringLiteral("phone"), QStringLiteral("+221 77 123 45 67"));
    const QString awa = registered(withPhone);
    QJsonObject other = patientJson(QStringLiteral("Binta"), QStringLiteral("Cissé"));
    other.insert(QStringLiteral("phone"), QStringLiteral("(76) 555-01-02"));
    const QString binta = registered(other);

    EXPECT_EQ(searchIds(*nurse_, "q=771234567"), QStringList{awa});
    EXPECT_EQ(searchIds(*nurse_, "q=" + enc(QStringLiteral("77 123 45 67"))), QStringList{awa});
    EXPECT_EQ(searchIds(*nurse_, "q=" + enc(QStringLiteral("+221771234567"))), QStringList{awa});
    EXPECT_EQ(searchIds(*nurse_, "q=" + enc(QStringLiteral("45-67"))), QStringList{awa}) << "a part of the number";
    EXPECT_EQ(searchIds(*nurse_, "q=765550102"), QStringList{binta});
    EXPECT_EQ(searchIds(*nurse_, "q=" + enc(QStringLiteral("555.01"))), QStringList{binta});
    EXPECT_EQ(searchIds(*nurse_, "q=999888"), QStringList{});
}

// An 11-digit phone query is also shaped like a patient number (digits are in its alphabet);
// one in 32 has a matching check character. Such a query must still find the phone.
TEST_F(PatientsTest, PhoneDigitsShapedLikeAPatientNumberStillFindThePhone)
{
    QString digits;
    for (int last = 0; last < 100 && digits.isEmpty(); ++last) {
        const QString data = QStringLiteral("77123456") + QString::number(10 + last);
        const QChar check = PatientNumber::checkCharacter(data);
        if (check.isDigit()) {
            digits = data + check;
        }
    }
    ASSERT_EQ(digits.size(), 11);
    ASSERT_TRUE(PatientNumber::parse(digits).has_value());

    QJsonObject patient = patientJson(QStringLiteral("Fatou"), QStringLiteral("Thiam"));
    patient.insert(QStringLiteral("phone"), digits);
    const QString id = registered(patient);
    EXPECT_EQ(searchIds(*nurse_, "q=" + str(digits)), QStringList{id})
        << "the phone query " << str(digits) << " was taken for a patient number and the phone search skipped";
}

TEST_F(PatientsTest, BirthYearFilterUsesBirthDatesAndEstimates)
{
    QJsonObject dated = patientJson(QStringLiteral("Ibrahima"), QStringLiteral("Ka"));
    dated.insert(QStringLiteral("birthDate"), QStringLiteral("1985-03-02"));
    const QString a = registered(dated);
    QJsonObject estimated = patientJson(QStringLiteral("Mamadou"), QStringLiteral("Ka"));
    estimated.remove(QStringLiteral("birthDate"));
    estimated.insert(QStringLiteral("estimatedBirthYear"), 1985);
    const QString b = registered(estimated);
    QJsonObject later = patientJson(QStringLiteral("Ibrahima"), QStringLiteral("Ly"));
    later.insert(QStringLiteral("birthDate"), QStringLiteral("1986-12-31"));
    const QString c = registered(later);

    EXPECT_EQ(sorted(searchIds(*nurse_, "birthYear=1985")), sorted({a, b}));
    EXPECT_EQ(searchIds(*nurse_, "birthYear=1986"), QStringList{c});
    EXPECT_EQ(searchIds(*nurse_, "birthYear=1987"), QStringList{});
    EXPECT_EQ(searchIds(*nurse_, "q=ibrahima&birthYear=1986"), QStringList{c});
    EXPECT_EQ(searchIds(*nurse_, "q=ka&birthYear=1985"), sorted({a, b}));
    EXPECT_EQ(nurse_->get("/api/v1/patients?birthYear=nineteen").status, 400u);
}

TEST_F(PatientsTest, ValidationErrorsAre422WithTheRefusedFields)
{
    QJsonObject nameless = patientJson(QString(), QString());
    expectInvalid(doctor_->post("/api/v1/patients", nameless), QStringLiteral("familyName"));

    QJsonObject unborn = patientJson(QStringLiteral("Future"), QStringLiteral("Child"));
    unborn.insert(QStringLiteral("birthDate"), QStringLiteral("2999-01-01"));
    expectInvalid(doctor_->post("/api/v1/patients", unborn), QStringLiteral("birthDate"));

    QJsonObject both = patientJson(QStringLiteral("Two"), QStringLiteral("Births"));
    both.insert(QStringLiteral("estimatedBirthYear"), 1990);
    expectInvalid(doctor_->post("/api/v1/patients", both), QStringLiteral("estimatedBirthYear"));

    QJsonObject badPhone = patientJson(QStringLiteral("Bad"), QStringLiteral("Phone"));
    badPhone.insert(QStringLiteral("phone"), QStringLiteral("call me maybe"));
    expectInvalid(doctor_->post("/api/v1/patients", badPhone), QStringLiteral("phone"));

    // Nothing was registered by the refused requests.
    EXPECT_EQ(searchIds(*doctor_, "q=future"), QStringList{});
    EXPECT_EQ(searchIds(*doctor_, "q=births"), QStringList{});

    const QString patient = registered(patientJson(QStringLiteral("Valid"), QStringLiteral("Patient")));
    const std::string entries = "/api/v1/patients/" + str(patient) + "/entries";

    QJsonObject emptyDiagnosis = entryJson(EntryKind::Diagnosis);
    QJsonObject body = emptyDiagnosis.value(QStringLiteral("body")).toObject();
    body.insert(QStringLiteral("text"), QString());
    emptyDiagnosis.insert(QStringLiteral("body"), body);
    const HttpResponse diagnosis = doctor_->post(entries, emptyDiagnosis);
    EXPECT_EQ(diagnosis.status, 422u) << diagnosis.describe();
    EXPECT_FALSE(errorFields(diagnosis).isEmpty()) << diagnosis.describe();

    QJsonObject fever = entryJson(EntryKind::Observation);
    fever.insert(QStringLiteral("body"), QJsonObject{{QStringLiteral("vitals"), QJsonObject{{QStringLiteral("temperatureDeciCelsius"), 600}}},
                                                     {QStringLiteral("nursingText"), QString()}});
    const HttpResponse observation = nurse_->post(entries, fever);
    EXPECT_EQ(observation.status, 422u) << observation.describe();
    EXPECT_TRUE(observation.body.find("temperature") != std::string::npos) << observation.describe();

    QJsonObject future = entryJson(EntryKind::Note);
    future.insert(QStringLiteral("recordedAt"), QStringLiteral("2999-01-01T00:00:00.000Z"));
    expectInvalid(doctor_->post(entries, future), QStringLiteral("recordedAt"));

    const QString original = addEntry(*doctor_, patient, entryJson(EntryKind::Note)).value(QStringLiteral("id")).toString();
    expectInvalid(doctor_->post(entries, amendmentJson(entryJson(EntryKind::Note), original, QString())),
                  QStringLiteral("amendmentReason"));

    // A dispensation above what remains of the prescription.
    const QString prescription = addEntry(*doctor_, patient, entryJson(EntryKind::Prescription, {}, 10)).value(QStringLiteral("id")).toString();
    const Account pharmacistAccount = community_->createUser(Role::Pharmacist, QStringLiteral("ph.sene"));
    auto pharmacist = community_->loggedIn(pharmacistAccount);
    expectInvalid(pharmacist->post(entries, entryJson(EntryKind::Dispensation, prescription, 11, true)), QStringLiteral("quantity"));
    EXPECT_EQ(pharmacist->post(entries, entryJson(EntryKind::Dispensation, prescription, 10, true)).status, 201u);
    expectInvalid(pharmacist->post(entries, entryJson(EntryKind::Dispensation, prescription, 1, true)), QStringLiteral("quantity"));

    // Only the valid entries are in the record.
    const QJsonArray stored = readRecord(*doctor_, patient).value(QStringLiteral("entries")).toArray();
    EXPECT_EQ(stored.size(), 3) << "note, prescription, dispensation";

    // A user with a malformed username is refused field by field too.
    const HttpResponse user = community_->admin().post("/api/v1/users", QJsonObject{{QStringLiteral("username"), QStringLiteral("Bad Name")},
                                                                                   {QStringLiteral("displayName"), QStringLiteral("X")},
                                                                                   {QStringLiteral("role"), QStringLiteral("nurse")},
                                                                                   {QStringLiteral("facilityId"), community_->mainFacility()},
                                                                                   {QStringLiteral("password"), kUserPassword}});
    expectInvalid(user, QStringLiteral("username"));
}

TEST_F(PatientsTest, StaleRestEditIsAConflictKeepingBothVersions)
{
    const QString id = registered(patientJson(QStringLiteral("Khady"), QStringLiteral("Faye")));
    const QJsonObject base = readRecord(*nurse_, id).value(QStringLiteral("patient")).toObject();
    ASSERT_EQ(base.value(QStringLiteral("version")).toInt(), 1);

    QJsonObject byDoctor = base;
    byDoctor.insert(QStringLiteral("village"), QStringLiteral("Diourbel"));
    const HttpResponse first = doctor_->put("/api/v1/patients/" + str(id), QJsonObject{{QStringLiteral("baseVersion"), 1},
                                                                                      {QStringLiteral("patient"), byDoctor}});
    ASSERT_EQ(first.status, 200u) << first.describe();
    EXPECT_EQ(first.object().value(QStringLiteral("version")).toInt(), 2);

    QJsonObject byNurse = base;
    byNurse.insert(QStringLiteral("phone"), QStringLiteral("77 000 11 22"));
    const HttpResponse second = nurse_->put("/api/v1/patients/" + str(id), QJsonObject{{QStringLiteral("baseVersion"), 1},
                                                                                      {QStringLiteral("patient"), byNurse}});
    EXPECT_EQ(second.status, 409u) << second.describe();
    EXPECT_EQ(second.errorCode(), QStringLiteral("version_conflict"));

    const QJsonObject record = readRecord(*doctor_, id);
    EXPECT_EQ(record.value(QStringLiteral("patient")).toObject().value(QStringLiteral("village")).toString(), QStringLiteral("Diourbel"));
    EXPECT_EQ(record.value(QStringLiteral("patient")).toObject().value(QStringLiteral("version")).toInt(), 2);
    const QJsonArray conflicts = record.value(QStringLiteral("conflicts")).toArray();
    ASSERT_EQ(conflicts.size(), 1) << toJsonText(record);
    const QJsonObject conflict = conflicts.first().toObject();
    EXPECT_EQ(conflict.value(QStringLiteral("baseVersion")).toInt(), 1);
    EXPECT_EQ(conflict.value(QStringLiteral("authorId")).toString(), nurseAccount_.id);
    EXPECT_EQ(conflict.value(QStringLiteral("proposed")).toObject().value(QStringLiteral("phone")).toString(), QStringLiteral("77 000 11 22"));

    const HttpResponse open = doctor_->get("/api/v1/conflicts");
    ASSERT_EQ(open.status, 200u);
    EXPECT_EQ(open.object().value(QStringLiteral("conflicts")).toArray().size(), 1);

    // A clinician reconciles with a new version on top of the current one.
    QJsonObject merged = record.value(QStringLiteral("patient")).toObject();
    merged.insert(QStringLiteral("phone"), QStringLiteral("77 000 11 22"));
    const HttpResponse resolved = doctor_->put("/api/v1/patients/" + str(id), QJsonObject{{QStringLiteral("baseVersion"), 2},
                                                                                         {QStringLiteral("patient"), merged}});
    ASSERT_EQ(resolved.status, 200u) << resolved.describe();
    EXPECT_TRUE(readRecord(*nurse_, id).value(QStringLiteral("conflicts")).toArray().isEmpty());
    EXPECT_TRUE(doctor_->get("/api/v1/conflicts").object().value(QStringLiteral("conflicts")).toArray().isEmpty());

    // A base version from the future is refused.
    const HttpResponse ahead = doctor_->put("/api/v1/patients/" + str(id), QJsonObject{{QStringLiteral("baseVersion"), 9},
                                                                                      {QStringLiteral("patient"), merged}});
    EXPECT_EQ(ahead.status / 100, 4u) << ahead.describe();
    EXPECT_NE(ahead.status, 200u);
}

TEST_F(PatientsTest, AmendmentsKeepTheWholeChain)
{
    const QString id = registered(patientJson(QStringLiteral("Modou"), QStringLiteral("Seck")));
    const QString original = addEntry(*doctor_, id, entryJson(EntryKind::Diagnosis)).value(QStringLiteral("id")).toString();
    const QJsonObject amendment = addEntry(*doctor_, id, amendmentJson(entryJson(EntryKind::Diagnosis), original, QStringLiteral("Confirmed by test")));
    EXPECT_EQ(amendment.value(QStringLiteral("amends")).toString(), original);
    EXPECT_EQ(amendment.value(QStringLiteral("authorId")).toString(), doctorAccount_.id);
    EXPECT_EQ(amendment.value(QStringLiteral("authorRole")).toString(), QStringLiteral("doctor"));

    const QJsonArray entries = readRecord(*nurse_, id).value(QStringLiteral("entries")).toArray();
    QStringList ids;
    for (const QJsonValue &entry : entries) {
        ids << entry.toObject().value(QStringLiteral("id")).toString();
    }
    EXPECT_EQ(sorted(ids), sorted({original, amendment.value(QStringLiteral("id")).toString()}));

    // A correction of another kind, or of an unknown entry, is refused.
    EXPECT_EQ(doctor_->post("/api/v1/patients/" + str(id) + "/entries", amendmentJson(entryJson(EntryKind::Note), original)).status, 422u);
    EXPECT_EQ(doctor_->post("/api/v1/patients/" + str(id) + "/entries",
                            amendmentJson(entryJson(EntryKind::Diagnosis), uuidToString(newUuidV7())))
                  .status,
              404u);
    // Entries of an unknown patient, unknown or malformed ids.
    EXPECT_EQ(doctor_->post("/api/v1/patients/" + str(uuidToString(newUuidV7())) + "/entries", entryJson(EntryKind::Note)).status, 404u);
    EXPECT_EQ(doctor_->get("/api/v1/patients/" + str(uuidToString(newUuidV7()))).status, 404u);
    EXPECT_EQ(doctor_->get("/api/v1/patients/not-a-uuid").status, 404u);
    // Re-using a patient number is refused.
    QJsonObject copy = patientJson(QStringLiteral("Other"), QStringLiteral("Person"));
    copy.insert(QStringLiteral("number"), readRecord(*doctor_, id).value(QStringLiteral("patient")).toObject().value(QStringLiteral("number")));
    const HttpResponse taken = doctor_->post("/api/v1/patients", copy);
    EXPECT_EQ(taken.status, 409u) << taken.describe();
    EXPECT_EQ(taken.errorCode(), QStringLiteral("number_taken"));
}

// Reads are audited with identifiers; no patient name reaches the audit log or the access log.
TEST_F(PatientsTest, DispensationsCountTheVersionsInEffectOfBothChains)
{
    const QString patient = registered(patientJson(QStringLiteral("Chain"), QStringLiteral("Counted")));
    const std::string entries = "/api/v1/patients/" + str(patient) + "/entries";
    const Account pharmacistAccount = community_->createUser(Role::Pharmacist, QStringLiteral("ph.ndour"));
    auto pharmacist = community_->loggedIn(pharmacistAccount);
    const auto idOf = [](const QJsonObject &entry) { return entry.value(QStringLiteral("id")).toString(); };

    // Prescribed 30, dispensed 10, corrected to 20, then that first dispensation corrected
    // again (a second clinic had the uncorrected version): the correction replaces the 20 in
    // effect, not the 10 it names, so 25 fits (30 - 0 others) and 5 more then fit exactly.
    const QString prescription = idOf(addEntry(*doctor_, patient, entryJson(EntryKind::Prescription, {}, 30)));
    const QString first = idOf(addEntry(*pharmacist, patient, entryJson(EntryKind::Dispensation, prescription, 10)));
    ASSERT_FALSE(first.isEmpty());
    addEntry(*pharmacist, patient, amendmentJson(entryJson(EntryKind::Dispensation, prescription, 20), first));
    const HttpResponse again = pharmacist->post(entries, amendmentJson(entryJson(EntryKind::Dispensation, prescription, 25), first));
    EXPECT_EQ(again.status, 201u) << again.describe();
    expectInvalid(pharmacist->post(entries, entryJson(EntryKind::Dispensation, prescription, 6)), QStringLiteral("quantity"));
    EXPECT_EQ(pharmacist->post(entries, entryJson(EntryKind::Dispensation, prescription, 5, true)).status, 201u);

    // The doctor lowers a prescription to 4: dispensations are checked against the 4 in effect,
    // even when they name the original.
    const QString lowered = idOf(addEntry(*doctor_, patient, entryJson(EntryKind::Prescription, {}, 12)));
    QJsonObject smaller = entryJson(EntryKind::Prescription, {}, 4);
    addEntry(*doctor_, patient, amendmentJson(smaller, lowered));
    expectInvalid(pharmacist->post(entries, entryJson(EntryKind::Dispensation, lowered, 5)), QStringLiteral("quantity"));
    EXPECT_EQ(pharmacist->post(entries, entryJson(EntryKind::Dispensation, lowered, 4, true)).status, 201u);
}

TEST_F(PatientsTest, ReadsAreAuditedWithoutPatientData)
{
    const QString id = registered(patientJson(QStringLiteral("Secretname"), QStringLiteral("Hiddenfamily")));
    ASSERT_EQ(searchIds(*nurse_, "q=secretname").size(), 1);
    readRecord(*nurse_, id);

    const HttpResponse audit = community_->admin().get("/api/v1/audit?action=patient.read&objectId=" + str(id));
    ASSERT_EQ(audit.status, 200u) << audit.describe();
    const QJsonArray records = audit.object().value(QStringLiteral("records")).toArray();
    ASSERT_EQ(records.size(), 1) << audit.describe();
    EXPECT_EQ(records.first().toObject().value(QStringLiteral("actorId")).toString(), nurseAccount_.id);
    EXPECT_EQ(records.first().toObject().value(QStringLiteral("outcome")).toString(), QStringLiteral("ok"));

    const HttpResponse everything = community_->admin().get("/api/v1/audit?limit=1000");
    ASSERT_EQ(everything.status, 200u);
    EXPECT_EQ(everything.body.find("Secretname"), std::string::npos);
    EXPECT_EQ(everything.body.find("secretname"), std::string::npos) << "the typed search text is not audited";
    EXPECT_EQ(everything.body.find("Hiddenfamily"), std::string::npos);

    // The access-log line is written after the answer is sent and read through a pipe: wait
    // (bounded) until it has arrived rather than reading too early.
    std::string log = community_->server().serveStderr();
    for (int tries = 0; log.find("\"GET /api/v1/patients\" 200") == std::string::npos && tries < 100; ++tries) {
        std::this_thread::sleep_for(50ms);
        log = community_->server().serveStderr();
    }
    EXPECT_NE(log.find("\"GET /api/v1/patients\" 200"), std::string::npos) << log;
    EXPECT_EQ(log.find("ecretname"), std::string::npos) << "the access log holds no query string";
    EXPECT_EQ(log.find("iddenfamily"), std::string::npos);
}

} // namespace
} // namespace medinexus::itest
