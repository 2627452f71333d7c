<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>CaseListPane</name>
    <message>
        <source>Search by number, owner, prescriber, reference or city (Ctrl+F)</source>
        <translation>Buscar por número, titular, indicador, referência ou cidade (Ctrl+F)</translation>
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
        <translation>Número do atendimento</translation>
    </message>
    <message>
        <source>Internal ref.</source>
        <translation>Ref. interna</translation>
    </message>
    <message>
        <source>Internal reference</source>
        <translation>Referência interna</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Titular</translation>
    </message>
    <message>
        <source>Prescriber</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Prescriber (referrer)</source>
        <translation>Indicador (quem trouxe o cliente)</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Cidade</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Criação</translation>
    </message>
    <message>
        <source>Creation date</source>
        <translation>Data de criação</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Agendamento</translation>
    </message>
    <message>
        <source>Appointment date and time</source>
        <translation>Data e hora do agendamento</translation>
    </message>
    <message>
        <source>Tech.</source>
        <translation>Téc.</translation>
    </message>
    <message>
        <source>Assigned technician</source>
        <translation>Técnico responsável</translation>
    </message>
    <message>
        <source>Rep.</source>
        <translation>Laudo</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Laudo</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Orç.</translation>
    </message>
    <message>
        <source>Inv.</source>
        <translation>Fat.</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Fatura</translation>
    </message>
    <message>
        <source>Inst.</source>
        <translation>Parc.</translation>
    </message>
    <message>
        <source>Installments paid</source>
        <translation>Parcelas pagas</translation>
    </message>
    <message>
        <source>Tariff</source>
        <translation>Tarifa</translation>
    </message>
    <message>
        <source>Invoiced amount</source>
        <translation>Valor faturado</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Progress status</source>
        <translation>Situação do andamento</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Mission amount</source>
        <translation>Valor do serviço</translation>
    </message>
    <message>
        <source>No report attached</source>
        <translation>Nenhum laudo anexado</translation>
    </message>
    <message>
        <source>Report attached and visible to every contact</source>
        <translation>Laudo anexado e visível para todos os contatos</translation>
    </message>
    <message>
        <source>Report attached, blocked for at least one contact</source>
        <translation>Laudo anexado, bloqueado para pelo menos um contato</translation>
    </message>
    <message>
        <source>Report delivered or downloaded: {count}</source>
        <translation>Laudo entregue ou baixado: {count}</translation>
    </message>
    <message>
        <source>No quote sent</source>
        <translation>Nenhum orçamento enviado</translation>
    </message>
    <message>
        <source>Quote sent, awaiting the answer</source>
        <translation>Orçamento enviado, aguardando resposta</translation>
    </message>
    <message>
        <source>Quote validated</source>
        <translation>Orçamento aprovado</translation>
    </message>
    <message>
        <source>Quote refused</source>
        <translation>Orçamento recusado</translation>
    </message>
    <message>
        <source>No invoice issued</source>
        <translation>Nenhuma fatura emitida</translation>
    </message>
    <message>
        <source>Invoice issued and paid</source>
        <translation>Fatura emitida e paga</translation>
    </message>
    <message>
        <source>Invoice issued, not paid yet</source>
        <translation>Fatura emitida, ainda não paga</translation>
    </message>
    <message>
        <source>No installments (no invoice issued)</source>
        <translation>Sem parcelas (nenhuma fatura emitida)</translation>
    </message>
    <message>
        <source>All installments paid ({total})</source>
        <translation>Todas as parcelas pagas ({total})</translation>
    </message>
    <message>
        <source>{paid} of {total} installments paid</source>
        <translation>{paid} de {total} parcelas pagas</translation>
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
        <translation>Tamanho</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Incluído</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origem</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Conferido</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manual</translation>
    </message>
    <message>
        <source>Dropped in</source>
        <translation>Arrastado</translation>
    </message>
    <message>
        <source>Watch folder</source>
        <translation>Pasta monitorada</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Gerado</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importação</translation>
    </message>
</context>
<context>
    <name>DocumentsPane</name>
    <message>
        <source>Select a case to see its documents.</source>
        <translation>Selecione um atendimento para ver seus documentos.</translation>
    </message>
    <message>
        <source>This case has no documents yet.</source>
        <translation>Este atendimento ainda não tem documentos.</translation>
    </message>
