<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>medinexus::Enum</name>
    <message>
        <location filename="../shared/model/enums.h" line="+46"/>
        <source>Hospital</source>
        <translation>Hospital</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clinic</source>
        <translation>Clinic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pharmacy</source>
        <translation>Pharmacy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Doctor</source>
        <translation>Doctor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nurse</source>
        <translation>Nurse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pharmacist</source>
        <translation>Pharmacist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+29"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Diagnosis</source>
        <translation>Diagnosis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prescription</source>
        <translation>Prescription</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dispensation</source>
        <translation>Dispensation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observation</source>
        <translation>Observation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Provisional</source>
        <translation>Provisional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ruled out</source>
        <translation>Ruled out</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Oral</source>
        <translation>Oral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intravenous</source>
        <translation>Intravenous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intramuscular</source>
        <translation>Intramuscular</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subcutaneous</source>
        <translation>Subcutaneous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topical</source>
        <translation>Topical</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inhaled</source>
        <translation>Inhaled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rectal</source>
        <translation>Rectal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vaginal</source>
        <translation>Vaginal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ophthalmic</source>
        <translation>Ophthalmic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Otic</source>
        <translation>Otic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nasal</source>
        <translation>Nasal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sublingual</source>
        <translation>Sublingual</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Full</source>
        <translation>Full</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partial</source>
        <translation>Partial</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nursing</source>
        <translation>Nursing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Facility</source>
        <translation>Facility</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clinical entry</source>
        <translation>Clinical entry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record access</source>
        <translation>Record access</translation>
    </message>
    <message>
        <location filename="../shared/permissions/permissions.h" line="+37"/>
        <source>Search patients</source>
        <translation>Search patients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read patient records</source>
        <translation>Read patient records</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register patients</source>
        <translation>Register patients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit patient details</source>
        <translation>Edit patient details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolve conflicting patient edits</source>
        <translation>Resolve conflicting patient edits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add diagnoses</source>
        <translation>Add diagnoses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add prescriptions</source>
        <translation>Add prescriptions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add dispensations</source>
        <translation>Add dispensations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add observations</source>
        <translation>Add observations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add notes</source>
        <translation>Add notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manage facilities</source>
        <translation>Manage facilities</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manage users</source>
        <translation>Manage users</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the audit log</source>
        <translation>Read the audit log</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Synchronise clinical data</source>
        <translation>Synchronise clinical data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Synchronise the directory</source>
        <translation>Synchronise the directory</translation>
    </message>
    <message>
        <location filename="../shared/sync/sync_messages.h" line="+109"/>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
</context>
<context>
    <name>medinexus::Migration</name>
    <message>
        <location filename="../shared/storage/migration_runner.cpp" line="+21"/>
        <source>This database was written by a newer version of MediNexus (schema version %1; this version supports up to %2). Update MediNexus to open it.</source>
        <translation>This database was written by a newer version of MediNexus (schema version %1; this version supports up to %2). Update MediNexus to open it.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Upgrading the database failed at step %1 (%2): %3. No changes were saved.</source>
        <translation>Upgrading the database failed at step %1 (%2): %3. No changes were saved.</translation>
    </message>
