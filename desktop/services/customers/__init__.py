"""The customer file (客户档案, DOMAIN.md section 2): customers, their cars and owners over
time, odometer readings, the global search, moving in from a spreadsheet, export, merge.

Entry points: ``service.CustomerService``, ``search.SearchService``,
``importing.ImportService`` (and ``rejects`` for the rows set aside); the forms and views
in ``records``.  Rules: ``rules.vin`` (the check digit), ``rules.plate``,
``rules.catalogue`` (makes and colours offered)."""
