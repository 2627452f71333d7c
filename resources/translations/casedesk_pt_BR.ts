<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>AlertDialog</name>
    <message>
        <source>Add an alert</source>
        <translation>Adicionar um alerta</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texto:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Vencimento:</translation>
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
        <translation>Backups automáticos</translation>
    </message>
    <message>
        <source>Back up the office automatically</source>
        <translation>Fazer backup do escritório automaticamente</translation>
    </message>
    <message>
        <source> backups</source>
        <translation> backups</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Procurar…</translation>
    </message>
    <message>
        <source>Save the schedule</source>
        <translation>Salvar o agendamento</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>A cada</translation>
    </message>
    <message>
        <source>Keep the last</source>
        <translation>Manter os últimos</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Pasta</translation>
    </message>
    <message>
        <source>Every open CaseDesk of the office checks every few minutes whether a backup is due; the first computer to find one due makes it, the others leave it. An empty folder means the backups folder of the data folder on the computer that makes the backup. Beyond the number kept, the oldest automatic backups (casedesk-backup-….zip) are deleted; other files in the folder are never touched.</source>
        <translation>Cada CaseDesk aberto do escritório verifica a cada poucos minutos se está na hora de um backup; o primeiro computador que perceber que está na hora faz o backup, e os outros não. Com a pasta em branco, é usada a pasta backups da pasta de dados do computador que faz o backup. Acima da quantidade mantida, os backups automáticos mais antigos (casedesk-backup-….zip) são excluídos; os demais arquivos da pasta nunca são alterados.</translation>
    </message>
    <message>
        <source>Backups in the folder</source>
        <translation>Backups na pasta</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>No backup in this folder yet.</source>
        <translation>Ainda não há nenhum backup nesta pasta.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Fazer backup agora</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Abrir a pasta</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dia</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dia</numerusform>
            <numerusform>%n dias</numerusform>
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
        <translation>Automático</translation>
    </message>
    <message>
        <source>Database before an update</source>
        <translation>Banco de dados antes de uma atualização</translation>
    </message>
    <message>
        <source>Other archive</source>
        <translation>Outro arquivo</translation>
    </message>
    <message>
        <source>A backup is running now on {host}.</source>
        <translation>Um backup está sendo feito agora em {host}.</translation>
    </message>
    <message>
        <source>No automatic backup has been made yet.</source>
        <translation>Nenhum backup automático foi feito ainda.</translation>
    </message>
    <message>
        <source>Last backup: {when} on {host}, {file}.</source>
        <translation>Último backup: {when} em {host}, {file}.</translation>
    </message>
    <message>
        <source>The last backup failed ({when} on {host}): {reason}</source>
        <translation>O último backup falhou ({when} em {host}): {reason}</translation>
    </message>
    <message>
        <source>Automatic backups are off.</source>
        <translation>Os backups automáticos estão desativados.</translation>
    </message>
    <message>
        <source>The next one starts within a few minutes.</source>
        <translation>O próximo começa em poucos minutos.</translation>
    </message>
    <message>
        <source>Next one due: {when}.</source>
        <translation>Próximo backup previsto: {when}.</translation>
    </message>
    <message>
        <source>Folder: {path}</source>
        <translation>Pasta: {path}</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Pasta de backups</translation>
    </message>
    <message>
        <source>Backup schedule saved.</source>
        <translation>Agendamento de backups salvo.</translation>
    </message>
    <message>
        <source>Backing up the office… CaseDesk can be used meanwhile.</source>
        <translation>Fazendo o backup do escritório… Enquanto isso, você pode continuar usando o CaseDesk.</translation>
    </message>
    <message>
        <source>Backup written: {file} ({size}).</source>
        <translation>Backup gravado: {file} ({size}).</translation>
    </message>
    <message>
        <source>The folder {path} does not exist yet: back up once first.</source>
        <translation>A pasta {path} ainda não existe: faça um backup primeiro.</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>No cases to show</source>
        <translation>Nenhum atendimento para mostrar</translation>
    </message>
</context>
<context>
    <name>BillingDialog</name>
    <message>
        <source>Draft</source>
        <translation>Rascunho</translation>
    </message>
    <message>
        <source>Awaiting answer</source>
        <translation>Aguardando resposta</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Aprovado</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Recusado</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Emitida</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
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
        <translation>Enviado em</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Sent by, on</source>
        <translation>Envio (por, data)</translation>
    </message>
    <message>
        <source>Answered by, on</source>
        <translation>Resposta (por, data)</translation>
    </message>
    <message>
        <source>Invoice / line / payment</source>
        <translation>Fatura / linha / pagamento</translation>
    </message>
    <message>
        <source>Issued / paid on</source>
        <translation>Emitida / paga em</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantidade</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Preço unitário</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>Imposto %</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Fatura</translation>
    </message>
    <message>
        <source>Installment</source>
        <translation>Parcela</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Vencimento</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paga</translation>
    </message>
    <message>
        <source>Payment dates</source>
        <translation>Datas de pagamento</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Orçamentos</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Faturas</translation>
    </message>
    <message>
        <source>Payment schedule</source>
        <translation>Parcelamento</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Faturamento</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <source>Billing of case {number}</source>
        <translation>Faturamento do atendimento {number}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Case {number}&lt;/b&gt;: quotes, invoices and payment schedule</source>
        <translation>&lt;b&gt;Atendimento {number}&lt;/b&gt;: orçamentos, faturas e parcelamento</translation>
    </message>
    <message>
        <source>No quote has been sent for this case yet.</source>
        <translation>Nenhum orçamento foi enviado para este atendimento ainda.</translation>
    </message>
    <message>
        <source>the client</source>
        <translation>o cliente</translation>
    </message>
    <message>
        <source>{name} (collaborator)</source>
        <translation>{name} (colaborador)</translation>
    </message>
    <message>
        <source>No invoice has been issued for this case yet.</source>
        <translation>Nenhuma fatura foi emitida para este atendimento ainda.</translation>
    </message>
    <message>
        <source>Invoice {number} ({status})</source>
        <translation>Fatura {number} ({status})</translation>
    </message>
    <message>
        <source>Payment ({method})</source>
        <translation>Pagamento ({method})</translation>
    </message>
    <message>
        <source>Paid in full</source>
        <translation>Totalmente paga</translation>
    </message>
    <message>
        <source>Still due: {amount}</source>
        <translation>Em aberto: {amount}</translation>
    </message>
    <message>
        <source>The invoices of this case are paid in one go: there is no payment schedule.</source>
        <translation>As faturas deste atendimento são pagas à vista: não há parcelamento.</translation>
    </message>
    <message>
        <source>No invoice has been issued yet, so there are no installments.</source>
        <translation>Nenhuma fatura foi emitida ainda, portanto não há parcelas.</translation>
    </message>
    <message>
        <source>Paid on {date}</source>
        <translation>Paga em {date}</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Em atraso</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Ainda não</translation>
    </message>
    <message>
        <source>Invoiced: {amount}</source>
        <translation>Faturado: {amount}</translation>
    </message>
    <message>
        <source>Paid: {amount}</source>
        <translation>Pago: {amount}</translation>
    </message>
    <message>
        <source>Installments paid: {paid} of {total}</source>
        <translation>Parcelas pagas: {paid} de {total}</translation>
    </message>
</context>
<context>
    <name>CancelReasonDialog</name>
    <message>
        <source>Cancel case {number}</source>
        <translation>Cancelar o atendimento {number}</translation>
    </message>
    <message>
        <source>Case {number} goes to “{status}”. Why is it cancelled?</source>
        <translation>O atendimento {number} passa para “{status}”. Por que ele está sendo cancelado?</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <source>This work area has no cancellation reasons: an administrator must add some before a case can be cancelled.</source>
        <translation>Esta área de trabalho não tem motivos de cancelamento: um administrador precisa cadastrar algum antes que um atendimento possa ser cancelado.</translation>
    </message>
</context>
<context>
    <name>CaseActions</name>
    <message>
        <source>Archive</source>
        <translation>Arquivar</translation>
    </message>
    <message>
        <source>Unarchive</source>
        <translation>Desarquivar</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>Mover para a lixeira</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Purge…</source>
        <translation>Expurgar…</translation>
    </message>
    <message>
        <source>Share…</source>
        <translation>Compartilhar…</translation>
    </message>
    <message>
        <source>Missing-documents letter…</source>
        <translation>Carta de documentos faltantes…</translation>
    </message>
    <message>
        <source>Export case files…</source>
        <translation>Exportar os arquivos do atendimento…</translation>
    </message>
    <message>
        <source>Mark as seen</source>
        <translation>Marcar como visto</translation>
    </message>
    <message>
        <source>Mark every case as seen</source>
        <translation>Marcar todos os atendimentos como vistos</translation>
    </message>
    <message>
        <source>Assume</source>
        <translation>Assumir</translation>
    </message>
    <message>
        <source>Add movement…</source>
        <translation>Adicionar movimentação…</translation>
    </message>
    <message>
        <source>Ticket {number} assumed</source>
        <translation>Atendimento {number} assumido</translation>
    </message>
    <message>
        <source>Movement recorded on ticket {number}</source>
        <translation>Movimentação registrada no atendimento {number}</translation>
    </message>
    <message>
        <source>Purge cases</source>
        <translation>Expurgar atendimentos</translation>
    </message>
    <message>
        <source>Delete {count} case(s) for good? Their documents are deleted too; this cannot be undone.</source>
        <translation>Excluir definitivamente {count} atendimento(s)? Os documentos também serão excluídos; isso não pode ser desfeito.</translation>
    </message>
</context>
<context>
    <name>CaseFilesExport</name>
    <message>
        <source>{count} cases.zip</source>
        <translation>{count} atendimentos.zip</translation>
    </message>
    <message>
        <source>Export case files</source>
        <translation>Exportar arquivos dos atendimentos</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Arquivos ZIP (*.zip)</translation>
    </message>
    <message>
        <source>An export is running already; wait until it has finished.</source>
        <translation>Já há uma exportação em andamento; aguarde até que ela termine.</translation>
    </message>
    <message>
        <source>Exporting {count} case(s)…</source>
        <translation>Exportando atendimentos ({count})…</translation>
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
            <numerusform>%n atendimento exportado para {path} ({size}).</numerusform>
            <numerusform>%n atendimentos exportados para {path} ({size}).</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: {what}</source>
        <translation>Atenção: {what}</translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written.</source>
        <translation>Exportação cancelada: nada foi gravado.</translation>
    </message>
</context>
<context>
    <name>CaseFilterBar</name>
    <message>
        <source>Search cases (Ctrl+F)</source>
        <translation>Buscar atendimentos (Ctrl+F)</translation>
    </message>
    <message>
        <source>Starts of the number, internal reference, protocol, owner, prescriber, city or contract, or words inside the case&apos;s documents</source>
        <translation>Início do número, referência interna, protocolo, proprietário, prescritor, cidade ou contrato, ou palavras dentro dos documentos do atendimento</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Ativos</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Arquivados</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Lixeira</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Changed since I last looked</source>
        <translation>Alterados desde a minha última consulta</translation>
    </message>
    <message>
        <source>Only the cases someone else changed since you last opened them</source>
        <translation>Somente os atendimentos que outra pessoa alterou desde a última vez que você os abriu</translation>
    </message>
    <message>
        <source>More filters</source>
        <translation>Mais filtros</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Limpar filtros</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Exibições</translation>
    </message>
    <message>
        <source>Any nature</source>
        <translation>Qualquer natureza</translation>
    </message>
    <message>
        <source>Natures</source>
        <translation>Naturezas</translation>
    </message>
    <message>
        <source>Any origin</source>
        <translation>Qualquer origem</translation>
    </message>
    <message>
        <source>Origins</source>
        <translation>Origens</translation>
    </message>
    <message>
        <source>Any trade</source>
        <translation>Qualquer especialidade</translation>
    </message>
    <message>
        <source>Trades</source>
        <translation>Especialidades</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Qualquer pessoa</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuários</translation>
    </message>
    <message>
        <source>Any technician</source>
        <translation>Qualquer técnico</translation>
    </message>
    <message>
        <source>Technicians</source>
        <translation>Técnicos</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Qualquer</translation>
    </message>
    <message>
        <source>States</source>
        <translation>Situações</translation>
    </message>
    <message>
        <source>No invoice</source>
        <translation>Sem fatura</translation>
    </message>
    <message>
        <source>Issued, unpaid</source>
        <translation>Emitida, não paga</translation>
    </message>
    <message>
        <source>Issued and paid</source>
        <translation>Emitida e paga</translation>
    </message>
    <message>
        <source>No quote</source>
        <translation>Sem orçamento</translation>
    </message>
    <message>
        <source>Awaiting an answer</source>
        <translation>Aguardando resposta</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Aprovado</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Recusado</translation>
    </message>
    <message>
        <source>No installments</source>
        <translation>Sem parcelas</translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation>Parcialmente pagas</translation>
    </message>
    <message>
        <source>All paid</source>
        <translation>Todas pagas</translation>
    </message>
    <message>
        <source>Any number</source>
        <translation>Qualquer quantidade</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nenhum</translation>
    </message>
    <message>
        <source>At least</source>
        <translation>Pelo menos</translation>
    </message>
    <message>
        <source>At most</source>
        <translation>No máximo</translation>
    </message>
    <message>
        <source>Starts with…</source>
        <translation>Começa com…</translation>
    </message>
    <message>
        <source>Nature</source>
        <translation>Natureza</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origem</translation>
    </message>
    <message>
        <source>Trade</source>
        <translation>Especialidade</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Técnico</translation>
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
        <source>Invoice</source>
        <translation>Fatura</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Orçamento</translation>
    </message>
    <message>
        <source>Installments</source>
        <translation>Parcelas</translation>
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
        <translation>Precisam de atenção hoje</translation>
    </message>
    <message>
        <source>Cases back from hold today (or earlier) and cases with one of your alerts due today</source>
        <translation>Atendimentos que saem da espera hoje (ou antes) e atendimentos com um dos seus alertas vencendo hoje</translation>
    </message>
    <message>
        <source>Missing documents</source>
        <translation>Documentos faltantes</translation>
    </message>
    <message>
        <source>Cases that still lack a document or a field that the statuses ahead of them require (the Complete column shows what)</source>
        <translation>Atendimentos aos quais ainda falta um documento ou campo exigido pelas situações seguintes (a coluna Completo mostra qual)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln atendimento</numerusform>
            <numerusform>%Ln atendimentos</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the list…</source>
        <translation>Lendo a lista…</translation>
    </message>
    <message>
        <source>More filters ({count})</source>
        <translation>Mais filtros ({count})</translation>
    </message>
    <message>
        <source>{count} active</source>
        <translation>Ativos: {count}</translation>
    </message>
    <message>
        <source>My cases</source>
        <translation>Meus atendimentos</translation>
    </message>
    <message>
        <source>Save view…</source>
        <translation>Salvar exibição…</translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation>Excluir exibição</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Salvar exibição</translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation>Nome da exibição:</translation>
    </message>
    <message>
        <source>A view named “{name}” exists already. Replace it?</source>
        <translation>Já existe uma exibição chamada “{name}”. Deseja substituí-la?</translation>
    </message>
    <message>
        <source>Delete the view “{name}”?</source>
        <translation>Excluir a exibição “{name}”?</translation>
    </message>
</context>
<context>
    <name>CaseListPane</name>
    <message>
        <source>Legend</source>
        <translation>Legenda</translation>
    </message>
    <message>
        <source>What the status icons mean (F1)</source>
        <translation>O que significam os ícones de situação (F1)</translation>
    </message>
    <message>
        <source>Loading the cases…</source>
        <translation>Carregando os atendimentos…</translation>
    </message>
    <message>
        <source>No case matches the search and filters.
Clear the filters (or the search) to see every case.</source>
        <translation>Nenhum atendimento corresponde à busca e aos filtros.
