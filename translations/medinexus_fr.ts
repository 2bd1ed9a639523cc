<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>NotificationChannel</name>
    <message>
        <location filename="../client/core/net/notification_channel.cpp" line="+65"/>
        <source>&quot;%1&quot; is not a server address (host:port).</source>
        <translation>« %1 » n’est pas une adresse de serveur (hôte:port).</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The server&apos;s certificate is not the one this server profile trusts.</source>
        <translation>Le certificat du serveur n’est pas celui auquel ce profil de serveur fait confiance.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The notification channel to %1 failed: %2</source>
        <translation>Le canal de notification vers %1 a échoué : %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The notification channel to %1 was closed (%2).</source>
        <translation>Le canal de notification vers %1 a été fermé (%2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server at %1 stopped answering on the notification channel.</source>
        <translation>Le serveur %1 ne répond plus sur le canal de notification.</translation>
    </message>
</context>
<context>
    <name>SqlCipherDriver</name>
    <message>
        <location filename="../client/core/sql/sqlcipher_driver.cpp" line="+124"/>
        <source>%1: another connection kept the database locked for longer than the busy timeout</source>
        <translation>%1 : une autre connexion a verrouillé la base plus longtemps que le délai d’attente</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Unable to open the database: the password field is not used; give the key to the driver</source>
        <translation>Impossible d’ouvrir la base : le champ mot de passe n’est pas utilisé ; donnez la clé au pilote</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unable to open the database: connect options are not supported</source>
        <translation>Impossible d’ouvrir la base : les options de connexion ne sont pas prises en charge</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unable to open the database: no valid encryption key was given</source>
        <translation>Impossible d’ouvrir la base : aucune clé de chiffrement valide n’a été fournie</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unable to open the database: wrong key, or the file is damaged or not a MediNexus database</source>
        <translation>Impossible d’ouvrir la base : clé erronée, ou fichier endommagé ou qui n’est pas une base MediNexus</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+4"/>
        <source>Unable to open the database</source>
        <translation>Impossible d’ouvrir la base</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The database is not open</source>
        <translation>La base n’est pas ouverte</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Unable to begin transaction</source>
        <translation>Impossible de commencer la transaction</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unable to commit transaction</source>
        <translation>Impossible de valider la transaction</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unable to roll back transaction</source>
        <translation>Impossible d’annuler la transaction</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Unable to list the tables</source>
        <translation>Impossible de lister les tables</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Unable to read the columns of a table</source>
        <translation>Impossible de lire les colonnes d’une table</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Unable to read the primary key of a table</source>
        <translation>Impossible de lire la clé primaire d’une table</translation>
    </message>
</context>
<context>
    <name>SqlCipherResult</name>
    <message>
        <location filename="../client/core/sql/sqlcipher_result.cpp" line="+129"/>
        <source>Unable to prepare statement: the database is not open</source>
        <translation>Impossible de préparer la requête : la base n’est pas ouverte</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unable to prepare statement</source>
        <translation>Impossible de préparer la requête</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unable to execute statement: it is not prepared or the database is closed</source>
        <translation>Impossible d’exécuter la requête : elle n’est pas préparée ou la base est fermée</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Unable to execute statement</source>
        <translation>Impossible d’exécuter la requête</translation>
    </message>
    <message>
        <location line="+46"/>
        <location line="+105"/>
        <source>Unable to bind parameter %1</source>
        <translation>Impossible de lier le paramètre %1</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>Unable to execute statement: %1 values bound, but the statement has %2 parameters</source>
        <translation>Impossible d’exécuter la requête : %1 valeurs liées, mais la requête a %2 paramètres</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Unable to execute statement: no value bound for parameter %1 (%2 values bound)</source>
        <translation>Impossible d’exécuter la requête : aucune valeur liée pour le paramètre %1 (%2 valeurs liées)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Unable to bind parameter %1: %2</source>
        <translation>Impossible de lier le paramètre %1 : %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>unsigned value too large for an SQLite INTEGER</source>
        <translation>valeur non signée trop grande pour un INTEGER SQLite</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>invalid date and time</source>
        <translation>date et heure invalides</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>invalid date</source>
        <translation>date invalide</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>values of type %1 are not supported</source>
        <translation>les valeurs de type %1 ne sont pas prises en charge</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Unable to fetch row %1</source>
        <translation>Impossible de lire la ligne %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Unable to fetch row %1: the query is forward-only</source>
        <translation>Impossible de lire la ligne %1 : la requête est en lecture avant seulement</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Unable to fetch the last row: the query is forward-only</source>
        <translation>Impossible de lire la dernière ligne : la requête est en lecture avant seulement</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unable to read column %1: no current row</source>
        <translation>Impossible de lire la colonne %1 : aucune ligne courante</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+12"/>
        <source>Unable to read column %1</source>
        <translation>Impossible de lire la colonne %1</translation>
    </message>
</context>
<context>
    <name>medinexus::Enum</name>
    <message>
        <location filename="../shared/model/enums.h" line="+46"/>
        <source>Hospital</source>
        <translation>Hôpital</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clinic</source>
        <translation>Clinique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pharmacy</source>
        <translation>Pharmacie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Doctor</source>
        <translation>Médecin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nurse</source>
        <translation>Infirmier·ère</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pharmacist</source>
        <translation>Pharmacien·ne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator</source>
        <translation>Administrateur·rice</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Female</source>
        <translation>Féminin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Male</source>
        <translation>Masculin</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+29"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Diagnosis</source>
        <translation>Diagnostic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prescription</source>
        <translation>Ordonnance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dispensation</source>
        <translation>Délivrance</translation>
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
        <translation>Provisoire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmed</source>
        <translation>Confirmé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ruled out</source>
        <translation>Écarté</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Oral</source>
        <translation>Voie orale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intravenous</source>
        <translation>Voie intraveineuse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intramuscular</source>
        <translation>Voie intramusculaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subcutaneous</source>
        <translation>Voie sous-cutanée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topical</source>
        <translation>Voie cutanée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inhaled</source>
        <translation>Voie inhalée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rectal</source>
        <translation>Voie rectale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vaginal</source>
        <translation>Voie vaginale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ophthalmic</source>
        <translation>Voie ophtalmique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Otic</source>
        <translation>Voie auriculaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nasal</source>
        <translation>Voie nasale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sublingual</source>
        <translation>Voie sublinguale</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Full</source>
        <translation>Complète</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partial</source>
        <translation>Partielle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nursing</source>
        <translation>Soins infirmiers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>General</source>
        <translation>Générale</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Facility</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clinical entry</source>
        <translation>Saisie clinique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record access</source>
        <translation>Accès au dossier</translation>
    </message>
    <message>
        <location filename="../shared/permissions/permissions.h" line="+37"/>
        <source>Search patients</source>
        <translation>Rechercher des patients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read patient records</source>
        <translation>Consulter les dossiers patients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register patients</source>
        <translation>Enregistrer des patients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit patient details</source>
        <translation>Modifier les informations des patients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolve conflicting patient edits</source>
        <translation>Résoudre les conflits de modification des patients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add diagnoses</source>
        <translation>Ajouter des diagnostics</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add prescriptions</source>
        <translation>Ajouter des ordonnances</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add dispensations</source>
        <translation>Ajouter des délivrances</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add observations</source>
        <translation>Ajouter des observations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add notes</source>
        <translation>Ajouter des notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manage facilities</source>
        <translation>Gérer les établissements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manage users</source>
        <translation>Gérer les utilisateurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the audit log</source>
        <translation>Consulter le journal d&apos;audit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Synchronise clinical data</source>
        <translation>Synchroniser les données cliniques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Synchronise the directory</source>
        <translation>Synchroniser l&apos;annuaire</translation>
    </message>
    <message>
        <location filename="../shared/sync/sync_messages.h" line="+116"/>
        <source>Accepted</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate</source>
        <translation>Doublon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Rejeté</translation>
    </message>
</context>
<context>
    <name>medinexus::Migration</name>
    <message>
        <location filename="../shared/storage/migration_runner.cpp" line="+21"/>
        <source>This database was written by a newer version of MediNexus (schema version %1; this version supports up to %2). Update MediNexus to open it.</source>
        <translation>Cette base de données a été écrite par une version plus récente de MediNexus (version de schéma %1 ; cette version prend en charge jusqu&apos;à %2). Mettez MediNexus à jour pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Upgrading the database failed at step %1 (%2): %3. No changes were saved.</source>
        <translation>La mise à jour de la base de données a échoué à l&apos;étape %1 (%2) : %3. Aucune modification n&apos;a été enregistrée.</translation>
    </message>
</context>
<context>
    <name>medinexus::Permissions</name>
    <message>
        <location filename="../shared/permissions/permissions.cpp" line="+37"/>
        <source>Your role (%1) does not allow searching for patients.</source>
        <translation>Votre rôle (%1) ne permet pas de rechercher des patients.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your role (%1) does not allow reading patient records.</source>
        <translation>Votre rôle (%1) ne permet pas de consulter les dossiers patients.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your role (%1) does not allow registering patients.</source>
        <translation>Votre rôle (%1) ne permet pas d&apos;enregistrer des patients.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your role (%1) does not allow editing patient details.</source>
        <translation>Votre rôle (%1) ne permet pas de modifier les informations des patients.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your role (%1) does not allow resolving conflicting patient edits.</source>
        <translation>Votre rôle (%1) ne permet pas de résoudre les conflits de modification des patients.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your role (%1) does not allow adding a diagnosis.</source>
        <translation>Votre rôle (%1) ne permet pas d&apos;ajouter un diagnostic.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your role (%1) does not allow adding a prescription.</source>
        <translation>Votre rôle (%1) ne permet pas d&apos;ajouter une ordonnance.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your role (%1) does not allow adding a dispensation.</source>
        <translation>Votre rôle (%1) ne permet pas d&apos;ajouter une délivrance.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your role (%1) does not allow adding an observation.</source>
        <translation>Votre rôle (%1) ne permet pas d&apos;ajouter une observation.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your role (%1) does not allow adding a note.</source>
        <translation>Votre rôle (%1) ne permet pas d&apos;ajouter une note.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your role (%1) does not allow managing facilities.</source>
        <translation>Votre rôle (%1) ne permet pas de gérer les établissements.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your role (%1) does not allow managing users.</source>
        <translation>Votre rôle (%1) ne permet pas de gérer les utilisateurs.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your role (%1) does not allow reading the audit log.</source>
        <translation>Votre rôle (%1) ne permet pas de consulter le journal d&apos;audit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your role (%1) does not allow synchronising clinical data.</source>
        <translation>Votre rôle (%1) ne permet pas de synchroniser les données cliniques.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your role (%1) does not allow synchronising the directory.</source>
        <translation>Votre rôle (%1) ne permet pas de synchroniser l&apos;annuaire.</translation>
    </message>
</context>
<context>
    <name>medinexus::Validation</name>
    <message>
        <location filename="../shared/validation/validator.cpp" line="+96"/>
        <source>This text may not contain control characters such as tabs or line breaks.</source>
        <translation>Ce texte ne doit pas contenir de caractères de contrôle, comme des tabulations ou des retours à la ligne.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This text may not contain control characters other than line breaks and tabs.</source>
        <translation>Ce texte ne doit pas contenir de caractères de contrôle autres que des retours à la ligne et des tabulations.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The record version must be at least %1.</source>
        <translation>La version de l&apos;enregistrement doit être d&apos;au moins %1.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The patient number is missing.</source>
        <translation>Le numéro de patient est manquant.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A patient number has %1 characters, not counting spaces and hyphens.</source>
        <translation>Un numéro de patient comporte %1 caractères, sans compter les espaces et les tirets.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The patient number contains a character that is not used in patient numbers.</source>
        <translation>Le numéro de patient contient un caractère qui n&apos;est pas utilisé dans les numéros de patient.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The patient number is not valid: its last character does not match the others. Check it for a typing error.</source>
        <translation>Le numéro de patient n&apos;est pas valide : son dernier caractère ne correspond pas aux autres. Vérifiez qu&apos;il n&apos;y a pas d&apos;erreur de frappe.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The patient number must be recorded in its compact form, %1.</source>
        <translation>Le numéro de patient doit être enregistré sous sa forme compacte : %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Give either the date of birth or an estimated year of birth, not both.</source>
        <translation>Indiquez soit la date de naissance, soit une année de naissance estimée, mais pas les deux.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the date of birth or, if it is not known, an estimated year of birth.</source>
        <translation>Saisissez la date de naissance ou, si elle n&apos;est pas connue, une année de naissance estimée.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The date of birth is not a valid date.</source>
        <translation>La date de naissance n&apos;est pas une date valide.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The date of birth cannot be in the future.</source>
        <translation>La date de naissance ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The date of birth cannot be before %1.</source>
        <translation>La date de naissance ne peut pas être antérieure à %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The estimated year of birth must be between %1 and %2.</source>
        <translation>L&apos;année de naissance estimée doit être comprise entre %1 et %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The phone number must be at most %1 characters.</source>
        <translation>Le numéro de téléphone doit comporter au plus %1 caractères.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A phone number may contain only digits, a + at the start, spaces, hyphens, dots and parentheses.</source>
        <translation>Un numéro de téléphone ne peut contenir que des chiffres, un + au début, des espaces, des tirets, des points et des parenthèses.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A phone number must have between %1 and %2 digits.</source>
        <translation>Un numéro de téléphone doit comporter entre %1 et %2 chiffres.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>At most %1 allergies can be recorded.</source>
        <translation>Vous ne pouvez pas enregistrer plus de %1 allergies.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An allergy cannot be empty.</source>
        <translation>Une allergie ne peut pas être vide.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An allergy must be at most %1 characters.</source>
        <translation>Une allergie doit comporter au plus %1 caractères.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The allergy %1 is listed more than once.</source>
        <translation>L&apos;allergie %1 figure plusieurs fois dans la liste.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Enter the diagnosis.</source>
        <translation>Saisissez le diagnostic.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The diagnosis must be at most %1 characters.</source>
        <translation>Le diagnostic doit comporter au plus %1 caractères.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Write the ICD-10 code in capital letters, without spaces: %1.</source>
        <translation>Écrivez le code CIM-10 en majuscules, sans espaces : %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The ICD-10 code is not valid. A code is a letter and two digits, optionally followed by a dot and 1 to 4 letters or digits, for example %1.</source>
        <translation>Le code CIM-10 n&apos;est pas valide. Un code se compose d&apos;une lettre et de deux chiffres, éventuellement suivis d&apos;un point et de 1 à 4 lettres ou chiffres, par exemple %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Enter the medication.</source>
        <translation>Saisissez le médicament.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The medication must be at most %1 characters.</source>
        <translation>Le nom du médicament doit comporter au plus %1 caractères.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the dose.</source>
        <translation>Saisissez la dose.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The dose must be at most %1 characters.</source>
        <translation>La dose doit comporter au plus %1 caractères.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter how often the medication is taken.</source>
        <translation>Indiquez la fréquence des prises.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The frequency must be at most %1 characters.</source>
        <translation>La fréquence doit comporter au plus %1 caractères.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The duration must be between %1 and %2 days.</source>
        <translation>La durée doit être comprise entre %1 et %2 jours.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The quantity to dispense must be between %1 and %2.</source>
        <translation>La quantité à délivrer doit être comprise entre %1 et %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the unit of the quantity, for example tablets or bottles.</source>
        <translation>Saisissez l&apos;unité de la quantité, par exemple comprimés ou flacons.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The unit must be at most %1 characters.</source>
        <translation>L&apos;unité doit comporter au plus %1 caractères.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The instructions must be at most %1 characters.</source>
        <translation>Les consignes doivent comporter au plus %1 caractères.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the prescription being dispensed.</source>
        <translation>Choisissez l&apos;ordonnance à délivrer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The quantity dispensed must be between %1 and %2.</source>
        <translation>La quantité délivrée doit être comprise entre %1 et %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+77"/>
        <source>The note must be at most %1 characters.</source>
        <translation>La note doit comporter au plus %1 caractères.</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Temperature must be between %1 and %2 °C.</source>
        <translation>La température doit être comprise entre %1 et %2 °C.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pulse must be between %1 and %2 beats per minute.</source>
        <translation>Le pouls doit être compris entre %1 et %2 battements par minute.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Systolic blood pressure must be between %1 and %2 mmHg.</source>
        <translation>La pression artérielle systolique doit être comprise entre %1 et %2 mmHg.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Diastolic blood pressure must be between %1 and %2 mmHg.</source>
        <translation>La pression artérielle diastolique doit être comprise entre %1 et %2 mmHg.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter the diastolic pressure together with the systolic pressure.</source>
        <translation>Saisissez la pression diastolique avec la pression systolique.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the systolic pressure together with the diastolic pressure.</source>
        <translation>Saisissez la pression systolique avec la pression diastolique.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Diastolic pressure (%1 mmHg) must be lower than systolic pressure (%2 mmHg).</source>
        <translation>La pression diastolique (%1 mmHg) doit être inférieure à la pression systolique (%2 mmHg).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Respiratory rate must be between %1 and %2 breaths per minute.</source>
        <translation>La fréquence respiratoire doit être comprise entre %1 et %2 cycles par minute.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Oxygen saturation (SpO2) must be between %1 and %2 %.</source>
        <translation>La saturation en oxygène (SpO2) doit être comprise entre %1 et %2 %.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Weight must be between %1 g and %2 kg.</source>
        <translation>Le poids doit être compris entre %1 g et %2 kg.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enter at least one vital sign or a nursing note.</source>
        <translation>Saisissez au moins une constante ou une note infirmière.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The nursing note must be at most %1 characters.</source>
        <translation>La note infirmière doit comporter au plus %1 caractères.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter the text of the note.</source>
        <translation>Saisissez le texte de la note.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The patient record has no identifier.</source>
        <translation>Le dossier patient n&apos;a pas d&apos;identifiant.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter a family name or a given name.</source>
        <translation>Saisissez un nom de famille ou un prénom.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Given names must be at most %1 characters.</source>
        <translation>Les prénoms doivent comporter au plus %1 caractères.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The family name must be at most %1 characters.</source>
        <translation>Le nom de famille doit comporter au plus %1 caractères.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+164"/>
        <source>The village must be at most %1 characters.</source>
        <translation>Le nom du village doit comporter au plus %1 caractères.</translation>
    </message>
    <message>
        <location line="-161"/>
        <source>The address must be at most %1 characters.</source>
        <translation>L&apos;adresse doit comporter au plus %1 caractères.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The facility where the patient was registered is missing.</source>
        <translation>L&apos;établissement où le patient a été enregistré n&apos;est pas indiqué.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The entry has no identifier.</source>
        <translation>La saisie n&apos;a pas d&apos;identifiant.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The entry is not linked to a patient.</source>
        <translation>La saisie n&apos;est liée à aucun patient.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The entry has no author.</source>
        <translation>La saisie n&apos;a pas d&apos;auteur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The entry does not say at which facility it was written.</source>
        <translation>La saisie n&apos;indique pas dans quel établissement elle a été rédigée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The entry has no recording time.</source>
        <translation>La saisie n&apos;a pas de date d&apos;enregistrement.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The recording time must be in UTC.</source>
        <translation>La date d&apos;enregistrement doit être exprimée en UTC.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The recording time is in the future. Check the date and time of this computer.</source>
        <translation>La date d&apos;enregistrement est dans le futur. Vérifiez la date et l&apos;heure de cet ordinateur.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The recording time is before %1. Check the date and time of this computer.</source>
        <translation>La date d&apos;enregistrement est antérieure à %1. Vérifiez la date et l&apos;heure de cet ordinateur.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The entry being corrected is not identified.</source>
        <translation>La saisie corrigée n&apos;est pas identifiée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An entry cannot correct itself.</source>
        <translation>Une saisie ne peut pas se corriger elle-même.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the reason for this correction.</source>
        <translation>Indiquez le motif de cette correction.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A reason for correction is given, but this entry does not correct another one.</source>
        <translation>Un motif de correction est indiqué, mais cette saisie ne corrige aucune autre saisie.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The reason for the correction must be at most %1 characters.</source>
        <translation>Le motif de la correction doit comporter au plus %1 caractères.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This entry is not marked as a correction.</source>
        <translation>Cette saisie n&apos;est pas marquée comme correction.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This correction does not refer to the entry being corrected.</source>
        <translation>Cette correction ne fait pas référence à la saisie corrigée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A correction must concern the same patient as the entry it corrects.</source>
        <translation>Une correction doit concerner le même patient que la saisie qu&apos;elle corrige.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A correction must be of the same kind as the entry it corrects.</source>
        <translation>Une correction doit être du même type que la saisie qu&apos;elle corrige.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A corrected dispensation must refer to the same prescription.</source>
        <translation>Une délivrance corrigée doit porter sur la même ordonnance.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This entry is not a dispensation.</source>
        <translation>Cette saisie n&apos;est pas une délivrance.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The entry being dispensed is not a prescription.</source>
        <translation>La saisie à délivrer n&apos;est pas une ordonnance.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This prescription belongs to another patient.</source>
        <translation>Cette ordonnance concerne un autre patient.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Everything prescribed has already been dispensed.</source>
        <translation>Tout ce qui a été prescrit a déjà été délivré.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>More than what remains of the prescription. Still to dispense: %1 %2.</source>
        <translation>Quantité supérieure au reste de l&apos;ordonnance. Reste à délivrer : %1 %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This dispensation does not complete the prescription (still to dispense afterwards: %1 %2). Mark it as partial.</source>
        <translation>Cette délivrance ne couvre pas toute l&apos;ordonnance (reste à délivrer ensuite : %1 %2). Indiquez-la comme partielle.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This dispensation completes the prescription. Mark it as full.</source>
        <translation>Cette délivrance couvre toute l&apos;ordonnance. Indiquez-la comme complète.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The facility has no identifier.</source>
        <translation>L&apos;établissement n&apos;a pas d&apos;identifiant.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the name of the facility.</source>
        <translation>Saisissez le nom de l&apos;établissement.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The facility name must be at most %1 characters.</source>
        <translation>Le nom de l&apos;établissement doit comporter au plus %1 caractères.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The user account has no identifier.</source>
        <translation>Le compte utilisateur n&apos;a pas d&apos;identifiant.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter a username.</source>
        <translation>Saisissez un nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A username must have at least %1 characters.</source>
        <translation>Un nom d&apos;utilisateur doit comporter au moins %1 caractères.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A username must have at most %1 characters.</source>
        <translation>Un nom d&apos;utilisateur doit comporter au plus %1 caractères.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A username may contain only the letters a to z without accents, digits, dots, hyphens and underscores.</source>
        <translation>Un nom d&apos;utilisateur ne peut contenir que les lettres de a à z sans accents, des chiffres, des points, des tirets et des tirets bas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usernames are written in lower case: %1.</source>
        <translation>Les noms d&apos;utilisateur s&apos;écrivent en minuscules : %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A username must start with a letter.</source>
        <translation>Un nom d&apos;utilisateur doit commencer par une lettre.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter the name shown for this user.</source>
        <translation>Saisissez le nom affiché pour cet utilisateur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The display name must be at most %1 characters.</source>
        <translation>Le nom affiché doit comporter au plus %1 caractères.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the facility this user works at.</source>
        <translation>Choisissez l&apos;établissement où travaille cet utilisateur.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The password must have at least %1 characters.</source>
        <translation>Le mot de passe doit comporter au moins %1 caractères.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The password must have at most %1 characters.</source>
        <translation>Le mot de passe doit comporter au plus %1 caractères.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The password must not contain the username.</source>
        <translation>Le mot de passe ne doit pas contenir le nom d&apos;utilisateur.</translation>
    </message>
</context>
<context>
    <name>medinexus::client::ApiClient</name>
    <message>
        <location filename="../client/core/net/api_client.cpp" line="+72"/>
        <source>The server at %1 refused the connection.</source>
        <translation>Le serveur %1 a refusé la connexion.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server name in %1 could not be found.</source>
        <translation>Le nom du serveur dans %1 est introuvable.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server at %1 closed the connection.</source>
        <translation>Le serveur %1 a fermé la connexion.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server at %1 cannot be reached.</source>
        <translation>Le serveur %1 est injoignable.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The answer of the server at %1 is not valid JSON (HTTP %2).</source>
        <translation>La réponse du serveur %1 n’est pas du JSON valide (HTTP %2).</translation>
    </message>
    <message>
        <location line="+88"/>
        <location line="+123"/>
        <location line="+35"/>
        <source>The request was cancelled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>&quot;%1&quot; is not a server address (host:port).</source>
        <translation>« %1 » n’est pas une adresse de serveur (hôte:port).</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>The server&apos;s certificate is not the one this server profile trusts.</source>
        <translation>Le certificat du serveur n’est pas celui auquel ce profil de serveur fait confiance.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The server at %1 did not answer within %2 s.</source>
        <translation>Le serveur %1 n’a pas répondu en %2 s.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The answer of the server at %1 is too large.</source>
        <translation>La réponse du serveur %1 est trop volumineuse.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The secure connection to %1 failed.</source>
        <translation>La connexion sécurisée vers %1 a échoué.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The server at %1 did not give a valid HTTP answer.</source>
        <translation>Le serveur %1 n’a pas donné de réponse HTTP valide.</translation>
    </message>
</context>
<context>
    <name>medinexus::client::CacheKeyVault</name>
    <message>
        <location filename="../client/core/security/cache_key_vault.cpp" line="+50"/>
        <source>a wrapped cache key already exists in %1</source>
        <translation>une clé de cache chiffrée existe déjà dans %1</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>cannot remove the wrapped cache key %1: %2</source>
        <translation>impossible de supprimer la clé de cache chiffrée %1 : %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no wrapped cache key in %1</source>
        <translation>aucune clé de cache chiffrée dans %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <source>cannot read the wrapped cache key %1: %2</source>
        <translation>impossible de lire la clé de cache chiffrée %1 : %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the wrapped cache key %1 is damaged or of an unknown version</source>
        <translation>la clé de cache chiffrée %1 est endommagée ou d’une version inconnue</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+4"/>
        <source>cannot write the wrapped cache key %1: %2</source>
        <translation>impossible d’écrire la clé de cache chiffrée %1 : %2</translation>
    </message>
</context>
<context>
    <name>medinexus::client::Keychain</name>
    <message>
        <location filename="../client/core/security/keychain.cpp" line="+43"/>
        <location line="+3"/>
        <source>no D-Bus session bus</source>
        <translation>pas de bus de session D-Bus</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no keychain service (Secret Service or KWallet) on the D-Bus session bus</source>
        <translation>aucun trousseau (Secret Service ou KWallet) sur le bus de session D-Bus</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>no keychain entry for this account</source>
        <translation>aucune entrée du trousseau pour ce compte</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+19"/>
        <source>keychain unavailable: %1</source>
        <translation>trousseau indisponible : %1</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>keychain error: %1</source>
        <translation>erreur du trousseau : %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>the keychain did not answer in time (it may be locked or waiting for the user)</source>
        <translation>le trousseau n’a pas répondu à temps (il est peut-être verrouillé ou attend l’utilisateur)</translation>
    </message>
</context>
<context>
    <name>medinexus::client::LocalChanges</name>
    <message>
        <location filename="../client/core/cache/local_changes.cpp" line="+71"/>
        <location line="+46"/>
        <location line="+16"/>
        <source>The patient&apos;s details are not valid.</source>
        <translation>Les informations du patient ne sont pas valides.</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>This patient is already registered.</source>
        <translation>Ce patient est déjà enregistré.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This patient number is already in use.</source>
        <translation>Ce numéro de patient est déjà utilisé.</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+61"/>
        <source>This patient is not in the local records.</source>
        <translation>Ce patient ne figure pas dans les dossiers locaux.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The entry is not valid.</source>
        <translation>La saisie n’est pas valide.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The entry to correct is not in the local records.</source>
        <translation>La saisie à corriger ne figure pas dans les dossiers locaux.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The correction does not match the entry it corrects.</source>
        <translation>La correction ne correspond pas à la saisie qu’elle corrige.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The prescription is not in the local records.</source>
        <translation>L’ordonnance ne figure pas dans les dossiers locaux.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The dispensation does not match the prescription.</source>
        <translation>La délivrance ne correspond pas à l’ordonnance.</translation>
    </message>
</context>
<context>
    <name>medinexus::client::LoginService</name>
    <message>
        <location filename="../client/core/session/login_service.cpp" line="+57"/>
        <source>The server cannot be reached, and this account has never been used online on this computer. Connect to the network and try again.</source>
        <translation>Le serveur est injoignable et ce compte n’a jamais été utilisé en ligne sur cet ordinateur. Connectez-vous au réseau et réessayez.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server&apos;s certificate is not the one this profile trusts. It may be an impostor: nothing was sent. Ask your administrator.</source>
        <translation>Le certificat du serveur n’est pas celui auquel ce profil fait confiance. Il peut s’agir d’un imposteur : rien n’a été envoyé. Adressez-vous à votre administrateur·rice.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The server no longer accepts this account or password. Offline access on this computer has ended. Ask your administrator.</source>
        <translation>Le serveur n’accepte plus ce compte ou ce mot de passe. L’accès hors ligne sur cet ordinateur a pris fin. Adressez-vous à votre administrateur·rice.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+111"/>
        <source>Wrong username or password.</source>
        <translation>Nom d’utilisateur ou mot de passe incorrect.</translation>
    </message>
    <message numerus="yes">
        <location line="-104"/>
        <source>Too many failed attempts. Wait %n second(s) and try again.</source>
        <comment>login throttled</comment>
        <translation>
            <numerusform>Trop de tentatives échouées. Attendez %n seconde et réessayez.</numerusform>
            <numerusform>Trop de tentatives échouées. Attendez %n secondes et réessayez.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server could not log you in (HTTP %1).</source>
        <translation>Le serveur n’a pas pu vous connecter (HTTP %1).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The server&apos;s answer could not be read.</source>
        <translation>La réponse du serveur est illisible.</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+63"/>
        <source>The local records cannot be opened: %1</source>
        <translation>Les dossiers locaux ne peuvent pas être ouverts : %1</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>This account has never been used online on this computer: offline work needs one online login first.</source>
        <translation>Ce compte n’a jamais été utilisé en ligne sur cet ordinateur : le travail hors ligne demande d’abord une connexion en ligne.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The local key file is damaged.</source>
        <translation>Le fichier de clé local est endommagé.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Offline access for this account has ended. Connect to the server to log in.</source>
        <translation>L’accès hors ligne de ce compte a pris fin. Connectez-vous au serveur pour vous identifier.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Offline access has expired: log in once while connected to the server.</source>
        <translation>L’accès hors ligne a expiré : connectez-vous une fois au serveur.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The local records do not name their user.</source>
        <translation>Les dossiers locaux n’indiquent pas leur utilisateur.</translation>
    </message>
</context>
<context>
    <name>medinexus::client::SyncEngine</name>
    <message>
        <location filename="../client/core/sync/sync_engine.cpp" line="+243"/>
        <source>No server answered; working offline.</source>
        <translation>Aucun serveur n’a répondu ; travail hors ligne.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server&apos;s certificate is not the one this profile trusts. Nothing was sent. Ask your administrator.</source>
        <translation>Le certificat du serveur n’est pas celui auquel ce profil fait confiance. Rien n’a été envoyé. Adressez-vous à votre administrateur·rice.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your session has ended: log in again to synchronise.</source>
        <translation>Votre session a pris fin : reconnectez-vous pour synchroniser.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server is busy or restarting; retrying shortly.</source>
        <translation>Le serveur est occupé ou redémarre ; nouvel essai sous peu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server refused the synchronisation (HTTP %1).</source>
        <translation>Le serveur a refusé la synchronisation (HTTP %1).</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+8"/>
        <location line="+21"/>
        <location line="+7"/>
        <location line="+28"/>
        <source>The server&apos;s answer could not be read.</source>
        <translation>La réponse du serveur est illisible.</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>This account has been deactivated.</source>
        <translation>Ce compte a été désactivé.</translation>
    </message>
</context>
<context>
    <name>medinexus::client::SyncWorker</name>
    <message>
        <location filename="../client/core/sync/sync_worker.cpp" line="+27"/>
        <source>Synchronisation cannot start: %1</source>
        <translation>La synchronisation ne peut pas démarrer : %1</translation>
    </message>
</context>
<context>
    <name>medinexus::client::TlsTrust</name>
    <message>
        <location filename="../client/core/net/tls_trust.cpp" line="+94"/>
        <source>The server&apos;s certificate is not trusted: %1</source>
        <translation>Le certificat du serveur n’est pas reconnu : %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server presented no certificate.</source>
        <translation>Le serveur n’a présenté aucun certificat.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server&apos;s certificate (SHA-256 %1) is not the one this server profile trusts (SHA-256 %2).</source>
        <translation>Le certificat du serveur (SHA-256 %1) n’est pas celui auquel ce profil de serveur fait confiance (SHA-256 %2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server&apos;s certificate is expired or not yet valid.</source>
        <translation>Le certificat du serveur est expiré ou pas encore valide.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server&apos;s certificate is refused: %1</source>
        <translation>Le certificat du serveur est refusé : %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;%1&quot; is not a server address (host:port).</source>
        <translation>« %1 » n’est pas une adresse de serveur (hôte:port).</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No answer from %1 within %2 s.</source>
        <translation>Aucune réponse de %1 en %2 s.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot reach %1: %2</source>
        <translation>Impossible de joindre %1 : %2</translation>
    </message>
</context>
<context>
    <name>medinexus::client::UserSession</name>
    <message>
        <location filename="../client/core/session/user_session.cpp" line="+77"/>
        <source>The password can only be changed while connected to the server.</source>
        <translation>Le mot de passe ne peut être changé qu’en étant connecté au serveur.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The current password is wrong.</source>
        <translation>Le mot de passe actuel est incorrect.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The new password does not meet the password rules.</source>
        <translation>Le nouveau mot de passe ne respecte pas les règles de mot de passe.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server could not change the password (HTTP %1).</source>
        <translation>Le serveur n’a pas pu changer le mot de passe (HTTP %1).</translation>
    </message>
</context>
</TS>
