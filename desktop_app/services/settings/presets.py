"""Shipped office configurations mirroring the seeds: workflows, document types, index fields.

Configuration is data in the office's own language (a French diagnostic office names its
statuses in French); the program's own labels are translated in the views.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

from desktop_app.models import (
    CancellationReason,
    DocumentType,
    IndexField,
    LookupValue,
    NumberingSeries,
    Office,
    RequiredDocument,
    Status,
    Transition,
    WorkArea,
    Workflow,
)
from desktop_app.models.states import StatusKind

O = StatusKind.OPEN  # noqa: E741
H, D, C = StatusKind.ON_HOLD, StatusKind.CLOSED_DONE, StatusKind.CLOSED_CANCELLED


@dataclass(frozen=True)
class AreaPreset:
    code: str
    name: str
    kind: str
    prefix: str
    # (code, name, kind, colour, help text)
    statuses: list[tuple[str, str, str, str, str]]
    # (code, name, is_report)
    document_types: list[tuple[str, str, bool]]
    # (code, label, kind, required, choices)
    index_fields: list[tuple[str, str, str, bool, tuple[str, ...]]] = field(default_factory=list)
    cancellation_reasons: tuple[str, ...] = ()
    # status code → document type codes required before entering it
    required_documents: dict[str, tuple[str, ...]] = field(default_factory=dict)
    linear: bool = True  # forward/back one step; False: any open status to any other
    # statuses the system sets from the ticket's movements and nobody types (S4-F21, services/helpdesk/tickets.py)
    system_statuses: tuple[str, ...] = ()


DIAGNOSTICS = AreaPreset(
    "DIAG", "Diagnostics immobiliers", "diagnostics", "D25-",
    [
        ("to_prospect", "A prospecter", O, "#9e9e9e", "Demandes venant des annuaires et abonnements (S2-S1)."),
        ("to_quote", "A deviser", O, "#8d6e63", "Demandes web ou devis non validés à chiffrer (S2-S2)."),
        ("pre_order", "Précommande", O, "#7e57c2", "Commandes passées par les clients en ligne : à relire (S2-S3)."),
        ("quote_sent", "Devis", O, "#ffb300", "Devis communiqué, en attente de réponse : à relancer (S2-S4)."),
        ("to_schedule", "A planifier", O, "#29b6f6", "Accord du client : reste à fixer le RDV et le technicien (S2-S5)."),
        ("scheduled", "Planifié", O, "#1e88e5", "RDV fixé, technicien affecté (S2-S6)."),
        ("visited", "Intervenu", O, "#00897b", "Mission terminée sur site, rapport à finaliser (S2-S7)."),
        ("analysis", "Analyse", H, "#6d4c41", "Prélèvements au laboratoire, en attente du retour (S2-S8)."),
        ("incomplete", "Incomplet", H, "#f4511e", "Il manque un élément pour produire le rapport (S2-S9)."),
        ("finalised", "Finalisé", D, "#43a047", "Rapport et facture joints, clients prévenus (S2-S10)."),
        ("cancelled", "Annulé", C, "#e53935", "Dossier annulé, avec son motif (S2-S11)."),
    ],
    [("report", "Rapport", True), ("quote", "Devis", False), ("invoice", "Facture", False),
     ("order", "Bon de commande", False), ("plan", "Plan", False), ("photo", "Photo", False),
     ("energy_bill", "Facture énergie", False)],
    [("mission", "Missions", "choice", True, ("DPE", "Amiante", "Plomb", "Électricité", "Gaz", "Termites", "Carrez")),
     ("surface", "Surface (m²)", "number", False, ()),
     ("construction_year", "Année de construction", "number", False, ()),
     ("sale_or_rent", "Vente / location", "choice", True, ("Vente", "Location")),
     ("lab_sent", "Envoi laboratoire", "date", False, ()),
     ("keys_at_agency", "Clés à l'agence", "bool", False, ())],
    ("Trop cher", "Délai trop long", "Vente annulée", "Doublon", "Client injoignable", "Concurrent choisi"),
    {"finalised": ("report", "invoice")},
    linear=False,
)

DEALERSHIP_SALES = AreaPreset(
    "VN", "Ventas", "sales", "VN25-",
    [
        ("offer", "Oferta", O, "#9e9e9e", "Oferta presentada al cliente."),
        ("order", "Pedido", O, "#ffb300", "Pedido firmado por el cliente."),
        ("financing", "Financiación", O, "#7e57c2", "Estudio de financiación en curso."),
        ("registration", "Matriculación", O, "#1e88e5", "Trámite con la gestoría."),
        ("delivery", "Entrega", O, "#00897b", "Vehículo listo para entregar."),
        ("closed", "Cerrado", D, "#43a047", "Expediente cerrado por el jefe de ventas."),
        ("cancelled", "Anulado", C, "#e53935", "Venta anulada."),
    ],
    [("order_form", "Pedido", False), ("id_card", "DNI", False), ("contract", "Contrato", False),
     ("financing", "Financiación", False), ("registration", "Permiso de circulación", False),
     ("invoice", "Factura", False), ("delivery_report", "Acta de entrega", True)],
    [("vin", "Bastidor (VIN)", "text", True, ()), ("model", "Modelo", "text", True, ()),
     ("plate", "Matrícula", "text", False, ()), ("price", "Precio", "money", True, ()),
     ("campaign", "Campaña", "choice", False, ("Plan Renove", "Flotas", "Ocasión", "Ninguna")),
     ("delivery_date", "Fecha de entrega", "date", False, ())],
    ("Financiación denegada", "Precio", "Plazo de entrega", "Compra en otro concesionario"),
    {"closed": ("order_form", "invoice")},
)

DEALERSHIP_AFTER_SALES = AreaPreset(
    "PV", "Postventa", "after_sales", "OR25-",
    [
        ("appointment", "Cita", O, "#9e9e9e", "Cita de taller concertada."),
        ("reception", "Recepción", O, "#ffb300", "Vehículo recibido, orden de reparación abierta."),
        ("workshop", "En taller", O, "#1e88e5", "Reparación en curso."),
        ("waiting_parts", "Esperando piezas", H, "#6d4c41", "A la espera de recambios."),
        ("finished", "Terminado", O, "#00897b", "Reparación terminada, pendiente de facturar."),
        ("closed", "Cerrado", D, "#43a047", "Facturado y entregado."),
        ("cancelled", "Anulado", C, "#e53935", "Orden anulada."),
    ],
    [("repair_order", "Orden de reparación", False), ("estimate", "Presupuesto", False),
     ("invoice", "Factura", False), ("inspection", "Informe de inspección", True)],
    [("plate", "Matrícula", "text", True, ()), ("mileage", "Kilómetros", "number", False, ()),
     ("warranty", "Garantía", "bool", False, ())],
    ("Cliente no se presenta", "Presupuesto rechazado"),
)

REPAIR = AreaPreset(
    "SIN", "Siniestros", "repair", "24",
    [
        ("acceptance", "Aceptación", O, "#9e9e9e", "Servicio nuevo pendiente de aceptar."),
        ("first_appointment", "Primera cita", O, "#ffb300", "Coordinar la primera cita con el asegurado."),
        ("first_visit_info", "Información 1ª visita", O, "#7e57c2", "Trasladar la información de la visita."),
        ("second_appointment", "Segunda cita / Finalización", O, "#1e88e5", "Coordinar el segundo gremio o finalizar."),
        ("on_hold", "En espera", H, "#6d4c41", "En espera con motivo y fecha de reanudación."),
        ("finished", "Finalizado", O, "#00897b", "Finalizado, pendiente de facturar."),
        ("invoiced", "Facturado", D, "#43a047", "Facturado y cerrado."),
        ("cancelled", "Anulado", C, "#e53935", "Servicio anulado."),
    ],
    [("report", "Informe pericial", True), ("photo", "Fotografía", False), ("delivery_note", "Albarán", False),
     ("budget", "Presupuesto", False), ("invoice", "Factura", False)],
    [("policy", "Póliza", "text", True, ()), ("insurer", "Compañía", "choice", True,
      ("Mapfre", "Allianz", "AXA", "Generali", "Zurich")),
     ("damage", "Tipo de daño", "choice", False, ("Agua", "Rotura", "Cerrajería", "Eléctrico", "Robo")),
     ("urgent", "Urgente", "bool", False, ())],
    ("Rechazado por la compañía", "Asegurado ilocalizable", "Duplicado"),
)

# An ISP ticket's status follows its movements (S4-F21, S4-H1): open until a technician assumes
# it, then in progress, resolved by a solution, closed by a close. Cancelling stays a person's
# decision with its reason (the status drop-down). Migration m0007 marks existing desks' statuses.
ISP_SYSTEM_STATUSES = ("open", "assumed", "resolved", "closed")

ISP_SUPPORT = AreaPreset(
    "ATD", "Atendimentos", "support", "26",
    [
        ("open", "Aberto", O, "#ffb300", "Atendimento aberto, aguardando um técnico assumir (S4-H1)."),
        ("assumed", "Em andamento", O, "#1e88e5", "Assumido pelo técnico responsável."),
        ("resolved", "Resolvido", O, "#00897b", "Solução registrada, aguardando o fechamento."),
        ("closed", "Fechado", D, "#43a047", "Atendimento fechado."),
        ("cancelled", "Cancelado", C, "#e53935", "Atendimento cancelado."),
    ],
    [("screenshot", "Imagem", False), ("invoice", "Fatura", False), ("technical_report", "Laudo técnico", True),
     ("email", "E-mail", False)],
    [("login", "Login", "text", True, ()), ("process", "Processo", "choice", False,
      ("Desconto em fatura", "Visita técnica", "Troca de equipamento")),
     ("outage_start", "Hora da abertura do chamado", "text", False, ()),
     ("signal_back", "Hora do retorno do sinal", "text", False, ()),
     ("discount_period", "Período para desconto (dias)", "number", False, ()),
     ("opa_protocol", "Protocolo OPA", "text", False, ())],
    ("Cliente desistiu", "Duplicado", "Resolvido pelo cliente"),
    system_statuses=ISP_SYSTEM_STATUSES,
)

# office kind → (office name, country, language, [area presets])
OFFICES: dict[str, tuple[str, str, str, list[AreaPreset]]] = {
    "dealership": ("Automóviles Levante", "ES", "es", [DEALERSHIP_SALES, DEALERSHIP_AFTER_SALES]),
    "diagnostics": ("Diag Expertise Atlantique", "FR", "fr", [DIAGNOSTICS]),
    "repair": ("Red de Reparaciones Interpartner", "ES", "es", [REPAIR]),
    "isp": ("Conecta Fibra Telecom", "BR", "pt_BR", [ISP_SUPPORT]),
}


def _transitions(preset: AreaPreset, statuses: list[Status]) -> list[tuple[Status, Status, bool]]:
    """(from, to, requires_reason) edges: along the line or freely, plus hold, cancel and reopen."""
    openish = [s for s in statuses if s.kind in (O, H)]
    closed_done = [s for s in statuses if s.kind == D]
    cancelled = [s for s in statuses if s.kind == C]
    edges: set[tuple[int, int]] = set()
    if preset.linear:
        for a, b in itertools.pairwise(openish):
            edges.add((a.id, b.id))
            edges.add((b.id, a.id))
        for s in openish:
            for hold in (x for x in openish if x.kind == H):
                if s.id != hold.id:
                    edges.update({(s.id, hold.id), (hold.id, s.id)})
    else:
        edges.update((a.id, b.id) for a in openish for b in openish if a.id != b.id)
    for s in openish:
        edges.update((s.id, d.id) for d in closed_done)
        edges.update((s.id, c.id) for c in cancelled)
    first = openish[0]
    edges.update((c.id, first.id) for c in cancelled)  # reopen a cancelled case
    by_id = {s.id: s for s in statuses}
    return [(by_id[a], by_id[b], by_id[b].kind == C) for a, b in sorted(edges)]


def create_work_area(office: Office, preset: AreaPreset) -> WorkArea:
    area = WorkArea.create(office=office, code=preset.code, name=preset.name, kind=preset.kind)
    NumberingSeries.create(work_area=area, code="main", prefix=preset.prefix, width=6, next_value=1)
    workflow = Workflow.create(work_area=area, name=preset.name)
    statuses = [Status.create(workflow=workflow, code=code, name=name, kind=kind, colour=colour,
                              help_text=help_text, position=position, is_initial=(position == 0),
                              system_only=code in preset.system_statuses)
                for position, (code, name, kind, colour, help_text) in enumerate(preset.statuses)]
    for a, b, reason in _transitions(preset, statuses):
        Transition.create(from_status=a, to_status=b, requires_reason=reason)
    types = {code: DocumentType.create(work_area=area, code=code, name=name, is_report=is_report,
                                       position=position)
             for position, (code, name, is_report) in enumerate(preset.document_types)}
    for position, (code, label, kind, required, choices) in enumerate(preset.index_fields):
        index_field = IndexField.create(work_area=area, code=code, label=label, kind=kind,
                                        required=required, position=position)
        for choice_position, choice in enumerate(choices):
            LookupValue.create(field=index_field, value=choice, position=choice_position)
    for position, label in enumerate(preset.cancellation_reasons):
        CancellationReason.create(work_area=area, label=label, position=position)
    by_code = {s.code: s for s in statuses}
    for status_code, type_codes in preset.required_documents.items():
        for type_code in type_codes:
            RequiredDocument.create(status=by_code[status_code], document_type=types[type_code])
    return area


def create_office(kind: str, code: str | None = None) -> Office:
    """An office of a shipped kind with its work areas. Call inside a write transaction."""
    name, country, language, areas = OFFICES[kind]
    office = Office.create(code=code or kind, name=name, kind=kind, country=country, language=language,
                           currency="BRL" if country == "BR" else "EUR")
    for preset in areas:
        create_work_area(office, preset)
    return office
