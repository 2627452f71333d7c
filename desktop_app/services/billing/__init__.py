"""Billing (seed 002, S2-C10…C13): quotes, invoices with installment schedules, payments, and the
read model of one case's billing. Moves the Quote, Invoice and Installments icons
(status_icons.icon_states) in the same transaction. Imports cases/ and status_icons/.
"""
