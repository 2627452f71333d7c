<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>CaseListPane</name>
    <message>
        <source>Search by number, owner, prescriber, reference or city (Ctrl+F)</source>
        <translation>Rechercher par n°, propriétaire, prescripteur, référence ou ville (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Numéro de dossier</translation>
    </message>
    <message>
        <source>Internal ref.</source>
        <translation>Réf. interne</translation>
    </message>
    <message>
        <source>Internal reference</source>
        <translation>Référence interne</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Prescriber</source>
        <translation>Prescripteur</translation>
    </message>
    <message>
        <source>Prescriber (referrer)</source>
        <translation>Prescripteur (apporteur d&apos;affaires)</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Creation date</source>
        <translation>Date de création</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>RDV</translation>
    </message>
    <message>
        <source>Appointment date and time</source>
        <translation>Date et heure du rendez-vous</translation>
    </message>
    <message>
        <source>Tech.</source>
        <translation>Tech.</translation>
    </message>
    <message>
        <source>Assigned technician</source>
        <translation>Technicien affecté</translation>
    </message>
    <message>
        <source>Rep.</source>
        <translation>Rap.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Devis</translation>
    </message>
    <message>
        <source>Inv.</source>
        <translation>Fact.</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Inst.</source>
        <translation>Éch.</translation>
    </message>
    <message>
        <source>Installments paid</source>
        <translation>Échéances payées</translation>
    </message>
    <message>
        <source>Tariff</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Invoiced amount</source>
        <translation>Montant facturé</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Progress status</source>
        <translation>Statut d&apos;avancement</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Mission amount</source>
        <translation>Montant de la mission</translation>
    </message>
    <message>
        <source>No report attached</source>
        <translation>Aucun rapport joint</translation>
    </message>
    <message>
        <source>Report attached and visible to every contact</source>
        <translation>Rapport joint, accessible à tous les contacts</translation>
    </message>
    <message>
        <source>Report attached, blocked for at least one contact</source>
        <translation>Rapport joint, bloqué pour au moins un contact</translation>
    </message>
    <message>
        <source>Report delivered or downloaded: {count}</source>
        <translation>Rapport remis ou téléchargé : {count}</translation>
    </message>
    <message>
        <source>No quote sent</source>
        <translation>Aucun devis envoyé</translation>
    </message>
    <message>
        <source>Quote sent, awaiting the answer</source>
        <translation>Devis envoyé, en attente de réponse</translation>
    </message>
    <message>
        <source>Quote validated</source>
        <translation>Devis validé</translation>
    </message>
    <message>
        <source>Quote refused</source>
        <translation>Devis refusé</translation>
    </message>
    <message>
        <source>No invoice issued</source>
        <translation>Aucune facture émise</translation>
    </message>
    <message>
        <source>Invoice issued and paid</source>
        <translation>Facture émise et payée</translation>
    </message>
    <message>
        <source>Invoice issued, not paid yet</source>
        <translation>Facture émise, pas encore payée</translation>
    </message>
    <message>
        <source>No installments (no invoice issued)</source>
        <translation>Pas d&apos;échéances (aucune facture émise)</translation>
    </message>
    <message>
        <source>All installments paid ({total})</source>
        <translation>Toutes les échéances payées ({total})</translation>
    </message>
    <message>
        <source>{paid} of {total} installments paid</source>
        <translation>{paid} échéances payées sur {total}</translation>
    </message>
</context>
<context>
    <name>DocumentTableModel</name>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté le</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuel</translation>
    </message>
    <message>
        <source>Dropped in</source>
        <translation>Glissé-déposé</translation>
    </message>
    <message>
        <source>Watch folder</source>
        <translation>Dossier surveillé</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Généré</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
</context>
<context>
    <name>DocumentsPane</name>
    <message>
        <source>Select a case to see its documents.</source>
        <translation>Sélectionnez un dossier pour voir ses documents.</translation>
    </message>
    <message>
        <source>This case has no documents yet.</source>
        <translation>Ce dossier n&apos;a pas encore de document.</translation>
    </message>
</context>
<context>
    <name>IndexPane</name>
    <message>
        <source>Select a case to see its index.</source>
        <translation>Sélectionnez un dossier pour voir son index.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Prescriber</source>
        <translation>Prescripteur</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>Date de commande</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Affecté à</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Tariff</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Index fields</source>
        <translation>Champs d&apos;index</translation>
    </message>
    <message>
        <source>Index fields · {area}</source>
        <translation>Champs d&apos;index · {area}</translation>
    </message>
    <message>
        <source>This work area has no index fields.</source>
        <translation>Ce domaine d&apos;activité n&apos;a pas de champ d&apos;index.</translation>
    </message>
    <message>
        <source>Document · {title}</source>
        <translation>Document · {title}</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>CaseDesk — sign in</source>
        <translation>CaseDesk — connexion</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Find a case</source>
        <translation>&amp;Rechercher un dossier</translation>
    </message>
    <message>
        <source>&amp;Reset the layout</source>
        <translation>&amp;Rétablir la disposition</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About CaseDesk</source>
        <translation>À &amp;propos de CaseDesk</translation>
    </message>
    <message>
        <source>User: {name} ({role})</source>
        <translation>Utilisateur : {name} ({role})</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrateur</translation>
    </message>
    <message>
        <source>administrative clerk</source>
        <translation>assistant administratif</translation>
    </message>
    <message>
        <source>sales manager</source>
        <translation>responsable commercial</translation>
    </message>
    <message>
        <source>sales advisor</source>
        <translation>conseiller commercial</translation>
    </message>
    <message>
        <source>technician</source>
        <translation>technicien</translation>
    </message>
    <message>
        <source>This case has no documents yet.</source>
        <translation>Ce dossier n&apos;a pas encore de document.</translation>
    </message>
    <message>
        <source>No documents</source>
        <translation>Aucun document</translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln dossier</numerusform>
            <numerusform>%Ln dossiers</numerusform>
        </translation>
    </message>
    <message>
        <source>About CaseDesk</source>
        <translation>À propos de CaseDesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;CaseDesk {version}&lt;/b&gt;&lt;br&gt;Case files, their documents, quotes, invoices and installments, on your desktop, online or offline.</source>
        <translation>&lt;b&gt;CaseDesk {version}&lt;/b&gt;&lt;br&gt;Vos dossiers avec leurs documents, devis, factures et échéances, sur votre poste, connecté ou hors ligne.</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Select a document</source>
        <translation>Sélectionnez un document</translation>
    </message>
    <message>
        <source>Its first page is shown here.</source>
        <translation>Sa première page s&apos;affiche ici.</translation>
    </message>
    <message>
        <source>Loading the preview…</source>
        <translation>Chargement de l&apos;aperçu…</translation>
    </message>
    <message>
        <source>Cannot preview this file</source>
        <translation>Impossible d&apos;afficher ce fichier</translation>
    </message>
    <message>
        <source>{title} — page 1 of {pages}</source>
        <translation>{title} — page 1 sur {pages}</translation>
    </message>
    <message>
        <source>No text could be read from this file.</source>
        <translation>Aucun texte n&apos;a pu être lu dans ce fichier.</translation>
    </message>
    <message>
        <source>[… the rest of the text is not shown here]</source>
        <translation>[… la suite du texte n&apos;est pas affichée ici]</translation>
    </message>
    <message>
        <source>Files of this kind ({mime}) have no preview. Open the file with its own program.</source>
        <translation>Les fichiers de ce type ({mime}) n&apos;ont pas d&apos;aperçu. Ouvrez le fichier avec son programme.</translation>
    </message>
    <message>
        <source>The PDF is damaged or is not a PDF ({detail}).</source>
        <translation>Le PDF est endommagé ou n&apos;est pas un PDF ({detail}).</translation>
    </message>
    <message>
        <source>The PDF has no pages.</source>
        <translation>Le PDF ne contient aucune page.</translation>
    </message>
    <message>
        <source>The PDF page cannot be drawn ({detail}).</source>
        <translation>Impossible de dessiner la page du PDF ({detail}).</translation>
    </message>
    <message>
        <source>The image cannot be read ({detail}).</source>
        <translation>Impossible de lire l&apos;image ({detail}).</translation>
    </message>
    <message>
        <source>The image is too large to preview ({width} × {height} pixels).</source>
        <translation>L&apos;image est trop grande pour l&apos;aperçu ({width} × {height} pixels).</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>CaseDesk cannot open the data</source>
        <translation>CaseDesk ne peut pas ouvrir les données</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>User {login} has a password; a screenshot cannot ask for it.</source>
        <translation>L&apos;utilisateur {login} a un mot de passe ; une capture d&apos;écran ne peut pas le demander.</translation>
    </message>
    <message>
        <source>--cases must be at least 1 (got {n}).</source>
        <translation>--cases doit valoir au moins 1 (valeur reçue : {n}).</translation>
    </message>
    <message>
        <source>No user with login {login}.</source>
        <translation>Aucun utilisateur avec l&apos;identifiant {login}.</translation>
    </message>
    <message>
        <source>User {login} is disabled.</source>
        <translation>L&apos;utilisateur {login} est désactivé.</translation>
    </message>
    <message>
        <source>This office has no active administrator.</source>
        <translation>Ce cabinet n&apos;a aucun administrateur actif.</translation>
    </message>
    <message>
        <source>Wrong login or password.</source>
        <translation>Identifiant ou mot de passe incorrect.</translation>
    </message>
    <message>
        <source>Login {login} is locked until {until} after repeated failures.</source>
        <translation>L&apos;identifiant {login} est bloqué jusqu&apos;à {until} après plusieurs échecs.</translation>
    </message>
    <message>
        <source>Only an administrator may change another user&apos;s password.</source>
        <translation>Seul un administrateur peut changer le mot de passe d&apos;un autre utilisateur.</translation>
    </message>
    <message>
        <source>A password needs at least 8 characters.</source>
        <translation>Un mot de passe doit comporter au moins 8 caractères.</translation>
    </message>
    <message>
        <source>Backup of a PostgreSQL office is not supported yet: back up the server with pg_dump.</source>
        <translation>La sauvegarde d&apos;un cabinet sous PostgreSQL n&apos;est pas encore prise en charge : sauvegardez le serveur avec pg_dump.</translation>
    </message>
    <message>
        <source>{path} already exists: a backup never overwrites a file; choose another name.</source>
        <translation>{path} existe déjà : une sauvegarde n&apos;écrase jamais un fichier ; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Cannot write the backup {path}: folder {folder} does not exist.</source>
        <translation>Impossible d&apos;écrire la sauvegarde {path} : le dossier {folder} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Cannot write the backup {path}: {reason}</source>
        <translation>Impossible d&apos;écrire la sauvegarde {path} : {reason}</translation>
    </message>
    <message>
        <source>Cannot restore {archive}: {reason}</source>
        <translation>Impossible de restaurer {archive} : {reason}</translation>
    </message>
    <message>
        <source>Backup archive {path} does not exist or is not a file.</source>
        <translation>L&apos;archive de sauvegarde {path} n&apos;existe pas ou n&apos;est pas un fichier.</translation>
    </message>
    <message>
        <source>Data dir {path} is not a folder.</source>
        <translation>Le dossier de données {path} n&apos;est pas un dossier.</translation>
    </message>
    <message>
        <source>Data dir {path} already holds an office (a database or documents): restore only into a new or empty folder.</source>
        <translation>Le dossier de données {path} contient déjà un cabinet (une base ou des documents) : restaurez uniquement dans un dossier nouveau ou vide.</translation>
    </message>
    <message>
        <source>Cannot restore into {path}: {reason}</source>
        <translation>Impossible de restaurer dans {path} : {reason}</translation>
    </message>
    <message>
        <source>Field {field}: money must be a Decimal.</source>
        <translation>Champ {field} : un montant doit être un Decimal.</translation>
    </message>
    <message>
        <source>Field {field}: an amount cannot be negative.</source>
        <translation>Champ {field} : un montant ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>{what} {id} does not exist.</source>
        <translation>{what} {id} n'existe pas.</translation>
    </message>
    <message>
        <source>A quote is answered by the client or a collaborator.</source>
        <translation>Un devis est accepté ou refusé par le client ou par un collaborateur.</translation>
    </message>
    <message>
        <source>Quote {number} is not awaiting an answer.</source>
        <translation>Le devis {number} n&apos;est pas en attente de réponse.</translation>
    </message>
    <message>
        <source>An invoice needs at least one installment.</source>
        <translation>Une facture doit avoir au moins une échéance.</translation>
    </message>
    <message>
        <source>An invoice needs at least one line.</source>
        <translation>Une facture doit avoir au moins une ligne.</translation>
    </message>
    <message>
        <source>That installment is not on invoice {number}.</source>
        <translation>Cette échéance ne figure pas sur la facture {number}.</translation>
    </message>
    <message>
        <source>Installment {seq} of invoice {number} is already paid.</source>
        <translation>L&apos;échéance {seq} de la facture {number} est déjà payée.</translation>
    </message>
    <message>
        <source>A payment needs an amount.</source>
        <translation>Un paiement doit avoir un montant.</translation>
    </message>
    <message>
        <source>A payment cannot be zero.</source>
        <translation>Un paiement ne peut pas être nul.</translation>
    </message>
    <message>
        <source>Case {id} does not exist.</source>
        <translation>Le dossier {id} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>No case with number {number}.</source>
        <translation>Aucun dossier avec le numéro {number}.</translation>
    </message>
    <message>
        <source>Unknown or read-only case field: {field}.</source>
        <translation>Champ de dossier inconnu ou en lecture seule : {field}.</translation>
    </message>
    <message>
        <source>Field {field}: {value} is not an amount.</source>
        <translation>Champ {field} : {value} n&apos;est pas un montant.</translation>
    </message>
    <message>
        <source>Field {field}: no such contact.</source>
        <translation>Champ {field} : ce contact n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Field {field}: no such user.</source>
        <translation>Champ {field} : cet utilisateur n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Work area {id} has no workflow.</source>
        <translation>Le domaine d&apos;activité {id} n&apos;a pas de circuit de traitement.</translation>
    </message>
    <message>
        <source>Work area {id} has no numbering series.</source>
        <translation>Le domaine d&apos;activité {id} n&apos;a pas de série de numérotation.</translation>
    </message>
    <message>
        <source>Case {number} was changed by {who} at {when} after you opened it (version {have}, yours {yours}). Nothing was saved: reload the case to see their change.</source>
        <translation>Le dossier {number} a été modifié par {who} le {when} après que vous l&apos;avez ouvert (version {have}, la vôtre {yours}). Rien n&apos;a été enregistré : rechargez le dossier pour voir sa modification.</translation>
    </message>
    <message>
        <source>User {login} may not reassign cases.</source>
        <translation>L&apos;utilisateur {login} ne peut pas réaffecter de dossiers.</translation>
    </message>
    <message>
        <source>Unknown status {status}.</source>
        <translation>Statut inconnu : {status}.</translation>
    </message>
    <message>
        <source>Case {number} cannot go from {from_status} to {to_status}.</source>
        <translation>Le dossier {number} ne peut pas passer de {from_status} à {to_status}.</translation>
    </message>
    <message>
        <source>Only a {role} may move a case to {to_status}.</source>
        <translation>Seul un {role} peut passer un dossier en {to_status}.</translation>
    </message>
    <message>
        <source>Case {number} cannot go to {to_status}: missing {documents}.</source>
        <translation>Le dossier {number} ne peut pas passer à {to_status} : il manque {documents}.</translation>
    </message>
    <message>
        <source>Cancelling case {number} needs a reason.</source>
        <translation>L&apos;annulation du dossier {number} nécessite un motif.</translation>
    </message>
    <message>
        <source>Putting case {number} on hold needs a reason and a resume date.</source>
        <translation>La mise en attente du dossier {number} nécessite un motif et une date de reprise.</translation>
    </message>
    <message>
        <source>User {login} ({role}) may not check the office: the report names every case.</source>
        <translation>L&apos;utilisateur {login} ({role}) ne peut pas contrôler le cabinet : le rapport cite tous les dossiers.</translation>
    </message>
    <message>
        <source>{file}: already in case {number} as “{title}”.</source>
        <translation>{file} : déjà dans le dossier {number} sous le nom « {title} ».</translation>
    </message>
    <message>
        <source>{file}: unknown document type for this case.</source>
        <translation>{file} : type de document inconnu pour ce dossier.</translation>
    </message>
    <message>
        <source>Unknown export format {format}: use csv or xlsx.</source>
        <translation>Format d&apos;export inconnu {format} : utilisez csv ou xlsx.</translation>
    </message>
    <message>
        <source>Cannot export to {path}: it is a folder.</source>
        <translation>Impossible d&apos;exporter vers {path} : c&apos;est un dossier.</translation>
    </message>
    <message>
        <source>Cannot export to {path}: folder {folder} does not exist.</source>
        <translation>Impossible d&apos;exporter vers {path} : le dossier {folder} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>{count} cases do not fit in one Excel sheet (at most {limit}): export them as CSV.</source>
        <translation>{count} dossiers ne tiennent pas dans une feuille Excel ({limit} au maximum) : exportez-les en CSV.</translation>
    </message>
    <message>
        <source>Cannot write the export {path}: {reason}</source>
        <translation>Impossible d&apos;écrire l&apos;export {path} : {reason}</translation>
    </message>
    <message>
        <source>{file}: {reason}</source>
        <translation>{file} : {reason}</translation>
    </message>
    <message>
        <source>User {login} ({role}) may not do {action}.</source>
        <translation>L&apos;utilisateur {login} ({role}) n&apos;a pas le droit de faire {action}.</translation>
    </message>
    <message>
        <source>User {login} has no access to this case.</source>
        <translation>L&apos;utilisateur {login} n&apos;a pas accès à ce dossier.</translation>
    </message>
    <message>
        <source>Document {id} does not exist.</source>
        <translation>Le document {id} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>“{title}” is not a report.</source>
        <translation>« {title} » n&apos;est pas un rapport.</translation>
    </message>
    <message>
        <source>That contact is not on the case.</source>
        <translation>Ce contact ne figure pas dans le dossier.</translation>
    </message>
    <message>
        <source>Reports are blocked for this contact.</source>
        <translation>Les rapports sont bloqués pour ce contact.</translation>
    </message>
    <message>
        <source>Data dir {path} does not exist.</source>
        <translation>Le dossier de données {path} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Cannot write to the document store {path}: {reason}</source>
        <translation>Impossible d&apos;écrire dans le stockage des documents {path} : {reason}</translation>
    </message>
    <message>
        <source>Document content {sha} is missing from the store.</source>
        <translation>Le contenu du document {sha} est absent du stockage.</translation>
    </message>
    <message>
        <source>The database URL is empty.</source>
        <translation>L&apos;URL de la base de données est vide.</translation>
    </message>
    <message>
        <source>Cannot open database {url}: folder {folder} does not exist.</source>
        <translation>Impossible d&apos;ouvrir la base de données {url} : le dossier {folder} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The database URL {url} names no database.</source>
        <translation>L&apos;URL {url} ne désigne aucune base de données.</translation>
    </message>
    <message>
        <source>PostgreSQL support is not installed: pip install &apos;casedesk[postgres]&apos;.</source>
        <translation>La prise en charge de PostgreSQL n&apos;est pas installée : pip install &apos;casedesk[postgres]&apos;.</translation>
    </message>
    <message>
        <source>Unsupported database URL {url}: use a file path, sqlite:///PATH or postgresql://USER@HOST/NAME.</source>
        <translation>URL de base de données non prise en charge {url} : utilisez un chemin de fichier, sqlite:///CHEMIN ou postgresql://UTILISATEUR@SERVEUR/NOM.</translation>
    </message>
    <message>
        <source>Cannot open database {url}: {reason}</source>
        <translation>Impossible d&apos;ouvrir la base de données {url} : {reason}</translation>
    </message>
    <message>
        <source>The database {name} is not a CaseDesk database (it has other tables).</source>
        <translation>La base de données {name} n&apos;est pas une base CaseDesk (elle contient d&apos;autres tables).</translation>
    </message>
    <message>
        <source>The database {name} was written by a newer CaseDesk (schema {found}; this program knows up to {latest}). Install the newer CaseDesk to open it.</source>
        <translation>La base de données {name} a été écrite par un CaseDesk plus récent (schéma {found} ; ce programme connaît jusqu&apos;au {latest}). Installez le CaseDesk plus récent pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>The data dir already holds an office; demo needs an empty one.</source>
        <translation>Le dossier de données contient déjà un cabinet ; la démonstration a besoin d&apos;un dossier vide.</translation>
    </message>
    <message>
        <source>Demo data can only be generated into a SQLite data dir for now; generate it there and copy it to PostgreSQL.</source>
        <translation>Pour l&apos;instant, les données de démonstration ne se génèrent que dans un dossier de données SQLite ; générez-les là puis copiez-les dans PostgreSQL.</translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Unexpected error: {error}</source>
        <translation>Erreur inattendue : {error}</translation>
    </message>
</context>
</TS>
