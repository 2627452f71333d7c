"""One case's billing in a dialog: quotes, invoices with their lines and payments, the schedule."""
