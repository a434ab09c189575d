"""Appointments (预约): the reception calendar in 15-minute slots with the buffer rule,
booking, the day-before confirmation, arrival into a work order in one step, the load
against the technicians' hours, the slip and the roof sign."""
