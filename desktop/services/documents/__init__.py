"""The printed documents' data (DESIGN.md "Printing"): job card, estimate, delivery
report, invoice, settlement, purchase order, pick list, stock-take sheet, labels, filled
from the database as plain dataclasses for ``printing``.

Entry point: ``service.DocumentService``."""
