<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AlertDialog</name>
    <message>
        <source>Add an alert</source>
        <translation>Añadir un aviso</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texto:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Vencimiento:</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Para:</translation>
    </message>
</context>
<context>
    <name>BackupsTab</name>
    <message>
        <source>Automatic backups</source>
        <translation>Copias de seguridad automáticas</translation>
    </message>
    <message>
        <source>Back up the office automatically</source>
        <translation>Hacer copias de seguridad de la oficina automáticamente</translation>
    </message>
    <message>
        <source> backups</source>
        <translation> copias</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Save the schedule</source>
        <translation>Guardar la programación</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Cada</translation>
    </message>
    <message>
        <source>Keep the last</source>
        <translation>Conservar las últimas</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>Every open CaseDesk of the office checks every few minutes whether a backup is due; the first computer to find one due makes it, the others leave it. An empty folder means the backups folder of the data folder on the computer that makes the backup. Beyond the number kept, the oldest automatic backups (casedesk-backup-….zip) are deleted; other files in the folder are never touched.</source>
        <translation>Cada CaseDesk abierto de la oficina comprueba cada pocos minutos si toca hacer una copia de seguridad; el primer equipo que detecta que toca la hace y los demás no. Si la carpeta se deja vacía, se usa la carpeta backups de la carpeta de datos del equipo que hace la copia. Por encima del número que se conserva, se eliminan las copias de seguridad automáticas más antiguas (casedesk-backup-….zip); los demás archivos de la carpeta nunca se tocan.</translation>
    </message>
    <message>
        <source>Backups in the folder</source>
        <translation>Copias de seguridad de la carpeta</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>No backup in this folder yet.</source>
        <translation>Todavía no hay ninguna copia de seguridad en esta carpeta.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Hacer una copia ahora</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Abrir la carpeta</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automática</translation>
    </message>
    <message>
        <source>Database before an update</source>
        <translation>Base de datos antes de una actualización</translation>
    </message>
    <message>
        <source>Other archive</source>
        <translation>Otro archivo</translation>
    </message>
    <message>
        <source>A backup is running now on {host}.</source>
        <translation>Se está haciendo una copia de seguridad en {host}.</translation>
    </message>
    <message>
        <source>No automatic backup has been made yet.</source>
        <translation>Todavía no se ha hecho ninguna copia de seguridad automática.</translation>
    </message>
    <message>
        <source>Last backup: {when} on {host}, {file}.</source>
        <translation>Última copia de seguridad: {when} en {host}, {file}.</translation>
    </message>
    <message>
        <source>The last backup failed ({when} on {host}): {reason}</source>
        <translation>La última copia de seguridad falló ({when} en {host}): {reason}</translation>
    </message>
    <message>
        <source>Automatic backups are off.</source>
        <translation>Las copias de seguridad automáticas están desactivadas.</translation>
    </message>
    <message>
        <source>The next one starts within a few minutes.</source>
        <translation>La próxima empezará dentro de unos minutos.</translation>
    </message>
    <message>
        <source>Next one due: {when}.</source>
        <translation>Próxima copia prevista: {when}.</translation>
    </message>
    <message>
        <source>Folder: {path}</source>
        <translation>Carpeta: {path}</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Carpeta de copias de seguridad</translation>
    </message>
    <message>
        <source>Backup schedule saved.</source>
        <translation>Programación de copias de seguridad guardada.</translation>
    </message>
    <message>
        <source>Backing up the office… CaseDesk can be used meanwhile.</source>
        <translation>Haciendo la copia de seguridad de la oficina… Mientras tanto, puede seguir usando CaseDesk.</translation>
    </message>
    <message>
        <source>Backup written: {file} ({size}).</source>
        <translation>Copia de seguridad escrita: {file} ({size}).</translation>
    </message>
    <message>
        <source>The folder {path} does not exist yet: back up once first.</source>
        <translation>La carpeta {path} todavía no existe: haga primero una copia de seguridad.</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>No cases to show</source>
        <translation>No hay expedientes que mostrar</translation>
    </message>
</context>
<context>
    <name>BillingDialog</name>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Awaiting answer</source>
        <translation>Pendiente de respuesta</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Aceptado</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Emitida</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Anulada</translation>
    </message>
    <message>
        <source>{who}, {when}</source>
        <translation>{who}, {when}</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Sent by, on</source>
        <translation>Envío (por, fecha)</translation>
    </message>
    <message>
        <source>Answered by, on</source>
        <translation>Respuesta (por, fecha)</translation>
    </message>
    <message>
        <source>Invoice / line / payment</source>
        <translation>Factura / línea / cobro</translation>
    </message>
    <message>
        <source>Issued / paid on</source>
        <translation>Emitida / cobrada el</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Precio unitario</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>IVA %</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Factura</translation>
    </message>
    <message>
        <source>Installment</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>Payment dates</source>
        <translation>Fechas de cobro</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Presupuestos</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Facturas</translation>
    </message>
    <message>
        <source>Payment schedule</source>
        <translation>Calendario de pagos</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Facturación</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Billing of case {number}</source>
        <translation>Facturación del expediente {number}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Case {number}&lt;/b&gt;: quotes, invoices and payment schedule</source>
        <translation>&lt;b&gt;Expediente {number}&lt;/b&gt;: presupuestos, facturas y calendario de pagos</translation>
    </message>
    <message>
        <source>No quote has been sent for this case yet.</source>
        <translation>Todavía no se ha enviado ningún presupuesto para este expediente.</translation>
    </message>
    <message>
        <source>the client</source>
        <translation>el cliente</translation>
    </message>
    <message>
        <source>{name} (collaborator)</source>
        <translation>{name} (colaborador)</translation>
    </message>
    <message>
        <source>No invoice has been issued for this case yet.</source>
        <translation>Todavía no se ha emitido ninguna factura para este expediente.</translation>
    </message>
    <message>
        <source>Invoice {number} ({status})</source>
        <translation>Factura {number} ({status})</translation>
    </message>
    <message>
        <source>Payment ({method})</source>
        <translation>Cobro ({method})</translation>
    </message>
    <message>
        <source>Paid in full</source>
        <translation>Cobrada íntegramente</translation>
    </message>
    <message>
        <source>Still due: {amount}</source>
        <translation>Pendiente de cobro: {amount}</translation>
    </message>
    <message>
        <source>The invoices of this case are paid in one go: there is no payment schedule.</source>
        <translation>Las facturas de este expediente se pagan de una sola vez: no hay calendario de pagos.</translation>
    </message>
    <message>
        <source>No invoice has been issued yet, so there are no installments.</source>
        <translation>Aún no se ha emitido ninguna factura, así que no hay plazos.</translation>
    </message>
    <message>
        <source>Paid on {date}</source>
        <translation>Pagado el {date}</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Aún no</translation>
    </message>
    <message>
        <source>Invoiced: {amount}</source>
        <translation>Facturado: {amount}</translation>
    </message>
    <message>
        <source>Paid: {amount}</source>
        <translation>Cobrado: {amount}</translation>
    </message>
    <message>
        <source>Installments paid: {paid} of {total}</source>
        <translation>Plazos pagados: {paid} de {total}</translation>
    </message>
</context>
<context>
    <name>CancelReasonDialog</name>
    <message>
        <source>Cancel case {number}</source>
        <translation>Anular el expediente {number}</translation>
    </message>
    <message>
        <source>Case {number} goes to “{status}”. Why is it cancelled?</source>
        <translation>El expediente {number} pasa a «{status}». ¿Por qué se anula?</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <source>This work area has no cancellation reasons: an administrator must add some before a case can be cancelled.</source>
        <translation>Esta área de trabajo no tiene motivos de anulación: un administrador debe añadir alguno antes de poder anular un expediente.</translation>
    </message>
</context>
<context>
    <name>CaseActions</name>
    <message>
        <source>Archive</source>
        <translation>Archivar</translation>
    </message>
    <message>
        <source>Unarchive</source>
        <translation>Desarchivar</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>Mover a la papelera</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Purge…</source>
        <translation>Purgar…</translation>
    </message>
    <message>
        <source>Share…</source>
        <translation>Compartir…</translation>
    </message>
    <message>
        <source>Missing-documents letter…</source>
        <translation>Carta de documentos que faltan…</translation>
    </message>
    <message>
        <source>Export case files…</source>
        <translation>Exportar los archivos del expediente…</translation>
    </message>
    <message>
        <source>Mark as seen</source>
        <translation>Marcar como visto</translation>
    </message>
    <message>
        <source>Mark every case as seen</source>
        <translation>Marcar todos los expedientes como vistos</translation>
    </message>
    <message>
        <source>Assume</source>
        <translation>Asumir</translation>
    </message>
    <message>
        <source>Add movement…</source>
        <translation>Añadir seguimiento…</translation>
    </message>
    <message>
        <source>Ticket {number} assumed</source>
        <translation>Incidencia {number} asumida</translation>
    </message>
    <message>
        <source>Movement recorded on ticket {number}</source>
        <translation>Seguimiento registrado en la incidencia {number}</translation>
    </message>
    <message>
        <source>Purge cases</source>
        <translation>Purgar expedientes</translation>
    </message>
    <message>
        <source>Delete {count} case(s) for good? Their documents are deleted too; this cannot be undone.</source>
        <translation>¿Eliminar definitivamente {count} expediente(s)? También se eliminan sus documentos; no se puede deshacer.</translation>
    </message>
</context>
<context>
    <name>CaseFilesExport</name>
    <message>
        <source>{count} cases.zip</source>
        <translation>{count} expedientes.zip</translation>
    </message>
    <message>
        <source>Export case files</source>
        <translation>Exportar los expedientes</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Archivos ZIP (*.zip)</translation>
    </message>
    <message>
        <source>An export is running already; wait until it has finished.</source>
        <translation>Ya hay una exportación en curso; espere a que termine.</translation>
    </message>
    <message>
        <source>Exporting {count} case(s)…</source>
        <translation>Exportando expedientes ({count})…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Exporting {file}…</source>
        <translation>Exportando {file}…</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) exported to {path} ({size}).</source>
        <translation>
            <numerusform>%n expediente exportado a {path} ({size}).</numerusform>
            <numerusform>%n expedientes exportados a {path} ({size}).</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: {what}</source>
        <translation>Atención: {what}</translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written.</source>
        <translation>Exportación cancelada: no se ha escrito nada.</translation>
    </message>
</context>
<context>
    <name>CaseFilterBar</name>
    <message>
        <source>Search cases (Ctrl+F)</source>
        <translation>Buscar expedientes (Ctrl+F)</translation>
    </message>
    <message>
        <source>Starts of the number, internal reference, protocol, owner, prescriber, city or contract, or words inside the case&apos;s documents</source>
        <translation>Inicio del número, referencia interna, protocolo, propietario, prescriptor, ciudad o contrato, o palabras dentro de los documentos del expediente</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activos</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivados</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Papelera</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Changed since I last looked</source>
        <translation>Modificados desde mi última consulta</translation>
    </message>
    <message>
        <source>Only the cases someone else changed since you last opened them</source>
        <translation>Solo los expedientes que otra persona ha modificado desde la última vez que usted los abrió</translation>
    </message>
    <message>
        <source>More filters</source>
        <translation>Más filtros</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Quitar filtros</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vistas</translation>
    </message>
    <message>
        <source>Any nature</source>
        <translation>Cualquier naturaleza</translation>
    </message>
    <message>
        <source>Natures</source>
        <translation>Naturalezas</translation>
    </message>
    <message>
        <source>Any origin</source>
        <translation>Cualquier origen</translation>
    </message>
    <message>
        <source>Origins</source>
        <translation>Orígenes</translation>
    </message>
    <message>
        <source>Any trade</source>
        <translation>Cualquier gremio</translation>
    </message>
    <message>
        <source>Trades</source>
        <translation>Gremios</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>Any technician</source>
        <translation>Cualquier técnico</translation>
    </message>
    <message>
        <source>Technicians</source>
        <translation>Técnicos</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>States</source>
        <translation>Estados</translation>
    </message>
    <message>
        <source>No invoice</source>
        <translation>Sin factura</translation>
    </message>
    <message>
        <source>Issued, unpaid</source>
        <translation>Emitida, pendiente de cobro</translation>
    </message>
    <message>
        <source>Issued and paid</source>
        <translation>Emitida y cobrada</translation>
    </message>
    <message>
        <source>No quote</source>
        <translation>Sin presupuesto</translation>
    </message>
    <message>
        <source>Awaiting an answer</source>
        <translation>Pendiente de respuesta</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Aceptado</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>No installments</source>
        <translation>Sin plazos</translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation>Pagados en parte</translation>
    </message>
    <message>
        <source>All paid</source>
        <translation>Todos pagados</translation>
    </message>
    <message>
        <source>Any number</source>
        <translation>Cualquier número</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>At least</source>
        <translation>Al menos</translation>
    </message>
    <message>
        <source>At most</source>
        <translation>Como máximo</translation>
    </message>
    <message>
        <source>Starts with…</source>
        <translation>Empieza por…</translation>
    </message>
    <message>
        <source>Nature</source>
        <translation>Naturaleza</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Trade</source>
        <translation>Gremio</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Asignado a</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Técnico</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>Fecha de pedido</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Factura</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <source>Installments</source>
        <translation>Plazos</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrato</translation>
    </message>
    <message>
        <source>Needs attention today</source>
        <translation>Requieren atención hoy</translation>
    </message>
    <message>
        <source>Cases back from hold today (or earlier) and cases with one of your alerts due today</source>
        <translation>Expedientes que salen de espera hoy (o antes) y expedientes con uno de sus avisos que vence hoy</translation>
    </message>
    <message>
        <source>Missing documents</source>
        <translation>Documentos que faltan</translation>
    </message>
    <message>
        <source>Cases that still lack a document or a field that the statuses ahead of them require (the Complete column shows what)</source>
        <translation>Expedientes a los que aún les falta un documento o un campo que exigen los estados siguientes (la columna Completo indica cuál)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln expediente</numerusform>
            <numerusform>%Ln expedientes</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the list…</source>
        <translation>Leyendo la lista…</translation>
    </message>
    <message>
        <source>More filters ({count})</source>
        <translation>Más filtros ({count})</translation>
    </message>
    <message>
        <source>{count} active</source>
        <translation>Activos: {count}</translation>
    </message>
    <message>
        <source>My cases</source>
        <translation>Mis expedientes</translation>
    </message>
    <message>
        <source>Save view…</source>
        <translation>Guardar vista…</translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation>Eliminar vista</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Guardar vista</translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation>Nombre de la vista:</translation>
    </message>
    <message>
        <source>A view named “{name}” exists already. Replace it?</source>
        <translation>Ya existe una vista llamada «{name}». ¿Desea reemplazarla?</translation>
    </message>
    <message>
        <source>Delete the view “{name}”?</source>
        <translation>¿Eliminar la vista «{name}»?</translation>
    </message>
</context>
<context>
    <name>CaseListPane</name>
    <message>
        <source>Legend</source>
        <translation>Leyenda</translation>
    </message>
    <message>
        <source>What the status icons mean (F1)</source>
        <translation>Qué significan los iconos de estado (F1)</translation>
    </message>
    <message>
        <source>Loading the cases…</source>
        <translation>Cargando los expedientes…</translation>
    </message>
    <message>
        <source>No case matches the search and filters.
Clear the filters (or the search) to see every case.</source>
        <translation>Ningún expediente coincide con la búsqueda y los filtros.
Quite los filtros (o la búsqueda) para ver todos los expedientes.</translation>
    </message>
    <message>
        <source>No archived case.</source>
        <translation>No hay expedientes archivados.</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>La papelera está vacía.</translation>
    </message>
    <message>
        <source>No case here yet.</source>
        <translation>Todavía no hay expedientes aquí.</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>No.</source>
        <translation>Nº</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Número de expediente</translation>
    </message>
    <message>
        <source>Internal ref.</source>
        <translation>Ref. interna</translation>
    </message>
    <message>
        <source>Internal reference</source>
        <translation>Referencia interna</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Titular</translation>
    </message>
    <message>
        <source>Prescriber</source>
        <translation>Prescriptor</translation>
    </message>
    <message>
        <source>Prescriber (referrer)</source>
        <translation>Prescriptor (quien aporta el cliente)</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Población</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Creation date</source>
        <translation>Fecha de alta</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>Appointment date and time</source>
        <translation>Fecha y hora de la cita</translation>
    </message>
    <message>
        <source>Tech.</source>
        <translation>Téc.</translation>
    </message>
    <message>
        <source>Assigned technician</source>
        <translation>Técnico asignado</translation>
    </message>
    <message>
        <source>Rep.</source>
        <translation>Inf.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Presup.</translation>
    </message>
    <message>
        <source>Inv.</source>
        <translation>Fact.</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Factura</translation>
    </message>
    <message>
        <source>Inst.</source>
        <translation>Plazos</translation>
    </message>
    <message>
        <source>Installments paid</source>
        <translation>Plazos pagados</translation>
    </message>
    <message>
        <source>Tariff</source>
        <translation>Tarifa</translation>
    </message>
    <message>
        <source>Invoiced amount</source>
        <translation>Importe facturado</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Progress status</source>
        <translation>Estado de avance</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Mission amount</source>
        <translation>Importe del encargo</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrato</translation>
    </message>
    <message>
        <source>Contract or insurer code</source>
        <translation>Contrato o código de aseguradora</translation>
    </message>
    <message>
        <source>Trade</source>
        <translation>Gremio</translation>
    </message>
    <message>
        <source>Trade (plumber, electrician…)</source>
        <translation>Gremio (fontanero, electricista…)</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>Fecha de pedido</translation>
    </message>
    <message>
        <source>Order or assignment date</source>
        <translation>Fecha de pedido o de encargo</translation>
    </message>
    <message>
        <source>Docs</source>
        <translation>Docs.</translation>
    </message>
    <message>
        <source>Number of documents</source>
        <translation>Número de documentos</translation>
    </message>
    <message>
        <source>Pend.</source>
        <translation>Pend.</translation>
    </message>
    <message>
        <source>Pending interaction: who owes the next move</source>
        <translation>Interacción pendiente: a quién le toca dar el siguiente paso</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <source>Protocol given to the customer</source>
        <translation>Protocolo facilitado al cliente</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Where the case came from</source>
        <translation>De dónde procede el expediente</translation>
    </message>
    <message>
        <source>Nature</source>
        <translation>Naturaleza</translation>
    </message>
    <message>
        <source>Nature of the case</source>
        <translation>Naturaleza del expediente</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Completo</translation>
    </message>
    <message>
        <source>Required documents and fields the case has, of those the statuses ahead of it require</source>
        <translation>Documentos y campos obligatorios que tiene el expediente, de los que exigen los estados siguientes</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>{present} of {total}</source>
        <translation>{present} de {total}</translation>
    </message>
    <message>
        <source>No report attached</source>
        <translation>Sin informe adjunto</translation>
    </message>
    <message>
        <source>Report attached and visible to every contact</source>
        <translation>Informe adjunto y visible para todos los contactos</translation>
    </message>
    <message>
        <source>Report attached, blocked for at least one contact</source>
        <translation>Informe adjunto, bloqueado para al menos un contacto</translation>
    </message>
    <message>
        <source>Report delivered or downloaded: {count}</source>
        <translation>Informe entregado o descargado: {count}</translation>
    </message>
    <message>
        <source>No quote sent</source>
        <translation>Sin presupuesto enviado</translation>
    </message>
    <message>
        <source>Quote sent, awaiting the answer</source>
        <translation>Presupuesto enviado, pendiente de respuesta</translation>
    </message>
    <message>
        <source>Quote validated</source>
        <translation>Presupuesto aceptado</translation>
    </message>
    <message>
        <source>Quote refused</source>
        <translation>Presupuesto rechazado</translation>
    </message>
    <message>
        <source>No invoice issued</source>
        <translation>Sin factura emitida</translation>
    </message>
    <message>
        <source>Invoice issued and paid</source>
        <translation>Factura emitida y cobrada</translation>
    </message>
    <message>
        <source>Invoice issued, not paid yet</source>
        <translation>Factura emitida, pendiente de cobro</translation>
    </message>
    <message>
        <source>No installments (no invoice issued)</source>
        <translation>Sin plazos (no hay factura emitida)</translation>
    </message>
    <message>
        <source>All installments paid ({total})</source>
        <translation>Todos los plazos pagados ({total})</translation>
    </message>
    <message>
        <source>{paid} of {total} installments paid</source>
        <translation>{paid} de {total} plazos pagados</translation>
    </message>
    <message>
        <source>No interaction pending</source>
        <translation>Ninguna interacción pendiente</translation>
    </message>
    <message>
        <source>Pending interaction: both sides owe a move</source>
        <translation>Interacción pendiente: ambas partes tienen un paso pendiente</translation>
    </message>
    <message>
        <source>Pending interaction: external (the customer or a third party)</source>
        <translation>Interacción pendiente: externa (el cliente o un tercero)</translation>
    </message>
    <message>
        <source>Pending interaction: internal (us)</source>
        <translation>Interacción pendiente: interna (nosotros)</translation>
    </message>
    <message>
        <source>Every document and field the next statuses require is there ({total})</source>
        <translation>Están todos los documentos y campos que exigen los próximos estados ({total})</translation>
    </message>
    <message>
        <source>{present} of {total} required documents and fields</source>
        <translation>{present} de {total} documentos y campos exigidos</translation>
    </message>
    <message>
        <source>Missing:</source>
        <translation>Faltan:</translation>
    </message>
    <message>
        <source>CaseDesk</source>
        <translation>CaseDesk</translation>
    </message>
    <message>
        <source>Changed by {who} since you last looked ({when})</source>
        <translation>Modificado por {who} desde su última consulta ({when})</translation>
    </message>
