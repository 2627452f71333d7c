"""The words printed on generated documents, in the office's language (es, fr, pt_BR, en).

A generated document speaks the language of the office that sends it, whatever language
the clerk's interface uses, so these texts are data chosen at render time (passed to the
templates as `t`), not Qt translations. A user template may use them (`{{ t.total }}`) or
write its own words.
"""

from __future__ import annotations

from desktop_app.languages import LANGUAGES  # the columns below follow its order

MONTHS = {
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
           "octubre", "noviembre", "diciembre"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"),
    "pt_BR": ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro",
              "outubro", "novembro", "dezembro"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"),
}

# key: (es, fr, pt_BR, en)
_TEXTS: dict[str, tuple[str, str, str, str]] = {
    # common
    "case_number": ("Expediente nº", "Dossier n°", "Atendimento nº", "Case no."),
    "date": ("Fecha", "Date", "Data", "Date"),
    "reference": ("Referencia", "Référence", "Referência", "Reference"),
    "protocol": ("Protocolo", "Protocole", "Protocolo", "Protocol"),
    "subject": ("Asunto", "Objet", "Assunto", "Subject"),
    "status": ("Estado", "Statut", "Situação", "Status"),
    "address": ("Dirección", "Adresse", "Endereço", "Address"),
    "phone": ("Teléfono", "Téléphone", "Telefone", "Phone"),
    "email": ("Correo electrónico", "E-mail", "E-mail", "E-mail"),
    "tax_id": ("NIF", "SIRET / TVA", "CPF / CNPJ", "Tax ID"),
    "client": ("Cliente", "Client", "Cliente", "Client"),
    "owner": ("Titular", "Propriétaire", "Titular", "Owner"),
    "prescriber": ("Prescriptor", "Prescripteur", "Indicador", "Referrer"),
    "recipient": ("Destinatario", "Destinataire", "Destinatário", "Addressee"),
    "yes": ("Sí", "Oui", "Sim", "Yes"),
    "no": ("No", "Non", "Não", "No"),
    "page_footer": ("Documento generado por", "Document établi par", "Documento emitido por", "Document issued by"),
    # lines and totals
    "description": ("Descripción", "Désignation", "Descrição", "Description"),
    "quantity": ("Cant.", "Qté", "Qtd.", "Qty"),
    "unit_price": ("Precio unit.", "Prix unitaire", "Preço unit.", "Unit price"),
    "vat": ("IVA", "TVA", "Imposto", "VAT"),
    "amount": ("Importe", "Montant", "Valor", "Amount"),
    "net_total": ("Base imponible", "Total HT", "Subtotal", "Net total"),
    "vat_total": ("Total IVA", "Total TVA", "Total de impostos", "Total VAT"),
    "total": ("Total", "Total TTC", "Total", "Total"),
    "paid": ("Pagado", "Déjà réglé", "Pago", "Paid"),
    "balance": ("Pendiente de pago", "Reste dû", "Saldo a pagar", "Balance due"),
    "signature_office": ("Por la empresa", "Pour l'entreprise", "Pela empresa", "For the company"),
    "signature_client": ("Conforme del cliente", "Bon pour accord du client", "De acordo do cliente",
                         "Accepted by the client"),
    "signature_hint": ("Fecha y firma", "Date et signature", "Data e assinatura", "Date and signature"),
    # quote
    "quote_title": ("Presupuesto", "Devis", "Orçamento", "Quote"),
    "quote_number": ("Presupuesto nº", "Devis n°", "Orçamento nº", "Quote no."),
    "quote_validity": ("Presupuesto válido durante 30 días a partir de su fecha.",
                       "Devis valable 30 jours à compter de sa date d'émission.",
                       "Orçamento válido por 30 dias a partir da data de emissão.",
                       "This quote is valid for 30 days from its date."),
    "quote_acceptance": ("Para aceptar el presupuesto, devuélvalo firmado con la mención «Conforme».",
                         "Pour accepter ce devis, retournez-le signé avec la mention « Bon pour accord ».",
                         "Para aceitar o orçamento, devolva-o assinado com a indicação \u201cDe acordo\u201d.",
                         "To accept this quote, return it signed with the words \u201cAccepted\u201d."),
    # invoice
    "invoice_title": ("Factura", "Facture", "Fatura", "Invoice"),
    "invoice_number": ("Factura nº", "Facture n°", "Fatura nº", "Invoice no."),
    "invoice_terms": ("Forma de pago: transferencia bancaria a la recepción de la factura.",
                      "Conditions de paiement : à réception de facture, par virement bancaire.",
                      "Pagamento por boleto ou transferência até a data de vencimento.",
                      "Payment by bank transfer on receipt of this invoice."),
    # delivery note
    "delivery_note_title": ("Albarán", "Bon de livraison", "Nota de entrega", "Delivery note"),
    "delivery_note_number": ("Albarán nº", "Bon n°", "Nota nº", "Delivery note no."),
    "work_done": ("Trabajos realizados", "Travaux réalisés", "Serviços realizados", "Work done"),
    "trade": ("Gremio", "Corps de métier", "Serviço", "Trade"),
    "technician": ("Técnico", "Technicien", "Técnico", "Technician"),
    "received": ("Recibí conforme", "Reçu conforme", "Recebido em conformidade", "Received in good order"),
    # diagnostic report cover
    "report_cover_title": ("Informe de diagnóstico", "Rapport de diagnostic", "Laudo de diagnóstico",
                           "Diagnostic report"),
    "property": ("Inmueble", "Bien expertisé", "Imóvel", "Property"),
    "missions": ("Diagnósticos realizados", "Diagnostics réalisés", "Diagnósticos realizados",
                 "Surveys carried out"),
    "visit": ("Fecha de visita", "Date de visite", "Data da visita", "Visit date"),
    "surveyor": ("Técnico", "Opérateur de diagnostic", "Técnico responsável", "Surveyor"),
    "report_notice": ("Este informe solo puede reproducirse en su totalidad, con sus anexos.",
                      "Ce rapport ne peut être reproduit que dans son intégralité, annexes comprises.",
                      "Este laudo só pode ser reproduzido na íntegra, com seus anexos.",
                      "This report may only be reproduced in full, with its appendices."),
    # vehicle order
    "vehicle_order_title": ("Pedido de vehículo", "Bon de commande véhicule", "Pedido de veículo",
                            "Vehicle order"),
    "buyer": ("Comprador", "Acheteur", "Comprador", "Buyer"),
    "vehicle": ("Vehículo", "Véhicule", "Veículo", "Vehicle"),
    "model": ("Modelo", "Modèle", "Modelo", "Model"),
    "vin": ("Bastidor (VIN)", "N° de série (VIN)", "Chassi (VIN)", "VIN"),
    "plate": ("Matrícula", "Immatriculation", "Placa", "Plate"),
    "campaign": ("Campaña", "Campagne", "Campanha", "Campaign"),
    "price": ("Precio", "Prix", "Preço", "Price"),
    "delivery_date": ("Fecha de entrega prevista", "Date de livraison prévue", "Data de entrega prevista",
                      "Expected delivery date"),
    "order_terms": ("El comprador declara conocer y aceptar las condiciones generales de venta. "
                    "El pedido es firme desde su firma por ambas partes.",
                    "L'acheteur déclare connaître et accepter les conditions générales de vente. "
                    "La commande est ferme dès sa signature par les deux parties.",
                    "O comprador declara conhecer e aceitar as condições gerais de venda. "
                    "O pedido é firme a partir da assinatura das duas partes.",
                    "The buyer has read and accepts the general terms of sale. "
                    "The order is binding once signed by both parties."),
    # missing-documents letter
    "letter_title": ("Documentación pendiente", "Pièces manquantes", "Documentos pendentes",
                     "Missing documents"),
    "letter_greeting": ("Estimado/a cliente:", "Madame, Monsieur,", "Prezado(a) cliente,", "Dear Sir or Madam,"),
    "letter_intro": ("Para continuar con la tramitación de su expediente nº",
                     "Afin de poursuivre le traitement de votre dossier n°",
                     "Para dar continuidade ao atendimento nº",
                     "To go on with case no."),
    "letter_intro_end": (", le rogamos nos haga llegar lo siguiente:",
                         ", nous vous remercions de nous faire parvenir les éléments suivants :",
                         ", pedimos que nos envie os seguintes itens:",
                         ", we need the following from you:"),
    "letter_outro": ("Puede entregarlo en nuestras oficinas o enviarlo por correo electrónico "
                     "indicando el número de expediente.",
                     "Vous pouvez les déposer à notre agence ou nous les adresser par e-mail "
                     "en rappelant le numéro de dossier.",
                     "Você pode entregá-los em nossa loja ou enviá-los por e-mail informando "
                     "o número do atendimento.",
                     "You may bring them to our office or send them by e-mail, quoting the case number."),
    "letter_closing": ("Atentamente,", "Veuillez agréer, Madame, Monsieur, nos salutations distinguées.",
                       "Atenciosamente,", "Yours faithfully,"),
    # discount request (S4-P2)
    "discount_title": ("Solicitud de descuento en factura", "Demande de remise sur facture",
                       "Solicitação de desconto em fatura", "Invoice discount request"),
    "discount_sector": ("Departamento: FINANCIERO", "Service : COMPTABILITÉ", "Setor: FINANCEIRO",
                        "Department: FINANCE"),
    "discount_intro": ("Se solicita un descuento en la factura del cliente, a petición del propio cliente, "
                       "por la incidencia descrita a continuación.",
                       "Une remise sur facture est demandée, à la demande du client, pour l'incident décrit "
                       "ci-dessous.",
                       "Solicitamos desconto na fatura do cliente, a pedido do próprio cliente, pela ocorrência "
                       "descrita abaixo.",
                       "An invoice discount is requested, at the customer's request, for the incident below."),
    "customer_login": ("Usuario del cliente", "Identifiant client", "Login do cliente", "Customer login"),
    "reason": ("Descripción (motivo)", "Description (motif)", "Descrição (motivo)", "Description (reason)"),
    "occurred": ("Fecha de la incidencia", "Date de l'incident", "Data do ocorrido", "Date of the incident"),
    "ticket_opened": ("Hora de apertura del aviso", "Heure d'ouverture du ticket", "Hora da abertura do chamado",
                      "Ticket opened at"),
    "signal_back": ("Hora de vuelta de la señal", "Heure de retour du signal", "Hora do retorno do sinal",
                    "Signal back at"),
    "discount_period": ("Período de descuento (días)", "Période de remise (jours)", "Período para desconto (dias)",
                        "Discount period (days)"),
    "opa_protocol": ("Protocolo OPA", "Protocole OPA", "Protocolo OPA", "OPA protocol"),
    "requested_by": ("Solicitado por", "Demandé par", "Solicitado por", "Requested by"),
}


def texts(language: str) -> dict[str, str]:
    """Every document text in one of LANGUAGES (anything else: English)."""
    column = LANGUAGES.index(language) if language in LANGUAGES else LANGUAGES.index("en")
    return {key: values[column] for key, values in _TEXTS.items()}


def document_language(office_language: str) -> str:
    """es, fr, pt_BR or en from an office's language setting ("pt-BR", "fr_FR", "es"…)."""
    code = (office_language or "").replace("-", "_")
    if code.lower().startswith("pt"):
        return "pt_BR"
    for language in ("es", "fr", "en"):
        if code.lower().startswith(language):
            return language
    return "en"
