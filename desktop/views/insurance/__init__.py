"""The insurance clerk's pages: accident cases and the insurers."""
