"""Printed documents (ReportLab).  Renders plain document data that a service filled; knows
neither the database nor Qt.  The documents arrive with the printing feature."""
