<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AlertDialog</name>
    <message>
        <source>Add an alert</source>
        <translation>Ajouter une alerte</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texte :</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Échéance :</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Pour :</translation>
    </message>
</context>
<context>
    <name>BackupsTab</name>
    <message>
        <source>Automatic backups</source>
        <translation>Sauvegardes automatiques</translation>
    </message>
    <message>
        <source>Back up the office automatically</source>
        <translation>Sauvegarder le cabinet automatiquement</translation>
    </message>
    <message>
        <source> backups</source>
        <translation> dernières sauvegardes</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Save the schedule</source>
        <translation>Enregistrer la planification</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Intervalle</translation>
    </message>
    <message>
        <source>Keep the last</source>
        <translation>Conserver les</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Every open CaseDesk of the office checks every few minutes whether a backup is due; the first computer to find one due makes it, the others leave it. An empty folder means the backups folder of the data folder on the computer that makes the backup. Beyond the number kept, the oldest automatic backups (casedesk-backup-….zip) are deleted; other files in the folder are never touched.</source>
        <translation>Chaque CaseDesk ouvert du cabinet vérifie toutes les quelques minutes si une sauvegarde est due ; le premier ordinateur qui la trouve due la fait, les autres s&apos;en abstiennent. Si le dossier est laissé vide, c&apos;est le dossier backups du dossier de données de l&apos;ordinateur qui fait la sauvegarde qui est utilisé. Au-delà du nombre conservé, les sauvegardes automatiques les plus anciennes (casedesk-backup-….zip) sont supprimées ; les autres fichiers du dossier ne sont jamais touchés.</translation>
    </message>
    <message>
        <source>Backups in the folder</source>
        <translation>Sauvegardes du dossier</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>No backup in this folder yet.</source>
        <translation>Aucune sauvegarde dans ce dossier pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>1 jour</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>1 semaine</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>Database before an update</source>
        <translation>Base de données avant une mise à jour</translation>
    </message>
    <message>
        <source>Other archive</source>
        <translation>Autre archive</translation>
    </message>
    <message>
        <source>A backup is running now on {host}.</source>
        <translation>Une sauvegarde est en cours sur {host}.</translation>
    </message>
    <message>
        <source>No automatic backup has been made yet.</source>
        <translation>Aucune sauvegarde automatique n&apos;a encore été faite.</translation>
    </message>
    <message>
        <source>Last backup: {when} on {host}, {file}.</source>
        <translation>Dernière sauvegarde : {when} sur {host}, {file}.</translation>
    </message>
    <message>
        <source>The last backup failed ({when} on {host}): {reason}</source>
        <translation>La dernière sauvegarde a échoué ({when} sur {host}) : {reason}</translation>
    </message>
    <message>
        <source>Automatic backups are off.</source>
        <translation>Les sauvegardes automatiques sont désactivées.</translation>
    </message>
    <message>
        <source>The next one starts within a few minutes.</source>
        <translation>La prochaine démarrera d&apos;ici quelques minutes.</translation>
    </message>
    <message>
        <source>Next one due: {when}.</source>
        <translation>Prochaine sauvegarde prévue : {when}.</translation>
    </message>
    <message>
        <source>Folder: {path}</source>
        <translation>Dossier : {path}</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Dossier des sauvegardes</translation>
    </message>
    <message>
        <source>Backup schedule saved.</source>
        <translation>Planification des sauvegardes enregistrée.</translation>
    </message>
    <message>
        <source>Backing up the office… CaseDesk can be used meanwhile.</source>
        <translation>Sauvegarde du cabinet en cours… Vous pouvez continuer à utiliser CaseDesk pendant ce temps.</translation>
    </message>
    <message>
        <source>Backup written: {file} ({size}).</source>
        <translation>Sauvegarde écrite : {file} ({size}).</translation>
    </message>
    <message>
        <source>The folder {path} does not exist yet: back up once first.</source>
        <translation>Le dossier {path} n&apos;existe pas encore : faites d&apos;abord une sauvegarde.</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>No cases to show</source>
        <translation>Aucun dossier à afficher</translation>
    </message>
</context>
<context>
    <name>BillingDialog</name>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Awaiting answer</source>
        <translation>En attente de réponse</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Validé</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Émise</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>{who}, {when}</source>
        <translation>{who}, {when}</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé le</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Sent by, on</source>
        <translation>Envoi (par, le)</translation>
    </message>
    <message>
        <source>Answered by, on</source>
        <translation>Réponse (par, le)</translation>
    </message>
    <message>
        <source>Invoice / line / payment</source>
        <translation>Facture / ligne / paiement</translation>
    </message>
    <message>
        <source>Issued / paid on</source>
        <translation>Émise / payée le</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>TVA %</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Installment</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Date d&apos;échéance</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payée</translation>
    </message>
    <message>
        <source>Payment dates</source>
        <translation>Dates de paiement</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Devis</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <source>Payment schedule</source>
        <translation>Échéancier</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Facturation</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Billing of case {number}</source>
        <translation>Facturation du dossier {number}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Case {number}&lt;/b&gt;: quotes, invoices and payment schedule</source>
        <translation>&lt;b&gt;Dossier {number}&lt;/b&gt; : devis, factures et échéancier</translation>
    </message>
    <message>
        <source>No quote has been sent for this case yet.</source>
        <translation>Aucun devis n&apos;a encore été envoyé pour ce dossier.</translation>
    </message>
    <message>
        <source>the client</source>
        <translation>le client</translation>
    </message>
    <message>
        <source>{name} (collaborator)</source>
        <translation>{name} (collaborateur)</translation>
    </message>
    <message>
        <source>No invoice has been issued for this case yet.</source>
        <translation>Aucune facture n&apos;a encore été émise pour ce dossier.</translation>
    </message>
    <message>
        <source>Invoice {number} ({status})</source>
        <translation>Facture {number} ({status})</translation>
    </message>
    <message>
        <source>Payment ({method})</source>
        <translation>Paiement ({method})</translation>
    </message>
    <message>
        <source>Paid in full</source>
        <translation>Entièrement payée</translation>
    </message>
    <message>
        <source>Still due: {amount}</source>
        <translation>Reste dû : {amount}</translation>
    </message>
    <message>
        <source>The invoices of this case are paid in one go: there is no payment schedule.</source>
        <translation>Les factures de ce dossier sont payées en une seule fois : il n&apos;y a pas d&apos;échéancier.</translation>
    </message>
    <message>
        <source>No invoice has been issued yet, so there are no installments.</source>
        <translation>Aucune facture n&apos;a encore été émise : il n&apos;y a donc pas d&apos;échéances.</translation>
    </message>
    <message>
        <source>Paid on {date}</source>
        <translation>Payée le {date}</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Pas encore</translation>
    </message>
    <message>
        <source>Invoiced: {amount}</source>
        <translation>Facturé : {amount}</translation>
    </message>
    <message>
        <source>Paid: {amount}</source>
        <translation>Payé : {amount}</translation>
    </message>
    <message>
        <source>Installments paid: {paid} of {total}</source>
        <translation>Échéances payées : {paid} sur {total}</translation>
    </message>
</context>
<context>
    <name>CancelReasonDialog</name>
    <message>
        <source>Cancel case {number}</source>
        <translation>Annuler le dossier {number}</translation>
    </message>
    <message>
        <source>Case {number} goes to “{status}”. Why is it cancelled?</source>
        <translation>Le dossier {number} passe en « {status} ». Pourquoi est-il annulé ?</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motif</translation>
    </message>
    <message>
        <source>This work area has no cancellation reasons: an administrator must add some before a case can be cancelled.</source>
        <translation>Ce domaine d&apos;activité n&apos;a aucun motif d&apos;annulation : un administrateur doit en ajouter avant de pouvoir annuler un dossier.</translation>
    </message>
</context>
<context>
    <name>CaseActions</name>
    <message>
        <source>Archive</source>
        <translation>Archiver</translation>
    </message>
    <message>
        <source>Unarchive</source>
        <translation>Désarchiver</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>Mettre à la corbeille</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Purge…</source>
        <translation>Purger…</translation>
    </message>
    <message>
        <source>Share…</source>
        <translation>Partager…</translation>
    </message>
    <message>
        <source>Missing-documents letter…</source>
        <translation>Lettre de pièces manquantes…</translation>
    </message>
    <message>
        <source>Export case files…</source>
        <translation>Exporter les fichiers du dossier…</translation>
    </message>
    <message>
        <source>Mark as seen</source>
        <translation>Marquer comme vu</translation>
    </message>
    <message>
        <source>Mark every case as seen</source>
        <translation>Marquer tous les dossiers comme vus</translation>
    </message>
    <message>
        <source>Assume</source>
        <translation>Prendre en charge</translation>
    </message>
    <message>
        <source>Add movement…</source>
        <translation>Ajouter un suivi…</translation>
    </message>
    <message>
        <source>Ticket {number} assumed</source>
        <translation>Ticket {number} pris en charge</translation>
    </message>
    <message>
        <source>Movement recorded on ticket {number}</source>
        <translation>Suivi enregistré sur le ticket {number}</translation>
    </message>
    <message>
        <source>Purge cases</source>
        <translation>Purger des dossiers</translation>
    </message>
    <message>
        <source>Delete {count} case(s) for good? Their documents are deleted too; this cannot be undone.</source>
        <translation>Supprimer définitivement {count} dossier(s) ? Leurs documents sont supprimés aussi ; cette action est irréversible.</translation>
    </message>
</context>
<context>
    <name>CaseFilesExport</name>
    <message>
        <source>{count} cases.zip</source>
        <translation>{count} dossiers.zip</translation>
    </message>
    <message>
        <source>Export case files</source>
        <translation>Exporter les dossiers</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Archives ZIP (*.zip)</translation>
    </message>
    <message>
        <source>An export is running already; wait until it has finished.</source>
        <translation>Un export est déjà en cours ; attendez qu&apos;il soit terminé.</translation>
    </message>
    <message>
        <source>Exporting {count} case(s)…</source>
        <translation>Export des dossiers ({count})…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Exporting {file}…</source>
        <translation>Export de {file}…</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) exported to {path} ({size}).</source>
        <translation>
            <numerusform>%n dossier exporté vers {path} ({size}).</numerusform>
            <numerusform>%n dossiers exportés vers {path} ({size}).</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: {what}</source>
        <translation>Attention : {what}</translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written.</source>
        <translation>Export annulé : rien n&apos;a été écrit.</translation>
    </message>
</context>
<context>
    <name>CaseFilterBar</name>
    <message>
        <source>Search cases (Ctrl+F)</source>
        <translation>Rechercher des dossiers (Ctrl+F)</translation>
    </message>
    <message>
        <source>Starts of the number, internal reference, protocol, owner, prescriber, city or contract, or words inside the case&apos;s documents</source>
        <translation>Début du numéro, de la référence interne, du protocole, du propriétaire, du prescripteur, de la ville ou du contrat, ou mots contenus dans les documents du dossier</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actifs</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivés</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Corbeille</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Changed since I last looked</source>
        <translation>Modifiés depuis ma dernière consultation</translation>
    </message>
    <message>
        <source>Only the cases someone else changed since you last opened them</source>
        <translation>Uniquement les dossiers modifiés par quelqu&apos;un d&apos;autre depuis votre dernière ouverture</translation>
    </message>
    <message>
        <source>More filters</source>
        <translation>Plus de filtres</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vues</translation>
    </message>
    <message>
        <source>Any nature</source>
        <translation>Toutes natures</translation>
    </message>
    <message>
        <source>Natures</source>
        <translation>Natures</translation>
    </message>
    <message>
        <source>Any origin</source>
        <translation>Toutes origines</translation>
    </message>
    <message>
        <source>Origins</source>
        <translation>Origines</translation>
    </message>
    <message>
        <source>Any trade</source>
        <translation>Tous métiers</translation>
    </message>
    <message>
        <source>Trades</source>
        <translation>Métiers</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Any technician</source>
        <translation>Tous techniciens</translation>
    </message>
    <message>
        <source>Technicians</source>
        <translation>Techniciens</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Indifférent</translation>
    </message>
    <message>
        <source>States</source>
        <translation>États</translation>
    </message>
    <message>
        <source>No invoice</source>
        <translation>Aucune facture</translation>
    </message>
    <message>
        <source>Issued, unpaid</source>
        <translation>Émise, non payée</translation>
    </message>
    <message>
        <source>Issued and paid</source>
        <translation>Émise et payée</translation>
    </message>
    <message>
        <source>No quote</source>
        <translation>Aucun devis</translation>
    </message>
    <message>
        <source>Awaiting an answer</source>
        <translation>En attente de réponse</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Validé</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>No installments</source>
        <translation>Pas d&apos;échéances</translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation>Payées en partie</translation>
    </message>
    <message>
        <source>All paid</source>
        <translation>Toutes payées</translation>
    </message>
    <message>
        <source>Any number</source>
        <translation>Nombre indifférent</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>At least</source>
        <translation>Au moins</translation>
    </message>
    <message>
        <source>At most</source>
        <translation>Au plus</translation>
    </message>
    <message>
        <source>Starts with…</source>
        <translation>Commence par…</translation>
    </message>
    <message>
        <source>Nature</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Trade</source>
        <translation>Métier</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Affecté à</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Technicien</translation>
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
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Devis</translation>
    </message>
    <message>
        <source>Installments</source>
        <translation>Échéances</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <source>Needs attention today</source>
        <translation>À traiter aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Cases back from hold today (or earlier) and cases with one of your alerts due today</source>
        <translation>Dossiers qui sortent d&apos;attente aujourd&apos;hui (ou avant) et dossiers dont une de vos alertes arrive à échéance aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Missing documents</source>
        <translation>Pièces manquantes</translation>
    </message>
    <message>
        <source>Cases that still lack a document or a field that the statuses ahead of them require (the Complete column shows what)</source>
        <translation>Dossiers auxquels il manque encore un document ou un champ exigé par les statuts suivants (la colonne Complet indique lequel)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln dossier</numerusform>
            <numerusform>%Ln dossiers</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the list…</source>
        <translation>Lecture de la liste…</translation>
    </message>
    <message>
        <source>More filters ({count})</source>
        <translation>Plus de filtres ({count})</translation>
    </message>
    <message>
        <source>{count} active</source>
        <translation>Actifs : {count}</translation>
    </message>
    <message>
        <source>My cases</source>
        <translation>Mes dossiers</translation>
    </message>
    <message>
        <source>Save view…</source>
        <translation>Enregistrer la vue…</translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation>Supprimer la vue</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Enregistrer la vue</translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation>Nom de la vue :</translation>
    </message>
    <message>
        <source>A view named “{name}” exists already. Replace it?</source>
        <translation>Une vue nommée « {name} » existe déjà. La remplacer ?</translation>
    </message>
    <message>
        <source>Delete the view “{name}”?</source>
        <translation>Supprimer la vue « {name} » ?</translation>
    </message>
</context>
<context>
    <name>CaseListPane</name>
    <message>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>What the status icons mean (F1)</source>
        <translation>Signification des icônes de statut (F1)</translation>
    </message>
    <message>
        <source>Loading the cases…</source>
        <translation>Chargement des dossiers…</translation>
    </message>
    <message>
        <source>No case matches the search and filters.
Clear the filters (or the search) to see every case.</source>
        <translation>Aucun dossier ne correspond à la recherche et aux filtres.
Effacez les filtres (ou la recherche) pour voir tous les dossiers.</translation>
    </message>
    <message>
        <source>No archived case.</source>
        <translation>Aucun dossier archivé.</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>La corbeille est vide.</translation>
    </message>
    <message>
        <source>No case here yet.</source>
        <translation>Aucun dossier ici pour l&apos;instant.</translation>
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
        <source>Contract</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <source>Contract or insurer code</source>
        <translation>Contrat ou code assureur</translation>
    </message>
    <message>
        <source>Trade</source>
        <translation>Métier</translation>
    </message>
    <message>
        <source>Trade (plumber, electrician…)</source>
        <translation>Corps de métier (plombier, électricien…)</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>Date de commande</translation>
    </message>
    <message>
        <source>Order or assignment date</source>
        <translation>Date de commande ou d&apos;ordre de mission</translation>
    </message>
    <message>
        <source>Docs</source>
        <translation>Docs</translation>
    </message>
    <message>
        <source>Number of documents</source>
        <translation>Nombre de documents</translation>
    </message>
    <message>
        <source>Pend.</source>
        <translation>Att.</translation>
    </message>
    <message>
        <source>Pending interaction: who owes the next move</source>
        <translation>Interaction en attente : à qui revient la prochaine action</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>Protocol given to the customer</source>
        <translation>Numéro de protocole communiqué au client</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Where the case came from</source>
        <translation>Provenance du dossier</translation>
    </message>
    <message>
        <source>Nature</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Nature of the case</source>
        <translation>Nature du dossier</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Complet</translation>
    </message>
    <message>
        <source>Required documents and fields the case has, of those the statuses ahead of it require</source>
        <translation>Documents et champs obligatoires présents dans le dossier, parmi ceux qu&apos;exigent les statuts suivants</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Basse</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Haute</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>{present} of {total}</source>
        <translation>{present} sur {total}</translation>
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
    <message>
        <source>No interaction pending</source>
        <translation>Aucune interaction en attente</translation>
    </message>
    <message>
        <source>Pending interaction: both sides owe a move</source>
        <translation>Interaction en attente : une action est attendue des deux côtés</translation>
    </message>
    <message>
        <source>Pending interaction: external (the customer or a third party)</source>
        <translation>Interaction en attente : externe (le client ou un tiers)</translation>
    </message>
    <message>
        <source>Pending interaction: internal (us)</source>
        <translation>Interaction en attente : interne (nous)</translation>
    </message>
    <message>
        <source>Every document and field the next statuses require is there ({total})</source>
        <translation>Tous les documents et champs exigés par les prochains statuts sont là ({total})</translation>
    </message>
    <message>
        <source>{present} of {total} required documents and fields</source>
        <translation>{present} sur {total} documents et champs exigés</translation>
    </message>
    <message>
        <source>Missing:</source>
        <translation>Manquants :</translation>
    </message>
    <message>
        <source>CaseDesk</source>
        <translation>CaseDesk</translation>
    </message>
    <message>
        <source>Changed by {who} since you last looked ({when})</source>
        <translation>Modifié par {who} depuis votre dernière consultation ({when})</translation>
    </message>
