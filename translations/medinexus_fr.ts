<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
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
        <location filename="../shared/model/audit_vocabulary.h" line="+37"/>
        <source>Sign-in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-out</source>
        <translation>Déconnexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patient search</source>
        <translation>Recherche de patients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record opened</source>
        <translation>Dossier consulté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record opened offline</source>
        <translation>Dossier consulté hors ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patient registered</source>
        <translation>Patient enregistré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patient details changed</source>
        <translation>Informations du patient modifiées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clinical entry added</source>
        <translation>Saisie clinique ajoutée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clinical entry amended</source>
        <translation>Saisie clinique corrigée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Synchronised change refused</source>
        <translation>Modification synchronisée refusée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facility created</source>
        <translation>Établissement créé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facility changed</source>
        <translation>Établissement modifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account created</source>
        <translation>Compte créé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account changed</source>
        <translation>Compte modifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password reset</source>
        <translation>Mot de passe réinitialisé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Own password changed</source>
        <translation>Mot de passe personnel changé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit log consulted</source>
        <translation>Journal d’audit consulté</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Done</source>
        <translation>Effectué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too many attempts</source>
        <translation>Trop de tentatives</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../shared/sync/sync_messages.h" line="+1"/>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already received</source>
        <translation>Déjà reçu</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../shared/sync/sync_messages.h" line="+1"/>
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
        <location filename="../client/core/admin/admin_api.cpp" line="+45"/>
        <source>The password must not contain the username.</source>
        <translation>Le mot de passe ne doit pas contenir le nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <location filename="../client/core/admin/admin_api.cpp" line="-18"/>
        <source>This field is required.</source>
        <translation>Ce champ est obligatoire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This value is too short.</source>
        <translation>Cette valeur est trop courte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This value is too long.</source>
        <translation>Cette valeur est trop longue.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This list has too many items.</source>
        <translation>Cette liste contient trop d’éléments.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This value is outside the allowed range.</source>
        <translation>Cette valeur est en dehors de la plage autorisée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This date is in the future.</source>
        <translation>Cette date est dans le futur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This text contains characters that are not allowed.</source>
        <translation>Ce texte contient des caractères non autorisés.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This item appears twice.</source>
        <translation>Cet élément figure deux fois.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This value contradicts another field.</source>
        <translation>Cette valeur contredit un autre champ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server refused this value.</source>
        <translation>Le serveur a refusé cette valeur.</translation>
    </message>
    <message>
        <location filename="../client/gui/workspace/password_field.cpp" line="+45"/>
        <source>The two passwords are not the same: type it again.</source>
        <translation>Les deux mots de passe ne sont pas identiques : saisissez-le de nouveau.</translation>
    </message>
    <message>
        <location filename="../client/gui/admin/user_dialog.cpp" line="+224"/>
        <source>You cannot take away your own administrator role: another administrator must do it.</source>
        <translation>Vous ne pouvez pas vous retirer vous-même le rôle d’administrateur·rice : un·e autre administrateur·rice doit le faire.</translation>
    </message>
    <message>
        <location filename="../client/gui/login/server_profile_form.cpp" line="+162"/>
        <location line="+109"/>
        <source>Type the server&apos;s address (host:port).</source>
        <translation>Saisissez l’adresse du serveur (hôte:port).</translation>
    </message>
    <message>
        <location line="-103"/>
        <location line="+107"/>
        <source>&quot;%1&quot; is not an address of the form host:port.</source>
        <translation>« %1 » n’est pas une adresse de la forme hôte:port.</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>A fingerprint has 64 hexadecimal digits (pairs may be separated by colons).</source>
        <translation>Une empreinte comporte 64 chiffres hexadécimaux (les paires peuvent être séparées par des deux-points).</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Give the server a name.</source>
        <translation>Donnez un nom au serveur.</translation>
    </message>
    <message>
        <location filename="../client/gui/record/observation_dialog.cpp" line="+212"/>
        <source>This value is not a number in the expected unit.</source>
        <translation>Cette valeur n’est pas un nombre dans l’unité attendue.</translation>
    </message>
    <message>
        <location filename="../client/gui/record/prescription_dialog.cpp" line="+118"/>
        <source>The duration must be a whole number of days.</source>
        <translation>La durée doit être un nombre entier de jours.</translation>
    </message>
    <message>
        <location filename="../client/gui/shell/password_dialogs.cpp" line="+120"/>
        <source>Type your current password.</source>
        <translation>Saisissez votre mot de passe actuel.</translation>
    </message>