Limpe os filtros (ou a busca) para ver todos os atendimentos.</translation>
    </message>
    <message>
        <source>No archived case.</source>
        <translation>Nenhum atendimento arquivado.</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>A lixeira está vazia.</translation>
    </message>
    <message>
        <source>No case here yet.</source>
        <translation>Ainda não há atendimentos aqui.</translation>
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
        <source>Contract</source>
        <translation>Contrato</translation>
    </message>
    <message>
        <source>Contract or insurer code</source>
        <translation>Contrato ou código da seguradora</translation>
    </message>
    <message>
        <source>Trade</source>
        <translation>Especialidade</translation>
    </message>
    <message>
        <source>Trade (plumber, electrician…)</source>
        <translation>Especialidade (encanador, eletricista…)</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Assunto</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridade</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>Data do pedido</translation>
    </message>
    <message>
        <source>Order or assignment date</source>
        <translation>Data do pedido ou do encaminhamento</translation>
    </message>
    <message>
        <source>Docs</source>
        <translation>Docs</translation>
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
        <translation>Interação pendente: de quem é a próxima ação</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <source>Protocol given to the customer</source>
        <translation>Protocolo informado ao cliente</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origem</translation>
    </message>
    <message>
        <source>Where the case came from</source>
        <translation>De onde veio o atendimento</translation>
    </message>
    <message>
        <source>Nature</source>
        <translation>Natureza</translation>
    </message>
    <message>
        <source>Nature of the case</source>
        <translation>Natureza do atendimento</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Completo</translation>
    </message>
    <message>
        <source>Required documents and fields the case has, of those the statuses ahead of it require</source>
        <translation>Documentos e campos obrigatórios que o atendimento já tem, dentre os exigidos pelas situações seguintes</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baixa</translation>
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
    <message>
        <source>No interaction pending</source>
        <translation>Nenhuma interação pendente</translation>
    </message>
    <message>
        <source>Pending interaction: both sides owe a move</source>
        <translation>Interação pendente: as duas partes têm uma ação pendente</translation>
    </message>
    <message>
        <source>Pending interaction: external (the customer or a third party)</source>
        <translation>Interação pendente: externa (o cliente ou um terceiro)</translation>
    </message>
    <message>
        <source>Pending interaction: internal (us)</source>
        <translation>Interação pendente: interna (nós)</translation>
    </message>
    <message>
        <source>Every document and field the next statuses require is there ({total})</source>
        <translation>Todos os documentos e campos exigidos pelas próximas situações estão presentes ({total})</translation>
    </message>
    <message>
        <source>{present} of {total} required documents and fields</source>
        <translation>{present} de {total} documentos e campos exigidos</translation>
    </message>
    <message>
        <source>Missing:</source>
        <translation>Faltam:</translation>
    </message>
    <message>
        <source>CaseDesk</source>
        <translation>CaseDesk</translation>
    </message>
    <message>
        <source>Changed by {who} since you last looked ({when})</source>
        <translation>Alterado por {who} desde a sua última consulta ({when})</translation>
    </message>
