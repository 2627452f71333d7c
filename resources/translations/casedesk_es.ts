<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>CaseListPane</name>
    <message>
        <source>Search by number, owner, prescriber, reference or city (Ctrl+F)</source>
        <translation>Buscar por número, titular, prescriptor, referencia o población (Ctrl+F)</translation>
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
</context>
<context>
    <name>DocumentsPane</name>
    <message>
        <source>Select a case to see its documents.</source>
        <translation>Seleccione un expediente para ver sus documentos.</translation>
    </message>
    <message>
        <source>This case has no documents yet.</source>
        <translation>Este expediente aún no tiene documentos.</translation>
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
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
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
        <source>Order date</source>
        <translation>Fecha de pedido</translation>
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
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>CaseDesk — sign in</source>
        <translation>CaseDesk — iniciar sesión</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
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
        <source>&amp;Reset the layout</source>
        <translation>&amp;Restablecer la disposición</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About CaseDesk</source>
        <translation>&amp;Acerca de CaseDesk</translation>
    </message>
    <message>
        <source>User: {name} ({role})</source>
        <translation>Usuario: {name} ({role})</translation>
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
        <source>About CaseDesk</source>
        <translation>Acerca de CaseDesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;CaseDesk {version}&lt;/b&gt;&lt;br&gt;Case files, their documents, quotes, invoices and installments, on your desktop, online or offline.</source>
        <translation>&lt;b&gt;CaseDesk {version}&lt;/b&gt;&lt;br&gt;Expedientes con sus documentos, presupuestos, facturas y plazos, en su escritorio, con o sin conexión.</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Select a document</source>
        <translation>Seleccione un documento</translation>
    </message>
    <message>
        <source>Its first page is shown here.</source>
        <translation>Aquí se muestra su primera página.</translation>
    </message>
    <message>
        <source>Loading the preview…</source>
        <translation>Cargando la vista previa…</translation>
    </message>
    <message>
        <source>Cannot preview this file</source>
        <translation>No se puede mostrar este archivo</translation>
    </message>
    <message>
        <source>{title} — page 1 of {pages}</source>
        <translation>{title} — página 1 de {pages}</translation>
    </message>
    <message>
        <source>No text could be read from this file.</source>
        <translation>No se ha podido leer ningún texto de este archivo.</translation>
    </message>
    <message>
        <source>[… the rest of the text is not shown here]</source>
        <translation>[… el resto del texto no se muestra aquí]</translation>
    </message>
    <message>
        <source>Files of this kind ({mime}) have no preview. Open the file with its own program.</source>
        <translation>Los archivos de este tipo ({mime}) no tienen vista previa. Ábralo con su propio programa.</translation>
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
        <source>The PDF page cannot be drawn ({detail}).</source>
        <translation>No se puede dibujar la página del PDF ({detail}).</translation>
    </message>
    <message>
        <source>The image cannot be read ({detail}).</source>
        <translation>No se puede leer la imagen ({detail}).</translation>
    </message>
    <message>
        <source>The image is too large to preview ({width} × {height} pixels).</source>
        <translation>La imagen es demasiado grande para la vista previa ({width} × {height} píxeles).</translation>
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
        <source>Login {login} is locked until {until} after repeated failures.</source>
        <translation>El usuario {login} está bloqueado hasta las {until} tras varios intentos fallidos.</translation>
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
        <source>Backup of a PostgreSQL office is not supported yet: back up the server with pg_dump.</source>
        <translation>Todavía no se pueden hacer copias de seguridad de una oficina en PostgreSQL: copie el servidor con pg_dump.</translation>
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
        <source>Unknown export format {format}: use csv or xlsx.</source>
        <translation>Formato de exportación desconocido {format}: use csv o xlsx.</translation>
    </message>
    <message>
        <source>Cannot export to {path}: it is a folder.</source>
        <translation>No se puede exportar a {path}: es una carpeta.</translation>
    </message>
    <message>
        <source>Cannot export to {path}: folder {folder} does not exist.</source>
        <translation>No se puede exportar a {path}: la carpeta {folder} no existe.</translation>
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
        <source>Cannot write to the document store {path}: {reason}</source>
        <translation>No se puede escribir en el almacén de documentos {path}: {reason}</translation>
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
</TS>