</context>
<context>
    <name>CaseTimelinePane</name>
    <message>
        <source>Add a note… (Ctrl+Enter)</source>
        <translation>Añadir una nota… (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Añadir nota</translation>
    </message>
    <message>
        <source>Add an alert…</source>
        <translation>Añadir un aviso…</translation>
    </message>
    <message>
        <source>Select a case to see its history.</source>
        <translation>Seleccione un expediente para ver su historial.</translation>
    </message>
    <message>
        <source>Nothing has happened on this case yet.</source>
        <translation>Todavía no ha pasado nada en este expediente.</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <source>open</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>Alert for {who}, due {due} ({state}): {text}</source>
        <translation>Aviso para {who}, vence el {due} ({state}): {text}</translation>
    </message>
    <message>
        <source>its author</source>
        <translation>su autor</translation>
    </message>
    <message>
        <source>Document added: {title}</source>
        <translation>Documento añadido: {title}</translation>
    </message>
    <message>
        <source>Received ({channel}): {subject}</source>
        <translation>Recibido ({channel}): {subject}</translation>
    </message>
    <message>
        <source>Sent ({channel}): {subject}</source>
        <translation>Enviado ({channel}): {subject}</translation>
    </message>
    <message>
        <source>{movement}: {text}</source>
        <translation>{movement}: {text}</translation>
    </message>
    <message>
        <source>Notification to {who}: {text}</source>
        <translation>Notificación a {who}: {text}</translation>
    </message>
    <message>
        <source>Ticket assumed</source>
        <translation>Incidencia asumida</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Nota interna</translation>
    </message>
    <message>
        <source>Reply to the customer</source>
        <translation>Respuesta al cliente</translation>
    </message>
    <message>
        <source>Message from the customer</source>
        <translation>Mensaje del cliente</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation>Solución</translation>
    </message>
    <message>
        <source>Ticket closed</source>
        <translation>Incidencia cerrada</translation>
    </message>
    <message>
        <source>Case created</source>
        <translation>Expediente creado</translation>
    </message>
    <message>
        <source>Case edited</source>
        <translation>Expediente modificado</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>Estado cambiado</translation>
    </message>
    <message>
        <source>Index values saved</source>
        <translation>Valores de índice guardados</translation>
    </message>
    <message>
        <source>Document renamed</source>
        <translation>Documento renombrado</translation>
    </message>
    <message>
        <source>Document type set</source>
        <translation>Tipo de documento asignado</translation>
    </message>
    <message>
        <source>Document checked</source>
        <translation>Documento verificado</translation>
    </message>
    <message>
        <source>Document check removed</source>
        <translation>Verificación del documento retirada</translation>
    </message>
    <message>
        <source>Document moved to the trash</source>
        <translation>Documento movido a la papelera</translation>
    </message>
    <message>
        <source>New document version</source>
        <translation>Nueva versión del documento</translation>
    </message>
    <message>
        <source>Document exported</source>
        <translation>Documento exportado</translation>
    </message>
    <message>
        <source>Document index values saved</source>
        <translation>Valores de índice del documento guardados</translation>
    </message>
    <message>
        <source>Report delivered</source>
        <translation>Informe entregado</translation>
    </message>
    <message>
        <source>Report blocked</source>
        <translation>Informe bloqueado</translation>
    </message>
    <message>
        <source>Report unblocked</source>
        <translation>Informe desbloqueado</translation>
    </message>
    <message>
        <source>Quote sent</source>
        <translation>Presupuesto enviado</translation>
    </message>
    <message>
        <source>Quote answered</source>
        <translation>Presupuesto respondido</translation>
    </message>
    <message>
        <source>Invoice issued</source>
        <translation>Factura emitida</translation>
    </message>
    <message>
        <source>Payment recorded</source>
        <translation>Pago registrado</translation>
    </message>
    <message>
        <source>Alert marked done</source>
        <translation>Aviso marcado como hecho</translation>
    </message>
    <message>
        <source>{action}: {before} → {after} ({why})</source>
        <translation>{action}: {before} → {after} ({why})</translation>
    </message>
    <message>
        <source>{action}: {before} → {after}</source>
        <translation>{action}: {before} → {after}</translation>
    </message>
    <message>
        <source>{action}: {fields}</source>
        <translation>{action}: {fields}</translation>
    </message>
    <message>
        <source>{action}: {what}</source>
        <translation>{action}: {what}</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>Cambiar mi contraseña</translation>
    </message>
    <message>
        <source>User: {name}</source>
        <translation>Usuario: {name}</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Contraseña actual</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nueva contraseña</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Repetir la nueva contraseña</translation>
    </message>
    <message>
        <source>New password again: the two new passwords differ.</source>
        <translation>Repetir la nueva contraseña: las dos contraseñas nuevas no coinciden.</translation>
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
        <translation>Elegir columnas</translation>
    </message>
    <message>
        <source>Tick the columns to show; drag them to change their order.</source>
        <translation>Marque las columnas que desea mostrar; arrástrelas para cambiar su orden.</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>&amp;Restore defaults</source>
        <translation>&amp;Restablecer predeterminadas</translation>
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
        <translation>Elegir columnas…</translation>
    </message>
    <message>
        <source>Restore default columns</source>
        <translation>Restablecer las columnas predeterminadas</translation>
    </message>
</context>
<context>
    <name>ConflictBanner</name>
    <message>
        <source>Reload theirs</source>
        <translation>Recargar la suya</translation>
    </message>
    <message>
        <source>Forget your changes and show the saved version</source>
        <translation>Descartar sus cambios y mostrar la versión guardada</translation>
    </message>
    <message>
        <source>Save mine over theirs</source>
        <translation>Guardar la mía encima</translation>
    </message>
    <message>
        <source>Apply your changes on top of their version and save</source>
        <translation>Aplicar sus cambios sobre la otra versión y guardar</translation>
    </message>
    <message>
        <source>Changed by {who} at {when} while you were editing.</source>
        <translation>Modificado por {who} el {when} mientras usted lo editaba.</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>alguien</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>La suya (otro usuario)</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>La mía</translation>
    </message>
    <message>
        <source>They changed nothing shown in this form (the status, documents or billing).</source>
        <translation>No han cambiado nada de lo que muestra este formulario (el estado, los documentos o la facturación).</translation>
    </message>
</context>
<context>
    <name>ConnectionNotice</name>
    <message>
        <source>The connection to the office server was lost; reconnected.</source>
        <translation>Se perdió la conexión con el servidor de la oficina; se ha restablecido.</translation>
    </message>
    <message>
        <source>The connection to the office server was lost; reconnecting…</source>
        <translation>Se perdió la conexión con el servidor de la oficina; reconectando…</translation>
    </message>
    <message>
        <source>Cannot reach the office server {server}; your changes are kept, try again.</source>
        <translation>No se puede acceder al servidor de la oficina {server}; sus cambios se conservan, vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>CopyProgressDialog</name>
    <message>
        <source>cases</source>
        <translation>expedientes</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>contactos</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>documentos</translation>
    </message>
    <message>
        <source>document versions</source>
        <translation>versiones de documentos</translation>
    </message>
    <message>
        <source>document contents</source>
        <translation>contenido de los documentos</translation>
    </message>
    <message>
        <source>the audit trail</source>
        <translation>el registro de auditoría</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notas</translation>
    </message>
    <message>
        <source>users</source>
        <translation>usuarios</translation>
    </message>
    <message>
        <source>invoices</source>
        <translation>facturas</translation>
    </message>
    <message>
        <source>payments</source>
        <translation>pagos</translation>
    </message>
    <message>
        <source>Copying the office to the server</source>
        <translation>Copiando la oficina al servidor</translation>
    </message>
    <message>
        <source>Copying this office to {server}. CaseDesk cannot be used until the copy is finished; this office stays as it is.</source>
        <translation>Copiando esta oficina a {server}. No se puede usar CaseDesk hasta que termine la copia; esta oficina se queda como está.</translation>
    </message>
    <message>
        <source>Waiting for this window&apos;s background work to finish…</source>
        <translation>Esperando a que termine el trabajo en segundo plano de esta ventana…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stops the copy: the server is left empty, nothing is saved.</source>
        <translation>Detiene la copia: el servidor queda vacío y no se guarda nada.</translation>
    </message>
    <message>
        <source>All {total} rows are copied. The server builds its indexes, then the copy is checked (row counts, every document&apos;s SHA-256)…</source>
        <translation>Se han copiado las {total} filas. El servidor crea sus índices y después se comprueba la copia (número de filas, SHA-256 de cada documento)…</translation>
    </message>
    <message>
        <source>All {total} rows are copied. The server builds its indexes ({done} of {count}), then the copy is checked (row counts, every document&apos;s SHA-256)…</source>
        <translation>Se han copiado las {total} filas. El servidor crea sus índices ({done} de {count}) y después se comprueba la copia (número de filas, SHA-256 de cada documento)…</translation>
    </message>
    <message>
        <source>Copying {what}: {done} of {total} rows</source>
        <translation>Copiando {what}: {done} de {total} filas</translation>
    </message>
    <message>
        <source>Creating the tables on the server…</source>
        <translation>Creando las tablas en el servidor…</translation>
    </message>
    <message>
        <source>Stopping: the server is being rolled back…</source>
        <translation>Deteniendo: se están revirtiendo los cambios en el servidor…</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>CaseDesk: unexpected error</source>
        <translation>CaseDesk: error inesperado</translation>
    </message>
    <message>
        <source>&lt;b&gt;CaseDesk met an error it did not expect.&lt;/b&gt;&lt;br&gt;What was saved before is safe; the last action may not have been completed. Check it, then carry on or restart CaseDesk.</source>
        <translation>&lt;b&gt;CaseDesk ha encontrado un error que no esperaba.&lt;/b&gt;&lt;br&gt;Lo que se guardó antes está a salvo; puede que la última acción no se haya completado. Compruébela y siga, o reinicie CaseDesk.</translation>
    </message>
    <message>
        <source>The details are in the log file {path} (for whoever supports CaseDesk).</source>
        <translation>Los detalles están en el archivo de registro {path} (para quien dé soporte a CaseDesk).</translation>
    </message>
    <message>
        <source>No log file could be written.</source>
        <translation>No se ha podido escribir ningún archivo de registro.</translation>
    </message>
    <message>
        <source>Open the log folder</source>
        <translation>Abrir la carpeta de registros</translation>
    </message>
</context>
<context>
    <name>DatabaseTab</name>
    <message>
        <source>This computer now</source>
        <translation>Este equipo ahora</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Motor</translation>
    </message>
    <message>
        <source>Office data</source>
        <translation>Datos de la oficina</translation>
    </message>
    <message>
        <source>At the next start</source>
        <translation>En el próximo inicio</translation>
    </message>
    <message>
        <source>Saved in</source>
        <translation>Guardado en</translation>
    </message>
    <message>
        <source>PostgreSQL server</source>
        <translation>Servidor PostgreSQL</translation>
    </message>
    <message>
        <source>Paste a URL and press Enter: its parts fill the fields below.</source>
        <translation>Pegue una URL y pulse Intro: sus partes rellenan los campos de abajo.</translation>
    </message>
    <message>
        <source>Fill in the fields</source>
        <translation>Rellenar los campos</translation>
    </message>
    <message>
        <source>db.office.lan or 192.168.1.20</source>
        <translation>db.office.lan o 192.168.1.20</translation>
    </message>
    <message>
        <source>empty: from the PostgreSQL password file (pgpass)</source>
        <translation>en blanco: se toma del archivo de contraseñas de PostgreSQL (pgpass)</translation>
    </message>
    <message>
        <source>optional, e.g. sslmode=require</source>
        <translation>opcional, p. ej. sslmode=require</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <source>The choice is saved for this computer only, in the file above (readable only by this computer&apos;s account), and takes effect when CaseDesk is next started (a database given on CaseDesk&apos;s command line still wins). A password typed here is saved in that file: leave it empty to keep it in the PostgreSQL password file (pgpass.conf) instead.</source>
        <translation>La elección se guarda solo para este equipo, en el archivo indicado arriba (legible solo por la cuenta de este equipo), y se aplica la próxima vez que se inicie CaseDesk (una base de datos indicada en la línea de comandos de CaseDesk sigue teniendo prioridad). Una contraseña escrita aquí se guarda en ese archivo: déjela en blanco para mantenerla en el archivo de contraseñas de PostgreSQL (pgpass.conf).</translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation>Probar la conexión</translation>
    </message>
    <message>
        <source>Use this database</source>
        <translation>Usar esta base de datos</translation>
    </message>
    <message>
        <source>Use the local file</source>
        <translation>Usar el archivo local</translation>
    </message>
    <message>
        <source>Copy this office to the server…</source>
        <translation>Copiar esta oficina al servidor…</translation>
    </message>
    <message>
        <source>Copies every case, document, user and the audit trail into the empty server, checks the copy, then saves the server for this computer.</source>
        <translation>Copia todos los expedientes, documentos y usuarios, y el registro de auditoría, al servidor vacío, comprueba la copia y después guarda el servidor para este equipo.</translation>
    </message>
    <message>
        <source>SQLite: a file on this computer</source>
        <translation>SQLite: un archivo en este equipo</translation>
    </message>
    <message>
        <source>saved (hidden)</source>
        <translation>guardada (oculta)</translation>
    </message>
    <message>
        <source>none saved (pgpass)</source>
        <translation>ninguna guardada (pgpass)</translation>
    </message>
    <message>
        <source>server {host}, port {port}, database {database}, user {user}, password {password}</source>
        <translation>servidor {host}, puerto {port}, base de datos {database}, usuario {user}, contraseña {password}</translation>
    </message>
    <message>
        <source>this computer&apos;s account</source>
        <translation>la cuenta de este equipo</translation>
    </message>
    <message>
        <source>the local file {path}</source>
        <translation>el archivo local {path}</translation>
    </message>
    <message>
        <source>the server {server}</source>
        <translation>el servidor {server}</translation>
    </message>
    <message>
        <source>the file {path}</source>
        <translation>el archivo {path}</translation>
    </message>
    <message>
        <source>This session was opened with another database (--database on the command line, or a choice saved since it started).</source>
        <translation>Esta sesión se abrió con otra base de datos (--database en la línea de comandos, o una elección guardada después de iniciarse).</translation>
    </message>
    <message>
        <source>Fields filled in from the URL.</source>
        <translation>Campos rellenados a partir de la URL.</translation>
    </message>
    <message>
        <source>Connecting to {server}…</source>
        <translation>Conectando con {server}…</translation>
    </message>
    <message>
        <source>Cannot reach {server}: {reason}</source>
        <translation>No se puede conectar con {server}: {reason}</translation>
    </message>
    <message>
        <source>{server} holds an office written by a newer CaseDesk (schema {schema}; this program knows up to {latest}). Install the newer CaseDesk on this computer first.</source>
        <translation>{server} contiene una oficina escrita por un CaseDesk más reciente (esquema {schema}; este programa conoce hasta el {latest}). Instale primero el CaseDesk más reciente en este equipo.</translation>
    </message>
    <message>
        <source>{server} is reachable but is not a CaseDesk database: it holds other tables ({tables}). Use a new, empty database.</source>
        <translation>{server} es accesible, pero no es una base de datos de CaseDesk: contiene otras tablas ({tables}). Use una base de datos nueva y vacía.</translation>
    </message>
    <message>
        <source>{server} is reachable and empty, but user {user} may not create tables in schema {schema}. Ask the server&apos;s administrator for: GRANT CREATE ON SCHEMA {schema} TO {user};</source>
        <translation>{server} es accesible y está vacío, pero el usuario {user} no puede crear tablas en el esquema {schema}. Pida al administrador del servidor: GRANT CREATE ON SCHEMA {schema} TO {user};</translation>
    </message>
    <message>
        <source>{server} is reachable and empty: it can hold a new office. To move this office there (cases, documents, users), close CaseDesk on the other computers and choose &quot;Copy this office to the server…&quot; below. Or, with CaseDesk closed on every computer, run:
{command}
then choose &quot;Use this database&quot;.</source>
        <translation>{server} es accesible y está vacío: puede alojar una oficina nueva. Para trasladar allí esta oficina (expedientes, documentos, usuarios), cierre CaseDesk en los demás equipos y elija «Copiar esta oficina al servidor…» más abajo. O bien, con CaseDesk cerrado en todos los equipos, ejecute:
{command}
y después elija «Usar esta base de datos».</translation>
    </message>
    <message>
        <source>{server} is reachable and empty: it can hold a new office. To move this office there (cases, documents, users), close CaseDesk on every computer and run:
{command}
then choose &quot;Use this database&quot;.</source>
        <translation>{server} es accesible y está vacío: puede alojar una oficina nueva. Para trasladar allí esta oficina (expedientes, documentos, usuarios), cierre CaseDesk en todos los equipos y ejecute:
{command}
y después elija «Usar esta base de datos».</translation>
    </message>
    <message>
        <source>In the command, *** stands for the password.</source>
        <translation>En el comando, *** representa la contraseña.</translation>
    </message>
    <message>
        <source>no office configured yet</source>
        <translation>aún no hay ninguna oficina configurada</translation>
    </message>
    <message>
        <source>{server} holds a CaseDesk office ({offices}): schema {schema}, {cases} cases.</source>
        <translation>{server} contiene una oficina de CaseDesk ({offices}): esquema {schema}, {cases} expedientes.</translation>
    </message>
    <message>
        <source>This CaseDesk updates it to schema {latest} when it opens it; computers with the older CaseDesk then cannot open it.</source>
        <translation>Este CaseDesk la actualiza al esquema {latest} al abrirla; después, los equipos con el CaseDesk anterior no podrán abrirla.</translation>
    </message>
    <message>
        <source>CaseDesk has this office open now.</source>
        <translation>CaseDesk tiene esta oficina abierta ahora.</translation>
    </message>
    <message>
        <source>It holds no office yet: to move this office there, close CaseDesk on the other computers and choose &quot;Copy this office to the server…&quot; below.</source>
        <translation>Todavía no contiene ninguna oficina: para trasladar allí esta oficina, cierre CaseDesk en los demás equipos y elija «Copiar esta oficina al servidor…» más abajo.</translation>
    </message>
    <message>
        <source>{server} is empty. From its next start, CaseDesk on this computer will open a new, empty office there, without this office&apos;s cases. To move them first, answer No and choose &quot;Copy this office to the server…&quot;.

Use the empty database anyway?</source>
        <translation>{server} está vacío. A partir de su próximo inicio, CaseDesk en este equipo abrirá allí una oficina nueva y vacía, sin los expedientes de esta oficina. Para trasladarlos antes, responda No y elija «Copiar esta oficina al servidor…».

¿Usar la base de datos vacía de todos modos?</translation>
    </message>
    <message>
        <source>{server} is empty. From its next start, CaseDesk on this computer will open a new, empty office there, without this office&apos;s cases. To move them first, use the migrate-to command shown in the tab.

Use the empty database anyway?</source>
        <translation>{server} está vacío. A partir de su próximo inicio, CaseDesk en este equipo abrirá allí una oficina nueva y vacía, sin los expedientes de esta oficina. Para trasladarlos antes, use el comando migrate-to que se muestra en la pestaña.

¿Usar la base de datos vacía de todos modos?</translation>
    </message>
    <message>
        <source>The test of {server} did not succeed:
{result}

Save it anyway? CaseDesk on this computer will not open until the server can be used, or until the local file is chosen again.</source>
        <translation>La prueba de {server} no tuvo éxito:
{result}

¿Guardarla de todos modos? CaseDesk en este equipo no se abrirá hasta que se pueda usar el servidor o hasta que se vuelva a elegir el archivo local.</translation>
    </message>
    <message>
        <source>Saved: from its next start, CaseDesk on this computer opens {server}. Restart CaseDesk to work there.</source>
        <translation>Guardado: a partir de su próximo inicio, CaseDesk en este equipo abrirá {server}. Reinicie CaseDesk para trabajar allí.</translation>
    </message>
    <message>
        <source>This computer already opens the local file {path}.</source>
        <translation>Este equipo ya abre el archivo local {path}.</translation>
    </message>
    <message>
        <source>From its next start, CaseDesk on this computer opens the local file {path} instead of the server. Work saved on the server is not in that file.

Go on?</source>
        <translation>A partir de su próximo inicio, CaseDesk en este equipo abrirá el archivo local {path} en lugar del servidor. El trabajo guardado en el servidor no está en ese archivo.

¿Continuar?</translation>
    </message>
    <message>
        <source>Saved: from its next start, CaseDesk on this computer opens the local file {path}. Restart CaseDesk to work there.</source>
        <translation>Guardado: a partir de su próximo inicio, CaseDesk en este equipo abrirá el archivo local {path}. Reinicie CaseDesk para trabajar allí.</translation>
    </message>
    <message>
        <source>Point the other computers at the server in their own Tools → Settings → Database.</source>
        <translation>En cada uno de los demás equipos, indique el servidor en Herramientas → Configuración → Base de datos.</translation>
    </message>
    <message>
        <source>The server holds this office now, but the choice could not be saved for this computer (see below): choose &quot;Use this database&quot; once the cause is fixed.</source>
        <translation>El servidor contiene ahora esta oficina, pero no se pudo guardar la elección para este equipo (vea más abajo): elija «Usar esta base de datos» cuando se haya corregido la causa.</translation>
    </message>
    <message>
        <source>Copy this office to {server}?

Every case, document, user and the audit trail are copied into the server, then checked (row counts, every document&apos;s SHA-256). This office stays as it is on this computer.

CaseDesk cannot be used while the copy runs. Close CaseDesk on the other computers first: what they save during the copy does not reach the server.

Afterwards, CaseDesk on this computer opens the server from its next start. The other computers must be pointed at it in their own Tools → Settings → Database.</source>
        <translation>¿Copiar esta oficina a {server}?

Todos los expedientes, documentos y usuarios, y el registro de auditoría, se copian al servidor y después se comprueban (número de filas, SHA-256 de cada documento). Esta oficina se queda como está en este equipo.

No se puede usar CaseDesk mientras se realiza la copia. Cierre antes CaseDesk en los demás equipos: lo que guarden durante la copia no llega al servidor.

Después, CaseDesk en este equipo abrirá el servidor a partir de su próximo inicio. En cada uno de los demás equipos hay que indicar el servidor en Herramientas → Configuración → Base de datos.</translation>
    </message>
    <message>
        <source>Copying this office to {server}…</source>
        <translation>Copiando esta oficina a {server}…</translation>
    </message>
    <message>
        <source>The copy was cancelled before it started: nothing was copied or saved.</source>
        <translation>La copia se canceló antes de empezar: no se copió ni se guardó nada.</translation>
    </message>
    <message>
        <source>Copied to {server}: {rows} rows ({cases} cases, {documents} documents) in {seconds} s, checked (row counts, every document&apos;s SHA-256).</source>
        <translation>Copiado a {server}: {rows} filas ({cases} expedientes, {documents} documentos) en {seconds} s, comprobado (número de filas, SHA-256 de cada documento).</translation>
    </message>
    <message>
        <source>The copy had finished before Cancel could stop it: the server holds this office now, but this computer still opens the local file. To open the server from the next start, choose &quot;Use this database&quot;.</source>
        <translation>La copia ya había terminado antes de que Cancelar pudiera detenerla: el servidor contiene ahora esta oficina, pero este equipo sigue abriendo el archivo local. Para abrir el servidor a partir del próximo inicio, elija «Usar esta base de datos».</translation>
    </message>
    <message>
        <source>Saving the server for this computer…</source>
        <translation>Guardando el servidor para este equipo…</translation>
    </message>
    <message>
        <source>The copy was cancelled: {server} was rolled back (left empty), and nothing was saved for this computer.</source>
        <translation>La copia se canceló: se revirtieron los cambios en {server} (quedó vacío) y no se guardó nada para este equipo.</translation>
    </message>
    <message>
        <source>The copy to {server} did not go through: {reason}
Nothing was kept on the server and nothing was saved for this computer. Test the connection again once the cause is fixed.</source>
        <translation>La copia a {server} no se completó: {reason}
No se conservó nada en el servidor ni se guardó nada para este equipo. Vuelva a probar la conexión cuando se haya corregido la causa.</translation>
    </message>
</context>
<context>
    <name>DateRange</name>
    <message>
        <source>any</source>
        <translation>cualquiera</translation>
    </message>
</context>
<context>
    <name>DocumentActions</name>
    <message>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <source>Open externally</source>
        <translation>Abrir externamente</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Guardar una copia…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Cambiar nombre…</translation>
    </message>
    <message>
        <source>Mark as checked</source>
        <translation>Marcar como revisado</translation>
    </message>
    <message>
        <source>Mark as not checked</source>
        <translation>Marcar como no revisado</translation>
    </message>
    <message>
        <source>New version…</source>
        <translation>Nueva versión…</translation>
    </message>
    <message>
        <source>Move to the trash</source>
        <translation>Mover a la papelera</translation>
    </message>
    <message>
        <source>Send report…</source>
        <translation>Enviar informe…</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versiones</translation>
    </message>
    <message>
        <source>Only administrative staff check documents.</source>
        <translation>Solo el personal administrativo revisa los documentos.</translation>
    </message>
    <message>
        <source>Add documents</source>
        <translation>Añadir documentos</translation>
    </message>
    <message>
        <source>New version of “{title}”</source>
        <translation>Nueva versión de «{title}»</translation>
    </message>
    <message>
        <source>No type</source>
        <translation>Sin tipo</translation>
    </message>
    <message>
        <source>Move “{title}” to the trash? It leaves the case’s documents.</source>
        <translation>¿Mover «{title}» a la papelera? Dejará de figurar entre los documentos del expediente.</translation>
    </message>
    <message numerus="yes">
        <source>Move %n documents to the trash? They leave the case’s documents.</source>
        <translation>
            <numerusform>¿Mover %n documento a la papelera? Dejará de figurar entre los documentos del expediente.</numerusform>
            <numerusform>¿Mover %n documentos a la papelera? Dejarán de figurar entre los documentos del expediente.</numerusform>
        </translation>
    </message>
    <message>
        <source>No application on this computer opens {file}.</source>
        <translation>Ninguna aplicación de este equipo puede abrir {file}.</translation>
    </message>
    <message>
        <source>Save a copy of “{title}”</source>
        <translation>Guardar una copia de «{title}»</translation>
    </message>
    <message>
        <source>Save copies into a folder</source>
        <translation>Guardar copias en una carpeta</translation>
    </message>
    <message>
        <source>Version {number}: {file} — {who}, {when}</source>
        <translation>Versión {number}: {file} — {who}, {when}</translation>
    </message>
    <message>
        <source>(current)</source>
        <translation>(actual)</translation>
    </message>
    <message>
        <source>Save a copy of this version</source>
        <translation>Guardar una copia de esta versión</translation>
    </message>
    <message>
        <source>Save version {number} of “{title}”</source>
        <translation>Guardar la versión {number} de «{title}»</translation>
    </message>
    <message>
        <source>Some copies could not be saved:</source>
        <translation>No se han podido guardar algunas copias:</translation>
    </message>
    <message numerus="yes">
        <source>%n copy(ies) saved in {folder}.</source>
        <translation>
            <numerusform>%n copia guardada en {folder}.</numerusform>
            <numerusform>%n copias guardadas en {folder}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentGenerator</name>
    <message>
        <source>Generate…</source>
        <translation>Generar…</translation>
    </message>
    <message>
        <source>Make a document of this case from a template (quote, invoice, letter…)</source>
        <translation>Crear un documento de este expediente a partir de una plantilla (presupuesto, factura, carta…)</translation>
    </message>
    <message>
        <source>Office template: {file}</source>
        <translation>Plantilla de la oficina: {file}</translation>
    </message>
    <message>
        <source>Shipped template</source>
        <translation>Plantilla incluida</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <source>Save as PDF (needs LibreOffice, not installed: DOCX only)</source>
        <translation>Guardar como PDF (requiere LibreOffice, no instalado: solo DOCX)</translation>
    </message>
    <message>
        <source>Missing-documents letter</source>
        <translation>Carta de documentos que faltan</translation>
    </message>
    <message>
        <source>Generating “{name}”…</source>
        <translation>Generando «{name}»…</translation>
    </message>
    <message>
        <source>“{title}” generated and added to the case.</source>
        <translation>«{title}» generado y añadido al expediente.</translation>
    </message>
</context>
<context>
    <name>DocumentTableModel</name>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Págs.</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadido</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Revisado</translation>
    </message>
    <message>
        <source>Ver.</source>
        <translation>Ver.</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manual</translation>
    </message>
    <message>
        <source>Dropped in</source>
        <translation>Arrastrado</translation>
    </message>
    <message>
        <source>Watch folder</source>
        <translation>Carpeta vigilada</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Generado</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importación</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versiones</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Aún sin revisar</translation>
    </message>
    <message>
        <source>Checked by {who} on {when}</source>
        <translation>Revisado por {who} el {when}</translation>
    </message>
    <message>
        <source>Added by {who} on {when}</source>
        <translation>Añadido por {who} el {when}</translation>
    </message>
    <message numerus="yes">
        <source>%n version(s)</source>
        <translation>
            <numerusform>%n versión</numerusform>
            <numerusform>%n versiones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentTypesTab</name>
    <message>
        <source>Document type</source>
        <translation>Tipo de documento</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Documents of a report type drive the case list&apos;s Report icon.</source>
        <translation>Los documentos de un tipo de informe determinan el icono Informe de la lista de expedientes.</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Cambiar nombre…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>New document type</source>
        <translation>Nuevo tipo de documento</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Rename the document type</source>
        <translation>Cambiar el nombre del tipo de documento</translation>
    </message>
</context>
<context>
    <name>DocumentsPane</name>
    <message>
        <source>Select a case to see its documents.</source>
        <translation>Seleccione un expediente para ver sus documentos.</translation>
    </message>
    <message>
        <source>This case has no documents yet.

Drop files here or click Add…</source>
        <translation>Este expediente aún no tiene documentos.

Arrastre archivos aquí o haga clic en Añadir…</translation>
    </message>
    <message numerus="yes">
        <source>Release to add %n file(s) to this case.</source>
        <translation>
            <numerusform>Suelte para añadir %n archivo a este expediente.</numerusform>
            <numerusform>Suelte para añadir %n archivos a este expediente.</numerusform>
        </translation>
    </message>
    <message>
        <source>Release to add the file, or drop it on a document for a new version.</source>
        <translation>Suelte para añadir el archivo, o suéltelo sobre un documento para crear una nueva versión.</translation>
    </message>
    <message>
        <source>Add “{file}” as a new document</source>
        <translation>Añadir «{file}» como documento nuevo</translation>
    </message>
    <message>
        <source>Add as a new version of “{title}”</source>
        <translation>Añadir como nueva versión de «{title}»</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>not added: the import was cancelled</source>
        <translation>no añadido: se canceló la importación</translation>
    </message>
    <message>
        <source>Import cancelled: {added} of {total} files added.</source>
        <translation>Importación cancelada: {added} de {total} archivos añadidos.</translation>
    </message>
    <message>
        <source>{added} of {total} files added; these could not be added:</source>
        <translation>{added} de {total} archivos añadidos; no se han podido añadir estos:</translation>
    </message>
    <message>
        <source>Not stored twice: the case already has the same content.</source>
        <translation>No se ha guardado dos veces: el expediente ya tiene el mismo contenido.</translation>
    </message>
    <message>
        <source>Some changes could not be made:</source>
        <translation>No se han podido realizar algunos cambios:</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source>Required field</source>
        <translation>Campo obligatorio</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation>Sin responder todavía</translation>
    </message>
</context>
<context>
    <name>HoldReasonDialog</name>
    <message>
        <source>Put case {number} on hold</source>
        <translation>Dejar en espera el expediente {number}</translation>
    </message>
    <message>
        <source>Case {number} goes to “{status}”. Why does it wait, and until when?</source>
        <translation>El expediente {number} pasa a «{status}». ¿Por qué queda en espera y hasta cuándo?</translation>
    </message>
    <message>
        <source>e.g. waiting for the laboratory results</source>
        <translation>p. ej., a la espera de los resultados del laboratorio</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <source>Resume &amp;on</source>
        <translation>&amp;Reanudar el</translation>
    </message>
</context>
<context>
    <name>IconDetails</name>
    <message>
        <source>owner</source>
        <translation>titular</translation>
    </message>
    <message>
        <source>prescriber</source>
        <translation>prescriptor</translation>
    </message>
    <message>
        <source>notary</source>
        <translation>notario</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>agente</translation>
    </message>
    <message>
        <source>tenant</source>
        <translation>inquilino</translation>
    </message>
    <message>
        <source>transfer</source>
        <translation>transferencia</translation>
    </message>
    <message>
        <source>card</source>
        <translation>tarjeta</translation>
    </message>
    <message>
        <source>cheque</source>
        <translation>cheque</translation>
    </message>
    <message>
        <source>cash</source>
        <translation>efectivo</translation>
    </message>
    <message>
        <source>direct debit</source>
        <translation>domiciliación</translation>
    </message>
    <message>
        <source>Report “{title}” added by {who} on {when}</source>
        <translation>Informe «{title}» añadido por {who} el {when}</translation>
    </message>
    <message>
        <source>Report “{title}” added on {when}</source>
        <translation>Informe «{title}» añadido el {when}</translation>
    </message>
    <message>
        <source>Downloaded by {name} on {when}</source>
        <translation>Descargado por {name} el {when}</translation>
    </message>
    <message>
        <source>E-mailed to {name} by {who} on {when}</source>
        <translation>Enviado por correo a {name} por {who} el {when}</translation>
    </message>
    <message>
        <source>E-mailed to {name} on {when}</source>
        <translation>Enviado por correo a {name} el {when}</translation>
    </message>
    <message>
        <source>Delivered to {name} by {who} on {when}</source>
        <translation>Entregado a {name} por {who} el {when}</translation>
    </message>
    <message>
        <source>Delivered to {name} on {when}</source>
        <translation>Entregado a {name} el {when}</translation>
    </message>
    <message>
        <source>Quote {number} validated by {who} (collaborator) on {when}</source>
        <translation>Presupuesto {number} aceptado por {who} (colaborador) el {when}</translation>
    </message>
    <message>
        <source>Quote {number} refused by {who} (collaborator) on {when}</source>
        <translation>Presupuesto {number} rechazado por {who} (colaborador) el {when}</translation>
    </message>
    <message>
        <source>Quote {number} validated by the client on {when}</source>
        <translation>Presupuesto {number} aceptado por el cliente el {when}</translation>
    </message>
    <message>
        <source>Quote {number} refused by the client on {when}</source>
        <translation>Presupuesto {number} rechazado por el cliente el {when}</translation>
    </message>
    <message>
        <source>{amount} paid on {when} ({method}), recorded by {who}</source>
        <translation>{amount} cobrado el {when} ({method}), registrado por {who}</translation>
    </message>
    <message>
        <source>{amount} paid on {when} ({method})</source>
        <translation>{amount} cobrado el {when} ({method})</translation>
    </message>
    <message>
        <source>{step}: {amount} due {due}, paid on {when}</source>
        <translation>{step}: {amount} con vencimiento el {due}, cobrado el {when}</translation>
    </message>
    <message>
        <source>{step}: {amount} due {due}, overdue</source>
        <translation>{step}: {amount} con vencimiento el {due}, vencido</translation>
    </message>
    <message>
        <source>{step}: {amount} due {due}, not paid yet</source>
        <translation>{step}: {amount} con vencimiento el {due}, pendiente de cobro</translation>
    </message>
    <message>
        <source>Reports blocked for {name} ({role})</source>
        <translation>Informes bloqueados para {name} ({role})</translation>
    </message>
    <message>
        <source>Quote {number} for {amount} sent by {who} on {when}</source>
        <translation>Presupuesto {number} de {amount} enviado por {who} el {when}</translation>
    </message>
    <message>
        <source>Quote {number} for {amount} sent on {when}</source>
        <translation>Presupuesto {number} de {amount} enviado el {when}</translation>
    </message>
    <message>
        <source>Invoice {number} for {amount} issued by {who} on {when}</source>
        <translation>Factura {number} de {amount} emitida por {who} el {when}</translation>
    </message>
    <message>
        <source>Invoice {number} for {amount} issued on {when}</source>
        <translation>Factura {number} de {amount} emitida el {when}</translation>
    </message>
    <message>
        <source>{amount} still due on invoice {number}</source>
        <translation>{amount} pendiente de cobro en la factura {number}</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… y {count} más</translation>
    </message>
</context>
<context>
    <name>IconLegendDialog</name>
    <message>
        <source>Status icons legend</source>
        <translation>Leyenda de los iconos de estado</translation>
    </message>
    <message>
        <source>Hover an icon in the case list to see why it shows, who did it and when; click it to open what is behind it.</source>
        <translation>Pase el ratón por encima de un icono de la lista de expedientes para ver por qué aparece, quién lo originó y cuándo; haga clic en él para abrir lo que hay detrás.</translation>
    </message>
</context>
<context>
    <name>ImportBar</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message numerus="yes">
        <source>Adding %n file(s)…</source>
        <translation>
            <numerusform>Añadiendo %n archivo…</numerusform>
            <numerusform>Añadiendo %n archivos…</numerusform>
        </translation>
    </message>
    <message>
        <source>Adding {file} ({number} of {total})…</source>
        <translation>Añadiendo {file} ({number} de {total})…</translation>
    </message>
    <message>
        <source>Cancelling after the current file…</source>
        <translation>Cancelando tras el archivo actual…</translation>
    </message>
</context>
<context>
    <name>IndexFieldsTab</name>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatorio</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valores</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Cambiar nombre…</translation>
    </message>
    <message>
        <source>Kind…</source>
        <translation>Tipo…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Values of the list</source>
        <translation>Valores de la lista</translation>
    </message>
    <message>
        <source>Fields of</source>
        <translation>Campos para</translation>
    </message>
    <message>
        <source>the case</source>
        <translation>el expediente</translation>
    </message>
    <message>
        <source>documents of type {name}</source>
        <translation>los documentos de tipo {name}</translation>
    </message>
    <message>
        <source>Only a choice field has a list of values.</source>
        <translation>Solo los campos de selección tienen una lista de valores.</translation>
    </message>
    <message>
        <source>New index field</source>
        <translation>Nuevo campo de índice</translation>
    </message>
    <message>
        <source>Field kind</source>
        <translation>Tipo de campo</translation>
    </message>
    <message>
        <source>Rename the field</source>
        <translation>Cambiar el nombre del campo</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Nuevo valor</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
</context>
<context>
    <name>IndexPane</name>
    <message>
        <source>Select a case to see its index.</source>
        <translation>Seleccione un expediente para ver su índice.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Expediente</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Titular</translation>
    </message>
    <message>
        <source>Prescriber</source>
        <translation>Prescriptor</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Población</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Asignado a</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Tariff</source>
        <translation>Tarifa</translation>
    </message>
    <message>
        <source>Index fields</source>
        <translation>Campos de índice</translation>
    </message>
    <message>
        <source>You may read this case but not change it.</source>
        <translation>Puede consultar este expediente pero no modificarlo.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save the changes (Ctrl+S)</source>
        <translation>Guardar los cambios (Ctrl+S)</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Forget the changes and show the saved values again</source>
        <translation>Descartar los cambios y volver a mostrar los valores guardados</translation>
    </message>
    <message>
        <source>Save the index</source>
        <translation>Guardar el índice</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Guardando</translation>
    </message>
    <message>
        <source>Internal reference</source>
        <translation>Referencia interna</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>Required field</source>
        <translation>Campo obligatorio</translation>
    </message>
    <message>
        <source>{dot} {status} · {area}</source>
        <translation>{dot} {status} · {area}</translation>
    </message>
    <message>
        <source>Index fields · {area}</source>
        <translation>Campos de índice · {area}</translation>
    </message>
    <message>
        <source>This work area has no index fields.</source>
        <translation>Esta área de trabajo no tiene campos de índice.</translation>
    </message>
    <message>
        <source>Document · {title}</source>
        <translation>Documento · {title}</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>The index of {what} has unsaved changes.</source>
        <translation>El índice de {what} tiene cambios sin guardar.</translation>
    </message>
    <message>
        <source>Save them before moving on?</source>
        <translation>¿Guardarlos antes de continuar?</translation>
    </message>
    <message>
        <source>Nothing was saved: correct the fields marked in red.</source>
        <translation>No se ha guardado nada: corrija los campos marcados en rojo.</translation>
    </message>
</context>
<context>
    <name>IntakeTab</name>
    <message>
        <source>Watch folder</source>
        <translation>Carpeta vigilada</translation>
    </message>
    <message>
        <source>A folder on this computer or a network share</source>
        <translation>Una carpeta de este equipo o una carpeta compartida en red</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Take the files that arrive in this folder</source>
        <translation>Recoger los archivos que lleguen a esta carpeta</translation>
    </message>
    <message>
        <source>Save the folder</source>
        <translation>Guardar la carpeta</translation>
    </message>
    <message>
        <source>CaseDesk looks at the folder every few seconds while it is open. A file is taken once it has not changed for a few seconds; it then moves to the folder&apos;s processed/ sub-folder, or to failed/ with a .reason.txt file that says why.</source>
        <translation>CaseDesk revisa la carpeta cada pocos segundos mientras está abierto. Un archivo se recoge cuando lleva unos segundos sin cambiar; después pasa a la subcarpeta processed/ de la carpeta, o a failed/ con un archivo .reason.txt que indica el motivo.</translation>
    </message>
    <message>
        <source>File-name rules (the first that matches wins)</source>
        <translation>Reglas de nombre de archivo (se aplica la primera que coincida)</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Patrón</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>Expresión regular</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>Tipo de documento</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Save the rules</source>
        <translation>Guardar las reglas</translation>
    </message>
    <message>
        <source>A pattern: {number} is the case number, {type} a document type&apos;s code or name, * any text, ? one character; it must match the whole name, in capitals or not. Example: {number}_{type}.* takes 24006604_informe.pdf into case 24006604 as a report. A regular expression names its groups (?P&lt;number&gt;…) and (?P&lt;type&gt;…). A document type chosen here beats {type}.</source>
        <translation>Un patrón: {number} es el número de expediente, {type} el código o el nombre de un tipo de documento, * cualquier texto, ? un carácter; debe coincidir con el nombre completo, en mayúsculas o no. Ejemplo: {number}_{type}.* lleva 24006604_informe.pdf al expediente 24006604 como informe. Una expresión regular nombra sus grupos (?P&lt;number&gt;…) y (?P&lt;type&gt;…). Un tipo de documento elegido aquí prevalece sobre {type}.</translation>
    </message>
    <message>
        <source>No rule of this work area&apos;s own: the default rule above applies.</source>
        <translation>Esta área de trabajo no tiene reglas propias: se aplica la regla predeterminada anterior.</translation>
    </message>
    <message>
        <source>From the file name</source>
        <translation>Según el nombre del archivo</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <source>Missing-documents letter — case {number}</source>
        <translation>Carta de documentos que faltan — expediente {number}</translation>
    </message>
    <message>
        <source>Write to:</source>
        <translation>Escribir a:</translation>
    </message>
    <message>
        <source>The owner: {name}</source>
        <translation>El titular: {name}</translation>
    </message>
    <message>
        <source>The prescriber: {name}</source>
        <translation>El prescriptor: {name}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>The letter asks for what the case lacks for the statuses ahead of it:</source>
        <translation>La carta solicita lo que le falta al expediente para avanzar en su tramitación:</translation>
    </message>
    <message>
        <source>Case {number} lacks nothing for the statuses ahead of it: there is no letter to send.</source>
        <translation>Al expediente {number} no le falta nada para los estados siguientes: no hay ninguna carta que enviar.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <source>Save as PDF (needs LibreOffice, not installed: DOCX only)</source>
        <translation>Guardar como PDF (requiere LibreOffice, no instalado: solo DOCX)</translation>
    </message>
    <message>
        <source>Write the letter</source>
        <translation>Redactar la carta</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>CaseDesk — sign in</source>
        <translation>CaseDesk — iniciar sesión</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Enter your login.</source>
        <translation>Introduzca su identificador.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Cases</source>
        <translation>Expedientes</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Índice</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Find a case</source>
        <translation>&amp;Buscar un expediente</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>&amp;Choose the work area…</source>
        <translation>&amp;Elegir el área de trabajo…</translation>
    </message>
    <message>
        <source>&amp;Refresh the list</source>
        <translation>&amp;Actualizar la lista</translation>
    </message>
    <message>
        <source>&amp;Reset the layout</source>
        <translation>&amp;Restablecer la disposición</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Informes</translation>
    </message>
    <message>
        <source>&amp;Statistics…</source>
        <translation>&amp;Estadísticas…</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Status icons &amp;legend</source>
        <translation>&amp;Leyenda de los iconos de estado</translation>
    </message>
    <message>
        <source>&amp;About CaseDesk</source>
        <translation>&amp;Acerca de CaseDesk</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>User: {name} ({role})</source>
        <translation>Usuario: {name} ({role})</translation>
    </message>
    <message>
        <source>PostgreSQL server</source>
        <translation>Servidor PostgreSQL</translation>
    </message>
    <message>
        <source>SQLite file</source>
        <translation>Archivo SQLite</translation>
    </message>
    <message>
        <source>All work areas</source>
        <translation>Todas las áreas de trabajo</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrador</translation>
    </message>
    <message>
        <source>administrative clerk</source>
        <translation>administrativo</translation>
    </message>
    <message>
        <source>sales manager</source>
        <translation>jefe de ventas</translation>
    </message>
    <message>
        <source>sales advisor</source>
        <translation>asesor comercial</translation>
    </message>
    <message>
        <source>technician</source>
        <translation>técnico</translation>
    </message>
    <message>
        <source>Work area: {name}</source>
        <translation>Área de trabajo: {name}</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>CaseDesk will use {language} the next time it starts.</source>
        <translation>Idioma elegido: {language}. Se aplicará la próxima vez que se inicie CaseDesk.</translation>
    </message>
    <message>
        <source>Case {number}</source>
        <translation>Expediente {number}</translation>
    </message>
    <message>
        <source>This case has no documents yet.</source>
        <translation>Este expediente aún no tiene documentos.</translation>
    </message>
    <message>
        <source>No documents</source>
        <translation>Sin documentos</translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln expediente</numerusform>
            <numerusform>%Ln expedientes</numerusform>
        </translation>
    </message>
    <message>
        <source>The report is not in the documents list.</source>
        <translation>El informe no está en la lista de documentos.</translation>
    </message>
    <message>
        <source>Automatic backup written: {file} ({size}).</source>
        <translation>Copia de seguridad automática escrita: {file} ({size}).</translation>
    </message>
    <message>
        <source>The automatic backup failed: {reason}</source>
        <translation>La copia de seguridad automática falló: {reason}</translation>
    </message>
    <message>
        <source>About CaseDesk</source>
        <translation>Acerca de CaseDesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;CaseDesk {version}&lt;/b&gt;&lt;br&gt;Case files, their documents, quotes, invoices and installments, on your desktop, online or offline.</source>
        <translation>&lt;b&gt;CaseDesk {version}&lt;/b&gt;&lt;br&gt;Expedientes con sus documentos, presupuestos, facturas y plazos, en su escritorio, con o sin conexión.</translation>
    </message>
</context>
<context>
    <name>MessagePanel</name>
    <message>
        <source>Dismiss</source>
        <translation>Cerrar</translation>
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
        <translation>Mover el expediente {number}</translation>
    </message>
    <message>
        <source>Case {number} goes to “{status}”. Why?</source>
        <translation>El expediente {number} pasa a «{status}». ¿Por qué?</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motivo</translation>
    </message>
</context>
<context>
    <name>MovementDialog</name>
    <message>
        <source>Add a movement to ticket {number}</source>
        <translation>Añadir un seguimiento a la incidencia {number}</translation>
    </message>
    <message>
        <source>What happened, what was said or done…</source>
        <translation>Qué ha pasado, qué se ha dicho o hecho…</translation>
    </message>
    <message>
        <source>&amp;Movement:</source>
        <translation>&amp;Seguimiento:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texto:</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Nota interna</translation>
    </message>
    <message>
        <source>Reply to the customer</source>
        <translation>Respuesta al cliente</translation>
    </message>
    <message>
        <source>Message from the customer</source>
        <translation>Mensaje del cliente</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation>Solución</translation>
    </message>
    <message>
        <source>Close the ticket</source>
        <translation>Cerrar la incidencia</translation>
    </message>
    <message>
        <source>Seen only inside the company; the status does not change.</source>
        <translation>Solo visible dentro de la empresa; el estado no cambia.</translation>
    </message>
    <message>
        <source>The customer owes the next move.</source>
        <translation>Le toca al cliente dar el siguiente paso.</translation>
    </message>
    <message>
        <source>We owe the next move; a resolved ticket goes back in progress.</source>
        <translation>Nos toca dar el siguiente paso; una incidencia resuelta vuelve a estar en curso.</translation>
    </message>
    <message>
        <source>The ticket becomes resolved; the customer owes the next move.</source>
        <translation>La incidencia pasa a resuelta; le toca al cliente dar el siguiente paso.</translation>
    </message>
    <message>
        <source>The ticket is closed; nobody owes a move.</source>
        <translation>La incidencia se cierra; nadie tiene pasos pendientes.</translation>
    </message>
</context>
<context>
    <name>NotificationCentre</name>
    <message>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message numerus="yes">
        <source>%n unread notification(s)</source>
        <translation>
            <numerusform>%n notificación sin leer</numerusform>
            <numerusform>%n notificaciones sin leer</numerusform>
        </translation>
    </message>
    <message>
        <source>No unread notifications</source>
        <translation>No hay notificaciones sin leer</translation>
    </message>
    <message numerus="yes">
        <source>CaseDesk: %n unread notification(s)</source>
        <translation>
            <numerusform>CaseDesk: %n notificación sin leer</numerusform>
            <numerusform>CaseDesk: %n notificaciones sin leer</numerusform>
        </translation>
    </message>
    <message>
        <source>The case of this notification is not in the list any more.</source>
        <translation>El expediente de esta notificación ya no está en la lista.</translation>
    </message>
</context>
<context>
    <name>NotificationPanel</name>
    <message>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <source>Mark all as read</source>
        <translation>Marcar todas como leídas</translation>
    </message>
    <message>
        <source>No notifications.
Status changes, new documents, overdue payments, due alerts and cases coming back from hold show here.</source>
        <translation>No hay notificaciones.
Aquí aparecen los cambios de estado, los documentos nuevos, los cobros vencidos, los avisos que vencen y los expedientes que salen de espera.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>{by} moved case {number} from {from_status} to {to_status}</source>
        <translation>{by} ha pasado el expediente {number} de {from_status} a {to_status}</translation>
    </message>
    <message>
        <source>{by} moved case {number} to {status}</source>
        <translation>{by} ha pasado el expediente {number} a {status}</translation>
    </message>
    <message numerus="yes">
        <source>{by} added %n documents to case {number}, among them “{title}”</source>
        <translation>
            <numerusform>{by} ha añadido %n documento al expediente {number}: «{title}»</numerusform>
            <numerusform>{by} ha añadido %n documentos al expediente {number}, entre ellos «{title}»</numerusform>
        </translation>
    </message>
    <message>
        <source>{by} added “{title}” to case {number}</source>
        <translation>{by} ha añadido «{title}» al expediente {number}</translation>
    </message>
    <message numerus="yes">
        <source>Case {number} has not changed for %n day(s) (status {status})</source>
        <translation>
            <numerusform>El expediente {number} lleva %n día sin cambios (estado {status})</numerusform>
            <numerusform>El expediente {number} lleva %n días sin cambios (estado {status})</numerusform>
        </translation>
    </message>
    <message>
        <source>Case {number}: an installment of {amount} was due on {due_date} and is unpaid</source>
        <translation>Expediente {number}: un plazo de {amount} vencía el {due_date} y está sin pagar</translation>
    </message>
    <message>
        <source>Alert on case {number} from {by}: {text}</source>
        <translation>Aviso de {by} en el expediente {number}: {text}</translation>
    </message>
    <message>
        <source>Case {number} comes back from {status}: its resume date is {resume_date}</source>
        <translation>El expediente {number} sale de {status}: su fecha de reanudación es el {resume_date}</translation>
    </message>
    <message>
        <source>Case {number}: {kind}</source>
        <translation>Expediente {number}: {kind}</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>ahora mismo</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>hace %n minuto</numerusform>
            <numerusform>hace %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>hace %n hora</numerusform>
            <numerusform>hace %n horas</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>ayer</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>Clear the date</source>
        <translation>Borrar la fecha</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Open with the system viewer</source>
        <translation>Abrir con el visor del sistema</translation>
    </message>
    <message>
        <source>Select a document</source>
        <translation>Seleccione un documento</translation>
    </message>
    <message>
        <source>It is shown here.</source>
        <translation>Se mostrará aquí.</translation>
    </message>
    <message>
        <source>Cannot show this file here</source>
        <translation>No se puede mostrar este archivo aquí</translation>
    </message>
    <message>
        <source>{action} ({keys})</source>
        <translation>{action} ({keys})</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Página anterior</translation>
    </message>
    <message>
        <source>Page number: type a page and press Enter</source>
        <translation>Número de página: escriba una página y pulse Intro</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Página siguiente</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>Zoom: choose or type a percentage</source>
        <translation>Zoom: elija o escriba un porcentaje</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Ajustar al ancho</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Ajustar a la página</translation>
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
        <translation>{title} — página {page} de {pages}</translation>
    </message>
    <message>
        <source>Loading the preview…</source>
        <translation>Cargando la vista previa…</translation>
    </message>
    <message>
        <source>Files of this kind ({mime}) have no preview. Open the file with its own program.</source>
        <translation>Los archivos de este tipo ({mime}) no tienen vista previa. Ábralo con su propio programa.</translation>
    </message>
    <message>
        <source>The PDF is protected by a password. Open it with a PDF reader that can ask for it.</source>
        <translation>El PDF está protegido con contraseña. Ábralo con un lector de PDF que pueda solicitarla.</translation>
    </message>
    <message>
        <source>The PDF uses an encryption this preview does not support.</source>
        <translation>El PDF usa un cifrado que esta vista previa no admite.</translation>
    </message>
    <message>
        <source>The PDF is damaged or incomplete (it may have been cut short while being copied): {detail}</source>
        <translation>El PDF está dañado o incompleto (quizá se interrumpió al copiarlo): {detail}</translation>
    </message>
    <message>
        <source>The PDF is damaged or is not a PDF ({detail}).</source>
        <translation>El PDF está dañado o no es un PDF ({detail}).</translation>
    </message>
    <message>
        <source>The PDF has no pages.</source>
        <translation>El PDF no tiene páginas.</translation>
    </message>
    <message>
        <source>Page {page} of the PDF cannot be drawn ({detail}).</source>
        <translation>No se puede mostrar la página {page} del PDF ({detail}).</translation>
    </message>
    <message>
        <source>The image says it is {width} × {height} pixels ({megapixels} megapixels). Previews stop at {limit} megapixels so that a damaged or hostile file cannot exhaust the memory; open it with an image program if it is genuine.</source>
        <translation>La imagen declara medir {width} × {height} píxeles ({megapixels} megapíxeles). Las vistas previas se limitan a {limit} megapíxeles para que un archivo dañado o malintencionado no pueda agotar la memoria; si la imagen es legítima, ábrala con un programa de imágenes.</translation>
    </message>
    <message>
        <source>The file contains no text.</source>
        <translation>El archivo no contiene texto.</translation>
    </message>
    <message>
        <source>Showing the first {shown} of {total}. Open the file to read all of it.</source>
        <translation>Se muestran los primeros {shown} de {total}. Abra el archivo para leerlo completo.</translation>
    </message>
    <message>
        <source>The Word document contains no text.</source>
        <translation>El documento de Word no contiene texto.</translation>
    </message>
    <message>
        <source>Showing the beginning of the document ({chars} characters). Open the file to read all of it.</source>
        <translation>Se muestra el principio del documento ({chars} caracteres). Abra el archivo para leerlo completo.</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>De:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Para:</translation>
    </message>
    <message>
        <source>Cc:</source>
        <translation>CC:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Fecha:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Asunto:</translation>
    </message>
    <message>
        <source>Text of the HTML message (pictures and links to the internet are not loaded).</source>
        <translation>Texto del mensaje HTML (no se cargan las imágenes ni los enlaces a internet).</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(sin texto)</translation>
    </message>
    <message>
        <source>Attachments ({count})</source>
        <translation>Adjuntos ({count})</translation>
    </message>
    <message>
        <source>The message is long; only its beginning is shown.</source>
        <translation>El mensaje es largo; solo se muestra el principio.</translation>
    </message>
    <message>
        <source>The image cannot be read ({detail}).</source>
        <translation>No se puede leer la imagen ({detail}).</translation>
    </message>
</context>
<context>
    <name>ReasonsTab</name>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Ofrecido</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Ámbito</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Expedientes</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Cambiar nombre…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>A reason used by cases cannot be removed: untick “Offered” to stop offering it.</source>
        <translation>Un motivo usado por expedientes no se puede eliminar: desmarque «Ofrecido» para dejar de ofrecerlo.</translation>
    </message>
    <message>
        <source>Every work area</source>
        <translation>Todas las áreas de trabajo</translation>
    </message>
    <message>
        <source>This work area</source>
        <translation>Esta área de trabajo</translation>
    </message>
    <message>
        <source>New cancellation reason</source>
        <translation>Nuevo motivo de anulación</translation>
    </message>
    <message>
        <source>Rename the reason</source>
        <translation>Cambiar el nombre del motivo</translation>
    </message>
</context>
<context>
    <name>SendReportDialog</name>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envíos</translation>
    </message>
    <message>
        <source>Report access</source>
        <translation>Acceso al informe</translation>
    </message>
    <message>
        <source>E-mail draft in my mail program</source>
        <translation>Borrador en mi programa de correo</translation>
    </message>
    <message>
        <source>Copy to a folder</source>
        <translation>Copiar en una carpeta</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Send report</source>
        <translation>Enviar informe</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Send report — case {number}</source>
        <translation>Enviar informe — expediente {number}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt; of case {number}: choose who gets it.</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt; del expediente {number}: elija los destinatarios.</translation>
    </message>
    <message>
        <source>The case has no contacts yet: add the owner, the notary… first.</source>
        <translation>El expediente aún no tiene contactos: añada primero el titular, el notario…</translation>
    </message>
    <message>
        <source>Reports are blocked for {name} on this case</source>
        <translation>Los informes están bloqueados para {name} en este expediente</translation>
    </message>
    <message>
        <source>no e-mail address</source>
        <translation>sin dirección de correo electrónico</translation>
    </message>
    <message>
        <source>Report delivered {count} time(s)</source>
        <translation>Entregas del informe: {count}</translation>
    </message>
    <message>
        <source>Unblock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <source>Send the report to a folder</source>
        <translation>Enviar el informe a una carpeta</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message numerus="yes">
        <source>E-mail draft for %n contact(s) opened in your mail program.</source>
        <translation>
            <numerusform>Se ha abierto en su programa de correo un borrador para %n contacto.</numerusform>
            <numerusform>Se ha abierto en su programa de correo un borrador para %n contactos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>E-mail draft for %n contact(s) written to {path}; open it with your mail program.</source>
        <translation>
            <numerusform>Borrador de correo guardado en {path} para %n contacto; ábralo con su programa de correo.</numerusform>
            <numerusform>Borrador de correo guardado en {path} para %n contactos; ábralo con su programa de correo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Report copied for %n contact(s) to {path}.</source>
        <translation>
            <numerusform>Informe copiado en {path} para %n contacto.</numerusform>
            <numerusform>Informe copiado en {path} para %n contactos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Work area</source>
        <translation>Área de trabajo</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Flujo de trabajo</translation>
    </message>
    <message>
        <source>Cancellation reasons</source>
        <translation>Motivos de anulación</translation>
    </message>
    <message>
        <source>Document types</source>
        <translation>Tipos de documento</translation>
    </message>
    <message>
        <source>Index fields</source>
        <translation>Campos de índice</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Recepción</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Permisos</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Who may do what. The matrix is part of the program and cannot be edited here.</source>
        <translation>Quién puede hacer qué. La matriz forma parte del programa y no se puede modificar aquí.</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>permitido</translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation>no permitido</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Closed — done</source>
        <translation>Cerrado — finalizado</translation>
    </message>
    <message>
        <source>Closed — cancelled</source>
        <translation>Cerrado — anulado</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>Administrative clerk</source>
        <translation>Administrativo</translation>
    </message>
    <message>
        <source>Sales manager</source>
        <translation>Jefe de ventas</translation>
    </message>
    <message>
        <source>Sales advisor</source>
        <translation>Asesor comercial</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Técnico</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Choice from a list</source>
        <translation>Selección de una lista</translation>
    </message>
    <message>
        <source>Yes / no</source>
        <translation>Sí / no</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Ninguna fecha</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>Fecha de pedido</translation>
    </message>
    <message>
        <source>Reserved date</source>
        <translation>Fecha de reserva</translation>
    </message>
    <message>
        <source>Create cases</source>
        <translation>Crear expedientes</translation>
    </message>
    <message>
        <source>Edit cases</source>
        <translation>Modificar expedientes</translation>
    </message>
    <message>
        <source>Reassign cases</source>
        <translation>Reasignar expedientes</translation>
    </message>
    <message>
        <source>Change a case&apos;s status</source>
        <translation>Cambiar el estado de un expediente</translation>
    </message>
    <message>
        <source>Close cases</source>
        <translation>Cerrar expedientes</translation>
    </message>
    <message>
        <source>Archive cases</source>
        <translation>Archivar expedientes</translation>
    </message>
    <message>
        <source>Move cases to the trash</source>
        <translation>Mover expedientes a la papelera</translation>
    </message>
    <message>
        <source>Restore cases from the trash</source>
        <translation>Restaurar expedientes de la papelera</translation>
    </message>
    <message>
        <source>Purge cases for good</source>
        <translation>Purgar expedientes definitivamente</translation>
    </message>
    <message>
        <source>Add documents</source>
        <translation>Añadir documentos</translation>
    </message>
    <message>
        <source>Mark documents as checked</source>
        <translation>Marcar documentos como revisados</translation>
    </message>
    <message>
        <source>Edit documents</source>
        <translation>Modificar documentos</translation>
    </message>
    <message>
        <source>Block and deliver reports</source>
        <translation>Bloquear y entregar informes</translation>
    </message>
    <message>
        <source>Quotes, invoices and amounts</source>
        <translation>Presupuestos, facturas e importes</translation>
    </message>
    <message>
        <source>Record payments</source>
        <translation>Registrar cobros</translation>
    </message>
    <message>
        <source>Edit service orders</source>
        <translation>Modificar órdenes de trabajo</translation>
    </message>
    <message>
        <source>Add notes and alerts</source>
        <translation>Añadir notas y avisos</translation>
    </message>
    <message>
        <source>Manage users</source>
        <translation>Gestionar usuarios</translation>
    </message>
    <message>
        <source>Edit settings</source>
        <translation>Modificar la configuración</translation>
    </message>
    <message>
        <source>Back up, restore and repair</source>
        <translation>Hacer copias de seguridad, restaurar y reparar</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
</context>
<context>
    <name>ShareCaseDialog</name>
    <message>
        <source>Share case {number}</source>
        <translation>Compartir el expediente {number}</translation>
    </message>
    <message>
        <source>Shared with</source>
        <translation>Compartido con</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Acceso</translation>
    </message>
    <message>
        <source>Shared by</source>
        <translation>Compartido por</translation>
    </message>
    <message>
        <source>can see</source>
        <translation>puede ver</translation>
    </message>
    <message>
        <source>can change</source>
        <translation>puede modificar</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Compartir</translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>Dejar de compartir</translation>
    </message>
    <message>
        <source>Team {name}</source>
        <translation>Equipo {name}</translation>
    </message>
    <message>
        <source>Shared with {name}.</source>
        <translation>Compartido con {name}.</translation>
    </message>
    <message>
        <source>No longer shared with {name}.</source>
        <translation>Ya no se comparte con {name}.</translation>
    </message>
</context>
<context>
    <name>StatisticsDialog</name>
    <message>
        <source>By status</source>
        <translation>Por estado</translation>
    </message>
    <message>
        <source>By work area</source>
        <translation>Por área de trabajo</translation>
    </message>
    <message>
        <source>By assigned user</source>
        <translation>Por usuario asignado</translation>
    </message>
    <message>
        <source>By month of creation</source>
        <translation>Por mes de creación</translation>
    </message>
    <message>
        <source>Cancellations by reason</source>
        <translation>Anulaciones por motivo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Work area</source>
        <translation>Área de trabajo</translation>
    </message>
    <message>
        <source>Assigned user</source>
        <translation>Usuario asignado</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Expedientes</translation>
    </message>
    <message>
        <source>Share %</source>
        <translation>% del total</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Estadísticas</translation>
    </message>
    <message>
        <source>All work areas</source>
        <translation>Todas las áreas de trabajo</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creados</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message>
        <source>{count} cases, {cancelled} cancelled (archived included)</source>
        <translation>{count} expedientes, {cancelled} anulados (archivados incluidos)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export statistics</source>
        <translation>Exportar estadísticas</translation>
    </message>
    <message>
        <source>Exporting to {file}…</source>
        <translation>Exportando a {file}…</translation>
    </message>
    <message>
        <source>Exported to {file}</source>
        <translation>Exportado a {file}</translation>
    </message>
</context>
<context>
    <name>StatusCombo</name>
    <message>
        <source>Current status</source>
        <translation>Estado actual</translation>
    </message>
</context>
<context>
    <name>StatusEditController</name>
    <message>
        <source>Status not changed</source>
        <translation>Estado sin cambios</translation>
    </message>
</context>
<context>
    <name>StatusEditorDelegate</name>
    <message>
        <source>Changing to {status}…</source>
        <translation>Cambiando a {status}…</translation>
    </message>
    <message>
        <source>Changing the status…</source>
        <translation>Cambiando el estado…</translation>
    </message>
</context>
<context>
    <name>StatusForm</name>
    <message>
        <source>Edit status</source>
        <translation>Modificar el estado</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>Nuevo estado</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>New cases start in this status</source>
        <translation>Los expedientes nuevos empiezan en este estado</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <source>Help text</source>
        <translation>Texto de ayuda</translation>
    </message>
    <message>
        <source>Status colour</source>
        <translation>Color del estado</translation>
    </message>
</context>
<context>
    <name>UserActions</name>
    <message>
        <source>&amp;Users and teams…</source>
        <translation>&amp;Usuarios y equipos…</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>Cambiar mi contra&amp;seña…</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Se ha cambiado su contraseña.</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>Administrative clerk</source>
        <translation>Administrativo</translation>
    </message>
    <message>
        <source>Sales manager</source>
        <translation>Jefe de ventas</translation>
    </message>
    <message>
        <source>Sales advisor</source>
        <translation>Asesor comercial</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Técnico</translation>
    </message>
    <message>
        <source>Users and teams</source>
        <translation>Usuarios y equipos</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Equipos</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identificador</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Can sign in</source>
        <translation>Puede iniciar sesión</translation>
    </message>
    <message>
        <source>optional, at least 8 characters</source>
        <translation>opcional, al menos 8 caracteres</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Nuevo usuario</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>Restablecer la contraseña…</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Add team</source>
        <translation>Añadir equipo</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Cambiar nombre</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>bloqueado</translation>
    </message>
    <message>
        <source>No team</source>
        <translation>Sin equipo</translation>
    </message>
    <message>
        <source>{name} — {office} ({count} member(s))</source>
        <translation>{name} — {office} (miembros: {count})</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>User {login} added.</source>
        <translation>Usuario {login} añadido.</translation>
    </message>
    <message>
        <source>User {login} saved.</source>
        <translation>Usuario {login} guardado.</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Restablecer la contraseña</translation>
    </message>
    <message>
        <source>New password for {login} (at least 8 characters):</source>
        <translation>Nueva contraseña para {login} (al menos 8 caracteres):</translation>
    </message>
    <message>
        <source>Password of {login} changed.</source>
        <translation>Contraseña de {login} cambiada.</translation>
    </message>
    <message>
        <source>User {login} unlocked.</source>
        <translation>Usuario {login} desbloqueado.</translation>
    </message>
    <message>
        <source>Team {name} added.</source>
        <translation>Equipo {name} añadido.</translation>
    </message>
    <message>
        <source>Team renamed to {name}.</source>
        <translation>Equipo renombrado como {name}.</translation>
    </message>
</context>
<context>
    <name>WindowIntake</name>
    <message>
        <source>Files are being added already; drop again when that has finished.</source>
        <translation>Ya se están añadiendo archivos; vuelva a soltarlos cuando termine.</translation>
    </message>
    <message>
        <source>You may not create cases: drop the files on a case to add them to it.</source>
        <translation>No tiene permiso para crear expedientes: suelte los archivos sobre un expediente para añadirlos a él.</translation>
    </message>
    <message>
        <source>Choose a work area first: new cases are made in the work area shown.</source>
        <translation>Elija primero un área de trabajo: los expedientes nuevos se crean en el área de trabajo mostrada.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) created from the dropped files.</source>
        <translation>
            <numerusform>%n expediente creado a partir de los archivos soltados.</numerusform>
            <numerusform>%n expedientes creados a partir de los archivos soltados.</numerusform>
        </translation>
    </message>
    <message>
        <source>New cases from files</source>
        <translation>Expedientes nuevos a partir de archivos</translation>
    </message>
    <message>
        <source>Make new cases from the {count} files dropped on the list:</source>
        <translation>Crear expedientes nuevos a partir de los {count} archivos soltados en la lista:</translation>
    </message>
    <message>
        <source>One case per file</source>
        <translation>Un expediente por archivo</translation>
    </message>
    <message>
        <source>One case for all</source>
        <translation>Un expediente para todos</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) taken from the watch folder</source>
        <translation>
            <numerusform>%n archivo recogido de la carpeta vigilada</numerusform>
            <numerusform>%n archivos recogidos de la carpeta vigilada</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in their case, not stored twice</source>
        <translation>
            <numerusform>%n ya estaba en su expediente, no se ha guardado dos veces</numerusform>
            <numerusform>%n ya estaban en su expediente, no se han guardado dos veces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be taken (see the failed folder)</source>
        <translation>
            <numerusform>%n no se pudo recoger (vea la carpeta failed)</numerusform>
            <numerusform>%n no se pudieron recoger (vea la carpeta failed)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkAreaChooser</name>
    <message>
        <source>CaseDesk — choose a work area</source>
        <translation>CaseDesk — elegir un área de trabajo</translation>
    </message>
    <message>
        <source>Choose the office and the work area to open. You can switch at any time from the toolbar.</source>
        <translation>Elija la oficina y el área de trabajo que desea abrir. Puede cambiar en cualquier momento desde la barra de herramientas.</translation>
    </message>
    <message>
        <source>Work area</source>
        <translation>Área de trabajo</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Expedientes</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>All work areas</source>
        <translation>Todas las áreas de trabajo</translation>
    </message>