</context>
<context>
    <name>medinexus::Permissions</name>
    <message>
        <location filename="../shared/permissions/permissions.cpp" line="+37"/>
        <source>Your role (%1) does not allow searching for patients.</source>
        <translation>Your role (%1) does not allow searching for patients.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your role (%1) does not allow reading patient records.</source>
        <translation>Your role (%1) does not allow reading patient records.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your role (%1) does not allow registering patients.</source>
        <translation>Your role (%1) does not allow registering patients.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your role (%1) does not allow editing patient details.</source>
        <translation>Your role (%1) does not allow editing patient details.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your role (%1) does not allow resolving conflicting patient edits.</source>
        <translation>Your role (%1) does not allow resolving conflicting patient edits.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your role (%1) does not allow adding a diagnosis.</source>
        <translation>Your role (%1) does not allow adding a diagnosis.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your role (%1) does not allow adding a prescription.</source>
        <translation>Your role (%1) does not allow adding a prescription.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your role (%1) does not allow adding a dispensation.</source>
        <translation>Your role (%1) does not allow adding a dispensation.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your role (%1) does not allow adding an observation.</source>
        <translation>Your role (%1) does not allow adding an observation.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your role (%1) does not allow adding a note.</source>
        <translation>Your role (%1) does not allow adding a note.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your role (%1) does not allow managing facilities.</source>
        <translation>Your role (%1) does not allow managing facilities.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your role (%1) does not allow managing users.</source>
        <translation>Your role (%1) does not allow managing users.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your role (%1) does not allow reading the audit log.</source>
        <translation>Your role (%1) does not allow reading the audit log.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your role (%1) does not allow synchronising clinical data.</source>
        <translation>Your role (%1) does not allow synchronising clinical data.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your role (%1) does not allow synchronising the directory.</source>
        <translation>Your role (%1) does not allow synchronising the directory.</translation>
    </message>
