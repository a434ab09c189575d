"""The rescue desk: its page and dialogs."""
