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
        <location filename="../shared/sync/sync_messages.h" line="+116"/>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <location filename="../shared/model/audit_vocabulary.h" line="+37"/>
        <source>Sign-in</source>
        <translation>Sign-in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-out</source>
        <translation>Sign-out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patient search</source>
        <translation>Patient search</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record opened</source>
        <translation>Record opened</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record opened offline</source>
        <translation>Record opened offline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patient registered</source>
        <translation>Patient registered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patient details changed</source>
        <translation>Patient details changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clinical entry added</source>
        <translation>Clinical entry added</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clinical entry amended</source>
        <translation>Clinical entry amended</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Synchronised change refused</source>
        <translation>Synchronised change refused</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facility created</source>
        <translation>Facility created</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facility changed</source>
        <translation>Facility changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account created</source>
        <translation>Account created</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account changed</source>
        <translation>Account changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password reset</source>
        <translation>Password reset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Own password changed</source>
        <translation>Own password changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit log consulted</source>
        <translation>Audit log consulted</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not found</source>
        <translation>Not found</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too many attempts</source>
        <translation>Too many attempts</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../shared/sync/sync_messages.h" line="+1"/>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already received</source>
        <translation>Already received</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../shared/sync/sync_messages.h" line="+1"/>
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
        <location filename="../client/core/admin/admin_api.cpp" line="+45"/>
        <source>The password must not contain the username.</source>
        <translation>The password must not contain the username.</translation>
    </message>
    <message>
        <location filename="../client/core/admin/admin_api.cpp" line="-18"/>
        <source>This field is required.</source>
        <translation>This field is required.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This value is too short.</source>
        <translation>This value is too short.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This value is too long.</source>
        <translation>This value is too long.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This list has too many items.</source>
        <translation>This list has too many items.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This value is outside the allowed range.</source>
        <translation>This value is outside the allowed range.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This date is in the future.</source>
        <translation>This date is in the future.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This text contains characters that are not allowed.</source>
        <translation>This text contains characters that are not allowed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This item appears twice.</source>
        <translation>This item appears twice.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This value contradicts another field.</source>
        <translation>This value contradicts another field.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server refused this value.</source>
        <translation>The server refused this value.</translation>
    </message>
    <message>
        <location filename="../client/gui/workspace/password_field.cpp" line="+45"/>
        <source>The two passwords are not the same: type it again.</source>
        <translation>The two passwords are not the same: type it again.</translation>
    </message>
    <message>
        <location filename="../client/gui/admin/user_dialog.cpp" line="+224"/>
        <source>You cannot take away your own administrator role: another administrator must do it.</source>
        <translation>You cannot take away your own administrator role: another administrator must do it.</translation>
    </message>
    <message>
        <location filename="../client/gui/login/server_profile_form.cpp" line="+162"/>
        <location line="+109"/>
        <source>Type the server&apos;s address (host:port).</source>
        <translation>Type the server&apos;s address (host:port).</translation>
    </message>
    <message>
        <location line="-103"/>
        <location line="+107"/>
        <source>&quot;%1&quot; is not an address of the form host:port.</source>
        <translation>&quot;%1&quot; is not an address of the form host:port.</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>A fingerprint has 64 hexadecimal digits (pairs may be separated by colons).</source>
        <translation>A fingerprint has 64 hexadecimal digits (pairs may be separated by colons).</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Give the server a name.</source>
        <translation>Give the server a name.</translation>
    </message>
    <message>
        <location filename="../client/gui/record/observation_dialog.cpp" line="+212"/>
        <source>This value is not a number in the expected unit.</source>
        <translation>This value is not a number in the expected unit.</translation>
    </message>
    <message>
        <location filename="../client/gui/record/prescription_dialog.cpp" line="+118"/>
        <source>The duration must be a whole number of days.</source>
        <translation>The duration must be a whole number of days.</translation>
    </message>
    <message>
        <location filename="../client/gui/shell/password_dialogs.cpp" line="+120"/>
        <source>Type your current password.</source>
        <translation>Type your current password.</translation>
    </message>
