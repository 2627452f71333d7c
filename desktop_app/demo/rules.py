"""What a demo case looks like in each work area: status mix by age, what each status holds.

Per work area (keyed by the preset's area code) and per status: how likely the status is
for a recent, a middle-aged and an old case, which quote states it shows, how often it
has a report and an invoice, whether its appointment lies ahead or behind, and which
document types it usually holds. Plus the vocabulary, in the office's own language.
"""

from __future__ import annotations

from dataclasses import dataclass

AWAITING, ACCEPTED, REFUSED = "awaiting", "accepted", "refused"


@dataclass(frozen=True)
class StatusRule:
    weights: tuple[float, float, float]  # case younger than 45 days, than a year, older
    quotes: tuple[tuple[str | None, int], ...] = ((None, 1),)  # (QuoteStatus or None, weight)
    report_p: float = 0.0
    invoice_p: float = 0.0
    appointment: str = ""  # "", "future", "past"
    docs: tuple[str, ...] = ()  # usual document types besides reports, quote and invoice
    orders: tuple[str, ...] = ()  # service order statuses (repair, ISP), first = main trade
    unassigned: bool = False  # no advisor or technician yet


@dataclass(frozen=True)
class AreaRules:
    code: str
    share: float  # of all cases
    statuses: dict[str, StatusRule]
    report_types: tuple[str, ...]
    quote_type: str
    invoice_type: str
    installments_p: float  # issued invoices with a schedule (échelons, financing)
    vat: str  # rate in percent, canonical text
    quote_prefix: str
    subjects: tuple[str, ...]
    origins: tuple[str, ...]
    departments: tuple[str, ...] = ("",)
    hold_reasons: tuple[str, ...] = ()
    # (description, lowest price, highest price, step); step 0 = any cents
    invoice_items: tuple[tuple[str, int, int, int], ...] = ()
    titles: dict[str, str] | None = None  # document type → title template ({number}, {owner})
    reuse_owner_p: float = 0.25  # a returning customer rather than a new contact


S = StatusRule
Q_AWAIT, Q_OK = ((AWAITING, 1),), ((ACCEPTED, 1),)

DIAGNOSTICS = AreaRules(
    "DIAG", 0.25,
    {
        "to_prospect": S((8, 1, 0.2), unassigned=True),
        "to_quote": S((10, 1, 0.2), unassigned=True),
        "pre_order": S((6, 1, 0.2), docs=("order",), unassigned=True),
        "quote_sent": S((12, 3, 0.4), Q_AWAIT, unassigned=True),
        "to_schedule": S((10, 2, 0.3), Q_OK, docs=("order",), unassigned=True),
        "scheduled": S((14, 2, 0.2), Q_OK, appointment="future", docs=("order",)),
        "visited": S((10, 2, 0.3), Q_OK, 0.3, 0.2, "past", ("photo",)),
        "analysis": S((5, 3, 0.3), Q_OK, 0.3, 0.2, "past", ("photo",)),
        "incomplete": S((4, 3, 0.5), Q_OK, 0.1, 0.1, "past", ("photo",)),
        "finalised": S((15, 70, 85), ((ACCEPTED, 9), (None, 1)), 1.0, 1.0, "past", ("plan", "energy_bill")),
        "cancelled": S((6, 14, 12), ((REFUSED, 5), (None, 3), (AWAITING, 1))),
    },
    ("report",), "quote", "invoice", 0.25, "20", "DEV",
    ("DPE + Amiante - Vente maison", "DPE - Location appartement", "Amiante avant travaux",
     "Plomb (CREP) - Vente", "Électricité + Gaz - Vente", "Termites - Vente terrain bâti",
     "Loi Carrez - Copropriété", "Dossier de diagnostic technique complet"),
    ("Annuaire AROBIZ", "Direct Annonces", "Site web AROBIZ", "Espace client Sogexpert",
     "Téléphone", "Recommandation notaire", "Agence partenaire"),
    hold_reasons=("Prélèvements amiante envoyés au laboratoire", "Factures énergie manquantes pour le DPE",
                  "Relevés de consommation à fournir", "Plans du bien demandés au propriétaire",
                  "Tantièmes de copropriété manquants"),
    invoice_items=(("Diagnostic de performance énergétique (DPE)", 120, 190, 5),
                   ("Repérage amiante avant vente", 90, 160, 5), ("Constat de risque d'exposition au plomb", 90, 140, 5),
                   ("État de l'installation électrique", 80, 120, 5), ("État de l'installation gaz", 80, 120, 5),
                   ("État parasitaire termites", 70, 110, 5), ("Mesurage loi Carrez", 60, 95, 5)),
    reuse_owner_p=0.15,
    titles={"report": "Rapport de diagnostic {number}", "quote": "Devis {number}", "invoice": "Facture {number}",
            "order": "Bon de commande {owner}", "plan": "Plan du bien", "photo": "Photos de la visite",
            "energy_bill": "Factures énergie {owner}"},
)

