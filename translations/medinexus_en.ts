<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>NotificationChannel</name>
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
    <name>SqlCipherDriver</name>
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
    <name>SqlCipherResult</name>
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
</TS>
