"""Pure rules of the rescue desk: no database."""