</context>
<context>
    <name>WorkAreaCombo</name>
    <message>
        <source>The office and work area whose cases the list shows</source>
        <translation>La oficina y el área de trabajo cuyos expedientes muestra la lista</translation>
    </message>
    <message>
        <source>All work areas</source>
        <translation>Todas las áreas de trabajo</translation>
    </message>
</context>
<context>
    <name>WorkflowTab</name>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Initial</source>
        <translation>Inicial</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Expedientes</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modificar…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move its cases to…</source>
        <translation>Mover sus expedientes a…</translation>
    </message>
    <message>
        <source>Tick a cell to allow moving a case from the row&apos;s status to the column&apos;s.</source>
        <translation>Marque una casilla para permitir pasar un expediente del estado de la fila al de la columna.</translation>
    </message>
    <message>
        <source>Allowed moves (row: from, column: to)</source>
        <translation>Transiciones permitidas (fila: desde, columna: hacia)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>A case of this work area left unchanged this long in an open status is reported to the sales managers of its team.</source>
        <translation>Un expediente de esta área que pasa este tiempo sin cambios en un estado abierto se notifica a los jefes de ventas de su equipo.</translation>
    </message>
    <message>
        <source>Report a case as idle after</source>
        <translation>Avisar de un expediente parado tras</translation>
    </message>
    <message>
        <source>Selected status</source>
        <translation>Estado seleccionado</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Nadie</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>Pasar a</translation>
    </message>
    <message>
        <source>Needs a reason</source>
        <translation>Requiere motivo</translation>
    </message>
    <message>
        <source>Only for</source>
        <translation>Solo para</translation>
    </message>
    <message>
        <source>Required documents</source>
        <translation>Documentos obligatorios</translation>
    </message>
    <message>
        <source>Required fields</source>
        <translation>Campos obligatorios</translation>
    </message>
    <message>
        <source>Set on entry</source>
        <translation>Fijar al entrar</translation>
    </message>
    <message>
        <source>Notify on entry</source>
        <translation>Notificar al entrar</translation>
    </message>
    <message>
        <source>Moves from this status and who may take them</source>
        <translation>Transiciones desde este estado y quién puede hacerlas</translation>
    </message>
    <message>
        <source>Selected status: {name}</source>
        <translation>Estado seleccionado: {name}</translation>
    </message>
    <message>
        <source>(no help text)</source>
        <translation>(sin texto de ayuda)</translation>
    </message>
    <message>
        <source>Anyone allowed to move cases</source>
        <translation>Cualquiera con permiso para cambiar el estado</translation>
    </message>
    <message>
        <source>Remove the status {name}, its allowed moves and its requirements?</source>
        <translation>¿Eliminar el estado {name}, sus transiciones permitidas y sus requisitos?</translation>
    </message>
    <message>
        <source>Move cases</source>
        <translation>Mover expedientes</translation>
    </message>
    <message>
        <source>Move the {count} case(s) in {name} (archived and trashed included) to:</source>
        <translation>Mover los expedientes de {name} ({count}, incluidos los archivados y los de la papelera) a:</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>CaseDesk cannot open the data</source>
        <translation>CaseDesk no puede abrir los datos</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>User {login} has a password; a screenshot cannot ask for it.</source>
        <translation>El usuario {login} tiene contraseña; una captura de pantalla no puede pedirla.</translation>
    </message>
    <message>
        <source>--cases must be at least 1 (got {n}).</source>
        <translation>--cases debe ser al menos 1 (se indicó {n}).</translation>
    </message>
    <message>
        <source>--format applies to the case list export, not to --case.</source>
        <translation>--format se aplica a la exportación de la lista de expedientes, no a --case.</translation>
    </message>
    <message>
        <source>No user with login {login}.</source>
        <translation>No hay ningún usuario con el identificador {login}.</translation>
    </message>
    <message>
        <source>User {login} is disabled.</source>
        <translation>El usuario {login} está desactivado.</translation>
    </message>
    <message>
        <source>This office has no active administrator.</source>
        <translation>Esta oficina no tiene ningún administrador activo.</translation>
    </message>
    <message>
        <source>Wrong login or password.</source>
        <translation>Usuario o contraseña incorrectos.</translation>
    </message>
    <message>
        <source>User {id} does not exist.</source>
        <translation>El usuario {id} no existe.</translation>
    </message>
    <message>
        <source>Login {login} is locked until {until} after repeated failures.</source>
        <translation>El usuario {login} está bloqueado hasta las {until} tras varios intentos fallidos.</translation>
    </message>
    <message>
        <source>Current password: it is not the right one.</source>
        <translation>Contraseña actual: no es correcta.</translation>
    </message>
    <message>
        <source>Only an administrator may change another user&apos;s password.</source>
        <translation>Solo un administrador puede cambiar la contraseña de otro usuario.</translation>
    </message>
    <message>
        <source>A password needs at least 8 characters.</source>
        <translation>La contraseña necesita al menos 8 caracteres.</translation>
    </message>
    <message>
        <source>{path} already exists: a backup never overwrites a file; choose another name.</source>
        <translation>{path} ya existe: una copia de seguridad nunca sobrescribe un archivo; elija otro nombre.</translation>
    </message>
    <message>
        <source>Cannot write the backup {path}: folder {folder} does not exist.</source>
        <translation>No se puede escribir la copia de seguridad {path}: la carpeta {folder} no existe.</translation>
    </message>
    <message>
        <source>The database was not updated to schema {latest}: the backup taken first, into {folder}, failed: {reason}. Nothing was changed (the database stays at schema {found}); free some space or fix that folder, then open the office again.</source>
        <translation>La base de datos no se actualizó al esquema {latest}: la copia de seguridad previa, en {folder}, falló: {reason}. No se cambió nada (la base de datos sigue en el esquema {found}); libere espacio o corrija esa carpeta y vuelva a abrir la oficina.</translation>
    </message>
    <message>
        <source>Cannot write the backup {path}: No space left on device (the disk of {folder} is full).</source>
        <translation>No se puede escribir la copia de seguridad {path}: no queda espacio en el dispositivo (el disco de {folder} está lleno).</translation>
    </message>
    <message>
        <source>Cannot write the backup {path}: the copy of the database in {folder} failed: {reason}</source>
        <translation>No se puede escribir la copia de seguridad {path}: falló la copia de la base de datos en {folder}: {reason}</translation>
    </message>
    <message>
        <source>Cannot write the backup {path}: {reason}</source>
        <translation>No se puede escribir la copia de seguridad {path}: {reason}</translation>
    </message>
    <message>
        <source>Cannot restore {archive}: {reason}</source>
        <translation>No se puede restaurar {archive}: {reason}</translation>
    </message>
    <message>
        <source>Backup archive {path} does not exist or is not a file.</source>
        <translation>La copia de seguridad {path} no existe o no es un archivo.</translation>
    </message>
    <message>
        <source>Data dir {path} is not a folder.</source>
        <translation>La carpeta de datos {path} no es una carpeta.</translation>
    </message>
    <message>
        <source>Data dir {path} already holds an office (a database or documents): restore only into a new or empty folder.</source>
        <translation>La carpeta de datos {path} ya contiene una oficina (una base de datos o documentos): restaure solo en una carpeta nueva o vacía.</translation>
    </message>
    <message>
        <source>Cannot restore into {path}: {reason}</source>
        <translation>No se puede restaurar en {path}: {reason}</translation>
    </message>
    <message>
        <source>Field {field}: money must be a Decimal.</source>
        <translation>Campo {field}: los importes deben ser de tipo Decimal.</translation>
    </message>
    <message>
        <source>Field {field}: an amount cannot be negative.</source>
        <translation>Campo {field}: un importe no puede ser negativo.</translation>
    </message>
    <message>
        <source>{what} {id} does not exist.</source>
        <translation>{what} {id} no existe.</translation>
    </message>
    <message>
        <source>A quote is answered by the client or a collaborator.</source>
        <translation>Un presupuesto lo responde el cliente o un colaborador.</translation>
    </message>
    <message>
        <source>Quote {number} is not awaiting an answer.</source>
        <translation>El presupuesto {number} no está pendiente de respuesta.</translation>
    </message>
    <message>
        <source>An invoice needs at least one installment.</source>
        <translation>Una factura necesita al menos un plazo.</translation>
    </message>
    <message>
        <source>An invoice needs at least one line.</source>
        <translation>Una factura necesita al menos una línea.</translation>
    </message>
    <message>
        <source>That installment is not on invoice {number}.</source>
        <translation>Ese plazo no pertenece a la factura {number}.</translation>
    </message>
    <message>
        <source>Installment {seq} of invoice {number} is already paid.</source>
        <translation>El plazo {seq} de la factura {number} ya está pagado.</translation>
    </message>
    <message>
        <source>A payment needs an amount.</source>
        <translation>Un cobro necesita un importe.</translation>
    </message>
    <message>
        <source>A payment cannot be zero.</source>
        <translation>Un cobro no puede ser cero.</translation>
    </message>
    <message>
        <source>Case {id} does not exist.</source>
        <translation>El expediente {id} no existe.</translation>
    </message>
    <message>
        <source>No case with number {number}.</source>
        <translation>No hay ningún expediente con el número {number}.</translation>
    </message>
    <message>
        <source>Unknown or read-only case field: {field}.</source>
        <translation>Campo del expediente desconocido o de solo lectura: {field}.</translation>
    </message>
    <message>
        <source>Field {field}: {value} is not an amount.</source>
        <translation>Campo {field}: {value} no es un importe.</translation>
    </message>
    <message>
        <source>Field {field}: no such contact.</source>
        <translation>Campo {field}: ese contacto no existe.</translation>
    </message>
    <message>
        <source>Field {field}: no such user.</source>
        <translation>Campo {field}: ese usuario no existe.</translation>
    </message>
    <message>
        <source>Work area {id} has no workflow.</source>
        <translation>El área de trabajo {id} no tiene flujo de trabajo.</translation>
    </message>
    <message>
        <source>Work area {id} has no numbering series.</source>
        <translation>El área de trabajo {id} no tiene serie de numeración.</translation>
    </message>
    <message>
        <source>Case {number} was changed by {who} at {when} after you opened it (version {have}, yours {yours}). Nothing was saved: reload the case to see their change.</source>
        <translation>{who} modificó el expediente {number} a las {when}, después de que usted lo abriera (versión {have}, la suya {yours}). No se ha guardado nada: vuelva a cargar el expediente para ver su cambio.</translation>
    </message>
    <message>
        <source>User {login} may not reassign cases.</source>
        <translation>El usuario {login} no puede reasignar expedientes.</translation>
    </message>
    <message>
        <source>Case {number}: the pending interaction of a ticket is set by the system from its movements.</source>
        <translation>Expediente {number}: la interacción pendiente de una incidencia la fija el sistema a partir de sus seguimientos.</translation>
    </message>
    <message>
        <source>Case {number} cannot be moved from {from_status} to {to_status} by hand: that status is set by the system from the ticket&apos;s movements.</source>
        <translation>El expediente {number} no se puede pasar a mano de {from_status} a {to_status}: ese estado lo fija el sistema a partir de los seguimientos de la incidencia.</translation>
    </message>
    <message>
        <source>Unknown status {status}.</source>
        <translation>Estado desconocido: {status}.</translation>
    </message>
    <message>
        <source>Case {number} cannot go from {from_status} to {to_status}.</source>
        <translation>El expediente {number} no puede pasar de {from_status} a {to_status}.</translation>
    </message>
    <message>
        <source>Only a {role} may move a case to {to_status}.</source>
        <translation>Solo un {role} puede pasar un expediente a {to_status}.</translation>
    </message>
    <message>
        <source>Case {number} cannot go to {to_status}: missing {documents}.</source>
        <translation>El expediente {number} no puede pasar a {to_status}: falta {documents}.</translation>
    </message>
    <message>
        <source>Moving case {number} to {to_status} needs a reason.</source>
        <translation>Pasar el expediente {number} a {to_status} requiere un motivo.</translation>
    </message>
    <message>
        <source>Cancelling case {number} needs a reason.</source>
        <translation>Para anular el expediente {number} hace falta un motivo.</translation>
    </message>
    <message>
        <source>Putting case {number} on hold needs a reason and a resume date.</source>
        <translation>Para dejar en espera el expediente {number} hacen falta un motivo y una fecha de reanudación.</translation>
    </message>
    <message>
        <source>User {login} ({role}) may not check the office: the report names every case.</source>
        <translation>El usuario {login} ({role}) no puede revisar la oficina: el informe nombra todos los expedientes.</translation>
    </message>
    <message>
        <source>{file}: already in case {number} as “{title}”.</source>
        <translation>{file}: ya está en el expediente {number} como «{title}».</translation>
    </message>
    <message>
        <source>{file}: unknown document type for this case.</source>
        <translation>{file}: tipo de documento desconocido para este expediente.</translation>
    </message>
    <message>
        <source>{file}: not stored. No space left on device (the disk of the database in {folder} is full).</source>
        <translation>{file}: no guardado. No queda espacio en el dispositivo (el disco de la base de datos en {folder} está lleno).</translation>
    </message>
    <message>
        <source>{file}: cannot be read ({reason}).</source>
        <translation>{file}: no se puede leer ({reason}).</translation>
    </message>
    <message>
        <source>{file}: not stored. {reason}</source>
        <translation>{file}: no se ha guardado. {reason}</translation>
    </message>
    <message>
        <source>{file}: changed while it was being imported; import it again.</source>
        <translation>{file}: cambió mientras se importaba; impórtelo de nuevo.</translation>
    </message>
    <message>
        <source>Title: a document needs a title.</source>
        <translation>Título: un documento necesita un título.</translation>
    </message>
    <message>
        <source>Title: at most {max} characters ({count} given).</source>
        <translation>Título: como máximo {max} caracteres (se indicaron {count}).</translation>
    </message>
    <message>
        <source>Type: document type {id} does not belong to the work area of case {number}.</source>
        <translation>Tipo: el tipo de documento {id} no pertenece al área de trabajo del expediente {number}.</translation>
    </message>
    <message>
        <source>{file}: same content as the current version of “{title}”; nothing to add.</source>
        <translation>{file}: mismo contenido que la versión actual de «{title}»; no hay nada que añadir.</translation>
    </message>
    <message>
        <source>Document {id} has no version {number}.</source>
        <translation>El documento {id} no tiene versión {number}.</translation>
    </message>
    <message>
        <source>{file}: cannot be written ({reason}).</source>
        <translation>{file}: no se puede escribir ({reason}).</translation>
    </message>
    <message>
        <source>Unknown export format {format}: use csv or xlsx.</source>
        <translation>Formato de exportación desconocido {format}: use csv o xlsx.</translation>
    </message>
    <message>
        <source>No case with number {number}: nothing was exported.</source>
        <translation>No hay ningún expediente con el número {number}: no se ha exportado nada.</translation>
    </message>
    <message>
        <source>Cannot export to {path}: it is a folder.</source>
        <translation>No se puede exportar a {path}: es una carpeta.</translation>
    </message>
    <message>
        <source>Cannot export to {path}: give a .zip file or a new or empty folder.</source>
        <translation>No se puede exportar a {path}: indique un archivo .zip o una carpeta nueva o vacía.</translation>
    </message>
    <message>
        <source>Cannot export to {path}: folder {folder} does not exist.</source>
        <translation>No se puede exportar a {path}: la carpeta {folder} no existe.</translation>
    </message>
    <message>
        <source>Choose at least one case to export.</source>
        <translation>Elija al menos un expediente para exportar.</translation>
    </message>
    <message>
        <source>At most {max} cases in one export ({count} chosen).</source>
        <translation>Como máximo {max} expedientes por exportación (se han elegido {count}).</translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written.</source>
        <translation>Exportación cancelada: no se ha escrito nada.</translation>
    </message>
    <message>
        <source>Case {id} does not exist: nothing was exported.</source>
        <translation>El expediente {id} no existe: no se ha exportado nada.</translation>
    </message>
    <message>
        <source>User {login} may not read case {number}: nothing was exported.</source>
        <translation>El usuario {login} no puede consultar el expediente {number}: no se ha exportado nada.</translation>
    </message>
    <message>
        <source>{count} cases do not fit in one Excel sheet (at most {limit}): export them as CSV.</source>
        <translation>{count} expedientes no caben en una hoja de Excel (como máximo {limit}): expórtelos en CSV.</translation>
    </message>
    <message>
        <source>Cannot write the export {path}: {reason}</source>
        <translation>No se puede escribir la exportación {path}: {reason}</translation>
    </message>
    <message>
        <source>{file}: {reason}</source>
        <translation>{file}: {reason}</translation>
    </message>
    <message>
        <source>User {login} ({role}) may not do {action}.</source>
        <translation>El usuario {login} ({role}) no tiene permiso para {action}.</translation>
    </message>
    <message>
        <source>User {login} has no access to this case.</source>
        <translation>El usuario {login} no tiene acceso a este expediente.</translation>
    </message>
    <message>
        <source>Document {id} does not exist.</source>
        <translation>El documento {id} no existe.</translation>
    </message>
    <message>
        <source>“{title}” is not a report.</source>
        <translation>«{title}» no es un informe.</translation>
    </message>
    <message>
        <source>Send the report: choose at least one contact.</source>
        <translation>Enviar el informe: elija al menos un contacto.</translation>
    </message>
    <message>
        <source>Send the report: contact {ids} is not on case {number}.</source>
        <translation>Enviar el informe: el contacto {ids} no figura en el expediente {number}.</translation>
    </message>
    <message>
        <source>The report of case {number} is blocked for {names}: unblock it for them first, or leave them out.</source>
        <translation>El informe del expediente {number} está bloqueado para {names}: desbloquéelo antes para ellos o exclúyalos.</translation>
    </message>
    <message>
        <source>Send the report by e-mail: {names} has no e-mail address.</source>
        <translation>Enviar el informe por correo electrónico: {names} no tiene dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>Send the report: {mode} is not a way to send it.</source>
        <translation>Enviar el informe: {mode} no es una forma de envío.</translation>
    </message>
    <message>
        <source>Send the report: choose a folder.</source>
        <translation>Enviar el informe: elija una carpeta.</translation>
    </message>
    <message>
        <source>{file}: is not a folder.</source>
        <translation>{file}: no es una carpeta.</translation>
    </message>
    <message>
        <source>That contact is not on the case.</source>
        <translation>Ese contacto no figura en el expediente.</translation>
    </message>
    <message>
        <source>Reports are blocked for this contact.</source>
        <translation>Los informes están bloqueados para este contacto.</translation>
    </message>
    <message>
        <source>Data dir {path} does not exist.</source>
        <translation>La carpeta de datos {path} no existe.</translation>
    </message>
    <message>
        <source>Cannot copy into {name}: its schema is version {have}, the source&apos;s is {want}. Open both with the same CaseDesk first.</source>
        <translation>No se puede copiar en {name}: su esquema es la versión {have} y el del origen la {want}. Abra primero ambos con el mismo CaseDesk.</translation>
    </message>
    <message>
        <source>Cannot copy into {name}: it is not empty (table {table} has {count} rows). Copy only into a new, empty database.</source>
        <translation>No se puede copiar en {name}: no está vacía (la tabla {table} tiene {count} filas). Copie solo en una base de datos nueva y vacía.</translation>
    </message>
    <message>
        <source>Cannot copy {name} into itself.</source>
        <translation>No se puede copiar {name} en sí misma.</translation>
    </message>
    <message>
        <source>Cannot copy {name}: its schema is version {have}; open it with this CaseDesk first to bring it to version {want}.</source>
        <translation>No se puede copiar {name}: su esquema es la versión {have}; ábrala primero con este CaseDesk para llevarla a la versión {want}.</translation>
    </message>
    <message>
        <source>Cannot read document content {sha} from {path}: {reason}</source>
        <translation>No se puede leer el contenido del documento {sha} desde {path}: {reason}</translation>
    </message>
    <message>
        <source>Document content {sha} is missing from {name}: nothing was copied. Run casedesk check on the source first.</source>
        <translation>Falta el contenido del documento {sha} en {name}: no se ha copiado nada. Ejecute primero casedesk check en el origen.</translation>
    </message>
    <message>
        <source>Document content {sha} in {name} is damaged (its bytes no longer match their SHA-256): nothing was copied. Run casedesk check on the source first.</source>
        <translation>El contenido del documento {sha} en {name} está dañado (sus bytes ya no coinciden con su SHA-256): no se ha copiado nada. Ejecute primero casedesk check en el origen.</translation>
    </message>
    <message>
        <source>No document store given for {name}.</source>
        <translation>No se ha indicado ningún almacén de documentos para {name}.</translation>
    </message>
    <message>
        <source>Cannot write to the document store {path}: {reason}</source>
        <translation>No se puede escribir en el almacén de documentos {path}: {reason}</translation>
    </message>
    <message>
        <source>The copy into {name} failed its verification, nothing was kept: {problems}</source>
        <translation>La copia en {name} no superó la verificación, no se ha conservado nada: {problems}</translation>
    </message>
    <message>
        <source>Document content {sha} is missing from the store.</source>
        <translation>Falta el contenido del documento {sha} en el almacén.</translation>
    </message>
    <message>
        <source>The database URL is empty.</source>
        <translation>La URL de la base de datos está vacía.</translation>
    </message>
    <message>
        <source>Cannot open database {url}: folder {folder} does not exist.</source>
        <translation>No se puede abrir la base de datos {url}: la carpeta {folder} no existe.</translation>
    </message>
    <message>
        <source>The database URL {url} names no database.</source>
        <translation>La URL {url} no indica ninguna base de datos.</translation>
    </message>
    <message>
        <source>PostgreSQL support is not installed: pip install &apos;casedesk[postgres]&apos;.</source>
        <translation>El soporte de PostgreSQL no está instalado: pip install &apos;casedesk[postgres]&apos;.</translation>
    </message>
    <message>
        <source>Unsupported database URL {url}: use a file path, sqlite:///PATH or postgresql://USER@HOST/NAME.</source>
        <translation>URL de base de datos no admitida {url}: use una ruta de archivo, sqlite:///RUTA o postgresql://USUARIO@SERVIDOR/NOMBRE.</translation>
    </message>
    <message>
        <source>Cannot open database {url}: {reason}</source>
        <translation>No se puede abrir la base de datos {url}: {reason}</translation>
    </message>
    <message>
        <source>The database {name} is not a CaseDesk database (it has other tables).</source>
        <translation>La base de datos {name} no es de CaseDesk (contiene otras tablas).</translation>
    </message>
    <message>
        <source>The database {name} was written by a newer CaseDesk (schema {found}; this program knows up to {latest}). Install the newer CaseDesk to open it.</source>
        <translation>La base de datos {name} la escribió una versión más reciente de CaseDesk (esquema {found}; este programa conoce hasta el {latest}). Instale el CaseDesk más reciente para abrirla.</translation>
    </message>
    <message>
        <source>The data dir already holds an office; demo needs an empty one.</source>
        <translation>La carpeta de datos ya contiene una oficina; la demostración necesita una vacía.</translation>
    </message>
    <message>
        <source>Demo data can only be generated into a SQLite data dir for now; generate it there and copy it to PostgreSQL.</source>
        <translation>Por ahora los datos de demostración solo se generan en una carpeta de datos SQLite; genérelos allí y cópielos a PostgreSQL.</translation>
    </message>
    <message>
        <source>User {login} may not open the trash: only an administrator can.</source>
        <translation>El usuario {login} no puede abrir la papelera: solo puede hacerlo un administrador.</translation>
    </message>
    <message>
        <source>The e-mail cannot be read ({reason}).</source>
        <translation>No se puede leer el correo electrónico ({reason}).</translation>
    </message>
    <message>
        <source>The Word document cannot be shown: {reason}.</source>
        <translation>No se puede mostrar el documento de Word: {reason}.</translation>
    </message>
    <message>
        <source>Saved views belong to a user; {login} is not one.</source>
        <translation>Las vistas guardadas pertenecen a un usuario; {login} no lo es.</translation>
    </message>
    <message>
        <source>View name: it is empty; type a name.</source>
        <translation>Nombre de la vista: está vacío; escriba un nombre.</translation>
    </message>
    <message>
        <source>View name: it is {length} characters long; at most {max} are allowed.</source>
        <translation>Nombre de la vista: tiene {length} caracteres; se admiten como máximo {max}.</translation>
    </message>
    <message>
        <source>A view named “{name}” exists already.</source>
        <translation>Ya existe una vista llamada «{name}».</translation>
    </message>
    <message>
        <source>Saved view {id} does not exist.</source>
        <translation>La vista guardada {id} no existe.</translation>
    </message>
    <message>
        <source>User {login} may not close cases: closing {to_status} is for a sales manager or an administrator.</source>
        <translation>El usuario {login} no puede cerrar expedientes: pasar a {to_status} corresponde a un jefe de ventas o a un administrador.</translation>
    </message>
    <message>
        <source>Nothing was saved: {problems}</source>
        <translation>No se ha guardado nada: {problems}</translation>
    </message>
    <message>
        <source>{label}: at most {max} characters.</source>
        <translation>{label}: como máximo {max} caracteres.</translation>
    </message>
    <message>
        <source>{label}: {value} is not a number.</source>
        <translation>{label}: {value} no es un número.</translation>
    </message>
    <message>
        <source>{label}: {value} is too large.</source>
        <translation>{label}: {value} es demasiado grande.</translation>
    </message>
    <message>
        <source>{label}: at most {places} decimals.</source>
        <translation>{label}: como máximo {places} decimales.</translation>
    </message>
    <message>
        <source>{label}: {value} is not an amount.</source>
        <translation>{label}: {value} no es un importe.</translation>
    </message>
    <message>
        <source>{label}: {value} is not yes or no.</source>
        <translation>{label}: {value} no es sí ni no.</translation>
    </message>
    <message>
        <source>{label}: {value} is not one of the list&apos;s values.</source>
        <translation>{label}: {value} no es uno de los valores de la lista.</translation>
    </message>
    <message>
        <source>{label}: unknown field kind {kind}.</source>
        <translation>{label}: tipo de campo desconocido {kind}.</translation>
    </message>
    <message>
        <source>{label}: an amount cannot be negative.</source>
        <translation>{label}: un importe no puede ser negativo.</translation>
    </message>
    <message>
        <source>{label}: an amount has at most two decimals.</source>
        <translation>{label}: un importe tiene como máximo dos decimales.</translation>
    </message>
    <message>
        <source>{label}: {value} is not a date.</source>
        <translation>{label}: {value} no es una fecha.</translation>
    </message>
    <message>
        <source>The index of “{title}” was changed by someone else after you opened it ({fields}). Nothing was saved: revert to see their values.</source>
        <translation>El índice de «{title}» lo ha modificado otra persona después de que usted lo abriera ({fields}). No se ha guardado nada: deshaga para ver sus valores.</translation>
    </message>
    <message>
        <source>User {login} may not change amounts.</source>
        <translation>El usuario {login} no puede modificar importes.</translation>
    </message>
    <message>
        <source>{label}: {value} is not a date and time.</source>
        <translation>{label}: {value} no es una fecha y hora.</translation>
    </message>
    <message>
        <source>{label}: no such index field here.</source>
        <translation>{label}: este campo de índice no existe aquí.</translation>
    </message>
    <message>
        <source>{label} is required.</source>
        <translation>{label} es obligatorio.</translation>
    </message>
    <message>
        <source>Case {number} is in the trash: an administrator must restore it first.</source>
        <translation>El expediente {number} está en la papelera: un administrador debe restaurarlo primero.</translation>
    </message>
    <message>
        <source>Case {number} is not in the trash: only cases in the trash can be purged.</source>
        <translation>El expediente {number} no está en la papelera: solo se pueden purgar los expedientes de la papelera.</translation>
    </message>
    <message>
        <source>The note text is empty: write what the note says.</source>
        <translation>El texto de la nota está vacío: escriba lo que dice la nota.</translation>
    </message>
    <message>
        <source>The note text is too long ({length} characters; at most {limit}).</source>
        <translation>El texto de la nota es demasiado largo ({length} caracteres; como máximo {limit}).</translation>
    </message>
    <message>
        <source>The alert has no due date: choose when it is due.</source>
        <translation>El aviso no tiene fecha de vencimiento: elija cuándo vence.</translation>
    </message>
    <message>
        <source>The alert&apos;s due date {due} is in the past: choose a later date.</source>
        <translation>La fecha de vencimiento del aviso {due} ya ha pasado: elija una fecha posterior.</translation>
    </message>
    <message>
        <source>The alert&apos;s addressee (user {id}) does not exist.</source>
        <translation>El destinatario del aviso (usuario {id}) no existe.</translation>
    </message>
    <message>
        <source>The alert&apos;s addressee {login} cannot see this case: choose someone who can.</source>
        <translation>El destinatario del aviso {login} no puede ver este expediente: elija a alguien que pueda.</translation>
    </message>
    <message>
        <source>Alert {id} does not exist.</source>
        <translation>El aviso {id} no existe.</translation>
    </message>
    <message>
        <source>Only the alert&apos;s addressee or author may mark it done.</source>
        <translation>Solo el destinatario o el autor del aviso pueden marcarlo como hecho.</translation>
    </message>
    <message>
        <source>Cancellation reason {id} does not exist.</source>
        <translation>El motivo de anulación {id} no existe.</translation>
    </message>
    <message>
        <source>Document type {id} does not exist.</source>
        <translation>El tipo de documento {id} no existe.</translation>
    </message>
    <message>
        <source>Index field {id} does not exist.</source>
        <translation>El campo de índice {id} no existe.</translation>
    </message>
    <message>
        <source>Lookup value {id} does not exist.</source>
        <translation>El valor de lista {id} no existe.</translation>
    </message>
    <message>
        <source>Work area {id} does not exist.</source>
        <translation>El área de trabajo {id} no existe.</translation>
    </message>
    <message>
        <source>Cancellation reason: enter 1 to {max} characters.</source>
        <translation>Motivo de anulación: escriba entre 1 y {max} caracteres.</translation>
    </message>
    <message>
        <source>Document type name: enter 1 to {max} characters.</source>
        <translation>Nombre del tipo de documento: escriba entre 1 y {max} caracteres.</translation>
    </message>
    <message>
        <source>Field label: enter 1 to {max} characters.</source>
        <translation>Etiqueta del campo: escriba entre 1 y {max} caracteres.</translation>
    </message>
    <message>
        <source>Lookup value: enter 1 to {max} characters.</source>
        <translation>Valor de lista: escriba entre 1 y {max} caracteres.</translation>
    </message>
    <message>
        <source>Cancellation reason: {label} is already in the list.</source>
        <translation>Motivo de anulación: {label} ya está en la lista.</translation>
    </message>
    <message>
        <source>Cancellation reason {label} cannot be removed: {count} case(s) were cancelled with it ({numbers}). Deactivate it instead.</source>
        <translation>No se puede eliminar el motivo de anulación {label}: hay expedientes anulados con él ({count}: {numbers}). Desactívelo en su lugar.</translation>
    </message>
    <message>
        <source>Document type name: {name} is already a document type here.</source>
        <translation>Nombre del tipo de documento: {name} ya existe como tipo de documento aquí.</translation>
    </message>
    <message>
        <source>Document type {name} cannot be removed: {count} document(s) have it. Give them another type first.</source>
        <translation>No se puede eliminar el tipo de documento {name}: hay documentos de ese tipo ({count}). Asígneles antes otro tipo.</translation>
    </message>
    <message>
        <source>Field kind: {value} is not a field kind.</source>
        <translation>Tipo de campo: {value} no es un tipo de campo.</translation>
    </message>
    <message>
        <source>Field document type: {name} is not a document type of this work area.</source>
        <translation>Tipo de documento del campo: {name} no es un tipo de documento de esta área de trabajo.</translation>
    </message>
    <message>
        <source>Field code: {code} must start with a letter and use only a-z, 0-9 and _.</source>
        <translation>Código del campo: {code} debe empezar por una letra y usar solo a-z, 0-9 y _.</translation>
    </message>
    <message>
        <source>Field code: {code} is already used here.</source>
        <translation>Código del campo: {code} ya se usa aquí.</translation>
    </message>
    <message>
        <source>Field kind of {label} cannot change: {count} value(s) are stored in it.</source>
        <translation>El tipo del campo {label} no puede cambiar: tiene valores guardados ({count}).</translation>
    </message>
    <message>
        <source>Index field {label} cannot be removed: {count} value(s) are stored in it.</source>
        <translation>No se puede eliminar el campo de índice {label}: tiene valores guardados ({count}).</translation>
    </message>
    <message>
        <source>Lookup value: {label} is not a choice field.</source>
        <translation>Valor de lista: {label} no es un campo de selección.</translation>
    </message>
    <message>
        <source>Lookup value: {value} is already in the list.</source>
        <translation>Valor de lista: {value} ya está en la lista.</translation>
    </message>
    <message>
        <source>Lookup value {value} cannot be removed: {count} value(s) use it.</source>
        <translation>No se puede eliminar el valor de lista {value}: está en uso ({count}).</translation>
    </message>
    <message>
        <source>The new order must list each entry of the list exactly once; nothing was moved.</source>
        <translation>El nuevo orden debe incluir cada elemento de la lista exactamente una vez; no se ha movido nada.</translation>
    </message>
    <message>
        <source>Access level {level}: use read or write.</source>
        <translation>Nivel de acceso {level}: use read o write.</translation>
    </message>
    <message>
        <source>Share with: choose one user or one team.</source>
        <translation>Compartir con: elija un usuario o un equipo.</translation>
    </message>
    <message>
        <source>Share with: user {id} does not exist or is disabled.</source>
        <translation>Compartir con: el usuario {id} no existe o está desactivado.</translation>
    </message>
    <message>
        <source>Share with: team {id} does not exist.</source>
        <translation>Compartir con: el equipo {id} no existe.</translation>
    </message>
    <message>
        <source>Access grant {id} does not exist.</source>
        <translation>El acceso compartido {id} no existe.</translation>
    </message>
    <message>
        <source>Case {number} is not a ticket: its status is chosen by hand, not set from movements.</source>
        <translation>El expediente {number} no es una incidencia: su estado se elige a mano, no a partir de seguimientos.</translation>
    </message>
    <message>
        <source>Ticket {number} must be assumed by a technician before work starts.</source>
        <translation>Un técnico debe asumir la incidencia {number} antes de empezar a trabajar en ella.</translation>
    </message>
    <message>
        <source>Ticket {number} was already assumed by {who}.</source>
        <translation>La incidencia {number} ya la ha asumido {who}.</translation>
    </message>
    <message>
        <source>Ticket {number} is {status}: it takes no more movements.</source>
        <translation>La incidencia {number} tiene el estado {status}: no admite más seguimientos.</translation>
    </message>
    <message>
        <source>The movement&apos;s text is empty: write what happened.</source>
        <translation>El texto del seguimiento está vacío: escriba lo que ha pasado.</translation>
    </message>
    <message>
        <source>The movement&apos;s text is too long ({length} characters, at most {limit}).</source>
        <translation>El texto del seguimiento es demasiado largo ({length} caracteres; como máximo {limit}).</translation>
    </message>
    <message>
        <source>Unknown movement kind {kind}.</source>
        <translation>Tipo de seguimiento desconocido: {kind}.</translation>
    </message>
    <message>
        <source>Login: it is required.</source>
        <translation>Identificador: es obligatorio.</translation>
    </message>
    <message>
        <source>Login {login}: use at most 64 letters, digits, dots, dashes, underscores or @, starting with a letter or digit.</source>
        <translation>Identificador {login}: use como máximo 64 letras, cifras, puntos, guiones, guiones bajos o @, empezando por una letra o una cifra.</translation>
    </message>
    <message>
        <source>Login {login}: another user already has it.</source>
        <translation>Identificador {login}: ya lo tiene otro usuario.</translation>
    </message>
    <message>
        <source>Full name: it is required.</source>
        <translation>Nombre completo: es obligatorio.</translation>
    </message>
    <message>
        <source>Full name: at most {n} characters.</source>
        <translation>Nombre completo: como máximo {n} caracteres.</translation>
    </message>
    <message>
        <source>E-mail {email}: not an e-mail address.</source>
        <translation>Correo electrónico {email}: no es una dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>Role {role}: unknown (use one of {roles}).</source>
        <translation>Rol {role}: desconocido (use uno de estos: {roles}).</translation>
    </message>
    <message>
        <source>Team: team {id} does not exist.</source>
        <translation>Equipo: el equipo {id} no existe.</translation>
    </message>
    <message>
        <source>User {login} is the last active administrator: make another user an administrator first.</source>
        <translation>El usuario {login} es el último administrador activo: haga antes administrador a otro usuario.</translation>
    </message>
    <message>
        <source>Office: office {id} does not exist.</source>
        <translation>Oficina: la oficina {id} no existe.</translation>
    </message>
    <message>
        <source>Team name: it is required.</source>
        <translation>Nombre del equipo: es obligatorio.</translation>
    </message>
    <message>
        <source>Team name: at most {n} characters.</source>
        <translation>Nombre del equipo: como máximo {n} caracteres.</translation>
    </message>
    <message>
        <source>Team name {name}: the office has a team of that name.</source>
        <translation>Nombre del equipo {name}: la oficina ya tiene un equipo con ese nombre.</translation>
    </message>
    <message>
        <source>Office: choose the office the team belongs to.</source>
        <translation>Oficina: elija la oficina a la que pertenece el equipo.</translation>
    </message>
    <message>
        <source>Status {id} does not exist.</source>
        <translation>El estado {id} no existe.</translation>
    </message>
    <message>
        <source>Status name: enter 1 to {max} characters.</source>
        <translation>Nombre del estado: escriba entre 1 y {max} caracteres.</translation>
    </message>
    <message>
        <source>Status colour: {value} is not a colour like #1e88e5.</source>
        <translation>Color del estado: {value} no es un color del tipo #1e88e5.</translation>
    </message>
    <message>
        <source>Status kind: {value} is not a status kind.</source>
        <translation>Tipo de estado: {value} no es un tipo de estado.</translation>
    </message>
    <message>
        <source>Initial status: exactly one status must be the initial one (new cases start there).</source>
        <translation>Estado inicial: exactamente un estado debe ser el inicial (los expedientes nuevos empiezan en él).</translation>
    </message>
    <message>
        <source>Initial status: {name} must be an open status, since new cases start there.</source>
        <translation>Estado inicial: {name} debe ser un estado abierto, ya que los expedientes nuevos empiezan en él.</translation>
    </message>
    <message>
        <source>Status kind: the workflow needs at least one open status.</source>
        <translation>Tipo de estado: el flujo de trabajo necesita al menos un estado abierto.</translation>
    </message>
    <message>
        <source>Transitions: status {name} would have no way out; only a closed status may be final. Allow a move from it first.</source>
        <translation>Transiciones: el estado {name} se quedaría sin salida; solo un estado cerrado puede ser final. Permita antes una transición desde él.</translation>
    </message>
    <message>
        <source>Status name: {name} is already a status of this workflow.</source>
        <translation>Nombre del estado: {name} ya es un estado de este flujo de trabajo.</translation>
    </message>
    <message>
        <source>Initial status: make another status the initial one instead; there is always one.</source>
        <translation>Estado inicial: marque otro estado como inicial; siempre tiene que haber uno.</translation>
    </message>
    <message>
        <source>Status {name} cannot be removed: {count} case(s) are in it ({numbers}). Move them to another status first.</source>
        <translation>No se puede eliminar el estado {name}: hay expedientes en él ({count}: {numbers}). Páselos antes a otro estado.</translation>
    </message>
    <message>
        <source>Status {name} cannot be removed: new cases start there. Make another status the initial one first.</source>
        <translation>No se puede eliminar el estado {name}: los expedientes nuevos empiezan en él. Marque antes otro estado como inicial.</translation>
    </message>
    <message>
        <source>Status {name} cannot be removed: it is the workflow&apos;s last open status.</source>
        <translation>No se puede eliminar el estado {name}: es el último estado abierto del flujo de trabajo.</translation>
    </message>
    <message>
        <source>Move cases to: choose another status of the same workflow as {name}.</source>
        <translation>Mover expedientes a: elija otro estado del mismo flujo de trabajo que {name}.</translation>
    </message>
    <message>
        <source>Transition role: {value} is not a role.</source>
        <translation>Rol de la transición: {value} no es un rol.</translation>
    </message>
    <message>
        <source>Transitions: a move goes from a status to another status of the same workflow.</source>
        <translation>Transiciones: una transición va de un estado a otro estado del mismo flujo de trabajo.</translation>
    </message>
    <message>
        <source>Required documents: {ids} is not a document type of this work area.</source>
        <translation>Documentos obligatorios: {ids} no es un tipo de documento de esta área de trabajo.</translation>
    </message>
    <message>
        <source>Required fields: {ids} is not a case index field of this work area.</source>
        <translation>Campos obligatorios: {ids} no es un campo de índice de expediente de esta área de trabajo.</translation>
    </message>
    <message>
        <source>Set date on entry: {value} is not a case date it may set.</source>
        <translation>Fecha que se fija al entrar: {value} no es una fecha del expediente que se pueda fijar.</translation>
    </message>
    <message>
        <source>Notify on entry: {value} is not a role.</source>
        <translation>Notificar al entrar: {value} no es un rol.</translation>
    </message>
    <message>
        <source>Idle after: {value} is not a number of days from {low} to {high}.</source>
        <translation>Parado tras: {value} no es un número de días entre {low} y {high}.</translation>
    </message>
    <message>
        <source>{file}: there is no case {number} in this work area (file-name rule {position}: {pattern}).</source>
        <translation>{file}: no existe el expediente {number} en esta área de trabajo (regla de nombre de archivo {position}: {pattern}).</translation>
    </message>
    <message>
        <source>{file}: case {number} is in the trash.</source>
        <translation>{file}: el expediente {number} está en la papelera.</translation>
    </message>
    <message>
        <source>{file}: no document type “{type}” in this work area (its types: {names}).</source>
        <translation>{file}: no hay ningún tipo de documento «{type}» en esta área de trabajo (tipos disponibles: {names}).</translation>
    </message>
    <message>
        <source>{file}: the name matches no file-name rule of this work area ({patterns}).</source>
        <translation>{file}: el nombre no coincide con ninguna regla de nombre de archivo de esta área de trabajo ({patterns}).</translation>
    </message>
    <message>
        <source>Watch folder {path} cannot be read ({reason}).</source>
        <translation>No se puede leer la carpeta vigilada {path} ({reason}).</translation>
    </message>
    <message>
        <source>{file}: cannot be imported ({reason}).</source>
        <translation>{file}: no se puede importar ({reason}).</translation>
    </message>
    <message>
        <source>the pattern is empty.</source>
        <translation>el patrón está vacío.</translation>
    </message>
    <message>
        <source>at most {max} characters ({count} given).</source>
        <translation>como máximo {max} caracteres (se indicaron {count}).</translation>
    </message>
    <message>
        <source>not a valid regular expression ({reason}).</source>
        <translation>no es una expresión regular válida ({reason}).</translation>
    </message>
    <message>
        <source>a regular expression needs a group (?P&lt;number&gt;…) for the case number.</source>
        <translation>una expresión regular necesita un grupo (?P&lt;number&gt;…) para el número de expediente.</translation>
    </message>
    <message>
        <source>unknown token {{{token}}}: use {{number}} and {{type}}.</source>
        <translation>marcador desconocido {{{token}}}: use {{number}} y {{type}}.</translation>
    </message>
    <message>
        <source>use {{number}} exactly once and {{type}} at most once.</source>
        <translation>use {{number}} exactamente una vez y {{type}} como máximo una vez.</translation>
    </message>
    <message>
        <source>Watch folder: at most {max} characters ({count} given).</source>
        <translation>Carpeta vigilada: como máximo {max} caracteres (se indicaron {count}).</translation>
    </message>
    <message>
        <source>Watch folder: choose a folder before turning it on.</source>
        <translation>Carpeta vigilada: elija una carpeta antes de activarla.</translation>
    </message>
    <message>
        <source>Watch folder: {path} is not a full path.</source>
        <translation>Carpeta vigilada: {path} no es una ruta completa.</translation>
    </message>
    <message>
        <source>Watch folder: {path} is not a folder this computer reaches.</source>
        <translation>Carpeta vigilada: {path} no es una carpeta accesible desde este equipo.</translation>
    </message>
    <message>
        <source>File-name rules: at most {max} ({count} given).</source>
        <translation>Reglas de nombre de archivo: como máximo {max} (se indicaron {count}).</translation>
    </message>
    <message>
        <source>File-name rule {position} ({pattern}): {reason}</source>
        <translation>Regla de nombre de archivo {position} ({pattern}): {reason}</translation>
    </message>
    <message>
        <source>File-name rule {position} ({pattern}): document type {id} is not one of this work area&apos;s.</source>
        <translation>Regla de nombre de archivo {position} ({pattern}): el tipo de documento {id} no pertenece a esta área de trabajo.</translation>
    </message>
    <message>
        <source>{file}: reading this {kind} file took longer than {seconds} s; it was stopped.</source>
        <translation>{file}: la lectura de este archivo {kind} ha tardado más de {seconds} s; se ha detenido.</translation>
    </message>
    <message>
        <source>{file}: reading this {kind} file needs more than {megabytes} MB of memory; it was stopped.</source>
        <translation>{file}: la lectura de este archivo {kind} requiere más de {megabytes} MB de memoria; se ha detenido.</translation>
    </message>
    <message>
        <source>{file}: the {kind} reader crashed on this file ({detail}).</source>
        <translation>{file}: el lector de {kind} ha fallado con este archivo ({detail}).</translation>
    </message>
    <message>
        <source>Template {name}: {reason}</source>
        <translation>Plantilla {name}: {reason}</translation>
    </message>
    <message>
        <source>No template “{key}” for the work area {area}.</source>
        <translation>No hay ninguna plantilla «{key}» para el área de trabajo {area}.</translation>
    </message>
    <message>
        <source>Unknown output format {format} (docx or pdf).</source>
        <translation>Formato de salida desconocido: {format} (docx o pdf).</translation>
    </message>
    <message>
        <source>A letter goes to the owner or the prescriber, not {role}.</source>
        <translation>Una carta se dirige al titular o al prescriptor, no a {role}.</translation>
    </message>
    <message>
        <source>Case {number} has no owner to write to.</source>
        <translation>El expediente {number} no tiene titular al que escribir.</translation>
    </message>
    <message>
        <source>Case {number} has no prescriber to write to.</source>
        <translation>El expediente {number} no tiene prescriptor al que escribir.</translation>
    </message>
    <message>
        <source>Case {number} lacks nothing for the statuses ahead of it: there is no letter to send.</source>
        <translation>Al expediente {number} no le falta nada para los estados siguientes: no hay ninguna carta que enviar.</translation>
    </message>
    <message>
        <source>Backups: the interval must be between 1 and {max} hours ({value} given).</source>
        <translation>Copias de seguridad: el intervalo debe estar entre 1 y {max} horas (se indicó {value}).</translation>
    </message>
    <message>
        <source>Backups: keep between 1 and {max} backups ({value} given).</source>
        <translation>Copias de seguridad: conserve entre 1 y {max} copias (se indicó {value}).</translation>
    </message>
    <message>
        <source>Backup folder: at most {max} characters ({count} given).</source>
        <translation>Carpeta de copias de seguridad: como máximo {max} caracteres (se indicaron {count}).</translation>
    </message>
    <message>
        <source>Backup folder: {path} is not a full path.</source>
        <translation>Carpeta de copias de seguridad: {path} no es una ruta completa.</translation>
    </message>
    <message>
        <source>Backup folder: {path} is not a folder this computer reaches.</source>
        <translation>Carpeta de copias de seguridad: {path} no es una carpeta accesible desde este equipo.</translation>
    </message>
    <message>
        <source>A backup is running already on {host}; try again when it has finished.</source>
        <translation>Ya se está haciendo una copia de seguridad en {host}; vuelva a intentarlo cuando haya terminado.</translation>
    </message>
    <message>
        <source>The backup failed: {reason}</source>
        <translation>La copia de seguridad falló: {reason}</translation>
    </message>
    <message>
        <source>The connection to the office server {server} was lost while saving ({reason}). Nothing was saved; your changes are kept: try again.</source>
        <translation>Se perdió la conexión con el servidor de la oficina {server} al guardar ({reason}). No se ha guardado nada; sus cambios se conservan: vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The connection to the office server {server} was lost while the change was being confirmed ({reason}); it may or may not have been saved. Your changes are kept: reload to check before saving again.</source>
        <translation>Se perdió la conexión con el servidor de la oficina {server} mientras se confirmaba el cambio ({reason}); puede que se haya guardado o no. Sus cambios se conservan: vuelva a cargar para comprobarlo antes de guardar de nuevo.</translation>
    </message>
    <message>
        <source>Cannot reach the office server {server}: {reason}. Your changes are kept: try again when the server is back.</source>
        <translation>No se puede acceder al servidor de la oficina {server}: {reason}. Sus cambios se conservan: vuelva a intentarlo cuando el servidor esté disponible.</translation>
    </message>
    <message>
        <source>The database is busy: {holders} kept a lock on {table} for more than {seconds} s. Nothing was changed; your changes are kept: try again in a moment.</source>
        <translation>La base de datos está ocupada: la tabla {table} estuvo bloqueada por {holders} durante más de {seconds} s. No se ha cambiado nada; sus cambios se conservan: vuelva a intentarlo dentro de un momento.</translation>
    </message>
    <message>
        <source>The database is busy: another program kept a lock for more than {seconds} s. Nothing was changed; your changes are kept: try again in a moment.</source>
        <translation>La base de datos está ocupada: otro programa la mantuvo bloqueada durante más de {seconds} s. No se ha cambiado nada; sus cambios se conservan: vuelva a intentarlo dentro de un momento.</translation>
    </message>
    <message>
        <source>The database is locked: another CaseDesk session kept it for more than {seconds} s (open sessions: {holders}). Nothing was changed; your changes are kept: try again in a moment.</source>
        <translation>La base de datos está bloqueada: otra sesión de CaseDesk la retuvo durante más de {seconds} s (sesiones abiertas: {holders}). No se ha cambiado nada; sus cambios se conservan: vuelva a intentarlo dentro de un momento.</translation>
    </message>
    <message>
        <source>The database is locked by another program (for more than {seconds} s). Nothing was changed; your changes are kept: try again in a moment.</source>
        <translation>La base de datos está bloqueada por otro programa (durante más de {seconds} s). No se ha cambiado nada; sus cambios se conservan: vuelva a intentarlo dentro de un momento.</translation>
    </message>
    <message>
        <source>The database settings file {path} cannot be used: {reason}. Correct it, or delete it to open the data dir&apos;s own database file.</source>
        <translation>No se puede usar el archivo de configuración de la base de datos {path}: {reason}. Corríjalo, o elimínelo para abrir el archivo de base de datos propio de la carpeta de datos.</translation>
    </message>
    <message>
        <source>Cannot delete {path}: {reason}</source>
        <translation>No se puede eliminar {path}: {reason}</translation>
    </message>
    <message>
        <source>Cannot save {path}: {reason}</source>
        <translation>No se puede guardar {path}: {reason}</translation>
    </message>
    <message>
        <source>Cannot open the office server saved for this computer, {server}: {reason}. To use another server, correct or delete {file} (then Tools → Settings → Database). To open this computer&apos;s own database file instead, start: {command}</source>
        <translation>No se puede abrir el servidor de la oficina guardado para este equipo, {server}: {reason}. Para usar otro servidor, corrija o elimine {file} (y luego Herramientas → Configuración → Base de datos). Para abrir en su lugar el archivo de base de datos propio de este equipo, inicie: {command}</translation>
    </message>
    <message>
        <source>{field}: enter a URL such as postgresql://casedesk@server:5432/office.</source>
        <translation>{field}: introduzca una URL como postgresql://casedesk@server:5432/office.</translation>
    </message>
    <message>
        <source>{field}: {url} does not start with postgresql://.</source>
        <translation>{field}: {url} no empieza por postgresql://.</translation>
    </message>
    <message>
        <source>{field}: the port of {url} is not a number from 1 to 65535.</source>
        <translation>{field}: el puerto de {url} no es un número del 1 al 65535.</translation>
    </message>
    <message>
        <source>{field}: {url} names no database (…/DATABASE at the end).</source>
        <translation>{field}: {url} no indica ninguna base de datos (…/BASEDATOS al final).</translation>
    </message>
    <message>
        <source>{field}: the options after ? in {url} are not NAME=VALUE pairs.</source>
        <translation>{field}: las opciones después de ? en {url} no son pares NOMBRE=VALOR.</translation>
    </message>
    <message>
        <source>{field}: enter the server&apos;s name or address (e.g. db.office.lan).</source>
        <translation>{field}: introduzca el nombre o la dirección del servidor (p. ej. db.office.lan).</translation>
    </message>
    <message>
        <source>{field}: {value} is not a server name or address (the port has its own field).</source>
        <translation>{field}: {value} no es un nombre ni una dirección de servidor (el puerto tiene su propio campo).</translation>
    </message>
    <message>
        <source>{field}: {value} is not a number from 1 to 65535.</source>
        <translation>{field}: {value} no es un número del 1 al 65535.</translation>
    </message>
    <message>
        <source>{field}: enter the name of the database (e.g. casedesk).</source>
        <translation>{field}: introduzca el nombre de la base de datos (p. ej. casedesk).</translation>
    </message>
    <message>
        <source>{field}: {value} is not NAME=VALUE (e.g. sslmode=require).</source>
        <translation>{field}: {value} no tiene la forma NOMBRE=VALOR (p. ej. sslmode=require).</translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Unexpected error: {error}</source>
        <translation>Error inesperado: {error}</translation>
    </message>
