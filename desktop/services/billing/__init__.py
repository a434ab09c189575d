"""Money at the counter (结算, DOMAIN.md section 5): invoices per payer, payments, credit
notes, the fapiao number, receivables, the hash chain that shows no issued invoice was
changed.

Entry points: ``service.InvoicingService``; the forms and views in ``records``.  Rules:
``rules.invoice`` (spreading a discount, VAT per line, credit left, ageing)."""
