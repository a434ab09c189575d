"""The visit (工单, DOMAIN.md section 1): reception, estimate and the customer's approval,
dispatch, work, quality check, delivery; the workshop board; the workshop's staff, bays
and labour catalogue.

Entry points: ``service.WorkOrderService``, ``workshop.WorkshopSetup``; the forms and
views in ``records``, the list and its filters in ``listing``.  Rules:
``rules.workflow`` (which state may follow which, who may pay a line)."""
