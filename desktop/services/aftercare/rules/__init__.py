"""The pure rules of after-care: when calls are due and retried, what a complaint may do next."""