</context>
<context>
    <name>CaseTimelinePane</name>
    <message>
        <source>Add a note… (Ctrl+Enter)</source>
        <translation>Adicionar uma nota… (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Adicionar nota</translation>
    </message>
    <message>
        <source>Add an alert…</source>
        <translation>Adicionar um alerta…</translation>
    </message>
    <message>
        <source>Select a case to see its history.</source>
        <translation>Selecione um atendimento para ver o histórico.</translation>
    </message>
    <message>
        <source>Nothing has happened on this case yet.</source>
        <translation>Nada aconteceu neste atendimento ainda.</translation>
    </message>
    <message>
        <source>done</source>
        <translation>concluído</translation>
    </message>
    <message>
        <source>open</source>
        <translation>pendente</translation>
    </message>
    <message>
        <source>Alert for {who}, due {due} ({state}): {text}</source>
        <translation>Alerta para {who}, vence em {due} ({state}): {text}</translation>
    </message>
    <message>
        <source>its author</source>
        <translation>o autor</translation>
    </message>
    <message>
        <source>Document added: {title}</source>
        <translation>Documento adicionado: {title}</translation>
    </message>
    <message>
        <source>Received ({channel}): {subject}</source>
        <translation>Recebido ({channel}): {subject}</translation>
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
        <translation>Notificação para {who}: {text}</translation>
    </message>
    <message>
        <source>Ticket assumed</source>
        <translation>Atendimento assumido</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Nota interna</translation>
    </message>
    <message>
        <source>Reply to the customer</source>
        <translation>Resposta ao cliente</translation>
    </message>
    <message>
        <source>Message from the customer</source>
        <translation>Mensagem do cliente</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation>Solução</translation>
    </message>
    <message>
        <source>Ticket closed</source>
        <translation>Atendimento encerrado</translation>
    </message>
    <message>
        <source>Case created</source>
        <translation>Atendimento criado</translation>
    </message>
    <message>
        <source>Case edited</source>
        <translation>Atendimento editado</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>Situação alterada</translation>
    </message>
    <message>
        <source>Index values saved</source>
        <translation>Valores de índice salvos</translation>
    </message>
    <message>
        <source>Document renamed</source>
        <translation>Documento renomeado</translation>
    </message>
    <message>
        <source>Document type set</source>
        <translation>Tipo de documento definido</translation>
    </message>
    <message>
        <source>Document checked</source>
        <translation>Documento conferido</translation>
    </message>
    <message>
        <source>Document check removed</source>
        <translation>Conferência do documento removida</translation>
    </message>
    <message>
        <source>Document moved to the trash</source>
        <translation>Documento movido para a lixeira</translation>
    </message>
    <message>
        <source>New document version</source>
        <translation>Nova versão do documento</translation>
    </message>
    <message>
        <source>Document exported</source>
        <translation>Documento exportado</translation>
    </message>
    <message>
        <source>Document index values saved</source>
        <translation>Valores de índice do documento salvos</translation>
    </message>
    <message>
        <source>Report delivered</source>
        <translation>Laudo entregue</translation>
    </message>
    <message>
        <source>Report blocked</source>
        <translation>Laudo bloqueado</translation>
    </message>
    <message>
        <source>Report unblocked</source>
        <translation>Laudo desbloqueado</translation>
    </message>
    <message>
        <source>Quote sent</source>
        <translation>Orçamento enviado</translation>
    </message>
    <message>
        <source>Quote answered</source>
        <translation>Orçamento respondido</translation>
    </message>
    <message>
        <source>Invoice issued</source>
        <translation>Fatura emitida</translation>
    </message>
    <message>
        <source>Payment recorded</source>
        <translation>Pagamento registrado</translation>
    </message>
    <message>
        <source>Alert marked done</source>
        <translation>Alerta marcado como concluído</translation>
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
        <translation>Alterar minha senha</translation>
    </message>
    <message>
        <source>User: {name}</source>
        <translation>Usuário: {name}</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Senha atual</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nova senha</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Repetir a nova senha</translation>
    </message>
    <message>
        <source>New password again: the two new passwords differ.</source>
        <translation>Repetir a nova senha: as duas senhas novas não coincidem.</translation>
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
        <translation>Escolher colunas</translation>
    </message>
    <message>
        <source>Tick the columns to show; drag them to change their order.</source>
        <translation>Marque as colunas a exibir; arraste-as para mudar a ordem.</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Mover para &amp;cima</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Mover para &amp;baixo</translation>
    </message>
    <message>
        <source>&amp;Restore defaults</source>
        <translation>&amp;Restaurar padrão</translation>
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
        <translation>Escolher colunas…</translation>
    </message>
    <message>
        <source>Restore default columns</source>
        <translation>Restaurar as colunas padrão</translation>
    </message>
</context>
<context>
    <name>ConflictBanner</name>
    <message>
        <source>Reload theirs</source>
        <translation>Recarregar a versão deles</translation>
    </message>
    <message>
        <source>Forget your changes and show the saved version</source>
        <translation>Descartar suas alterações e mostrar a versão salva</translation>
    </message>
    <message>
        <source>Save mine over theirs</source>
        <translation>Salvar a minha por cima</translation>
    </message>
    <message>
        <source>Apply your changes on top of their version and save</source>
        <translation>Aplicar suas alterações sobre a versão deles e salvar</translation>
    </message>
    <message>
        <source>Changed by {who} at {when} while you were editing.</source>
        <translation>Alterado por {who} em {when} enquanto você editava.</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>alguém</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Versão deles</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Sua versão</translation>
    </message>
    <message>
        <source>They changed nothing shown in this form (the status, documents or billing).</source>
        <translation>Nada do que este formulário mostra foi alterado (a situação, os documentos ou o faturamento).</translation>
    </message>
</context>
<context>
    <name>ConnectionNotice</name>
    <message>
        <source>The connection to the office server was lost; reconnected.</source>
        <translation>A conexão com o servidor do escritório caiu; reconectado.</translation>
    </message>
    <message>
        <source>The connection to the office server was lost; reconnecting…</source>
        <translation>A conexão com o servidor do escritório caiu; reconectando…</translation>
    </message>
    <message>
        <source>Cannot reach the office server {server}; your changes are kept, try again.</source>
        <translation>Não é possível acessar o servidor do escritório {server}; suas alterações foram mantidas, tente novamente.</translation>
    </message>
</context>
<context>
    <name>CopyProgressDialog</name>
    <message>
        <source>cases</source>
        <translation>atendimentos</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>contatos</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>documentos</translation>
    </message>
    <message>
        <source>document versions</source>
        <translation>versões dos documentos</translation>
    </message>
    <message>
        <source>document contents</source>
        <translation>conteúdo dos documentos</translation>
    </message>
    <message>
        <source>the audit trail</source>
        <translation>a trilha de auditoria</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notas</translation>
    </message>
    <message>
        <source>users</source>
        <translation>usuários</translation>
    </message>
    <message>
        <source>invoices</source>
        <translation>faturas</translation>
    </message>
    <message>
        <source>payments</source>
        <translation>pagamentos</translation>
    </message>
    <message>
        <source>Copying the office to the server</source>
        <translation>Copiando o escritório para o servidor</translation>
    </message>
    <message>
        <source>Copying this office to {server}. CaseDesk cannot be used until the copy is finished; this office stays as it is.</source>
        <translation>Copiando este escritório para {server}. O CaseDesk não pode ser usado até que a cópia termine; este escritório continua como está.</translation>
    </message>
    <message>
        <source>Waiting for this window&apos;s background work to finish…</source>
        <translation>Aguardando a conclusão do trabalho em segundo plano desta janela…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stops the copy: the server is left empty, nothing is saved.</source>
        <translation>Interrompe a cópia: o servidor fica vazio e nada é salvo.</translation>
    </message>
    <message>
        <source>All {total} rows are copied. The server builds its indexes, then the copy is checked (row counts, every document&apos;s SHA-256)…</source>
        <translation>Todas as {total} linhas foram copiadas. O servidor cria seus índices e depois a cópia é verificada (contagem de linhas, SHA-256 de cada documento)…</translation>
    </message>
    <message>
        <source>All {total} rows are copied. The server builds its indexes ({done} of {count}), then the copy is checked (row counts, every document&apos;s SHA-256)…</source>
        <translation>Todas as {total} linhas foram copiadas. O servidor cria seus índices ({done} de {count}) e depois a cópia é verificada (contagem de linhas, SHA-256 de cada documento)…</translation>
    </message>
    <message>
        <source>Copying {what}: {done} of {total} rows</source>
        <translation>Copiando {what}: {done} de {total} linhas</translation>
    </message>
    <message>
        <source>Creating the tables on the server…</source>
        <translation>Criando as tabelas no servidor…</translation>
    </message>
    <message>
        <source>Stopping: the server is being rolled back…</source>
        <translation>Interrompendo: as alterações no servidor estão sendo revertidas…</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>CaseDesk: unexpected error</source>
        <translation>CaseDesk: erro inesperado</translation>
    </message>
    <message>
        <source>&lt;b&gt;CaseDesk met an error it did not expect.&lt;/b&gt;&lt;br&gt;What was saved before is safe; the last action may not have been completed. Check it, then carry on or restart CaseDesk.</source>
        <translation>&lt;b&gt;O CaseDesk encontrou um erro inesperado.&lt;/b&gt;&lt;br&gt;O que foi salvo antes está seguro; a última ação pode não ter sido concluída. Verifique-a e continue, ou reinicie o CaseDesk.</translation>
    </message>
    <message>
        <source>The details are in the log file {path} (for whoever supports CaseDesk).</source>
        <translation>Os detalhes estão no arquivo de log {path} (para quem dá suporte ao CaseDesk).</translation>
    </message>
    <message>
        <source>No log file could be written.</source>
        <translation>Nenhum arquivo de log pôde ser gravado.</translation>
    </message>
    <message>
        <source>Open the log folder</source>
        <translation>Abrir a pasta de logs</translation>
    </message>
</context>
<context>
    <name>DatabaseTab</name>
    <message>
        <source>This computer now</source>
        <translation>Este computador agora</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Motor</translation>
    </message>
    <message>
        <source>Office data</source>
        <translation>Dados do escritório</translation>
    </message>
    <message>
        <source>At the next start</source>
        <translation>Na próxima inicialização</translation>
    </message>
    <message>
        <source>Saved in</source>
        <translation>Salvo em</translation>
    </message>
    <message>
        <source>PostgreSQL server</source>
        <translation>Servidor PostgreSQL</translation>
    </message>
    <message>
        <source>Paste a URL and press Enter: its parts fill the fields below.</source>
        <translation>Cole uma URL e pressione Enter: as partes dela preenchem os campos abaixo.</translation>
    </message>
    <message>
        <source>Fill in the fields</source>
        <translation>Preencher os campos</translation>
    </message>
    <message>
        <source>db.office.lan or 192.168.1.20</source>
        <translation>db.office.lan ou 192.168.1.20</translation>
    </message>
    <message>
        <source>empty: from the PostgreSQL password file (pgpass)</source>
        <translation>em branco: usa o arquivo de senhas do PostgreSQL (pgpass)</translation>
    </message>
    <message>
        <source>optional, e.g. sslmode=require</source>
        <translation>opcional, ex.: sslmode=require</translation>
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
        <translation>Porta</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Banco de dados</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuário</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opções</translation>
    </message>
    <message>
        <source>The choice is saved for this computer only, in the file above (readable only by this computer&apos;s account), and takes effect when CaseDesk is next started (a database given on CaseDesk&apos;s command line still wins). A password typed here is saved in that file: leave it empty to keep it in the PostgreSQL password file (pgpass.conf) instead.</source>
        <translation>A escolha é salva somente para este computador, no arquivo acima (legível apenas pela conta deste computador), e passa a valer na próxima vez que o CaseDesk for iniciado (um banco de dados informado na linha de comando do CaseDesk continua tendo prioridade). Uma senha digitada aqui é salva nesse arquivo: deixe-a em branco para mantê-la no arquivo de senhas do PostgreSQL (pgpass.conf).</translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation>Testar a conexão</translation>
    </message>
    <message>
        <source>Use this database</source>
        <translation>Usar este banco de dados</translation>
    </message>
    <message>
        <source>Use the local file</source>
        <translation>Usar o arquivo local</translation>
    </message>
    <message>
        <source>Copy this office to the server…</source>
        <translation>Copiar este escritório para o servidor…</translation>
    </message>
    <message>
        <source>Copies every case, document, user and the audit trail into the empty server, checks the copy, then saves the server for this computer.</source>
        <translation>Copia todos os atendimentos, documentos e usuários, além da trilha de auditoria, para o servidor vazio, verifica a cópia e depois salva o servidor para este computador.</translation>
    </message>
    <message>
        <source>SQLite: a file on this computer</source>
        <translation>SQLite: um arquivo neste computador</translation>
    </message>
    <message>
        <source>saved (hidden)</source>
        <translation>salva (oculta)</translation>
    </message>
    <message>
        <source>none saved (pgpass)</source>
        <translation>nenhuma salva (pgpass)</translation>
    </message>
    <message>
        <source>server {host}, port {port}, database {database}, user {user}, password {password}</source>
        <translation>servidor {host}, porta {port}, banco de dados {database}, usuário {user}, senha {password}</translation>
    </message>
    <message>
        <source>this computer&apos;s account</source>
        <translation>a conta deste computador</translation>
    </message>
    <message>
        <source>the local file {path}</source>
        <translation>o arquivo local {path}</translation>
    </message>
    <message>
        <source>the server {server}</source>
        <translation>o servidor {server}</translation>
    </message>
    <message>
        <source>the file {path}</source>
        <translation>o arquivo {path}</translation>
    </message>
    <message>
        <source>This session was opened with another database (--database on the command line, or a choice saved since it started).</source>
        <translation>Esta sessão foi aberta com outro banco de dados (--database na linha de comando, ou uma escolha salva depois que ela começou).</translation>
    </message>
    <message>
        <source>Fields filled in from the URL.</source>
        <translation>Campos preenchidos a partir da URL.</translation>
    </message>
    <message>
        <source>Connecting to {server}…</source>
        <translation>Conectando a {server}…</translation>
    </message>
    <message>
        <source>Cannot reach {server}: {reason}</source>
        <translation>Não foi possível acessar {server}: {reason}</translation>
    </message>
    <message>
        <source>{server} holds an office written by a newer CaseDesk (schema {schema}; this program knows up to {latest}). Install the newer CaseDesk on this computer first.</source>
        <translation>{server} contém um escritório gravado por um CaseDesk mais novo (esquema {schema}; este programa conhece até o {latest}). Instale primeiro o CaseDesk mais novo neste computador.</translation>
    </message>
    <message>
        <source>{server} is reachable but is not a CaseDesk database: it holds other tables ({tables}). Use a new, empty database.</source>
        <translation>{server} está acessível, mas não é um banco de dados do CaseDesk: contém outras tabelas ({tables}). Use um banco de dados novo e vazio.</translation>
    </message>
    <message>
        <source>{server} is reachable and empty, but user {user} may not create tables in schema {schema}. Ask the server&apos;s administrator for: GRANT CREATE ON SCHEMA {schema} TO {user};</source>
        <translation>{server} está acessível e vazio, mas o usuário {user} não pode criar tabelas no esquema {schema}. Peça ao administrador do servidor: GRANT CREATE ON SCHEMA {schema} TO {user};</translation>
    </message>
    <message>
        <source>{server} is reachable and empty: it can hold a new office. To move this office there (cases, documents, users), close CaseDesk on the other computers and choose &quot;Copy this office to the server…&quot; below. Or, with CaseDesk closed on every computer, run:
{command}
then choose &quot;Use this database&quot;.</source>
        <translation>{server} está acessível e vazio: pode receber um novo escritório. Para mover este escritório para lá (atendimentos, documentos, usuários), feche o CaseDesk nos outros computadores e escolha “Copiar este escritório para o servidor…” abaixo. Ou, com o CaseDesk fechado em todos os computadores, execute:
{command}
e depois escolha “Usar este banco de dados”.</translation>
    </message>
    <message>
        <source>{server} is reachable and empty: it can hold a new office. To move this office there (cases, documents, users), close CaseDesk on every computer and run:
{command}
then choose &quot;Use this database&quot;.</source>
        <translation>{server} está acessível e vazio: pode receber um novo escritório. Para mover este escritório para lá (atendimentos, documentos, usuários), feche o CaseDesk em todos os computadores e execute:
{command}
e depois escolha “Usar este banco de dados”.</translation>
    </message>
    <message>
        <source>In the command, *** stands for the password.</source>
        <translation>No comando, *** representa a senha.</translation>
    </message>
    <message>
        <source>no office configured yet</source>
        <translation>nenhum escritório configurado ainda</translation>
    </message>
    <message>
        <source>{server} holds a CaseDesk office ({offices}): schema {schema}, {cases} cases.</source>
        <translation>{server} contém um escritório do CaseDesk ({offices}): esquema {schema}, {cases} atendimentos.</translation>
    </message>
    <message>
        <source>This CaseDesk updates it to schema {latest} when it opens it; computers with the older CaseDesk then cannot open it.</source>
        <translation>Este CaseDesk o atualiza para o esquema {latest} ao abri-lo; depois disso, computadores com o CaseDesk antigo não conseguem abri-lo.</translation>
    </message>
    <message>
        <source>CaseDesk has this office open now.</source>
        <translation>O CaseDesk está com este escritório aberto agora.</translation>
    </message>
    <message>
        <source>It holds no office yet: to move this office there, close CaseDesk on the other computers and choose &quot;Copy this office to the server…&quot; below.</source>
        <translation>Ainda não contém nenhum escritório: para mover este escritório para lá, feche o CaseDesk nos outros computadores e escolha “Copiar este escritório para o servidor…” abaixo.</translation>
    </message>
    <message>
        <source>{server} is empty. From its next start, CaseDesk on this computer will open a new, empty office there, without this office&apos;s cases. To move them first, answer No and choose &quot;Copy this office to the server…&quot;.

Use the empty database anyway?</source>
        <translation>{server} está vazio. A partir da próxima inicialização, o CaseDesk neste computador abrirá lá um escritório novo e vazio, sem os atendimentos deste escritório. Para movê-los antes, responda Não e escolha “Copiar este escritório para o servidor…”.

Usar o banco de dados vazio mesmo assim?</translation>
    </message>
    <message>
        <source>{server} is empty. From its next start, CaseDesk on this computer will open a new, empty office there, without this office&apos;s cases. To move them first, use the migrate-to command shown in the tab.

Use the empty database anyway?</source>
        <translation>{server} está vazio. A partir da próxima inicialização, o CaseDesk neste computador abrirá lá um escritório novo e vazio, sem os atendimentos deste escritório. Para movê-los antes, use o comando migrate-to mostrado na aba.

Usar o banco de dados vazio mesmo assim?</translation>
    </message>
    <message>
        <source>The test of {server} did not succeed:
{result}

Save it anyway? CaseDesk on this computer will not open until the server can be used, or until the local file is chosen again.</source>
        <translation>O teste de {server} não teve sucesso:
{result}

Salvar mesmo assim? O CaseDesk neste computador não abrirá até que o servidor possa ser usado ou até que o arquivo local seja escolhido novamente.</translation>
    </message>
    <message>
        <source>Saved: from its next start, CaseDesk on this computer opens {server}. Restart CaseDesk to work there.</source>
        <translation>Salvo: a partir da próxima inicialização, o CaseDesk neste computador abrirá {server}. Reinicie o CaseDesk para trabalhar lá.</translation>
    </message>
    <message>
        <source>This computer already opens the local file {path}.</source>
        <translation>Este computador já abre o arquivo local {path}.</translation>
    </message>
    <message>
        <source>From its next start, CaseDesk on this computer opens the local file {path} instead of the server. Work saved on the server is not in that file.

Go on?</source>
        <translation>A partir da próxima inicialização, o CaseDesk neste computador abrirá o arquivo local {path} em vez do servidor. O trabalho salvo no servidor não está nesse arquivo.

Continuar?</translation>
    </message>
    <message>
        <source>Saved: from its next start, CaseDesk on this computer opens the local file {path}. Restart CaseDesk to work there.</source>
        <translation>Salvo: a partir da próxima inicialização, o CaseDesk neste computador abrirá o arquivo local {path}. Reinicie o CaseDesk para trabalhar lá.</translation>
    </message>
    <message>
        <source>Point the other computers at the server in their own Tools → Settings → Database.</source>
        <translation>Em cada um dos outros computadores, aponte para o servidor em Ferramentas → Configurações → Banco de dados.</translation>
    </message>
    <message>
        <source>The server holds this office now, but the choice could not be saved for this computer (see below): choose &quot;Use this database&quot; once the cause is fixed.</source>
        <translation>O servidor agora contém este escritório, mas não foi possível salvar a escolha para este computador (veja abaixo): escolha “Usar este banco de dados” depois de corrigir a causa.</translation>
    </message>
    <message>
        <source>Copy this office to {server}?

Every case, document, user and the audit trail are copied into the server, then checked (row counts, every document&apos;s SHA-256). This office stays as it is on this computer.

CaseDesk cannot be used while the copy runs. Close CaseDesk on the other computers first: what they save during the copy does not reach the server.

Afterwards, CaseDesk on this computer opens the server from its next start. The other computers must be pointed at it in their own Tools → Settings → Database.</source>
        <translation>Copiar este escritório para {server}?

Todos os atendimentos, documentos e usuários, além da trilha de auditoria, são copiados para o servidor e depois verificados (contagem de linhas, SHA-256 de cada documento). Este escritório continua como está neste computador.

O CaseDesk não pode ser usado enquanto a cópia estiver em andamento. Feche antes o CaseDesk nos outros computadores: o que eles salvarem durante a cópia não chega ao servidor.

Depois, o CaseDesk neste computador abrirá o servidor a partir da próxima inicialização. Em cada um dos outros computadores, é preciso apontar para o servidor em Ferramentas → Configurações → Banco de dados.</translation>
    </message>
    <message>
        <source>Copying this office to {server}…</source>
        <translation>Copiando este escritório para {server}…</translation>
    </message>
    <message>
        <source>The copy was cancelled before it started: nothing was copied or saved.</source>
        <translation>A cópia foi cancelada antes de começar: nada foi copiado nem salvo.</translation>
    </message>
    <message>
        <source>Copied to {server}: {rows} rows ({cases} cases, {documents} documents) in {seconds} s, checked (row counts, every document&apos;s SHA-256).</source>
        <translation>Copiado para {server}: {rows} linhas ({cases} atendimentos, {documents} documentos) em {seconds} s, verificado (contagem de linhas, SHA-256 de cada documento).</translation>
    </message>
    <message>
        <source>The copy had finished before Cancel could stop it: the server holds this office now, but this computer still opens the local file. To open the server from the next start, choose &quot;Use this database&quot;.</source>
        <translation>A cópia já tinha terminado antes que Cancelar pudesse interrompê-la: o servidor agora contém este escritório, mas este computador ainda abre o arquivo local. Para abrir o servidor a partir da próxima inicialização, escolha “Usar este banco de dados”.</translation>
    </message>
    <message>
        <source>Saving the server for this computer…</source>
        <translation>Salvando o servidor para este computador…</translation>
    </message>
    <message>
        <source>The copy was cancelled: {server} was rolled back (left empty), and nothing was saved for this computer.</source>
        <translation>A cópia foi cancelada: as alterações em {server} foram revertidas (ficou vazio) e nada foi salvo para este computador.</translation>
    </message>
    <message>
        <source>The copy to {server} did not go through: {reason}
Nothing was kept on the server and nothing was saved for this computer. Test the connection again once the cause is fixed.</source>
        <translation>A cópia para {server} não foi concluída: {reason}
Nada foi mantido no servidor e nada foi salvo para este computador. Teste a conexão novamente depois de corrigir a causa.</translation>
    </message>
</context>
<context>
    <name>DateRange</name>
    <message>
        <source>any</source>
        <translation>qualquer</translation>
    </message>
</context>
<context>
    <name>DocumentActions</name>
    <message>
        <source>Add…</source>
        <translation>Adicionar…</translation>
    </message>
    <message>
        <source>Open externally</source>
        <translation>Abrir externamente</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Salvar uma cópia…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renomear…</translation>
    </message>
    <message>
        <source>Mark as checked</source>
        <translation>Marcar como conferido</translation>
    </message>
    <message>
        <source>Mark as not checked</source>
        <translation>Marcar como não conferido</translation>
    </message>
    <message>
        <source>New version…</source>
        <translation>Nova versão…</translation>
    </message>
    <message>
        <source>Move to the trash</source>
        <translation>Mover para a lixeira</translation>
    </message>
    <message>
        <source>Send report…</source>
        <translation>Enviar laudo…</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versões</translation>
    </message>
    <message>
        <source>Only administrative staff check documents.</source>
        <translation>Somente a equipe administrativa confere os documentos.</translation>
    </message>
    <message>
        <source>Add documents</source>
        <translation>Adicionar documentos</translation>
    </message>
    <message>
        <source>New version of “{title}”</source>
        <translation>Nova versão de “{title}”</translation>
    </message>
    <message>
        <source>No type</source>
        <translation>Sem tipo</translation>
    </message>
    <message>
        <source>Move “{title}” to the trash? It leaves the case’s documents.</source>
        <translation>Mover “{title}” para a lixeira? Ele deixará de constar nos documentos do atendimento.</translation>
    </message>
    <message numerus="yes">
        <source>Move %n documents to the trash? They leave the case’s documents.</source>
        <translation>
            <numerusform>Mover %n documento para a lixeira? Ele deixará de constar nos documentos do atendimento.</numerusform>
            <numerusform>Mover %n documentos para a lixeira? Eles deixarão de constar nos documentos do atendimento.</numerusform>
        </translation>
    </message>
    <message>
        <source>No application on this computer opens {file}.</source>
        <translation>Nenhum aplicativo deste computador abre {file}.</translation>
    </message>
    <message>
        <source>Save a copy of “{title}”</source>
        <translation>Salvar uma cópia de “{title}”</translation>
    </message>
    <message>
        <source>Save copies into a folder</source>
        <translation>Salvar cópias em uma pasta</translation>
    </message>
    <message>
        <source>Version {number}: {file} — {who}, {when}</source>
        <translation>Versão {number}: {file} — {who}, {when}</translation>
    </message>
    <message>
        <source>(current)</source>
        <translation>(atual)</translation>
    </message>
    <message>
        <source>Save a copy of this version</source>
        <translation>Salvar uma cópia desta versão</translation>
    </message>
    <message>
        <source>Save version {number} of “{title}”</source>
        <translation>Salvar a versão {number} de “{title}”</translation>
    </message>
    <message>
        <source>Some copies could not be saved:</source>
        <translation>Algumas cópias não puderam ser salvas:</translation>
    </message>
    <message numerus="yes">
        <source>%n copy(ies) saved in {folder}.</source>
        <translation>
            <numerusform>%n cópia salva em {folder}.</numerusform>
            <numerusform>%n cópias salvas em {folder}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentGenerator</name>
    <message>
        <source>Generate…</source>
        <translation>Gerar…</translation>
    </message>
    <message>
        <source>Make a document of this case from a template (quote, invoice, letter…)</source>
        <translation>Criar um documento deste atendimento a partir de um modelo (orçamento, fatura, carta…)</translation>
    </message>
    <message>
        <source>Office template: {file}</source>
        <translation>Modelo do escritório: {file}</translation>
    </message>
    <message>
        <source>Shipped template</source>
        <translation>Modelo incluído</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Salvar como PDF</translation>
    </message>
    <message>
        <source>Save as PDF (needs LibreOffice, not installed: DOCX only)</source>
        <translation>Salvar como PDF (requer o LibreOffice, não instalado: somente DOCX)</translation>
    </message>
    <message>
        <source>Missing-documents letter</source>
        <translation>Carta de documentos faltantes</translation>
    </message>
    <message>
        <source>Generating “{name}”…</source>
        <translation>Gerando “{name}”…</translation>
    </message>
    <message>
        <source>“{title}” generated and added to the case.</source>
        <translation>“{title}” gerado e adicionado ao atendimento.</translation>
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
        <source>Ver.</source>
        <translation>Ver.</translation>
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
    <message>
        <source>Versions</source>
        <translation>Versões</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Ainda não conferido</translation>
    </message>
    <message>
        <source>Checked by {who} on {when}</source>
        <translation>Conferido por {who} em {when}</translation>
    </message>
    <message>
        <source>Added by {who} on {when}</source>
        <translation>Incluído por {who} em {when}</translation>
    </message>
    <message numerus="yes">
        <source>%n version(s)</source>
        <translation>
            <numerusform>%n versão</numerusform>
            <numerusform>%n versões</numerusform>
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
        <translation>Laudo</translation>
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
        <translation>Os documentos de um tipo laudo determinam o ícone Laudo da lista de atendimentos.</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Adicionar…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renomear…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Descer</translation>
    </message>
    <message>
        <source>New document type</source>
        <translation>Novo tipo de documento</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Rename the document type</source>
        <translation>Renomear o tipo de documento</translation>
    </message>
</context>
<context>
    <name>DocumentsPane</name>
    <message>
        <source>Select a case to see its documents.</source>
        <translation>Selecione um atendimento para ver seus documentos.</translation>
    </message>
    <message>
        <source>This case has no documents yet.

Drop files here or click Add…</source>
        <translation>Este atendimento ainda não tem documentos.

Arraste arquivos para cá ou clique em Adicionar…</translation>
    </message>
    <message numerus="yes">
        <source>Release to add %n file(s) to this case.</source>
        <translation>
            <numerusform>Solte para adicionar %n arquivo a este atendimento.</numerusform>
            <numerusform>Solte para adicionar %n arquivos a este atendimento.</numerusform>
        </translation>
    </message>
    <message>
        <source>Release to add the file, or drop it on a document for a new version.</source>
        <translation>Solte para adicionar o arquivo ou solte-o sobre um documento para criar uma nova versão.</translation>
    </message>
    <message>
        <source>Add “{file}” as a new document</source>
        <translation>Adicionar “{file}” como novo documento</translation>
    </message>
    <message>
        <source>Add as a new version of “{title}”</source>
        <translation>Adicionar como nova versão de “{title}”</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>not added: the import was cancelled</source>
        <translation>não adicionado: a importação foi cancelada</translation>
    </message>
    <message>
        <source>Import cancelled: {added} of {total} files added.</source>
        <translation>Importação cancelada: {added} de {total} arquivos adicionados.</translation>
    </message>
    <message>
        <source>{added} of {total} files added; these could not be added:</source>
        <translation>{added} de {total} arquivos adicionados; estes não puderam ser adicionados:</translation>
    </message>
    <message>
        <source>Not stored twice: the case already has the same content.</source>
        <translation>Não armazenado em duplicidade: o atendimento já tem o mesmo conteúdo.</translation>
    </message>
    <message>
        <source>Some changes could not be made:</source>
        <translation>Algumas alterações não puderam ser feitas:</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source>Required field</source>
        <translation>Campo obrigatório</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation>Ainda não respondido</translation>
    </message>
</context>
<context>
    <name>HoldReasonDialog</name>
    <message>
        <source>Put case {number} on hold</source>
        <translation>Colocar o atendimento {number} em espera</translation>
    </message>
    <message>
        <source>Case {number} goes to “{status}”. Why does it wait, and until when?</source>
        <translation>O atendimento {number} passa para “{status}”. Por que ele fica em espera e até quando?</translation>
    </message>
    <message>
        <source>e.g. waiting for the laboratory results</source>
        <translation>ex.: aguardando os resultados do laboratório</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <source>Resume &amp;on</source>
        <translation>&amp;Retomar em</translation>
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
        <translation>indicador</translation>
    </message>
    <message>
        <source>notary</source>
        <translation>tabelião</translation>
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
        <translation>transferência</translation>
    </message>
    <message>
        <source>card</source>
        <translation>cartão</translation>
    </message>
    <message>
        <source>cheque</source>
        <translation>cheque</translation>
    </message>
    <message>
        <source>cash</source>
        <translation>dinheiro</translation>
    </message>
    <message>
        <source>direct debit</source>
        <translation>débito automático</translation>
    </message>
    <message>
        <source>Report “{title}” added by {who} on {when}</source>
        <translation>Relatório “{title}” adicionado por {who} em {when}</translation>
    </message>
    <message>
        <source>Report “{title}” added on {when}</source>
        <translation>Relatório “{title}” adicionado em {when}</translation>
    </message>
    <message>
        <source>Downloaded by {name} on {when}</source>
        <translation>Baixado por {name} em {when}</translation>
    </message>
    <message>
        <source>E-mailed to {name} by {who} on {when}</source>
        <translation>Enviado por e-mail para {name} por {who} em {when}</translation>
    </message>
    <message>
        <source>E-mailed to {name} on {when}</source>
        <translation>Enviado por e-mail para {name} em {when}</translation>
    </message>
    <message>
        <source>Delivered to {name} by {who} on {when}</source>
        <translation>Entregue a {name} por {who} em {when}</translation>
    </message>
    <message>
        <source>Delivered to {name} on {when}</source>
        <translation>Entregue a {name} em {when}</translation>
    </message>
    <message>
        <source>Quote {number} validated by {who} (collaborator) on {when}</source>
        <translation>Orçamento {number} aprovado por {who} (colaborador) em {when}</translation>
    </message>
    <message>
        <source>Quote {number} refused by {who} (collaborator) on {when}</source>
        <translation>Orçamento {number} recusado por {who} (colaborador) em {when}</translation>
    </message>
    <message>
        <source>Quote {number} validated by the client on {when}</source>
        <translation>Orçamento {number} aprovado pelo cliente em {when}</translation>
    </message>
    <message>
        <source>Quote {number} refused by the client on {when}</source>
        <translation>Orçamento {number} recusado pelo cliente em {when}</translation>
    </message>
    <message>
        <source>{amount} paid on {when} ({method}), recorded by {who}</source>
        <translation>{amount} pago em {when} ({method}), registrado por {who}</translation>
    </message>
    <message>
        <source>{amount} paid on {when} ({method})</source>
        <translation>{amount} pago em {when} ({method})</translation>
    </message>
    <message>
        <source>{step}: {amount} due {due}, paid on {when}</source>
        <translation>{step}: {amount} com vencimento em {due}, pago em {when}</translation>
    </message>
    <message>
        <source>{step}: {amount} due {due}, overdue</source>
        <translation>{step}: {amount} com vencimento em {due}, em atraso</translation>
    </message>
    <message>
        <source>{step}: {amount} due {due}, not paid yet</source>
        <translation>{step}: {amount} com vencimento em {due}, ainda não pago</translation>
    </message>
    <message>
        <source>Reports blocked for {name} ({role})</source>
        <translation>Relatórios bloqueados para {name} ({role})</translation>
    </message>
    <message>
        <source>Quote {number} for {amount} sent by {who} on {when}</source>
        <translation>Orçamento {number} de {amount} enviado por {who} em {when}</translation>
    </message>
    <message>
        <source>Quote {number} for {amount} sent on {when}</source>
        <translation>Orçamento {number} de {amount} enviado em {when}</translation>
    </message>
    <message>
        <source>Invoice {number} for {amount} issued by {who} on {when}</source>
        <translation>Fatura {number} de {amount} emitida por {who} em {when}</translation>
    </message>
    <message>
        <source>Invoice {number} for {amount} issued on {when}</source>
        <translation>Fatura {number} de {amount} emitida em {when}</translation>
    </message>
    <message>
        <source>{amount} still due on invoice {number}</source>
        <translation>{amount} ainda em aberto na fatura {number}</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… e mais {count}</translation>
    </message>
</context>
<context>
    <name>IconLegendDialog</name>
    <message>
        <source>Status icons legend</source>
        <translation>Legenda dos ícones de situação</translation>
    </message>
    <message>
        <source>Hover an icon in the case list to see why it shows, who did it and when; click it to open what is behind it.</source>
        <translation>Passe o mouse sobre um ícone da lista de atendimentos para ver por que ele aparece, quem o originou e quando; clique nele para abrir o que está por trás.</translation>
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
            <numerusform>Adicionando %n arquivo…</numerusform>
            <numerusform>Adicionando %n arquivos…</numerusform>
        </translation>
    </message>
    <message>
        <source>Adding {file} ({number} of {total})…</source>
        <translation>Adicionando {file} ({number} de {total})…</translation>
    </message>
    <message>
        <source>Cancelling after the current file…</source>
        <translation>Cancelando após o arquivo atual…</translation>
    </message>
</context>
<context>
    <name>IndexFieldsTab</name>
    <message>
        <source>Label</source>
        <translation>Rótulo</translation>
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
        <translation>Obrigatório</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valores</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Adicionar…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renomear…</translation>
    </message>
    <message>
        <source>Kind…</source>
        <translation>Tipo…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Descer</translation>
    </message>
    <message>
        <source>Values of the list</source>
        <translation>Valores da lista</translation>
    </message>
    <message>
        <source>Fields of</source>
        <translation>Campos para</translation>
    </message>
    <message>
        <source>the case</source>
        <translation>o atendimento</translation>
    </message>
    <message>
        <source>documents of type {name}</source>
        <translation>os documentos do tipo {name}</translation>
    </message>
    <message>
        <source>Only a choice field has a list of values.</source>
        <translation>Só um campo de escolha tem uma lista de valores.</translation>
    </message>
    <message>
        <source>New index field</source>
        <translation>Novo campo de índice</translation>
    </message>
    <message>
        <source>Field kind</source>
        <translation>Tipo de campo</translation>
    </message>
    <message>
        <source>Rename the field</source>
        <translation>Renomear o campo</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Novo valor</translation>
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
        <translation>Selecione um atendimento para ver seu índice.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Atendimento</translation>
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
        <source>You may read this case but not change it.</source>
        <translation>Você pode consultar este atendimento, mas não alterá-lo.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>Save the changes (Ctrl+S)</source>
        <translation>Salvar as alterações (Ctrl+S)</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Reverter</translation>
    </message>
    <message>
        <source>Forget the changes and show the saved values again</source>
        <translation>Descartar as alterações e mostrar novamente os valores salvos</translation>
    </message>
    <message>
        <source>Save the index</source>
        <translation>Salvar o índice</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvando…</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Salvando</translation>
    </message>
    <message>
        <source>Internal reference</source>
        <translation>Referência interna</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Assunto</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>CEP</translation>
    </message>
    <message>
        <source>Required field</source>
        <translation>Campo obrigatório</translation>
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
        <translation>Esta área de trabalho não tem campos de índice.</translation>
    </message>
    <message>
        <source>Document · {title}</source>
        <translation>Documento · {title}</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Alterações não salvas</translation>
    </message>
    <message>
        <source>The index of {what} has unsaved changes.</source>
        <translation>O índice de {what} tem alterações não salvas.</translation>
    </message>
    <message>
        <source>Save them before moving on?</source>
        <translation>Salvá-las antes de continuar?</translation>
    </message>
    <message>
        <source>Nothing was saved: correct the fields marked in red.</source>
        <translation>Nada foi salvo: corrija os campos marcados em vermelho.</translation>
    </message>
</context>
<context>
    <name>IntakeTab</name>
    <message>
        <source>Watch folder</source>
        <translation>Pasta monitorada</translation>
    </message>
    <message>
        <source>A folder on this computer or a network share</source>
        <translation>Uma pasta deste computador ou um compartilhamento de rede</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Procurar…</translation>
    </message>
    <message>
        <source>Take the files that arrive in this folder</source>
        <translation>Coletar os arquivos que chegarem a esta pasta</translation>
    </message>
    <message>
        <source>Save the folder</source>
        <translation>Salvar a pasta</translation>
    </message>
    <message>
        <source>CaseDesk looks at the folder every few seconds while it is open. A file is taken once it has not changed for a few seconds; it then moves to the folder&apos;s processed/ sub-folder, or to failed/ with a .reason.txt file that says why.</source>
        <translation>O CaseDesk verifica a pasta a cada poucos segundos enquanto está aberto. Um arquivo é coletado depois de ficar alguns segundos sem alteração; em seguida, ele vai para a subpasta processed/ da pasta, ou para failed/ com um arquivo .reason.txt que explica o motivo.</translation>
    </message>
    <message>
        <source>File-name rules (the first that matches wins)</source>
        <translation>Regras de nome de arquivo (vale a primeira que corresponder)</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Padrão</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>Expressão regular</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>Tipo de documento</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Descer</translation>
    </message>
    <message>
        <source>Save the rules</source>
        <translation>Salvar as regras</translation>
    </message>
    <message>
        <source>A pattern: {number} is the case number, {type} a document type&apos;s code or name, * any text, ? one character; it must match the whole name, in capitals or not. Example: {number}_{type}.* takes 24006604_informe.pdf into case 24006604 as a report. A regular expression names its groups (?P&lt;number&gt;…) and (?P&lt;type&gt;…). A document type chosen here beats {type}.</source>
        <translation>Um padrão: {number} é o número do atendimento, {type} o código ou nome de um tipo de documento, * qualquer texto, ? um caractere; ele deve corresponder ao nome inteiro, em maiúsculas ou não. Exemplo: {number}_{type}.* leva 24006604_informe.pdf para o atendimento 24006604 como laudo. Uma expressão regular nomeia seus grupos (?P&lt;number&gt;…) e (?P&lt;type&gt;…). Um tipo de documento escolhido aqui prevalece sobre {type}.</translation>
    </message>
    <message>
        <source>No rule of this work area&apos;s own: the default rule above applies.</source>
        <translation>Esta área de trabalho não tem regras próprias: vale a regra padrão acima.</translation>
    </message>
    <message>
        <source>From the file name</source>
        <translation>Pelo nome do arquivo</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <source>Missing-documents letter — case {number}</source>
        <translation>Carta de documentos faltantes — atendimento {number}</translation>
    </message>
    <message>
        <source>Write to:</source>
        <translation>Escrever para:</translation>
    </message>
    <message>
        <source>The owner: {name}</source>
        <translation>O titular: {name}</translation>
    </message>
    <message>
        <source>The prescriber: {name}</source>
        <translation>O indicador: {name}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>The letter asks for what the case lacks for the statuses ahead of it:</source>
        <translation>A carta solicita o que falta ao atendimento para seguir nas próximas etapas:</translation>
    </message>
    <message>
        <source>Case {number} lacks nothing for the statuses ahead of it: there is no letter to send.</source>
        <translation>Não falta nada ao atendimento {number} para as situações seguintes: não há carta a enviar.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Salvar como PDF</translation>
    </message>
    <message>
        <source>Save as PDF (needs LibreOffice, not installed: DOCX only)</source>
        <translation>Salvar como PDF (requer o LibreOffice, não instalado: somente DOCX)</translation>
    </message>
    <message>
        <source>Write the letter</source>
        <translation>Redigir a carta</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>CaseDesk — sign in</source>
        <translation>CaseDesk — entrar</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Entrar</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuário</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <source>Enter your login.</source>
        <translation>Informe seu login.</translation>
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
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <source>&amp;Choose the work area…</source>
        <translation>&amp;Escolher a área de trabalho…</translation>
    </message>
    <message>
        <source>&amp;Refresh the list</source>
        <translation>&amp;Atualizar a lista</translation>
    </message>
    <message>
        <source>&amp;Reset the layout</source>
        <translation>&amp;Restaurar o layout</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Relatórios</translation>
    </message>
    <message>
        <source>&amp;Statistics…</source>
        <translation>&amp;Estatísticas…</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Ferramentas</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configurações…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>Status icons &amp;legend</source>
        <translation>&amp;Legenda dos ícones de situação</translation>
    </message>
    <message>
        <source>&amp;About CaseDesk</source>
        <translation>&amp;Sobre o CaseDesk</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de ferramentas principal</translation>
    </message>
    <message>
        <source>User: {name} ({role})</source>
        <translation>Usuário: {name} ({role})</translation>
    </message>
    <message>
        <source>PostgreSQL server</source>
        <translation>Servidor PostgreSQL</translation>
    </message>
    <message>
        <source>SQLite file</source>
        <translation>Arquivo SQLite</translation>
    </message>
    <message>
        <source>All work areas</source>
        <translation>Todas as áreas de trabalho</translation>
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
        <source>Work area: {name}</source>
        <translation>Área de trabalho: {name}</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>CaseDesk will use {language} the next time it starts.</source>
        <translation>Idioma escolhido: {language}. Ele será aplicado na próxima vez que o CaseDesk for iniciado.</translation>
    </message>
    <message>
        <source>Case {number}</source>
        <translation>Atendimento {number}</translation>
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
        <source>The report is not in the documents list.</source>
        <translation>O laudo não está na lista de documentos.</translation>
    </message>
    <message>
        <source>Automatic backup written: {file} ({size}).</source>
        <translation>Backup automático gravado: {file} ({size}).</translation>
    </message>
    <message>
        <source>The automatic backup failed: {reason}</source>
        <translation>O backup automático falhou: {reason}</translation>
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
    <name>MessagePanel</name>
    <message>
        <source>Dismiss</source>
        <translation>Fechar</translation>
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
        <translation>Mover o atendimento {number}</translation>
    </message>
    <message>
        <source>Case {number} goes to “{status}”. Why?</source>
        <translation>O atendimento {number} passa para “{status}”. Por quê?</translation>
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
        <translation>Adicionar uma movimentação ao atendimento {number}</translation>
    </message>
    <message>
        <source>What happened, what was said or done…</source>
        <translation>O que aconteceu, o que foi dito ou feito…</translation>
    </message>
    <message>
        <source>&amp;Movement:</source>
        <translation>&amp;Movimentação:</translation>
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
        <translation>Resposta ao cliente</translation>
    </message>
    <message>
        <source>Message from the customer</source>
        <translation>Mensagem do cliente</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation>Solução</translation>
    </message>
    <message>
        <source>Close the ticket</source>
        <translation>Encerrar o atendimento</translation>
    </message>
    <message>
        <source>Seen only inside the company; the status does not change.</source>
        <translation>Visível somente dentro da empresa; o status não muda.</translation>
    </message>
    <message>
        <source>The customer owes the next move.</source>
        <translation>A próxima ação é do cliente.</translation>
    </message>
    <message>
        <source>We owe the next move; a resolved ticket goes back in progress.</source>
        <translation>A próxima ação é nossa; um atendimento resolvido volta a ficar em andamento.</translation>
    </message>
    <message>
        <source>The ticket becomes resolved; the customer owes the next move.</source>
        <translation>O atendimento passa a resolvido; a próxima ação é do cliente.</translation>
    </message>
    <message>
        <source>The ticket is closed; nobody owes a move.</source>
        <translation>O atendimento é encerrado; ninguém tem ação pendente.</translation>
    </message>
</context>
<context>
    <name>NotificationCentre</name>
    <message>
        <source>Notifications</source>
        <translation>Notificações</translation>
    </message>
    <message numerus="yes">
        <source>%n unread notification(s)</source>
        <translation>
            <numerusform>%n notificação não lida</numerusform>
            <numerusform>%n notificações não lidas</numerusform>
        </translation>
    </message>
    <message>
        <source>No unread notifications</source>
        <translation>Nenhuma notificação não lida</translation>
    </message>
    <message numerus="yes">
        <source>CaseDesk: %n unread notification(s)</source>
        <translation>
            <numerusform>CaseDesk: %n notificação não lida</numerusform>
            <numerusform>CaseDesk: %n notificações não lidas</numerusform>
        </translation>
    </message>
    <message>
        <source>The case of this notification is not in the list any more.</source>
        <translation>O atendimento desta notificação não está mais na lista.</translation>
    </message>
</context>
<context>
    <name>NotificationPanel</name>
    <message>
        <source>Notifications</source>
        <translation>Notificações</translation>
    </message>
    <message>
        <source>Mark all as read</source>
        <translation>Marcar todas como lidas</translation>
    </message>
    <message>
        <source>No notifications.
Status changes, new documents, overdue payments, due alerts and cases coming back from hold show here.</source>
        <translation>Nenhuma notificação.
Mudanças de status, novos documentos, pagamentos em atraso, alertas vencidos e atendimentos que saem da espera aparecem aqui.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <source>{by} moved case {number} from {from_status} to {to_status}</source>
        <translation>{by} moveu o atendimento {number} de {from_status} para {to_status}</translation>
    </message>
    <message>
        <source>{by} moved case {number} to {status}</source>
        <translation>{by} moveu o atendimento {number} para {status}</translation>
    </message>
    <message numerus="yes">
        <source>{by} added %n documents to case {number}, among them “{title}”</source>
        <translation>
            <numerusform>{by} adicionou %n documento ao atendimento {number}: “{title}”</numerusform>
            <numerusform>{by} adicionou %n documentos ao atendimento {number}, entre eles “{title}”</numerusform>
        </translation>
    </message>
    <message>
        <source>{by} added “{title}” to case {number}</source>
        <translation>{by} adicionou “{title}” ao atendimento {number}</translation>
    </message>
    <message numerus="yes">
        <source>Case {number} has not changed for %n day(s) (status {status})</source>
        <translation>
            <numerusform>O atendimento {number} está sem alterações há %n dia (status {status})</numerusform>
            <numerusform>O atendimento {number} está sem alterações há %n dias (status {status})</numerusform>
        </translation>
    </message>
    <message>
        <source>Case {number}: an installment of {amount} was due on {due_date} and is unpaid</source>
        <translation>Atendimento {number}: uma parcela de {amount} venceu em {due_date} e não foi paga</translation>
    </message>
    <message>
        <source>Alert on case {number} from {by}: {text}</source>
        <translation>Alerta de {by} no atendimento {number}: {text}</translation>
    </message>
    <message>
        <source>Case {number} comes back from {status}: its resume date is {resume_date}</source>
        <translation>O atendimento {number} sai de {status}: a data de retomada é {resume_date}</translation>
    </message>
    <message>
        <source>Case {number}: {kind}</source>
        <translation>Atendimento {number}: {kind}</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>agora mesmo</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>há %n minuto</numerusform>
            <numerusform>há %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>há %n hora</numerusform>
            <numerusform>há %n horas</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>ontem</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>Clear the date</source>
        <translation>Limpar a data</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Open with the system viewer</source>
        <translation>Abrir com o visualizador do sistema</translation>
    </message>
    <message>
        <source>Select a document</source>
        <translation>Selecione um documento</translation>
    </message>
    <message>
        <source>It is shown here.</source>
        <translation>Ele será exibido aqui.</translation>
    </message>
    <message>
        <source>Cannot show this file here</source>
        <translation>Não é possível exibir este arquivo aqui</translation>
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
        <translation>Número da página: digite uma página e pressione Enter</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Próxima página</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Reduzir zoom</translation>
    </message>
    <message>
        <source>Zoom: choose or type a percentage</source>
        <translation>Zoom: escolha ou digite uma porcentagem</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Aumentar zoom</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Ajustar à largura</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Ajustar à página</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent}%</translation>
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
        <translation>Carregando a visualização…</translation>
    </message>
    <message>
        <source>Files of this kind ({mime}) have no preview. Open the file with its own program.</source>
        <translation>Arquivos deste tipo ({mime}) não têm visualização. Abra o arquivo com o programa dele.</translation>
    </message>
    <message>
        <source>The PDF is protected by a password. Open it with a PDF reader that can ask for it.</source>
        <translation>O PDF está protegido por senha. Abra-o com um leitor de PDF que possa solicitá-la.</translation>
    </message>
    <message>
        <source>The PDF uses an encryption this preview does not support.</source>
        <translation>O PDF usa uma criptografia que esta visualização não suporta.</translation>
    </message>
    <message>
        <source>The PDF is damaged or incomplete (it may have been cut short while being copied): {detail}</source>
        <translation>O PDF está danificado ou incompleto (talvez a cópia tenha sido interrompida): {detail}</translation>
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
        <source>Page {page} of the PDF cannot be drawn ({detail}).</source>
        <translation>Não é possível exibir a página {page} do PDF ({detail}).</translation>
    </message>
    <message>
        <source>The image says it is {width} × {height} pixels ({megapixels} megapixels). Previews stop at {limit} megapixels so that a damaged or hostile file cannot exhaust the memory; open it with an image program if it is genuine.</source>
        <translation>A imagem declara ter {width} × {height} pixels ({megapixels} megapixels). As visualizações param em {limit} megapixels para que um arquivo danificado ou malicioso não esgote a memória; se a imagem for legítima, abra-a com um programa de imagens.</translation>
    </message>
    <message>
        <source>The file contains no text.</source>
        <translation>O arquivo não contém texto.</translation>
    </message>
    <message>
        <source>Showing the first {shown} of {total}. Open the file to read all of it.</source>
        <translation>Exibindo os primeiros {shown} de {total}. Abra o arquivo para ler tudo.</translation>
    </message>
    <message>
        <source>The Word document contains no text.</source>
        <translation>O documento do Word não contém texto.</translation>
    </message>
    <message>
        <source>Showing the beginning of the document ({chars} characters). Open the file to read all of it.</source>
        <translation>Exibindo o início do documento ({chars} caracteres). Abra o arquivo para ler tudo.</translation>
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
        <translation>Cc:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Data:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Assunto:</translation>
    </message>
    <message>
        <source>Text of the HTML message (pictures and links to the internet are not loaded).</source>
        <translation>Texto da mensagem HTML (imagens e links da internet não são carregados).</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(sem texto)</translation>
    </message>
    <message>
        <source>Attachments ({count})</source>
        <translation>Anexos ({count})</translation>
    </message>
    <message>
        <source>The message is long; only its beginning is shown.</source>
        <translation>A mensagem é longa; só o início é exibido.</translation>
    </message>
    <message>
        <source>The image cannot be read ({detail}).</source>
        <translation>Não é possível ler a imagem ({detail}).</translation>
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
        <translation>Oferecido</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Abrangência</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Atendimentos</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Adicionar…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renomear…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Descer</translation>
    </message>
    <message>
        <source>A reason used by cases cannot be removed: untick “Offered” to stop offering it.</source>
        <translation>Um motivo usado por atendimentos não pode ser removido: desmarque “Oferecido” para deixar de oferecê-lo.</translation>
    </message>
    <message>
        <source>Every work area</source>
        <translation>Todas as áreas de trabalho</translation>
    </message>
    <message>
        <source>This work area</source>
        <translation>Esta área de trabalho</translation>
    </message>
    <message>
        <source>New cancellation reason</source>
        <translation>Novo motivo de cancelamento</translation>
    </message>
    <message>
        <source>Rename the reason</source>
        <translation>Renomear o motivo</translation>
    </message>
