"""The work order's rules, with no database: its states and the moves between them."""
