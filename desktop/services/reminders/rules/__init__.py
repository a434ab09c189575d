"""The pure rules of reminders: the km projection and when the next service falls due."""