</context>
<context>
    <name>IndexPane</name>
    <message>
        <source>Select a case to see its index.</source>
        <translation>Selecione um atendimento para ver seu índice.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Atendimento</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Titular</translation>
    </message>
    <message>
        <source>Prescriber</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Cidade</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Criação</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>Data do pedido</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Agendamento</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Valor</translation>
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
        <translation>Esta área de trabalho não tem campos de índice.</translation>
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
        <translation>CaseDesk — entrar</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuário</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Cases</source>
        <translation>Atendimentos</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Visualização</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Índice</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Exibir</translation>
    </message>
    <message>
        <source>&amp;Find a case</source>
        <translation>&amp;Buscar um atendimento</translation>
    </message>
    <message>
        <source>&amp;Reset the layout</source>
        <translation>&amp;Restaurar o layout</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About CaseDesk</source>
        <translation>&amp;Sobre o CaseDesk</translation>
    </message>
    <message>
        <source>User: {name} ({role})</source>
        <translation>Usuário: {name} ({role})</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrador</translation>
    </message>
    <message>
        <source>administrative clerk</source>
        <translation>auxiliar administrativo</translation>
    </message>
    <message>
        <source>sales manager</source>
        <translation>gerente comercial</translation>
    </message>
    <message>
        <source>sales advisor</source>
        <translation>consultor comercial</translation>
    </message>
    <message>
        <source>technician</source>
        <translation>técnico</translation>
    </message>
    <message>
        <source>This case has no documents yet.</source>
        <translation>Este atendimento ainda não tem documentos.</translation>
    </message>
    <message>
        <source>No documents</source>
        <translation>Nenhum documento</translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln atendimento</numerusform>
            <numerusform>%Ln atendimentos</numerusform>
        </translation>
    </message>
    <message>
        <source>About CaseDesk</source>
        <translation>Sobre o CaseDesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;CaseDesk {version}&lt;/b&gt;&lt;br&gt;Case files, their documents, quotes, invoices and installments, on your desktop, online or offline.</source>
        <translation>&lt;b&gt;CaseDesk {version}&lt;/b&gt;&lt;br&gt;Atendimentos com seus documentos, orçamentos, faturas e parcelas, no seu computador, on-line ou off-line.</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Select a document</source>
        <translation>Selecione um documento</translation>
    </message>
    <message>
        <source>Its first page is shown here.</source>
        <translation>A primeira página aparece aqui.</translation>
    </message>
    <message>
        <source>Loading the preview…</source>
        <translation>Carregando a visualização…</translation>
    </message>
    <message>
        <source>Cannot preview this file</source>
        <translation>Não é possível visualizar este arquivo</translation>
    </message>
    <message>
        <source>{title} — page 1 of {pages}</source>
        <translation>{title} — página 1 de {pages}</translation>
    </message>
    <message>
        <source>No text could be read from this file.</source>
        <translation>Não foi possível ler nenhum texto deste arquivo.</translation>
    </message>
    <message>
        <source>[… the rest of the text is not shown here]</source>
        <translation>[… o restante do texto não é exibido aqui]</translation>
    </message>
    <message>
        <source>Files of this kind ({mime}) have no preview. Open the file with its own program.</source>
        <translation>Arquivos deste tipo ({mime}) não têm visualização. Abra o arquivo com o programa dele.</translation>
    </message>
    <message>
        <source>The PDF is damaged or is not a PDF ({detail}).</source>
        <translation>O PDF está danificado ou não é um PDF ({detail}).</translation>
    </message>
    <message>
        <source>The PDF has no pages.</source>
        <translation>O PDF não tem páginas.</translation>
    </message>
    <message>
        <source>The PDF page cannot be drawn ({detail}).</source>
        <translation>Não é possível desenhar a página do PDF ({detail}).</translation>
    </message>
    <message>
        <source>The image cannot be read ({detail}).</source>
        <translation>Não é possível ler a imagem ({detail}).</translation>
    </message>
    <message>
        <source>The image is too large to preview ({width} × {height} pixels).</source>
        <translation>A imagem é grande demais para visualizar ({width} × {height} pixels).</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>CaseDesk cannot open the data</source>
        <translation>O CaseDesk não consegue abrir os dados</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>User {login} has a password; a screenshot cannot ask for it.</source>
        <translation>O usuário {login} tem senha; uma captura de tela não pode pedi-la.</translation>
    </message>
    <message>
        <source>--cases must be at least 1 (got {n}).</source>
        <translation>--cases deve ser pelo menos 1 (recebido: {n}).</translation>
    </message>
    <message>
        <source>No user with login {login}.</source>
        <translation>Nenhum usuário com o login {login}.</translation>
    </message>
    <message>
        <source>User {login} is disabled.</source>
        <translation>O usuário {login} está desativado.</translation>
    </message>
    <message>
        <source>This office has no active administrator.</source>
        <translation>Este escritório não tem nenhum administrador ativo.</translation>
    </message>
    <message>
        <source>Wrong login or password.</source>
        <translation>Login ou senha incorretos.</translation>
    </message>
    <message>
        <source>Login {login} is locked until {until} after repeated failures.</source>
        <translation>O login {login} está bloqueado até {until} após várias tentativas erradas.</translation>
    </message>
    <message>
        <source>Only an administrator may change another user&apos;s password.</source>
        <translation>Só um administrador pode alterar a senha de outro usuário.</translation>
    </message>
    <message>
        <source>A password needs at least 8 characters.</source>
        <translation>A senha precisa ter pelo menos 8 caracteres.</translation>
    </message>
    <message>
        <source>Backup of a PostgreSQL office is not supported yet: back up the server with pg_dump.</source>
        <translation>O backup de um escritório em PostgreSQL ainda não é suportado: faça o backup do servidor com pg_dump.</translation>
    </message>
    <message>
        <source>{path} already exists: a backup never overwrites a file; choose another name.</source>
        <translation>{path} já existe: um backup nunca sobrescreve um arquivo; escolha outro nome.</translation>
    </message>
    <message>
        <source>Cannot write the backup {path}: folder {folder} does not exist.</source>
        <translation>Não é possível gravar o backup {path}: a pasta {folder} não existe.</translation>
    </message>
    <message>
        <source>Cannot write the backup {path}: {reason}</source>
        <translation>Não é possível gravar o backup {path}: {reason}</translation>
    </message>
    <message>
        <source>Cannot restore {archive}: {reason}</source>
        <translation>Não é possível restaurar {archive}: {reason}</translation>
    </message>
    <message>
        <source>Backup archive {path} does not exist or is not a file.</source>
        <translation>O arquivo de backup {path} não existe ou não é um arquivo.</translation>
    </message>
    <message>
        <source>Data dir {path} is not a folder.</source>
        <translation>A pasta de dados {path} não é uma pasta.</translation>
    </message>
    <message>
        <source>Data dir {path} already holds an office (a database or documents): restore only into a new or empty folder.</source>
        <translation>A pasta de dados {path} já contém um escritório (um banco de dados ou documentos): restaure somente em uma pasta nova ou vazia.</translation>
    </message>
    <message>
        <source>Cannot restore into {path}: {reason}</source>
        <translation>Não é possível restaurar em {path}: {reason}</translation>
    </message>
    <message>
        <source>Field {field}: money must be a Decimal.</source>
        <translation>Campo {field}: valores monetários devem ser Decimal.</translation>
    </message>
    <message>
        <source>Field {field}: an amount cannot be negative.</source>
        <translation>Campo {field}: um valor não pode ser negativo.</translation>
    </message>
    <message>
        <source>{what} {id} does not exist.</source>
        <translation>{what} {id} não existe.</translation>
    </message>
    <message>
        <source>A quote is answered by the client or a collaborator.</source>
        <translation>Um orçamento é respondido pelo cliente ou por um colaborador.</translation>
    </message>
    <message>
        <source>Quote {number} is not awaiting an answer.</source>
        <translation>O orçamento {number} não está aguardando resposta.</translation>
    </message>
    <message>
        <source>An invoice needs at least one installment.</source>
        <translation>Uma fatura precisa de pelo menos uma parcela.</translation>
    </message>
    <message>
        <source>An invoice needs at least one line.</source>
        <translation>Uma fatura precisa de pelo menos uma linha.</translation>
    </message>
    <message>
        <source>That installment is not on invoice {number}.</source>
        <translation>Essa parcela não pertence à fatura {number}.</translation>
    </message>
    <message>
        <source>Installment {seq} of invoice {number} is already paid.</source>
        <translation>A parcela {seq} da fatura {number} já está paga.</translation>
    </message>
    <message>
        <source>A payment needs an amount.</source>
        <translation>Um pagamento precisa de um valor.</translation>
    </message>
    <message>
        <source>A payment cannot be zero.</source>
        <translation>Um pagamento não pode ser zero.</translation>
    </message>
    <message>
        <source>Case {id} does not exist.</source>
        <translation>O atendimento {id} não existe.</translation>
    </message>
    <message>
        <source>No case with number {number}.</source>
        <translation>Nenhum atendimento com o número {number}.</translation>
    </message>
    <message>
        <source>Unknown or read-only case field: {field}.</source>
        <translation>Campo do atendimento desconhecido ou somente leitura: {field}.</translation>
    </message>
    <message>
        <source>Field {field}: {value} is not an amount.</source>
        <translation>Campo {field}: {value} não é um valor.</translation>
    </message>
    <message>
        <source>Field {field}: no such contact.</source>
        <translation>Campo {field}: esse contato não existe.</translation>
    </message>
    <message>
        <source>Field {field}: no such user.</source>
        <translation>Campo {field}: esse usuário não existe.</translation>
    </message>
    <message>
        <source>Work area {id} has no workflow.</source>
        <translation>A área de trabalho {id} não tem fluxo de trabalho.</translation>
    </message>
    <message>
        <source>Work area {id} has no numbering series.</source>
        <translation>A área de trabalho {id} não tem série de numeração.</translation>
    </message>
    <message>
        <source>Case {number} was changed by {who} at {when} after you opened it (version {have}, yours {yours}). Nothing was saved: reload the case to see their change.</source>
        <translation>O atendimento {number} foi alterado por {who} em {when} depois que você o abriu (versão {have}, a sua {yours}). Nada foi salvo: recarregue o atendimento para ver a alteração.</translation>
    </message>
    <message>
        <source>User {login} may not reassign cases.</source>
        <translation>O usuário {login} não pode reatribuir atendimentos.</translation>
    </message>
    <message>
        <source>Unknown status {status}.</source>
        <translation>Situação desconhecida: {status}.</translation>
    </message>
    <message>
        <source>Case {number} cannot go from {from_status} to {to_status}.</source>
        <translation>O atendimento {number} não pode passar de {from_status} para {to_status}.</translation>
    </message>
    <message>
        <source>Only a {role} may move a case to {to_status}.</source>
        <translation>Só um {role} pode mover um atendimento para {to_status}.</translation>
    </message>
    <message>
        <source>Case {number} cannot go to {to_status}: missing {documents}.</source>
        <translation>O atendimento {number} não pode passar para {to_status}: falta {documents}.</translation>
    </message>
    <message>
        <source>Cancelling case {number} needs a reason.</source>
        <translation>Cancelar o atendimento {number} exige um motivo.</translation>
    </message>
    <message>
        <source>Putting case {number} on hold needs a reason and a resume date.</source>
        <translation>Colocar o atendimento {number} em espera exige um motivo e uma data de retomada.</translation>
    </message>
    <message>
        <source>User {login} ({role}) may not check the office: the report names every case.</source>
        <translation>O usuário {login} ({role}) não pode verificar o escritório: o relatório cita todos os atendimentos.</translation>
    </message>
    <message>
        <source>{file}: already in case {number} as “{title}”.</source>
        <translation>{file}: já está no atendimento {number} como “{title}”.</translation>
    </message>
    <message>
        <source>{file}: unknown document type for this case.</source>
        <translation>{file}: tipo de documento desconhecido para este atendimento.</translation>
    </message>
    <message>
        <source>Unknown export format {format}: use csv or xlsx.</source>
        <translation>Formato de exportação desconhecido {format}: use csv ou xlsx.</translation>
    </message>
    <message>
        <source>Cannot export to {path}: it is a folder.</source>
        <translation>Não é possível exportar para {path}: é uma pasta.</translation>
    </message>
    <message>
        <source>Cannot export to {path}: folder {folder} does not exist.</source>
        <translation>Não é possível exportar para {path}: a pasta {folder} não existe.</translation>
    </message>
    <message>
        <source>{count} cases do not fit in one Excel sheet (at most {limit}): export them as CSV.</source>
        <translation>{count} atendimentos não cabem em uma planilha do Excel (no máximo {limit}): exporte-os em CSV.</translation>
    </message>
    <message>
        <source>Cannot write the export {path}: {reason}</source>
        <translation>Não é possível gravar a exportação {path}: {reason}</translation>
    </message>
    <message>
        <source>{file}: {reason}</source>
        <translation>{file}: {reason}</translation>
    </message>
    <message>
        <source>User {login} ({role}) may not do {action}.</source>
        <translation>O usuário {login} ({role}) não tem permissão para {action}.</translation>
    </message>
    <message>
        <source>User {login} has no access to this case.</source>
        <translation>O usuário {login} não tem acesso a este atendimento.</translation>
    </message>
    <message>
        <source>Document {id} does not exist.</source>
        <translation>O documento {id} não existe.</translation>
    </message>
    <message>
        <source>“{title}” is not a report.</source>
        <translation>“{title}” não é um laudo.</translation>
    </message>
    <message>
        <source>That contact is not on the case.</source>
        <translation>Esse contato não está no atendimento.</translation>
    </message>
    <message>
        <source>Reports are blocked for this contact.</source>
        <translation>Os laudos estão bloqueados para este contato.</translation>
    </message>
    <message>
        <source>Data dir {path} does not exist.</source>
        <translation>A pasta de dados {path} não existe.</translation>
    </message>
    <message>
        <source>Cannot write to the document store {path}: {reason}</source>
        <translation>Não é possível gravar no repositório de documentos {path}: {reason}</translation>
    </message>
    <message>
        <source>Document content {sha} is missing from the store.</source>
        <translation>O conteúdo do documento {sha} não está no repositório.</translation>
    </message>
    <message>
        <source>The database URL is empty.</source>
        <translation>A URL do banco de dados está vazia.</translation>
    </message>
    <message>
        <source>Cannot open database {url}: folder {folder} does not exist.</source>
        <translation>Não é possível abrir o banco de dados {url}: a pasta {folder} não existe.</translation>
    </message>
    <message>
        <source>The database URL {url} names no database.</source>
        <translation>A URL {url} não indica nenhum banco de dados.</translation>
    </message>
    <message>
        <source>PostgreSQL support is not installed: pip install &apos;casedesk[postgres]&apos;.</source>
        <translation>O suporte a PostgreSQL não está instalado: pip install &apos;casedesk[postgres]&apos;.</translation>
    </message>
    <message>
        <source>Unsupported database URL {url}: use a file path, sqlite:///PATH or postgresql://USER@HOST/NAME.</source>
        <translation>URL de banco de dados não suportada {url}: use um caminho de arquivo, sqlite:///CAMINHO ou postgresql://USUARIO@SERVIDOR/NOME.</translation>
    </message>
    <message>
        <source>Cannot open database {url}: {reason}</source>
        <translation>Não é possível abrir o banco de dados {url}: {reason}</translation>
    </message>
    <message>
        <source>The database {name} is not a CaseDesk database (it has other tables).</source>
        <translation>O banco de dados {name} não é do CaseDesk (ele tem outras tabelas).</translation>
    </message>
    <message>
        <source>The database {name} was written by a newer CaseDesk (schema {found}; this program knows up to {latest}). Install the newer CaseDesk to open it.</source>
        <translation>O banco de dados {name} foi gravado por um CaseDesk mais novo (esquema {found}; este programa conhece até o {latest}). Instale o CaseDesk mais novo para abri-lo.</translation>
    </message>
    <message>
        <source>The data dir already holds an office; demo needs an empty one.</source>
        <translation>A pasta de dados já contém um escritório; a demonstração precisa de uma pasta vazia.</translation>
    </message>
    <message>
        <source>Demo data can only be generated into a SQLite data dir for now; generate it there and copy it to PostgreSQL.</source>
        <translation>Por enquanto, os dados de demonstração só podem ser gerados em uma pasta de dados SQLite; gere-os lá e copie-os para o PostgreSQL.</translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Não</translation>
    </message>
    <message>
        <source>Unexpected error: {error}</source>
        <translation>Erro inesperado: {error}</translation>
    </message>
</context>
</TS>
