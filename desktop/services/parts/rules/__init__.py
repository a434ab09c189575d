"""The parts rules, with no database: the ABC split and the T/S order-up-to quantity."""
