"""The use cases: the only code that opens transactions; no Qt.  One package per capability,
the same names as the views' (DESIGN.md "The layout"):

  core/        the plumbing every capability uses and that uses none of them: the unit of
               work, errors, user-facing messages, numbering, audit, files, references,
               change notices
  common/      the pure rules used everywhere: money, text, dates, phone, names, limits,
               spreadsheet safety
  customers/   the customer file: cars, owners, odometer, search, import/export, merge
  workorders/  the visit: reception to delivery, the board, the workshop's staff, bays and
               labour catalogue
  parts/       the parts ledger, ABC and T/S, lookup, import, purchasing, stock-take
  billing/     invoices, payments, credit notes, fapiao, the ledger's chain
  documents/   the data handed to printing
  backup/      backup to a USB drive and restore
  system/      the shop's settings

``container.Services`` puts them together for a window or a command; it is the one module
here that may import every capability.  The demo shop lives apart, in ``desktop.demo``."""
