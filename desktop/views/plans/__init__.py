"""Plans and cards: the page and its dialogs."""
