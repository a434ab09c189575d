"""The invoice's arithmetic, with no database."""