</context>
<context>
    <name>SendReportDialog</name>
    <message>
        <source>Contact</source>
        <translation>Contato</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Função</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envios</translation>
    </message>
    <message>
        <source>Report access</source>
        <translation>Acesso ao laudo</translation>
    </message>
    <message>
        <source>E-mail draft in my mail program</source>
        <translation>Rascunho no meu programa de e-mail</translation>
    </message>
    <message>
        <source>Copy to a folder</source>
        <translation>Copiar para uma pasta</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Send report</source>
        <translation>Enviar laudo</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <source>Send report — case {number}</source>
        <translation>Enviar laudo — atendimento {number}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt; of case {number}: choose who gets it.</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt; do atendimento {number}: escolha os destinatários.</translation>
    </message>
    <message>
        <source>The case has no contacts yet: add the owner, the notary… first.</source>
        <translation>O atendimento ainda não tem contatos: adicione primeiro o titular, o tabelião…</translation>
    </message>
    <message>
        <source>Reports are blocked for {name} on this case</source>
        <translation>Os laudos estão bloqueados para {name} neste atendimento</translation>
    </message>
    <message>
        <source>no e-mail address</source>
        <translation>sem endereço de e-mail</translation>
    </message>
    <message>
        <source>Report delivered {count} time(s)</source>
        <translation>Entregas do laudo: {count}</translation>
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
        <translation>Enviar o laudo para uma pasta</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message numerus="yes">
        <source>E-mail draft for %n contact(s) opened in your mail program.</source>
        <translation>
            <numerusform>Rascunho de e-mail aberto no seu programa de e-mail para %n contato.</numerusform>
            <numerusform>Rascunho de e-mail aberto no seu programa de e-mail para %n contatos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>E-mail draft for %n contact(s) written to {path}; open it with your mail program.</source>
        <translation>
            <numerusform>Rascunho de e-mail gravado em {path} para %n contato; abra-o com seu programa de e-mail.</numerusform>
            <numerusform>Rascunho de e-mail gravado em {path} para %n contatos; abra-o com seu programa de e-mail.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Report copied for %n contact(s) to {path}.</source>
        <translation>
            <numerusform>Laudo copiado em {path} para %n contato.</numerusform>
            <numerusform>Laudo copiado em {path} para %n contatos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Work area</source>
        <translation>Área de trabalho</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Fluxo de trabalho</translation>
    </message>
    <message>
        <source>Cancellation reasons</source>
        <translation>Motivos de cancelamento</translation>
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
        <translation>Recebimento</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Banco de dados</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Permissões</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Who may do what. The matrix is part of the program and cannot be edited here.</source>
        <translation>Quem pode fazer o quê. A matriz faz parte do programa e não pode ser editada aqui.</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>permitido</translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation>não permitido</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvando…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvo.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aberto</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Em espera</translation>
    </message>
    <message>
        <source>Closed — done</source>
        <translation>Encerrado — concluído</translation>
    </message>
    <message>
        <source>Closed — cancelled</source>
        <translation>Encerrado — cancelado</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>Administrative clerk</source>
        <translation>Auxiliar administrativo</translation>
    </message>
    <message>
        <source>Sales manager</source>
        <translation>Gerente comercial</translation>
    </message>
    <message>
        <source>Sales advisor</source>
        <translation>Consultor comercial</translation>
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
        <translation>Valor</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Choice from a list</source>
        <translation>Escolha em uma lista</translation>
    </message>
    <message>
        <source>Yes / no</source>
        <translation>Sim / não</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Nenhuma data</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>Data do pedido</translation>
    </message>
    <message>
        <source>Reserved date</source>
        <translation>Data da reserva</translation>
    </message>
    <message>
        <source>Create cases</source>
        <translation>Criar atendimentos</translation>
    </message>
    <message>
        <source>Edit cases</source>
        <translation>Editar atendimentos</translation>
    </message>
    <message>
        <source>Reassign cases</source>
        <translation>Reatribuir atendimentos</translation>
    </message>
    <message>
        <source>Change a case&apos;s status</source>
        <translation>Alterar o status de um atendimento</translation>
    </message>
    <message>
        <source>Close cases</source>
        <translation>Encerrar atendimentos</translation>
    </message>
    <message>
        <source>Archive cases</source>
        <translation>Arquivar atendimentos</translation>
    </message>
    <message>
        <source>Move cases to the trash</source>
        <translation>Mover atendimentos para a lixeira</translation>
    </message>
    <message>
        <source>Restore cases from the trash</source>
        <translation>Restaurar atendimentos da lixeira</translation>
    </message>
    <message>
        <source>Purge cases for good</source>
        <translation>Expurgar atendimentos definitivamente</translation>
    </message>
    <message>
        <source>Add documents</source>
        <translation>Adicionar documentos</translation>
    </message>
    <message>
        <source>Mark documents as checked</source>
        <translation>Marcar documentos como conferidos</translation>
    </message>
    <message>
        <source>Edit documents</source>
        <translation>Editar documentos</translation>
    </message>
    <message>
        <source>Block and deliver reports</source>
        <translation>Bloquear e entregar laudos</translation>
    </message>
    <message>
        <source>Quotes, invoices and amounts</source>
        <translation>Orçamentos, faturas e valores</translation>
    </message>
    <message>
        <source>Record payments</source>
        <translation>Registrar pagamentos</translation>
    </message>
    <message>
        <source>Edit service orders</source>
        <translation>Editar ordens de serviço</translation>
    </message>
    <message>
        <source>Add notes and alerts</source>
        <translation>Adicionar notas e alertas</translation>
    </message>
    <message>
        <source>Manage users</source>
        <translation>Gerenciar usuários</translation>
    </message>
    <message>
        <source>Edit settings</source>
        <translation>Editar configurações</translation>
    </message>
    <message>
        <source>Back up, restore and repair</source>
        <translation>Fazer backup, restaurar e reparar</translation>
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
        <translation>Compartilhar o atendimento {number}</translation>
    </message>
    <message>
        <source>Shared with</source>
        <translation>Compartilhado com</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Acesso</translation>
    </message>
    <message>
        <source>Shared by</source>
        <translation>Compartilhado por</translation>
    </message>
    <message>
        <source>can see</source>
        <translation>pode ver</translation>
    </message>
    <message>
        <source>can change</source>
        <translation>pode alterar</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Compartilhar</translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>Parar de compartilhar</translation>
    </message>
    <message>
        <source>Team {name}</source>
        <translation>Equipe {name}</translation>
    </message>
    <message>
        <source>Shared with {name}.</source>
        <translation>Compartilhado com {name}.</translation>
    </message>
    <message>
        <source>No longer shared with {name}.</source>
        <translation>Não está mais compartilhado com {name}.</translation>
    </message>
