"""The shop itself: its name, address, tax id, bank, logo, labour rate and VAT, and the
other settings kept in the shop's database (so every workstation shares them).

Entry points: ``settings.ShopSettings``, ``settings.get``/``put``, ``settings.is_empty``."""
