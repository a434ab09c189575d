"""结算: the invoices page, the settlement of a work order, payments and credit notes."""
