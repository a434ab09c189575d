"""Warranty (保修, DOMAIN.md section 4): the manufacturer's policies, a car's coverage at
reception (per component in or out, what is left in days and km, why not), extensions and
exclusions, and the warranty lines of a work order held to that coverage (goodwill when a
manager says so)."""
