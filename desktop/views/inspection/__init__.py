"""Inspections in the window: the sheet a technician fills on the workshop PC (big
targets, each answer saved at once), the Inspection tab of a work order with what was
recommended last time, the New cars page (stock, storage checks, PDI, handover) and the
checklists editor in System."""