SALES = AreaRules(
    "VN", 0.2,
    {
        "offer": S((14, 2, 0.3), Q_AWAIT, docs=("id_card",)),
        "order": S((12, 3, 0.3), Q_OK, docs=("order_form", "id_card")),
        "financing": S((8, 2, 0.3), Q_OK, docs=("order_form", "id_card", "financing")),
        "registration": S((8, 2, 0.3), Q_OK, 0.0, 0.3, docs=("order_form", "contract", "registration")),
        "delivery": S((8, 2, 0.3), Q_OK, 0.0, 1.0, "future", ("order_form", "contract", "registration")),
        "closed": S((10, 72, 86), Q_OK, 1.0, 1.0, "past", ("order_form", "id_card", "contract")),
        "cancelled": S((6, 12, 10), ((REFUSED, 6), (AWAITING, 1), (None, 1))),
    },
    ("delivery_report",), "order_form", "invoice", 0.3, "21", "OF",
    ("Venta SEAT León 1.5 TSI FR", "Venta SEAT Ibiza 1.0 TSI Style", "Venta CUPRA Formentor VZ",
     "Venta SEAT Arona Xperience", "Venta CUPRA Born 58 kWh", "Venta SEAT Tarraco 2.0 TDI",
     "Venta vehículo de ocasión", "Renting flota empresa"),
    ("Exposición", "Web", "Teléfono", "Campaña Plan Renove", "Cliente habitual"),
    ("Ventas VN", "Ventas VO", "Flotas"),
    invoice_items=(("Vehículo", 14000, 52000, 50), ("Gastos de matriculación", 250, 450, 50),
                   ("Preentrega y transporte", 300, 700, 50), ("Pack mantenimiento 3 años", 400, 900, 50)),
    reuse_owner_p=0.4,  # the same customers buy and service their cars
    titles={"delivery_report": "Acta de entrega {number}", "order_form": "Pedido {number}", "id_card": "DNI {owner}",
            "contract": "Contrato de compraventa", "financing": "Financiación {owner}",
            "registration": "Permiso de circulación", "invoice": "Factura {number}"},
)

AFTER_SALES = AreaRules(
    "PV", 0.2,
    {
        "appointment": S((16, 1, 0.2), appointment="future"),
        "reception": S((12, 2, 0.3), ((None, 2), (AWAITING, 1)), docs=("repair_order",)),
        "workshop": S((12, 2, 0.3), ((ACCEPTED, 3), (AWAITING, 2)), docs=("repair_order",)),
        "waiting_parts": S((6, 3, 0.3), Q_OK, docs=("repair_order",)),
        "finished": S((8, 3, 0.5), ((ACCEPTED, 3), (None, 2)), 0.5, 0.6, docs=("repair_order",)),
        "closed": S((10, 72, 88), ((ACCEPTED, 2), (None, 3)), 0.4, 1.0, docs=("repair_order",)),
        "cancelled": S((4, 8, 8), ((REFUSED, 3), (None, 2))),
    },
    ("inspection",), "estimate", "invoice", 0.0, "21", "PRE",
    ("Revisión oficial 30.000 km", "Cambio de pastillas y discos de freno", "Diagnosis testigo motor",
     "Sustitución de embrague", "Campaña de llamada a revisión", "Cambio de neumáticos",
     "Reparación de carrocería", "Carga de aire acondicionado"),
    ("Cita web", "Teléfono", "Mostrador", "Campaña del fabricante"),
    ("Taller mecánica", "Carrocería"),
    hold_reasons=("Esperando piezas del fabricante", "Pendiente de peritación del seguro",
                  "Esperando autorización del cliente"),
    invoice_items=(("Mano de obra mecánica", 45, 380, 0), ("Recambios", 20, 900, 0),
                   ("Aceite y filtros", 60, 140, 0), ("Neumáticos", 180, 620, 0)),
    reuse_owner_p=0.45,
    titles={"inspection": "Informe de inspección {number}", "repair_order": "Orden de reparación {number}",
            "estimate": "Presupuesto {number}", "invoice": "Factura {number}"},
)