</context>
<context>
    <name>StatisticsDialog</name>
    <message>
        <source>By status</source>
        <translation>Por situação</translation>
    </message>
    <message>
        <source>By work area</source>
        <translation>Por área de trabalho</translation>
    </message>
    <message>
        <source>By assigned user</source>
        <translation>Por usuário responsável</translation>
    </message>
    <message>
        <source>By month of creation</source>
        <translation>Por mês de criação</translation>
    </message>
    <message>
        <source>Cancellations by reason</source>
        <translation>Cancelamentos por motivo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Work area</source>
        <translation>Área de trabalho</translation>
    </message>
    <message>
        <source>Assigned user</source>
        <translation>Usuário responsável</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mês</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Atendimentos</translation>
    </message>
    <message>
        <source>Share %</source>
        <translation>% do total</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Estatísticas</translation>
    </message>
    <message>
        <source>All work areas</source>
        <translation>Todas as áreas de trabalho</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Criados</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message>
        <source>{count} cases, {cancelled} cancelled (archived included)</source>
        <translation>{count} atendimentos, {cancelled} cancelados (incluindo arquivados)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Pasta de trabalho do Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export statistics</source>
        <translation>Exportar estatísticas</translation>
    </message>
    <message>
        <source>Exporting to {file}…</source>
        <translation>Exportando para {file}…</translation>
    </message>
    <message>
        <source>Exported to {file}</source>
        <translation>Exportado para {file}</translation>
    </message>
</context>
<context>
    <name>StatusCombo</name>
    <message>
        <source>Current status</source>
        <translation>Situação atual</translation>
    </message>
</context>
<context>
    <name>StatusEditController</name>
    <message>
        <source>Status not changed</source>
        <translation>Situação não alterada</translation>
    </message>
</context>
<context>
    <name>StatusEditorDelegate</name>
    <message>
        <source>Changing to {status}…</source>
        <translation>Mudando para {status}…</translation>
    </message>
    <message>
        <source>Changing the status…</source>
        <translation>Mudando o status…</translation>
    </message>
