"""保养提醒: the due list (maintenance, annual inspection, insurance), calls with their
outcomes, and the messages to send from the shop's templates."""