</context>
<context>
    <name>medinexus::VitalSign</name>
    <message>
        <location filename="../shared/model/vital_signs.cpp" line="+88"/>
        <source>Temperature</source>
        <translation>Température</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pulse</source>
        <translation>Pouls</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Systolic pressure</source>
        <translation>Pression systolique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diastolic pressure</source>
        <translation>Pression diastolique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Respiratory rate</source>
        <translation>Fréquence respiratoire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oxygen saturation (SpO2)</source>
        <translation>Saturation en oxygène (SpO2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight</source>
        <translation>Poids</translation>
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
        <translation>Le serveur est injoignable. L’administration nécessite une connexion au serveur.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your session has ended. Log in again to continue.</source>
        <translation>Votre session a pris fin. Reconnectez-vous pour continuer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your account is not allowed to do this.</source>
        <translation>Votre compte n’est pas autorisé à effectuer cette action.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The chosen facility does not exist on the server.</source>
        <translation>L’établissement choisi n’existe pas sur le serveur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This item no longer exists on the server. Refresh the list.</source>
        <translation>Cet élément n’existe plus sur le serveur. Actualisez la liste.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This username is already in use.</source>
        <translation>Ce nom d’utilisateur est déjà utilisé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The last active administrator cannot be deactivated or given another role.</source>
        <translation>Le dernier compte administrateur actif ne peut être ni désactivé ni changé de rôle.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone else changed this item in the meantime. Reload it, then make your change again.</source>
        <translation>Quelqu’un d’autre a modifié cet élément entre-temps. Rechargez-le, puis refaites votre modification.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A username cannot be changed.</source>
        <translation>Un nom d’utilisateur ne peut pas être modifié.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+140"/>
        <source>Some fields are not valid. Correct them and try again.</source>
        <translation>Certains champs ne sont pas valides. Corrigez-les et réessayez.</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>Too many attempts. Wait a moment and try again.</source>
        <translation>Trop de tentatives. Patientez un instant et réessayez.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server is busy. Try again in a moment.</source>
        <translation>Le serveur est occupé. Réessayez dans un instant.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server refused the request (error %1).</source>
        <translation>Le serveur a refusé la requête (erreur %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+22"/>
        <source>The server&apos;s answer could not be read.</source>
        <translation>La réponse du serveur est illisible.</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>The server failed to process the request (error %1).</source>
        <translation>Le serveur n’a pas pu traiter la requête (erreur %1).</translation>
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
    <name>medinexus::client::NotificationChannel</name>
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
<context>
    <name>medinexus::client::gui::AdminFeedback</name>
    <message>
        <location filename="../client/gui/admin/admin_feedback.cpp" line="+21"/>
        <source>Administration needs a connection to the server. Facilities, accounts and the audit log are kept on the server: sign in again when it can be reached.</source>
        <translation>L’administration nécessite une connexion au serveur. Les établissements, les comptes et le journal d’audit sont conservés sur le serveur : reconnectez-vous lorsqu’il sera joignable.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The server refused the request (HTTP status %1).</source>
        <translation>Le serveur a refusé la requête (statut HTTP %1).</translation>
    </message>
</context>
<context>
    <name>medinexus::client::gui::AdminPanel</name>
    <message>
        <location filename="../client/gui/admin/admin_panel.cpp" line="+21"/>
        <source>&amp;Facilities</source>
        <translation>É&amp;tablissements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Accounts</source>
        <translation>&amp;Comptes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit &amp;log</source>
        <translation>&amp;Journal d’audit</translation>
    </message>
</context>
<context>
    <name>medinexus::client::gui::AuditLogPage</name>
    <message>
        <location filename="../client/gui/admin/audit_log_page.cpp" line="+62"/>
        <source>&amp;From:</source>
        <translation>&amp;Du :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Until:</source>
        <translation>&amp;Au :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load &amp;more</source>
        <translation>Charger &amp;plus</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>From</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Until</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+112"/>
        <source>Anyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>Any action</source>
        <translation>Toutes les actions</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Identifier of a patient, entry, account…</source>
        <translation>Identifiant d’un patient, d’une saisie, d’un compte…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Audit log</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Object type</source>
        <translation>Type d’objet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Object</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Person:</source>
        <translation>P&amp;ersonne :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Action:</source>
        <translation>A&amp;ction :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Object:</source>
        <translation>&amp;Objet :</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The start of the period must come before its end.</source>
        <translation>Le début de la période doit précéder sa fin.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Nothing in the log matches these filters.</source>
        <translation>Aucune entrée du journal ne correspond à ces filtres.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n row(s) shown.</source>
        <comment>audit log</comment>
        <translation>
            <numerusform>%n ligne affichée.</numerusform>
            <numerusform>%n lignes affichées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>medinexus::client::gui::ChangePasswordDialog</name>
    <message>
        <location filename="../client/gui/shell/password_dialogs.cpp" line="-44"/>
        <source>Change my password</source>
        <translation>Changer mon mot de passe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Current password:</source>
        <translation>Mot de passe &amp;actuel :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New password:</source>
        <translation>&amp;Nouveau mot de passe :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Con&amp;firm the new password:</source>
        <translation>&amp;Confirmer le nouveau mot de passe :</translation>
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
        <translation>Les dossiers locaux ne peuvent pas être ouverts : %1</translation>
    </message>
    <message>
        <location line="+125"/>
        <location line="+4"/>
        <source>Change my password</source>
        <translation>Changer mon mot de passe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your password has been changed.</source>
        <translation>Votre mot de passe a été changé.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Your account has been deactivated or its password reset by an administrator. Ask your administrator, then log in again.</source>
        <translation>Votre compte a été désactivé ou son mot de passe a été réinitialisé par un·e administrateur·rice. Adressez-vous à votre administrateur·rice, puis reconnectez-vous.</translation>
    </message>
</context>
<context>
    <name>medinexus::client::gui::ConflictComparisonModel</name>
    <message>
        <location filename="../client/gui/conflicts/conflict_comparison_model.cpp" line="+34"/>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Given names</source>
        <translation>Prénoms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Birth</source>
        <translation>Naissance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allergies</source>
        <translation>Allergies</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>None known</source>
        <translation>Aucune connue</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>%1: %2 (the same in every version)</source>
        <translation>%1 : %2 (identique dans toutes les versions)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 (kept)</source>
        <translation>%1 : %2 (conservé)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>medinexus::client::gui::ConflictsView</name>
    <message>
        <location filename="../client/gui/conflicts/conflicts_view.cpp" line="+43"/>
        <source>No conflicts</source>
        <translation>Aucun conflit</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Open the record</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Resolve</source>
        <translation>&amp;Résoudre</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Patients with conflicting versions</source>
        <translation>Patients dont les versions sont en conflit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This patient was changed at two places on the same version. For each highlighted line, check the value to keep (the server&apos;s until you choose another: click it or press Space), then Resolve.</source>
        <translation>Ce patient a été modifié à deux endroits à partir de la même version. Pour chaque ligne en surbrillance, cochez la valeur à conserver (celle du serveur tant que vous n’en choisissez pas une autre : cliquez dessus ou appuyez sur Espace), puis cliquez sur Résoudre.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Versions of the patient, field by field</source>
        <translation>Versions du patient, champ par champ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Click a version&apos;s title to keep all its values.</source>
        <translation>Cliquez sur le titre d’une version pour conserver toutes ses valeurs.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save the checked values as the patient&apos;s version for every clinic.</source>
        <translation>Enregistrer les valeurs cochées comme version du patient pour tous les établissements.</translation>
    </message>
    <message>
        <location line="+82"/>
        <location line="+63"/>
        <source>The conflicts could not be read from this computer.</source>
        <translation>Les conflits n’ont pas pu être lus sur cet ordinateur.</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Patient not on this computer</source>
        <translation>Patient absent de cet ordinateur</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 (%2): %n other version(s)</source>
        <comment>conflict list</comment>
        <translation>
            <numerusform>%1 (%2) : %n autre version</numerusform>
            <numerusform>%1 (%2) : %n autres versions</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolved, waiting for the next sync</source>
        <translation>Résolu, en attente de la prochaine synchronisation</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Proposed by %1
%2
%3</source>
        <translation>Proposée par %1
%2
%3</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This patient is not on this computer.</source>
        <translation>Ce patient n’est pas sur cet ordinateur.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>On the server
(version %1)</source>
        <translation>Sur le serveur
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
        <translation>Tout garder du serveur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Take all from this version</source>
        <translation>Tout prendre de cette version</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep every value of the server&apos;s version</source>
        <translation>Conserver toutes les valeurs de la version du serveur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take every value of proposed version %1</source>
        <translation>Prendre toutes les valeurs de la version proposée %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Your resolution is saved on this computer. The conflict closes for every clinic at the next sync.</source>
        <translation>Votre résolution est enregistrée sur cet ordinateur. Le conflit sera clos pour tous les établissements à la prochaine synchronisation.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The resolution could not be saved on this computer. Nothing was changed.</source>
        <translation>La résolution n’a pas pu être enregistrée sur cet ordinateur. Rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>medinexus::client::gui::Correction</name>
    <message>
        <location filename="../client/gui/record/correction_text.cpp" line="+22"/>
        <source>Corrects the diagnosis of %1: %2</source>
        <translation>Corrige le diagnostic du %1 : %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Corrects the prescription of %1: %2</source>
        <translation>Corrige l’ordonnance du %1 : %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Corrects the dispensation of %1: %2</source>
        <translation>Corrige la délivrance du %1 : %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Corrects the observation of %1: %2</source>
        <translation>Corrige l’observation du %1 : %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Corrects the note of %1: %2</source>
        <translation>Corrige la note du %1 : %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Corrects the entry of %1: %2</source>
        <translation>Corrige la saisie du %1 : %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reason: %1</source>
        <translation>Motif : %1</translation>
    </message>
</context>
<context>
    <name>medinexus::client::gui::DiagnosisDialog</name>
    <message>
        <location filename="../client/gui/record/diagnosis_dialog.cpp" line="+19"/>
        <source>Correct a diagnosis</source>
        <translation>Corriger un diagnostic</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a diagnosis</source>
        <translation>Ajouter un diagnostic</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The diagnosis in your words</source>
        <translation>Le diagnostic, dans vos propres mots</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Diagnosis:</source>
        <translation>&amp;Diagnostic :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Optional, e.g. B54 or J18.9</source>
        <translation>Facultatif, p. ex. B54 ou J18.9</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ICD-10 &amp;code:</source>
        <translation>&amp;Code CIM-10 :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Status:</source>
        <translation>&amp;Statut :</translation>
    </message>
</context>
<context>
    <name>medinexus::client::gui::DispensationCorrectionDialog</name>
    <message>
        <location filename="../client/gui/record/dispensation_correction_dialog.cpp" line="+24"/>
        <source>Correct a dispensation</source>
        <translation>Corriger une délivrance</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Prescription:</source>
        <translation>Ordonnance :</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Quantity handed over:</source>
        <translation>&amp;Quantité remise :</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Dispensation:</source>
        <translation>&amp;Délivrance :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote :</translation>
    </message>
</context>
<context>
    <name>medinexus::client::gui::EntryDialog</name>
    <message>
        <location filename="../client/gui/record/entry_dialog.cpp" line="+60"/>
        <source>Why is this entry corrected? (required)</source>
        <translation>Pourquoi cette saisie est-elle corrigée ? (obligatoire)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R&amp;eason for the correction:</source>
        <translation>Mot&amp;if de la correction :</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save the entry (Ctrl+Enter)</source>
        <translation>Enregistrer la saisie (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close without saving (Esc)</source>
        <translation>Fermer sans enregistrer (Échap)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The entry was not saved. Please correct the marked fields.</source>
        <translation>La saisie n’a pas été enregistrée. Veuillez corriger les champs signalés.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The entry could not be written to the local records, so it was not saved. Try again; if it happens again, tell your administrator.</source>
        <translation>La saisie n’a pas pu être écrite dans les dossiers locaux : elle n’a donc pas été enregistrée. Réessayez ; si le problème se reproduit, prévenez votre administrateur·rice.</translation>
    </message>
</context>
<context>
    <name>medinexus::client::gui::EntryText</name>
    <message numerus="yes">
        <location filename="../client/gui/workspace/entry_text.cpp" line="+22"/>
        <source>for %n day(s)</source>
        <comment>duration</comment>
        <translation>
            <numerusform>pendant %n jour</numerusform>
            <numerusform>pendant %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 (%3 %4)</source>
        <translation>%1 : %2 (%3 %4)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>BP %1/%2 mmHg</source>
        <translation>TA %1/%2 mmHg</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 %2 dispensed (full)</source>
        <translation>Délivrance complète : %1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2 dispensed (partial)</source>
        <translation>Délivrance partielle : %1 %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>%n month(s)</source>
        <comment>age</comment>
        <translation>
            <numerusform>%n mois</numerusform>
            <numerusform>%n mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n year(s)</source>
        <comment>age</comment>
        <translation>
            <numerusform>%n an</numerusform>
            <numerusform>%n ans</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>about %1</source>
        <translation>vers %1</translation>
    </message>
</context>
<context>
    <name>medinexus::client::gui::FacilitiesPage</name>
    <message>
        <location filename="../client/gui/admin/facilities_page.cpp" line="+28"/>
        <source>&amp;New facility…</source>
        <translation>&amp;Nouvel établissement…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+164"/>
        <source>&amp;Deactivate</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <location line="-163"/>
        <source>Re&amp;load</source>
        <translation>Re&amp;charger</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Facilities</source>
        <translation>Établissements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inactive</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>&amp;Reactivate</source>
        <translation>&amp;Réactiver</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The facility “%1” was created.</source>
        <translation>L’établissement « %1 » a été créé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The facility “%1” was saved.</source>
        <translation>L’établissement « %1 » a été enregistré.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Deactivate facility</source>
        <translation>Désactiver l’établissement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deactivate “%1”? Its records keep naming it, but it can no longer be chosen for new accounts.</source>
        <translation>Désactiver « %1 » ? Les dossiers continueront de le mentionner, mais il ne pourra plus être choisi pour de nouveaux comptes.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The facility “%1” was reactivated.</source>
        <translation>L’établissement « %1 » a été réactivé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The facility “%1” was deactivated.</source>
        <translation>L’établissement « %1 » a été désactivé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Somebody else changed the facility “%1” in the meantime, so nothing was saved. The list now shows its current state.</source>
        <translation>Quelqu’un d’autre a modifié l’établissement « %1 » entre-temps : rien n’a été enregistré. La liste affiche maintenant son état actuel.</translation>
    </message>
</context>
<context>
    <name>medinexus::client::gui::FacilityDialog</name>
    <message>
        <location filename="../client/gui/admin/facility_dialog.cpp" line="+31"/>
        <source>Edit facility</source>
        <translation>Modifier l’établissement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New facility</source>
        <translation>Nouvel établissement</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Village:</source>
        <translation>&amp;Village :</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Somebody else changed this facility in the meantime, so your changes were not saved. The list has been reloaded: open the facility again to edit its current version.</source>
        <translation>Quelqu’un d’autre a modifié cet établissement entre-temps : vos modifications n’ont pas été enregistrées. La liste a été rechargée : rouvrez l’établissement pour modifier sa version actuelle.</translation>
    </message>
</context>
<context>
    <name>medinexus::client::gui::FirstRunLanguagePage</name>
    <message>
        <location filename="../client/gui/login/first_run_wizard.cpp" line="+76"/>
        <source>Welcome to MediNexus</source>
        <translation>Bienvenue dans MediNexus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This short setup connects this computer to your community&apos;s server.</source>
        <translation>Cette courte configuration relie cet ordinateur au serveur de votre communauté.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the language of MediNexus. You can change it later in the login window or in the Settings menu.</source>
        <translation>Choisissez la langue de MediNexus. Vous pourrez la changer plus tard dans la fenêtre de connexion ou dans le menu Paramètres.</translation>
    </message>
</context>
<context>
    <name>medinexus::client::gui::FirstRunServerPage</name>
    <message>
        <location line="+60"/>
        <source>Your community&apos;s server</source>
        <translation>Le serveur de votre communauté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the address your administrator gave you and check the server. Compare the fingerprint shown with theirs, or paste theirs and MediNexus compares.</source>
        <translation>Saisissez l’adresse fournie par votre administrateur et vérifiez le serveur. Comparez l’empreinte affichée avec la sienne, ou collez la sienne et MediNexus les compare.</translation>
    </message>
</context>
<context>
    <name>medinexus::client::gui::FirstRunSummaryPage</name>
    <message>
        <location line="+60"/>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check what you chose, then press Finish.</source>
        <translation>Vérifiez vos choix, puis appuyez sur Terminer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server:</source>
        <translation>Serveur :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate (SHA-256):</source>
        <translation>Certificat (SHA-256) :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next, log in with the user name and password your administrator gave you. If you have none yet, ask them for an account.</source>
        <translation>Connectez-vous ensuite avec le nom d’utilisateur et le mot de passe fournis par votre administrateur. Si vous n’en avez pas encore, demandez-lui un compte.</translation>
    </message>
</context>
<context>
    <name>medinexus::client::gui::FirstRunWizard</name>
    <message>
        <location line="+55"/>
        <source>MediNexus: first start</source>
        <translation>MediNexus : premier démarrage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Précédent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Finish</source>
        <translation>&amp;Terminer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Server not saved</source>
        <translation>Serveur non enregistré</translation>
    </message>
</context>
<context>
    <name>medinexus::client::gui::LoginDialog</name>
    <message>
        <location filename="../client/gui/login/login_dialog.cpp" line="+144"/>
        <source>MediNexus: log in</source>
        <translation>MediNexus : connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MediNexus</source>
        <translation>MediNexus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a server (first contact: check its fingerprint)</source>
        <translation>Ajouter un serveur (premier contact : vérifiez son empreinte)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name:</source>
        <translation>Nom d’&amp;utilisateur :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work &amp;offline (without contacting the server)</source>
        <translation>Travailler &amp;hors ligne (sans contacter le serveur)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Log in</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The list of servers cannot be read: %1</source>
        <translation>La liste des serveurs est illisible : %1</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+17"/>
        <source>Server not saved</source>
        <translation>Serveur non enregistré</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove the server</source>
        <translation>Retirer le serveur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove &quot;%1&quot; from this list? The records already on this computer stay on it.</source>
        <translation>Retirer « %1 » de cette liste ? Les données déjà présentes sur cet ordinateur y restent.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Server not removed</source>
        <translation>Serveur non retiré</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Logging in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add a server first.</source>
        <translation>Ajoutez d’abord un serveur.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Type your user name and password.</source>
        <translation>Saisissez votre nom d’utilisateur et votre mot de passe.</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>Try again in %n second(s).</source>
        <comment>throttled</comment>
        <translation>
            <numerusform>Réessayez dans %n seconde.</numerusform>
            <numerusform>Réessayez dans %n secondes.</numerusform>
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
        <translation>&amp;Comptoir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;onflicts</source>
        <translation>C&amp;onflits</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Administration</source>
        <translation>A&amp;dministration</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>You are working offline: what you record is kept on this computer and sent when the server answers again.</source>
        <translation>Vous travaillez hors ligne : ce que vous enregistrez est conservé sur cet ordinateur et sera envoyé quand le serveur répondra de nouveau.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Your session on the server has ended. Keep working: your changes are kept. Use File &gt; Sign in again to synchronise.</source>
        <translation>Votre session sur le serveur a pris fin. Continuez à travailler : vos modifications sont conservées. Utilisez Fichier &gt; Se reconnecter pour synchroniser.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Synchronise now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign &amp;in again…</source>
        <translation>Se re&amp;connecter…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change &amp;password…</source>
        <translation>Changer le mot de &amp;passe…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Refused changes…</source>
        <translation>Modifications &amp;refusées…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Log out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Patient</source>
        <translation>&amp;Patient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find a patient</source>
        <translation>&amp;Rechercher un patient</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Register a patient…</source>
        <translation>&amp;Enregistrer un patient…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Settings</source>
        <translation>Para&amp;mètres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About MediNexus</source>
        <translation>À &amp;propos de MediNexus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About MediNexus</source>
        <translation>À propos de MediNexus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;MediNexus %1&lt;/b&gt;&lt;p&gt;Medical records for communities of hospitals, clinics and pharmacies.&lt;/p&gt;&lt;p&gt;Free software under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;b&gt;MediNexus %1&lt;/b&gt;&lt;p&gt;Dossiers médicaux pour les réseaux d’hôpitaux, de cliniques et de pharmacies.&lt;/p&gt;&lt;p&gt;Logiciel libre sous licence GNU GPL, version 3 ou ultérieure.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Quit MediNexus</source>
        <translation>Quitter MediNexus</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n change(s) have not reached the server yet. They are kept on this computer and sent at the next login. Quit now?</source>
        <comment>pending at exit</comment>
        <translation>
            <numerusform>%n modification n’a pas encore atteint le serveur. Elle est conservée sur cet ordinateur et sera envoyée à la prochaine connexion. Quitter maintenant ?</numerusform>
            <numerusform>%n modifications n’ont pas encore atteint le serveur. Elles sont conservées sur cet ordinateur et seront envoyées à la prochaine connexion. Quitter maintenant ?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>medinexus::client::gui::NoteDialog</name>
    <message>
        <location filename="../client/gui/record/note_dialog.cpp" line="+37"/>
        <source>Correct a note</source>
        <translation>Corriger une note</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a note</source>
        <translation>Ajouter une note</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Category:</source>
        <translation>&amp;Catégorie :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The note</source>
        <translation>La note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Text:</source>
        <translation>&amp;Texte :</translation>
    </message>
</context>
<context>
    <name>medinexus::client::gui::ObservationDialog</name>
    <message>
        <location filename="../client/gui/record/observation_dialog.cpp" line="-151"/>
        <source>Correct an observation</source>
        <translation>Corriger une observation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record vital signs and nursing observations</source>
        <translation>Saisir les constantes et les observations infirmières</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Temperature:</source>
        <translation>&amp;Température :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Pulse:</source>
        <translation>&amp;Pouls :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Systolic blood pressure</source>
        <translation>Pression artérielle systolique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diastolic blood pressure</source>
        <translation>Pression artérielle diastolique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Blood pressure:</source>
        <translation>Pression &amp;artérielle :</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Respiratory rate:</source>
        <translation>Fréquence &amp;respiratoire :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;SpO2:</source>
        <translation>&amp;SpO2 :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Weight:</source>
        <translation>P&amp;oids :</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Clinical evolution, care given (optional when vital signs are entered)</source>
        <translation>Évolution clinique, soins prodigués (facultatif si des constantes sont saisies)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Nursing observations:</source>
        <translation>Observations i&amp;nfirmières :</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 to %2, empty when not measured</source>
        <translation>%1 à %2, vide si non mesuré</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Usual range: %1 to %2</source>
        <translation>Valeurs habituelles : %1 à %2</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>high</source>
        <translation>élevé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>low</source>
        <translation>bas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2 is outside the usual range (%3 to %4).</source>
        <translation>%1 : %2, en dehors des valeurs habituelles (%3 à %4).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Check the values; they will be saved as typed.</source>
        <translation>Vérifiez les valeurs ; elles seront enregistrées telles que saisies.</translation>
    </message>
</context>
<context>
    <name>medinexus::client::gui::PasswordField</name>
    <message numerus="yes">
        <location filename="../client/gui/workspace/password_field.cpp" line="-11"/>
        <source>At least %n characters, not containing the username.</source>
        <comment>password rule</comment>
        <translation>
            <numerusform>Au moins %n caractère, sans le nom d’utilisateur.</numerusform>
            <numerusform>Au moins %n caractères, sans le nom d’utilisateur.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>medinexus::client::gui::PatientFormDialog</name>
    <message>
        <location filename="../client/gui/patients/patient_form_dialog.cpp" line="+90"/>
        <source>Register a new patient</source>
        <translation>Enregistrer un nouveau patient</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit the details of %1</source>
        <translation>Modifier les informations de %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Choose</source>
        <translation>Choisir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date of &amp;birth:</source>
        <translation>&amp;Date de naissance :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date unknown, &amp;estimated year:</source>
        <translation>Date inconnue, année &amp;estimée :</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not entered</source>
        <translation>Non saisie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Estimated year of birth</source>
        <translation>Année de naissance estimée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. %1</source>
        <translation>p. ex. %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>One substance per line; leave empty when none is known.</source>
        <translation>Une substance par ligne ; laissez vide si aucune n’est connue.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Family name:</source>
        <translation>&amp;Nom de famille :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Given names:</source>
        <translation>&amp;Prénoms :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sex:</source>
        <translation>&amp;Sexe :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Village:</source>
        <translation>&amp;Village :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ddress:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;llergies:</source>
        <translation>A&amp;llergies :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Register</source>
        <translation>En&amp;registrer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Save</source>
        <translation>En&amp;registrer</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>The records on this computer could not be read, so possible duplicates could not be checked. Nothing was registered.</source>
        <translation>Les dossiers de cet ordinateur n’ont pas pu être lus : les doublons éventuels n’ont donc pas pu être vérifiés. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The patient could not be saved on this computer. Nothing was changed.</source>
        <translation>Le patient n’a pas pu être enregistré sur cet ordinateur. Rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>medinexus::client::gui::PatientHeader</name>
    <message>
        <location filename="../client/gui/record/patient_header.cpp" line="+50"/>
        <source>Patient number</source>
        <translation>Numéro de patient</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Allergies</source>
        <translation>Allergies</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Two versions of this patient&apos;s details disagree: the conflict must be resolved.</source>
        <translation>Deux versions des informations de ce patient divergent : le conflit doit être résolu.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Active diagnoses:</source>
        <translation>Diagnostics actifs :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current prescriptions:</source>
        <translation>Ordonnances en cours :</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Age unknown</source>
        <translation>Âge inconnu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (born %2)</source>
        <translation>%1 (naissance : %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone: %1</source>
        <translation>Téléphone : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village: %1</source>
        <translation>Village : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No known allergies</source>
        <translation>Aucune allergie connue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ALLERGIES: %1</source>
        <translation>ALLERGIES : %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+8"/>
        <source>None</source>
        <translation>Néant</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>%1 — still to dispense: %2 %3</source>
        <translation>%1 — reste à délivrer : %2 %3</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n entry(ies) not yet sent to the server.</source>
        <comment>pending entries</comment>
        <translation>
            <numerusform>%n saisie pas encore envoyée au serveur.</numerusform>
            <numerusform>%n saisies pas encore envoyées au serveur.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>medinexus::client::gui::PatientRecordView</name>
    <message>
        <location filename="../client/gui/record/patient_record_view.cpp" line="+47"/>
        <source>&amp;Diagnosis…</source>
        <translation>&amp;Diagnostic…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a diagnosis</source>
        <translation>Ajouter un diagnostic</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Prescription…</source>
        <translation>&amp;Ordonnance…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a prescription</source>
        <translation>Ajouter une ordonnance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Vital signs…</source>
        <translation>&amp;Constantes…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record vital signs and nursing observations</source>
        <translation>Saisir les constantes et les observations infirmières</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Note…</source>
        <translation>&amp;Note…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a note</source>
        <translation>Ajouter une note</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Correct…</source>
        <translation>Co&amp;rriger…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Correct the selected entry</source>
        <translation>Corriger la saisie sélectionnée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pr&amp;int…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print the selected prescription</source>
        <translation>Imprimer l’ordonnance sélectionnée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit de&amp;tails…</source>
        <translation>Modifier les in&amp;formations…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the patient&apos;s details</source>
        <translation>Modifier les informations du patient</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>All entries</source>
        <translation>Toutes les saisies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diagnoses</source>
        <translation>Diagnostics</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prescriptions</source>
        <translation>Ordonnances</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dispensations</source>
        <translation>Délivrances</translation>
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
        <translation>Affic&amp;her :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clinical entries, newest first</source>
        <translation>Saisies cliniques, les plus récentes en premier</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Selected entry</source>
        <translation>Saisie sélectionnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select an entry to read it in full.</source>
        <translation>Sélectionnez une saisie pour la lire en entier.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>This patient is not in the records of this computer.</source>
        <translation>Ce patient ne figure pas dans les dossiers de cet ordinateur.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>%1. Select an entry first.</source>
        <translation>%1. Sélectionnez d’abord une saisie.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1. Select a prescription first.</source>
        <translation>%1. Sélectionnez d’abord une ordonnance.</translation>
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
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Patient number</source>
        <translation>Numéro de patient</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Age (birth)</source>
        <translation>Âge (naissance)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
</context>
<context>
    <name>medinexus::client::gui::PatientSearchPanel</name>
    <message>
        <location filename="../client/gui/patients/patient_search_panel.cpp" line="+36"/>
        <source>&amp;Register a new patient</source>
        <translation>&amp;Enregistrer un nouveau patient</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name, patient number or phone</source>
        <translation>Nom, numéro de patient ou téléphone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type part of the name (accents are not needed), the patient number (with or without hyphens) or the phone number. Down arrow: results; Enter: open.</source>
        <translation>Saisissez une partie du nom (les accents ne sont pas nécessaires), le numéro de patient (avec ou sans tirets) ou le numéro de téléphone. Flèche bas : résultats ; Entrée : ouvrir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Find a patient:</source>
        <translation>&amp;Rechercher un patient :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Any</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only patients born in this year (date of birth or estimated year).</source>
        <translation>Uniquement les patients nés cette année-là (date de naissance ou année estimée).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Born in &amp;year:</source>
        <translation>Année de &amp;naissance :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Patients found</source>
        <translation>Patients trouvés</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Register a patient who is not in the records yet.</source>
        <translation>Enregistrer un patient qui ne figure pas encore dans les dossiers.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Type a name, patient number or phone.</source>
        <translation>Saisissez un nom, un numéro de patient ou un téléphone.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The records on this computer could not be read. Restart MediNexus; if this happens again, call your administrator.</source>
        <translation>Les dossiers de cet ordinateur n’ont pas pu être lus. Redémarrez MediNexus ; si le problème se reproduit, appelez votre administrateur·rice.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No patient found.</source>
        <translation>Aucun patient trouvé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the first %1 patients are shown: add a word, the birth year or the phone.</source>
        <translation>Seuls les %1 premiers patients sont affichés : ajoutez un mot, l’année de naissance ou le téléphone.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n patient(s) found.</source>
        <comment>search results</comment>
        <translation>
            <numerusform>%n patient trouvé.</numerusform>
            <numerusform>%n patients trouvés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>medinexus::client::gui::PharmacyCounterView</name>
    <message>
        <location filename="../client/gui/counter/pharmacy_counter_view.cpp" line="+72"/>
        <source>Patient &amp;number:</source>
        <translation>&amp;Numéro de patient :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type or scan the number</source>
        <translation>Saisissez ou scannez le numéro</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Counter message</source>
        <translation>Message du comptoir</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Open prescriptions:</source>
        <translation>&amp;Ordonnances en cours :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Medication</source>
        <translation>Médicament</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Prescriber</source>
        <translation>Prescripteur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remaining</source>
        <translation>Restant</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Quantity:</source>
        <translation>&amp;Quantité :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>N&amp;ote:</source>
        <translation>No&amp;te :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Optional, e.g. generic substituted</source>
        <translation>Facultatif, p. ex. substitution par un générique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Dispense</source>
        <translation>&amp;Délivrer</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Type or scan the patient number.</source>
        <translation>Saisissez ou scannez le numéro de patient.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A patient number has 11 characters, for example 7K2M-QX4D-9HC.</source>
        <translation>Un numéro de patient comporte 11 caractères, par exemple 7K2M-QX4D-9HC.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is not a patient number: it contains a character that numbers never use.</source>
        <translation>Ce n’est pas un numéro de patient : il contient un caractère qui n’est jamais utilisé dans les numéros.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the number: a character is wrong.</source>
        <translation>Vérifiez le numéro : un caractère est erroné.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No patient with the number %1 is known here. If they were registered elsewhere a moment ago, wait for the next synchronisation and try again.</source>
        <translation>Aucun patient portant le numéro %1 n’est connu ici. S’il vient d’être enregistré ailleurs, attendez la prochaine synchronisation et réessayez.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No open prescription for %1: everything prescribed has been dispensed.</source>
        <translation>Aucune ordonnance en cours pour %1 : tout ce qui a été prescrit a été délivré.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Allergies: none known</source>
        <translation>Allergies : aucune connue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ALLERGIES: %1</source>
        <translation>ALLERGIES : %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 of %2 %3</source>
        <translation>%1 sur %2 %3</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>The dispensation could not be saved on this computer (local database error). Nothing was recorded; try again, and call support if it happens again.</source>
        <translation>La délivrance n’a pas pu être enregistrée sur cet ordinateur (erreur de la base de données locale). Rien n’a été enregistré ; réessayez, et appelez l’assistance si le problème se reproduit.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n unit(s) dispensed to %1</source>
        <comment>counter confirmation</comment>
        <translation>
            <numerusform>%n unité délivrée à %1</numerusform>
            <numerusform>%n unités délivrées à %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2 dispensed to %3</source>
        <translation>Délivré à %3 : %1 %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1. No open prescription left.</source>
        <translation>%1. Plus aucune ordonnance en cours.</translation>
    </message>
</context>
<context>
    <name>medinexus::client::gui::PrescriptionDialog</name>
    <message>
        <location filename="../client/gui/record/prescription_dialog.cpp" line="-91"/>
        <source>Correct a prescription</source>
        <translation>Corriger une ordonnance</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a prescription</source>
        <translation>Ajouter une ordonnance</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name and strength, e.g. Amoxicillin 500 mg</source>
        <translation>Nom et dosage, p. ex. Amoxicilline 500 mg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Medication:</source>
        <translation>&amp;Médicament :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Per administration, e.g. 1 tablet</source>
        <translation>Par prise, p. ex. 1 comprimé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;ose:</source>
        <translation>&amp;Dose :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Route:</source>
        <translation>&amp;Voie :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. 3 times a day</source>
        <translation>p. ex. 3 fois par jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Frequency:</source>
        <translation>&amp;Fréquence :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Optional, %1 to %2 days</source>
        <translation>Facultatif, %1 à %2 jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uration:</source>
        <translation>D&amp;urée :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>days (optional)</source>
        <translation>jours (facultatif)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Units to dispense in total, %1 to %2</source>
        <translation>Nombre total d’unités à délivrer, %1 à %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quantity to dispense:</source>
        <translation>&amp;Quantité à délivrer :</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>tablets</source>
        <translation>comprimés</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>capsules</source>
        <translation>gélules</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>bottles</source>
        <translation>flacons</translation>
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
        <translation>flacons injectables</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ml</source>
        <translation>ml</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>U&amp;nit:</source>
        <translation>U&amp;nité :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Optional, e.g. after meals</source>
        <translation>Facultatif, p. ex. après les repas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Instructions:</source>
        <translation>&amp;Consignes :</translation>
    </message>
</context>
<context>
    <name>medinexus::client::gui::PrescriptionDocument</name>
    <message>
        <location filename="../client/gui/printing/prescription_document.cpp" line="+133"/>
        <source>Prescription</source>
        <translation>Ordonnance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prescribed on %1</source>
        <translation>Prescrite le %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Patient number: %1</source>
        <translation>Numéro de patient : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Born: %1 (%2)</source>
        <translation>Naissance : %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Born: %1</source>
        <translation>Naissance : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date of birth unknown</source>
        <translation>Date de naissance inconnue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sex: %1</source>
        <translation>Sexe : %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Allergies: none known</source>
        <translation>Allergies : aucune connue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ALLERGIES: %1</source>
        <translation>ALLERGIES : %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Treatment</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Corrected prescription. Reason: %1</source>
        <translation>Ordonnance corrigée — motif : %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Prescriber: %1 (%2)</source>
        <translation>Prescripteur : %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facility: %1</source>
        <translation>Établissement : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date: %1</source>
        <translation>Date : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reference: %1</source>
        <translation>Référence : %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Prescriber&apos;s signature and stamp</source>
        <translation>Signature et cachet du prescripteur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printed on %1</source>
        <translation>Imprimé le %1</translation>
    </message>
</context>
<context>
    <name>medinexus::client::gui::PrescriptionPrint</name>
    <message>
        <location filename="../client/gui/printing/prescription_print.cpp" line="+54"/>
        <source>prescription-%1-%2.pdf</source>
        <translation>ordonnance-%1-%2.pdf</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save the prescription as PDF</source>
        <translation>Enregistrer l’ordonnance en PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+23"/>
        <location line="+6"/>
        <location line="+9"/>
        <location line="+22"/>
        <location line="+38"/>
        <source>Prescription</source>
        <translation>Ordonnance</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Writing the PDF…</source>
        <translation>Écriture du PDF…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The prescription was saved to %1.</source>
        <translation>L’ordonnance a été enregistrée dans %1.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+84"/>
        <source>Print the prescription</source>
        <translation>Imprimer l’ordonnance</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+12"/>
        <source>The file %1 cannot be written: %2</source>
        <translation>Impossible d’écrire le fichier %1 : %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The PDF could not be written to %1.</source>
        <translation>Le PDF n’a pas pu être écrit dans %1.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save the prescription as a PDF file, or print it?</source>
        <translation>Enregistrer l’ordonnance dans un fichier PDF, ou l’imprimer ?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save as &amp;PDF…</source>
        <translation>Enregistrer en &amp;PDF…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>P&amp;rint…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
</context>
<context>
    <name>medinexus::client::gui::RejectedChangesDialog</name>
    <message>
        <location filename="../client/gui/shell/rejected_changes_dialog.cpp" line="+43"/>
        <source>Changes refused by the server</source>
        <translation>Modifications refusées par le serveur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server has refused none of your changes.</source>
        <translation>Le serveur n’a refusé aucune de vos modifications.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server refused these changes; they are kept here. Record them again once the problem given as the reason is fixed.</source>
        <translation>Le serveur a refusé ces modifications ; elles sont conservées ici. Saisissez-les de nouveau une fois corrigé le problème indiqué dans le motif.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Refused at</source>
        <translation>Refusée le</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Patient details</source>
        <translation>Informations du patient</translation>
    </message>
</context>
<context>
    <name>medinexus::client::gui::ResetPasswordDialog</name>
    <message>
        <location filename="../client/gui/admin/reset_password_dialog.cpp" line="+29"/>
        <source>Reset password</source>
        <translation>Réinitialiser le mot de passe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New password for %1 (%2). Their open sessions end, on every computer.</source>
        <translation>Nouveau mot de passe pour %1 (%2). Ses sessions ouvertes prendront fin, sur tous les ordinateurs.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;New password:</source>
        <translation>&amp;Nouveau mot de passe :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Confirm new password:</source>
        <translation>&amp;Confirmer le nouveau mot de passe :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Reset password</source>
        <translation>&amp;Réinitialiser le mot de passe</translation>
    </message>
</context>
<context>
    <name>medinexus::client::gui::ServerProfileDialog</name>
    <message>
        <location filename="../client/gui/login/server_profile_dialog.cpp" line="+14"/>
        <source>Edit server</source>
        <translation>Modifier le serveur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a server</source>
        <translation>Ajouter un serveur</translation>
    </message>
</context>
<context>
    <name>medinexus::client::gui::ServerProfileForm</name>
    <message>
        <location filename="../client/gui/login/server_profile_form.cpp" line="-145"/>
        <source>e.g. District health network</source>
        <translation>p. ex. Réseau de santé du district</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>host:port, one per line; the first one is tried first</source>
        <translation>hôte:port, un par ligne ; le premier est essayé en premier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Addresses:</source>
        <translation>&amp;Adresses :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: paste the fingerprint your administrator gave you</source>
        <translation>Facultatif : collez l’empreinte fournie par votre administrateur·rice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Expected fingerprint:</source>
        <translation>&amp;Empreinte attendue :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Check the server</source>
        <translation>&amp;Vérifier le serveur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I have compared this &amp;fingerprint with the one my administrator gave me</source>
        <translation>J’ai comparé cette em&amp;preinte avec celle fournie par mon administrateur·rice</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>The server cannot be reached: %1</source>
        <translation>Le serveur est injoignable : %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The server&apos;s fingerprint is NOT the expected one. Do not connect; call your administrator.</source>
        <translation>L’empreinte du serveur n’est PAS celle attendue. Ne vous connectez pas ; appelez votre administrateur·rice.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Certificate of %1
Valid from %2 to %3
SHA-256 fingerprint:
%4</source>
        <translation>Certificat de %1
Valide du %2 au %3
Empreinte SHA-256 :
%4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This certificate is also trusted by this computer&apos;s certificate authorities.</source>
        <translation>Ce certificat est également reconnu par les autorités de certification de cet ordinateur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Trusted certificate (SHA-256):
%1</source>
        <translation>Certificat de confiance (SHA-256) :
%1</translation>
    </message>
</context>
<context>
    <name>medinexus::client::gui::SignInAgainDialog</name>
    <message>
        <location filename="../client/gui/shell/password_dialogs.cpp" line="-53"/>
        <source>Sign in again</source>
        <translation>Se reconnecter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server ended your session. Type the password of %1 to synchronise again.</source>
        <translation>Le serveur a mis fin à votre session. Saisissez le mot de passe de %1 pour synchroniser de nouveau.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Type your password.</source>
        <translation>Saisissez votre mot de passe.</translation>
    </message>
</context>
<context>
    <name>medinexus::client::gui::SimilarPatientsWarning</name>
    <message>
        <location filename="../client/gui/patients/similar_patients_warning.cpp" line="+23"/>
        <source>&amp;Open this patient</source>
        <translation>&amp;Ouvrir ce dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register &amp;anyway</source>
        <translation>Enregistrer &amp;quand même</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;This patient may already be registered.&lt;/b&gt; Check these records before creating a new one: a second record splits the patient&apos;s history.</source>
        <translation>&lt;b&gt;Ce patient est peut-être déjà enregistré.&lt;/b&gt; Vérifiez ces dossiers avant d’en créer un nouveau : un second dossier disperserait l’historique du patient.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Patients who look like the same person</source>
        <translation>Patients qui semblent être la même personne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Patient number</source>
        <translation>Numéro de patient</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Birth</source>
        <translation>Naissance</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Raison</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Use the selected record; nothing new is registered.</source>
        <translation>Utiliser le dossier sélectionné ; rien de nouveau n’est enregistré.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is a different person: register the new patient.</source>
        <translation>C’est une autre personne : enregistrer le nouveau patient.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Same name and birth year</source>
        <translation>Même nom et même année de naissance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Same phone</source>
        <translation>Même téléphone</translation>
    </message>
</context>
<context>
    <name>medinexus::client::gui::StatusLine</name>
    <message>
        <location filename="../client/gui/admin/status_line.cpp" line="+12"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>medinexus::client::gui::SyncStatusIndicator</name>
    <message>
        <location filename="../client/gui/shell/sync_status_indicator.cpp" line="+105"/>
        <source>Server: %1</source>
        <translation>Serveur : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Synchronisation status</source>
        <translation>État de la synchronisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync now</source>
        <translation>Synchroniser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Synchronise now (F5)</source>
        <translation>Synchroniser maintenant (F5)</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Synchronising…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign in again to synchronise</source>
        <translation>Reconnectez-vous pour synchroniser</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n change(s) waiting</source>
        <comment>pending</comment>
        <translation>
            <numerusform>%n modification en attente</numerusform>
            <numerusform>%n modifications en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n conflict(s)</source>
        <comment>conflicts</comment>
        <translation>
            <numerusform>%n conflit</numerusform>
            <numerusform>%n conflits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n change(s) refused</source>
        <comment>rejected</comment>
        <translation>
            <numerusform>%n modification refusée</numerusform>
            <numerusform>%n modifications refusées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>last sync %1</source>
        <translation>dernière synchronisation : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>never synchronised</source>
        <translation>jamais synchronisé</translation>
    </message>
</context>
<context>
    <name>medinexus::client::gui::TimelineModel</name>
    <message>
        <location filename="../client/gui/record/timeline_model.cpp" line="+78"/>
        <source>%1 (not yet sent)</source>
        <translation>%1 (en attente d’envoi)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 of %2</source>
        <translation>%1 du %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Corrects an earlier entry</source>
        <translation>Corrige une saisie antérieure</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (corrected)</source>
        <translation>%1 (corrigée)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This entry has been corrected by a later entry.</source>
        <translation>Cette saisie a été corrigée par une saisie ultérieure.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Written by %1 (%2) at %3</source>
        <translation>Saisie par %1 (%2), établissement : %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not yet sent to the server.</source>
        <translation>Pas encore envoyée au serveur.</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entry</source>
        <translation>Saisie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Facility</source>
        <translation>Établissement</translation>
    </message>
</context>
<context>
    <name>medinexus::client::gui::UserDialog</name>
    <message>
        <location filename="../client/gui/admin/user_dialog.cpp" line="-176"/>
        <source>Edit account</source>
        <translation>Modifier le compte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New account</source>
        <translation>Nouveau compte</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 (inactive)</source>
        <translation>%1 (inactif)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Username:</source>
        <translation>&amp;Nom d’utilisateur :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Display name:</source>
        <translation>Nom &amp;affiché :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Facility:</source>
        <translation>É&amp;tablissement :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Confirm password:</source>
        <translation>&amp;Confirmer le mot de passe :</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>Somebody else changed this account in the meantime, so your changes were not saved. The list has been reloaded: open the account again to edit its current version.</source>
        <translation>Quelqu’un d’autre a modifié ce compte entre-temps : vos modifications n’ont pas été enregistrées. La liste a été rechargée : rouvrez le compte pour modifier sa version actuelle.</translation>
    </message>
</context>
<context>
    <name>medinexus::client::gui::UsersPage</name>
    <message>
        <location filename="../client/gui/admin/users_page.cpp" line="+37"/>
        <source>&amp;New account…</source>
        <translation>&amp;Nouveau compte…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+187"/>
        <source>&amp;Deactivate</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <location line="-186"/>
        <source>Reset &amp;password…</source>
        <translation>Réinitialiser le mot de &amp;passe…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;load</source>
        <translation>Re&amp;charger</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Username</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Facility</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>Unknown facility</source>
        <translation>Établissement inconnu</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deactivated</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>&amp;Reactivate</source>
        <translation>&amp;Réactiver</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The account of %1 was created.</source>
        <translation>Le compte de %1 a été créé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The account of %1 was saved.</source>
        <translation>Le compte de %1 a été enregistré.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+7"/>
        <source>Deactivate account</source>
        <translation>Désactiver le compte</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>You cannot deactivate your own account: you would lock yourself out. Another administrator can do it.</source>
        <translation>Vous ne pouvez pas désactiver votre propre compte : vous ne pourriez plus vous connecter. Un·e autre administrateur·rice peut le faire.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deactivate the account of %1? They can no longer sign in and their open sessions end. What they wrote stays in the records.</source>
        <translation>Désactiver le compte de %1 ? Cette personne ne pourra plus se connecter et ses sessions ouvertes prendront fin. Ce qu’elle a saisi reste dans les dossiers.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reactivate account</source>
        <translation>Réactiver le compte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reactivate the account of %1? They can sign in again with their password.</source>
        <translation>Réactiver le compte de %1 ? Cette personne pourra de nouveau se connecter avec son mot de passe.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The account of %1 was reactivated.</source>
        <translation>Le compte de %1 a été réactivé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The account of %1 was deactivated.</source>
        <translation>Le compte de %1 a été désactivé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Somebody else changed the account of %1 in the meantime, so nothing was saved. The list now shows its current state.</source>
        <translation>Quelqu’un d’autre a modifié le compte de %1 entre-temps : rien n’a été enregistré. La liste affiche maintenant son état actuel.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Reset password</source>
        <translation>Réinitialiser le mot de passe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To change your own password, use File &gt; Change password….</source>
        <translation>Pour changer votre propre mot de passe, utilisez « Changer le mot de passe » dans le menu Fichier.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The password of %1 was reset. Give it to them in person; their open sessions have ended.</source>
        <translation>Le mot de passe de %1 a été réinitialisé. Remettez-le-lui en personne ; ses sessions ouvertes ont pris fin.</translation>
    </message>
</context>
<context>
    <name>medinexus::client::gui::Workspace</name>
    <message>
        <location filename="../client/gui/workspace/workspace.cpp" line="+43"/>
        <source>Unknown facility</source>
        <translation>Établissement inconnu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown user</source>
        <translation>Utilisateur inconnu</translation>
    </message>
</context>
<context>
    <name>medinexus::client::sql::SqlCipherDriver</name>
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
    <name>medinexus::client::sql::SqlCipherResult</name>
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
</TS>