</context>
<context>
    <name>StatusForm</name>
    <message>
        <source>Edit status</source>
        <translation>Editar status</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>Novo status</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <source>New cases start in this status</source>
        <translation>Os novos atendimentos começam neste status</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Cor</translation>
    </message>
    <message>
        <source>Help text</source>
        <translation>Texto de ajuda</translation>
    </message>
    <message>
        <source>Status colour</source>
        <translation>Cor do status</translation>
    </message>
</context>
<context>
    <name>UserActions</name>
    <message>
        <source>&amp;Users and teams…</source>
        <translation>&amp;Usuários e equipes…</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>Alterar minha &amp;senha…</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Sua senha foi alterada.</translation>
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
        <translation>Auxiliar administrativo</translation>
    </message>
    <message>
        <source>Sales manager</source>
        <translation>Gerente comercial</translation>
    </message>
    <message>
        <source>Sales advisor</source>
        <translation>Consultor comercial</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Técnico</translation>
    </message>
    <message>
        <source>Users and teams</source>
        <translation>Usuários e equipes</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuários</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Equipes</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Função</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipe</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Ativo</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuário</translation>
    </message>
    <message>
        <source>Can sign in</source>
        <translation>Pode entrar</translation>
    </message>
    <message>
        <source>optional, at least 8 characters</source>
        <translation>opcional, pelo menos 8 caracteres</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nome completo</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Novo usuário</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>Redefinir a senha…</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Add team</source>
        <translation>Adicionar equipe</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renomear</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Escritório</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>bloqueado</translation>
    </message>
    <message>
        <source>No team</source>
        <translation>Sem equipe</translation>
    </message>
    <message>
        <source>{name} — {office} ({count} member(s))</source>
        <translation>{name} — {office} (membros: {count})</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvando…</translation>
    </message>
    <message>
        <source>User {login} added.</source>
        <translation>Usuário {login} adicionado.</translation>
    </message>
    <message>
        <source>User {login} saved.</source>
        <translation>Usuário {login} salvo.</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Redefinir a senha</translation>
    </message>
    <message>
        <source>New password for {login} (at least 8 characters):</source>
        <translation>Nova senha para {login} (pelo menos 8 caracteres):</translation>
    </message>
    <message>
        <source>Password of {login} changed.</source>
        <translation>Senha de {login} alterada.</translation>
    </message>
    <message>
        <source>User {login} unlocked.</source>
        <translation>Usuário {login} desbloqueado.</translation>
    </message>
    <message>
        <source>Team {name} added.</source>
        <translation>Equipe {name} adicionada.</translation>
    </message>
    <message>
        <source>Team renamed to {name}.</source>
        <translation>Equipe renomeada para {name}.</translation>
    </message>
</context>
<context>
    <name>WindowIntake</name>
    <message>
        <source>Files are being added already; drop again when that has finished.</source>
        <translation>Já há arquivos sendo adicionados; solte-os novamente quando terminar.</translation>
    </message>
    <message>
        <source>You may not create cases: drop the files on a case to add them to it.</source>
        <translation>Você não tem permissão para criar atendimentos: solte os arquivos sobre um atendimento para adicioná-los a ele.</translation>
    </message>
    <message>
        <source>Choose a work area first: new cases are made in the work area shown.</source>
        <translation>Escolha primeiro uma área de trabalho: os novos atendimentos são criados na área de trabalho exibida.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) created from the dropped files.</source>
        <translation>
            <numerusform>%n atendimento criado a partir dos arquivos soltos.</numerusform>
            <numerusform>%n atendimentos criados a partir dos arquivos soltos.</numerusform>
        </translation>
    </message>
    <message>
        <source>New cases from files</source>
        <translation>Novos atendimentos a partir de arquivos</translation>
    </message>
    <message>
        <source>Make new cases from the {count} files dropped on the list:</source>
        <translation>Criar novos atendimentos a partir dos {count} arquivos soltos na lista:</translation>
    </message>
    <message>
        <source>One case per file</source>
        <translation>Um atendimento por arquivo</translation>
    </message>
    <message>
        <source>One case for all</source>
        <translation>Um atendimento para todos</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) taken from the watch folder</source>
        <translation>
            <numerusform>%n arquivo coletado da pasta monitorada</numerusform>
            <numerusform>%n arquivos coletados da pasta monitorada</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in their case, not stored twice</source>
        <translation>
            <numerusform>%n já estava no atendimento, não armazenado em duplicidade</numerusform>
            <numerusform>%n já estavam no atendimento, não armazenados em duplicidade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be taken (see the failed folder)</source>
        <translation>
            <numerusform>%n não pôde ser coletado (veja a pasta failed)</numerusform>
            <numerusform>%n não puderam ser coletados (veja a pasta failed)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkAreaChooser</name>
    <message>
        <source>CaseDesk — choose a work area</source>
        <translation>CaseDesk — escolher uma área de trabalho</translation>
    </message>
    <message>
        <source>Choose the office and the work area to open. You can switch at any time from the toolbar.</source>
        <translation>Escolha o escritório e a área de trabalho a abrir. Você pode trocar a qualquer momento pela barra de ferramentas.</translation>
    </message>
    <message>
        <source>Work area</source>
        <translation>Área de trabalho</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Atendimentos</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>All work areas</source>
        <translation>Todas as áreas de trabalho</translation>
    </message>
</context>
<context>
    <name>WorkAreaCombo</name>
    <message>
        <source>The office and work area whose cases the list shows</source>
        <translation>O escritório e a área de trabalho cujos atendimentos a lista exibe</translation>
    </message>
    <message>
        <source>All work areas</source>
        <translation>Todas as áreas de trabalho</translation>
    </message>
