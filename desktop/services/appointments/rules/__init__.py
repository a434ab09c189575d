"""The pure rules of the reception calendar: the day's slots and the buffer rule."""