REPAIR = AreaRules(
    "SIN", 0.2,
    {
        "acceptance": S((16, 1, 0.2), orders=("open",)),
        "first_appointment": S((14, 2, 0.3), appointment="future", orders=("open",)),
        "first_visit_info": S((10, 2, 0.3), ((None, 3), (AWAITING, 1)), 0.4, 0.0, "past", ("photo",),
                              ("in_progress",)),
        "second_appointment": S((10, 3, 0.4), ((AWAITING, 1), (ACCEPTED, 2), (None, 2)), 0.6, 0.0, "future",
                                ("photo",), ("finished", "open")),
        "on_hold": S((6, 3, 0.5), ((AWAITING, 1), (None, 2)), 0.5, 0.0, "", ("photo",), ("reschedule",)),
        "finished": S((8, 6, 1), ((ACCEPTED, 1), (None, 3)), 1.0, 0.0, "past", ("photo", "delivery_note"),
                      ("finished",)),
        "invoiced": S((8, 66, 86), ((ACCEPTED, 1), (None, 3)), 1.0, 1.0, "past", ("photo", "delivery_note"),
                      ("closed",)),
        "cancelled": S((4, 9, 8), ((REFUSED, 1), (None, 4)), orders=("closed",)),
    },
    ("report",), "budget", "invoice", 0.0, "21", "PRE",
    ("Fuga de agua en baño", "Rotura de tubería en cocina", "Apertura de puerta sin llave",
     "Cortocircuito en vivienda", "Reparación de alicatado tras fuga", "Cambio de cerradura tras robo",
     "Filtraciones en techo", "Avería en cuadro eléctrico"),
    ("Mapfre", "Allianz", "AXA", "Generali", "Zurich"),
    ("Siniestros hogar", "Siniestros comunidades"),
    hold_reasons=("Pendiente de peritación de la compañía", "Asegurado ilocalizable, reintentar",
                  "Esperando material del proveedor", "Pendiente de autorización del administrador"),
    invoice_items=(("Mano de obra", 35, 420, 0), ("Materiales", 12, 380, 0), ("Desplazamiento", 25, 45, 0),
                   ("Apertura urgente", 90, 180, 0)),
    titles={"report": "Informe pericial {number}", "photo": "Fotografías del siniestro",
            "delivery_note": "Albarán {number}", "budget": "Presupuesto {number}", "invoice": "Factura {number}"},
)

ISP = AreaRules(
    "ATD", 0.15,
    {
        "open": S((30, 2, 0.3), orders=("open",), unassigned=True),
        "assumed": S((25, 3, 0.4), docs=("screenshot",), orders=("in_progress",)),
        "resolved": S((15, 4, 0.5), report_p=0.2, docs=("screenshot", "email"), orders=("finished",)),
        "closed": S((20, 76, 88), report_p=0.2, invoice_p=0.05, docs=("email",), orders=("closed",)),
        "cancelled": S((5, 10, 10), orders=()),
    },
    ("technical_report",), "", "invoice", 0.0, "0", "ORC",
    ("Sem conexão", "Lentidão na navegação", "Desconto em fatura", "Troca de equipamento (ONU)",
     "Mudança de endereço", "Quedas intermitentes", "Rompimento externo", "Wi-Fi não alcança o quarto"),
    ("Interna", "Hotsite", "Telefone", "WhatsApp"),
    ("Suporte N1", "Suporte N2", "Financeiro", "Comercial"),
    invoice_items=(("Visita técnica", 60, 120, 10), ("Troca de equipamento", 150, 320, 10)),
    reuse_owner_p=0.4,  # a subscriber opens many tickets
    titles={"technical_report": "Laudo técnico {number}", "screenshot": "Print do cliente",
            "email": "E-mail do cliente", "invoice": "Fatura {number}"},
)

AREAS: dict[str, AreaRules] = {r.code: r for r in (SALES, AFTER_SALES, DIAGNOSTICS, REPAIR, ISP)}