</context>
<context>
    <name>CaseTimelinePane</name>
    <message>
        <source>Add a note… (Ctrl+Enter)</source>
        <translation>Ajouter une note… (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Ajouter la note</translation>
    </message>
    <message>
        <source>Add an alert…</source>
        <translation>Ajouter une alerte…</translation>
    </message>
    <message>
        <source>Select a case to see its history.</source>
        <translation>Sélectionnez un dossier pour voir son historique.</translation>
    </message>
    <message>
        <source>Nothing has happened on this case yet.</source>
        <translation>Rien ne s&apos;est encore passé sur ce dossier.</translation>
    </message>
    <message>
        <source>done</source>
        <translation>faite</translation>
    </message>
    <message>
        <source>open</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>Alert for {who}, due {due} ({state}): {text}</source>
        <translation>Alerte pour {who}, échéance {due} ({state}) : {text}</translation>
    </message>
    <message>
        <source>its author</source>
        <translation>son auteur</translation>
    </message>
    <message>
        <source>Document added: {title}</source>
        <translation>Document ajouté : {title}</translation>
    </message>
    <message>
        <source>Received ({channel}): {subject}</source>
        <translation>Reçu ({channel}) : {subject}</translation>
    </message>
    <message>
        <source>Sent ({channel}): {subject}</source>
        <translation>Envoyé ({channel}) : {subject}</translation>
    </message>
    <message>
        <source>{movement}: {text}</source>
        <translation>{movement} : {text}</translation>
    </message>
    <message>
        <source>Notification to {who}: {text}</source>
        <translation>Notification à {who} : {text}</translation>
    </message>
    <message>
        <source>Ticket assumed</source>
        <translation>Ticket pris en charge</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Note interne</translation>
    </message>
    <message>
        <source>Reply to the customer</source>
        <translation>Réponse au client</translation>
    </message>
    <message>
        <source>Message from the customer</source>
        <translation>Message du client</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation>Solution</translation>
    </message>
    <message>
        <source>Ticket closed</source>
        <translation>Ticket clôturé</translation>
    </message>
    <message>
        <source>Case created</source>
        <translation>Dossier créé</translation>
    </message>
    <message>
        <source>Case edited</source>
        <translation>Dossier modifié</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>Statut modifié</translation>
    </message>
    <message>
        <source>Index values saved</source>
        <translation>Valeurs d&apos;index enregistrées</translation>
    </message>
    <message>
        <source>Document renamed</source>
        <translation>Document renommé</translation>
    </message>
    <message>
        <source>Document type set</source>
        <translation>Type de document défini</translation>
    </message>
    <message>
        <source>Document checked</source>
        <translation>Document vérifié</translation>
    </message>
    <message>
        <source>Document check removed</source>
        <translation>Vérification du document retirée</translation>
    </message>
    <message>
        <source>Document moved to the trash</source>
        <translation>Document mis à la corbeille</translation>
    </message>
    <message>
        <source>New document version</source>
        <translation>Nouvelle version du document</translation>
    </message>
    <message>
        <source>Document exported</source>
        <translation>Document exporté</translation>
    </message>
    <message>
        <source>Document index values saved</source>
        <translation>Valeurs d&apos;index du document enregistrées</translation>
    </message>
    <message>
        <source>Report delivered</source>
        <translation>Rapport remis</translation>
    </message>
    <message>
        <source>Report blocked</source>
        <translation>Rapport bloqué</translation>
    </message>
    <message>
        <source>Report unblocked</source>
        <translation>Rapport débloqué</translation>
    </message>
    <message>
        <source>Quote sent</source>
        <translation>Devis envoyé</translation>
    </message>
    <message>
        <source>Quote answered</source>
        <translation>Réponse au devis reçue</translation>
    </message>
    <message>
        <source>Invoice issued</source>
        <translation>Facture émise</translation>
    </message>
    <message>
        <source>Payment recorded</source>
        <translation>Paiement enregistré</translation>
    </message>
    <message>
        <source>Alert marked done</source>
        <translation>Alerte marquée comme faite</translation>
    </message>
    <message>
        <source>{action}: {before} → {after} ({why})</source>
        <translation>{action} : {before} → {after} ({why})</translation>
    </message>
    <message>
        <source>{action}: {before} → {after}</source>
        <translation>{action} : {before} → {after}</translation>
    </message>
    <message>
        <source>{action}: {fields}</source>
        <translation>{action} : {fields}</translation>
    </message>
    <message>
        <source>{action}: {what}</source>
        <translation>{action} : {what}</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>Changer mon mot de passe</translation>
    </message>
    <message>
        <source>User: {name}</source>
        <translation>Utilisateur : {name}</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Mot de passe actuel</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Confirmer le nouveau mot de passe</translation>
    </message>
    <message>
        <source>New password again: the two new passwords differ.</source>
        <translation>Confirmer le nouveau mot de passe : les deux nouveaux mots de passe sont différents.</translation>
    </message>
</context>
<context>
    <name>CheckList</name>
    <message>
        <source>{label} ({count})</source>
        <translation>{label} ({count})</translation>
    </message>
</context>
<context>
    <name>ChooseColumnsDialog</name>
    <message>
        <source>Choose columns</source>
        <translation>Choisir les colonnes</translation>
    </message>
    <message>
        <source>Tick the columns to show; drag them to change their order.</source>
        <translation>Cochez les colonnes à afficher ; faites-les glisser pour changer leur ordre.</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>&amp;Restore defaults</source>
        <translation>&amp;Rétablir par défaut</translation>
    </message>
</context>
<context>
    <name>ColumnChooser</name>
    <message>
        <source>{title} — {name}</source>
        <translation>{title} — {name}</translation>
    </message>
    <message>
        <source>Choose columns…</source>
        <translation>Choisir les colonnes…</translation>
    </message>
    <message>
        <source>Restore default columns</source>
        <translation>Rétablir les colonnes par défaut</translation>
    </message>
</context>
<context>
    <name>ConflictBanner</name>
    <message>
        <source>Reload theirs</source>
        <translation>Recharger leur version</translation>
    </message>
    <message>
        <source>Forget your changes and show the saved version</source>
        <translation>Abandonner vos modifications et afficher la version enregistrée</translation>
    </message>
    <message>
        <source>Save mine over theirs</source>
        <translation>Enregistrer la mienne par-dessus</translation>
    </message>
    <message>
        <source>Apply your changes on top of their version and save</source>
        <translation>Appliquer vos modifications sur leur version et enregistrer</translation>
    </message>
    <message>
        <source>Changed by {who} at {when} while you were editing.</source>
        <translation>Modifié par {who} le {when} pendant que vous le modifiiez.</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>quelqu&apos;un</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Leur version</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Votre version</translation>
    </message>
    <message>
        <source>They changed nothing shown in this form (the status, documents or billing).</source>
        <translation>Rien de ce qui est affiché dans ce formulaire n&apos;a changé (statut, documents ou facturation).</translation>
    </message>
</context>
<context>
    <name>ConnectionNotice</name>
    <message>
        <source>The connection to the office server was lost; reconnected.</source>
        <translation>La connexion au serveur du cabinet a été perdue ; elle est rétablie.</translation>
    </message>
    <message>
        <source>The connection to the office server was lost; reconnecting…</source>
        <translation>La connexion au serveur du cabinet a été perdue ; reconnexion en cours…</translation>
    </message>
    <message>
        <source>Cannot reach the office server {server}; your changes are kept, try again.</source>
        <translation>Impossible de joindre le serveur du cabinet {server} ; vos modifications sont conservées, réessayez.</translation>
    </message>
</context>
<context>
    <name>CopyProgressDialog</name>
    <message>
        <source>cases</source>
        <translation>les dossiers</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>les contacts</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>les documents</translation>
    </message>
    <message>
        <source>document versions</source>
        <translation>les versions des documents</translation>
    </message>
    <message>
        <source>document contents</source>
        <translation>le contenu des documents</translation>
    </message>
    <message>
        <source>the audit trail</source>
        <translation>le journal d’audit</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>les notes</translation>
    </message>
    <message>
        <source>users</source>
        <translation>les utilisateurs</translation>
    </message>
    <message>
        <source>invoices</source>
        <translation>les factures</translation>
    </message>
    <message>
        <source>payments</source>
        <translation>les paiements</translation>
    </message>
    <message>
        <source>Copying the office to the server</source>
        <translation>Copie du cabinet sur le serveur</translation>
    </message>
    <message>
        <source>Copying this office to {server}. CaseDesk cannot be used until the copy is finished; this office stays as it is.</source>
        <translation>Copie de ce cabinet sur {server}. CaseDesk est inutilisable jusqu’à la fin de la copie ; ce cabinet reste tel quel.</translation>
    </message>
    <message>
        <source>Waiting for this window&apos;s background work to finish…</source>
        <translation>Attente de la fin des tâches en arrière-plan de cette fenêtre…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stops the copy: the server is left empty, nothing is saved.</source>
        <translation>Arrête la copie : le serveur reste vide, rien n’est enregistré.</translation>
    </message>
    <message>
        <source>All {total} rows are copied. The server builds its indexes, then the copy is checked (row counts, every document&apos;s SHA-256)…</source>
        <translation>Les {total} lignes sont copiées. Le serveur construit ses index, puis la copie est vérifiée (nombre de lignes, SHA-256 de chaque document)…</translation>
    </message>
    <message>
        <source>All {total} rows are copied. The server builds its indexes ({done} of {count}), then the copy is checked (row counts, every document&apos;s SHA-256)…</source>
        <translation>Les {total} lignes sont copiées. Le serveur construit ses index ({done} sur {count}), puis la copie est vérifiée (nombre de lignes, SHA-256 de chaque document)…</translation>
    </message>
    <message>
        <source>Copying {what}: {done} of {total} rows</source>
        <translation>Copie en cours : {what}, {done} lignes sur {total}</translation>
    </message>
    <message>
        <source>Creating the tables on the server…</source>
        <translation>Création des tables sur le serveur…</translation>
    </message>
    <message>
        <source>Stopping: the server is being rolled back…</source>
        <translation>Arrêt en cours : remise du serveur dans son état initial…</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>CaseDesk: unexpected error</source>
        <translation>CaseDesk : erreur inattendue</translation>
    </message>
    <message>
        <source>&lt;b&gt;CaseDesk met an error it did not expect.&lt;/b&gt;&lt;br&gt;What was saved before is safe; the last action may not have been completed. Check it, then carry on or restart CaseDesk.</source>
        <translation>&lt;b&gt;CaseDesk a rencontré une erreur inattendue.&lt;/b&gt;&lt;br&gt;Ce qui était enregistré avant est intact ; la dernière action n&apos;a peut-être pas abouti. Vérifiez-la, puis continuez ou redémarrez CaseDesk.</translation>
    </message>
    <message>
        <source>The details are in the log file {path} (for whoever supports CaseDesk).</source>
        <translation>Le détail est dans le journal {path} (pour la personne qui assure le support de CaseDesk).</translation>
    </message>
    <message>
        <source>No log file could be written.</source>
        <translation>Aucun journal n&apos;a pu être écrit.</translation>
    </message>
    <message>
        <source>Open the log folder</source>
        <translation>Ouvrir le dossier des journaux</translation>
    </message>
</context>
<context>
    <name>DatabaseTab</name>
    <message>
        <source>This computer now</source>
        <translation>Cet ordinateur actuellement</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Moteur</translation>
    </message>
    <message>
        <source>Office data</source>
        <translation>Données du cabinet</translation>
    </message>
    <message>
        <source>At the next start</source>
        <translation>Au prochain démarrage</translation>
    </message>
    <message>
        <source>Saved in</source>
        <translation>Enregistré dans</translation>
    </message>
    <message>
        <source>PostgreSQL server</source>
        <translation>Serveur PostgreSQL</translation>
    </message>
    <message>
        <source>Paste a URL and press Enter: its parts fill the fields below.</source>
        <translation>Collez une URL et appuyez sur Entrée : ses éléments remplissent les champs ci-dessous.</translation>
    </message>
    <message>
        <source>Fill in the fields</source>
        <translation>Remplir les champs</translation>
    </message>
    <message>
        <source>db.office.lan or 192.168.1.20</source>
        <translation>db.office.lan ou 192.168.1.20</translation>
    </message>
    <message>
        <source>empty: from the PostgreSQL password file (pgpass)</source>
        <translation>vide : pris dans le fichier de mots de passe PostgreSQL (pgpass)</translation>
    </message>
    <message>
        <source>optional, e.g. sslmode=require</source>
        <translation>facultatif, p. ex. sslmode=require</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>The choice is saved for this computer only, in the file above (readable only by this computer&apos;s account), and takes effect when CaseDesk is next started (a database given on CaseDesk&apos;s command line still wins). A password typed here is saved in that file: leave it empty to keep it in the PostgreSQL password file (pgpass.conf) instead.</source>
        <translation>Ce choix est enregistré pour cet ordinateur uniquement, dans le fichier ci-dessus (lisible seulement par le compte de cet ordinateur), et prend effet au prochain démarrage de CaseDesk (une base de données indiquée sur la ligne de commande de CaseDesk reste prioritaire). Un mot de passe saisi ici est enregistré dans ce fichier : laissez-le vide pour le conserver plutôt dans le fichier de mots de passe PostgreSQL (pgpass.conf).</translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Use this database</source>
        <translation>Utiliser cette base de données</translation>
    </message>
    <message>
        <source>Use the local file</source>
        <translation>Utiliser le fichier local</translation>
    </message>
    <message>
        <source>Copy this office to the server…</source>
        <translation>Copier ce cabinet sur le serveur…</translation>
    </message>
    <message>
        <source>Copies every case, document, user and the audit trail into the empty server, checks the copy, then saves the server for this computer.</source>
        <translation>Copie tous les dossiers, documents et utilisateurs ainsi que le journal d’audit sur le serveur vide, vérifie la copie, puis enregistre le serveur pour cet ordinateur.</translation>
    </message>
    <message>
        <source>SQLite: a file on this computer</source>
        <translation>SQLite : un fichier sur cet ordinateur</translation>
    </message>
    <message>
        <source>saved (hidden)</source>
        <translation>enregistré (masqué)</translation>
    </message>
    <message>
        <source>none saved (pgpass)</source>
        <translation>aucun enregistré (pgpass)</translation>
    </message>
    <message>
        <source>server {host}, port {port}, database {database}, user {user}, password {password}</source>
        <translation>serveur {host}, port {port}, base de données {database}, utilisateur {user}, mot de passe {password}</translation>
    </message>
    <message>
        <source>this computer&apos;s account</source>
        <translation>le compte de cet ordinateur</translation>
    </message>
    <message>
        <source>the local file {path}</source>
        <translation>le fichier local {path}</translation>
    </message>
    <message>
        <source>the server {server}</source>
        <translation>le serveur {server}</translation>
    </message>
    <message>
        <source>the file {path}</source>
        <translation>le fichier {path}</translation>
    </message>
    <message>
        <source>This session was opened with another database (--database on the command line, or a choice saved since it started).</source>
        <translation>Cette session a été ouverte avec une autre base de données (--database sur la ligne de commande, ou un choix enregistré depuis son démarrage).</translation>
    </message>
    <message>
        <source>Fields filled in from the URL.</source>
        <translation>Champs remplis à partir de l’URL.</translation>
    </message>
    <message>
        <source>Connecting to {server}…</source>
        <translation>Connexion à {server}…</translation>
    </message>
    <message>
        <source>Cannot reach {server}: {reason}</source>
        <translation>Impossible de joindre {server} : {reason}</translation>
    </message>
    <message>
        <source>{server} holds an office written by a newer CaseDesk (schema {schema}; this program knows up to {latest}). Install the newer CaseDesk on this computer first.</source>
        <translation>{server} contient un cabinet écrit par une version plus récente de CaseDesk (schéma {schema} ; ce programme connaît jusqu’au {latest}). Installez d’abord la version plus récente de CaseDesk sur cet ordinateur.</translation>
    </message>
    <message>
        <source>{server} is reachable but is not a CaseDesk database: it holds other tables ({tables}). Use a new, empty database.</source>
        <translation>{server} est joignable, mais ce n’est pas une base de données CaseDesk : elle contient d’autres tables ({tables}). Utilisez une base de données nouvelle et vide.</translation>
    </message>
    <message>
        <source>{server} is reachable and empty, but user {user} may not create tables in schema {schema}. Ask the server&apos;s administrator for: GRANT CREATE ON SCHEMA {schema} TO {user};</source>
        <translation>{server} est joignable et vide, mais l’utilisateur {user} ne peut pas créer de tables dans le schéma {schema}. Demandez à l’administrateur du serveur : GRANT CREATE ON SCHEMA {schema} TO {user};</translation>
    </message>
    <message>
        <source>{server} is reachable and empty: it can hold a new office. To move this office there (cases, documents, users), close CaseDesk on the other computers and choose &quot;Copy this office to the server…&quot; below. Or, with CaseDesk closed on every computer, run:
{command}
then choose &quot;Use this database&quot;.</source>
        <translation>{server} est joignable et vide : il peut accueillir un nouveau cabinet. Pour y déplacer ce cabinet (dossiers, documents, utilisateurs), fermez CaseDesk sur les autres ordinateurs et choisissez « Copier ce cabinet sur le serveur… » ci-dessous. Ou bien, CaseDesk étant fermé sur tous les ordinateurs, exécutez :
{command}
puis choisissez « Utiliser cette base de données ».</translation>
    </message>
    <message>
        <source>{server} is reachable and empty: it can hold a new office. To move this office there (cases, documents, users), close CaseDesk on every computer and run:
{command}
then choose &quot;Use this database&quot;.</source>
        <translation>{server} est joignable et vide : il peut accueillir un nouveau cabinet. Pour y déplacer ce cabinet (dossiers, documents, utilisateurs), fermez CaseDesk sur tous les ordinateurs et exécutez :
{command}
puis choisissez « Utiliser cette base de données ».</translation>
    </message>
    <message>
        <source>In the command, *** stands for the password.</source>
        <translation>Dans la commande, *** remplace le mot de passe.</translation>
    </message>
    <message>
        <source>no office configured yet</source>
        <translation>aucun cabinet configuré pour l’instant</translation>
    </message>
    <message>
        <source>{server} holds a CaseDesk office ({offices}): schema {schema}, {cases} cases.</source>
        <translation>{server} contient un cabinet CaseDesk ({offices}) : schéma {schema}, {cases} dossiers.</translation>
    </message>
    <message>
        <source>This CaseDesk updates it to schema {latest} when it opens it; computers with the older CaseDesk then cannot open it.</source>
        <translation>Cette version de CaseDesk le met à jour vers le schéma {latest} en l’ouvrant ; les ordinateurs équipés de l’ancienne version de CaseDesk ne pourront alors plus l’ouvrir.</translation>
    </message>
    <message>
        <source>CaseDesk has this office open now.</source>
        <translation>Ce cabinet est actuellement ouvert dans CaseDesk.</translation>
    </message>
    <message>
        <source>It holds no office yet: to move this office there, close CaseDesk on the other computers and choose &quot;Copy this office to the server…&quot; below.</source>
        <translation>Aucun cabinet ne s’y trouve encore : pour y déplacer ce cabinet, fermez CaseDesk sur les autres ordinateurs et choisissez « Copier ce cabinet sur le serveur… » ci-dessous.</translation>
    </message>
    <message>
        <source>{server} is empty. From its next start, CaseDesk on this computer will open a new, empty office there, without this office&apos;s cases. To move them first, answer No and choose &quot;Copy this office to the server…&quot;.

Use the empty database anyway?</source>
        <translation>{server} est vide. Dès son prochain démarrage, CaseDesk sur cet ordinateur y ouvrira un nouveau cabinet vide, sans les dossiers de ce cabinet. Pour les déplacer d’abord, répondez Non et choisissez « Copier ce cabinet sur le serveur… ».

Utiliser quand même la base de données vide ?</translation>
    </message>
    <message>
        <source>{server} is empty. From its next start, CaseDesk on this computer will open a new, empty office there, without this office&apos;s cases. To move them first, use the migrate-to command shown in the tab.

Use the empty database anyway?</source>
        <translation>{server} est vide. Dès son prochain démarrage, CaseDesk sur cet ordinateur y ouvrira un nouveau cabinet vide, sans les dossiers de ce cabinet. Pour les déplacer d’abord, utilisez la commande migrate-to indiquée dans l’onglet.

Utiliser quand même la base de données vide ?</translation>
    </message>
    <message>
        <source>The test of {server} did not succeed:
{result}

Save it anyway? CaseDesk on this computer will not open until the server can be used, or until the local file is chosen again.</source>
        <translation>Le test de {server} n’a pas réussi :
{result}

Enregistrer quand même ? CaseDesk ne s’ouvrira pas sur cet ordinateur tant que le serveur ne sera pas utilisable ou que le fichier local n’aura pas été choisi de nouveau.</translation>
    </message>
    <message>
        <source>Saved: from its next start, CaseDesk on this computer opens {server}. Restart CaseDesk to work there.</source>
        <translation>Enregistré : dès son prochain démarrage, CaseDesk sur cet ordinateur ouvrira {server}. Redémarrez CaseDesk pour y travailler.</translation>
    </message>
    <message>
        <source>This computer already opens the local file {path}.</source>
        <translation>Cet ordinateur ouvre déjà le fichier local {path}.</translation>
    </message>
    <message>
        <source>From its next start, CaseDesk on this computer opens the local file {path} instead of the server. Work saved on the server is not in that file.

Go on?</source>
        <translation>Dès son prochain démarrage, CaseDesk sur cet ordinateur ouvrira le fichier local {path} au lieu du serveur. Le travail enregistré sur le serveur ne se trouve pas dans ce fichier.

Continuer ?</translation>
    </message>
    <message>
        <source>Saved: from its next start, CaseDesk on this computer opens the local file {path}. Restart CaseDesk to work there.</source>
        <translation>Enregistré : dès son prochain démarrage, CaseDesk sur cet ordinateur ouvrira le fichier local {path}. Redémarrez CaseDesk pour y travailler.</translation>
    </message>
    <message>
        <source>Point the other computers at the server in their own Tools → Settings → Database.</source>
        <translation>Sur chacun des autres ordinateurs, indiquez le serveur dans Outils → Paramètres → Base de données.</translation>
    </message>
    <message>
        <source>The server holds this office now, but the choice could not be saved for this computer (see below): choose &quot;Use this database&quot; once the cause is fixed.</source>
        <translation>Le serveur contient désormais ce cabinet, mais le choix n’a pas pu être enregistré pour cet ordinateur (voir ci-dessous) : choisissez « Utiliser cette base de données » une fois la cause corrigée.</translation>
    </message>
    <message>
        <source>Copy this office to {server}?

Every case, document, user and the audit trail are copied into the server, then checked (row counts, every document&apos;s SHA-256). This office stays as it is on this computer.

CaseDesk cannot be used while the copy runs. Close CaseDesk on the other computers first: what they save during the copy does not reach the server.

Afterwards, CaseDesk on this computer opens the server from its next start. The other computers must be pointed at it in their own Tools → Settings → Database.</source>
        <translation>Copier ce cabinet sur {server} ?

Tous les dossiers, documents et utilisateurs ainsi que le journal d’audit sont copiés sur le serveur, puis vérifiés (nombre de lignes, SHA-256 de chaque document). Ce cabinet reste tel quel sur cet ordinateur.

CaseDesk est inutilisable pendant la copie. Fermez d’abord CaseDesk sur les autres ordinateurs : ce qu’ils enregistrent pendant la copie n’arrive pas sur le serveur.

Ensuite, CaseDesk sur cet ordinateur ouvrira le serveur dès son prochain démarrage. Sur chacun des autres ordinateurs, il faut indiquer le serveur dans Outils → Paramètres → Base de données.</translation>
    </message>
    <message>
        <source>Copying this office to {server}…</source>
        <translation>Copie de ce cabinet sur {server}…</translation>
    </message>
    <message>
        <source>The copy was cancelled before it started: nothing was copied or saved.</source>
        <translation>La copie a été annulée avant de commencer : rien n’a été copié ni enregistré.</translation>
    </message>
    <message>
        <source>Copied to {server}: {rows} rows ({cases} cases, {documents} documents) in {seconds} s, checked (row counts, every document&apos;s SHA-256).</source>
        <translation>Copié sur {server} : {rows} lignes ({cases} dossiers, {documents} documents) en {seconds} s, vérifié (nombre de lignes, SHA-256 de chaque document).</translation>
    </message>
    <message>
        <source>The copy had finished before Cancel could stop it: the server holds this office now, but this computer still opens the local file. To open the server from the next start, choose &quot;Use this database&quot;.</source>
        <translation>La copie était déjà terminée avant qu’Annuler ne puisse l’arrêter : le serveur contient désormais ce cabinet, mais cet ordinateur ouvre toujours le fichier local. Pour ouvrir le serveur dès le prochain démarrage, choisissez « Utiliser cette base de données ».</translation>
    </message>
    <message>
        <source>Saving the server for this computer…</source>
        <translation>Enregistrement du serveur pour cet ordinateur…</translation>
    </message>
    <message>
        <source>The copy was cancelled: {server} was rolled back (left empty), and nothing was saved for this computer.</source>
        <translation>La copie a été annulée : {server} a été remis dans son état initial (vide) et rien n’a été enregistré pour cet ordinateur.</translation>
    </message>
    <message>
        <source>The copy to {server} did not go through: {reason}
Nothing was kept on the server and nothing was saved for this computer. Test the connection again once the cause is fixed.</source>
        <translation>La copie sur {server} n’a pas abouti : {reason}
Rien n’a été conservé sur le serveur et rien n’a été enregistré pour cet ordinateur. Testez de nouveau la connexion une fois la cause corrigée.</translation>
    </message>
</context>
<context>
    <name>DateRange</name>
    <message>
        <source>any</source>
        <translation>indifférent</translation>
    </message>
</context>
<context>
    <name>DocumentActions</name>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Open externally</source>
        <translation>Ouvrir en externe</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Enregistrer une copie…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Mark as checked</source>
        <translation>Marquer comme vérifié</translation>
    </message>
    <message>
        <source>Mark as not checked</source>
        <translation>Marquer comme non vérifié</translation>
    </message>
    <message>
        <source>New version…</source>
        <translation>Nouvelle version…</translation>
    </message>
    <message>
        <source>Move to the trash</source>
        <translation>Mettre à la corbeille</translation>
    </message>
    <message>
        <source>Send report…</source>
        <translation>Envoyer le rapport…</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Only administrative staff check documents.</source>
        <translation>Seul le personnel administratif vérifie les documents.</translation>
    </message>
    <message>
        <source>Add documents</source>
        <translation>Ajouter des documents</translation>
    </message>
    <message>
        <source>New version of “{title}”</source>
        <translation>Nouvelle version de « {title} »</translation>
    </message>
    <message>
        <source>No type</source>
        <translation>Sans type</translation>
    </message>
    <message>
        <source>Move “{title}” to the trash? It leaves the case’s documents.</source>
        <translation>Mettre « {title} » à la corbeille ? Il ne figurera plus parmi les documents du dossier.</translation>
    </message>
    <message numerus="yes">
        <source>Move %n documents to the trash? They leave the case’s documents.</source>
        <translation>
            <numerusform>Mettre %n document à la corbeille ? Il ne figurera plus parmi les documents du dossier.</numerusform>
            <numerusform>Mettre %n documents à la corbeille ? Ils ne figureront plus parmi les documents du dossier.</numerusform>
        </translation>
    </message>
    <message>
        <source>No application on this computer opens {file}.</source>
        <translation>Aucune application de cet ordinateur ne peut ouvrir {file}.</translation>
    </message>
    <message>
        <source>Save a copy of “{title}”</source>
        <translation>Enregistrer une copie de « {title} »</translation>
    </message>
    <message>
        <source>Save copies into a folder</source>
        <translation>Enregistrer des copies dans un dossier</translation>
    </message>
    <message>
        <source>Version {number}: {file} — {who}, {when}</source>
        <translation>Version {number} : {file} — {who}, {when}</translation>
    </message>
    <message>
        <source>(current)</source>
        <translation>(actuelle)</translation>
    </message>
    <message>
        <source>Save a copy of this version</source>
        <translation>Enregistrer une copie de cette version</translation>
    </message>
    <message>
        <source>Save version {number} of “{title}”</source>
        <translation>Enregistrer la version {number} de « {title} »</translation>
    </message>
    <message>
        <source>Some copies could not be saved:</source>
        <translation>Certaines copies n&apos;ont pas pu être enregistrées :</translation>
    </message>
    <message numerus="yes">
        <source>%n copy(ies) saved in {folder}.</source>
        <translation>
            <numerusform>%n copie enregistrée dans {folder}.</numerusform>
            <numerusform>%n copies enregistrées dans {folder}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentGenerator</name>
    <message>
        <source>Generate…</source>
        <translation>Générer…</translation>
    </message>
    <message>
        <source>Make a document of this case from a template (quote, invoice, letter…)</source>
        <translation>Créer un document de ce dossier à partir d&apos;un modèle (devis, facture, lettre…)</translation>
    </message>
    <message>
        <source>Office template: {file}</source>
        <translation>Modèle du cabinet : {file}</translation>
    </message>
    <message>
        <source>Shipped template</source>
        <translation>Modèle fourni</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>Save as PDF (needs LibreOffice, not installed: DOCX only)</source>
        <translation>Enregistrer en PDF (nécessite LibreOffice, non installé : DOCX uniquement)</translation>
    </message>
    <message>
        <source>Missing-documents letter</source>
        <translation>Lettre de pièces manquantes</translation>
    </message>
    <message>
        <source>Generating “{name}”…</source>
        <translation>Génération de « {name} »…</translation>
    </message>
    <message>
        <source>“{title}” generated and added to the case.</source>
        <translation>« {title} » généré et ajouté au dossier.</translation>
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
        <source>Ver.</source>
        <translation>Vers.</translation>
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
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Pas encore vérifié</translation>
    </message>
    <message>
        <source>Checked by {who} on {when}</source>
        <translation>Vérifié par {who} le {when}</translation>
    </message>
    <message>
        <source>Added by {who} on {when}</source>
        <translation>Ajouté par {who} le {when}</translation>
    </message>
    <message numerus="yes">
        <source>%n version(s)</source>
        <translation>
            <numerusform>%n version</numerusform>
            <numerusform>%n versions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentTypesTab</name>
    <message>
        <source>Document type</source>
        <translation>Type de document</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Documents of a report type drive the case list&apos;s Report icon.</source>
        <translation>Les documents d&apos;un type rapport déterminent l&apos;icône Rapport de la liste des dossiers.</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>New document type</source>
        <translation>Nouveau type de document</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Rename the document type</source>
        <translation>Renommer le type de document</translation>
    </message>
</context>
<context>
    <name>DocumentsPane</name>
    <message>
        <source>Select a case to see its documents.</source>
        <translation>Sélectionnez un dossier pour voir ses documents.</translation>
    </message>
    <message>
        <source>This case has no documents yet.

Drop files here or click Add…</source>
        <translation>Ce dossier n&apos;a pas encore de document.

Déposez des fichiers ici ou cliquez sur Ajouter…</translation>
    </message>
    <message numerus="yes">
        <source>Release to add %n file(s) to this case.</source>
        <translation>
            <numerusform>Relâchez pour ajouter %n fichier à ce dossier.</numerusform>
            <numerusform>Relâchez pour ajouter %n fichiers à ce dossier.</numerusform>
        </translation>
    </message>
    <message>
        <source>Release to add the file, or drop it on a document for a new version.</source>
        <translation>Relâchez pour ajouter le fichier, ou déposez-le sur un document pour en faire une nouvelle version.</translation>
    </message>
    <message>
        <source>Add “{file}” as a new document</source>
        <translation>Ajouter « {file} » comme nouveau document</translation>
    </message>
    <message>
        <source>Add as a new version of “{title}”</source>
        <translation>Ajouter comme nouvelle version de « {title} »</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>not added: the import was cancelled</source>
        <translation>non ajouté : l&apos;import a été annulé</translation>
    </message>
    <message>
        <source>Import cancelled: {added} of {total} files added.</source>
        <translation>Import annulé : {added} fichiers ajoutés sur {total}.</translation>
    </message>
    <message>
        <source>{added} of {total} files added; these could not be added:</source>
        <translation>{added} fichiers ajoutés sur {total} ; ceux-ci n&apos;ont pas pu être ajoutés :</translation>
    </message>
    <message>
        <source>Not stored twice: the case already has the same content.</source>
        <translation>Non enregistré en double : le dossier contient déjà le même contenu.</translation>
    </message>
    <message>
        <source>Some changes could not be made:</source>
        <translation>Certaines modifications n&apos;ont pas pu être effectuées :</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source>Required field</source>
        <translation>Champ obligatoire</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation>Pas encore renseigné</translation>
    </message>
</context>
<context>
    <name>HoldReasonDialog</name>
    <message>
        <source>Put case {number} on hold</source>
        <translation>Mettre le dossier {number} en attente</translation>
    </message>
    <message>
        <source>Case {number} goes to “{status}”. Why does it wait, and until when?</source>
        <translation>Le dossier {number} passe en « {status} ». Pourquoi est-il en attente, et jusqu&apos;à quand ?</translation>
    </message>
    <message>
        <source>e.g. waiting for the laboratory results</source>
        <translation>ex. : en attente des résultats du laboratoire</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motif</translation>
    </message>
    <message>
        <source>Resume &amp;on</source>
        <translation>&amp;Reprise le</translation>
    </message>
</context>
<context>
    <name>IconDetails</name>
    <message>
        <source>owner</source>
        <translation>propriétaire</translation>
    </message>
    <message>
        <source>prescriber</source>
        <translation>prescripteur</translation>
    </message>
    <message>
        <source>notary</source>
        <translation>notaire</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>agent</translation>
    </message>
    <message>
        <source>tenant</source>
        <translation>locataire</translation>
    </message>
    <message>
        <source>transfer</source>
        <translation>virement</translation>
    </message>
    <message>
        <source>card</source>
        <translation>carte</translation>
    </message>
    <message>
        <source>cheque</source>
        <translation>chèque</translation>
    </message>
    <message>
        <source>cash</source>
        <translation>espèces</translation>
    </message>
    <message>
        <source>direct debit</source>
        <translation>prélèvement</translation>
    </message>
    <message>
        <source>Report “{title}” added by {who} on {when}</source>
        <translation>Rapport « {title} » ajouté par {who} le {when}</translation>
    </message>
    <message>
        <source>Report “{title}” added on {when}</source>
        <translation>Rapport « {title} » ajouté le {when}</translation>
    </message>
    <message>
        <source>Downloaded by {name} on {when}</source>
        <translation>Téléchargé par {name} le {when}</translation>
    </message>
    <message>
        <source>E-mailed to {name} by {who} on {when}</source>
        <translation>Envoyé par e-mail à {name} par {who} le {when}</translation>
    </message>
    <message>
        <source>E-mailed to {name} on {when}</source>
        <translation>Envoyé par e-mail à {name} le {when}</translation>
    </message>
    <message>
        <source>Delivered to {name} by {who} on {when}</source>
        <translation>Remis à {name} par {who} le {when}</translation>
    </message>
    <message>
        <source>Delivered to {name} on {when}</source>
        <translation>Remis à {name} le {when}</translation>
    </message>
    <message>
        <source>Quote {number} validated by {who} (collaborator) on {when}</source>
        <translation>Devis {number} validé par {who} (collaborateur) le {when}</translation>
    </message>
    <message>
        <source>Quote {number} refused by {who} (collaborator) on {when}</source>
        <translation>Devis {number} refusé par {who} (collaborateur) le {when}</translation>
    </message>
    <message>
        <source>Quote {number} validated by the client on {when}</source>
        <translation>Devis {number} validé par le client le {when}</translation>
    </message>
    <message>
        <source>Quote {number} refused by the client on {when}</source>
        <translation>Devis {number} refusé par le client le {when}</translation>
    </message>
    <message>
        <source>{amount} paid on {when} ({method}), recorded by {who}</source>
        <translation>{amount} payé le {when} ({method}), saisi par {who}</translation>
    </message>
    <message>
        <source>{amount} paid on {when} ({method})</source>
        <translation>{amount} payé le {when} ({method})</translation>
    </message>
    <message>
        <source>{step}: {amount} due {due}, paid on {when}</source>
        <translation>{step} : {amount} dû le {due}, payé le {when}</translation>
    </message>
    <message>
        <source>{step}: {amount} due {due}, overdue</source>
        <translation>{step} : {amount} dû le {due}, en retard</translation>
    </message>
    <message>
        <source>{step}: {amount} due {due}, not paid yet</source>
        <translation>{step} : {amount} dû le {due}, pas encore payé</translation>
    </message>
    <message>
        <source>Reports blocked for {name} ({role})</source>
        <translation>Rapports bloqués pour {name} ({role})</translation>
    </message>
    <message>
        <source>Quote {number} for {amount} sent by {who} on {when}</source>
        <translation>Devis {number} de {amount} envoyé par {who} le {when}</translation>
    </message>
    <message>
        <source>Quote {number} for {amount} sent on {when}</source>
        <translation>Devis {number} de {amount} envoyé le {when}</translation>
    </message>
    <message>
        <source>Invoice {number} for {amount} issued by {who} on {when}</source>
        <translation>Facture {number} de {amount} émise par {who} le {when}</translation>
    </message>
    <message>
        <source>Invoice {number} for {amount} issued on {when}</source>
        <translation>Facture {number} de {amount} émise le {when}</translation>
    </message>
    <message>
        <source>{amount} still due on invoice {number}</source>
        <translation>{amount} restant dû sur la facture {number}</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… et {count} de plus</translation>
    </message>
</context>
<context>
    <name>IconLegendDialog</name>
    <message>
        <source>Status icons legend</source>
        <translation>Légende des icônes de statut</translation>
    </message>
    <message>
        <source>Hover an icon in the case list to see why it shows, who did it and when; click it to open what is behind it.</source>
        <translation>Survolez une icône de la liste des dossiers pour savoir pourquoi elle apparaît, qui en est à l&apos;origine et quand ; cliquez dessus pour ouvrir ce qu&apos;elle désigne.</translation>
    </message>
</context>
<context>
    <name>ImportBar</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message numerus="yes">
        <source>Adding %n file(s)…</source>
        <translation>
            <numerusform>Ajout de %n fichier…</numerusform>
            <numerusform>Ajout de %n fichiers…</numerusform>
        </translation>
    </message>
    <message>
        <source>Adding {file} ({number} of {total})…</source>
        <translation>Ajout de {file} ({number} sur {total})…</translation>
    </message>
    <message>
        <source>Cancelling after the current file…</source>
        <translation>Annulation après le fichier en cours…</translation>
    </message>
</context>
<context>
    <name>IndexFieldsTab</name>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valeurs</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Kind…</source>
        <translation>Type…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Values of the list</source>
        <translation>Valeurs de la liste</translation>
    </message>
    <message>
        <source>Fields of</source>
        <translation>Champs pour</translation>
    </message>
    <message>
        <source>the case</source>
        <translation>le dossier</translation>
    </message>
    <message>
        <source>documents of type {name}</source>
        <translation>les documents de type {name}</translation>
    </message>
    <message>
        <source>Only a choice field has a list of values.</source>
        <translation>Seul un champ à choix a une liste de valeurs.</translation>
    </message>
    <message>
        <source>New index field</source>
        <translation>Nouveau champ d&apos;index</translation>
    </message>
    <message>
        <source>Field kind</source>
        <translation>Type de champ</translation>
    </message>
    <message>
        <source>Rename the field</source>
        <translation>Renommer le champ</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Nouvelle valeur</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
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
        <source>You may read this case but not change it.</source>
        <translation>Vous pouvez consulter ce dossier mais pas le modifier.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save the changes (Ctrl+S)</source>
        <translation>Enregistrer les modifications (Ctrl+S)</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Forget the changes and show the saved values again</source>
        <translation>Abandonner les modifications et réafficher les valeurs enregistrées</translation>
    </message>
    <message>
        <source>Save the index</source>
        <translation>Enregistrer l&apos;index</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Internal reference</source>
        <translation>Référence interne</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Required field</source>
        <translation>Champ obligatoire</translation>
    </message>
    <message>
        <source>{dot} {status} · {area}</source>
        <translation>{dot} {status} · {area}</translation>
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
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>The index of {what} has unsaved changes.</source>
        <translation>L&apos;index de {what} a des modifications non enregistrées.</translation>
    </message>
    <message>
        <source>Save them before moving on?</source>
        <translation>Les enregistrer avant de continuer ?</translation>
    </message>
    <message>
        <source>Nothing was saved: correct the fields marked in red.</source>
        <translation>Rien n&apos;a été enregistré : corrigez les champs signalés en rouge.</translation>
    </message>
</context>
<context>
    <name>IntakeTab</name>
    <message>
        <source>Watch folder</source>
        <translation>Dossier surveillé</translation>
    </message>
    <message>
        <source>A folder on this computer or a network share</source>
        <translation>Un dossier de cet ordinateur ou un partage réseau</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Take the files that arrive in this folder</source>
        <translation>Récupérer les fichiers qui arrivent dans ce dossier</translation>
    </message>
    <message>
        <source>Save the folder</source>
        <translation>Enregistrer le dossier</translation>
    </message>
    <message>
        <source>CaseDesk looks at the folder every few seconds while it is open. A file is taken once it has not changed for a few seconds; it then moves to the folder&apos;s processed/ sub-folder, or to failed/ with a .reason.txt file that says why.</source>
        <translation>CaseDesk examine le dossier toutes les quelques secondes tant qu&apos;il est ouvert. Un fichier est récupéré dès qu&apos;il n&apos;a pas changé depuis quelques secondes ; il est ensuite déplacé dans le sous-dossier processed/ du dossier, ou dans failed/ avec un fichier .reason.txt qui en indique le motif.</translation>
    </message>
    <message>
        <source>File-name rules (the first that matches wins)</source>
        <translation>Règles de nom de fichier (la première qui correspond l&apos;emporte)</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Masque</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>Expression régulière</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>Type de document</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Save the rules</source>
        <translation>Enregistrer les règles</translation>
    </message>
    <message>
        <source>A pattern: {number} is the case number, {type} a document type&apos;s code or name, * any text, ? one character; it must match the whole name, in capitals or not. Example: {number}_{type}.* takes 24006604_informe.pdf into case 24006604 as a report. A regular expression names its groups (?P&lt;number&gt;…) and (?P&lt;type&gt;…). A document type chosen here beats {type}.</source>
        <translation>Un masque : {number} est le numéro du dossier, {type} le code ou le nom d&apos;un type de document, * un texte quelconque, ? un caractère ; il doit correspondre au nom entier, en majuscules ou non. Exemple : {number}_{type}.* range 24006604_informe.pdf dans le dossier 24006604 comme rapport. Une expression régulière nomme ses groupes (?P&lt;number&gt;…) et (?P&lt;type&gt;…). Un type de document choisi ici l&apos;emporte sur {type}.</translation>
    </message>
    <message>
        <source>No rule of this work area&apos;s own: the default rule above applies.</source>
        <translation>Ce domaine d&apos;activité n&apos;a pas de règle propre : la règle par défaut ci-dessus s&apos;applique.</translation>
    </message>
    <message>
        <source>From the file name</source>
        <translation>D&apos;après le nom du fichier</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <source>Missing-documents letter — case {number}</source>
        <translation>Lettre de pièces manquantes — dossier {number}</translation>
    </message>
    <message>
        <source>Write to:</source>
        <translation>Écrire à :</translation>
    </message>
    <message>
        <source>The owner: {name}</source>
        <translation>Le propriétaire : {name}</translation>
    </message>
    <message>
        <source>The prescriber: {name}</source>
        <translation>Le prescripteur : {name}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>The letter asks for what the case lacks for the statuses ahead of it:</source>
        <translation>La lettre demande ce qui manque au dossier pour la suite de son traitement :</translation>
    </message>
    <message>
        <source>Case {number} lacks nothing for the statuses ahead of it: there is no letter to send.</source>
        <translation>Il ne manque rien au dossier {number} pour les statuts suivants : aucune lettre à envoyer.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>Save as PDF (needs LibreOffice, not installed: DOCX only)</source>
        <translation>Enregistrer en PDF (nécessite LibreOffice, non installé : DOCX uniquement)</translation>
    </message>
    <message>
        <source>Write the letter</source>
        <translation>Rédiger la lettre</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>CaseDesk — sign in</source>
        <translation>CaseDesk — connexion</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Enter your login.</source>
        <translation>Saisissez votre identifiant.</translation>
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
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>&amp;Choose the work area…</source>
        <translation>&amp;Choisir le domaine d&apos;activité…</translation>
    </message>
    <message>
        <source>&amp;Refresh the list</source>
        <translation>&amp;Actualiser la liste</translation>
    </message>
    <message>
        <source>&amp;Reset the layout</source>
        <translation>&amp;Rétablir la disposition</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Rapports</translation>
    </message>
    <message>
        <source>&amp;Statistics…</source>
        <translation>&amp;Statistiques…</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Status icons &amp;legend</source>
        <translation>&amp;Légende des icônes de statut</translation>
    </message>
    <message>
        <source>&amp;About CaseDesk</source>
        <translation>À &amp;propos de CaseDesk</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>User: {name} ({role})</source>
        <translation>Utilisateur : {name} ({role})</translation>
    </message>
    <message>
        <source>PostgreSQL server</source>
        <translation>Serveur PostgreSQL</translation>
    </message>
    <message>
        <source>SQLite file</source>
        <translation>Fichier SQLite</translation>
    </message>
    <message>
        <source>All work areas</source>
        <translation>Tous les domaines d&apos;activité</translation>
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
        <source>Work area: {name}</source>
        <translation>Domaine d&apos;activité : {name}</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>CaseDesk will use {language} the next time it starts.</source>
        <translation>Langue choisie : {language}. Elle s&apos;appliquera au prochain démarrage de CaseDesk.</translation>
    </message>
    <message>
        <source>Case {number}</source>
        <translation>Dossier {number}</translation>
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
        <source>The report is not in the documents list.</source>
        <translation>Le rapport ne figure pas dans la liste des documents.</translation>
    </message>
    <message>
        <source>Automatic backup written: {file} ({size}).</source>
        <translation>Sauvegarde automatique écrite : {file} ({size}).</translation>
    </message>
    <message>
        <source>The automatic backup failed: {reason}</source>
        <translation>La sauvegarde automatique a échoué : {reason}</translation>
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
    <name>MessagePanel</name>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>{file} — {reason}</source>
        <translation>{file} — {reason}</translation>
    </message>
</context>
<context>
    <name>MoveReasonDialog</name>
    <message>
        <source>Move case {number}</source>
        <translation>Déplacer le dossier {number}</translation>
    </message>
    <message>
        <source>Case {number} goes to “{status}”. Why?</source>
        <translation>Le dossier {number} passe à « {status} ». Pourquoi ?</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motif</translation>
    </message>
</context>
<context>
    <name>MovementDialog</name>
    <message>
        <source>Add a movement to ticket {number}</source>
        <translation>Ajouter un suivi au ticket {number}</translation>
    </message>
    <message>
        <source>What happened, what was said or done…</source>
        <translation>Ce qui s&apos;est passé, ce qui a été dit ou fait…</translation>
    </message>
    <message>
        <source>&amp;Movement:</source>
        <translation>&amp;Suivi :</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texte :</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Note interne</translation>
    </message>
    <message>
        <source>Reply to the customer</source>
        <translation>Réponse au client</translation>
    </message>
    <message>
        <source>Message from the customer</source>
        <translation>Message du client</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation>Solution</translation>
    </message>
    <message>
        <source>Close the ticket</source>
        <translation>Clôturer le ticket</translation>
    </message>
    <message>
        <source>Seen only inside the company; the status does not change.</source>
        <translation>Visible uniquement en interne ; le statut ne change pas.</translation>
    </message>
    <message>
        <source>The customer owes the next move.</source>
        <translation>La prochaine action revient au client.</translation>
    </message>
    <message>
        <source>We owe the next move; a resolved ticket goes back in progress.</source>
        <translation>La prochaine action nous revient ; un ticket résolu repasse en cours.</translation>
    </message>
    <message>
        <source>The ticket becomes resolved; the customer owes the next move.</source>
        <translation>Le ticket passe en résolu ; la prochaine action revient au client.</translation>
    </message>
    <message>
        <source>The ticket is closed; nobody owes a move.</source>
        <translation>Le ticket est clôturé ; aucune action n&apos;est attendue.</translation>
    </message>
</context>
<context>
    <name>NotificationCentre</name>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message numerus="yes">
        <source>%n unread notification(s)</source>
        <translation>
            <numerusform>%n notification non lue</numerusform>
            <numerusform>%n notifications non lues</numerusform>
        </translation>
    </message>
    <message>
        <source>No unread notifications</source>
        <translation>Aucune notification non lue</translation>
    </message>
    <message numerus="yes">
        <source>CaseDesk: %n unread notification(s)</source>
        <translation>
            <numerusform>CaseDesk : %n notification non lue</numerusform>
            <numerusform>CaseDesk : %n notifications non lues</numerusform>
        </translation>
    </message>
    <message>
        <source>The case of this notification is not in the list any more.</source>
        <translation>Le dossier de cette notification ne figure plus dans la liste.</translation>
    </message>
</context>
<context>
    <name>NotificationPanel</name>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Mark all as read</source>
        <translation>Tout marquer comme lu</translation>
    </message>
    <message>
        <source>No notifications.
Status changes, new documents, overdue payments, due alerts and cases coming back from hold show here.</source>
        <translation>Aucune notification.
Les changements de statut, les nouveaux documents, les paiements en retard, les alertes arrivées à échéance et les dossiers qui sortent d&apos;attente s&apos;affichent ici.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>{by} moved case {number} from {from_status} to {to_status}</source>
        <translation>{by} a passé le dossier {number} de {from_status} à {to_status}</translation>
    </message>
    <message>
        <source>{by} moved case {number} to {status}</source>
        <translation>{by} a passé le dossier {number} en {status}</translation>
    </message>
    <message numerus="yes">
        <source>{by} added %n documents to case {number}, among them “{title}”</source>
        <translation>
            <numerusform>{by} a ajouté %n document au dossier {number} : « {title} »</numerusform>
            <numerusform>{by} a ajouté %n documents au dossier {number}, dont « {title} »</numerusform>
        </translation>
    </message>
    <message>
        <source>{by} added “{title}” to case {number}</source>
        <translation>{by} a ajouté « {title} » au dossier {number}</translation>
    </message>
    <message numerus="yes">
        <source>Case {number} has not changed for %n day(s) (status {status})</source>
        <translation>
            <numerusform>Le dossier {number} n&apos;a pas changé depuis %n jour (statut {status})</numerusform>
            <numerusform>Le dossier {number} n&apos;a pas changé depuis %n jours (statut {status})</numerusform>
        </translation>
    </message>
    <message>
        <source>Case {number}: an installment of {amount} was due on {due_date} and is unpaid</source>
        <translation>Dossier {number} : une échéance de {amount} était due le {due_date} et reste impayée</translation>
    </message>
    <message>
        <source>Alert on case {number} from {by}: {text}</source>
        <translation>Alerte de {by} sur le dossier {number} : {text}</translation>
    </message>
    <message>
        <source>Case {number} comes back from {status}: its resume date is {resume_date}</source>
        <translation>Le dossier {number} sort de {status} : sa date de reprise est le {resume_date}</translation>
    </message>
    <message>
        <source>Case {number}: {kind}</source>
        <translation>Dossier {number} : {kind}</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>à l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>il y a %n minute</numerusform>
            <numerusform>il y a %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>il y a %n heure</numerusform>
            <numerusform>il y a %n heures</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>hier</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>Clear the date</source>
        <translation>Effacer la date</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Open with the system viewer</source>
        <translation>Ouvrir avec la visionneuse du système</translation>
    </message>
    <message>
        <source>Select a document</source>
        <translation>Sélectionnez un document</translation>
    </message>
    <message>
        <source>It is shown here.</source>
        <translation>Il s&apos;affichera ici.</translation>
    </message>
    <message>
        <source>Cannot show this file here</source>
        <translation>Impossible d&apos;afficher ce fichier ici</translation>
    </message>
    <message>
        <source>{action} ({keys})</source>
        <translation>{action} ({keys})</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <source>Page number: type a page and press Enter</source>
        <translation>Numéro de page : saisissez une page et appuyez sur Entrée</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Zoom: choose or type a percentage</source>
        <translation>Zoom : choisissez ou saisissez un pourcentage</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Ajuster à la largeur</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Ajuster à la page</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source> / {pages}</source>
        <translation> / {pages}</translation>
    </message>
    <message>
        <source>{title} — page {page} of {pages}</source>
        <translation>{title} — page {page} sur {pages}</translation>
    </message>
    <message>
        <source>Loading the preview…</source>
        <translation>Chargement de l&apos;aperçu…</translation>
    </message>
    <message>
        <source>Files of this kind ({mime}) have no preview. Open the file with its own program.</source>
        <translation>Les fichiers de ce type ({mime}) n&apos;ont pas d&apos;aperçu. Ouvrez le fichier avec son programme.</translation>
    </message>
    <message>
        <source>The PDF is protected by a password. Open it with a PDF reader that can ask for it.</source>
        <translation>Le PDF est protégé par un mot de passe. Ouvrez-le avec un lecteur PDF capable de le demander.</translation>
    </message>
    <message>
        <source>The PDF uses an encryption this preview does not support.</source>
        <translation>Le PDF utilise un chiffrement que cet aperçu ne prend pas en charge.</translation>
    </message>
    <message>
        <source>The PDF is damaged or incomplete (it may have been cut short while being copied): {detail}</source>
        <translation>Le PDF est endommagé ou incomplet (sa copie a peut-être été interrompue) : {detail}</translation>
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
        <source>Page {page} of the PDF cannot be drawn ({detail}).</source>
        <translation>Impossible d&apos;afficher la page {page} du PDF ({detail}).</translation>
    </message>
    <message>
        <source>The image says it is {width} × {height} pixels ({megapixels} megapixels). Previews stop at {limit} megapixels so that a damaged or hostile file cannot exhaust the memory; open it with an image program if it is genuine.</source>
        <translation>L&apos;image annonce {width} × {height} pixels ({megapixels} mégapixels). Les aperçus s&apos;arrêtent à {limit} mégapixels pour qu&apos;un fichier endommagé ou malveillant ne puisse pas saturer la mémoire ; si l&apos;image est authentique, ouvrez-la avec un logiciel d&apos;images.</translation>
    </message>
    <message>
        <source>The file contains no text.</source>
        <translation>Le fichier ne contient aucun texte.</translation>
    </message>
    <message>
        <source>Showing the first {shown} of {total}. Open the file to read all of it.</source>
        <translation>Affichage des {shown} premiers sur {total}. Ouvrez le fichier pour le lire en entier.</translation>
    </message>
    <message>
        <source>The Word document contains no text.</source>
        <translation>Le document Word ne contient aucun texte.</translation>
    </message>
    <message>
        <source>Showing the beginning of the document ({chars} characters). Open the file to read all of it.</source>
        <translation>Affichage du début du document ({chars} caractères). Ouvrez le fichier pour le lire en entier.</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>De :</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>À :</translation>
    </message>
    <message>
        <source>Cc:</source>
        <translation>Cc :</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date :</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Objet :</translation>
    </message>
    <message>
        <source>Text of the HTML message (pictures and links to the internet are not loaded).</source>
        <translation>Texte du message HTML (les images et les liens vers Internet ne sont pas chargés).</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(aucun texte)</translation>
    </message>
    <message>
        <source>Attachments ({count})</source>
        <translation>Pièces jointes ({count})</translation>
    </message>
    <message>
        <source>The message is long; only its beginning is shown.</source>
        <translation>Le message est long ; seul le début est affiché.</translation>
    </message>
    <message>
        <source>The image cannot be read ({detail}).</source>
        <translation>Impossible de lire l&apos;image ({detail}).</translation>
    </message>
</context>
<context>
    <name>ReasonsTab</name>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Proposé</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>A reason used by cases cannot be removed: untick “Offered” to stop offering it.</source>
        <translation>Un motif utilisé par des dossiers ne peut pas être supprimé : décochez « Proposé » pour ne plus le proposer.</translation>
    </message>
    <message>
        <source>Every work area</source>
        <translation>Tous les domaines d&apos;activité</translation>
    </message>
    <message>
        <source>This work area</source>
        <translation>Ce domaine d&apos;activité</translation>
    </message>
    <message>
        <source>New cancellation reason</source>
        <translation>Nouveau motif d&apos;annulation</translation>
    </message>
    <message>
        <source>Rename the reason</source>
        <translation>Renommer le motif</translation>
    </message>
</context>
<context>
    <name>SendReportDialog</name>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envois</translation>
    </message>
    <message>
        <source>Report access</source>
        <translation>Accès au rapport</translation>
    </message>
    <message>
        <source>E-mail draft in my mail program</source>
        <translation>Brouillon dans ma messagerie</translation>
    </message>
    <message>
        <source>Copy to a folder</source>
        <translation>Copier dans un dossier</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Send report</source>
        <translation>Envoyer le rapport</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Send report — case {number}</source>
        <translation>Envoyer le rapport — dossier {number}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt; of case {number}: choose who gets it.</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt; du dossier {number} : choisissez les destinataires.</translation>
    </message>
    <message>
        <source>The case has no contacts yet: add the owner, the notary… first.</source>
        <translation>Le dossier n&apos;a pas encore de contact : ajoutez d&apos;abord le propriétaire, le notaire…</translation>
    </message>
    <message>
        <source>Reports are blocked for {name} on this case</source>
        <translation>Les rapports sont bloqués pour {name} dans ce dossier</translation>
    </message>
    <message>
        <source>no e-mail address</source>
        <translation>pas d&apos;adresse e-mail</translation>
    </message>
    <message>
        <source>Report delivered {count} time(s)</source>
        <translation>Rapport remis {count} fois</translation>
    </message>
    <message>
        <source>Unblock</source>
        <translation>Débloquer</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloquer</translation>
    </message>
    <message>
        <source>Send the report to a folder</source>
        <translation>Envoyer le rapport dans un dossier</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi en cours…</translation>
    </message>
    <message numerus="yes">
        <source>E-mail draft for %n contact(s) opened in your mail program.</source>
        <translation>
            <numerusform>Brouillon d&apos;e-mail ouvert dans votre messagerie pour %n contact.</numerusform>
            <numerusform>Brouillon d&apos;e-mail ouvert dans votre messagerie pour %n contacts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>E-mail draft for %n contact(s) written to {path}; open it with your mail program.</source>
        <translation>
            <numerusform>Brouillon d&apos;e-mail enregistré dans {path} pour %n contact ; ouvrez-le avec votre messagerie.</numerusform>
            <numerusform>Brouillon d&apos;e-mail enregistré dans {path} pour %n contacts ; ouvrez-le avec votre messagerie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Report copied for %n contact(s) to {path}.</source>
        <translation>
            <numerusform>Rapport copié dans {path} pour %n contact.</numerusform>
            <numerusform>Rapport copié dans {path} pour %n contacts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Work area</source>
        <translation>Domaine d&apos;activité</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Circuit de traitement</translation>
    </message>
    <message>
        <source>Cancellation reasons</source>
        <translation>Motifs d&apos;annulation</translation>
    </message>
    <message>
        <source>Document types</source>
        <translation>Types de document</translation>
    </message>
    <message>
        <source>Index fields</source>
        <translation>Champs d&apos;index</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Réception</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Autorisations</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Who may do what. The matrix is part of the program and cannot be edited here.</source>
        <translation>Qui peut faire quoi. La matrice fait partie du programme et ne peut pas être modifiée ici.</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>autorisé</translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation>non autorisé</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Closed — done</source>
        <translation>Clôturé — terminé</translation>
    </message>
    <message>
        <source>Closed — cancelled</source>
        <translation>Clôturé — annulé</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Administrative clerk</source>
        <translation>Assistant administratif</translation>
    </message>
    <message>
        <source>Sales manager</source>
        <translation>Responsable commercial</translation>
    </message>
    <message>
        <source>Sales advisor</source>
        <translation>Conseiller commercial</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Technicien</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Choice from a list</source>
        <translation>Choix dans une liste</translation>
    </message>
    <message>
        <source>Yes / no</source>
        <translation>Oui / non</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Aucune date</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>Date de commande</translation>
    </message>
    <message>
        <source>Reserved date</source>
        <translation>Date de réservation</translation>
    </message>
    <message>
        <source>Create cases</source>
        <translation>Créer des dossiers</translation>
    </message>
    <message>
        <source>Edit cases</source>
        <translation>Modifier des dossiers</translation>
    </message>
    <message>
        <source>Reassign cases</source>
        <translation>Réaffecter des dossiers</translation>
    </message>
    <message>
        <source>Change a case&apos;s status</source>
        <translation>Changer le statut d&apos;un dossier</translation>
    </message>
    <message>
        <source>Close cases</source>
        <translation>Clôturer des dossiers</translation>
    </message>
    <message>
        <source>Archive cases</source>
        <translation>Archiver des dossiers</translation>
    </message>
    <message>
        <source>Move cases to the trash</source>
        <translation>Mettre des dossiers à la corbeille</translation>
    </message>
    <message>
        <source>Restore cases from the trash</source>
        <translation>Restaurer des dossiers depuis la corbeille</translation>
    </message>
    <message>
        <source>Purge cases for good</source>
        <translation>Purger définitivement des dossiers</translation>
    </message>
    <message>
        <source>Add documents</source>
        <translation>Ajouter des documents</translation>
    </message>
    <message>
        <source>Mark documents as checked</source>
        <translation>Marquer des documents comme vérifiés</translation>
    </message>
    <message>
        <source>Edit documents</source>
        <translation>Modifier des documents</translation>
    </message>
    <message>
        <source>Block and deliver reports</source>
        <translation>Bloquer et remettre des rapports</translation>
    </message>
    <message>
        <source>Quotes, invoices and amounts</source>
        <translation>Devis, factures et montants</translation>
    </message>
    <message>
        <source>Record payments</source>
        <translation>Enregistrer des paiements</translation>
    </message>
    <message>
        <source>Edit service orders</source>
        <translation>Modifier des bons d&apos;intervention</translation>
    </message>
    <message>
        <source>Add notes and alerts</source>
        <translation>Ajouter des notes et des alertes</translation>
    </message>
    <message>
        <source>Manage users</source>
        <translation>Gérer les utilisateurs</translation>
    </message>
    <message>
        <source>Edit settings</source>
        <translation>Modifier les paramètres</translation>
    </message>
    <message>
        <source>Back up, restore and repair</source>
        <translation>Sauvegarder, restaurer et réparer</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
</context>
<context>
    <name>ShareCaseDialog</name>
    <message>
        <source>Share case {number}</source>
        <translation>Partager le dossier {number}</translation>
    </message>
    <message>
        <source>Shared with</source>
        <translation>Partagé avec</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <source>Shared by</source>
        <translation>Partagé par</translation>
    </message>
    <message>
        <source>can see</source>
        <translation>peut voir</translation>
    </message>
    <message>
        <source>can change</source>
        <translation>peut modifier</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Partager</translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>Ne plus partager</translation>
    </message>
    <message>
        <source>Team {name}</source>
        <translation>Équipe {name}</translation>
    </message>
    <message>
        <source>Shared with {name}.</source>
        <translation>Partagé avec {name}.</translation>
    </message>
    <message>
        <source>No longer shared with {name}.</source>
        <translation>N&apos;est plus partagé avec {name}.</translation>
    </message>
</context>
<context>
    <name>StatisticsDialog</name>
    <message>
        <source>By status</source>
        <translation>Par statut</translation>
    </message>
    <message>
        <source>By work area</source>
        <translation>Par domaine d&apos;activité</translation>
    </message>
    <message>
        <source>By assigned user</source>
        <translation>Par utilisateur affecté</translation>
    </message>
    <message>
        <source>By month of creation</source>
        <translation>Par mois de création</translation>
    </message>
    <message>
        <source>Cancellations by reason</source>
        <translation>Annulations par motif</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Work area</source>
        <translation>Domaine d&apos;activité</translation>
    </message>
    <message>
        <source>Assigned user</source>
        <translation>Utilisateur affecté</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Share %</source>
        <translation>Part %</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <source>All work areas</source>
        <translation>Tous les domaines d&apos;activité</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créés</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Comptage…</translation>
    </message>
    <message>
        <source>{count} cases, {cancelled} cancelled (archived included)</source>
        <translation>{count} dossiers, {cancelled} annulés (archivés compris)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export statistics</source>
        <translation>Exporter les statistiques</translation>
    </message>
    <message>
        <source>Exporting to {file}…</source>
        <translation>Export vers {file}…</translation>
    </message>
    <message>
        <source>Exported to {file}</source>
        <translation>Exporté vers {file}</translation>
    </message>
</context>
<context>
    <name>StatusCombo</name>
    <message>
        <source>Current status</source>
        <translation>Statut actuel</translation>
    </message>
</context>
<context>
    <name>StatusEditController</name>
    <message>
        <source>Status not changed</source>
        <translation>Statut inchangé</translation>
    </message>
</context>
<context>
    <name>StatusEditorDelegate</name>
    <message>
        <source>Changing to {status}…</source>
        <translation>Passage à {status}…</translation>
    </message>
    <message>
        <source>Changing the status…</source>
        <translation>Changement de statut…</translation>
    </message>
</context>
<context>
    <name>StatusForm</name>
    <message>
        <source>Edit status</source>
        <translation>Modifier le statut</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>Nouveau statut</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>New cases start in this status</source>
        <translation>Les nouveaux dossiers commencent dans ce statut</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Help text</source>
        <translation>Texte d&apos;aide</translation>
    </message>
    <message>
        <source>Status colour</source>
        <translation>Couleur du statut</translation>
    </message>
</context>
<context>
    <name>UserActions</name>
    <message>
        <source>&amp;Users and teams…</source>
        <translation>&amp;Utilisateurs et équipes…</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>Changer mon &amp;mot de passe…</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Votre mot de passe a été changé.</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Administrative clerk</source>
        <translation>Assistant administratif</translation>
    </message>
    <message>
        <source>Sales manager</source>
        <translation>Responsable commercial</translation>
    </message>
    <message>
        <source>Sales advisor</source>
        <translation>Conseiller commercial</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Technicien</translation>
    </message>
    <message>
        <source>Users and teams</source>
        <translation>Utilisateurs et équipes</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Équipes</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloqué</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Can sign in</source>
        <translation>Peut se connecter</translation>
    </message>
    <message>
        <source>optional, at least 8 characters</source>
        <translation>facultatif, 8 caractères minimum</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Nouvel utilisateur</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>Réinitialiser le mot de passe…</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Débloquer</translation>
    </message>
    <message>
        <source>Add team</source>
        <translation>Ajouter une équipe</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Cabinet</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>bloqué</translation>
    </message>
    <message>
        <source>No team</source>
        <translation>Aucune équipe</translation>
    </message>
    <message>
        <source>{name} — {office} ({count} member(s))</source>
        <translation>{name} — {office} (membres : {count})</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>User {login} added.</source>
        <translation>Utilisateur {login} ajouté.</translation>
    </message>
    <message>
        <source>User {login} saved.</source>
        <translation>Utilisateur {login} enregistré.</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Réinitialiser le mot de passe</translation>
    </message>
    <message>
        <source>New password for {login} (at least 8 characters):</source>
        <translation>Nouveau mot de passe pour {login} (8 caractères minimum) :</translation>
    </message>
    <message>
        <source>Password of {login} changed.</source>
        <translation>Mot de passe de {login} changé.</translation>
    </message>
    <message>
        <source>User {login} unlocked.</source>
        <translation>Utilisateur {login} débloqué.</translation>
    </message>
    <message>
        <source>Team {name} added.</source>
        <translation>Équipe {name} ajoutée.</translation>
    </message>
    <message>
        <source>Team renamed to {name}.</source>
        <translation>Équipe renommée en {name}.</translation>
    </message>
</context>
<context>
    <name>WindowIntake</name>
    <message>
        <source>Files are being added already; drop again when that has finished.</source>
        <translation>Des fichiers sont déjà en cours d&apos;ajout ; déposez-les à nouveau une fois l&apos;opération terminée.</translation>
    </message>
    <message>
        <source>You may not create cases: drop the files on a case to add them to it.</source>
        <translation>Vous n&apos;avez pas le droit de créer des dossiers : déposez les fichiers sur un dossier pour les y ajouter.</translation>
    </message>
    <message>
        <source>Choose a work area first: new cases are made in the work area shown.</source>
        <translation>Choisissez d&apos;abord un domaine d&apos;activité : les nouveaux dossiers sont créés dans le domaine d&apos;activité affiché.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) created from the dropped files.</source>
        <translation>
            <numerusform>%n dossier créé à partir des fichiers déposés.</numerusform>
            <numerusform>%n dossiers créés à partir des fichiers déposés.</numerusform>
        </translation>
    </message>
    <message>
        <source>New cases from files</source>
        <translation>Nouveaux dossiers à partir de fichiers</translation>
    </message>
    <message>
        <source>Make new cases from the {count} files dropped on the list:</source>
        <translation>Créer de nouveaux dossiers à partir des {count} fichiers déposés sur la liste :</translation>
    </message>
    <message>
        <source>One case per file</source>
        <translation>Un dossier par fichier</translation>
    </message>
    <message>
        <source>One case for all</source>
        <translation>Un seul dossier pour tous</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) taken from the watch folder</source>
        <translation>
            <numerusform>%n fichier récupéré dans le dossier surveillé</numerusform>
            <numerusform>%n fichiers récupérés dans le dossier surveillé</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in their case, not stored twice</source>
        <translation>
            <numerusform>%n déjà dans son dossier, non enregistré en double</numerusform>
            <numerusform>%n déjà dans leur dossier, non enregistrés en double</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be taken (see the failed folder)</source>
        <translation>
            <numerusform>%n n&apos;a pas pu être récupéré (voir le dossier failed)</numerusform>
            <numerusform>%n n&apos;ont pas pu être récupérés (voir le dossier failed)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkAreaChooser</name>
    <message>
        <source>CaseDesk — choose a work area</source>
        <translation>CaseDesk — choisir un domaine d&apos;activité</translation>
    </message>
    <message>
        <source>Choose the office and the work area to open. You can switch at any time from the toolbar.</source>
        <translation>Choisissez le cabinet et le domaine d&apos;activité à ouvrir. Vous pouvez en changer à tout moment depuis la barre d&apos;outils.</translation>
    </message>
    <message>
        <source>Work area</source>
        <translation>Domaine d&apos;activité</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>All work areas</source>
        <translation>Tous les domaines d&apos;activité</translation>
    </message>
