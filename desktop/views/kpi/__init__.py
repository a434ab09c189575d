"""The manager's desk: the measures by period, with the records behind each figure."""