</context>
<context>
    <name>medinexus::Validation</name>
    <message>
        <location filename="../shared/validation/validator.cpp" line="+96"/>
        <source>This text may not contain control characters such as tabs or line breaks.</source>
        <translation>This text may not contain control characters such as tabs or line breaks.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This text may not contain control characters other than line breaks and tabs.</source>
        <translation>This text may not contain control characters other than line breaks and tabs.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The record version must be at least %1.</source>
        <translation>The record version must be at least %1.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The patient number is missing.</source>
        <translation>The patient number is missing.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A patient number has %1 characters, not counting spaces and hyphens.</source>
        <translation>A patient number has %1 characters, not counting spaces and hyphens.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The patient number contains a character that is not used in patient numbers.</source>
        <translation>The patient number contains a character that is not used in patient numbers.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The patient number is not valid: its last character does not match the others. Check it for a typing error.</source>
        <translation>The patient number is not valid: its last character does not match the others. Check it for a typing error.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The patient number must be recorded in its compact form, %1.</source>
        <translation>The patient number must be recorded in its compact form, %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Give either the date of birth or an estimated year of birth, not both.</source>
        <translation>Give either the date of birth or an estimated year of birth, not both.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the date of birth or, if it is not known, an estimated year of birth.</source>
        <translation>Enter the date of birth or, if it is not known, an estimated year of birth.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The date of birth is not a valid date.</source>
        <translation>The date of birth is not a valid date.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The date of birth cannot be in the future.</source>
        <translation>The date of birth cannot be in the future.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The date of birth cannot be before %1.</source>
        <translation>The date of birth cannot be before %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The estimated year of birth must be between %1 and %2.</source>
        <translation>The estimated year of birth must be between %1 and %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The phone number must be at most %1 characters.</source>
        <translation>The phone number must be at most %1 characters.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A phone number may contain only digits, a + at the start, spaces, hyphens, dots and parentheses.</source>
        <translation>A phone number may contain only digits, a + at the start, spaces, hyphens, dots and parentheses.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A phone number must have between %1 and %2 digits.</source>
        <translation>A phone number must have between %1 and %2 digits.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>At most %1 allergies can be recorded.</source>
        <translation>At most %1 allergies can be recorded.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An allergy cannot be empty.</source>
        <translation>An allergy cannot be empty.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An allergy must be at most %1 characters.</source>
        <translation>An allergy must be at most %1 characters.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The allergy %1 is listed more than once.</source>
        <translation>The allergy %1 is listed more than once.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Enter the diagnosis.</source>
        <translation>Enter the diagnosis.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The diagnosis must be at most %1 characters.</source>
        <translation>The diagnosis must be at most %1 characters.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Write the ICD-10 code in capital letters, without spaces: %1.</source>
        <translation>Write the ICD-10 code in capital letters, without spaces: %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The ICD-10 code is not valid. A code is a letter and two digits, optionally followed by a dot and 1 to 4 letters or digits, for example %1.</source>
        <translation>The ICD-10 code is not valid. A code is a letter and two digits, optionally followed by a dot and 1 to 4 letters or digits, for example %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Enter the medication.</source>
        <translation>Enter the medication.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The medication must be at most %1 characters.</source>
        <translation>The medication must be at most %1 characters.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the dose.</source>
        <translation>Enter the dose.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The dose must be at most %1 characters.</source>
        <translation>The dose must be at most %1 characters.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter how often the medication is taken.</source>
        <translation>Enter how often the medication is taken.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The frequency must be at most %1 characters.</source>
        <translation>The frequency must be at most %1 characters.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The duration must be between %1 and %2 days.</source>
        <translation>The duration must be between %1 and %2 days.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The quantity to dispense must be between %1 and %2.</source>
        <translation>The quantity to dispense must be between %1 and %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the unit of the quantity, for example tablets or bottles.</source>
        <translation>Enter the unit of the quantity, for example tablets or bottles.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The unit must be at most %1 characters.</source>
        <translation>The unit must be at most %1 characters.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The instructions must be at most %1 characters.</source>
        <translation>The instructions must be at most %1 characters.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the prescription being dispensed.</source>
        <translation>Choose the prescription being dispensed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The quantity dispensed must be between %1 and %2.</source>
        <translation>The quantity dispensed must be between %1 and %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+77"/>
        <source>The note must be at most %1 characters.</source>
        <translation>The note must be at most %1 characters.</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Temperature must be between %1 and %2 °C.</source>
        <translation>Temperature must be between %1 and %2 °C.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pulse must be between %1 and %2 beats per minute.</source>
        <translation>Pulse must be between %1 and %2 beats per minute.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Systolic blood pressure must be between %1 and %2 mmHg.</source>
        <translation>Systolic blood pressure must be between %1 and %2 mmHg.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Diastolic blood pressure must be between %1 and %2 mmHg.</source>
        <translation>Diastolic blood pressure must be between %1 and %2 mmHg.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter the diastolic pressure together with the systolic pressure.</source>
        <translation>Enter the diastolic pressure together with the systolic pressure.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the systolic pressure together with the diastolic pressure.</source>
        <translation>Enter the systolic pressure together with the diastolic pressure.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Diastolic pressure (%1 mmHg) must be lower than systolic pressure (%2 mmHg).</source>
        <translation>Diastolic pressure (%1 mmHg) must be lower than systolic pressure (%2 mmHg).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Respiratory rate must be between %1 and %2 breaths per minute.</source>
        <translation>Respiratory rate must be between %1 and %2 breaths per minute.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Oxygen saturation (SpO2) must be between %1 and %2 %.</source>
        <translation>Oxygen saturation (SpO2) must be between %1 and %2 %.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Weight must be between %1 g and %2 kg.</source>
        <translation>Weight must be between %1 g and %2 kg.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enter at least one vital sign or a nursing note.</source>
        <translation>Enter at least one vital sign or a nursing note.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The nursing note must be at most %1 characters.</source>
        <translation>The nursing note must be at most %1 characters.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter the text of the note.</source>
        <translation>Enter the text of the note.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The patient record has no identifier.</source>
        <translation>The patient record has no identifier.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter a family name or a given name.</source>
        <translation>Enter a family name or a given name.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Given names must be at most %1 characters.</source>
        <translation>Given names must be at most %1 characters.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The family name must be at most %1 characters.</source>
        <translation>The family name must be at most %1 characters.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+164"/>
        <source>The village must be at most %1 characters.</source>
        <translation>The village must be at most %1 characters.</translation>
    </message>
    <message>
        <location line="-161"/>
        <source>The address must be at most %1 characters.</source>
        <translation>The address must be at most %1 characters.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The facility where the patient was registered is missing.</source>
        <translation>The facility where the patient was registered is missing.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The entry has no identifier.</source>
        <translation>The entry has no identifier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The entry is not linked to a patient.</source>
        <translation>The entry is not linked to a patient.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The entry has no author.</source>
        <translation>The entry has no author.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The entry does not say at which facility it was written.</source>
        <translation>The entry does not say at which facility it was written.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The entry has no recording time.</source>
        <translation>The entry has no recording time.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The recording time must be in UTC.</source>
        <translation>The recording time must be in UTC.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The recording time is in the future. Check the date and time of this computer.</source>
        <translation>The recording time is in the future. Check the date and time of this computer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The recording time is before %1. Check the date and time of this computer.</source>
        <translation>The recording time is before %1. Check the date and time of this computer.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The entry being corrected is not identified.</source>
        <translation>The entry being corrected is not identified.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An entry cannot correct itself.</source>
        <translation>An entry cannot correct itself.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the reason for this correction.</source>
        <translation>Give the reason for this correction.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A reason for correction is given, but this entry does not correct another one.</source>
        <translation>A reason for correction is given, but this entry does not correct another one.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The reason for the correction must be at most %1 characters.</source>
        <translation>The reason for the correction must be at most %1 characters.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This entry is not marked as a correction.</source>
        <translation>This entry is not marked as a correction.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This correction does not refer to the entry being corrected.</source>
        <translation>This correction does not refer to the entry being corrected.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A correction must concern the same patient as the entry it corrects.</source>
        <translation>A correction must concern the same patient as the entry it corrects.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A correction must be of the same kind as the entry it corrects.</source>
        <translation>A correction must be of the same kind as the entry it corrects.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A corrected dispensation must refer to the same prescription.</source>
        <translation>A corrected dispensation must refer to the same prescription.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This entry is not a dispensation.</source>
        <translation>This entry is not a dispensation.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The entry being dispensed is not a prescription.</source>
        <translation>The entry being dispensed is not a prescription.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This prescription belongs to another patient.</source>
        <translation>This prescription belongs to another patient.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Everything prescribed has already been dispensed.</source>
        <translation>Everything prescribed has already been dispensed.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>More than what remains of the prescription. Still to dispense: %1 %2.</source>
        <translation>More than what remains of the prescription. Still to dispense: %1 %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This dispensation does not complete the prescription (still to dispense afterwards: %1 %2). Mark it as partial.</source>
        <translation>This dispensation does not complete the prescription (still to dispense afterwards: %1 %2). Mark it as partial.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This dispensation completes the prescription. Mark it as full.</source>
        <translation>This dispensation completes the prescription. Mark it as full.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The facility has no identifier.</source>
        <translation>The facility has no identifier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the name of the facility.</source>
        <translation>Enter the name of the facility.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The facility name must be at most %1 characters.</source>
        <translation>The facility name must be at most %1 characters.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The user account has no identifier.</source>
        <translation>The user account has no identifier.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter a username.</source>
        <translation>Enter a username.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A username must have at least %1 characters.</source>
        <translation>A username must have at least %1 characters.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A username must have at most %1 characters.</source>
        <translation>A username must have at most %1 characters.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A username may contain only the letters a to z without accents, digits, dots, hyphens and underscores.</source>
        <translation>A username may contain only the letters a to z without accents, digits, dots, hyphens and underscores.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usernames are written in lower case: %1.</source>
        <translation>Usernames are written in lower case: %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A username must start with a letter.</source>
        <translation>A username must start with a letter.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter the name shown for this user.</source>
        <translation>Enter the name shown for this user.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The display name must be at most %1 characters.</source>
        <translation>The display name must be at most %1 characters.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the facility this user works at.</source>
        <translation>Choose the facility this user works at.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The password must have at least %1 characters.</source>
        <translation>The password must have at least %1 characters.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The password must have at most %1 characters.</source>
        <translation>The password must have at most %1 characters.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The password must not contain the username.</source>
        <translation>The password must not contain the username.</translation>
    </message>
</context>
</TS>
