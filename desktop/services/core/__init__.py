"""The plumbing (DESIGN.md "Data"): every capability may use it; it uses none of them.

  uow          ``reading``/``writing``: the unit of work, its acting user, the write lock
               and the change notices
  errors       the errors a service raises, each with a message for the person
  messages     ``Message`` and ``QT_TRANSLATE_NOOP``: user-facing text, translated by the
               window or the command line
  numbering    gapless document numbers (WO-, PO-, invoices) even with two workstations
  audit        who did a sensitive thing, when, and why
  files        files written for people (exports, PDFs): temporary name, then one rename
  references   which rows point at a row (merge, refusing to delete history)
  notices      what changed, told to the open pages after the commit"""