</context>
<context>
    <name>index_values</name>
    <message>
        <source>Internal reference</source>
        <translation>Referencia interna</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Población</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Tariff</source>
        <translation>Tarifa</translation>
    </message>
</context>
<context>
    <name>statistics</name>
    <message>
        <source>(not assigned)</source>
        <translation>(sin asignar)</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>(sin motivo indicado)</translation>
    </message>
</context>
<context>
    <name>templates</name>
    <message>
        <source>Quote</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Factura</translation>
    </message>
    <message>
        <source>Delivery note</source>
        <translation>Albarán</translation>
    </message>
    <message>
        <source>Diagnostic report cover</source>
        <translation>Portada del informe de diagnóstico</translation>
    </message>
    <message>
        <source>Vehicle order</source>
        <translation>Pedido de vehículo</translation>
    </message>
    <message>
        <source>Missing-documents letter</source>
        <translation>Carta de documentos que faltan</translation>
    </message>
    <message>
        <source>Discount request</source>
        <translation>Solicitud de descuento</translation>
    </message>
    <message>
        <source>PDF needs LibreOffice; stored as DOCX.</source>
        <translation>El PDF requiere LibreOffice; se ha guardado como DOCX.</translation>
    </message>
    <message>
        <source>The PDF conversion failed ({reason}); stored as DOCX.</source>
        <translation>La conversión a PDF ha fallado ({reason}); se ha guardado como DOCX.</translation>
    </message>
</context>
</TS>
