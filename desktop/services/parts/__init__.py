"""Parts (配件, DOMAIN.md section 3): the stock ledger, issue and return to work orders, ABC
classification, T/S reordering, the counter lookup, import of a price list, purchasing
and receiving, stock-take.

Entry points: ``service.PartsService``, ``purchasing.PurchasingService``,
``stocktake.StockTakeService``, ``importing.PartsImportService``, ``lookup``.  Rules:
``rules.abc`` (the A/B/C split), ``rules.reorder`` (order-up-to quantities)."""
