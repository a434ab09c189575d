"""What every page uses and no capability owns: form dialogs and their errors (``common``),
page-by-page tables (``table_model``), money and quantity formats (``formats``), the
customer picker (``pickers``), work off the GUI thread (``background``), the print
preview and the print job, and the bridge of change notices onto the GUI thread."""
