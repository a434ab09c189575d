"""Pure rules of the trade: plain functions, no database, no Qt."""
