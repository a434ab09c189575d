"""配件: the parts ledger page, receiving, the ABC chart, purchasing and stock-take."""
