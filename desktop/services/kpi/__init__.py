"""The manager's measures (KPI, DOMAIN.md section 6): computed from the records by period,
for the shop and per advisor or technician, each with its numerator, denominator, target
and the records behind it."""
