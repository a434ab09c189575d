"""The rules every capability uses (DOMAIN.md section 5 for money): plain functions, no
database, so a test needs nothing to call them.

  money        fen, rounding, VAT, totals per payer, the amount in Chinese capitals
  text         cleaning what was typed or imported (full-width, spaces)
  dates        reading dates people write (2024/5/31, 2024年5月31日)
  phone        mobile and landline numbers
  names        person and company names, pinyin initials
  limits       the range of every number a person can type or import
  spreadsheet  cells that are safe to open in Excel or WPS"""
