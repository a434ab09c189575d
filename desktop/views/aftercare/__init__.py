"""回访与投诉: the information clerk's page — the day's follow-up calls, the call register
and its printed registers, the complaints register, and satisfaction by month and person."""