TRADES = ("Fontanero", "Electricista", "Cerrajerías Aperturas", "Albañil", "Cerrajero", "Pintor")
# Repair claim subject → (trade of its first service order, damage type index value)
CLAIMS = {"Fuga de agua en baño": ("Fontanero", "Agua"), "Rotura de tubería en cocina": ("Fontanero", "Rotura"),
          "Apertura de puerta sin llave": ("Cerrajerías Aperturas", "Cerrajería"),
          "Cortocircuito en vivienda": ("Electricista", "Eléctrico"),
          "Reparación de alicatado tras fuga": ("Albañil", "Agua"),
          "Cambio de cerradura tras robo": ("Cerrajero", "Robo"), "Filtraciones en techo": ("Albañil", "Agua"),
          "Avería en cuadro eléctrico": ("Electricista", "Eléctrico")}
CONTRACTS = ("00689", "01101", "01058", "01212", "00745", "00931")
ISP_ORDER_TYPES = ("Serviço técnico", "Troca de equipamento", "Visita técnica", "Iclass")
RESERVED_TIMES = ("morning", "afternoon", "evening", "any")
PAYMENT_METHODS = {"es": ("transfer", "card", "cash", "direct_debit"), "fr": ("transfer", "check", "card"),
                   "pt_BR": ("pix", "boleto", "card")}

# Free text in each office language: (communication subjects, note texts, follow-ups).
COMMUNICATIONS = {
    "es": ("Solicitud de documentación", "Confirmación de cita", "Consulta del cliente", "Envío de presupuesto",
           "Reclamación", "Aviso de la compañía"),
    "fr": ("Demande de documents", "Confirmation du RDV", "Question du client", "Envoi du devis",
           "Relance rapport", "Message de l'agence"),
    "pt_BR": ("Cliente pede retorno", "Confirmação de visita", "Reclamação de lentidão", "Envio de boleto",
              "Protocolo OPA aberto", "Mensagem pelo WhatsApp"),
}
NOTES = {
    "es": ("Llamar al cliente para confirmar la cita", "Revisar la documentación subida", "Pendiente de pago",
           "Cliente prefiere contacto por la tarde", "Reclamar el albarán firmado"),
    "fr": ("Rappeler le client pour le RDV", "Vérifier les pièces jointes", "Relancer le paiement",
           "Clés à récupérer à l'agence", "Envoyer le rapport au notaire"),
    "pt_BR": ("Retornar ao cliente amanhã", "Verificar sinal na OLT", "Aguardar retorno do financeiro",
              "Cliente só pode à tarde", "Conferir endereço no contrato"),
}
FOLLOW_UPS = ("Cliente no contesta, se reintenta mañana", "Material pedido al proveedor",
              "Trabajo realizado, pendiente de firma", "Reprogramado a petición del asegurado",
              "Técnico a caminho", "Sinal normalizado após troca do conector")
REJECTIONS = ("Importe superior al baremo", "Falta foto del trabajo terminado", "Albarán sin firmar")

# The newest cases show everything at a glance: every status of every area, and these
# extra cases forcing the icon states and row states that the odds might leave out.
# (area code, status code, forced plan entries)
SHOWCASE_EXTRAS: tuple[tuple[str, str, dict[str, object]], ...] = (
    ("DIAG", "finalised", {"report": "delivered", "invoice": "paid", "installments": "all"}),
    ("DIAG", "finalised", {"report": "blocked", "invoice": "unpaid", "installments": "partial"}),
    ("DIAG", "finalised", {"report": "available", "invoice": "paid", "installments": "none"}),
    ("DIAG", "cancelled", {"quote": REFUSED}),
    ("VN", "closed", {"report": "delivered", "invoice": "unpaid", "installments": "none", "trashed": True}),
    ("VN", "closed", {"invoice": "paid", "installments": "all", "archived": True}),
    ("SIN", "finished", {"notes": ("pending_confirmation", "confirmed_pending", "rejected")}),
    ("SIN", "invoiced", {"notes": ("registered", "cancelled"), "invoice": "unpaid"}),
    ("SIN", "second_appointment", {"quote": AWAITING}),
    ("PV", "workshop", {"quote": ACCEPTED, "report": "none"}),
    ("ATD", "resolved", {"report": "available"}),
    ("ATD", "assumed", {"pending": "both"}),
    ("ATD", "open", {"pending": "internal"}),
)