</context>
<context>
    <name>medinexus::VitalSign</name>
    <message>
        <location filename="../shared/model/vital_signs.cpp" line="+88"/>
        <source>Temperature</source>
        <translation>Temperature</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pulse</source>
        <translation>Pulse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Systolic pressure</source>
        <translation>Systolic pressure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diastolic pressure</source>
        <translation>Diastolic pressure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Respiratory rate</source>
        <translation>Respiratory rate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oxygen saturation (SpO2)</source>
        <translation>Oxygen saturation (SpO2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>°C</source>
        <translation>°C</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>/min</source>
        <comment>beats per minute</comment>
        <translation>/min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mmHg</source>
        <translation>mmHg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>/min</source>
        <comment>breaths per minute</comment>
        <translation>/min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kg</source>
        <translation>kg</translation>
    </message>
</context>
<context>
    <name>medinexus::client::AdminApi</name>
    <message>
        <location filename="../client/core/admin/admin_api.cpp" line="+38"/>
        <source>The server cannot be reached. Administration needs a connection to the server.</source>
        <translation>The server cannot be reached. Administration needs a connection to the server.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your session has ended. Log in again to continue.</source>
        <translation>Your session has ended. Log in again to continue.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your account is not allowed to do this.</source>
        <translation>Your account is not allowed to do this.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The chosen facility does not exist on the server.</source>
        <translation>The chosen facility does not exist on the server.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This item no longer exists on the server. Refresh the list.</source>
        <translation>This item no longer exists on the server. Refresh the list.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This username is already in use.</source>
        <translation>This username is already in use.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The last active administrator cannot be deactivated or given another role.</source>
        <translation>The last active administrator cannot be deactivated or given another role.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone else changed this item in the meantime. Reload it, then make your change again.</source>
        <translation>Someone else changed this item in the meantime. Reload it, then make your change again.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A username cannot be changed.</source>
        <translation>A username cannot be changed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+140"/>
        <source>Some fields are not valid. Correct them and try again.</source>
        <translation>Some fields are not valid. Correct them and try again.</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>Too many attempts. Wait a moment and try again.</source>
        <translation>Too many attempts. Wait a moment and try again.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server is busy. Try again in a moment.</source>
        <translation>The server is busy. Try again in a moment.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server refused the request (error %1).</source>
        <translation>The server refused the request (error %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+22"/>
        <source>The server&apos;s answer could not be read.</source>
        <translation>The server&apos;s answer could not be read.</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>The server failed to process the request (error %1).</source>
        <translation>The server failed to process the request (error %1).</translation>
    </message>
</context>
<context>
    <name>medinexus::client::ApiClient</name>
    <message>
        <location filename="../client/core/net/api_client.cpp" line="+72"/>
        <source>The server at %1 refused the connection.</source>
        <translation>The server at %1 refused the connection.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server name in %1 could not be found.</source>
        <translation>The server name in %1 could not be found.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server at %1 closed the connection.</source>
        <translation>The server at %1 closed the connection.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server at %1 cannot be reached.</source>
        <translation>The server at %1 cannot be reached.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The answer of the server at %1 is not valid JSON (HTTP %2).</source>
        <translation>The answer of the server at %1 is not valid JSON (HTTP %2).</translation>
    </message>
    <message>
        <location line="+88"/>
        <location line="+123"/>
        <location line="+35"/>
        <source>The request was cancelled.</source>
        <translation>The request was cancelled.</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>&quot;%1&quot; is not a server address (host:port).</source>
        <translation>&quot;%1&quot; is not a server address (host:port).</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>The server&apos;s certificate is not the one this server profile trusts.</source>
        <translation>The server&apos;s certificate is not the one this server profile trusts.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The server at %1 did not answer within %2 s.</source>
        <translation>The server at %1 did not answer within %2 s.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The answer of the server at %1 is too large.</source>
        <translation>The answer of the server at %1 is too large.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The secure connection to %1 failed.</source>
        <translation>The secure connection to %1 failed.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The server at %1 did not give a valid HTTP answer.</source>
        <translation>The server at %1 did not give a valid HTTP answer.</translation>
    </message>
</context>
<context>
    <name>medinexus::client::CacheKeyVault</name>
    <message>
        <location filename="../client/core/security/cache_key_vault.cpp" line="+50"/>
        <source>a wrapped cache key already exists in %1</source>
        <translation>a wrapped cache key already exists in %1</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>cannot remove the wrapped cache key %1: %2</source>
        <translation>cannot remove the wrapped cache key %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no wrapped cache key in %1</source>
        <translation>no wrapped cache key in %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <source>cannot read the wrapped cache key %1: %2</source>
        <translation>cannot read the wrapped cache key %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the wrapped cache key %1 is damaged or of an unknown version</source>
        <translation>the wrapped cache key %1 is damaged or of an unknown version</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot create the folder %1</source>
        <translation>cannot create the folder %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+4"/>
        <source>cannot write the wrapped cache key %1: %2</source>
        <translation>cannot write the wrapped cache key %1: %2</translation>
    </message>
</context>
<context>
    <name>medinexus::client::Keychain</name>
    <message>
        <location filename="../client/core/security/keychain.cpp" line="+43"/>
        <location line="+3"/>
        <source>no D-Bus session bus</source>
        <translation>no D-Bus session bus</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no keychain service (Secret Service or KWallet) on the D-Bus session bus</source>
        <translation>no keychain service (Secret Service or KWallet) on the D-Bus session bus</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>no keychain entry for this account</source>
        <translation>no keychain entry for this account</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+19"/>
        <source>keychain unavailable: %1</source>
        <translation>keychain unavailable: %1</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>keychain error: %1</source>
        <translation>keychain error: %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>the keychain did not answer in time (it may be locked or waiting for the user)</source>
        <translation>the keychain did not answer in time (it may be locked or waiting for the user)</translation>
    </message>
</context>
<context>
    <name>medinexus::client::LocalChanges</name>
    <message>
        <location filename="../client/core/cache/local_changes.cpp" line="+71"/>
        <location line="+46"/>
        <location line="+16"/>
        <source>The patient&apos;s details are not valid.</source>
        <translation>The patient&apos;s details are not valid.</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>This patient is already registered.</source>
        <translation>This patient is already registered.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This patient number is already in use.</source>
        <translation>This patient number is already in use.</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+61"/>
        <source>This patient is not in the local records.</source>
        <translation>This patient is not in the local records.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The entry is not valid.</source>
        <translation>The entry is not valid.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The entry to correct is not in the local records.</source>
        <translation>The entry to correct is not in the local records.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The correction does not match the entry it corrects.</source>
        <translation>The correction does not match the entry it corrects.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The prescription is not in the local records.</source>
        <translation>The prescription is not in the local records.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The dispensation does not match the prescription.</source>
        <translation>The dispensation does not match the prescription.</translation>
    </message>
</context>
<context>
    <name>medinexus::client::LoginService</name>
    <message>
        <location filename="../client/core/session/login_service.cpp" line="+57"/>
        <source>The server cannot be reached, and this account has never been used online on this computer. Connect to the network and try again.</source>
        <translation>The server cannot be reached, and this account has never been used online on this computer. Connect to the network and try again.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server&apos;s certificate is not the one this profile trusts. It may be an impostor: nothing was sent. Ask your administrator.</source>
        <translation>The server&apos;s certificate is not the one this profile trusts. It may be an impostor: nothing was sent. Ask your administrator.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The server no longer accepts this account or password. Offline access on this computer has ended. Ask your administrator.</source>
        <translation>The server no longer accepts this account or password. Offline access on this computer has ended. Ask your administrator.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+111"/>
        <source>Wrong username or password.</source>
        <translation>Wrong username or password.</translation>
    </message>
    <message numerus="yes">
        <location line="-104"/>
        <source>Too many failed attempts. Wait %n second(s) and try again.</source>
        <comment>login throttled</comment>
        <translation>
            <numerusform>Too many failed attempts. Wait %n second and try again.</numerusform>
            <numerusform>Too many failed attempts. Wait %n seconds and try again.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server could not log you in (HTTP %1).</source>
        <translation>The server could not log you in (HTTP %1).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The server&apos;s answer could not be read.</source>
        <translation>The server&apos;s answer could not be read.</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+63"/>
        <source>The local records cannot be opened: %1</source>
        <translation>The local records cannot be opened: %1</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>This account has never been used online on this computer: offline work needs one online login first.</source>
        <translation>This account has never been used online on this computer: offline work needs one online login first.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The local key file is damaged.</source>
        <translation>The local key file is damaged.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Offline access for this account has ended. Connect to the server to log in.</source>
        <translation>Offline access for this account has ended. Connect to the server to log in.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Offline access has expired: log in once while connected to the server.</source>
        <translation>Offline access has expired: log in once while connected to the server.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The local records do not name their user.</source>
        <translation>The local records do not name their user.</translation>
    </message>
</context>
<context>
    <name>medinexus::client::NotificationChannel</name>
    <message>
        <location filename="../client/core/net/notification_channel.cpp" line="+65"/>
        <source>&quot;%1&quot; is not a server address (host:port).</source>
        <translation>&quot;%1&quot; is not a server address (host:port).</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The server&apos;s certificate is not the one this server profile trusts.</source>
        <translation>The server&apos;s certificate is not the one this server profile trusts.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The notification channel to %1 failed: %2</source>
        <translation>The notification channel to %1 failed: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The notification channel to %1 was closed (%2).</source>
        <translation>The notification channel to %1 was closed (%2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server at %1 stopped answering on the notification channel.</source>
        <translation>The server at %1 stopped answering on the notification channel.</translation>
    </message>
</context>
<context>
    <name>medinexus::client::SyncEngine</name>
    <message>
        <location filename="../client/core/sync/sync_engine.cpp" line="+243"/>
        <source>No server answered; working offline.</source>
        <translation>No server answered; working offline.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server&apos;s certificate is not the one this profile trusts. Nothing was sent. Ask your administrator.</source>
        <translation>The server&apos;s certificate is not the one this profile trusts. Nothing was sent. Ask your administrator.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your session has ended: log in again to synchronise.</source>
        <translation>Your session has ended: log in again to synchronise.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server is busy or restarting; retrying shortly.</source>
        <translation>The server is busy or restarting; retrying shortly.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server refused the synchronisation (HTTP %1).</source>
        <translation>The server refused the synchronisation (HTTP %1).</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+8"/>
        <location line="+21"/>
        <location line="+7"/>
        <location line="+28"/>
        <source>The server&apos;s answer could not be read.</source>
        <translation>The server&apos;s answer could not be read.</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>This account has been deactivated.</source>
        <translation>This account has been deactivated.</translation>
    </message>
</context>
<context>
    <name>medinexus::client::SyncWorker</name>
    <message>
        <location filename="../client/core/sync/sync_worker.cpp" line="+27"/>
        <source>Synchronisation cannot start: %1</source>
        <translation>Synchronisation cannot start: %1</translation>
    </message>
</context>
<context>
    <name>medinexus::client::TlsTrust</name>
    <message>
        <location filename="../client/core/net/tls_trust.cpp" line="+94"/>
        <source>The server&apos;s certificate is not trusted: %1</source>
        <translation>The server&apos;s certificate is not trusted: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server presented no certificate.</source>
        <translation>The server presented no certificate.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server&apos;s certificate (SHA-256 %1) is not the one this server profile trusts (SHA-256 %2).</source>
        <translation>The server&apos;s certificate (SHA-256 %1) is not the one this server profile trusts (SHA-256 %2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server&apos;s certificate is expired or not yet valid.</source>
        <translation>The server&apos;s certificate is expired or not yet valid.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server&apos;s certificate is refused: %1</source>
        <translation>The server&apos;s certificate is refused: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;%1&quot; is not a server address (host:port).</source>
        <translation>&quot;%1&quot; is not a server address (host:port).</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No answer from %1 within %2 s.</source>
        <translation>No answer from %1 within %2 s.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot reach %1: %2</source>
        <translation>Cannot reach %1: %2</translation>
    </message>
</context>
<context>
    <name>medinexus::client::UserSession</name>
    <message>
        <location filename="../client/core/session/user_session.cpp" line="+77"/>
        <source>The password can only be changed while connected to the server.</source>
        <translation>The password can only be changed while connected to the server.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The current password is wrong.</source>
        <translation>The current password is wrong.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The new password does not meet the password rules.</source>
        <translation>The new password does not meet the password rules.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server could not change the password (HTTP %1).</source>
        <translation>The server could not change the password (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>medinexus::client::gui::AdminFeedback</name>
    <message>
        <location filename="../client/gui/admin/admin_feedback.cpp" line="+21"/>
        <source>Administration needs a connection to the server. Facilities, accounts and the audit log are kept on the server: sign in again when it can be reached.</source>
        <translation>Administration needs a connection to the server. Facilities, accounts and the audit log are kept on the server: sign in again when it can be reached.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The server refused the request (HTTP status %1).</source>
        <translation>The server refused the request (HTTP status %1).</translation>
    </message>
</context>
<context>
    <name>medinexus::client::gui::AdminPanel</name>
    <message>
        <location filename="../client/gui/admin/admin_panel.cpp" line="+21"/>
        <source>&amp;Facilities</source>
        <translation>&amp;Facilities</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Accounts</source>
        <translation>&amp;Accounts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit &amp;log</source>
        <translation>Audit &amp;log</translation>
    </message>
</context>
<context>
    <name>medinexus::client::gui::AuditLogPage</name>
    <message>
        <location filename="../client/gui/admin/audit_log_page.cpp" line="+62"/>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Until:</source>
        <translation>&amp;Until:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load &amp;more</source>
        <translation>Load &amp;more</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+112"/>
        <source>Anyone</source>
        <translation>Anyone</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>Any action</source>
        <translation>Any action</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Identifier of a patient, entry, account…</source>
        <translation>Identifier of a patient, entry, account…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Object type</source>
        <translation>Object type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Object</source>
        <translation>Object</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Action:</source>
        <translation>&amp;Action:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Object:</source>
        <translation>&amp;Object:</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The start of the period must come before its end.</source>
        <translation>The start of the period must come before its end.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Nothing in the log matches these filters.</source>
        <translation>Nothing in the log matches these filters.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n row(s) shown.</source>
        <comment>audit log</comment>
        <translation>
            <numerusform>%n row shown.</numerusform>
            <numerusform>%n rows shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>medinexus::client::gui::ChangePasswordDialog</name>
    <message>
        <location filename="../client/gui/shell/password_dialogs.cpp" line="-44"/>
        <source>Change my password</source>
        <translation>Change my password</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Current password:</source>
        <translation>&amp;Current password:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New password:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Con&amp;firm the new password:</source>
        <translation>Con&amp;firm the new password:</translation>
    </message>
</context>
<context>
    <name>medinexus::client::gui::ClientController</name>
    <message>
        <location filename="../client/gui/shell/client_controller.cpp" line="+116"/>
        <source>MediNexus</source>
        <translation>MediNexus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The local records cannot be opened: %1</source>
        <translation>The local records cannot be opened: %1</translation>
    </message>
    <message>
        <location line="+125"/>
        <location line="+4"/>
        <source>Change my password</source>
        <translation>Change my password</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your password has been changed.</source>
        <translation>Your password has been changed.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Your account has been deactivated or its password reset by an administrator. Ask your administrator, then log in again.</source>
        <translation>Your account has been deactivated or its password reset by an administrator. Ask your administrator, then log in again.</translation>
    </message>
</context>
<context>
    <name>medinexus::client::gui::ConflictComparisonModel</name>
    <message>
        <location filename="../client/gui/conflicts/conflict_comparison_model.cpp" line="+34"/>
        <source>Family name</source>
        <translation>Family name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Given names</source>
        <translation>Given names</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Birth</source>
        <translation>Birth</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allergies</source>
        <translation>Allergies</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>None known</source>
        <translation>None known</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>%1: %2 (the same in every version)</source>
        <translation>%1: %2 (the same in every version)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 (kept)</source>
        <translation>%1: %2 (kept)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>medinexus::client::gui::ConflictsView</name>
    <message>
        <location filename="../client/gui/conflicts/conflicts_view.cpp" line="+43"/>
        <source>No conflicts</source>
        <translation>No conflicts</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Open the record</source>
        <translation>&amp;Open the record</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Resolve</source>
        <translation>&amp;Resolve</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Patients with conflicting versions</source>
        <translation>Patients with conflicting versions</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This patient was changed at two places on the same version. For each highlighted line, check the value to keep (the server&apos;s until you choose another: click it or press Space), then Resolve.</source>
        <translation>This patient was changed at two places on the same version. For each highlighted line, check the value to keep (the server&apos;s until you choose another: click it or press Space), then Resolve.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Versions of the patient, field by field</source>
        <translation>Versions of the patient, field by field</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Click a version&apos;s title to keep all its values.</source>
        <translation>Click a version&apos;s title to keep all its values.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save the checked values as the patient&apos;s version for every clinic.</source>
        <translation>Save the checked values as the patient&apos;s version for every clinic.</translation>
    </message>
    <message>
        <location line="+82"/>
        <location line="+63"/>
        <source>The conflicts could not be read from this computer.</source>
        <translation>The conflicts could not be read from this computer.</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Patient not on this computer</source>
        <translation>Patient not on this computer</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 (%2): %n other version(s)</source>
        <comment>conflict list</comment>
        <translation>
            <numerusform>%1 (%2): %n other version</numerusform>
            <numerusform>%1 (%2): %n other versions</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolved, waiting for the next sync</source>
        <translation>Resolved, waiting for the next sync</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Proposed by %1
%2
%3</source>
        <translation>Proposed by %1
%2
%3</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This patient is not on this computer.</source>
        <translation>This patient is not on this computer.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>On the server
(version %1)</source>
        <translation>On the server
(version %1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Keep all from the server</source>
        <translation>Keep all from the server</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Take all from this version</source>
        <translation>Take all from this version</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep every value of the server&apos;s version</source>
        <translation>Keep every value of the server&apos;s version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take every value of proposed version %1</source>
        <translation>Take every value of proposed version %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Your resolution is saved on this computer. The conflict closes for every clinic at the next sync.</source>
        <translation>Your resolution is saved on this computer. The conflict closes for every clinic at the next sync.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The resolution could not be saved on this computer. Nothing was changed.</source>
        <translation>The resolution could not be saved on this computer. Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>medinexus::client::gui::Correction</name>
    <message>
        <location filename="../client/gui/record/correction_text.cpp" line="+22"/>
        <source>Corrects the diagnosis of %1: %2</source>
        <translation>Corrects the diagnosis of %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Corrects the prescription of %1: %2</source>
        <translation>Corrects the prescription of %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Corrects the dispensation of %1: %2</source>
        <translation>Corrects the dispensation of %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Corrects the observation of %1: %2</source>
        <translation>Corrects the observation of %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Corrects the note of %1: %2</source>
        <translation>Corrects the note of %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Corrects the entry of %1: %2</source>
        <translation>Corrects the entry of %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reason: %1</source>
        <translation>Reason: %1</translation>
    </message>
</context>
<context>
    <name>medinexus::client::gui::DiagnosisDialog</name>
    <message>
        <location filename="../client/gui/record/diagnosis_dialog.cpp" line="+19"/>
        <source>Correct a diagnosis</source>
        <translation>Correct a diagnosis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a diagnosis</source>
        <translation>Add a diagnosis</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The diagnosis in your words</source>
        <translation>The diagnosis in your words</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Diagnosis:</source>
        <translation>&amp;Diagnosis:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Optional, e.g. B54 or J18.9</source>
        <translation>Optional, e.g. B54 or J18.9</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ICD-10 &amp;code:</source>
        <translation>ICD-10 &amp;code:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
</context>
<context>
    <name>medinexus::client::gui::DispensationCorrectionDialog</name>
    <message>
        <location filename="../client/gui/record/dispensation_correction_dialog.cpp" line="+24"/>
        <source>Correct a dispensation</source>
        <translation>Correct a dispensation</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Prescription:</source>
        <translation>Prescription:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Quantity handed over:</source>
        <translation>&amp;Quantity handed over:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Dispensation:</source>
        <translation>&amp;Dispensation:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote:</translation>
    </message>
</context>
<context>
    <name>medinexus::client::gui::EntryDialog</name>
    <message>
        <location filename="../client/gui/record/entry_dialog.cpp" line="+60"/>
        <source>Why is this entry corrected? (required)</source>
        <translation>Why is this entry corrected? (required)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R&amp;eason for the correction:</source>
        <translation>R&amp;eason for the correction:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save the entry (Ctrl+Enter)</source>
        <translation>Save the entry (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close without saving (Esc)</source>
        <translation>Close without saving (Esc)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The entry was not saved. Please correct the marked fields.</source>
        <translation>The entry was not saved. Please correct the marked fields.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The entry could not be written to the local records, so it was not saved. Try again; if it happens again, tell your administrator.</source>
        <translation>The entry could not be written to the local records, so it was not saved. Try again; if it happens again, tell your administrator.</translation>
    </message>
</context>
<context>
    <name>medinexus::client::gui::EntryText</name>
    <message numerus="yes">
        <location filename="../client/gui/workspace/entry_text.cpp" line="+22"/>
        <source>for %n day(s)</source>
        <comment>duration</comment>
        <translation>
            <numerusform>for %n day</numerusform>
            <numerusform>for %n days</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 (%3 %4)</source>
        <translation>%1: %2 (%3 %4)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>BP %1/%2 mmHg</source>
        <translation>BP %1/%2 mmHg</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 %2 dispensed (full)</source>
        <translation>%1 %2 dispensed (full)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2 dispensed (partial)</source>
        <translation>%1 %2 dispensed (partial)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>%n month(s)</source>
        <comment>age</comment>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n year(s)</source>
        <comment>age</comment>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>about %1</source>
        <translation>about %1</translation>
    </message>
</context>
<context>
    <name>medinexus::client::gui::FacilitiesPage</name>
    <message>
        <location filename="../client/gui/admin/facilities_page.cpp" line="+28"/>
        <source>&amp;New facility…</source>
        <translation>&amp;New facility…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+164"/>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deactivate</translation>
    </message>
    <message>
        <location line="-163"/>
        <source>Re&amp;load</source>
        <translation>Re&amp;load</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Facilities</source>
        <translation>Facilities</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inactive</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>&amp;Reactivate</source>
        <translation>&amp;Reactivate</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The facility “%1” was created.</source>
        <translation>The facility “%1” was created.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The facility “%1” was saved.</source>
        <translation>The facility “%1” was saved.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Deactivate facility</source>
        <translation>Deactivate facility</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deactivate “%1”? Its records keep naming it, but it can no longer be chosen for new accounts.</source>
        <translation>Deactivate “%1”? Its records keep naming it, but it can no longer be chosen for new accounts.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The facility “%1” was reactivated.</source>
        <translation>The facility “%1” was reactivated.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The facility “%1” was deactivated.</source>
        <translation>The facility “%1” was deactivated.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Somebody else changed the facility “%1” in the meantime, so nothing was saved. The list now shows its current state.</source>
        <translation>Somebody else changed the facility “%1” in the meantime, so nothing was saved. The list now shows its current state.</translation>
    </message>
</context>
<context>
    <name>medinexus::client::gui::FacilityDialog</name>
    <message>
        <location filename="../client/gui/admin/facility_dialog.cpp" line="+31"/>
        <source>Edit facility</source>
        <translation>Edit facility</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New facility</source>
        <translation>New facility</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Village:</source>
        <translation>&amp;Village:</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Somebody else changed this facility in the meantime, so your changes were not saved. The list has been reloaded: open the facility again to edit its current version.</source>
        <translation>Somebody else changed this facility in the meantime, so your changes were not saved. The list has been reloaded: open the facility again to edit its current version.</translation>
    </message>
</context>
<context>
    <name>medinexus::client::gui::FirstRunLanguagePage</name>
    <message>
        <location filename="../client/gui/login/first_run_wizard.cpp" line="+76"/>
        <source>Welcome to MediNexus</source>
        <translation>Welcome to MediNexus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This short setup connects this computer to your community&apos;s server.</source>
        <translation>This short setup connects this computer to your community&apos;s server.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the language of MediNexus. You can change it later in the login window or in the Settings menu.</source>
        <translation>Choose the language of MediNexus. You can change it later in the login window or in the Settings menu.</translation>
    </message>
</context>
<context>
    <name>medinexus::client::gui::FirstRunServerPage</name>
    <message>
        <location line="+60"/>
        <source>Your community&apos;s server</source>
        <translation>Your community&apos;s server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the address your administrator gave you and check the server. Compare the fingerprint shown with theirs, or paste theirs and MediNexus compares.</source>
        <translation>Type the address your administrator gave you and check the server. Compare the fingerprint shown with theirs, or paste theirs and MediNexus compares.</translation>
    </message>
</context>
<context>
    <name>medinexus::client::gui::FirstRunSummaryPage</name>
    <message>
        <location line="+60"/>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check what you chose, then press Finish.</source>
        <translation>Check what you chose, then press Finish.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate (SHA-256):</source>
        <translation>Certificate (SHA-256):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next, log in with the user name and password your administrator gave you. If you have none yet, ask them for an account.</source>
        <translation>Next, log in with the user name and password your administrator gave you. If you have none yet, ask them for an account.</translation>
    </message>
</context>
<context>
    <name>medinexus::client::gui::FirstRunWizard</name>
    <message>
        <location line="+55"/>
        <source>MediNexus: first start</source>
        <translation>MediNexus: first start</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Finish</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Server not saved</source>
        <translation>Server not saved</translation>
    </message>
</context>
<context>
    <name>medinexus::client::gui::LoginDialog</name>
    <message>
        <location filename="../client/gui/login/login_dialog.cpp" line="+144"/>
        <source>MediNexus: log in</source>
        <translation>MediNexus: log in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MediNexus</source>
        <translation>MediNexus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a server (first contact: check its fingerprint)</source>
        <translation>Add a server (first contact: check its fingerprint)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work &amp;offline (without contacting the server)</source>
        <translation>Work &amp;offline (without contacting the server)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Log in</source>
        <translation>&amp;Log in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The list of servers cannot be read: %1</source>
        <translation>The list of servers cannot be read: %1</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+17"/>
        <source>Server not saved</source>
        <translation>Server not saved</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove the server</source>
        <translation>Remove the server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove &quot;%1&quot; from this list? The records already on this computer stay on it.</source>
        <translation>Remove &quot;%1&quot; from this list? The records already on this computer stay on it.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Server not removed</source>
        <translation>Server not removed</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Logging in…</source>
        <translation>Logging in…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add a server first.</source>
        <translation>Add a server first.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Type your user name and password.</source>
        <translation>Type your user name and password.</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>Try again in %n second(s).</source>
        <comment>throttled</comment>
        <translation>
            <numerusform>Try again in %n second.</numerusform>
            <numerusform>Try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>medinexus::client::gui::MainWindow</name>
    <message>
        <location filename="../client/gui/shell/main_window.cpp" line="+36"/>
        <source>MediNexus — %1 (%2)</source>
        <translation>MediNexus — %1 (%2)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Patients</source>
        <translation>&amp;Patients</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Counter</source>
        <translation>&amp;Counter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;onflicts</source>
        <translation>C&amp;onflicts</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Administration</source>
        <translation>&amp;Administration</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>You are working offline: what you record is kept on this computer and sent when the server answers again.</source>
        <translation>You are working offline: what you record is kept on this computer and sent when the server answers again.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Your session on the server has ended. Keep working: your changes are kept. Use File &gt; Sign in again to synchronise.</source>
        <translation>Your session on the server has ended. Keep working: your changes are kept. Use File &gt; Sign in again to synchronise.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Synchronise now</source>
        <translation>&amp;Synchronise now</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign &amp;in again…</source>
        <translation>Sign &amp;in again…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change &amp;password…</source>
        <translation>Change &amp;password…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Refused changes…</source>
        <translation>&amp;Refused changes…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Log out</source>
        <translation>&amp;Log out</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Patient</source>
        <translation>&amp;Patient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find a patient</source>
        <translation>&amp;Find a patient</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Register a patient…</source>
        <translation>&amp;Register a patient…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About MediNexus</source>
        <translation>&amp;About MediNexus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About MediNexus</source>
        <translation>About MediNexus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;MediNexus %1&lt;/b&gt;&lt;p&gt;Medical records for communities of hospitals, clinics and pharmacies.&lt;/p&gt;&lt;p&gt;Free software under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;b&gt;MediNexus %1&lt;/b&gt;&lt;p&gt;Medical records for communities of hospitals, clinics and pharmacies.&lt;/p&gt;&lt;p&gt;Free software under the GNU GPL, version 3 or later.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Quit MediNexus</source>
        <translation>Quit MediNexus</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n change(s) have not reached the server yet. They are kept on this computer and sent at the next login. Quit now?</source>
        <comment>pending at exit</comment>
        <translation>
            <numerusform>%n change has not reached the server yet. It is kept on this computer and sent at the next login. Quit now?</numerusform>
            <numerusform>%n changes have not reached the server yet. They are kept on this computer and sent at the next login. Quit now?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>medinexus::client::gui::NoteDialog</name>
    <message>
        <location filename="../client/gui/record/note_dialog.cpp" line="+37"/>
        <source>Correct a note</source>
        <translation>Correct a note</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a note</source>
        <translation>Add a note</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Category:</source>
        <translation>&amp;Category:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The note</source>
        <translation>The note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
</context>
<context>
    <name>medinexus::client::gui::ObservationDialog</name>
    <message>
        <location filename="../client/gui/record/observation_dialog.cpp" line="-151"/>
        <source>Correct an observation</source>
        <translation>Correct an observation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record vital signs and nursing observations</source>
        <translation>Record vital signs and nursing observations</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Temperature:</source>
        <translation>&amp;Temperature:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Pulse:</source>
        <translation>&amp;Pulse:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Systolic blood pressure</source>
        <translation>Systolic blood pressure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diastolic blood pressure</source>
        <translation>Diastolic blood pressure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Blood pressure:</source>
        <translation>&amp;Blood pressure:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Respiratory rate:</source>
        <translation>&amp;Respiratory rate:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;SpO2:</source>
        <translation>&amp;SpO2:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Weight:</source>
        <translation>&amp;Weight:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Clinical evolution, care given (optional when vital signs are entered)</source>
        <translation>Clinical evolution, care given (optional when vital signs are entered)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Nursing observations:</source>
        <translation>&amp;Nursing observations:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 to %2, empty when not measured</source>
        <translation>%1 to %2, empty when not measured</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Usual range: %1 to %2</source>
        <translation>Usual range: %1 to %2</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>high</source>
        <translation>high</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>low</source>
        <translation>low</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2 is outside the usual range (%3 to %4).</source>
        <translation>%1 %2 is outside the usual range (%3 to %4).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Check the values; they will be saved as typed.</source>
        <translation>Check the values; they will be saved as typed.</translation>
    </message>
</context>
<context>
    <name>medinexus::client::gui::PasswordField</name>
    <message numerus="yes">
        <location filename="../client/gui/workspace/password_field.cpp" line="-11"/>
        <source>At least %n characters, not containing the username.</source>
        <comment>password rule</comment>
        <translation>
            <numerusform>At least %n character, not containing the username.</numerusform>
            <numerusform>At least %n characters, not containing the username.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>medinexus::client::gui::PatientFormDialog</name>
    <message>
        <location filename="../client/gui/patients/patient_form_dialog.cpp" line="+90"/>
        <source>Register a new patient</source>
        <translation>Register a new patient</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit the details of %1</source>
        <translation>Edit the details of %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Choose</source>
        <translation>Choose</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date of &amp;birth:</source>
        <translation>Date of &amp;birth:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date unknown, &amp;estimated year:</source>
        <translation>Date unknown, &amp;estimated year:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not entered</source>
        <translation>Not entered</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Estimated year of birth</source>
        <translation>Estimated year of birth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. %1</source>
        <translation>e.g. %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>One substance per line; leave empty when none is known.</source>
        <translation>One substance per line; leave empty when none is known.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Family name:</source>
        <translation>&amp;Family name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Given names:</source>
        <translation>&amp;Given names:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sex:</source>
        <translation>&amp;Sex:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Village:</source>
        <translation>&amp;Village:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ddress:</source>
        <translation>A&amp;ddress:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;llergies:</source>
        <translation>A&amp;llergies:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Register</source>
        <translation>&amp;Register</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>The records on this computer could not be read, so possible duplicates could not be checked. Nothing was registered.</source>
        <translation>The records on this computer could not be read, so possible duplicates could not be checked. Nothing was registered.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The patient could not be saved on this computer. Nothing was changed.</source>
        <translation>The patient could not be saved on this computer. Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>medinexus::client::gui::PatientHeader</name>
    <message>
        <location filename="../client/gui/record/patient_header.cpp" line="+50"/>
        <source>Patient number</source>
        <translation>Patient number</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Allergies</source>
        <translation>Allergies</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Two versions of this patient&apos;s details disagree: the conflict must be resolved.</source>
        <translation>Two versions of this patient&apos;s details disagree: the conflict must be resolved.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Active diagnoses:</source>
        <translation>Active diagnoses:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current prescriptions:</source>
        <translation>Current prescriptions:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Age unknown</source>
        <translation>Age unknown</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (born %2)</source>
        <translation>%1 (born %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone: %1</source>
        <translation>Phone: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village: %1</source>
        <translation>Village: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No known allergies</source>
        <translation>No known allergies</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ALLERGIES: %1</source>
        <translation>ALLERGIES: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+8"/>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>%1 — still to dispense: %2 %3</source>
        <translation>%1 — still to dispense: %2 %3</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n entry(ies) not yet sent to the server.</source>
        <comment>pending entries</comment>
        <translation>
            <numerusform>%n entry not yet sent to the server.</numerusform>
            <numerusform>%n entries not yet sent to the server.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>medinexus::client::gui::PatientRecordView</name>
    <message>
        <location filename="../client/gui/record/patient_record_view.cpp" line="+47"/>
        <source>&amp;Diagnosis…</source>
        <translation>%n entry(ies) not yet sent to the server.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a diagnosis</source>
        <translation>Add a diagnosis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Prescription…</source>
        <translation>Add a diagnosis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a prescription</source>
        <translation>Add a prescription</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Vital signs…</source>
        <translation>Add a prescription</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record vital signs and nursing observations</source>
        <translation>Record vital signs and nursing observations</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Note…</source>
        <translation>Record vital signs and nursing observations</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a note</source>
        <translation>Add a note</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Correct…</source>
        <translation>Add a note</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Correct the selected entry</source>
        <translation>Correct the selected entry</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pr&amp;int…</source>
        <translation>Correct the selected entry</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print the selected prescription</source>
        <translation>Print the selected prescription</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit de&amp;tails…</source>
        <translation>Print the selected prescription</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the patient&apos;s details</source>
        <translation>Edit the patient&apos;s details</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>All entries</source>
        <translation>All entries</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diagnoses</source>
        <translation>Diagnoses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prescriptions</source>
        <translation>Prescriptions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dispensations</source>
        <translation>Dispensations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observations</source>
        <translation>Observations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>S&amp;how:</source>
        <translation>S&amp;how:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clinical entries, newest first</source>
        <translation>Clinical entries, newest first</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Selected entry</source>
        <translation>Selected entry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select an entry to read it in full.</source>
        <translation>Select an entry to read it in full.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>This patient is not in the records of this computer.</source>
        <translation>This patient is not in the records of this computer.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>%1. Select an entry first.</source>
        <translation>%1. Select an entry first.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1. Select a prescription first.</source>
        <translation>%1. Select a prescription first.</translation>
    </message>
</context>
<context>
    <name>medinexus::client::gui::PatientResultsModel</name>
    <message>
        <location filename="../client/gui/patients/patient_results_model.cpp" line="+23"/>
        <source>%1 (%2)</source>
        <comment>age (birth date)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Patient number</source>
        <translation>Patient number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Age (birth)</source>
        <translation>Age (birth)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
</context>
<context>
    <name>medinexus::client::gui::PatientSearchPanel</name>
    <message>
        <location filename="../client/gui/patients/patient_search_panel.cpp" line="+36"/>
        <source>&amp;Register a new patient</source>
        <translation>&amp;Register a new patient</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name, patient number or phone</source>
        <translation>Name, patient number or phone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type part of the name (accents are not needed), the patient number (with or without hyphens) or the phone number. Down arrow: results; Enter: open.</source>
        <translation>Type part of the name (accents are not needed), the patient number (with or without hyphens) or the phone number. Down arrow: results; Enter: open.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Find a patient:</source>
        <translation>&amp;Find a patient:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Any</source>
        <translation>Any</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only patients born in this year (date of birth or estimated year).</source>
        <translation>Only patients born in this year (date of birth or estimated year).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Born in &amp;year:</source>
        <translation>Born in &amp;year:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Patients found</source>
        <translation>Patients found</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Register a patient who is not in the records yet.</source>
        <translation>Register a patient who is not in the records yet.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Type a name, patient number or phone.</source>
        <translation>Type a name, patient number or phone.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The records on this computer could not be read. Restart MediNexus; if this happens again, call your administrator.</source>
        <translation>The records on this computer could not be read. Restart MediNexus; if this happens again, call your administrator.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No patient found.</source>
        <translation>No patient found.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the first %1 patients are shown: add a word, the birth year or the phone.</source>
        <translation>Only the first %1 patients are shown: add a word, the birth year or the phone.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n patient(s) found.</source>
        <comment>search results</comment>
        <translation>
            <numerusform>%n patient found.</numerusform>
            <numerusform>%n patients found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>medinexus::client::gui::PharmacyCounterView</name>
    <message>
        <location filename="../client/gui/counter/pharmacy_counter_view.cpp" line="+72"/>
        <source>Patient &amp;number:</source>
        <translation>Patient &amp;number:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type or scan the number</source>
        <translation>Type or scan the number</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Counter message</source>
        <translation>Counter message</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Open prescriptions:</source>
        <translation>&amp;Open prescriptions:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Medication</source>
        <translation>Medication</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Prescriber</source>
        <translation>Prescriber</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remaining</source>
        <translation>Remaining</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Quantity:</source>
        <translation>&amp;Quantity:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Optional, e.g. generic substituted</source>
        <translation>Optional, e.g. generic substituted</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Dispense</source>
        <translation>&amp;Dispense</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Type or scan the patient number.</source>
        <translation>Type or scan the patient number.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A patient number has 11 characters, for example 7K2M-QX4D-9HC.</source>
        <translation>A patient number has 11 characters, for example 7K2M-QX4D-9HC.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is not a patient number: it contains a character that numbers never use.</source>
        <translation>This is not a patient number: it contains a character that numbers never use.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the number: a character is wrong.</source>
        <translation>Check the number: a character is wrong.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No patient with the number %1 is known here. If they were registered elsewhere a moment ago, wait for the next synchronisation and try again.</source>
        <translation>No patient with the number %1 is known here. If they were registered elsewhere a moment ago, wait for the next synchronisation and try again.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No open prescription for %1: everything prescribed has been dispensed.</source>
        <translation>No open prescription for %1: everything prescribed has been dispensed.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Allergies: none known</source>
        <translation>Allergies: none known</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ALLERGIES: %1</source>
        <translation>ALLERGIES: %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 of %2 %3</source>
        <translation>%1 of %2 %3</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>The dispensation could not be saved on this computer (local database error). Nothing was recorded; try again, and call support if it happens again.</source>
        <translation>The dispensation could not be saved on this computer (local database error). Nothing was recorded; try again, and call support if it happens again.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n unit(s) dispensed to %1</source>
        <comment>counter confirmation</comment>
        <translation>
            <numerusform>%n unit dispensed to %1</numerusform>
            <numerusform>%n units dispensed to %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2 dispensed to %3</source>
        <translation>%1 %2 dispensed to %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1. No open prescription left.</source>
        <translation>%1. No open prescription left.</translation>
    </message>
</context>
<context>
    <name>medinexus::client::gui::PrescriptionDialog</name>
    <message>
        <location filename="../client/gui/record/prescription_dialog.cpp" line="-91"/>
        <source>Correct a prescription</source>
        <translation>Correct a prescription</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a prescription</source>
        <translation>Add a prescription</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name and strength, e.g. Amoxicillin 500 mg</source>
        <translation>Name and strength, e.g. Amoxicillin 500 mg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Medication:</source>
        <translation>&amp;Medication:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Per administration, e.g. 1 tablet</source>
        <translation>Per administration, e.g. 1 tablet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;ose:</source>
        <translation>D&amp;ose:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Route:</source>
        <translation>&amp;Route:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. 3 times a day</source>
        <translation>e.g. 3 times a day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Frequency:</source>
        <translation>&amp;Frequency:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Optional, %1 to %2 days</source>
        <translation>Optional, %1 to %2 days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uration:</source>
        <translation>D&amp;uration:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>days (optional)</source>
        <translation>days (optional)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Units to dispense in total, %1 to %2</source>
        <translation>Units to dispense in total, %1 to %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quantity to dispense:</source>
        <translation>&amp;Quantity to dispense:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>tablets</source>
        <translation>tablets</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>capsules</source>
        <translation>capsules</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>bottles</source>
        <translation>bottles</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sachets</source>
        <translation>sachets</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ampoules</source>
        <translation>ampoules</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>tubes</source>
        <translation>tubes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vials</source>
        <translation>vials</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ml</source>
        <translation>ml</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>U&amp;nit:</source>
        <translation>U&amp;nit:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Optional, e.g. after meals</source>
        <translation>Optional, e.g. after meals</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Instructions:</source>
        <translation>&amp;Instructions:</translation>
    </message>
</context>
<context>
    <name>medinexus::client::gui::PrescriptionDocument</name>
    <message>
        <location filename="../client/gui/printing/prescription_document.cpp" line="+133"/>
        <source>Prescription</source>
        <translation>Prescription</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prescribed on %1</source>
        <translation>Prescribed on %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Patient number: %1</source>
        <translation>Patient number: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Born: %1 (%2)</source>
        <translation>Born: %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Born: %1</source>
        <translation>Born: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date of birth unknown</source>
        <translation>Date of birth unknown</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sex: %1</source>
        <translation>Sex: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Allergies: none known</source>
        <translation>Allergies: none known</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ALLERGIES: %1</source>
        <translation>ALLERGIES: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Treatment</source>
        <translation>Treatment</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Corrected prescription. Reason: %1</source>
        <translation>Treatment</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Prescriber: %1 (%2)</source>
        <translation>Prescriber: %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facility: %1</source>
        <translation>Facility: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date: %1</source>
        <translation>Date: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reference: %1</source>
        <translation>Reference: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Prescriber&apos;s signature and stamp</source>
        <translation>Prescriber&apos;s signature and stamp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printed on %1</source>
        <translation>Printed on %1</translation>
    </message>
</context>
<context>
    <name>medinexus::client::gui::PrescriptionPrint</name>
    <message>
        <location filename="../client/gui/printing/prescription_print.cpp" line="+54"/>
        <source>prescription-%1-%2.pdf</source>
        <translation>prescription-%1-%2.pdf</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save the prescription as PDF</source>
        <translation>Save the prescription as PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+23"/>
        <location line="+6"/>
        <location line="+9"/>
        <location line="+22"/>
        <location line="+38"/>
        <source>Prescription</source>
        <translation>Prescription</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Writing the PDF…</source>
        <translation>Writing the PDF…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The prescription was saved to %1.</source>
        <translation>The prescription was saved to %1.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+84"/>
        <source>Print the prescription</source>
        <translation>Print the prescription</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+12"/>
        <source>The file %1 cannot be written: %2</source>
        <translation>The file %1 cannot be written: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The PDF could not be written to %1.</source>
        <translation>The PDF could not be written to %1.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save the prescription as a PDF file, or print it?</source>
        <translation>Save the prescription as a PDF file, or print it?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save as &amp;PDF…</source>
        <translation>Save as &amp;PDF…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>P&amp;rint…</source>
        <translation>P&amp;rint…</translation>
    </message>
</context>
<context>
    <name>medinexus::client::gui::RejectedChangesDialog</name>
    <message>
        <location filename="../client/gui/shell/rejected_changes_dialog.cpp" line="+43"/>
        <source>Changes refused by the server</source>
        <translation>Changes refused by the server</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server has refused none of your changes.</source>
        <translation>The server has refused none of your changes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server refused these changes; they are kept here. Record them again once the problem given as the reason is fixed.</source>
        <translation>The server refused these changes; they are kept here. Record them again once the problem given as the reason is fixed.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Refused at</source>
        <translation>Refused at</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Patient details</source>
        <translation>Patient details</translation>
    </message>
</context>
<context>
    <name>medinexus::client::gui::ResetPasswordDialog</name>
    <message>
        <location filename="../client/gui/admin/reset_password_dialog.cpp" line="+29"/>
        <source>Reset password</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New password for %1 (%2). Their open sessions end, on every computer.</source>
        <translation>New password for %1 (%2). Their open sessions end, on every computer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;New password:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Confirm new password:</source>
        <translation>&amp;Confirm new password:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Reset password</source>
        <translation>&amp;Reset password</translation>
    </message>
</context>
<context>
    <name>medinexus::client::gui::ServerProfileDialog</name>
    <message>
        <location filename="../client/gui/login/server_profile_dialog.cpp" line="+14"/>
        <source>Edit server</source>
        <translation>Edit server</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a server</source>
        <translation>Add a server</translation>
    </message>
</context>
<context>
    <name>medinexus::client::gui::ServerProfileForm</name>
    <message>
        <location filename="../client/gui/login/server_profile_form.cpp" line="-145"/>
        <source>e.g. District health network</source>
        <translation>e.g. District health network</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>host:port, one per line; the first one is tried first</source>
        <translation>host:port, one per line; the first one is tried first</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Addresses:</source>
        <translation>&amp;Addresses:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: paste the fingerprint your administrator gave you</source>
        <translation>Optional: paste the fingerprint your administrator gave you</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Expected fingerprint:</source>
        <translation>&amp;Expected fingerprint:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Check the server</source>
        <translation>&amp;Check the server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I have compared this &amp;fingerprint with the one my administrator gave me</source>
        <translation>I have compared this &amp;fingerprint with the one my administrator gave me</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>The server cannot be reached: %1</source>
        <translation>The server cannot be reached: %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The server&apos;s fingerprint is NOT the expected one. Do not connect; call your administrator.</source>
        <translation>The server&apos;s fingerprint is NOT the expected one. Do not connect; call your administrator.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Connecting to %1…</source>
        <translation>Connecting to %1…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Certificate of %1
Valid from %2 to %3
SHA-256 fingerprint:
%4</source>
        <translation>Certificate of %1
Valid from %2 to %3
SHA-256 fingerprint:
%4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This certificate is also trusted by this computer&apos;s certificate authorities.</source>
        <translation>This certificate is also trusted by this computer&apos;s certificate authorities.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Trusted certificate (SHA-256):
%1</source>
        <translation>Trusted certificate (SHA-256):
%1</translation>
    </message>
</context>
<context>
    <name>medinexus::client::gui::SignInAgainDialog</name>
    <message>
        <location filename="../client/gui/shell/password_dialogs.cpp" line="-53"/>
        <source>Sign in again</source>
        <translation>Sign in again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server ended your session. Type the password of %1 to synchronise again.</source>
        <translation>The server ended your session. Type the password of %1 to synchronise again.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Type your password.</source>
        <translation>Type your password.</translation>
    </message>
</context>
<context>
    <name>medinexus::client::gui::SimilarPatientsWarning</name>
    <message>
        <location filename="../client/gui/patients/similar_patients_warning.cpp" line="+23"/>
        <source>&amp;Open this patient</source>
        <translation>&amp;Open this patient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register &amp;anyway</source>
        <translation>Register &amp;anyway</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;This patient may already be registered.&lt;/b&gt; Check these records before creating a new one: a second record splits the patient&apos;s history.</source>
        <translation>&lt;b&gt;This patient may already be registered.&lt;/b&gt; Check these records before creating a new one: a second record splits the patient&apos;s history.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Patients who look like the same person</source>
        <translation>Patients who look like the same person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Patient number</source>
        <translation>Patient number</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Birth</source>
        <translation>Birth</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Use the selected record; nothing new is registered.</source>
        <translation>Use the selected record; nothing new is registered.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is a different person: register the new patient.</source>
        <translation>This is a different person: register the new patient.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Same name and birth year</source>
        <translation>Same name and birth year</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Same phone</source>
        <translation>Same phone</translation>
    </message>
</context>
<context>
    <name>medinexus::client::gui::StatusLine</name>
    <message>
        <location filename="../client/gui/admin/status_line.cpp" line="+12"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>medinexus::client::gui::SyncStatusIndicator</name>
    <message>
        <location filename="../client/gui/shell/sync_status_indicator.cpp" line="+105"/>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Synchronisation status</source>
        <translation>Synchronisation status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Synchronise now (F5)</source>
        <translation>Synchronise now (F5)</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Synchronising…</source>
        <translation>Synchronising…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign in again to synchronise</source>
        <translation>Sign in again to synchronise</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n change(s) waiting</source>
        <comment>pending</comment>
        <translation>
            <numerusform>%n change waiting</numerusform>
            <numerusform>%n changes waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n conflict(s)</source>
        <comment>conflicts</comment>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n change(s) refused</source>
        <comment>rejected</comment>
        <translation>
            <numerusform>%n change refused</numerusform>
            <numerusform>%n changes refused</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>last sync %1</source>
        <translation>last sync %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>never synchronised</source>
        <translation>never synchronised</translation>
    </message>
</context>
<context>
    <name>medinexus::client::gui::TimelineModel</name>
    <message>
        <location filename="../client/gui/record/timeline_model.cpp" line="+78"/>
        <source>%1 (not yet sent)</source>
        <translation>%1 (not yet sent)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Corrects an earlier entry</source>
        <translation>Corrects an earlier entry</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (corrected)</source>
        <translation>%1 (corrected)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This entry has been corrected by a later entry.</source>
        <translation>This entry has been corrected by a later entry.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Written by %1 (%2) at %3</source>
        <translation>Written by %1 (%2) at %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not yet sent to the server.</source>
        <translation>Not yet sent to the server.</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entry</source>
        <translation>Entry</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Facility</source>
        <translation>Facility</translation>
    </message>
</context>
<context>
    <name>medinexus::client::gui::UserDialog</name>
    <message>
        <location filename="../client/gui/admin/user_dialog.cpp" line="-176"/>
        <source>Edit account</source>
        <translation>Edit account</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New account</source>
        <translation>New account</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 (inactive)</source>
        <translation>%1 (inactive)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Username:</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Display name:</source>
        <translation>&amp;Display name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Facility:</source>
        <translation>&amp;Facility:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Confirm password:</source>
        <translation>&amp;Confirm password:</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>Somebody else changed this account in the meantime, so your changes were not saved. The list has been reloaded: open the account again to edit its current version.</source>
        <translation>Somebody else changed this account in the meantime, so your changes were not saved. The list has been reloaded: open the account again to edit its current version.</translation>
    </message>
</context>
<context>
    <name>medinexus::client::gui::UsersPage</name>
    <message>
        <location filename="../client/gui/admin/users_page.cpp" line="+37"/>
        <source>&amp;New account…</source>
        <translation>&amp;New account…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+187"/>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deactivate</translation>
    </message>
    <message>
        <location line="-186"/>
        <source>Reset &amp;password…</source>
        <translation>Reset &amp;password…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;load</source>
        <translation>Re&amp;load</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Facility</source>
        <translation>Facility</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>Unknown facility</source>
        <translation>Unknown facility</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deactivated</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>&amp;Reactivate</source>
        <translation>&amp;Reactivate</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The account of %1 was created.</source>
        <translation>The account of %1 was created.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The account of %1 was saved.</source>
        <translation>The account of %1 was saved.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+7"/>
        <source>Deactivate account</source>
        <translation>Deactivate account</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>You cannot deactivate your own account: you would lock yourself out. Another administrator can do it.</source>
        <translation>You cannot deactivate your own account: you would lock yourself out. Another administrator can do it.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deactivate the account of %1? They can no longer sign in and their open sessions end. What they wrote stays in the records.</source>
        <translation>Deactivate the account of %1? They can no longer sign in and their open sessions end. What they wrote stays in the records.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reactivate account</source>
        <translation>Reactivate account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reactivate the account of %1? They can sign in again with their password.</source>
        <translation>Reactivate the account of %1? They can sign in again with their password.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The account of %1 was reactivated.</source>
        <translation>The account of %1 was reactivated.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The account of %1 was deactivated.</source>
        <translation>The account of %1 was deactivated.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Somebody else changed the account of %1 in the meantime, so nothing was saved. The list now shows its current state.</source>
        <translation>Somebody else changed the account of %1 in the meantime, so nothing was saved. The list now shows its current state.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Reset password</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To change your own password, use File &gt; Change password….</source>
        <translation>To change your own password, use File &gt; Change password….</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The password of %1 was reset. Give it to them in person; their open sessions have ended.</source>
        <translation>The password of %1 was reset. Give it to them in person; their open sessions have ended.</translation>
    </message>
</context>
<context>
    <name>medinexus::client::gui::Workspace</name>
    <message>
        <location filename="../client/gui/workspace/workspace.cpp" line="+43"/>
        <source>Unknown facility</source>
        <translation>Unknown facility</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown user</source>
        <translation>Unknown user</translation>
    </message>
</context>
<context>
    <name>medinexus::client::sql::SqlCipherDriver</name>
    <message>
        <location filename="../client/core/sql/sqlcipher_driver.cpp" line="+124"/>
        <source>%1: another connection kept the database locked for longer than the busy timeout</source>
        <translation>%1: another connection kept the database locked for longer than the busy timeout</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Unable to open the database: the password field is not used; give the key to the driver</source>
        <translation>Unable to open the database: the password field is not used; give the key to the driver</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unable to open the database: connect options are not supported</source>
        <translation>Unable to open the database: connect options are not supported</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unable to open the database: no valid encryption key was given</source>
        <translation>Unable to open the database: no valid encryption key was given</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unable to open the database: wrong key, or the file is damaged or not a MediNexus database</source>
        <translation>Unable to open the database: wrong key, or the file is damaged or not a MediNexus database</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+4"/>
        <source>Unable to open the database</source>
        <translation>Unable to open the database</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The database is not open</source>
        <translation>The database is not open</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Unable to begin transaction</source>
        <translation>Unable to begin transaction</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unable to commit transaction</source>
        <translation>Unable to commit transaction</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unable to roll back transaction</source>
        <translation>Unable to roll back transaction</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Unable to list the tables</source>
        <translation>Unable to list the tables</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Unable to read the columns of a table</source>
        <translation>Unable to read the columns of a table</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Unable to read the primary key of a table</source>
        <translation>Unable to read the primary key of a table</translation>
    </message>
</context>
<context>
    <name>medinexus::client::sql::SqlCipherResult</name>
    <message>
        <location filename="../client/core/sql/sqlcipher_result.cpp" line="+129"/>
        <source>Unable to prepare statement: the database is not open</source>
        <translation>Unable to prepare statement: the database is not open</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unable to prepare statement</source>
        <translation>Unable to prepare statement</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unable to execute statement: it is not prepared or the database is closed</source>
        <translation>Unable to execute statement: it is not prepared or the database is closed</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Unable to execute statement</source>
        <translation>Unable to execute statement</translation>
    </message>
    <message>
        <location line="+46"/>
        <location line="+105"/>
        <source>Unable to bind parameter %1</source>
        <translation>Unable to bind parameter %1</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>Unable to execute statement: %1 values bound, but the statement has %2 parameters</source>
        <translation>Unable to execute statement: %1 values bound, but the statement has %2 parameters</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Unable to execute statement: no value bound for parameter %1 (%2 values bound)</source>
        <translation>Unable to execute statement: no value bound for parameter %1 (%2 values bound)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Unable to bind parameter %1: %2</source>
        <translation>Unable to bind parameter %1: %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>unsigned value too large for an SQLite INTEGER</source>
        <translation>unsigned value too large for an SQLite INTEGER</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>invalid date and time</source>
        <translation>invalid date and time</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>invalid date</source>
        <translation>invalid date</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>values of type %1 are not supported</source>
        <translation>values of type %1 are not supported</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Unable to fetch row %1</source>
        <translation>Unable to fetch row %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Unable to fetch row %1: the query is forward-only</source>
        <translation>Unable to fetch row %1: the query is forward-only</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Unable to fetch the last row: the query is forward-only</source>
        <translation>Unable to fetch the last row: the query is forward-only</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unable to read column %1: no current row</source>
        <translation>Unable to read column %1: no current row</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+12"/>
        <source>Unable to read column %1</source>
        <translation>Unable to read column %1</translation>
    </message>
</context>
</TS>