</context>
<context>
    <name>WorkflowTab</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
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
        <translation>Atendimentos</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Adicionar…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Descer</translation>
    </message>
    <message>
        <source>Move its cases to…</source>
        <translation>Mover seus atendimentos para…</translation>
    </message>
    <message>
        <source>Tick a cell to allow moving a case from the row&apos;s status to the column&apos;s.</source>
        <translation>Marque uma célula para permitir mover um atendimento do status da linha para o da coluna.</translation>
    </message>
    <message>
        <source>Allowed moves (row: from, column: to)</source>
        <translation>Transições permitidas (linha: de, coluna: para)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dias</translation>
    </message>
    <message>
        <source>A case of this work area left unchanged this long in an open status is reported to the sales managers of its team.</source>
        <translation>Um atendimento desta área que fica esse tempo sem alterações em uma situação aberta é informado aos gerentes comerciais da sua equipe.</translation>
    </message>
    <message>
        <source>Report a case as idle after</source>
        <translation>Informar atendimento parado após</translation>
    </message>
    <message>
        <source>Selected status</source>
        <translation>Status selecionado</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Ninguém</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>Mover para</translation>
    </message>
    <message>
        <source>Needs a reason</source>
        <translation>Exige motivo</translation>
    </message>
    <message>
        <source>Only for</source>
        <translation>Somente para</translation>
    </message>
    <message>
        <source>Required documents</source>
        <translation>Documentos obrigatórios</translation>
    </message>
    <message>
        <source>Required fields</source>
        <translation>Campos obrigatórios</translation>
    </message>
    <message>
        <source>Set on entry</source>
        <translation>Definir na entrada</translation>
    </message>
    <message>
        <source>Notify on entry</source>
        <translation>Notificar na entrada</translation>
    </message>
    <message>
        <source>Moves from this status and who may take them</source>
        <translation>Transições a partir deste status e quem pode executá-las</translation>
    </message>
    <message>
        <source>Selected status: {name}</source>
        <translation>Status selecionado: {name}</translation>
    </message>
    <message>
        <source>(no help text)</source>
        <translation>(sem texto de ajuda)</translation>
    </message>
    <message>
        <source>Anyone allowed to move cases</source>
        <translation>Qualquer pessoa com permissão para mudar o status</translation>
    </message>
    <message>
        <source>Remove the status {name}, its allowed moves and its requirements?</source>
        <translation>Remover o status {name}, suas transições permitidas e seus requisitos?</translation>
    </message>
    <message>
        <source>Move cases</source>
        <translation>Mover atendimentos</translation>
    </message>
    <message>
        <source>Move the {count} case(s) in {name} (archived and trashed included) to:</source>
        <translation>Mover os atendimentos de {name} ({count}, incluindo arquivados e na lixeira) para:</translation>
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
        <source>--format applies to the case list export, not to --case.</source>
        <translation>--format vale para a exportação da lista de atendimentos, não para --case.</translation>
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
        <source>User {id} does not exist.</source>
        <translation>O usuário {id} não existe.</translation>
    </message>
    <message>
        <source>Login {login} is locked until {until} after repeated failures.</source>
        <translation>O login {login} está bloqueado até {until} após várias tentativas erradas.</translation>
    </message>
    <message>
        <source>Current password: it is not the right one.</source>
        <translation>Senha atual: não está correta.</translation>
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
        <source>{path} already exists: a backup never overwrites a file; choose another name.</source>
        <translation>{path} já existe: um backup nunca sobrescreve um arquivo; escolha outro nome.</translation>
    </message>
    <message>
        <source>Cannot write the backup {path}: folder {folder} does not exist.</source>
        <translation>Não é possível gravar o backup {path}: a pasta {folder} não existe.</translation>
    </message>
    <message>
        <source>The database was not updated to schema {latest}: the backup taken first, into {folder}, failed: {reason}. Nothing was changed (the database stays at schema {found}); free some space or fix that folder, then open the office again.</source>
        <translation>O banco de dados não foi atualizado para o esquema {latest}: o backup feito antes, em {folder}, falhou: {reason}. Nada foi alterado (o banco continua no esquema {found}); libere espaço ou corrija essa pasta e abra o escritório novamente.</translation>
    </message>
    <message>
        <source>Cannot write the backup {path}: No space left on device (the disk of {folder} is full).</source>
        <translation>Não foi possível gravar o backup {path}: não há espaço no dispositivo (o disco de {folder} está cheio).</translation>
    </message>
    <message>
        <source>Cannot write the backup {path}: the copy of the database in {folder} failed: {reason}</source>
        <translation>Não é possível gravar o backup {path}: a cópia do banco de dados em {folder} falhou: {reason}</translation>
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
        <source>Case {number}: the pending interaction of a ticket is set by the system from its movements.</source>
        <translation>Atendimento {number}: a interação pendente de um atendimento é definida pelo sistema a partir das movimentações.</translation>
    </message>
    <message>
        <source>Case {number} cannot be moved from {from_status} to {to_status} by hand: that status is set by the system from the ticket&apos;s movements.</source>
        <translation>O atendimento {number} não pode ser movido manualmente de {from_status} para {to_status}: esse status é definido pelo sistema a partir das movimentações do atendimento.</translation>
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
        <source>Moving case {number} to {to_status} needs a reason.</source>
        <translation>Passar o atendimento {number} para {to_status} exige um motivo.</translation>
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
        <source>{file}: not stored. No space left on device (the disk of the database in {folder} is full).</source>
        <translation>{file}: não armazenado. Não há espaço no dispositivo (o disco do banco de dados em {folder} está cheio).</translation>
    </message>
    <message>
        <source>{file}: cannot be read ({reason}).</source>
        <translation>{file}: não é possível ler ({reason}).</translation>
    </message>
    <message>
        <source>{file}: not stored. {reason}</source>
        <translation>{file}: não armazenado. {reason}</translation>
    </message>
    <message>
        <source>{file}: changed while it was being imported; import it again.</source>
        <translation>{file}: foi alterado durante a importação; importe-o novamente.</translation>
    </message>
    <message>
        <source>Title: a document needs a title.</source>
        <translation>Título: um documento precisa de um título.</translation>
    </message>
    <message>
        <source>Title: at most {max} characters ({count} given).</source>
        <translation>Título: no máximo {max} caracteres (informados: {count}).</translation>
    </message>
    <message>
        <source>Type: document type {id} does not belong to the work area of case {number}.</source>
        <translation>Tipo: o tipo de documento {id} não pertence à área de trabalho do atendimento {number}.</translation>
    </message>
    <message>
        <source>{file}: same content as the current version of “{title}”; nothing to add.</source>
        <translation>{file}: mesmo conteúdo da versão atual de “{title}”; nada a adicionar.</translation>
    </message>
    <message>
        <source>Document {id} has no version {number}.</source>
        <translation>O documento {id} não tem a versão {number}.</translation>
    </message>
    <message>
        <source>{file}: cannot be written ({reason}).</source>
        <translation>{file}: não é possível gravar ({reason}).</translation>
    </message>
    <message>
        <source>Unknown export format {format}: use csv or xlsx.</source>
        <translation>Formato de exportação desconhecido {format}: use csv ou xlsx.</translation>
    </message>
    <message>
        <source>No case with number {number}: nothing was exported.</source>
        <translation>Nenhum atendimento com o número {number}: nada foi exportado.</translation>
    </message>
    <message>
        <source>Cannot export to {path}: it is a folder.</source>
        <translation>Não é possível exportar para {path}: é uma pasta.</translation>
    </message>
    <message>
        <source>Cannot export to {path}: give a .zip file or a new or empty folder.</source>
        <translation>Não foi possível exportar para {path}: informe um arquivo .zip ou uma pasta nova ou vazia.</translation>
    </message>
    <message>
        <source>Cannot export to {path}: folder {folder} does not exist.</source>
        <translation>Não é possível exportar para {path}: a pasta {folder} não existe.</translation>
    </message>
    <message>
        <source>Choose at least one case to export.</source>
        <translation>Escolha pelo menos um atendimento para exportar.</translation>
    </message>
    <message>
        <source>At most {max} cases in one export ({count} chosen).</source>
        <translation>No máximo {max} atendimentos por exportação ({count} escolhidos).</translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written.</source>
        <translation>Exportação cancelada: nada foi gravado.</translation>
    </message>
    <message>
        <source>Case {id} does not exist: nothing was exported.</source>
        <translation>O atendimento {id} não existe: nada foi exportado.</translation>
    </message>
    <message>
        <source>User {login} may not read case {number}: nothing was exported.</source>
        <translation>O usuário {login} não tem permissão para consultar o atendimento {number}: nada foi exportado.</translation>
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
        <source>Send the report: choose at least one contact.</source>
        <translation>Enviar o laudo: escolha pelo menos um contato.</translation>
    </message>
    <message>
        <source>Send the report: contact {ids} is not on case {number}.</source>
        <translation>Enviar o laudo: o contato {ids} não está no atendimento {number}.</translation>
    </message>
    <message>
        <source>The report of case {number} is blocked for {names}: unblock it for them first, or leave them out.</source>
        <translation>O laudo do atendimento {number} está bloqueado para {names}: desbloqueie-o para eles primeiro ou deixe-os de fora.</translation>
    </message>
    <message>
        <source>Send the report by e-mail: {names} has no e-mail address.</source>
        <translation>Enviar o laudo por e-mail: {names} não tem endereço de e-mail.</translation>
    </message>
    <message>
        <source>Send the report: {mode} is not a way to send it.</source>
        <translation>Enviar o laudo: {mode} não é uma forma de envio.</translation>
    </message>
    <message>
        <source>Send the report: choose a folder.</source>
        <translation>Enviar o laudo: escolha uma pasta.</translation>
    </message>
    <message>
        <source>{file}: is not a folder.</source>
        <translation>{file}: não é uma pasta.</translation>
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
        <source>Cannot copy into {name}: its schema is version {have}, the source&apos;s is {want}. Open both with the same CaseDesk first.</source>
        <translation>Não é possível copiar para {name}: seu esquema é a versão {have} e o da origem é a {want}. Abra primeiro os dois com o mesmo CaseDesk.</translation>
    </message>
    <message>
        <source>Cannot copy into {name}: it is not empty (table {table} has {count} rows). Copy only into a new, empty database.</source>
        <translation>Não é possível copiar para {name}: não está vazio (a tabela {table} tem {count} linhas). Copie apenas para um banco de dados novo e vazio.</translation>
    </message>
    <message>
        <source>Cannot copy {name} into itself.</source>
        <translation>Não é possível copiar {name} para ele mesmo.</translation>
    </message>
    <message>
        <source>Cannot copy {name}: its schema is version {have}; open it with this CaseDesk first to bring it to version {want}.</source>
        <translation>Não é possível copiar {name}: seu esquema é a versão {have}; abra-o primeiro com este CaseDesk para levá-lo à versão {want}.</translation>
    </message>
    <message>
        <source>Cannot read document content {sha} from {path}: {reason}</source>
        <translation>Não é possível ler o conteúdo do documento {sha} em {path}: {reason}</translation>
    </message>
    <message>
        <source>Document content {sha} is missing from {name}: nothing was copied. Run casedesk check on the source first.</source>
        <translation>O conteúdo do documento {sha} está faltando em {name}: nada foi copiado. Execute primeiro casedesk check na origem.</translation>
    </message>
    <message>
        <source>Document content {sha} in {name} is damaged (its bytes no longer match their SHA-256): nothing was copied. Run casedesk check on the source first.</source>
        <translation>O conteúdo do documento {sha} em {name} está danificado (seus bytes não correspondem mais ao SHA-256): nada foi copiado. Execute primeiro casedesk check na origem.</translation>
    </message>
    <message>
        <source>No document store given for {name}.</source>
        <translation>Nenhum armazenamento de documentos informado para {name}.</translation>
    </message>
    <message>
        <source>Cannot write to the document store {path}: {reason}</source>
        <translation>Não é possível gravar no repositório de documentos {path}: {reason}</translation>
    </message>
    <message>
        <source>The copy into {name} failed its verification, nothing was kept: {problems}</source>
        <translation>A cópia para {name} não passou na verificação, nada foi mantido: {problems}</translation>
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
    <message>
        <source>User {login} may not open the trash: only an administrator can.</source>
        <translation>O usuário {login} não pode abrir a lixeira: só um administrador pode.</translation>
    </message>
    <message>
        <source>The e-mail cannot be read ({reason}).</source>
        <translation>Não é possível ler o e-mail ({reason}).</translation>
    </message>
    <message>
        <source>The Word document cannot be shown: {reason}.</source>
        <translation>Não é possível exibir o documento do Word: {reason}.</translation>
    </message>
    <message>
        <source>Saved views belong to a user; {login} is not one.</source>
        <translation>As exibições salvas pertencem a um usuário; {login} não é um usuário.</translation>
    </message>
    <message>
        <source>View name: it is empty; type a name.</source>
        <translation>Nome da exibição: está vazio; digite um nome.</translation>
    </message>
    <message>
        <source>View name: it is {length} characters long; at most {max} are allowed.</source>
        <translation>Nome da exibição: tem {length} caracteres; são permitidos no máximo {max}.</translation>
    </message>
    <message>
        <source>A view named “{name}” exists already.</source>
        <translation>Já existe uma exibição chamada “{name}”.</translation>
    </message>
    <message>
        <source>Saved view {id} does not exist.</source>
        <translation>A exibição salva {id} não existe.</translation>
    </message>
    <message>
        <source>User {login} may not close cases: closing {to_status} is for a sales manager or an administrator.</source>
        <translation>O usuário {login} não pode encerrar atendimentos: passar para {to_status} cabe a um gerente comercial ou a um administrador.</translation>
    </message>
    <message>
        <source>Nothing was saved: {problems}</source>
        <translation>Nada foi salvo: {problems}</translation>
    </message>
    <message>
        <source>{label}: at most {max} characters.</source>
        <translation>{label}: no máximo {max} caracteres.</translation>
    </message>
    <message>
        <source>{label}: {value} is not a number.</source>
        <translation>{label}: {value} não é um número.</translation>
    </message>
    <message>
        <source>{label}: {value} is too large.</source>
        <translation>{label}: {value} é grande demais.</translation>
    </message>
    <message>
        <source>{label}: at most {places} decimals.</source>
        <translation>{label}: no máximo {places} casas decimais.</translation>
    </message>
    <message>
        <source>{label}: {value} is not an amount.</source>
        <translation>{label}: {value} não é um valor.</translation>
    </message>
    <message>
        <source>{label}: {value} is not yes or no.</source>
        <translation>{label}: {value} não é sim nem não.</translation>
    </message>
    <message>
        <source>{label}: {value} is not one of the list&apos;s values.</source>
        <translation>{label}: {value} não é um dos valores da lista.</translation>
    </message>
    <message>
        <source>{label}: unknown field kind {kind}.</source>
        <translation>{label}: tipo de campo desconhecido {kind}.</translation>
    </message>
    <message>
        <source>{label}: an amount cannot be negative.</source>
        <translation>{label}: um valor não pode ser negativo.</translation>
    </message>
    <message>
        <source>{label}: an amount has at most two decimals.</source>
        <translation>{label}: um valor tem no máximo duas casas decimais.</translation>
    </message>
    <message>
        <source>{label}: {value} is not a date.</source>
        <translation>{label}: {value} não é uma data.</translation>
    </message>
    <message>
        <source>The index of “{title}” was changed by someone else after you opened it ({fields}). Nothing was saved: revert to see their values.</source>
        <translation>O índice de “{title}” foi alterado por outra pessoa depois que você o abriu ({fields}). Nada foi salvo: reverta para ver os valores dela.</translation>
    </message>
    <message>
        <source>User {login} may not change amounts.</source>
        <translation>O usuário {login} não pode alterar valores.</translation>
    </message>
    <message>
        <source>{label}: {value} is not a date and time.</source>
        <translation>{label}: {value} não é uma data e hora.</translation>
    </message>
    <message>
        <source>{label}: no such index field here.</source>
        <translation>{label}: este campo de índice não existe aqui.</translation>
    </message>
    <message>
        <source>{label} is required.</source>
        <translation>{label} é obrigatório.</translation>
    </message>
    <message>
        <source>Case {number} is in the trash: an administrator must restore it first.</source>
        <translation>O atendimento {number} está na lixeira: um administrador precisa restaurá-lo primeiro.</translation>
    </message>
    <message>
        <source>Case {number} is not in the trash: only cases in the trash can be purged.</source>
        <translation>O atendimento {number} não está na lixeira: só atendimentos na lixeira podem ser expurgados.</translation>
    </message>
    <message>
        <source>The note text is empty: write what the note says.</source>
        <translation>O texto da nota está vazio: escreva o conteúdo da nota.</translation>
    </message>
    <message>
        <source>The note text is too long ({length} characters; at most {limit}).</source>
        <translation>O texto da nota é longo demais ({length} caracteres; no máximo {limit}).</translation>
    </message>
    <message>
        <source>The alert has no due date: choose when it is due.</source>
        <translation>O alerta não tem data de vencimento: escolha quando ele vence.</translation>
    </message>
    <message>
        <source>The alert&apos;s due date {due} is in the past: choose a later date.</source>
        <translation>A data de vencimento do alerta {due} já passou: escolha uma data posterior.</translation>
    </message>
    <message>
        <source>The alert&apos;s addressee (user {id}) does not exist.</source>
        <translation>O destinatário do alerta (usuário {id}) não existe.</translation>
    </message>
    <message>
        <source>The alert&apos;s addressee {login} cannot see this case: choose someone who can.</source>
        <translation>O destinatário do alerta {login} não pode ver este atendimento: escolha alguém que possa.</translation>
    </message>
    <message>
        <source>Alert {id} does not exist.</source>
        <translation>O alerta {id} não existe.</translation>
    </message>
    <message>
        <source>Only the alert&apos;s addressee or author may mark it done.</source>
        <translation>Somente o destinatário ou o autor do alerta pode marcá-lo como concluído.</translation>
    </message>
    <message>
        <source>Cancellation reason {id} does not exist.</source>
        <translation>O motivo de cancelamento {id} não existe.</translation>
    </message>
    <message>
        <source>Document type {id} does not exist.</source>
        <translation>O tipo de documento {id} não existe.</translation>
    </message>
    <message>
        <source>Index field {id} does not exist.</source>
        <translation>O campo de índice {id} não existe.</translation>
    </message>
    <message>
        <source>Lookup value {id} does not exist.</source>
        <translation>O valor de lista {id} não existe.</translation>
    </message>
    <message>
        <source>Work area {id} does not exist.</source>
        <translation>A área de trabalho {id} não existe.</translation>
    </message>
    <message>
        <source>Cancellation reason: enter 1 to {max} characters.</source>
        <translation>Motivo de cancelamento: digite de 1 a {max} caracteres.</translation>
    </message>
    <message>
        <source>Document type name: enter 1 to {max} characters.</source>
        <translation>Nome do tipo de documento: digite de 1 a {max} caracteres.</translation>
    </message>
    <message>
        <source>Field label: enter 1 to {max} characters.</source>
        <translation>Rótulo do campo: digite de 1 a {max} caracteres.</translation>
    </message>
    <message>
        <source>Lookup value: enter 1 to {max} characters.</source>
        <translation>Valor de lista: digite de 1 a {max} caracteres.</translation>
    </message>
    <message>
        <source>Cancellation reason: {label} is already in the list.</source>
        <translation>Motivo de cancelamento: {label} já está na lista.</translation>
    </message>
    <message>
        <source>Cancellation reason {label} cannot be removed: {count} case(s) were cancelled with it ({numbers}). Deactivate it instead.</source>
        <translation>O motivo de cancelamento {label} não pode ser removido: há atendimentos cancelados com ele ({count}: {numbers}). Desative-o em vez disso.</translation>
    </message>
    <message>
        <source>Document type name: {name} is already a document type here.</source>
        <translation>Nome do tipo de documento: {name} já é um tipo de documento aqui.</translation>
    </message>
    <message>
        <source>Document type {name} cannot be removed: {count} document(s) have it. Give them another type first.</source>
        <translation>O tipo de documento {name} não pode ser removido: há documentos desse tipo ({count}). Atribua outro tipo a eles primeiro.</translation>
    </message>
    <message>
        <source>Field kind: {value} is not a field kind.</source>
        <translation>Tipo de campo: {value} não é um tipo de campo.</translation>
    </message>
    <message>
        <source>Field document type: {name} is not a document type of this work area.</source>
        <translation>Tipo de documento do campo: {name} não é um tipo de documento desta área de trabalho.</translation>
    </message>
    <message>
        <source>Field code: {code} must start with a letter and use only a-z, 0-9 and _.</source>
        <translation>Código do campo: {code} deve começar com uma letra e usar somente a-z, 0-9 e _.</translation>
    </message>
    <message>
        <source>Field code: {code} is already used here.</source>
        <translation>Código do campo: {code} já é usado aqui.</translation>
    </message>
    <message>
        <source>Field kind of {label} cannot change: {count} value(s) are stored in it.</source>
        <translation>O tipo do campo {label} não pode mudar: há valores armazenados nele ({count}).</translation>
    </message>
    <message>
        <source>Index field {label} cannot be removed: {count} value(s) are stored in it.</source>
        <translation>O campo de índice {label} não pode ser removido: há valores armazenados nele ({count}).</translation>
    </message>
    <message>
        <source>Lookup value: {label} is not a choice field.</source>
        <translation>Valor de lista: {label} não é um campo de escolha.</translation>
    </message>
    <message>
        <source>Lookup value: {value} is already in the list.</source>
        <translation>Valor de lista: {value} já está na lista.</translation>
    </message>
    <message>
        <source>Lookup value {value} cannot be removed: {count} value(s) use it.</source>
        <translation>O valor de lista {value} não pode ser removido: está em uso ({count}).</translation>
    </message>
    <message>
        <source>The new order must list each entry of the list exactly once; nothing was moved.</source>
        <translation>A nova ordem deve conter cada item da lista exatamente uma vez; nada foi movido.</translation>
    </message>
    <message>
        <source>Access level {level}: use read or write.</source>
        <translation>Nível de acesso {level}: use read ou write.</translation>
    </message>
    <message>
        <source>Share with: choose one user or one team.</source>
        <translation>Compartilhar com: escolha um usuário ou uma equipe.</translation>
    </message>
    <message>
        <source>Share with: user {id} does not exist or is disabled.</source>
        <translation>Compartilhar com: o usuário {id} não existe ou está desativado.</translation>
    </message>
    <message>
        <source>Share with: team {id} does not exist.</source>
        <translation>Compartilhar com: a equipe {id} não existe.</translation>
    </message>
    <message>
        <source>Access grant {id} does not exist.</source>
        <translation>O compartilhamento {id} não existe.</translation>
    </message>
    <message>
        <source>Case {number} is not a ticket: its status is chosen by hand, not set from movements.</source>
        <translation>O atendimento {number} não é um atendimento: o status é escolhido manualmente, não definido por movimentações.</translation>
    </message>
    <message>
        <source>Ticket {number} must be assumed by a technician before work starts.</source>
        <translation>O atendimento {number} precisa ser assumido por um técnico antes do início do trabalho.</translation>
    </message>
    <message>
        <source>Ticket {number} was already assumed by {who}.</source>
        <translation>O atendimento {number} já foi assumido por {who}.</translation>
    </message>
    <message>
        <source>Ticket {number} is {status}: it takes no more movements.</source>
        <translation>O atendimento {number} está com status {status}: não aceita mais movimentações.</translation>
    </message>
    <message>
        <source>The movement&apos;s text is empty: write what happened.</source>
        <translation>O texto da movimentação está vazio: escreva o que aconteceu.</translation>
    </message>
    <message>
        <source>The movement&apos;s text is too long ({length} characters, at most {limit}).</source>
        <translation>O texto da movimentação é longo demais ({length} caracteres, no máximo {limit}).</translation>
    </message>
    <message>
        <source>Unknown movement kind {kind}.</source>
        <translation>Tipo de movimentação desconhecido: {kind}.</translation>
    </message>
    <message>
        <source>Login: it is required.</source>
        <translation>Login: é obrigatório.</translation>
    </message>
    <message>
        <source>Login {login}: use at most 64 letters, digits, dots, dashes, underscores or @, starting with a letter or digit.</source>
        <translation>Login {login}: use no máximo 64 letras, dígitos, pontos, hífens, sublinhados ou @, começando com uma letra ou um dígito.</translation>
    </message>
    <message>
        <source>Login {login}: another user already has it.</source>
        <translation>Login {login}: outro usuário já o utiliza.</translation>
    </message>
    <message>
        <source>Full name: it is required.</source>
        <translation>Nome completo: é obrigatório.</translation>
    </message>
    <message>
        <source>Full name: at most {n} characters.</source>
        <translation>Nome completo: no máximo {n} caracteres.</translation>
    </message>
    <message>
        <source>E-mail {email}: not an e-mail address.</source>
        <translation>E-mail {email}: não é um endereço de e-mail.</translation>
    </message>
    <message>
        <source>Role {role}: unknown (use one of {roles}).</source>
        <translation>Função {role}: desconhecida (use uma destas: {roles}).</translation>
    </message>
    <message>
        <source>Team: team {id} does not exist.</source>
        <translation>Equipe: a equipe {id} não existe.</translation>
    </message>
    <message>
        <source>User {login} is the last active administrator: make another user an administrator first.</source>
        <translation>O usuário {login} é o último administrador ativo: torne outro usuário administrador primeiro.</translation>
    </message>
    <message>
        <source>Office: office {id} does not exist.</source>
        <translation>Escritório: o escritório {id} não existe.</translation>
    </message>
    <message>
        <source>Team name: it is required.</source>
        <translation>Nome da equipe: é obrigatório.</translation>
    </message>
    <message>
        <source>Team name: at most {n} characters.</source>
        <translation>Nome da equipe: no máximo {n} caracteres.</translation>
    </message>
    <message>
        <source>Team name {name}: the office has a team of that name.</source>
        <translation>Nome da equipe {name}: o escritório já tem uma equipe com esse nome.</translation>
    </message>
    <message>
        <source>Office: choose the office the team belongs to.</source>
        <translation>Escritório: escolha o escritório ao qual a equipe pertence.</translation>
    </message>
    <message>
        <source>Status {id} does not exist.</source>
        <translation>O status {id} não existe.</translation>
    </message>
    <message>
        <source>Status name: enter 1 to {max} characters.</source>
        <translation>Nome do status: digite de 1 a {max} caracteres.</translation>
    </message>
    <message>
        <source>Status colour: {value} is not a colour like #1e88e5.</source>
        <translation>Cor do status: {value} não é uma cor no formato #1e88e5.</translation>
    </message>
    <message>
        <source>Status kind: {value} is not a status kind.</source>
        <translation>Tipo de status: {value} não é um tipo de status.</translation>
    </message>
    <message>
        <source>Initial status: exactly one status must be the initial one (new cases start there).</source>
        <translation>Status inicial: exatamente um status deve ser o inicial (os novos atendimentos começam nele).</translation>
    </message>
    <message>
        <source>Initial status: {name} must be an open status, since new cases start there.</source>
        <translation>Status inicial: {name} deve ser um status aberto, pois os novos atendimentos começam nele.</translation>
    </message>
    <message>
        <source>Status kind: the workflow needs at least one open status.</source>
        <translation>Tipo de status: o fluxo de trabalho precisa de pelo menos um status aberto.</translation>
    </message>
    <message>
        <source>Transitions: status {name} would have no way out; only a closed status may be final. Allow a move from it first.</source>
        <translation>Transições: o status {name} ficaria sem saída; só um status encerrado pode ser final. Permita primeiro uma transição a partir dele.</translation>
    </message>
    <message>
        <source>Status name: {name} is already a status of this workflow.</source>
        <translation>Nome do status: {name} já é um status deste fluxo de trabalho.</translation>
    </message>
    <message>
        <source>Initial status: make another status the initial one instead; there is always one.</source>
        <translation>Status inicial: defina outro status como inicial; sempre deve haver um.</translation>
    </message>
    <message>
        <source>Status {name} cannot be removed: {count} case(s) are in it ({numbers}). Move them to another status first.</source>
        <translation>O status {name} não pode ser removido: há atendimentos nele ({count}: {numbers}). Mova-os primeiro para outro status.</translation>
    </message>
    <message>
        <source>Status {name} cannot be removed: new cases start there. Make another status the initial one first.</source>
        <translation>O status {name} não pode ser removido: os novos atendimentos começam nele. Defina primeiro outro status como inicial.</translation>
    </message>
    <message>
        <source>Status {name} cannot be removed: it is the workflow&apos;s last open status.</source>
        <translation>O status {name} não pode ser removido: é o último status aberto do fluxo de trabalho.</translation>
    </message>
    <message>
        <source>Move cases to: choose another status of the same workflow as {name}.</source>
        <translation>Mover atendimentos para: escolha outro status do mesmo fluxo de trabalho que {name}.</translation>
    </message>
    <message>
        <source>Transition role: {value} is not a role.</source>
        <translation>Função da transição: {value} não é uma função.</translation>
    </message>
    <message>
        <source>Transitions: a move goes from a status to another status of the same workflow.</source>
        <translation>Transições: uma transição vai de um status para outro status do mesmo fluxo de trabalho.</translation>
    </message>
    <message>
        <source>Required documents: {ids} is not a document type of this work area.</source>
        <translation>Documentos obrigatórios: {ids} não é um tipo de documento desta área de trabalho.</translation>
    </message>
    <message>
        <source>Required fields: {ids} is not a case index field of this work area.</source>
        <translation>Campos obrigatórios: {ids} não é um campo de índice de atendimento desta área de trabalho.</translation>
    </message>
    <message>
        <source>Set date on entry: {value} is not a case date it may set.</source>
        <translation>Data definida na entrada: {value} não é uma data do atendimento que possa ser definida.</translation>
    </message>
    <message>
        <source>Notify on entry: {value} is not a role.</source>
        <translation>Notificar na entrada: {value} não é uma função.</translation>
    </message>
    <message>
        <source>Idle after: {value} is not a number of days from {low} to {high}.</source>
        <translation>Parado após: {value} não é um número de dias entre {low} e {high}.</translation>
    </message>
    <message>
        <source>{file}: there is no case {number} in this work area (file-name rule {position}: {pattern}).</source>
        <translation>{file}: não há atendimento {number} nesta área de trabalho (regra de nome de arquivo {position}: {pattern}).</translation>
    </message>
    <message>
        <source>{file}: case {number} is in the trash.</source>
        <translation>{file}: o atendimento {number} está na lixeira.</translation>
    </message>
    <message>
        <source>{file}: no document type “{type}” in this work area (its types: {names}).</source>
        <translation>{file}: não há tipo de documento “{type}” nesta área de trabalho (tipos disponíveis: {names}).</translation>
    </message>
    <message>
        <source>{file}: the name matches no file-name rule of this work area ({patterns}).</source>
        <translation>{file}: o nome não corresponde a nenhuma regra de nome de arquivo desta área de trabalho ({patterns}).</translation>
    </message>
    <message>
        <source>Watch folder {path} cannot be read ({reason}).</source>
        <translation>Não é possível ler a pasta monitorada {path} ({reason}).</translation>
    </message>
    <message>
        <source>{file}: cannot be imported ({reason}).</source>
        <translation>{file}: não é possível importar ({reason}).</translation>
    </message>
    <message>
        <source>the pattern is empty.</source>
        <translation>o padrão está vazio.</translation>
    </message>
    <message>
        <source>at most {max} characters ({count} given).</source>
        <translation>no máximo {max} caracteres (informados: {count}).</translation>
    </message>
    <message>
        <source>not a valid regular expression ({reason}).</source>
        <translation>não é uma expressão regular válida ({reason}).</translation>
    </message>
    <message>
        <source>a regular expression needs a group (?P&lt;number&gt;…) for the case number.</source>
        <translation>uma expressão regular precisa de um grupo (?P&lt;number&gt;…) para o número do atendimento.</translation>
    </message>
    <message>
        <source>unknown token {{{token}}}: use {{number}} and {{type}}.</source>
        <translation>marcador desconhecido {{{token}}}: use {{number}} e {{type}}.</translation>
    </message>
    <message>
        <source>use {{number}} exactly once and {{type}} at most once.</source>
        <translation>use {{number}} exatamente uma vez e {{type}} no máximo uma vez.</translation>
    </message>
    <message>
        <source>Watch folder: at most {max} characters ({count} given).</source>
        <translation>Pasta monitorada: no máximo {max} caracteres (informados: {count}).</translation>
    </message>
    <message>
        <source>Watch folder: choose a folder before turning it on.</source>
        <translation>Pasta monitorada: escolha uma pasta antes de ativá-la.</translation>
    </message>
    <message>
        <source>Watch folder: {path} is not a full path.</source>
        <translation>Pasta monitorada: {path} não é um caminho completo.</translation>
    </message>
    <message>
        <source>Watch folder: {path} is not a folder this computer reaches.</source>
        <translation>Pasta monitorada: {path} não é uma pasta acessível a partir deste computador.</translation>
    </message>
    <message>
        <source>File-name rules: at most {max} ({count} given).</source>
        <translation>Regras de nome de arquivo: no máximo {max} (informadas: {count}).</translation>
    </message>
    <message>
        <source>File-name rule {position} ({pattern}): {reason}</source>
        <translation>Regra de nome de arquivo {position} ({pattern}): {reason}</translation>
    </message>
    <message>
        <source>File-name rule {position} ({pattern}): document type {id} is not one of this work area&apos;s.</source>
        <translation>Regra de nome de arquivo {position} ({pattern}): o tipo de documento {id} não pertence a esta área de trabalho.</translation>
    </message>
    <message>
        <source>{file}: reading this {kind} file took longer than {seconds} s; it was stopped.</source>
        <translation>{file}: a leitura deste arquivo {kind} levou mais de {seconds} s; ela foi interrompida.</translation>
    </message>
    <message>
        <source>{file}: reading this {kind} file needs more than {megabytes} MB of memory; it was stopped.</source>
        <translation>{file}: a leitura deste arquivo {kind} exige mais de {megabytes} MB de memória; ela foi interrompida.</translation>
    </message>
    <message>
        <source>{file}: the {kind} reader crashed on this file ({detail}).</source>
        <translation>{file}: o leitor de {kind} falhou ao processar este arquivo ({detail}).</translation>
    </message>
    <message>
        <source>Template {name}: {reason}</source>
        <translation>Modelo {name}: {reason}</translation>
    </message>
    <message>
        <source>No template “{key}” for the work area {area}.</source>
        <translation>Não há modelo “{key}” para a área de trabalho {area}.</translation>
    </message>
    <message>
        <source>Unknown output format {format} (docx or pdf).</source>
        <translation>Formato de saída desconhecido: {format} (docx ou pdf).</translation>
    </message>
    <message>
        <source>A letter goes to the owner or the prescriber, not {role}.</source>
        <translation>Uma carta é dirigida ao titular ou ao indicador, não a {role}.</translation>
    </message>
    <message>
        <source>Case {number} has no owner to write to.</source>
        <translation>O atendimento {number} não tem titular a quem escrever.</translation>
    </message>
    <message>
        <source>Case {number} has no prescriber to write to.</source>
        <translation>O atendimento {number} não tem indicador a quem escrever.</translation>
    </message>
    <message>
        <source>Case {number} lacks nothing for the statuses ahead of it: there is no letter to send.</source>
        <translation>Não falta nada ao atendimento {number} para as situações seguintes: não há carta a enviar.</translation>
    </message>
    <message>
        <source>Backups: the interval must be between 1 and {max} hours ({value} given).</source>
        <translation>Backups: o intervalo deve estar entre 1 e {max} horas ({value} informado).</translation>
    </message>
    <message>
        <source>Backups: keep between 1 and {max} backups ({value} given).</source>
        <translation>Backups: mantenha entre 1 e {max} backups (recebido: {value}).</translation>
    </message>
    <message>
        <source>Backup folder: at most {max} characters ({count} given).</source>
        <translation>Pasta de backups: no máximo {max} caracteres (recebidos: {count}).</translation>
    </message>
    <message>
        <source>Backup folder: {path} is not a full path.</source>
        <translation>Pasta de backups: {path} não é um caminho completo.</translation>
    </message>
    <message>
        <source>Backup folder: {path} is not a folder this computer reaches.</source>
        <translation>Pasta de backups: {path} não é uma pasta acessível a partir deste computador.</translation>
    </message>
    <message>
        <source>A backup is running already on {host}; try again when it has finished.</source>
        <translation>Já há um backup em andamento em {host}; tente novamente quando ele terminar.</translation>
    </message>
    <message>
        <source>The backup failed: {reason}</source>
        <translation>O backup falhou: {reason}</translation>
    </message>
    <message>
        <source>The connection to the office server {server} was lost while saving ({reason}). Nothing was saved; your changes are kept: try again.</source>
        <translation>A conexão com o servidor do escritório {server} caiu durante o salvamento ({reason}). Nada foi salvo; suas alterações foram mantidas: tente novamente.</translation>
    </message>
    <message>
        <source>The connection to the office server {server} was lost while the change was being confirmed ({reason}); it may or may not have been saved. Your changes are kept: reload to check before saving again.</source>
        <translation>A conexão com o servidor do escritório {server} caiu enquanto a alteração era confirmada ({reason}); ela pode ter sido salva ou não. Suas alterações foram mantidas: recarregue para conferir antes de salvar de novo.</translation>
    </message>
    <message>
        <source>Cannot reach the office server {server}: {reason}. Your changes are kept: try again when the server is back.</source>
        <translation>Não é possível acessar o servidor do escritório {server}: {reason}. Suas alterações foram mantidas: tente novamente quando o servidor voltar.</translation>
    </message>
    <message>
        <source>The database is busy: {holders} kept a lock on {table} for more than {seconds} s. Nothing was changed; your changes are kept: try again in a moment.</source>
        <translation>O banco de dados está ocupado: a tabela {table} ficou bloqueada por {holders} durante mais de {seconds} s. Nada foi alterado; suas alterações foram mantidas: tente novamente em instantes.</translation>
    </message>
    <message>
        <source>The database is busy: another program kept a lock for more than {seconds} s. Nothing was changed; your changes are kept: try again in a moment.</source>
        <translation>O banco de dados está ocupado: outro programa o manteve bloqueado durante mais de {seconds} s. Nada foi alterado; suas alterações foram mantidas: tente novamente em instantes.</translation>
    </message>
    <message>
        <source>The database is locked: another CaseDesk session kept it for more than {seconds} s (open sessions: {holders}). Nothing was changed; your changes are kept: try again in a moment.</source>
        <translation>O banco de dados está bloqueado: outra sessão do CaseDesk o reteve durante mais de {seconds} s (sessões abertas: {holders}). Nada foi alterado; suas alterações foram mantidas: tente novamente em instantes.</translation>
    </message>
    <message>
        <source>The database is locked by another program (for more than {seconds} s). Nothing was changed; your changes are kept: try again in a moment.</source>
        <translation>O banco de dados está bloqueado por outro programa (há mais de {seconds} s). Nada foi alterado; suas alterações foram mantidas: tente novamente em instantes.</translation>
    </message>
    <message>
        <source>The database settings file {path} cannot be used: {reason}. Correct it, or delete it to open the data dir&apos;s own database file.</source>
        <translation>O arquivo de configurações do banco de dados {path} não pode ser usado: {reason}. Corrija-o, ou exclua-o para abrir o arquivo de banco de dados da própria pasta de dados.</translation>
    </message>
    <message>
        <source>Cannot delete {path}: {reason}</source>
        <translation>Não foi possível excluir {path}: {reason}</translation>
    </message>
    <message>
        <source>Cannot save {path}: {reason}</source>
        <translation>Não foi possível salvar {path}: {reason}</translation>
    </message>
    <message>
        <source>Cannot open the office server saved for this computer, {server}: {reason}. To use another server, correct or delete {file} (then Tools → Settings → Database). To open this computer&apos;s own database file instead, start: {command}</source>
        <translation>Não foi possível abrir o servidor do escritório salvo para este computador, {server}: {reason}. Para usar outro servidor, corrija ou exclua {file} (depois Ferramentas → Configurações → Banco de dados). Para abrir em vez disso o arquivo de banco de dados deste computador, execute: {command}</translation>
    </message>
    <message>
        <source>{field}: enter a URL such as postgresql://casedesk@server:5432/office.</source>
        <translation>{field}: informe uma URL como postgresql://casedesk@server:5432/office.</translation>
    </message>
    <message>
        <source>{field}: {url} does not start with postgresql://.</source>
        <translation>{field}: {url} não começa com postgresql://.</translation>
    </message>
    <message>
        <source>{field}: the port of {url} is not a number from 1 to 65535.</source>
        <translation>{field}: a porta de {url} não é um número de 1 a 65535.</translation>
    </message>
    <message>
        <source>{field}: {url} names no database (…/DATABASE at the end).</source>
        <translation>{field}: {url} não indica nenhum banco de dados (…/BANCO no final).</translation>
    </message>
    <message>
        <source>{field}: the options after ? in {url} are not NAME=VALUE pairs.</source>
        <translation>{field}: as opções após ? em {url} não são pares NOME=VALOR.</translation>
    </message>
    <message>
        <source>{field}: enter the server&apos;s name or address (e.g. db.office.lan).</source>
        <translation>{field}: informe o nome ou o endereço do servidor (ex.: db.office.lan).</translation>
    </message>
    <message>
        <source>{field}: {value} is not a server name or address (the port has its own field).</source>
        <translation>{field}: {value} não é um nome nem um endereço de servidor (a porta tem um campo próprio).</translation>
    </message>
    <message>
        <source>{field}: {value} is not a number from 1 to 65535.</source>
        <translation>{field}: {value} não é um número de 1 a 65535.</translation>
    </message>
    <message>
        <source>{field}: enter the name of the database (e.g. casedesk).</source>
        <translation>{field}: informe o nome do banco de dados (ex.: casedesk).</translation>
    </message>
    <message>
        <source>{field}: {value} is not NAME=VALUE (e.g. sslmode=require).</source>
        <translation>{field}: {value} não está no formato NOME=VALOR (ex.: sslmode=require).</translation>
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
<context>
    <name>index_values</name>
    <message>
        <source>Internal reference</source>
        <translation>Referência interna</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Assunto</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>CEP</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Cidade</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Agendamento</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Valor</translation>
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
        <translation>(sem responsável)</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>(nenhum motivo informado)</translation>
    </message>
</context>
<context>
    <name>templates</name>
    <message>
        <source>Quote</source>
        <translation>Orçamento</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Fatura</translation>
    </message>
    <message>
        <source>Delivery note</source>
        <translation>Nota de entrega</translation>
    </message>
    <message>
        <source>Diagnostic report cover</source>
        <translation>Capa do laudo de diagnóstico</translation>
    </message>
    <message>
        <source>Vehicle order</source>
        <translation>Pedido de veículo</translation>
    </message>
    <message>
        <source>Missing-documents letter</source>
        <translation>Carta de documentos faltantes</translation>
    </message>
    <message>
        <source>Discount request</source>
        <translation>Solicitação de desconto</translation>
    </message>
    <message>
        <source>PDF needs LibreOffice; stored as DOCX.</source>
        <translation>O PDF requer o LibreOffice; armazenado como DOCX.</translation>
    </message>
    <message>
        <source>The PDF conversion failed ({reason}); stored as DOCX.</source>
        <translation>A conversão para PDF falhou ({reason}); armazenado como DOCX.</translation>
    </message>
</context>
</TS>
