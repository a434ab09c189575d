"""The window: Qt widgets that ask the services and never touch the database.  One package
per capability, the same names as ``desktop.services``; ``shared`` holds what every page
uses (tables, forms, formats, the print preview, the customer picker).  The main window
(``main_window``) puts the pages together and is the one place that hands one
capability's dialog to another's page (the settlement to the work order, the backup and
workshop sections to the System page)."""
