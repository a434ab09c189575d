"""预约: the reception calendar (day and week, 15-minute slots, the buffer kept free), the
booking dialog, one appointment with its next steps, and tomorrow's confirmation calls."""