</context>
<context>
    <name>WorkAreaCombo</name>
    <message>
        <source>The office and work area whose cases the list shows</source>
        <translation>Le cabinet et le domaine d&apos;activité dont la liste affiche les dossiers</translation>
    </message>
    <message>
        <source>All work areas</source>
        <translation>Tous les domaines d&apos;activité</translation>
    </message>
</context>
<context>
    <name>WorkflowTab</name>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Initial</source>
        <translation>Initial</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Move its cases to…</source>
        <translation>Déplacer ses dossiers vers…</translation>
    </message>
    <message>
        <source>Tick a cell to allow moving a case from the row&apos;s status to the column&apos;s.</source>
        <translation>Cochez une case pour autoriser le passage d&apos;un dossier du statut de la ligne à celui de la colonne.</translation>
    </message>
    <message>
        <source>Allowed moves (row: from, column: to)</source>
        <translation>Passages autorisés (ligne : de, colonne : vers)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>A case of this work area left unchanged this long in an open status is reported to the sales managers of its team.</source>
        <translation>Un dossier de ce domaine resté aussi longtemps sans changement dans un statut ouvert est signalé aux responsables commerciaux de son équipe.</translation>
    </message>
    <message>
        <source>Report a case as idle after</source>
        <translation>Signaler un dossier inactif après</translation>
    </message>
    <message>
        <source>Selected status</source>
        <translation>Statut sélectionné</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>Passage vers</translation>
    </message>
    <message>
        <source>Needs a reason</source>
        <translation>Motif obligatoire</translation>
    </message>
    <message>
        <source>Only for</source>
        <translation>Réservé à</translation>
    </message>
    <message>
        <source>Required documents</source>
        <translation>Documents obligatoires</translation>
    </message>
    <message>
        <source>Required fields</source>
        <translation>Champs obligatoires</translation>
    </message>
    <message>
        <source>Set on entry</source>
        <translation>Renseigner à l&apos;entrée</translation>
    </message>
    <message>
        <source>Notify on entry</source>
        <translation>Notifier à l&apos;entrée</translation>
    </message>
    <message>
        <source>Moves from this status and who may take them</source>
        <translation>Passages depuis ce statut et qui peut les effectuer</translation>
    </message>
    <message>
        <source>Selected status: {name}</source>
        <translation>Statut sélectionné : {name}</translation>
    </message>
    <message>
        <source>(no help text)</source>
        <translation>(aucun texte d&apos;aide)</translation>
    </message>
    <message>
        <source>Anyone allowed to move cases</source>
        <translation>Toute personne autorisée à changer le statut</translation>
    </message>
    <message>
        <source>Remove the status {name}, its allowed moves and its requirements?</source>
        <translation>Supprimer le statut {name}, ses passages autorisés et ses conditions ?</translation>
    </message>
    <message>
        <source>Move cases</source>
        <translation>Déplacer des dossiers</translation>
    </message>
    <message>
        <source>Move the {count} case(s) in {name} (archived and trashed included) to:</source>
        <translation>Déplacer les dossiers de {name} ({count}, y compris archivés et dans la corbeille) vers :</translation>
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
        <source>--format applies to the case list export, not to --case.</source>
        <translation>--format s&apos;applique à l&apos;export de la liste des dossiers, pas à --case.</translation>
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
        <source>User {id} does not exist.</source>
        <translation>L&apos;utilisateur {id} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Login {login} is locked until {until} after repeated failures.</source>
        <translation>L&apos;identifiant {login} est bloqué jusqu&apos;à {until} après plusieurs échecs.</translation>
    </message>
    <message>
        <source>Current password: it is not the right one.</source>
        <translation>Mot de passe actuel : il est incorrect.</translation>
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
        <source>{path} already exists: a backup never overwrites a file; choose another name.</source>
        <translation>{path} existe déjà : une sauvegarde n&apos;écrase jamais un fichier ; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Cannot write the backup {path}: folder {folder} does not exist.</source>
        <translation>Impossible d&apos;écrire la sauvegarde {path} : le dossier {folder} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The database was not updated to schema {latest}: the backup taken first, into {folder}, failed: {reason}. Nothing was changed (the database stays at schema {found}); free some space or fix that folder, then open the office again.</source>
        <translation>La base de données n’a pas été mise à jour au schéma {latest} : la sauvegarde préalable, dans {folder}, a échoué : {reason}. Rien n’a été modifié (la base reste au schéma {found}) ; libérez de l’espace ou corrigez ce dossier, puis rouvrez le cabinet.</translation>
    </message>
    <message>
        <source>Cannot write the backup {path}: No space left on device (the disk of {folder} is full).</source>
        <translation>Impossible d&apos;écrire la sauvegarde {path} : plus d&apos;espace disponible (le disque de {folder} est plein).</translation>
    </message>
    <message>
        <source>Cannot write the backup {path}: the copy of the database in {folder} failed: {reason}</source>
        <translation>Impossible d&apos;écrire la sauvegarde {path} : la copie de la base de données dans {folder} a échoué : {reason}</translation>
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
        <translation>{what} {id} n&apos;existe pas.</translation>
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
        <source>Case {number}: the pending interaction of a ticket is set by the system from its movements.</source>
        <translation>Dossier {number} : l&apos;interaction en attente d&apos;un ticket est définie par le système d&apos;après ses suivis.</translation>
    </message>
    <message>
        <source>Case {number} cannot be moved from {from_status} to {to_status} by hand: that status is set by the system from the ticket&apos;s movements.</source>
        <translation>Le dossier {number} ne peut pas passer manuellement de {from_status} à {to_status} : ce statut est défini par le système d&apos;après les suivis du ticket.</translation>
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
        <source>Moving case {number} to {to_status} needs a reason.</source>
        <translation>Passer le dossier {number} à {to_status} demande un motif.</translation>
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
        <source>{file}: not stored. No space left on device (the disk of the database in {folder} is full).</source>
        <translation>{file} : non enregistré. Plus d&apos;espace disponible (le disque de la base de données dans {folder} est plein).</translation>
    </message>
    <message>
        <source>{file}: cannot be read ({reason}).</source>
        <translation>{file} : impossible à lire ({reason}).</translation>
    </message>
    <message>
        <source>{file}: not stored. {reason}</source>
        <translation>{file} : non enregistré. {reason}</translation>
    </message>
    <message>
        <source>{file}: changed while it was being imported; import it again.</source>
        <translation>{file} : a été modifié pendant son import ; importez-le à nouveau.</translation>
    </message>
    <message>
        <source>Title: a document needs a title.</source>
        <translation>Titre : un document doit avoir un titre.</translation>
    </message>
    <message>
        <source>Title: at most {max} characters ({count} given).</source>
        <translation>Titre : {max} caractères au maximum ({count} saisis).</translation>
    </message>
    <message>
        <source>Type: document type {id} does not belong to the work area of case {number}.</source>
        <translation>Type : le type de document {id} n&apos;appartient pas au domaine d&apos;activité du dossier {number}.</translation>
    </message>
    <message>
        <source>{file}: same content as the current version of “{title}”; nothing to add.</source>
        <translation>{file} : même contenu que la version actuelle de « {title} » ; rien à ajouter.</translation>
    </message>
    <message>
        <source>Document {id} has no version {number}.</source>
        <translation>Le document {id} n&apos;a pas de version {number}.</translation>
    </message>
    <message>
        <source>{file}: cannot be written ({reason}).</source>
        <translation>{file} : écriture impossible ({reason}).</translation>
    </message>
    <message>
        <source>Unknown export format {format}: use csv or xlsx.</source>
        <translation>Format d&apos;export inconnu {format} : utilisez csv ou xlsx.</translation>
    </message>
    <message>
        <source>No case with number {number}: nothing was exported.</source>
        <translation>Aucun dossier portant le numéro {number} : rien n&apos;a été exporté.</translation>
    </message>
    <message>
        <source>Cannot export to {path}: it is a folder.</source>
        <translation>Impossible d&apos;exporter vers {path} : c&apos;est un dossier.</translation>
    </message>
    <message>
        <source>Cannot export to {path}: give a .zip file or a new or empty folder.</source>
        <translation>Impossible d&apos;exporter vers {path} : indiquez un fichier .zip ou un dossier nouveau ou vide.</translation>
    </message>
    <message>
        <source>Cannot export to {path}: folder {folder} does not exist.</source>
        <translation>Impossible d&apos;exporter vers {path} : le dossier {folder} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Choose at least one case to export.</source>
        <translation>Choisissez au moins un dossier à exporter.</translation>
    </message>
    <message>
        <source>At most {max} cases in one export ({count} chosen).</source>
        <translation>{max} dossiers au maximum par export ({count} choisis).</translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written.</source>
        <translation>Export annulé : rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Case {id} does not exist: nothing was exported.</source>
        <translation>Le dossier {id} n&apos;existe pas : rien n&apos;a été exporté.</translation>
    </message>
    <message>
        <source>User {login} may not read case {number}: nothing was exported.</source>
        <translation>L&apos;utilisateur {login} n&apos;a pas le droit de consulter le dossier {number} : rien n&apos;a été exporté.</translation>
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
        <source>Send the report: choose at least one contact.</source>
        <translation>Envoyer le rapport : choisissez au moins un contact.</translation>
    </message>
    <message>
        <source>Send the report: contact {ids} is not on case {number}.</source>
        <translation>Envoyer le rapport : le contact {ids} ne figure pas dans le dossier {number}.</translation>
    </message>
    <message>
        <source>The report of case {number} is blocked for {names}: unblock it for them first, or leave them out.</source>
        <translation>Le rapport du dossier {number} est bloqué pour {names} : débloquez-le d&apos;abord pour eux, ou retirez-les de l&apos;envoi.</translation>
    </message>
    <message>
        <source>Send the report by e-mail: {names} has no e-mail address.</source>
        <translation>Envoyer le rapport par e-mail : {names} n&apos;a pas d&apos;adresse e-mail.</translation>
    </message>
    <message>
        <source>Send the report: {mode} is not a way to send it.</source>
        <translation>Envoyer le rapport : {mode} n&apos;est pas un mode d&apos;envoi.</translation>
    </message>
    <message>
        <source>Send the report: choose a folder.</source>
        <translation>Envoyer le rapport : choisissez un dossier.</translation>
    </message>
    <message>
        <source>{file}: is not a folder.</source>
        <translation>{file} : ce n&apos;est pas un dossier.</translation>
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
        <source>Cannot copy into {name}: its schema is version {have}, the source&apos;s is {want}. Open both with the same CaseDesk first.</source>
        <translation>Impossible de copier dans {name} : son schéma est en version {have}, celui de la source en version {want}. Ouvrez d&apos;abord les deux avec le même CaseDesk.</translation>
    </message>
    <message>
        <source>Cannot copy into {name}: it is not empty (table {table} has {count} rows). Copy only into a new, empty database.</source>
        <translation>Impossible de copier dans {name} : elle n&apos;est pas vide (la table {table} a {count} lignes). Copiez uniquement dans une base de données nouvelle et vide.</translation>
    </message>
    <message>
        <source>Cannot copy {name} into itself.</source>
        <translation>Impossible de copier {name} dans elle-même.</translation>
    </message>
    <message>
        <source>Cannot copy {name}: its schema is version {have}; open it with this CaseDesk first to bring it to version {want}.</source>
        <translation>Impossible de copier {name} : son schéma est en version {have} ; ouvrez-la d&apos;abord avec ce CaseDesk pour la passer en version {want}.</translation>
    </message>
    <message>
        <source>Cannot read document content {sha} from {path}: {reason}</source>
        <translation>Impossible de lire le contenu du document {sha} depuis {path} : {reason}</translation>
    </message>
    <message>
        <source>Document content {sha} is missing from {name}: nothing was copied. Run casedesk check on the source first.</source>
        <translation>Le contenu du document {sha} manque dans {name} : rien n&apos;a été copié. Lancez d&apos;abord casedesk check sur la source.</translation>
    </message>
    <message>
        <source>Document content {sha} in {name} is damaged (its bytes no longer match their SHA-256): nothing was copied. Run casedesk check on the source first.</source>
        <translation>Le contenu du document {sha} dans {name} est endommagé (ses octets ne correspondent plus à leur SHA-256) : rien n&apos;a été copié. Lancez d&apos;abord casedesk check sur la source.</translation>
    </message>
    <message>
        <source>No document store given for {name}.</source>
        <translation>Aucun stockage de documents indiqué pour {name}.</translation>
    </message>
    <message>
        <source>Cannot write to the document store {path}: {reason}</source>
        <translation>Impossible d&apos;écrire dans le stockage des documents {path} : {reason}</translation>
    </message>
    <message>
        <source>The copy into {name} failed its verification, nothing was kept: {problems}</source>
        <translation>La copie dans {name} n&apos;a pas passé la vérification, rien n&apos;a été conservé : {problems}</translation>
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
    <message>
        <source>User {login} may not open the trash: only an administrator can.</source>
        <translation>L&apos;utilisateur {login} ne peut pas ouvrir la corbeille : seul un administrateur le peut.</translation>
    </message>
    <message>
        <source>The e-mail cannot be read ({reason}).</source>
        <translation>Impossible de lire l&apos;e-mail ({reason}).</translation>
    </message>
    <message>
        <source>The Word document cannot be shown: {reason}.</source>
        <translation>Impossible d&apos;afficher le document Word : {reason}.</translation>
    </message>
    <message>
        <source>Saved views belong to a user; {login} is not one.</source>
        <translation>Les vues enregistrées appartiennent à un utilisateur ; {login} n&apos;en est pas un.</translation>
    </message>
    <message>
        <source>View name: it is empty; type a name.</source>
        <translation>Nom de la vue : il est vide ; saisissez un nom.</translation>
    </message>
    <message>
        <source>View name: it is {length} characters long; at most {max} are allowed.</source>
        <translation>Nom de la vue : il comporte {length} caractères ; {max} au maximum sont autorisés.</translation>
    </message>
    <message>
        <source>A view named “{name}” exists already.</source>
        <translation>Une vue nommée « {name} » existe déjà.</translation>
    </message>
    <message>
        <source>Saved view {id} does not exist.</source>
        <translation>La vue enregistrée {id} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>User {login} may not close cases: closing {to_status} is for a sales manager or an administrator.</source>
        <translation>L&apos;utilisateur {login} ne peut pas clôturer de dossiers : le passage en {to_status} est réservé à un responsable commercial ou à un administrateur.</translation>
    </message>
    <message>
        <source>Nothing was saved: {problems}</source>
        <translation>Rien n&apos;a été enregistré : {problems}</translation>
    </message>
    <message>
        <source>{label}: at most {max} characters.</source>
        <translation>{label} : {max} caractères au maximum.</translation>
    </message>
    <message>
        <source>{label}: {value} is not a number.</source>
        <translation>{label} : {value} n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>{label}: {value} is too large.</source>
        <translation>{label} : {value} est trop grand.</translation>
    </message>
    <message>
        <source>{label}: at most {places} decimals.</source>
        <translation>{label} : {places} décimales au maximum.</translation>
    </message>
    <message>
        <source>{label}: {value} is not an amount.</source>
        <translation>{label} : {value} n&apos;est pas un montant.</translation>
    </message>
    <message>
        <source>{label}: {value} is not yes or no.</source>
        <translation>{label} : {value} n&apos;est ni oui ni non.</translation>
    </message>
    <message>
        <source>{label}: {value} is not one of the list&apos;s values.</source>
        <translation>{label} : {value} ne fait pas partie des valeurs de la liste.</translation>
    </message>
    <message>
        <source>{label}: unknown field kind {kind}.</source>
        <translation>{label} : type de champ inconnu {kind}.</translation>
    </message>
    <message>
        <source>{label}: an amount cannot be negative.</source>
        <translation>{label} : un montant ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>{label}: an amount has at most two decimals.</source>
        <translation>{label} : un montant a au plus deux décimales.</translation>
    </message>
    <message>
        <source>{label}: {value} is not a date.</source>
        <translation>{label} : {value} n&apos;est pas une date.</translation>
    </message>
    <message>
        <source>The index of “{title}” was changed by someone else after you opened it ({fields}). Nothing was saved: revert to see their values.</source>
        <translation>L&apos;index de « {title} » a été modifié par quelqu&apos;un d&apos;autre depuis que vous l&apos;avez ouvert ({fields}). Rien n&apos;a été enregistré : annulez pour voir ses valeurs.</translation>
    </message>
    <message>
        <source>User {login} may not change amounts.</source>
        <translation>L&apos;utilisateur {login} ne peut pas modifier les montants.</translation>
    </message>
    <message>
        <source>{label}: {value} is not a date and time.</source>
        <translation>{label} : {value} n&apos;est pas une date et une heure.</translation>
    </message>
    <message>
        <source>{label}: no such index field here.</source>
        <translation>{label} : ce champ d&apos;index n&apos;existe pas ici.</translation>
    </message>
    <message>
        <source>{label} is required.</source>
        <translation>{label} est obligatoire.</translation>
    </message>
    <message>
        <source>Case {number} is in the trash: an administrator must restore it first.</source>
        <translation>Le dossier {number} est dans la corbeille : un administrateur doit d&apos;abord le restaurer.</translation>
    </message>
    <message>
        <source>Case {number} is not in the trash: only cases in the trash can be purged.</source>
        <translation>Le dossier {number} n&apos;est pas dans la corbeille : seuls les dossiers de la corbeille peuvent être purgés.</translation>
    </message>
    <message>
        <source>The note text is empty: write what the note says.</source>
        <translation>Le texte de la note est vide : écrivez le contenu de la note.</translation>
    </message>
    <message>
        <source>The note text is too long ({length} characters; at most {limit}).</source>
        <translation>Le texte de la note est trop long ({length} caractères ; {limit} au maximum).</translation>
    </message>
    <message>
        <source>The alert has no due date: choose when it is due.</source>
        <translation>L&apos;alerte n&apos;a pas d&apos;échéance : choisissez sa date d&apos;échéance.</translation>
    </message>
    <message>
        <source>The alert&apos;s due date {due} is in the past: choose a later date.</source>
        <translation>L&apos;échéance de l&apos;alerte {due} est dans le passé : choisissez une date ultérieure.</translation>
    </message>
    <message>
        <source>The alert&apos;s addressee (user {id}) does not exist.</source>
        <translation>Le destinataire de l&apos;alerte (utilisateur {id}) n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The alert&apos;s addressee {login} cannot see this case: choose someone who can.</source>
        <translation>Le destinataire de l&apos;alerte {login} ne peut pas voir ce dossier : choisissez quelqu&apos;un qui le peut.</translation>
    </message>
    <message>
        <source>Alert {id} does not exist.</source>
        <translation>L&apos;alerte {id} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Only the alert&apos;s addressee or author may mark it done.</source>
        <translation>Seul le destinataire ou l&apos;auteur de l&apos;alerte peut la marquer comme faite.</translation>
    </message>
    <message>
        <source>Cancellation reason {id} does not exist.</source>
        <translation>Le motif d&apos;annulation {id} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Document type {id} does not exist.</source>
        <translation>Le type de document {id} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Index field {id} does not exist.</source>
        <translation>Le champ d&apos;index {id} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Lookup value {id} does not exist.</source>
        <translation>La valeur de liste {id} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Work area {id} does not exist.</source>
        <translation>Le domaine d&apos;activité {id} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Cancellation reason: enter 1 to {max} characters.</source>
        <translation>Motif d&apos;annulation : saisissez de 1 à {max} caractères.</translation>
    </message>
    <message>
        <source>Document type name: enter 1 to {max} characters.</source>
        <translation>Nom du type de document : saisissez de 1 à {max} caractères.</translation>
    </message>
    <message>
        <source>Field label: enter 1 to {max} characters.</source>
        <translation>Libellé du champ : saisissez de 1 à {max} caractères.</translation>
    </message>
    <message>
        <source>Lookup value: enter 1 to {max} characters.</source>
        <translation>Valeur de liste : saisissez de 1 à {max} caractères.</translation>
    </message>
    <message>
        <source>Cancellation reason: {label} is already in the list.</source>
        <translation>Motif d&apos;annulation : {label} figure déjà dans la liste.</translation>
    </message>
    <message>
        <source>Cancellation reason {label} cannot be removed: {count} case(s) were cancelled with it ({numbers}). Deactivate it instead.</source>
        <translation>Impossible de supprimer le motif d&apos;annulation {label} : des dossiers ont été annulés avec ce motif ({count} : {numbers}). Désactivez-le plutôt.</translation>
    </message>
    <message>
        <source>Document type name: {name} is already a document type here.</source>
        <translation>Nom du type de document : {name} existe déjà comme type de document ici.</translation>
    </message>
    <message>
        <source>Document type {name} cannot be removed: {count} document(s) have it. Give them another type first.</source>
        <translation>Impossible de supprimer le type de document {name} : des documents sont de ce type ({count}). Attribuez-leur d&apos;abord un autre type.</translation>
    </message>
    <message>
        <source>Field kind: {value} is not a field kind.</source>
        <translation>Type de champ : {value} n&apos;est pas un type de champ.</translation>
    </message>
    <message>
        <source>Field document type: {name} is not a document type of this work area.</source>
        <translation>Type de document du champ : {name} n&apos;est pas un type de document de ce domaine d&apos;activité.</translation>
    </message>
    <message>
        <source>Field code: {code} must start with a letter and use only a-z, 0-9 and _.</source>
        <translation>Code du champ : {code} doit commencer par une lettre et n&apos;utiliser que a-z, 0-9 et _.</translation>
    </message>
    <message>
        <source>Field code: {code} is already used here.</source>
        <translation>Code du champ : {code} est déjà utilisé ici.</translation>
    </message>
    <message>
        <source>Field kind of {label} cannot change: {count} value(s) are stored in it.</source>
        <translation>Le type du champ {label} ne peut pas changer : des valeurs y sont enregistrées ({count}).</translation>
    </message>
    <message>
        <source>Index field {label} cannot be removed: {count} value(s) are stored in it.</source>
        <translation>Impossible de supprimer le champ d&apos;index {label} : des valeurs y sont enregistrées ({count}).</translation>
    </message>
    <message>
        <source>Lookup value: {label} is not a choice field.</source>
        <translation>Valeur de liste : {label} n&apos;est pas un champ à choix.</translation>
    </message>
    <message>
        <source>Lookup value: {value} is already in the list.</source>
        <translation>Valeur de liste : {value} figure déjà dans la liste.</translation>
    </message>
    <message>
        <source>Lookup value {value} cannot be removed: {count} value(s) use it.</source>
        <translation>Impossible de supprimer la valeur de liste {value} : elle est utilisée ({count}).</translation>
    </message>
    <message>
        <source>The new order must list each entry of the list exactly once; nothing was moved.</source>
        <translation>Le nouvel ordre doit contenir chaque élément de la liste exactement une fois ; rien n&apos;a été déplacé.</translation>
    </message>
    <message>
        <source>Access level {level}: use read or write.</source>
        <translation>Niveau d&apos;accès {level} : utilisez read ou write.</translation>
    </message>
    <message>
        <source>Share with: choose one user or one team.</source>
        <translation>Partager avec : choisissez un utilisateur ou une équipe.</translation>
    </message>
    <message>
        <source>Share with: user {id} does not exist or is disabled.</source>
        <translation>Partager avec : l&apos;utilisateur {id} n&apos;existe pas ou est désactivé.</translation>
    </message>
    <message>
        <source>Share with: team {id} does not exist.</source>
        <translation>Partager avec : l&apos;équipe {id} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Access grant {id} does not exist.</source>
        <translation>Le partage {id} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Case {number} is not a ticket: its status is chosen by hand, not set from movements.</source>
        <translation>Le dossier {number} n&apos;est pas un ticket : son statut est choisi manuellement, pas d&apos;après des suivis.</translation>
    </message>
    <message>
        <source>Ticket {number} must be assumed by a technician before work starts.</source>
        <translation>Le ticket {number} doit être pris en charge par un technicien avant toute intervention.</translation>
    </message>
    <message>
        <source>Ticket {number} was already assumed by {who}.</source>
        <translation>Le ticket {number} a déjà été pris en charge par {who}.</translation>
    </message>
    <message>
        <source>Ticket {number} is {status}: it takes no more movements.</source>
        <translation>Le ticket {number} a le statut {status} : il n&apos;accepte plus de suivi.</translation>
    </message>
    <message>
        <source>The movement&apos;s text is empty: write what happened.</source>
        <translation>Le texte du suivi est vide : décrivez ce qui s&apos;est passé.</translation>
    </message>
    <message>
        <source>The movement&apos;s text is too long ({length} characters, at most {limit}).</source>
        <translation>Le texte du suivi est trop long ({length} caractères, {limit} au maximum).</translation>
    </message>
    <message>
        <source>Unknown movement kind {kind}.</source>
        <translation>Type de suivi inconnu : {kind}.</translation>
    </message>
    <message>
        <source>Login: it is required.</source>
        <translation>Identifiant : il est obligatoire.</translation>
    </message>
    <message>
        <source>Login {login}: use at most 64 letters, digits, dots, dashes, underscores or @, starting with a letter or digit.</source>
        <translation>Identifiant {login} : utilisez au plus 64 lettres, chiffres, points, tirets, tirets bas ou @, en commençant par une lettre ou un chiffre.</translation>
    </message>
    <message>
        <source>Login {login}: another user already has it.</source>
        <translation>Identifiant {login} : un autre utilisateur l&apos;a déjà.</translation>
    </message>
    <message>
        <source>Full name: it is required.</source>
        <translation>Nom complet : il est obligatoire.</translation>
    </message>
    <message>
        <source>Full name: at most {n} characters.</source>
        <translation>Nom complet : {n} caractères au maximum.</translation>
    </message>
    <message>
        <source>E-mail {email}: not an e-mail address.</source>
        <translation>E-mail {email} : ce n&apos;est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>Role {role}: unknown (use one of {roles}).</source>
        <translation>Rôle {role} : inconnu (utilisez l&apos;un de ceux-ci : {roles}).</translation>
    </message>
    <message>
        <source>Team: team {id} does not exist.</source>
        <translation>Équipe : l&apos;équipe {id} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>User {login} is the last active administrator: make another user an administrator first.</source>
        <translation>L&apos;utilisateur {login} est le dernier administrateur actif : nommez d&apos;abord un autre utilisateur administrateur.</translation>
    </message>
    <message>
        <source>Office: office {id} does not exist.</source>
        <translation>Cabinet : le cabinet {id} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Team name: it is required.</source>
        <translation>Nom de l&apos;équipe : il est obligatoire.</translation>
    </message>
    <message>
        <source>Team name: at most {n} characters.</source>
        <translation>Nom de l&apos;équipe : {n} caractères au maximum.</translation>
    </message>
    <message>
        <source>Team name {name}: the office has a team of that name.</source>
        <translation>Nom de l&apos;équipe {name} : le cabinet a déjà une équipe de ce nom.</translation>
    </message>
    <message>
        <source>Office: choose the office the team belongs to.</source>
        <translation>Cabinet : choisissez le cabinet auquel appartient l&apos;équipe.</translation>
    </message>
    <message>
        <source>Status {id} does not exist.</source>
        <translation>Le statut {id} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Status name: enter 1 to {max} characters.</source>
        <translation>Nom du statut : saisissez de 1 à {max} caractères.</translation>
    </message>
    <message>
        <source>Status colour: {value} is not a colour like #1e88e5.</source>
        <translation>Couleur du statut : {value} n&apos;est pas une couleur de la forme #1e88e5.</translation>
    </message>
    <message>
        <source>Status kind: {value} is not a status kind.</source>
        <translation>Type de statut : {value} n&apos;est pas un type de statut.</translation>
    </message>
    <message>
        <source>Initial status: exactly one status must be the initial one (new cases start there).</source>
        <translation>Statut initial : un et un seul statut doit être le statut initial (les nouveaux dossiers y commencent).</translation>
    </message>
    <message>
        <source>Initial status: {name} must be an open status, since new cases start there.</source>
        <translation>Statut initial : {name} doit être un statut ouvert, puisque les nouveaux dossiers y commencent.</translation>
    </message>
    <message>
        <source>Status kind: the workflow needs at least one open status.</source>
        <translation>Type de statut : le circuit de traitement doit comporter au moins un statut ouvert.</translation>
    </message>
    <message>
        <source>Transitions: status {name} would have no way out; only a closed status may be final. Allow a move from it first.</source>
        <translation>Transitions : le statut {name} n&apos;aurait aucune sortie ; seul un statut clôturé peut être final. Autorisez d&apos;abord un passage depuis ce statut.</translation>
    </message>
    <message>
        <source>Status name: {name} is already a status of this workflow.</source>
        <translation>Nom du statut : {name} est déjà un statut de ce circuit de traitement.</translation>
    </message>
    <message>
        <source>Initial status: make another status the initial one instead; there is always one.</source>
        <translation>Statut initial : désignez plutôt un autre statut comme initial ; il en faut toujours un.</translation>
    </message>
    <message>
        <source>Status {name} cannot be removed: {count} case(s) are in it ({numbers}). Move them to another status first.</source>
        <translation>Impossible de supprimer le statut {name} : des dossiers s&apos;y trouvent ({count} : {numbers}). Passez-les d&apos;abord dans un autre statut.</translation>
    </message>
    <message>
        <source>Status {name} cannot be removed: new cases start there. Make another status the initial one first.</source>
        <translation>Impossible de supprimer le statut {name} : les nouveaux dossiers y commencent. Désignez d&apos;abord un autre statut comme initial.</translation>
    </message>
    <message>
        <source>Status {name} cannot be removed: it is the workflow&apos;s last open status.</source>
        <translation>Impossible de supprimer le statut {name} : c&apos;est le dernier statut ouvert du circuit de traitement.</translation>
    </message>
    <message>
        <source>Move cases to: choose another status of the same workflow as {name}.</source>
        <translation>Déplacer les dossiers vers : choisissez un autre statut du même circuit de traitement que {name}.</translation>
    </message>
    <message>
        <source>Transition role: {value} is not a role.</source>
        <translation>Rôle de la transition : {value} n&apos;est pas un rôle.</translation>
    </message>
    <message>
        <source>Transitions: a move goes from a status to another status of the same workflow.</source>
        <translation>Transitions : un passage va d&apos;un statut à un autre statut du même circuit de traitement.</translation>
    </message>
    <message>
        <source>Required documents: {ids} is not a document type of this work area.</source>
        <translation>Documents obligatoires : {ids} n&apos;est pas un type de document de ce domaine d&apos;activité.</translation>
    </message>
    <message>
        <source>Required fields: {ids} is not a case index field of this work area.</source>
        <translation>Champs obligatoires : {ids} n&apos;est pas un champ d&apos;index de dossier de ce domaine d&apos;activité.</translation>
    </message>
    <message>
        <source>Set date on entry: {value} is not a case date it may set.</source>
        <translation>Date renseignée à l&apos;entrée : {value} n&apos;est pas une date du dossier qui peut être renseignée.</translation>
    </message>
    <message>
        <source>Notify on entry: {value} is not a role.</source>
        <translation>Notifier à l&apos;entrée : {value} n&apos;est pas un rôle.</translation>
    </message>
    <message>
        <source>Idle after: {value} is not a number of days from {low} to {high}.</source>
        <translation>Inactif après : {value} n&apos;est pas un nombre de jours de {low} à {high}.</translation>
    </message>
    <message>
        <source>{file}: there is no case {number} in this work area (file-name rule {position}: {pattern}).</source>
        <translation>{file} : il n&apos;y a pas de dossier {number} dans ce domaine d&apos;activité (règle de nom de fichier {position} : {pattern}).</translation>
    </message>
    <message>
        <source>{file}: case {number} is in the trash.</source>
        <translation>{file} : le dossier {number} est dans la corbeille.</translation>
    </message>
    <message>
        <source>{file}: no document type “{type}” in this work area (its types: {names}).</source>
        <translation>{file} : aucun type de document « {type} » dans ce domaine d&apos;activité (types disponibles : {names}).</translation>
    </message>
    <message>
        <source>{file}: the name matches no file-name rule of this work area ({patterns}).</source>
        <translation>{file} : le nom ne correspond à aucune règle de nom de fichier de ce domaine d&apos;activité ({patterns}).</translation>
    </message>
    <message>
        <source>Watch folder {path} cannot be read ({reason}).</source>
        <translation>Impossible de lire le dossier surveillé {path} ({reason}).</translation>
    </message>
    <message>
        <source>{file}: cannot be imported ({reason}).</source>
        <translation>{file} : impossible à importer ({reason}).</translation>
    </message>
    <message>
        <source>the pattern is empty.</source>
        <translation>le masque est vide.</translation>
    </message>
    <message>
        <source>at most {max} characters ({count} given).</source>
        <translation>{max} caractères au maximum ({count} saisis).</translation>
    </message>
    <message>
        <source>not a valid regular expression ({reason}).</source>
        <translation>ce n&apos;est pas une expression régulière valide ({reason}).</translation>
    </message>
    <message>
        <source>a regular expression needs a group (?P&lt;number&gt;…) for the case number.</source>
        <translation>une expression régulière doit contenir un groupe (?P&lt;number&gt;…) pour le numéro de dossier.</translation>
    </message>
    <message>
        <source>unknown token {{{token}}}: use {{number}} and {{type}}.</source>
        <translation>balise inconnue {{{token}}} : utilisez {{number}} et {{type}}.</translation>
    </message>
    <message>
        <source>use {{number}} exactly once and {{type}} at most once.</source>
        <translation>utilisez {{number}} exactement une fois et {{type}} au plus une fois.</translation>
    </message>
    <message>
        <source>Watch folder: at most {max} characters ({count} given).</source>
        <translation>Dossier surveillé : {max} caractères au maximum ({count} saisis).</translation>
    </message>
    <message>
        <source>Watch folder: choose a folder before turning it on.</source>
        <translation>Dossier surveillé : choisissez un dossier avant de l&apos;activer.</translation>
    </message>
    <message>
        <source>Watch folder: {path} is not a full path.</source>
        <translation>Dossier surveillé : {path} n&apos;est pas un chemin complet.</translation>
    </message>
    <message>
        <source>Watch folder: {path} is not a folder this computer reaches.</source>
        <translation>Dossier surveillé : {path} n&apos;est pas un dossier accessible depuis cet ordinateur.</translation>
    </message>
    <message>
        <source>File-name rules: at most {max} ({count} given).</source>
        <translation>Règles de nom de fichier : {max} au maximum ({count} saisies).</translation>
    </message>
    <message>
        <source>File-name rule {position} ({pattern}): {reason}</source>
        <translation>Règle de nom de fichier {position} ({pattern}) : {reason}</translation>
    </message>
    <message>
        <source>File-name rule {position} ({pattern}): document type {id} is not one of this work area&apos;s.</source>
        <translation>Règle de nom de fichier {position} ({pattern}) : le type de document {id} n&apos;appartient pas à ce domaine d&apos;activité.</translation>
    </message>
    <message>
        <source>{file}: reading this {kind} file took longer than {seconds} s; it was stopped.</source>
        <translation>{file} : la lecture de ce fichier {kind} a pris plus de {seconds} s ; elle a été interrompue.</translation>
    </message>
    <message>
        <source>{file}: reading this {kind} file needs more than {megabytes} MB of memory; it was stopped.</source>
        <translation>{file} : la lecture de ce fichier {kind} nécessite plus de {megabytes} Mo de mémoire ; elle a été interrompue.</translation>
    </message>
    <message>
        <source>{file}: the {kind} reader crashed on this file ({detail}).</source>
        <translation>{file} : le lecteur {kind} s&apos;est arrêté brutalement sur ce fichier ({detail}).</translation>
    </message>
    <message>
        <source>Template {name}: {reason}</source>
        <translation>Modèle {name} : {reason}</translation>
    </message>
    <message>
        <source>No template “{key}” for the work area {area}.</source>
        <translation>Aucun modèle « {key} » pour le domaine d&apos;activité {area}.</translation>
    </message>
    <message>
        <source>Unknown output format {format} (docx or pdf).</source>
        <translation>Format de sortie inconnu : {format} (docx ou pdf).</translation>
    </message>
    <message>
        <source>A letter goes to the owner or the prescriber, not {role}.</source>
        <translation>Une lettre s&apos;adresse au propriétaire ou au prescripteur, pas à {role}.</translation>
    </message>
    <message>
        <source>Case {number} has no owner to write to.</source>
        <translation>Le dossier {number} n&apos;a pas de propriétaire à qui écrire.</translation>
    </message>
    <message>
        <source>Case {number} has no prescriber to write to.</source>
        <translation>Le dossier {number} n&apos;a pas de prescripteur à qui écrire.</translation>
    </message>
    <message>
        <source>Case {number} lacks nothing for the statuses ahead of it: there is no letter to send.</source>
        <translation>Il ne manque rien au dossier {number} pour les statuts suivants : aucune lettre à envoyer.</translation>
    </message>
    <message>
        <source>Backups: the interval must be between 1 and {max} hours ({value} given).</source>
        <translation>Sauvegardes : l&apos;intervalle doit être compris entre 1 et {max} heures ({value} indiqué).</translation>
    </message>
    <message>
        <source>Backups: keep between 1 and {max} backups ({value} given).</source>
        <translation>Sauvegardes : conservez entre 1 et {max} sauvegardes (valeur reçue : {value}).</translation>
    </message>
    <message>
        <source>Backup folder: at most {max} characters ({count} given).</source>
        <translation>Dossier des sauvegardes : {max} caractères au maximum ({count} saisis).</translation>
    </message>
    <message>
        <source>Backup folder: {path} is not a full path.</source>
        <translation>Dossier des sauvegardes : {path} n&apos;est pas un chemin complet.</translation>
    </message>
    <message>
        <source>Backup folder: {path} is not a folder this computer reaches.</source>
        <translation>Dossier des sauvegardes : {path} n&apos;est pas un dossier accessible depuis cet ordinateur.</translation>
    </message>
    <message>
        <source>A backup is running already on {host}; try again when it has finished.</source>
        <translation>Une sauvegarde est déjà en cours sur {host} ; réessayez quand elle sera terminée.</translation>
    </message>
    <message>
        <source>The backup failed: {reason}</source>
        <translation>La sauvegarde a échoué : {reason}</translation>
    </message>
    <message>
        <source>The connection to the office server {server} was lost while saving ({reason}). Nothing was saved; your changes are kept: try again.</source>
        <translation>La connexion au serveur du cabinet {server} a été perdue pendant l&apos;enregistrement ({reason}). Rien n&apos;a été enregistré ; vos modifications sont conservées : réessayez.</translation>
    </message>
    <message>
        <source>The connection to the office server {server} was lost while the change was being confirmed ({reason}); it may or may not have been saved. Your changes are kept: reload to check before saving again.</source>
        <translation>La connexion au serveur du cabinet {server} a été perdue pendant la confirmation de la modification ({reason}) ; elle a pu être enregistrée ou non. Vos modifications sont conservées : rechargez pour vérifier avant d&apos;enregistrer à nouveau.</translation>
    </message>
    <message>
        <source>Cannot reach the office server {server}: {reason}. Your changes are kept: try again when the server is back.</source>
        <translation>Impossible de joindre le serveur du cabinet {server} : {reason}. Vos modifications sont conservées : réessayez quand le serveur sera de nouveau disponible.</translation>
    </message>
    <message>
        <source>The database is busy: {holders} kept a lock on {table} for more than {seconds} s. Nothing was changed; your changes are kept: try again in a moment.</source>
        <translation>La base de données est occupée : la table {table} a été verrouillée par {holders} pendant plus de {seconds} s. Rien n&apos;a été modifié ; vos modifications sont conservées : réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The database is busy: another program kept a lock for more than {seconds} s. Nothing was changed; your changes are kept: try again in a moment.</source>
        <translation>La base de données est occupée : un autre programme l&apos;a verrouillée pendant plus de {seconds} s. Rien n&apos;a été modifié ; vos modifications sont conservées : réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The database is locked: another CaseDesk session kept it for more than {seconds} s (open sessions: {holders}). Nothing was changed; your changes are kept: try again in a moment.</source>
        <translation>La base de données est verrouillée : une autre session CaseDesk l&apos;a bloquée pendant plus de {seconds} s (sessions ouvertes : {holders}). Rien n&apos;a été modifié ; vos modifications sont conservées : réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The database is locked by another program (for more than {seconds} s). Nothing was changed; your changes are kept: try again in a moment.</source>
        <translation>La base de données est verrouillée par un autre programme (depuis plus de {seconds} s). Rien n&apos;a été modifié ; vos modifications sont conservées : réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The database settings file {path} cannot be used: {reason}. Correct it, or delete it to open the data dir&apos;s own database file.</source>
        <translation>Le fichier de paramètres de base de données {path} est inutilisable : {reason}. Corrigez-le, ou supprimez-le pour ouvrir le fichier de base de données propre au dossier de données.</translation>
    </message>
    <message>
        <source>Cannot delete {path}: {reason}</source>
        <translation>Impossible de supprimer {path} : {reason}</translation>
    </message>
    <message>
        <source>Cannot save {path}: {reason}</source>
        <translation>Impossible d’enregistrer {path} : {reason}</translation>
    </message>
    <message>
        <source>Cannot open the office server saved for this computer, {server}: {reason}. To use another server, correct or delete {file} (then Tools → Settings → Database). To open this computer&apos;s own database file instead, start: {command}</source>
        <translation>Impossible d’ouvrir le serveur du cabinet enregistré pour cet ordinateur, {server} : {reason}. Pour utiliser un autre serveur, corrigez ou supprimez {file} (puis Outils → Paramètres → Base de données). Pour ouvrir plutôt le fichier de base de données propre à cet ordinateur, lancez : {command}</translation>
    </message>
    <message>
        <source>{field}: enter a URL such as postgresql://casedesk@server:5432/office.</source>
        <translation>{field} : saisissez une URL comme postgresql://casedesk@server:5432/office.</translation>
    </message>
    <message>
        <source>{field}: {url} does not start with postgresql://.</source>
        <translation>{field} : {url} ne commence pas par postgresql://.</translation>
    </message>
    <message>
        <source>{field}: the port of {url} is not a number from 1 to 65535.</source>
        <translation>{field} : le port de {url} n’est pas un nombre de 1 à 65535.</translation>
    </message>
    <message>
        <source>{field}: {url} names no database (…/DATABASE at the end).</source>
        <translation>{field} : {url} n’indique aucune base de données (…/BASE à la fin).</translation>
    </message>
    <message>
        <source>{field}: the options after ? in {url} are not NAME=VALUE pairs.</source>
        <translation>{field} : les options après ? dans {url} ne sont pas des paires NOM=VALEUR.</translation>
    </message>
    <message>
        <source>{field}: enter the server&apos;s name or address (e.g. db.office.lan).</source>
        <translation>{field} : saisissez le nom ou l’adresse du serveur (p. ex. db.office.lan).</translation>
    </message>
    <message>
        <source>{field}: {value} is not a server name or address (the port has its own field).</source>
        <translation>{field} : {value} n’est ni un nom ni une adresse de serveur (le port a son propre champ).</translation>
    </message>
    <message>
        <source>{field}: {value} is not a number from 1 to 65535.</source>
        <translation>{field} : {value} n’est pas un nombre de 1 à 65535.</translation>
    </message>
    <message>
        <source>{field}: enter the name of the database (e.g. casedesk).</source>
        <translation>{field} : saisissez le nom de la base de données (p. ex. casedesk).</translation>
    </message>
    <message>
        <source>{field}: {value} is not NAME=VALUE (e.g. sslmode=require).</source>
        <translation>{field} : {value} n’est pas de la forme NOM=VALEUR (p. ex. sslmode=require).</translation>
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
<context>
    <name>index_values</name>
    <message>
        <source>Internal reference</source>
        <translation>Référence interne</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Tariff</source>
        <translation>Tarif</translation>
    </message>
</context>
<context>
    <name>statistics</name>
    <message>
        <source>(not assigned)</source>
        <translation>(non affecté)</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>(aucun motif indiqué)</translation>
    </message>
</context>
<context>
    <name>templates</name>
    <message>
        <source>Quote</source>
        <translation>Devis</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Delivery note</source>
        <translation>Bon de livraison</translation>
    </message>
    <message>
        <source>Diagnostic report cover</source>
        <translation>Page de garde du rapport de diagnostic</translation>
    </message>
    <message>
        <source>Vehicle order</source>
        <translation>Bon de commande véhicule</translation>
    </message>
    <message>
        <source>Missing-documents letter</source>
        <translation>Lettre de pièces manquantes</translation>
    </message>
    <message>
        <source>Discount request</source>
        <translation>Demande de remise</translation>
    </message>
    <message>
        <source>PDF needs LibreOffice; stored as DOCX.</source>
        <translation>Le PDF nécessite LibreOffice ; enregistré en DOCX.</translation>
    </message>
    <message>
        <source>The PDF conversion failed ({reason}); stored as DOCX.</source>
        <translation>La conversion en PDF a échoué ({reason}) ; enregistré en DOCX.</translation>
    </message>
</context>
</TS>
