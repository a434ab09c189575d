"""Pure rules of plans and cards: no database."""
