"""Inspections (体检表 / PDI / 库存车检查): checklists as data, a technician's answers, the
additional work they propose, the vehicle health report; new cars in stock."""
