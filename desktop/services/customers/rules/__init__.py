"""The customer file's rules, with no database: VIN check digits, Chinese plates, the makes
and colours the vehicle form offers."""
