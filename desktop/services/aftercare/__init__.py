"""After delivery (回访 / 投诉): the follow-up calls a delivery plans, the register of calls
and letters, and the complaints register with its working-day deadlines."""
