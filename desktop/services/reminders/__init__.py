"""Maintenance reminders (保养提醒): when each car is next due (maintenance by months or km,
the annual inspection, the insurance renewal), the list of whom to call, the calls and
their outcomes, messages from templates, and customer-care campaigns."""
